"""`CueFinder` counts the distinct cues of a set in a whole text as `distinct_cues` does over every word of it.

Every text here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import ahocorasick_rs
import pytest

from streams.detection import Detector
from streams.detection.cues import CueFinder, Vocabulary, Words, distinct_cues
from streams.detection.framing import _sport_words_in

VOCABULARY = Vocabulary(["و", "ف", "ب", "ال", "وال"], ["'s"])
CUES = VOCABULARY.cues(["goals", "the pitch", "half-time", "penalty sp*", "ملعب", "ضربة جزاء"])

TEXTS = [
    "",
    "Talks resumed on the goals of the ceasefire.",  # one cue
    "The striker scored two goals before half-time; the pitch was wet.\nAfter the penalty spot-kick, goals again.",
    "Policy goals, the pitcher, a penalty: no cue but goals.",  # "pitcher" is no "pitch", a bare "penalty" none
    "the\tpitch  goals\u00a0half-time penalty spots",  # any whitespace separates tokens, as str.split
    "والملعب مكتظ، وضربة جزاء في الملعب. ضربة\nجزاء أخرى",
    "«goals» (the pitch) [half-time]",  # punctuation around words
    "goals",
    "the",  # a first word at the end of the text, its phrase cut short
]


def _exact(text: str) -> int:
    return distinct_cues(CUES, Words.from_tokens(text.split(), VOCABULARY))


@pytest.mark.parametrize("text", TEXTS)
def test_at_least_agrees_with_every_word(text: str) -> None:
    finder = CueFinder(CUES, VOCABULARY)
    exact = _exact(text)
    for count in range(7):
        assert finder.at_least(text, count) == (exact >= count), (count, exact)


def test_counts_distinct_words_not_distinct_cues() -> None:
    # "ملعب" found as "الملعب" and "والملعب" is two distinct word tuples, as `distinct_cues` counts them
    text = "الملعب والملعب"
    assert _exact(text) == 2
    assert CueFinder(CUES, VOCABULARY).at_least(text, 2)


def test_a_cue_is_found_by_its_longest_word() -> None:
    # "# goals" (a number, then goals) is anchored on "goals", a token after where it starts
    cues = VOCABULARY.cues(["# goals", "the pitch"])
    finder = CueFinder(cues, VOCABULARY)
    text = "3 goals on the pitch, 4 goals"
    assert distinct_cues(cues, Words.from_tokens(text.split(), VOCABULARY)) == 3
    assert finder.at_least(text, 3) and not finder.at_least(text, 4)
    assert not finder.at_least("goals on the pitch", 2)  # no number before the goals


def test_a_cue_of_no_text_reads_every_word() -> None:
    # a cue "#" (any number) is no piece of text: the finder falls back to reading the words
    cues = VOCABULARY.cues(["#", "the pitch"])
    finder = CueFinder(cues, VOCABULARY)
    text = "3 goals on the pitch"
    assert distinct_cues(cues, Words.from_tokens(text.split(), VOCABULARY)) == 2
    assert finder.at_least(text, 2) and not finder.at_least(text, 3)


def test_lone_surrogate_is_read_word_by_word() -> None:
    text = "goals \ud800 the pitch"
    assert CueFinder(CUES, VOCABULARY).at_least(text, 2) == (_exact(text) >= 2)


def test_hits_found_elsewhere_give_the_same_answers() -> None:
    finder = CueFinder(CUES, VOCABULARY)
    automaton = ahocorasick_rs.AhoCorasick(list(finder.keys), matchkind=ahocorasick_rs.MatchKind.Standard)
    for text in TEXTS:
        hits = automaton.find_matches_as_indexes(text, overlapping=True)
        for count in range(5):
            assert finder.at_least_in(text, hits, count) == finder.at_least(text, count)


def test_the_engine_finds_the_sport_words_in_its_scan(detector: Detector) -> None:
    text = (
        "The striker scored in the first half and the goalkeeper saved a penalty kick before half-time.\n"
        "In the second half the visitors withdrew their midfielder with an injury."
    )
    sports = detector._scan(text, None)[4]
    for rules in detector._rules.values():
        if rules.sport_words.empty:
            continue
        assert rules.sport_base >= 0  # its words are keys of the engine's automaton
        exact = distinct_cues(rules.sport_words, Words.from_tokens(text.split(), rules.vocabulary)) >= rules.sport_min_words
        assert _sport_words_in(rules, text, sports) == exact
    assert _sport_words_in(detector._rules["en"], text, sports)
