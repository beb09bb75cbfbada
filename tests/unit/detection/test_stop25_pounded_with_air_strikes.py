"""A place "pounded with air strikes", its object long (stop 25, from a real-text probe).

"pound" is shelling unless aircraft are told near it; with a long object ("pounded militant positions around the town of
Rafah with air strikes") the air strikes stood too far after it and a second, shelling event came out beside the
airstrike. What pounded it, named after the object as "with (a wave of) air strikes/airstrikes/drones", now cancels the
shelling through `excludes_object` (lexicon data only, en.yaml); artillery named there keeps it. Every sentence here is
written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

_categories = categories_on(lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces pounded neighbourhoods across eastern Rafah with a wave of air strikes overnight.",
        "The military pounded militant positions around the town of Rafah with air strikes.",
        "The coalition pounded rebel positions near the city of Hodeidah with airstrikes on Sunday.",
    ],
)
def test_pounded_with_air_strikes_is_the_airstrike_only(detector: Detector, text: str) -> None:
    categories = _categories(detector, text)
    assert "airstrike" in categories
    assert "shelling" not in categories


@pytest.mark.parametrize(
    "text",
    [
        "The army pounded villages near Rafah with artillery and mortar fire on Tuesday.",
        "Troops pounded rebel positions outside the town of Rafah with artillery shells.",
        "Government forces pounded rebel-held neighbourhoods of the city of Idlib with rockets and artillery.",
    ],
)
def test_pounded_with_artillery_stays_shelling(detector: Detector, text: str) -> None:
    assert "shelling" in _categories(detector, text)
