"""English classes found on the recent set's misses, fixed as classes: blasts set off on purpose whose
manner ("in controlled demolitions") comes several words after the verb, and the events that stay beside
them.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector

PUBLISHED = datetime(2026, 6, 10, tzinfo=UTC)


def categories(detector: Detector, text: str, title: str = "") -> set[str]:
    return {event.category for event in detector.tag(text, title=title, lang="en", published_at=PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a controlled blast, its manner told past the verb's object and place
        ("Army engineers blew up two abandoned buildings on the edge of Quneitra in controlled demolitions on Sunday.", "explosion"),
        ("Sappers detonated a rusty aerial bomb found in a field outside Raqqa in a controlled explosion, the council said.",
         "explosion"),
        ("Soldiers will blow up the tunnel shaft discovered near the crossing in a controlled detonation later today.", "explosion"),
    ],
)
def test_not_the_event(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a blast set off by attackers stays, even in a town controlled by someone
        ("Militants blew up a bridge near the village of Tayyana on Monday night.", "explosion"),
        ("A bomb planted in a parked car detonated outside a bakery in Azaz, in an area controlled by the factions.", "explosion"),
    ],
)
def test_the_event_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)
