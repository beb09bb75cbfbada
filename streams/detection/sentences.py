"""Where the sentences of an article start and end, found in the matcher's one pass over it.

The matcher reports every sentence delimiter beside the terms and places (`Detector._scan`); this module
tells which of them end nothing (the period of an abbreviation, "U.S. troops") and which dashes end a wire
dateline ("HOMS, Syria (SMART) — "), and looks sentences up by position (`_Sentences`). A question (`_question`)
and a label opening a sentence ("Analysis: ...", `_LABEL_WORDS`) are read off a sentence's own characters.
"""

from __future__ import annotations

from typing import Final

from streams.detection.context import _SENTENCE_DELIMITERS
from streams.detection.normalize import bisect_right

# a label that opens a sentence before a pause ("مقال رأي: لو انسحبت القوات ...", "Analysis: had the troops ...") has at
# most this many words; the clause proper starts after it
_LABEL_WORDS: Final = 3
_PERIOD: Final = _SENTENCE_DELIMITERS.index(". ")  # the one delimiter an abbreviation ("U.S. troops") fakes
# the dash after a wire dateline ("HOMS, Syria (SMART) — ", "KYIV, Nov 18 (Reuters) - "): it ends a sentence (`_dateline`)
_DATELINE_DASHES: Final = (" \u2014 ", " \u2013 ", " - ")
_DATELINE_CHARS: Final = 60  # a dateline is at most this long ...
_DATELINE_WORDS: Final = 6  # ... and this many words
# Words ending with a period that ends no sentence (normalized text is lower case); initialisms
# ("u.s.", "u.n.") are recognised by their shape.
_ABBREVIATIONS: Final = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "brig.", "adm.", "gov.",
    "sen.", "rep.", "st.", "no.", "vs.", "jr.", "sr.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
})
_QUESTION_MARKS: Final = ("?", "\u061f")
_PARAGRAPH_GAP: Final = 4  # the sentence after a blast is looked for across at most this many empty lines


def _question(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence ``text[sentence[0]:sentence[1]]`` ends with a question mark."""
    end = sentence[1]
    while end > sentence[0] and text[end - 1].isspace():
        end -= 1
    return end > sentence[0] and text[end - 1] in _QUESTION_MARKS


class _Sentences:
    """Sentence boundaries of a text, looked up by bisection. A sentence ends after the first
    character of a delimiter (`_SENTENCE_DELIMITERS`, found by the matcher's pass; delimiters
    cannot overlap, none starts with a space or a quote, so every occurrence is an end), or after
    the dash of a dateline (`_dateline`)."""

    def __init__(self, ends: list[int], length: int) -> None:
        ends.sort()  # hits come in order of their end; a delimiter's start follows the same order
        self._ends = ends
        self._length = length

    def around(self, position: int) -> tuple[int, int]:
        """``[start, end)`` of the sentence holding ``position``."""
        ends = self._ends
        low = bisect_right(ends, position)
        start = ends[low - 1] if low else 0
        end = ends[low] if low < len(ends) else self._length
        return start, end

    def before_in_paragraph(self, text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence right before ``sentence`` in its paragraph, or None when ``sentence`` opens the text or a line."""
        start = sentence[0]
        if not start or text[start - 1] == "\n":
            return None
        previous = self.around(start - 1)
        return None if previous == sentence else previous

    def following(self, text: str, sentence: tuple[int, int]) -> tuple[int, int]:
        """The first sentence after ``sentence`` with words in it, looked for across at most `_PARAGRAPH_GAP`
        sentences (paragraphs are separated by empty lines): ``sentence`` itself when the text ends right after it,
        else the last one looked at (empty when none of them had words)."""
        following = sentence
        for _ in range(_PARAGRAPH_GAP):
            if following[1] >= self._length:
                break
            following = self.around(following[1])
            if text[following[0]:following[1]].strip():
                break
        return following


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation ("U.S. troops", "Gen. Mazloum")."""
    start = dot
    while start > 0 and dot - start < 12 and not text[start - 1].isspace():
        start -= 1
    token = text[start:dot + 1].lstrip("(\"'“«")
    if token in _ABBREVIATIONS:
        return True
    return len(token) >= 4 and len(token) % 2 == 0 and token[1::2] == "." * (len(token) // 2) and token[0::2].isalpha()


def _dateline(text: str, dash: int) -> bool:
    """Whether the dash at ``dash`` ends a wire dateline at the start of a line: a few words, the first a place
    followed by a comma ("homs, syria —", "kyiv, nov 18 (reuters) -") or the last an agency in parentheses
    ("beirut (afp) —"). A dash inside a sentence ("jets — and drones — struck") ends nothing."""
    line = text.rfind("\n", 0, dash) + 1
    if dash - line > _DATELINE_CHARS:
        return False
    tokens = text[line:dash].split()
    return 0 < len(tokens) <= _DATELINE_WORDS and (tokens[0].endswith(",") or tokens[-1].endswith(")"))
