"""Fierce fighting with an armed movement named alone (stop 25, from a real-text probe).

"Heavy fighting with the Taliban" fired nothing: the "fighting with" entry, whose list of the other side named no
movement such as the Taliban or Hamas, took the span and failed, hiding the plain "heavy fighting" reading. The
fierce forms ("heavy/fierce/intense ... fighting with") now fire whatever side follows; a bare "fighting with" a
movement over a dispute still does not (lexicon data only, en.yaml). Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

_categories = categories_on(lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "Coalition troops were involved in heavy fighting with the Taliban outside Kandahar on Monday.",
        "Heavy fighting with Hamas was reported in Khan Younis overnight.",
        "Police were locked in fierce fighting with al-Shabaab near Mogadishu on Sunday.",
        "Soldiers are in intense fighting with the Taliban in Helmand province, officials said.",
        "Troops were engaged in fierce fighting with militants in the district on Monday.",
    ],
)
def test_fierce_fighting_with_a_named_movement_fires(detector: Detector, text: str) -> None:
    assert "armed_clash" in _categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The party is fighting with the Taliban over recognition at the United Nations.",
        "Negotiators are fighting with Hamas over the wording of the deal.",
        "The minister said he was fighting with Taliban officials over aid access.",
        "Heavy fighting with the Taliban would follow any early withdrawal, analysts warned.",
    ],
)
def test_a_dispute_or_a_forecast_with_a_movement_does_not_fire(detector: Detector, text: str) -> None:
    assert "armed_clash" not in _categories(detector, text)
