"""Text normalization for matching, with a map back to offsets in the original text.

What `normalize` does, in order:

1. Deletes Arabic diacritics (tashkeel, Quranic marks, superscript alef), tatweel, soft hyphens and
   invisible direction/joiner marks.
2. Unicode NFKC (presentation forms, ligatures, full-width forms, odd spaces). Before that, a few
   characters are mapped one-to-one so that common web text stays on the fast path: no-break and
   thin spaces to a space, the ellipsis ``…`` to ``.``.
3. Casefolding (English and any cased script).
4. Arabic letter folding: ``أ إ آ ٱ`` to ``ا``, ``ى`` to ``ي``, ``ة`` to ``ه`` (so غارة and غاره
   match), ``ؤ ئ`` to ``ء`` (مسؤول/مسئول), Persian ``ی ک`` to ``ي ك``; Arabic punctuation ``، ؛ ؟``
   to ``, ; ?``; Arabic-Indic and Persian digits to ASCII digits.

Only step 1 (deletions) and, rarely, steps 2–3 (an expansion such as ``ß`` to ``ss``) change the
length. The common case (every character deleted, kept or replaced by one character) is one pass
over the text that reads each code point's fate from a table built at import and records the
offset map as it deletes. Text that needs NFKC or a length-changing casefold goes through a
per-character path that records the origin of every output character.
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["NormalizedText", "normalize", "normalize_mapped"]

_DELETE_RANGES: Final = (
    (0x0610, 0x061A),  # Arabic signs above/below
    (0x064B, 0x065F),  # tashkeel (fathatan .. wavy hamza below), incl. the hamza marks
    (0x0670, 0x0670),  # superscript (dagger) alef
    (0x06D6, 0x06DC), (0x06DF, 0x06E4), (0x06E7, 0x06E8), (0x06EA, 0x06ED),  # Quranic marks
    (0x0640, 0x0640),  # tatweel
    (0x00AD, 0x00AD),  # soft hyphen
    (0x200B, 0x200F),  # zero-width space/non-joiner/joiner, LRM, RLM
    (0x202A, 0x202E), (0x2066, 0x2069),  # bidi embeddings and isolates
    (0x061C, 0x061C), (0xFEFF, 0xFEFF),  # Arabic letter mark, BOM
)
_DELETE_SET: Final = frozenset(chr(c) for low, high in _DELETE_RANGES for c in range(low, high + 1))

# One-to-one replacements, before NFKC: the two compatibility characters common in web text (rarer
# ones take the per-character path), and after casefolding: the Arabic letter, punctuation and digit folds.
_PRE_NFKC: Final[tuple[tuple[str, str], ...]] = (("\u00a0", " "), ("…", "."))
_ARABIC_FOLDS: Final[tuple[tuple[str, str], ...]] = (
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "ء"), ("ئ", "ء"),
    ("ی", "ي"), ("ک", "ك"), ("،", ","), ("؛", ";"), ("؟", "?"), ("٫", "."), ("٬", ","),
    *((chr(0x0660 + digit), str(digit)) for digit in range(10)),
    *((chr(0x06F0 + digit), str(digit)) for digit in range(10)),
)
# The per-character path applies every one-to-one step through this table.
_CHAR_TABLE: Final[dict[int, str | None]] = {ord(source): target for source, target in (*_PRE_NFKC, *_ARABIC_FOLDS)}


class NormalizedText:
    """A normalized string and the way back to offsets in the original string."""

    __slots__ = ("_index", "_keys", "_shifts", "original", "text")

    def __init__(
        self, original: str, text: str, index: list[int] | None, keys: list[int] | None = None, shifts: list[int] | None = None,
    ) -> None:
        self.original = original
        self.text = text
        # Either an explicit origin for every output position (slow path), or the runs of deleted
        # characters (see `_Deletions`; none: the identity).
        self._index = index
        self._keys: list[int] = keys if keys is not None else []
        self._shifts: list[int] = shifts if shifts is not None else []

    def to_original(self, position: int) -> int:
        """Original offset of normalized offset ``position`` (``len(text)`` maps to ``len(original)``)."""
        if position <= 0:
            return 0
        if position >= len(self.text):
            return len(self.original)
        if self._index is not None:
            return self._index[position]
        if not self._keys:
            return position
        low = bisect_right(self._keys, position)  # (the library's is a Python call with boxed integers)
        return position + (self._shifts[low - 1] if low else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of normalized ``[start, end)``; always inside the original."""
        original_start = self.to_original(start)
        original_end = self.to_original(end - 1) + 1 if end > start else original_start
        original_end = min(max(original_end, original_start), len(self.original))
        return original_start, original_end


def _piece(char: str) -> str:
    """What one character normalizes to on the per-character path."""
    if char in _DELETE_SET:
        return ""
    piece = unicodedata.normalize("NFKC", char.translate(_CHAR_TABLE)).casefold()
    return "".join(c for c in piece if c not in _DELETE_SET).translate(_CHAR_TABLE)


def _slow(original: str) -> NormalizedText:
    # A text on this path repeats few distinct characters: each is normalized once.
    pieces: list[str] = []
    index: list[int] = []
    done: dict[str, str] = {}
    for position, char in enumerate(original):
        piece = done.get(char)
        if piece is None:
            piece = done[char] = _piece(char)
        if len(piece) == 1:
            pieces.append(piece)
            index.append(position)
        elif piece:
            pieces.append(piece)
            index.extend([position] * len(piece))
    return NormalizedText(original, "".join(pieces), index)


