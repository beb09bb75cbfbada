"""The word-splitting shortcuts of `streams.detection.cues` give what `split_words` gives.

`strip_punctuation`, `first_words`, `last_words` and `has_word` exist for speed only (they read a
token's ends by code point, and split no further than the words asked for): each must equal the
plain expression it replaces, on ordinary text and on the awkward cases (tokens of punctuation
only, several kinds of white space, Arabic punctuation, counts out of range).
"""

from __future__ import annotations

import random

import pytest

from streams.detection.cues import (
    PUNCTUATION,
    first_words,
    has_word,
    last_words,
    split_words,
    strip_punctuation,
)

SEGMENTS = [
    "",
    "   ",
    "the strike hit the town",
    "  (the strike) -- hit «the» town.  ",
    "قالت المصادر ، إن الغارة « استهدفت » بلدة …",
    "- , ; «",
    "a\u00a0b\u2003c\nd\te",
    "word . . . word",
    "«القصف» «",
]


@pytest.mark.parametrize("token", ["", "strike", "(strike)", "«غارة»", "--", "«", "u.s.", "x", "20%", "it's"])
def test_strip_punctuation_is_str_strip(token: str) -> None:
    assert strip_punctuation(token) == token.strip(PUNCTUATION)


@pytest.mark.parametrize("segment", SEGMENTS)
def test_shortcuts_equal_split_words(segment: str) -> None:
    words = split_words(segment)
    assert words == [word for word in (token.strip(PUNCTUATION) for token in segment.split()) if word]
    assert has_word(segment) == bool(words)
    for count in range(-2, 8):
        assert first_words(segment, count) == words[:count]
        assert last_words(segment, count) == words[-count:]


def test_shortcuts_on_random_text() -> None:
    """Punctuation-only tokens between words make the shortcuts split again: every such case agrees."""
    rng = random.Random(3)
    alphabet = [*"ab غا", " ", " ", "\n", "\u2003", *".,;«»()-", "،"]
    for _ in range(3000):
        segment = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        words = split_words(segment)
        assert has_word(segment) == bool(words)
        for count in range(0, 6):
            assert first_words(segment, count) == words[:count], segment
            assert last_words(segment, count) == words[-count:], segment


def test_token_counts_and_next_token_read_by_code_point() -> None:
    """`context._count_tokens` counts what ``str.split`` splits, and `places._next_token` finds the token
    ``split`` would, for every kind of white space (no-break, ideographic, information separators) and
    characters beyond the Basic Multilingual Plane."""
    from streams.detection.context import _count_tokens
    from streams.detection.places import _next_token

    rng = random.Random(5)
    alphabet = [*"ab.", " ", "\n", "\u00a0", "\u3000", "\x1c", "«", "غ", "\U0001f600", "،"]
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        for start in range(-2, len(text) + 2, 3):
            parts = text[start:start + 40].split(None, 1)
            assert _next_token(text, start) == (strip_punctuation(parts[0]) if parts else "")
            for end in range(start - 1, len(text) + 2, 5):
                assert _count_tokens(text, start, end) == len(text[start:end].split())


def test_gap_words_count_like_split_words_up_to_the_cap() -> None:
    """`places._gap_words` counts the words of a stretch (tokens of punctuation only are none), stopping past ``cap``."""
    from streams.detection.places import _gap_words

    rng = random.Random(7)
    alphabet = [*"ab.,", " ", "\n", "\u00a0", "\u3000", "«", "غ", "\U0001f600", "،"]
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for start in range(-2, len(text) + 2, 3):
            for end in range(start - 1, len(text) + 2, 4):
                words = len(split_words(text[start:end]))
                for cap in (0, 1, 3):
                    assert _gap_words(text, start, end, cap) == min(words, cap + 1)


def test_span_order_sorts_like_start_then_longest_first() -> None:
    from streams.detection.context import span_order

    rng = random.Random(11)
    for _ in range(500):
        length = rng.randint(1, 200)
        spans = [(start, rng.randint(start, length)) for start in (rng.randint(0, length) for _ in range(rng.randint(0, 25)))]
        by_tuple = sorted(spans, key=lambda span: (span[0], -(span[1] - span[0])))
        assert sorted(spans, key=lambda span: span_order(span[0], span[1], length + 1)) == by_tuple
