"""Look-alikes that share the vocabulary of a withdrawal or a bombing (stop 25, English real-news probe).

A food-safety notice that a company "has withdrawn all seeds identified with the lot numbers" was a withdrawal (its sense
met by a country named far before); a deadline for an army's withdrawal, still to come, was one; and a court headline,
"Militants Given Life Terms in Bombing", told a bombing today. Each is silent now (lexicon data only, en.yaml: the goods
withdrawn, the "deadline for" frame, a sentence's "life terms" as history). Near misses stay positive: troops that have
withdrawn from a town, a withdrawal completed before a deadline, a bombing today with a court named in another clause.
Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

_categories = categories_on(lang="en")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "A seed distributor in the United States linked to an outbreak has withdrawn all seeds identified with the listed lot numbers.",
            "withdrawal",
        ),
        (
            "Talks opened on Monday ahead of the deadline for the army's full withdrawal from the border villages.",
            "withdrawal",
        ),
        ("Three Plotters Given Life Terms in Market Bombing", "explosion"),
    ],
)
def test_the_look_alikes_stay_silent(detector: Detector, text: str, category: str) -> None:
    assert category not in _categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Government troops have withdrawn from the border town of Kafr Nabl, residents said on Monday.",
            "withdrawal",
        ),
        ("A car bombing killed six people at the market on Monday, police said.", "explosion"),
    ],
)
def test_the_events_stay(detector: Detector, text: str, category: str) -> None:
    assert category in _categories(detector, text)
