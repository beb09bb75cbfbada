"""Reported counts: the number written right before an event term.

"أكثر من 55 غارة" -> 55; "نحو 290 غارة" -> 290, approximate; "15 ضربة" -> 15; "خمس عشرة غارة"
-> 15; "dozens of airstrikes" -> the documented floor of "dozens" (24), approximate; "10-15
strikes" and "بين 10 و15 غارة" -> 15 (the upper bound), approximate; "غارتين" (dual) -> 2.

A number counts only when it is adjacent to the term, with only `gap_words` ("of", "Russian")
between; years (1900–2100 without a quantity cue), times and dates ("10:30", "12/5", "3 May",
"May 3", "عام 2015") are not counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from config.lexicons import Numbers
from streams.detection.cues import Clitics, CueSet, Words

__all__ = ["CountReader", "ReportedCount"]

_MAX_GAP_WORDS = 3
_LOOKBACK_WORDS = 10


@dataclass(frozen=True, slots=True)
class ReportedCount:
    value: int | None
    approx: bool


class CountReader:
    """Reads the count before a term, with one language's number words and cues."""

    def __init__(self, numbers: Numbers, clitics: Clitics) -> None:
        self._clitic_set = clitics
        self._clitics = tuple(sorted(clitics.clitics, key=len, reverse=True))
        self._words = {word: value for word, value in _normalized_items(numbers.words)}
        self._vague = {word: value for word, value in _normalized_items(numbers.vague)}
        self._tens_joiners = frozenset(CueSet(numbers.tens_joiners)._single)
        self._approx = CueSet(numbers.approx)
        self._floors = CueSet(numbers.floors)
        self._range_joiners = CueSet(numbers.range_joiners)
        self._gap = CueSet(numbers.gap_words)
        self._dates = CueSet(numbers.date_words)

    def _value(self, word: str) -> tuple[int | None, bool]:
        """(value, attached_joiner): "55" -> 55, "و15" -> 15 with a joiner, "عشرين" -> 20."""
        candidates = [(word, False)]
        for clitic in self._clitics:
            if word.startswith(clitic) and len(word) > len(clitic):
                candidates.append((word[len(clitic):], True))
        for candidate, joined in candidates:
            digits = candidate.replace(",", "")
            if digits.isdigit() and digits.isascii() and len(digits) <= 7:
                return int(digits), joined
            if candidate in self._words:
                return self._words[candidate], joined
            if "-" in candidate:  # "twenty-five"
                parts = candidate.split("-")
                if all(part in self._words for part in parts):
                    return sum(self._words[part] for part in parts), joined
        return None, False

    def read(self, before: Words) -> ReportedCount | None:
        """The count in the words just before a term (closest word last), or None."""
        words = before.words
        index = len(words) - 1
        gaps = 0
        while index >= 0 and gaps < _MAX_GAP_WORDS and not _has_digit(words[index]) and words[index] not in self._vague:
            if self._gap.find(_single(before, index)) < 0:
                break
            index -= 1
            gaps += 1
        if index < 0:
            return None
        word = words[index]
        if word in self._vague:
            return ReportedCount(self._vague[word], True)
        range_value = _range(word)
        if range_value is not None:
            return ReportedCount(range_value, True)
        value, _ = self._value(word)
        if value is None:
            return None
        approx = False
        start = index
        # Compound and multiplied number words: "خمس وعشرين", "خمسة عشر", "two hundred".
        if start >= 1:
            previous, _ = self._value(words[start - 1])
            if previous is not None and _has_digit(words[start - 1]) is False:
                if 20 <= value <= 90 and previous < 10 and _joined(word, self._tens_joiners):
                    value, start = value + previous, start - 1
                elif value == 10 and previous < 10 and not _has_digit(word):
                    value, start = value + previous, start - 1
                elif value in (100, 1000) and 1 < previous < 10:
                    value, start = value * previous, start - 1
        # Ranges written with words: "10 to 15", "بين 10 و15", "10 or 12".
        if start >= 1:
            joined_value, joined = self._value(words[start])
            if joined and start >= 1 and self._value(words[start - 1])[0] is not None:
                value, approx, start = max(value, self._value(words[start - 1])[0] or 0), True, start - 1
            elif start >= 2 and self._range_joiners.find(_single(before, start - 1)) >= 0:
                low, _ = self._value(words[start - 2])
                if low is not None and low < value:
                    approx, start = True, start - 2
        head = before.slice(max(0, start - 4), start)
        quantity_cue = False
        if self._approx.find(head) >= 0:
            approx, quantity_cue = True, True
        elif self._floors.find(head) >= 0:
            quantity_cue = True
        if self._is_date(before, start, index, value, quantity_cue):
            return None
        if value <= 0:
            return None
        return ReportedCount(value, approx)

    def _is_date(self, before: Words, start: int, index: int, value: int, quantity_cue: bool) -> bool:
        if 1900 <= value <= 2100 and not quantity_cue:
            return True
        if start >= 1 and self._dates.find(_single(before, start - 1)) >= 0:
            return True
        return index + 1 < len(before.words) and self._dates.find(_single(before, index + 1)) >= 0


def _single(words: Words, index: int) -> Words:
    return words.slice(index, index + 1)


def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


def _joined(word: str, joiners: frozenset[str]) -> bool:
    return any(word.startswith(joiner) for joiner in joiners)


def _range(word: str) -> int | None:
    for separator in ("-", "–"):
        low, sep, high = word.partition(separator)
        if sep and low.isdigit() and high.isdigit() and low.isascii() and high.isascii():
            if int(low) < int(high) <= 10_000_000:
                return int(high)
    return None


def _normalized_items(mapping: dict[str, int]) -> list[tuple[str, int]]:
    from streams.detection.normalize import normalize

    return [(normalize(word), value) for word, value in mapping.items()]


LOOKBACK_WORDS = _LOOKBACK_WORDS
