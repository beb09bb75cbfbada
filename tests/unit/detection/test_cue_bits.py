"""Cue-set bits (`Vocabulary.register`): a pure pre-filter, assigned so that sets crowd one bit as little as possible."""

from __future__ import annotations

from streams.detection.cues import _CUE_BITS, CueSet, Vocabulary, Words, _Cue, _longest, holds


def test_same_first_words_share_a_bit() -> None:
    vocabulary = Vocabulary(())
    assert vocabulary.cues(["air strike", "air raid"]).bit == vocabulary.cues(["air"]).bit


def test_a_large_set_keeps_its_bit_to_itself() -> None:
    vocabulary = Vocabulary(())
    large = vocabulary.cues([f"word{index}" for index in range(100)])
    others = [vocabulary.cues([f"other{index}"]) for index in range(_CUE_BITS - 1)]
    assert all(other.bit != large.bit for other in others)
    # once every bit is taken, a new small set joins another small one, not the large one
    assert vocabulary.cues(["late"]).bit != large.bit


def test_bits_only_pre_filter() -> None:
    vocabulary = Vocabulary(())
    sets = [vocabulary.cues([f"cue{index}", f"shared{index % 3} word"]) for index in range(3 * _CUE_BITS)]
    words = Words.of(["a", "shared1", "word", "cue7"], vocabulary)
    found = [cues.find(words) for cues in sets]
    expected = [3 if index == 7 else 1 if index % 3 == 1 else -1 for index in range(3 * _CUE_BITS)]
    assert found == expected
    assert isinstance(sets[0], CueSet)


def test_holds_reads_one_form_as_the_word() -> None:
    vocabulary = Vocabulary(["ال"])
    words = Words.of(["قصف", "الجيش", "2020"], vocabulary)
    assert holds(frozenset({"قصف"}), words, 0)
    assert holds(frozenset({"جيش"}), words, 1)  # a form with the proclitic removed
    assert holds(frozenset({"#"}), words, 2)  # a number in digits
    assert not holds(frozenset({"جيش"}), words, 0)


def test_longest_phrase_ending_by_the_limit() -> None:
    vocabulary = Vocabulary(())
    forms = Words.of(["air", "strike", "on", "town"], vocabulary).forms
    phrases = [_Cue(("air", "strike")), _Cue(("air", "strike", "on", "town")), _Cue(("air", "raid"))]
    assert _longest(phrases, forms, 0, 4, 0) == 4
    assert _longest(phrases, forms, 0, 3, 0) == 2
    assert _longest(phrases, forms, 0, 3, 2) == 2


def test_the_longest_cue_of_any_form_of_the_first_word() -> None:
    """`CueSet.starts_at` reads each form of a word once (one lookup tells a one-word cue and the longer cues it
    opens): the answer is the longest cue of any form, whichever form is read first."""
    arabic = Vocabulary(["و", "ال"])
    cues = arabic.cues(["والحرب", "الحرب على الارهاب", "وقف"])
    words = Words.of(["والحرب", "علي", "الارهاب"], arabic)  # normalized: ى is ي
    assert len(words.forms[0]) > 1
    assert cues.starts_at(words, 0) == 3  # "الحرب على الارهاب" once و is removed, past the one-word "والحرب"
    assert cues.starts_at(words, 0, 2) == 1  # ending by the second word: the one-word cue
    assert cues.find(words) == 0
    assert cues.starts_at(Words.of(["وقف", "النار"], arabic), 0) == 1
    assert cues.starts_at(Words.of(["الحرب", "علي", "الفساد"], arabic), 0) == 0
    english = Vocabulary((), ["'s"])
    cues = english.cues(["war", "war of words"])
    assert cues.starts_at(Words.of(["war's", "of", "words"], english), 0) == 3
    assert cues.starts_at(Words.of(["war", "of", "peace"], english), 0) == 1
    assert cues.starts_at(Words.of(["peace", "of", "words"], english), 0) == 0
