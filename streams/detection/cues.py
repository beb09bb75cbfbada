"""Context words and phrases ("no", "denied", "البطولة", "more than") found in a few words of text.

The engine looks at a handful of words around each mention, so cue matching works on word lists,
not on the whole article: a word matches a cue word when it is equal to it, or equal to it once a
proclitic of the language (Arabic و ف ب ل ك ال ...) is removed from its front.
"""

from __future__ import annotations

from collections.abc import Iterable

from streams.detection.normalize import normalize

__all__ = ["NO_CLITICS", "QUOTE", "Clitics", "CueSet", "Words", "split_words"]

# Punctuation stripped from both ends of a whitespace-separated token (not "%": "20%" is no count).
_PUNCTUATION = ".,;:!?()[]{}<>\"'`~@#$^&*_=+|\\/-–—…«»“”‘’„‹›·•،؛؟٪"
# An opening quote before a word (a named operation: عملية «نبع السلام») is remembered as the form "«".
_QUOTES = ("«", "“", '"', "„")
QUOTE = "«"


def split_words(segment: str) -> list[str]:
    """The words of a (normalized) segment: whitespace-separated, punctuation stripped at both ends."""
    return [word for word in (token.strip(_PUNCTUATION) for token in segment.split()) if word]


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
_QUOTED = frozenset({QUOTE})


class Words:
    """Words of a window with, for each, the forms it may stand for once a proclitic is removed."""

    __slots__ = ("_positions", "_union", "forms", "words")

    def __init__(self, words: list[str], clitics: Clitics) -> None:
        self.words = words
        forms = clitics.forms
        self.forms = [forms(word) for word in words]
        self._union: frozenset[str] | None = None
        self._positions: dict[str, list[int]] | None = None

    @classmethod
    def from_tokens(cls, tokens: list[str], clitics: Clitics) -> Words:
        """Words of whitespace-separated tokens, one per token (a token of punctuation only is the
        empty word, so that indices follow ``str.split``); a word after an opening quote also has
        the form "«"."""
        self = cls.__new__(cls)
        forms = clitics.forms
        self.words = [token.strip(_PUNCTUATION) for token in tokens]
        self.forms = [
            forms(word) | _QUOTED if token.startswith(_QUOTES) else forms(word)
            for token, word in zip(tokens, self.words, strict=True)
        ]
        self._union = None
        self._positions = None
        return self

    def slice(self, start: int, stop: int | None = None) -> Words:
        part = Words.__new__(Words)
        part.words, part.forms, part._union, part._positions = self.words[start:stop], self.forms[start:stop], None, None
        return part

    def position_map(self) -> dict[str, list[int]]:
        """Every form -> the indices of the words that have it."""
        if self._positions is None:
            positions: dict[str, list[int]] = {}
            for index, forms in enumerate(self.forms):
                for each in forms:
                    positions.setdefault(each, []).append(index)
            self._positions = positions
        return self._positions

    @property
    def union(self) -> frozenset[str]:
        """Every form of every word: lets a cue set reject a window with one set operation."""
        if self._union is None:
            self._union = frozenset().union(*self.forms) if self.forms else frozenset()
        return self._union


def _cue_words(cue: str) -> tuple[str, ...]:
    """The normalized words of a cue; a trailing ``*`` (prefix wildcard) is kept on its word, and
    ``#`` (any number in digits) is kept as is."""
    words = []
    for raw in cue.split():
        if raw == "#":
            words.append(raw)
            continue
        star = raw.endswith("*") and len(raw) > 1
        found = split_words(normalize(raw[:-1] if star else raw))
        if found:
            words.extend(found[:-1])
            words.append(found[-1] + "*" if star else found[-1])
    return tuple(words)


def _matches(cue_word: str, variants: frozenset[str]) -> bool:
    if cue_word == "#":
        return any(variant.isdigit() for variant in variants)
    if cue_word.endswith("*"):
        stem = cue_word[:-1]
        return any(variant.startswith(stem) and len(variant) > len(stem) for variant in variants)
    return cue_word in variants


class CueSet:
    """A set of one-word and multi-word cues, matched against `Words`."""

    __slots__ = ("_firsts", "_multi", "_single", "empty")

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
        self._firsts = self._single | frozenset(multi)
        self.empty = not single and not multi

    def starts_at(self, window: Words, index: int, stop: int | None = None) -> int:
        """Length of the longest cue starting at ``window.words[index]`` and ending by ``stop``, or 0."""
        forms = window.forms
        limit = len(forms) if stop is None else stop
        best = 0 if self._single.isdisjoint(forms[index]) else 1
        if self._multi:
            for variant in forms[index]:
                for phrase in self._multi.get(variant, ()):
                    length = len(phrase)
                    if length <= best or index + length > limit:
                        continue
                    for offset in range(1, length):
                        if not _matches(phrase[offset], forms[index + offset]):
                            break
                    else:
                        best = length
        return best

    def find(
        self, window: Words, start: int = 0, stop: int | None = None, skip: CueSet | None = None, *, first: bool = False
    ) -> int:
        """Index of the first word of the last (or, with ``first``, the first) cue inside
        ``window.words[start:stop]``, or -1.

        A cue at a position where a phrase of ``skip`` starts is ignored ("لا تزال" is no negation).
        """
        if self.empty:
            return -1
        candidates = self._firsts & window.union
        if not candidates:
            return -1
        limit = len(window.forms) if stop is None else min(stop, len(window.forms))
        low = start if start > 0 else 0
        if low >= limit:
            return -1
        positions = window.position_map()
        indices = [index for form in candidates for index in positions[form] if low <= index < limit]
        if not indices:
            return -1
        indices.sort(reverse=not first)
        skipping = skip if skip is not None and not skip.empty else None
        for index in indices:
            if self.starts_at(window, index, limit) and (skipping is None or not skipping.starts_at(window, index, limit)):
                return index
        return -1

    def __contains__(self, word: str) -> bool:
        return word in self._single
