"""Which weapon a real report names (stop 25, English real-news probe).

Four slips on unseen outlets: a refinery "hit by a Ukrainian drone" (the owner between "by a" and the drone) and a
"drone and mortar attack" (the drone before the mortar attack) told no air strike; a gunship's "barrage of rockets" was
read as shelling (no longer; the gunship alone is still no air strike here); and Pakistan's "intelligence-based strike" (a ground raid in ISPR usage) as an air strike. A bomb
"placed on a road" that wounded soldiers was no explosion. They are fixed in the lexicon (en.yaml). Near misses: a drone
that filmed a site, a mortar attack alone (shelling only), rockets fired by ground launchers, an air strike named as such,
a bomb placed and defused. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

_categories = categories_on(lang="en")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "A fuel depot near the port caught fire on Monday after it was hit by a Ukrainian drone.",
            {"airstrike"},
            set(),
        ),
        (
            "Rebels killed four soldiers in a drone and mortar attack on an army outpost on Sunday.",
            {"airstrike", "shelling"},
            set(),
        ),
        (
            "The air force sent helicopter gunships against the camp, with their barrage of rockets killing several fighters.",
            set(),
            {"shelling"},
        ),
        (
            "Troops carried out an intelligence-based strike in the border district on Monday, killing four militants.",
            set(),
            {"airstrike"},
        ),
        (
            "Two policemen were wounded by a bomb placed on a road outside the town on Tuesday.",
            {"explosion"},
            set(),
        ),
    ],
)
def test_the_weapon_named_decides(detector: Detector, text: str, present: set[str], absent: set[str]) -> None:
    categories = _categories(detector, text)
    assert present <= categories
    assert not (absent & categories)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The ruins of the old fort were filmed by a hobby drone for the documentary.", "airstrike"),
        ("Militants killed two soldiers in a mortar attack on the outpost on Sunday.", "airstrike"),
        ("Sappers defused a bomb placed under a bridge outside the town on Tuesday.", "explosion"),
    ],
)
def test_the_near_misses_stay_silent(detector: Detector, text: str, absent: str) -> None:
    assert absent not in _categories(detector, text)


def test_ground_launched_rockets_stay_shelling(detector: Detector) -> None:
    text = "Militants fired a barrage of rockets at the army base from the hills on Sunday, killing two soldiers."
    assert "shelling" in _categories(detector, text)
