"""Counts with their thousands grouped, or written as a number of thousands (stop 25, known gaps).

"4 843 people were arrested" read 843: only the last group of a number whose thousands are separated by a space (or a
no-break or a narrow no-break space, as French and many wire services write them) was seen; "12 000" read nothing.
The whole number is read now (`CountReader._grouped`), as is the European "4.843" (a count of people or strikes has no
decimals). Arabic «4 آلاف شخص» and «أربعة آلاف» read 4: the plural «آلاف» is one of `vague` ("آلاف المتظاهرين"), and
the number before it was taken for the noun's; after a number from 3 to 10 it now multiplies it (`numbers.thousands`),
alone it stays vague. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def _counts(detector: Detector, text: str, lang: str, category: str) -> set[tuple[int | None, bool]]:
    events = detector.tag(text, lang=lang, published_at=AS_OF).events
    return {(event.count, event.approx) for event in events if event.category == category}


@pytest.mark.parametrize(
    ("text", "lang", "category", "count"),
    [
        ("Police said 3 912 people were detained across the province during the week of unrest.", "en", "arrest", 3912),
        ("Police said 3\u00a0912 people were detained across the province during the week of unrest.", "en", "arrest", 3912),
        ("Police said 3\u202f912 people were detained across the province during the week of unrest.", "en", "arrest", 3912),
        ("Police said 3.912 people were detained across the province during the week of unrest.", "en", "arrest", 3912),
        ("Police said 3,912 people were detained across the province during the week of unrest.", "en", "arrest", 3912),
        ("Security forces rounded up 15 000 people in Istanbul over the weekend.", "en", "arrest", 15000),
        ("The ministry said 1 204 300 people had been detained nationwide since Monday.", "en", "arrest", 1204300),
        ("The coalition said it had carried out 2 150 air strikes on the district this week.", "en", "airstrike", 2150),
        ("اعتقلت قوات الأمن ٣٬٩١٢ شخصاً في المحافظة خلال أسبوع الاضطرابات.", "ar", "arrest", 3912),
        ("اعتقلت قوات الأمن 6 آلاف شخص في المحافظة خلال أسبوع الاضطرابات.", "ar", "arrest", 6000),
        ("اعتقلت قوات الأمن ستة آلاف شخص في المحافظة خلال أسبوع الاضطرابات.", "ar", "arrest", 6000),
        ("شن الطيران الحربي أكثر من 5 آلاف غارة على ريف إدلب منذ بداية الأسبوع.", "ar", "airstrike", 5000),
    ],
)
def test_the_whole_number_is_read(detector: Detector, text: str, lang: str, category: str, count: int) -> None:
    assert (count, False) in _counts(detector, text, lang, category)


@pytest.mark.parametrize(
    ("text", "lang", "category", "expected"),
    [
        # a vague number of thousands stays vague; a plain number stays itself
        ("اعتقلت قوات الأمن آلاف الأشخاص في المحافظة خلال أسبوع الاضطرابات.", "ar", "arrest", (None, True)),
        ("اعتقلت قوات الأمن بضعة آلاف شخص في المحافظة خلال أسبوع الاضطرابات.", "ar", "arrest", (None, True)),
        ("Police detained 12 protesters in Istanbul on Sunday.", "en", "arrest", (12, False)),
        ("اعتقلت الشرطة 20 ألف شخص في المحافظة.", "ar", "arrest", (20000, False)),
    ],
)
def test_near_misses_keep_their_reading(
    detector: Detector, text: str, lang: str, category: str, expected: tuple[int | None, bool]
) -> None:
    assert _counts(detector, text, lang, category) == {expected}


def test_the_last_group_alone_is_never_the_count(detector: Detector) -> None:
    counts = _counts(detector, "Police said 3 912 people were detained across the province.", "en", "arrest")
    assert (912, False) not in counts
