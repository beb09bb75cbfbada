"""English classes found on the recent set's misses, fixed as classes: blasts set off on purpose whose
manner ("in controlled demolitions") comes several words after the verb; clashes in match reports (a half,
its cards) and with an institution or over pay; and the events that stay beside them.

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
        # a clash in a match report, told by its half and its cards; a team's row with its federation or over pay
        ("The hosts survived a fiery first-half clash that brought three yellow cards before a late goal settled it.", "armed_clash"),
        ("The volleyball squad pulled out of the regional cup after a clash with the federation over unpaid bonuses.", "armed_clash"),
        ("Players clashed with the club's management over unpaid salaries before the final.", "armed_clash"),
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
        ("Rival factions clashed with each other in the centre of Afrin over control of a checkpoint.", "armed_clash"),
        ("Gunmen clashed with an army patrol near the town of Tafas after midnight.", "armed_clash"),
    ],
)
def test_the_event_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)
