"""A clash whose two sides, a crowd and the police, are named far after the clash word (stop 25, real-text probe).

«اشتباكات بين المتظاهرين وقوات الأمن» is a violent demonstration, `protest` only (tests/data/labeled/README.md); the
rule read the crowd only within three words of the clash word, so «الاشتباكات بدأت منذ فجر الجمعة بين المتظاهرين وقوات
الأمن» also gave an armed clash. The pair «بين <crowd> و<police>» (either order) now cancels the clash anywhere after the
word in its clause, through `excludes_object` (lexicon data only, ar.yaml); an armed side named there keeps it. Every
sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

_categories = categories_on(lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "الاشتباكات بدأت منذ فجر الجمعة بين المتظاهرين وقوات الأمن في وسط بغداد.",
        "وتجددت المواجهات صباح اليوم في ساحة التحرير بين المحتجين والشرطة.",
        "اندلعت اشتباكات عنيفة منذ ساعات الصباح الأولى بين قوات الأمن ومتظاهرين غاضبين في البصرة.",
    ],
)
def test_a_crowd_and_police_named_far_after_is_a_protest(detector: Detector, text: str) -> None:
    categories = _categories(detector, text)
    assert "protest" in categories
    assert "armed_clash" not in categories


@pytest.mark.parametrize(
    "text",
    [
        "الاشتباكات بدأت منذ فجر الجمعة بين الجيش ومسلحين في ريف درعا.",
        "اندلعت اشتباكات منذ فجر الجمعة بين قوات الأمن ومسلحين قبليين في ريف البصرة.",
    ],
)
def test_armed_sides_named_far_after_keep_the_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in _categories(detector, text)
