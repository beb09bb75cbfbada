"""Normalization: what is folded, and offsets back into the original text."""

from __future__ import annotations

import pytest

from streams.detection import normalize
from streams.detection.normalize import normalize_mapped


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("غَارَةٌ جَوِّيَّةٌ", "غاره جويه"),  # tashkeel, taa marbuta
        ("غـــارة", "غاره"),  # tatweel
        ("أإآٱا", "ااااا"),  # alef forms
        ("على مستشفى", "علي مستشفي"),  # alef maqsura
        ("مسؤول مسئول", "مسءول مسءول"),  # hamza seats
        ("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "0123456789 0123456789"),  # Arabic-Indic and Persian digits
        ("Air STRIKES in Homs", "air strikes in homs"),  # casefold
        ("Straße", "strasse"),  # casefold that changes the length
        ("ﻻ", "لا"),  # NFKC: presentation form
        ("ＡＢＣ１２", "abc12"),  # NFKC: full-width
        ("a\u00a0b…", "a b."),  # no-break space, ellipsis
        ("غارة\u200fجوية\u200e", "غارهجويه"),  # direction marks
        ("فارسی کشور", "فارسي كشور"),  # Persian yeh and keheh
        ("نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),  # Arabic punctuation
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_syndicated_copies_normalize_alike() -> None:
    original = "شنّت الطائرات  غارات على إدلب.\nوقال المرصد إن ١٢ مدنياً قتلوا."
    copy = "شنت الطائرات غارات على ادلب. وقال المرصد إن 12 مدنيا قتلوا. "
    assert normalize(original) == normalize(copy)


def test_variants_normalize_alike() -> None:
    assert normalize("غارة") == normalize("غاره") == normalize("غَارَة")
    assert normalize("إدلب") == normalize("ادلب")
    assert normalize("انسحاباً") == normalize("انسحابا")


@pytest.mark.parametrize(
    "raw",
    ["غَارَةٌ جَوِّيَّةٌ على إدلب", "plain ascii text", "ﻻ ﷺ Straße ＡＢ", "الـــ ٣ أيام", "", "x\u200f\u200fy", "é"],
)
def test_offsets_map_back_into_the_original(raw: str) -> None:
    mapped = normalize_mapped(raw)
    assert mapped.to_original(0) == 0
    assert mapped.to_original(len(mapped.text)) == len(raw)
    previous = 0
    for position in range(len(mapped.text)):
        original = mapped.to_original(position)
        assert 0 <= original < len(raw)
        assert original >= previous  # monotone
        previous = original
        # the original character normalizes to text containing the normalized character
        assert mapped.text[position] in normalize(raw[original]) or not normalize(raw[original])


def test_span_of_a_word_after_diacritics() -> None:
    raw = "شَنَّت الطائرات غَارَةً"
    mapped = normalize_mapped(raw)
    start = mapped.text.index("غاره")
    original = mapped.span_to_original(start, start + len("غاره"))
    assert raw[original[0]:original[1]] == "غَارَة"


@pytest.mark.parametrize(
    "text",
    [
        "شَنَّ الطيرانُ الروسي  أكثرَ من ٥٥ غارة\nعلى ريف حماة الشرقي",
        "  Russian jets carried out AIRSTRIKES on Idlib.\n\nNo one was hurt.  ",
        "ﷺ ﬁnal test ß",  # the per-character path (NFKC, length-changing casefold)
        "plain words only, no event",
    ],
)
def test_tagging_gives_the_normalized_text_the_stream_dedupes_on(text: str) -> None:
    from streams.detection import load_detector

    assert load_detector().tag(text, title="A title", lang=None).normalized == normalize(text)


@pytest.mark.parametrize(
    "raw",
    [
        "شَنَّت الطائرات غَارَةً على إدلب، وقُتل ٣ مدنيين…",
        "Strike on Raqqa’s outskirts\u00a0— “three killed”",
        "x\u200f\u200fy\u200b",  # a run of deletions
        "e\u0301 and x\u0301",  # a combining mark kept: the per-character path
        "한국 각\u11a8",  # Hangul with a final jamo that may compose
        "ﻻ ﷺ Straße ＡＢ İ",  # NFKC and length-changing casefolds
        "emoji \U0001F600 and \U0001D400",  # above the plane: kept, and NFKC-changed
        "ΣΟΦΙΑ ΔΕΛΤΑ Ωmega",  # cased letters of another script
    ],
)
def test_one_pass_agrees_with_the_per_character_path(raw: str) -> None:
    """The table-driven pass and the per-character path (which normalizes each code point on its own) give the
    same text and the same offsets: the table only spares the per-character work where it changes nothing."""
    import sys

    module = sys.modules["streams.detection.normalize"]
    fast, slow = normalize_mapped(raw), module._slow(raw)
    assert fast.text == slow.text
    assert [fast.to_original(p) for p in range(-1, len(fast.text) + 2)] == [slow.to_original(p) for p in range(-1, len(slow.text) + 2)]
