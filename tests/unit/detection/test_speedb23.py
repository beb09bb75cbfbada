"""Speed refactors of stop 23 (tables, token analysis, place windows): each reads the same as the plain reading."""

from __future__ import annotations

from bisect import bisect_right

from streams.detection import Detector
from streams.detection.cues import PAUSE_BIT, QUOTE, Vocabulary, Words, last_words
from streams.detection.normalize import normalize_mapped
from streams.detection.patterns import PlaceRef
from streams.detection.places import _PlaceHit, _words_before
from streams.detection.sentences import _Sentences


def test_token_analysis_reads_quotes_pauses_and_clitics() -> None:
    vocabulary = Vocabulary(["و", "ال"], ["'s"])
    quoted = vocabulary.cues(["«"])
    words = Words.from_tokens(["«الطوفان»", "والجيش,", "army's", "(strike"], vocabulary)
    assert QUOTE in words.forms[0] and words.bits[0] & quoted.bit
    assert words.forms[1] >= {"والجيش", "الجيش"} and words.bits[1] & PAUSE_BIT
    assert words.forms[2] == frozenset({"army's", "army"})
    assert QUOTE not in words.forms[3] and not words.bits[3] & PAUSE_BIT


def test_place_windows_read_fewer_words_from_one_read(detector: Detector) -> None:
    for lang, text in (
        ("ar", "قصفت المدفعية مواقع من اتجاه شمال غرب لبنان على بلدة القصير في ريف حمص"),
        ("en", "Artillery fired from positions north-west of the border at the town of Qusayr in Homs"),
    ):
        rules = detector._rules[lang]
        start = text.rfind(" ") + 1
        hit = _PlaceHit(start, len(text), PlaceRef("x", None, None, "town"), lang, "")
        since = 8
        for count in (4, 8, 3, 1, 2, 8):
            words = _words_before(text, hit, since, 100, count, rules)
            assert words.words == last_words(text[max(since, start - 100):start], count), (lang, count)
            assert words.bits == Words.of(words.words, rules.vocabulary).bits
        for count in (2, 3):  # from the text's start: read as asked
            assert _words_before(text, hit, 0, 40, count, rules).words == last_words(text[max(0, start - 40):start], count)


def test_tagging_still_finds_events_in_both_languages(detector: Detector) -> None:
    english = detector.tag("Warplanes struck the town of Maarat al-Numan in Idlib on Monday, killing three.", lang="en")
    assert [event.category for event in english.events] == ["airstrike"]
    arabic = detector.tag("شنت طائرات حربية غارات جوية على مدينة معرة النعمان في ريف إدلب.", lang="ar")
    assert [event.category for event in arabic.events] == ["airstrike"]


def test_case_folding_only_where_a_letter_has_case() -> None:
    assert normalize_mapped("غارة جوية على «الرقة» 12").text == "غاره جويه علي «الرقه» 12"
    assert normalize_mapped("غارة لتنظيم ISIS على الرقة").text == "غاره لتنظيم isis علي الرقه"
    assert normalize_mapped("Strike on Raqqa’s outskirts").text == "strike on raqqa’s outskirts"
    assert normalize_mapped("Straße in Köln").text == "strasse in köln"  # a length change: the per-character path


def test_sentence_bounds_by_bisection() -> None:
    ends = [5, 9, 9, 20]
    sentences = _Sentences(list(ends), 30)
    for position in range(31):
        index = bisect_right(ends, position)
        assert sentences.around(position) == (ends[index - 1] if index else 0, ends[index] if index < len(ends) else 30)
