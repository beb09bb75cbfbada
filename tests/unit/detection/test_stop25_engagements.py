""""Engagements" and "engaged" as an armed clash (stop 25, known gaps).

Military statements on Pakistani, Afghan and African outlets tell a firefight as "troops engaged militants", "security
forces engaged the attackers" or "heavy engagements with the insurgents"; only "combat engagements" fired. The verb
fires now with an armed side as its object right after it, the noun when told fierce or plural against an armed side
(en.yaml, lexicon data only). The other senses stay no event: "engaged in talks", "engaged consultants", militants
engaged in a dialogue, an engagement ceremony, community or voter engagement, a government's "engagement with the
Taliban" (a policy). Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

_categories = categories_on(lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "Frontier Corps troops engaged militants hiding in a compound near Wana on Thursday.",
        "The soldiers engaged the attackers for two hours before the gunmen fled towards the hills.",
        "Police commandos engaged a group of insurgents on the outskirts of Bannu late on Monday.",
        "Government forces engaged al-Shabaab fighters near the town at dawn.",
        "Heavy engagements with the insurgents continued in Bajaur for a second day.",
        "Fierce engagements were reported overnight on the southern edge of the town.",
        "Troops engaged terrorists who had attacked a police post in Lakki Marwat.",
    ],
)
def test_an_armed_engagement_is_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in _categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tribal elders and the militants engaged in talks in the district headquarters on Sunday.",
        "The provincial government engaged militants in peace talks mediated by clerics.",
        "The ministry engaged consultants to review the reconstruction of the bazaar.",
        "Students engaged in a lively debate on climate policy at the university.",
        "The couple held their engagement ceremony in a hotel in Lahore.",
        "Officials praised the community engagement behind the polio campaign.",
        "Heavy engagement from voters was reported in the first hours of polling.",
        "Washington's engagement with the Taliban drew criticism in Congress.",
        "The envoy's engagements with rebel leaders continued in Geneva this week.",
        "Officials engaged with tribal elders and militants' representatives over the reopening of the road.",
    ],
)
def test_other_engagements_are_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in _categories(detector, text)
