"""Two look-alikes of other categories met in stop 25's probe of protest and arrest pages (kept outside the repo).

1. A water cannon's spray told with "blast" ("police used water cannons to blast a dye at the crowd") is no explosion.
2. Nothing reported in a raid, told with «دون أن يبلغ عن» («اقتحمت القوات قرى ...، دون أن يبلغ عن مواجهات»), negates
   the clashes as «دون أن تسجل» did; and banners standing with the victims of a strike («لافتات تضامناً مع ضحايا القصف»)
   name the strike as a protest's subject.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories


def test_a_water_cannon_blast_is_no_explosion(detector: Detector) -> None:
    text = "Riot police used water cannons to blast a red dye at the marchers near the parliament on Sunday."
    assert "explosion" not in categories(detector, text, lang="en")


def test_a_blast_in_the_square_still_fires(detector: Detector) -> None:
    text = "A blast tore through the main square near the parliament on Sunday, police said."
    assert "explosion" in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "اقتحمت القوات الإسرائيلية قرى شمال رام الله فجر اليوم، دون أن يبلغ عن مواجهات.",
        "ورفع المتظاهرون لافتات تضامناً مع ضحايا القصف على المدينة.",
    ],
)
def test_nothing_reported_or_a_banners_subject_is_no_clash_or_shelling(detector: Detector, text: str) -> None:
    found = categories(detector, text, lang="ar")
    assert "armed_clash" not in found
    assert "shelling" not in found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("اقتحمت القوات الإسرائيلية قرى شمال رام الله فجر اليوم، واندلعت مواجهات مع الشبان.", "armed_clash"),
        ("ارتفع عدد ضحايا القصف على المدينة اليوم إلى عشرة.", "shelling"),
    ],
)
def test_clashes_or_shelling_reported_still_fire(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text, lang="ar")
