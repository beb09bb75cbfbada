"""English dated background: the `history` fields time_openers, recall_today, since, comparisons, relatives and the
"which" continuation in config/defaults/lexicons/en.yaml.

Each class has a sentence that stays today's event beside one that stays history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

PUBLISHED = datetime(2026, 11, 25, tzinfo=UTC)


categories = categories_on(PUBLISHED)


NEWS = [
    # a first segment that is no time adverbial dates no clause told as today's
    ("The district has known fighting since 2014, and jets bombed it on Thursday, killing three people.", "airstrike"),
    ("The valley has been quiet since 2020; on Saturday, mortars shelled a farm there.", "shelling"),
    # a year after "since" and a superlative is a point of comparison
    ("Residents said it was the fiercest shelling since 2017, with rounds hitting the bakery.", "shelling"),
    ("Warplanes carried out the deadliest airstrikes on the suburb since 2015 on Sunday.", "airstrike"),
    ("Drones hit the depot in the biggest drone attack since 2022.", "airstrike"),
]

HISTORY = [
    # a time adverbial opening the sentence dates the clause after it
    "During 2016, rebels clashed with army units near the airport.",
    "By 2018, the brigade had withdrawn from the valley.",
    "In May 2021, gunmen shelled the outskirts of the town.",
    # a relative clause describing an anniversary's object
    "Families gathered for the anniversary of the massacre that saw gunmen shell the village.",
    "Crowds marked the anniversary of the siege, which saw warplanes bomb the hospital.",
]


@pytest.mark.parametrize(("text", "category"), NEWS)
def test_today_s_event_beside_a_dated_past(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


@pytest.mark.parametrize("text", HISTORY)
def test_dated_background_is_no_event(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_a_year_without_a_comparison_still_dates_its_clause(detector: Detector) -> None:
    # with no "since" and superlative before it, a year is the event's own date
    assert categories(detector, "Warplanes pounded the town repeatedly in 2019.") == set()
    assert categories(detector, "Warplanes pounded the town on Monday.") == {"airstrike"}
