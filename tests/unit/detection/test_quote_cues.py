"""Cues that hold an opening quotation mark: "«" alone (a quoted name) and "فيلم «" (a work named by its title).

A quotation mark is punctuation and stays stripped from words; a token that begins with an opening one has the
extra form "«", which a cue word that is an opening quotation mark stands for (streams/detection/cues.py).

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from streams.detection.cues import QUOTE, CueSet, Vocabulary, Words
from tests.unit.detection.arabic_tagging import categories

_CLITICS = ["و", "ف", "ب", "ل", "ال", "وال", "بال"]


def _words(text: str, vocabulary: Vocabulary) -> Words:
    return Words.from_tokens(text.split(), vocabulary)


# --- cue level -----------------------------------------------------------------------------------------------------


def test_a_quote_cue_word_is_kept_not_stripped() -> None:
    vocabulary = Vocabulary(_CLITICS)
    assert not CueSet(["«"], vocabulary).empty
    assert not CueSet(["“"], vocabulary).empty
    assert not CueSet(['"'], vocabulary).empty
    # the apostrophe is no quotation mark ("'s", "'90s"): as before, a cue of it alone is empty
    assert CueSet(["'"], vocabulary).empty


@pytest.mark.parametrize(
    "text",
    [
        "بدأ الجيش عملية «سيف الشمال» فجرا",  # glued to the name
        "بدأ الجيش عملية « سيف الشمال » فجرا",  # a lone mark, spaced out
        "بدأ الجيش عملية “سيف الشمال” فجرا",
        'بدأ الجيش عملية "سيف الشمال" فجرا',
        "بدأ الجيش عملية ‘سيف الشمال’ فجرا",
    ],
)
def test_a_quote_cue_finds_any_opening_quotation_mark(text: str) -> None:
    vocabulary = Vocabulary(_CLITICS)
    for cue in ("«", "“", '"'):
        assert CueSet([cue], vocabulary).find(_words(text, vocabulary)) == 3


@pytest.mark.parametrize(
    "text",
    [
        "بدأ الجيش عملية سيف الشمال فجرا",
        "قال الناطق إن العملية انتهت»",  # a closing mark opens nothing
        "قال الناطق إن العملية انتهت” فجرا",
    ],
)
def test_no_opening_quotation_mark_no_quote_cue(text: str) -> None:
    vocabulary = Vocabulary(_CLITICS)
    assert CueSet(["«"], vocabulary).find(_words(text, vocabulary)) == -1


def test_the_quoted_word_keeps_its_letters_and_indices_follow_split() -> None:
    vocabulary = Vocabulary(_CLITICS)
    words = _words("عرض فيلم « الملجأ » أمس", vocabulary)
    assert words.words == ["عرض", "فيلم", "", "الملجأ", "", "أمس"]
    assert QUOTE in words.forms[2]
    assert QUOTE not in words.forms[4]
    glued = _words("عرض فيلم «الملجأ» أمس", vocabulary)
    assert glued.words[2] == "الملجأ"
    assert {QUOTE, "الملجأ", "ملجأ"} <= glued.forms[2]  # the proclitic is still removed


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("يعرض الليلة فيلم «الملجأ» في الصالة", 2),
        ("يعرض الليلة فيلم “الملجأ” في الصالة", 2),
        ("يعرض الليلة فيلم « الملجأ » في الصالة", 2),
        ("ويعرض فيلم «الملجأ»", 1),
    ],
)
def test_a_work_cue_needs_its_title_in_quotes(text: str, at: int) -> None:
    vocabulary = Vocabulary(_CLITICS)
    film = CueSet(["فيلم «", "فيلم “"], vocabulary)
    words = _words(text, vocabulary)
    assert film.find(words) == at
    assert film.starts_at(words, at) == 2


@pytest.mark.parametrize(
    "text",
    [
        "نشر ناشطون فيلم يظهر الدمار",
        "بث ناشطون فيلم قصير عن «الملجأ»",  # a quote two words on is no title of this film
        "انتهى عرض فيلم",  # the end of the window: no word after it
    ],
)
def test_a_bare_film_is_no_work_cue(text: str) -> None:
    vocabulary = Vocabulary(_CLITICS)
    assert CueSet(["فيلم «"], vocabulary).find(_words(text, vocabulary)) == -1


# --- engine level (Arabic) -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "بدأت في صالات القاهرة عروض فيلم «ليل الملجأ»، ويحكي عن ليلة قصفت فيها الطائرات الحربية مدينة دير الزور.",
        "بدأت في صالات القاهرة عروض فيلم “ليل الملجأ”، ويحكي عن ليلة قصفت فيها الطائرات الحربية مدينة دير الزور.",
        "تعرض قناة خاصة مسلسل «الأقبية» الذي يعيد رواية القصف المدفعي على أحياء مدينة حماة.",
    ],
)
def test_a_work_named_in_quotes_that_retells_a_strike_is_history(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("قصفت المدفعية قرية البارة في جبل الزاوية مساء الأحد، وتداول ناشطون فيلم يظهر الحرائق في البساتين.", "shelling"),
        ("شنت طائرات حربية غارات على بلدة معرة مصرين في ريف إدلب، ونشر مراسلون فيلم يظهر أعمدة الدخان.", "airstrike"),
        ("نشر ناشطون فيلماً يظهر غارة جوية على بلدة بنش في ريف إدلب.", "airstrike"),
    ],
)
def test_footage_of_a_strike_is_still_an_event(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "تواصل القوات التركية عملية «قبضة الجبل» في شمال العراق لليوم الرابع.",
        "تواصل القوات التركية عملية « قبضة الجبل » في شمال العراق لليوم الرابع.",
        "تتواصل منذ الفجر عملية عسكرية “درع الوادي” في ريف دير الزور الشرقي.",
    ],
)
def test_an_operation_named_in_quotes_is_one(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text)


def test_a_quoted_name_before_operations_is_not_theirs(detector: Detector) -> None:
    # the name is an organisation's: arrests in simultaneous operations stay arrests
    text = "أوقفت الشرطة 17 شخصاً يشتبه بانتمائهم إلى جماعة «الفجر»، في عمليات متزامنة في أربع مدن."
    found = categories(detector, text)
    assert "arrest" in found
    assert "military_operation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "تسلمت الشرطة العسكرية إدارة المعابر في مناطق عملية «درع الوادي» شمالي سوريا.",
        "قال الوزير إن قواته حيدت 4 مسلحين في منطقتي عمليتي «قبضة الجبل» و«درع الوادي».",
    ],
)
def test_the_zone_of_a_named_operation_is_a_place(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)
