"""Context words and phrases ("no", "denied", "البطولة", "more than") found in a few words of text.

The engine looks at a handful of words around each mention, so cue matching works on word lists,
not on the whole article: a word matches a cue word when it is equal to it, or equal to it once a
proclitic of the language (Arabic و ف ب ل ك ال ...) is removed from its front.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from streams.detection.normalize import normalize

__all__ = ["NO_CLITICS", "Clitics", "CueSet", "Words", "split_words"]

# A word: letters/digits, kept whole across inner hyphens, dots, commas, colons, slashes and
# apostrophes ("10-15", "1,200", "10:30", "didn't"), with a trailing percent sign ("20%"); an
# opening quote is a word of its own (a named operation: عملية «نبع السلام»).
_WORD_RE = re.compile(r"[^\W_]+(?:[-–.,:/'’][^\W_]+)*%?|[«“\"]")


def split_words(segment: str) -> list[str]:
    """The words of a (normalized) segment, punctuation dropped."""
    return _WORD_RE.findall(segment)


class Clitics:
    """One language's proclitics, and the forms a word may stand for once one is removed."""

    _CACHE_LIMIT = 200_000

    def __init__(self, clitics: Iterable[str]) -> None:
        self.clitics = frozenset(normalize(clitic) for clitic in clitics if clitic)
        self.lengths = sorted({len(clitic) for clitic in self.clitics})
        self._cache: dict[str, frozenset[str]] = {}

    def forms(self, word: str) -> frozenset[str]:
        found = self._cache.get(word)
        if found is None:
            variants = {word}
            for length in self.lengths:
                if len(word) - length >= 2 and word[:length] in self.clitics:
                    variants.add(word[length:])
            found = frozenset(variants)
            if len(self._cache) >= self._CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = found
        return found


NO_CLITICS = Clitics(())


class Words:
    """Words of a window with, for each, the forms it may stand for once a proclitic is removed."""

    __slots__ = ("forms", "words")

    def __init__(self, words: list[str], clitics: Clitics) -> None:
        self.words = words
        forms = clitics.forms
        self.forms = [forms(word) for word in words]

    def slice(self, start: int, stop: int | None = None) -> Words:
        part = Words.__new__(Words)
        part.words, part.forms = self.words[start:stop], self.forms[start:stop]
        return part


def _cue_words(cue: str) -> tuple[str, ...]:
    """The normalized words of a cue; a trailing ``*`` (prefix wildcard) is kept on its word."""
    words = []
    for raw in cue.split():
        star = raw.endswith("*") and len(raw) > 1
        found = split_words(normalize(raw[:-1] if star else raw))
        if found:
            words.extend(found[:-1])
            words.append(found[-1] + "*" if star else found[-1])
    return tuple(words)


def _matches(cue_word: str, variants: frozenset[str]) -> bool:
    if cue_word.endswith("*"):
        stem = cue_word[:-1]
        return any(variant.startswith(stem) and len(variant) > len(stem) for variant in variants)
    return cue_word in variants


class CueSet:
    """A set of one-word and multi-word cues, matched against `Words`."""

    __slots__ = ("_multi", "_single", "empty")

    def __init__(self, cues: Iterable[str]) -> None:
        single: set[str] = set()
        multi: dict[str, list[tuple[str, ...]]] = {}
        for cue in cues:
            words = _cue_words(cue)
            if not words:
                continue
            if len(words) == 1 and not words[0].endswith("*"):
                single.add(words[0])
            else:
                multi.setdefault(words[0], []).append(words)
        self._single = frozenset(single)
        self._multi = multi
        self.empty = not single and not multi

    def starts_at(self, window: Words, index: int) -> int:
        """Length of a cue starting at ``window.words[index]`` (the longest), or 0."""
        forms = window.forms
        best = 1 if not self._single.isdisjoint(forms[index]) else 0
        if self._multi:
            for variant in forms[index]:
                for phrase in self._multi.get(variant, ()):
                    if len(phrase) > best and index + len(phrase) <= len(forms) and all(
                        _matches(phrase[k], forms[index + k]) for k in range(1, len(phrase))
                    ):
                        best = len(phrase)
        return best

    def find(self, window: Words, skip: CueSet | None = None) -> int:
        """Index of the first word of the last cue found in ``window``, or -1.

        A cue at a position where a phrase of ``skip`` starts is ignored ("لا تزال" is no negation).
        """
        if self.empty:
            return -1
        for index in range(len(window.forms) - 1, -1, -1):
            if self.starts_at(window, index) and (skip is None or skip.empty or not skip.starts_at(window, index)):
                return index
        return -1

    def __contains__(self, word: str) -> bool:
        return word in self._single