# What the one-pass loop does with each code point (`_KINDS`, a byte per code point of the Basic
# Multilingual Plane; `_kind_above` decides for the rare code point above it).
_KEEP: Final = 0  # normalizes to itself
_DELETE: Final = 1  # step 1
_REPLACE: Final = 2  # one other character (`_REPLACEMENTS`): steps 2-4 one-to-one
_SLOW: Final = 3  # the text takes the per-character path (see `_kind`)


def _composition_seconds() -> frozenset[str]:
    """Characters that may compose with the character before them under NFC: the second of every
    canonical pair decomposition, and the Hangul vowel and final jamo."""
    seconds = {chr(code) for code in range(0x1161, 0x1176)} | {chr(code) for code in range(0x11A8, 0x11C3)}
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                seconds.add(chr(int(parts[1], 16)))
    return frozenset(seconds)


def _kind(char: str, seconds: frozenset[str]) -> tuple[int, str]:
    """(kind, replacement) of one code point. A character the matching normalization would not leave
    as one character whatever stands beside it takes the per-character path: its NFKC form differs
    from it (after the one-to-one steps before NFKC), it is a combining mark that deletion keeps, it
    may compose with the character before it, or its casefold changes the length. For any text of
    the other kinds, deleting, replacing and folding character by character gives what the C-level
    passes (deletions, NFKC check, casefold, folds) gave on the whole text."""
    if char in _DELETE_SET:
        return _DELETE, ""
    pre = char.translate(_PRE_NFKC_TABLE)
    if unicodedata.normalize("NFKC", pre) != pre or unicodedata.combining(pre) or pre in seconds:
        return _SLOW, ""
    folded = pre.casefold().translate(_FOLD_TABLE)
    if len(folded) != 1:
        return _SLOW, ""
    return (_KEEP, "") if folded == char else (_REPLACE, folded)


_PRE_NFKC_TABLE: Final[dict[int, str | None]] = {ord(source): target for source, target in _PRE_NFKC}
_FOLD_TABLE: Final[dict[int, str | None]] = {ord(source): target for source, target in _ARABIC_FOLDS}
_SECONDS: Final = _composition_seconds()


def _tables() -> tuple[bytes, list[str]]:
    kinds = bytearray(0x10000)
    replacements = [""] * 0x10000
    for code in range(0x10000):
        kind, replacement = _kind(chr(code), _SECONDS)
        kinds[code] = kind
        replacements[code] = replacement
    return bytes(kinds), replacements


_KINDS, _REPLACEMENTS = _tables()
_ABOVE: Final[dict[int, int]] = {}  # kinds of the code points above the plane met so far (keep or slow)


def _kind_above(code: int) -> int:
    kind = _ABOVE.get(code)
    if kind is None:
        found, _ = _kind(chr(code), _SECONDS)
        kind = _ABOVE[code] = found if found != _REPLACE else _SLOW
    return kind


def normalize_mapped(text: str) -> NormalizedText:
    """Normalize ``text`` and keep the map back to its offsets (see the module docstring).

    One pass over the code points reads each one's kind from a table: a run of kept characters is
    copied as one slice; a deleted character ends a run and extends the offset map (the k-th run
    of deleted characters starting at d, with c deleted before it: every normalized offset >=
    d - c moves right by the deletions so far); a replaced character is appended."""
    if text.isascii():
        return NormalizedText(text, text.lower(), None)
    kinds = _KINDS
    replacements = _REPLACEMENTS
    pieces: list[str] = []
    keys: list[int] = []
    shifts: list[int] = []
    removed = 0
    previous = -2  # the last deleted position
    run_start = 0
    length = len(text)
    for position in range(length):
        code = ord(text[position])
        kind = kinds[code] if code < 0x10000 else _kind_above(code)
        if kind == _KEEP:
            continue
        if kind == _SLOW:
            return _slow(text)
        if run_start < position:
            pieces.append(text[run_start:position])
        run_start = position + 1
        if kind == _DELETE:
            if position == previous + 1:
                shifts[-1] = removed + 1
            else:
                keys.append(position - removed)
                shifts.append(removed + 1)
            removed += 1
            previous = position
        else:
            pieces.append(replacements[code])
    if run_start == 0:
        return NormalizedText(text, text, None)
    if run_start < length:
        pieces.append(text[run_start:])
    return NormalizedText(text, "".join(pieces), None, keys, shifts)


def normalize(text: str, lang: str | None = None) -> str:
    """The normalized form of ``text``, for recognising syndicated copies and for lexicon entries:
    the matching normalization (`normalize_mapped`) with every run of whitespace (newlines
    included) collapsed to one space and none at either end, so that copies that differ only in
    diacritics, letter variants, digits, case or layout compare equal.

    Normalization is driven by script, not by ``lang`` (accepted for symmetry with the rest of the
    API), so that mixed-language text and mislabelled records normalize the same way.
    """
    del lang
    return " ".join(normalize_mapped(text).text.split())


def bisect_right(values: list[int], position: int) -> int:
    """`bisect.bisect_right` on a sorted list of integers, as a native loop when compiled: the library's is a Python
    call with boxed integers, and every mention (its sentence) and every event (its spans) asks."""
    low = 0
    high = len(values)
    while low < high:
        middle = (low + high) // 2
        if position < values[middle]:
            high = middle
        else:
            low = middle + 1
    return low


def bisect_left(values: list[int], position: int) -> int:
    """`bisect.bisect_left` on a sorted list of integers (the index of the first value at or after ``position``), as a
    native loop for the same reason as `bisect_right`."""
    low = 0
    high = len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle] < position:
            low = middle + 1
        else:
            high = middle
    return low
