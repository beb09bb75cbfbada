"""Ground operations named by their search or their premeditation (stop 25, English real-news probe).

Unseen outlets told operations the engine missed: Kashmiri police's "launched a cordon and search operation in the
village", a Mexican army that "began a series of search operations to track down the gunmen", and a Somali army statement
that it "carried out a planned military operation" (read as a plan, hence nothing); ISPR's "intelligence-based strike"
(a raid on a hideout) is its operation, not an air strike. They now fire (lexicon data only, en.yaml). An overnight
"assault" made of drones and missiles is the air attack's, not a ground operation of its own, and an air war called
"Russia's aerial campaign" no longer refers back as one. Near misses: rescuers' and the coast guard's searches, a
surgeon's operation, a police "strike" on smugglers, a military operation still planned for next week. Every sentence
here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

_categories = categories_on(lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "Troops and police launched a cordon and search operation in the hamlet after a tip about hiding militants on Monday.",
        "After the ambush, soldiers began a series of search operations in the hills to track down the remaining gunmen.",
        "The national army has carried out a planned military operation against the insurgents in the farming district.",
        "Troops carried out an intelligence-based strike on a hideout in the border district, the military's media wing said.",
    ],
)
def test_the_operation_fires(detector: Detector, text: str) -> None:
    assert "military_operation" in _categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers launched a search operation for the missing fishermen off the coast on Monday.",
        "The coast guard began a series of search operations for survivors of the sunken ferry.",
        "An operation by a team of surgeons saved the wounded boy's leg at the town hospital on Sunday.",
        "The army says it plans a military operation against the insurgents in the district next week.",
        "Police carried out an intelligence-based strike against drug smugglers in the port city on Monday.",
        "Russia launched a sweeping overnight assault on the country with nearly 200 drones and 30 missiles, officials said.",
    ],
)
def test_the_near_misses_stay_silent(detector: Detector, text: str) -> None:
    assert "military_operation" not in _categories(detector, text)


def test_an_assault_of_drones_is_the_air_strike(detector: Detector) -> None:
    text = "Russia launched a sweeping overnight assault on the country with nearly 200 drones and 30 missiles, officials said."
    assert "airstrike" in _categories(detector, text)
