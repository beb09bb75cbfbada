"""An armed operation told in progress (stop 24, from the second probe of real English news).

Military statements on unseen outlets tell the operation during which a clash happened in the progressive: "security
forces were conducting an operation against militant hideouts", "troops carrying out an operation in the district".
The past tense already fired ("conducted an operation"); the same verbs in -ing now do too, with the same armed sense
asked of the sentence and the same civil, police and surgical exclusions (lexicon data only, en.yaml). Arabic tells
it with an imperfect verb («كانت القوات تنفذ عملية»), which already fired; it is pinned here beside its near misses.
Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def _categories(detector: Detector, text: str, lang: str) -> set[str]:
    return {event.category for event in detector.tag(text, lang=lang, published_at=AS_OF).events}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Security forces were conducting an operation against the hideouts of suspected militants in the district on Sunday.",
            "en",
        ),
        (
            "Troops were carrying out an operation against militants in the border district of Bannu on Monday.",
            "en",
        ),
        (
            "The army said troops were launching an operation against militant hideouts in the border district.",
            "en",
        ),
        ("كانت قوات الأمن تنفذ عملية ضد مخابئ المسلحين في ريف إدلب أمس.", "ar"),
        ("نفذت قوات الأمن عملية ضد مخابئ المسلحين في ريف إدلب أمس.", "ar"),
    ],
)
def test_an_armed_operation_told_in_progress_fires(detector: Detector, text: str, lang: str) -> None:
    assert "military_operation" in _categories(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Health workers were carrying out a vaccination operation in villages of the district on Monday.",
            "en",
        ),
        ("Police were conducting an operation against drug dealers in the town on Monday.", "en"),
        ("Surgeons were carrying out an operation on a wounded soldier in the town hospital.", "en"),
        (
            "Customs officers were carrying out an operation against smuggling at the border crossing on Monday.",
            "en",
        ),
        ("Army engineers were carrying out an operation to clear mines in the district on Monday.", "en"),
        ("كانت وزارة الصحة تنفذ حملة تلقيح في ريف إدلب أمس.", "ar"),
    ],
)
def test_a_civil_police_or_surgical_operation_in_progress_stays_none(
    detector: Detector, text: str, lang: str
) -> None:
    assert "military_operation" not in _categories(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        # near misses: the day's clash and arrests beside the operation still fire
        (
            "Four soldiers were killed in a clash with militants when security forces were conducting an operation near the border.",
            "en",
            "armed_clash",
        ),
        (
            "Police were conducting an operation against drug dealers in the town and arrested 12 people on Monday.",
            "en",
            "arrest",
        ),
        ("اشتبكت قوات الأمن مع مسلحين أثناء تنفيذها عملية قرب الحدود أمس.", "ar", "armed_clash"),
    ],
)
def test_the_days_events_beside_it_still_fire(
    detector: Detector, text: str, lang: str, category: str
) -> None:
    assert category in _categories(detector, text, lang)
