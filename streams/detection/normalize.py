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
length. The common case (no change of length except deletions) is handled with C-level string
operations, and the offset map is computed lazily, only when a caller asks for the original offset
of a match. Text that needs NFKC or a length-changing casefold goes through a per-character path
that records the origin of every output character.
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
_DELETE_CHARS: Final = tuple(sorted(_DELETE_SET))

# One-to-one replacements. str.replace is the fastest way CPython has to rewrite a few characters
# in a long string (str.translate and regex classes look up every character one by one).
# The two compatibility characters common in web text; rarer ones take the per-character path.
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

    __slots__ = ("_deleted", "_index", "_keys", "_shifts", "original", "text")

    def __init__(self, original: str, text: str, index: list[int] | None, deleted: tuple[str, ...]) -> None:
        self.original = original
        self.text = text
        # Either an explicit origin for every output position (slow path), or nothing (identity),
        # or the characters that were deleted, whose positions are found on demand.
        self._index = index
        self._deleted = deleted
        self._keys: list[int] | None = None
        self._shifts: list[int] = []

    def to_original(self, position: int) -> int:
        """Original offset of normalized offset ``position`` (``len(text)`` maps to ``len(original)``)."""
        if position <= 0:
            return 0
        if position >= len(self.text):
            return len(self.original)
        if self._index is not None:
            return self._index[position]
        if not self._deleted:
            return position
        if self._keys is None:
            self._keys, self._shifts = self._deleted_runs()
        low = bisect_right(self._keys, position)  # (the library's is a Python call with boxed integers)
        return position + (self._shifts[low - 1] if low else 0)

    def _deleted_runs(self) -> tuple[list[int], list[int]]:
        """For the k-th run of deleted characters (start d, length n, c chars deleted before it),
        every normalized offset >= d - c lies after the run: it moves right by n. Returns the
        ``d - c`` of each run and the total shift after it. The deleted characters are few: their
        positions are found with `str.find`, not by scanning the text character by character."""
        original = self.original
        positions: list[int] = []
        for char in self._deleted:
            found = original.find(char)
            while found >= 0:
                positions.append(found)
                found = original.find(char, found + 1)
        positions.sort()
        keys: list[int] = []
        shifts: list[int] = []
        previous = -2
        for removed, position in enumerate(positions):
            if position == previous + 1:
                shifts[-1] = removed + 1
            else:
                keys.append(position - removed)
                shifts.append(removed + 1)
            previous = position
        return keys, shifts

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of normalized ``[start, end)``; always inside the original."""
        original_start = self.to_original(start)
        original_end = self.to_original(end - 1) + 1 if end > start else original_start
        original_end = min(max(original_end, original_start), len(self.original))
        return original_start, original_end


class _NeedsSlowPath(Exception):
    pass


# Whether casefolding changes each code point of the Basic Multilingual Plane (read by code point in `_cased`).
_CASED_BMP: Final = bytes(chr(code).casefold() != chr(code) for code in range(0x10000))


def _cased(text: str) -> bool:
    """Whether casefolding may change ``text`` (a code point above the plane is taken as cased). Most Arabic
    articles hold no cased letter: one pass over the table costs less than `str.casefold`, which builds a copy."""
    table = _CASED_BMP
    for index in range(len(text)):
        code = ord(text[index])
        if code >= 0x10000 or table[code] == 1:
            return True
    return False


def _fold_case(text: str) -> str:
    if text.isascii():
        return text.lower()
    if not _cased(text):
        return text
    folded = text.casefold()
    if len(folded) != len(text):
        raise _NeedsSlowPath
    return folded


def _fold(text: str) -> str:
    """Steps 3–4 for text already free of deletions and NFKC-stable (no length change)."""
    text = _fold_case(text)
    for source, target in _ARABIC_FOLDS:
        if source in text:
            text = text.replace(source, target)
    return text


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
    return NormalizedText(original, "".join(pieces), index, ())


def normalize_mapped(text: str) -> NormalizedText:
    """Normalize ``text`` and keep the map back to its offsets (see the module docstring)."""
    stripped = text
    if text.isascii():
        return NormalizedText(text, text.lower(), None, ())
    deleted: list[str] = []
    for char in _DELETE_CHARS:
        if char in stripped:
            stripped = stripped.replace(char, "")
            deleted.append(char)
    for source, target in _PRE_NFKC:
        if source in stripped:
            stripped = stripped.replace(source, target)
    if not unicodedata.is_normalized("NFKC", stripped):
        return _slow(text)
    try:
        folded = _fold(stripped)
    except _NeedsSlowPath:
        return _slow(text)
    return NormalizedText(text, folded, None, tuple(deleted))


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
