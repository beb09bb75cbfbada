"""Context words and phrases ("no", "denied", "البطولة", "more than") found in a few words of text.

The engine looks at a handful of words around each mention, so cue matching works on word lists,
not on the whole article: a word matches a cue word when it is equal to it, or equal to it once a
proclitic of the language (Arabic و ف ب ل ك ال ...) is removed from its front.

Every cue set of a language is registered in that language's `Vocabulary`, which gives it one bit.
A word is analysed once (and remembered): its forms and the bits of the cue sets that one of its
forms can begin. A window of words keeps those bits per word and their union, so a cue set absent
from a window is rejected with one integer AND, and one present is looked for only at the words
that carry its bit.

A quotation mark is punctuation, stripped from words, but an opening one is also remembered: a token
that begins with « “ " „ or ‘ ("«الطوفان»", or a lone "«") has the extra form "«" (`QUOTE`), and a cue
word that is an opening quotation mark alone is that form. So the cue "«" finds a quoted name, and
"فيلم «" a film named by its title, not any فيلم ("نشر ناشطون فيلماً يظهر القصف" is footage).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final, cast

import ahocorasick_rs

from streams.detection.normalize import normalize

__all__ = [
    "PAUSE_BIT", "PUNCTUATION", "QUOTE", "CueFinder", "CueSet", "Vocabulary", "Words", "distinct_cues", "first_words",
    "has_word", "last_words", "shares", "space_at", "split_words", "strip_punctuation",
]

# Punctuation stripped from both ends of a whitespace-separated token (not "%": "20%" is no count).
PUNCTUATION: Final = ".,;:!?()[]{}<>\"'`~@#$^&*_=+|\\/-–—…«»“”‘’„‹›·•،؛؟٪"
# An opening quote before a word (a named operation: عملية «نبع السلام») is remembered as the form "«",
# and a cue word that is one of these is that form (not the apostrophe "'": "'s", "'90s").
_QUOTES: Final = ("«", "“", '"', "„", "‘")
QUOTE: Final = "«"
_QUOTED: Final = frozenset({QUOTE})
_NUMBER: Final = frozenset({"#"})
# The bit of a word of four ASCII digits (a possible year); cue sets take the bits above it.
YEAR_BIT: Final = 1
_CUE_BITS: Final = 60  # bits 1..60: every word's bits fit a 62-bit machine integer
# The bit of a token that ends with a pause (",", ";", ":"): "اليوم، 8 غارات" is no date "يوم 8",
# and "on the anniversary, warplanes struck" is no anniversary of the strike.
PAUSE_BIT: Final = YEAR_BIT << (_CUE_BITS + 1)
_PAUSES: Final = (",", ";", ":")
# The same, by code point: a token's first and last characters are read without building strings.
_QUOTE_CODES: Final = frozenset(ord(quote) for quote in _QUOTES)
_PAUSE_CODES: Final = frozenset(ord(pause) for pause in _PAUSES)


def _code_table(codes: frozenset[int]) -> bytes:
    """Whether each code point of the Basic Multilingual Plane is one of ``codes``, read by code point (`_in_codes`):
    compiled, a set of integers boxes and hashes the code point on every test."""
    return bytes(code in codes for code in range(0x10000))


def _in_codes(table: bytes, codes: frozenset[int], code: int) -> bool:
    """``code in codes``, by ``table`` (`_code_table`) in the Basic Multilingual Plane."""
    return table[code] == 1 if code < 0x10000 else code in codes


_QUOTE_TABLE: Final = _code_table(_QUOTE_CODES)
_PAUSE_TABLE: Final = _code_table(_PAUSE_CODES)


# Whether each code point of the Basic Multilingual Plane is in PUNCTUATION (all of it is there),
# read by code point (see `strip_punctuation`).
_PUNCTUATION_CODES: Final = bytes(chr(code) in PUNCTUATION for code in range(0x10000))


def strip_punctuation(token: str) -> str:
    """``token.strip(PUNCTUATION)``. Most tokens have no punctuation at either end: two table reads
    by code point return them as they are, where `str.strip` with an argument would search that
    argument for each end character (and, compiled, go through a generic call)."""
    if not token:
        return token
    first = ord(token[0])
    last = ord(token[-1])
    if (first >= 0x10000 or _PUNCTUATION_CODES[first] == 0) and (last >= 0x10000 or _PUNCTUATION_CODES[last] == 0):
        return token
    return token.strip(PUNCTUATION)


def split_words(segment: str) -> list[str]:
    """The words of a (normalized) segment: whitespace-separated, punctuation stripped at both ends."""
    words: list[str] = []
    for token in segment.split():
        word = strip_punctuation(token)
        if word:
            words.append(word)
    return words


def first_words(segment: str, count: int) -> list[str]:
    """``split_words(segment)[:count]``, splitting no further than needed: the callers read a few words
    at one end of a longer stretch of text."""
    if count <= 0:
        return split_words(segment)[:count]
    words: list[str] = []
    rest = segment
    while True:
        parts = rest.split(None, count - len(words))
        whole = len(parts) <= count - len(words)  # else the last part is the unsplit rest
        for index in range(len(parts) if whole else len(parts) - 1):
            word = strip_punctuation(parts[index])
            if word:
                words.append(word)
        if whole or len(words) >= count:
            return words
        rest = parts[-1]


def last_words(segment: str, count: int) -> list[str]:
    """``split_words(segment)[-count:]`` for ``count`` >= 1, splitting no further than needed (see `first_words`)."""
    if count <= 0:
        return split_words(segment)[-count:]
    words: list[str] = []  # from the last one back
    rest = segment
    while True:
        parts = rest.rsplit(None, count - len(words))
        whole = len(parts) <= count - len(words)  # else the first part is the unsplit rest
        for index in range(len(parts) - 1, -1 if whole else 0, -1):
            word = strip_punctuation(parts[index])
            if word:
                words.append(word)
        if whole or len(words) >= count:
            words.reverse()
            return words
        rest = parts[0]


def has_word(segment: str) -> bool:
    """``bool(split_words(segment))``: whether a token of ``segment`` is more than punctuation."""
    return any(strip_punctuation(token) for token in segment.split())


# A token's analysis: (word, forms, bits) — the token with punctuation stripped, the forms it may
# stand for once a proclitic is removed, and the bits of the cue sets one of those forms begins.
_Entry = tuple[str, frozenset[str], int]


class Vocabulary:
    """One language's proclitics and cue sets, and the analysis of every word seen (cached)."""

    _CACHE_LIMIT = 200_000

    def __init__(self, clitics: Iterable[str], enclitics: Iterable[str] = ()) -> None:
        self.clitics = frozenset(normalize(clitic) for clitic in clitics if clitic)
        self.lengths = sorted({len(clitic) for clitic in self.clitics})
        self._initials = frozenset(ord(clitic[0]) for clitic in self.clitics)
        self._initial_table = _code_table(self._initials)
        # enclitics (the English possessive "'s"), longest first: "striker's" is also "striker"
        self.enclitics = tuple(sorted({normalize(enclitic) for enclitic in enclitics if enclitic}, key=len, reverse=True))
        self._finals = frozenset(ord(enclitic[-1]) for enclitic in self.enclitics)
        self._final_table = _code_table(self._finals)
        self._first_bits: dict[str, int] = {}  # cue word -> bits of the cue sets it begins
        self._bits_by_firsts: dict[frozenset[str], int] = {}
        # per cue bit position: the first words carrying it, and how many cue sets share it
        self._slot_words: list[set[str]] = [set() for _ in range(_CUE_BITS)]
        self._slot_sets: list[int] = [0] * _CUE_BITS
        self._entries: dict[str, _Entry] = {}

    def forms(self, word: str) -> frozenset[str]:
        """``word`` and what it is once one proclitic or one enclitic is removed (at least two letters left)."""
        if word and _in_codes(self._final_table, self._finals, ord(word[-1])):
            for enclitic in self.enclitics:
                if word.endswith(enclitic) and len(word) - len(enclitic) >= 2:
                    return frozenset((word, word[:-len(enclitic)]))
        if not word or not _in_codes(self._initial_table, self._initials, ord(word[0])):
            return frozenset((word,))  # most words: no proclitic starts with their first letter
        variants = [word]
        size = len(word)
        for length in self.lengths:  # ascending
            if size - length < 2:
                break
            if word[:length] in self.clitics:
                variants.append(word[length:])
        return frozenset(variants)

    def cues(self, cues: Iterable[str]) -> CueSet:
        """A cue set of this language (see `CueSet`)."""
        return CueSet(cues, self)

    def register(self, firsts: Iterable[str]) -> int:
        """The bit of a cue set whose cues begin with the words ``firsts``.

        Bits only pre-filter (a window or word without the bit holds no cue of the set; one with
        it is then checked exactly), so sets may share one: sets with the same first words get
        the same bit. There are `_CUE_BITS` positions, so that word bits stay machine integers (no
        big-integer arithmetic in the hot loop); a new set takes the least crowded (`_slot_cost`)."""
        firsts = frozenset(firsts)
        bit = self._bits_by_firsts.get(firsts)
        if bit is None:
            slot = min(range(_CUE_BITS), key=lambda at: (self._slot_cost(at, firsts), at))
            self._slot_words[slot] |= firsts
            self._slot_sets[slot] += 1
            bit = YEAR_BIT << (1 + slot)
            self._bits_by_firsts[firsts] = bit
            for word in firsts:
                self._first_bits[word] = self._first_bits.get(word, 0) | bit
            self._entries.clear()  # analyses made before lack the new bit
        return bit

    def _slot_cost(self, slot: int, firsts: frozenset[str]) -> int:
        """How many more (word, set) pairs pass a set's bit test without the word beginning the set once
        ``firsts`` join bit position ``slot``: its words times its sets, after less before. Round-robin
        positions let sets with hundreds of first words, or very common ones, crowd a bit others test."""
        words = self._slot_words[slot]
        sets = self._slot_sets[slot]
        added = sum(1 for word in firsts if word not in words)
        return (len(words) + added) * (sets + 1) - len(words) * sets

    def entry(self, token: str) -> _Entry:
        """The analysis of a whitespace-separated token (punctuation at its ends is stripped; a
        word after an opening quote also has the form "«")."""
        found = self._entries.get(token)
        return found if found is not None else self._analyse(token)

    def _analyse(self, token: str) -> _Entry:
        """`entry` of a token not in the cache yet (`Words.from_tokens` has looked)."""
        word = strip_punctuation(token)
        forms = self.forms(word)
        if token and _in_codes(_QUOTE_TABLE, _QUOTE_CODES, ord(token[0])):
            forms |= _QUOTED
        if word.isdigit() and word.isascii():
            forms |= _NUMBER  # a cue word "#" is any number in digits, first word of a cue included
        elif "-" in word and word[0].isdigit():
            forms |= _numbered_compound(word)
        bits = YEAR_BIT if _is_year(word) else 0
        if token and _in_codes(_PAUSE_TABLE, _PAUSE_CODES, ord(token[-1])):
            bits |= PAUSE_BIT
        first_bits = self._first_bits
        if len(forms) == 1:
            bits |= first_bits.get(word, 0)  # most words: the one form is the word (no iterator over the set)
        else:
            for form in forms:
                bits |= first_bits.get(form, 0)
        if len(self._entries) >= self._CACHE_LIMIT:
            self._entries.clear()
        found = self._entries[token] = (word, forms, bits)
        return found


def _numbered_compound(word: str) -> frozenset[str]:
    """The form "#-noun" of a number in digits joined to one word by a hyphen ("300-point" is "#-point": "a 300-point rally" is
    a market's), none for other hyphenated words ("12-year-old", "2015-2020")."""
    head, _, tail = word.partition("-")
    if head.isdigit() and head.isascii() and tail.isalpha():
        return frozenset((f"#-{tail}",))
    return _NO_FORMS


_NO_FORMS: Final[frozenset[str]] = frozenset()


def _is_year(word: str) -> bool:
    """Four ASCII digits from 1900 ("2019"), or a span of two ("2015-2020", "2015–2020"): maybe a year.
    Smaller four-digit numbers are quantities in the news ("1500 غارة", "1133 people"), as for counts.
    A date written in figures holds one too ("21/09/1996", "2001/8/21": `year_of`)."""
    size = len(word)
    if size == 4:
        return word.isdigit() and word.isascii() and word >= _FIRST_YEAR
    if size == 5 and word[4] == _GREGORIAN_MARK:
        # «سنة 1985م», «عام 2011م»: Arabic marks a Gregorian year with a glued «م»; the year dates the clause as
        # a bare one does (a history page's «انسحبت القوات ... سنة 1985م» is no news)
        return word[:4].isdigit() and word[:4].isascii() and word[:4] >= _FIRST_YEAR
    if size > 5 and word[-5] in "-–" and word[: size - 5].lower() in _YEAR_PREFIXES:
        # "since mid-2019", "in early-2020", "pre-2011 Syria": a year told by its part (stop 26)
        tail = word[size - 4 :]
        return tail.isdigit() and tail.isascii() and tail >= _FIRST_YEAR
    if size != 9 or word[4] not in "-–":
        return bool(_numeric_date_year(word))
    first, second = word[:4], word[5:]
    return first.isdigit() and second.isdigit() and first.isascii() and second.isascii() and first >= _FIRST_YEAR


_FIRST_YEAR: Final = "1900"
_YEAR_PREFIXES: Final = frozenset({"mid", "early", "late", "pre", "post"})
_GREGORIAN_MARK: Final = "م"
_DATE_SEPARATORS: Final = "/."


def _numeric_date_year(word: str) -> str:
    """The year of a date written in figures, day and month of one or two ASCII digits around a separator of
    `_DATE_SEPARATORS` ("21/09/1996", "21.9.1996", year first: "1996/09/21"), or "" for any other word: a
    prisoner's arrest «بتاريخ 21/8/2001» is dated as one «عام 2001» is."""
    if not 6 <= len(word) <= 10 or not word.isascii():
        return ""
    separator = "/" if "/" in word else "." if "." in word else ""
    if not separator:
        return ""
    parts = word.split(separator)
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return ""
    if len(parts[2]) == 4 and len(parts[0]) <= 2 and len(parts[1]) <= 2:
        year = parts[2]
    elif len(parts[0]) == 4 and len(parts[1]) <= 2 and len(parts[2]) <= 2:
        year = parts[0]
    else:
        return ""
    return year if year >= _FIRST_YEAR else ""


def numeric_date(word: str) -> bool:
    """Whether the word is a date written in figures (`_numeric_date_year`): a full date, as "14 March 2025" is."""
    return bool(_numeric_date_year(word))


def year_of(word: str) -> int:
    """The year a word of `YEAR_BIT` names: its first four digits ("2019", "2015-2020") or a numeric date's
    (`_numeric_date_year`: "21/09/1996" is 1996)."""
    year = _numeric_date_year(word)
    if year:
        return int(year)
    return int(word[:4]) if word[:4].isdigit() else int(word[-4:])  # "mid-2019" (`_is_year`)


class Words:
    """Words of a window with, for each, its forms and cue bits (see `Vocabulary.entry`)."""

    __slots__ = ("bits", "forms", "union", "words")

    words: list[str]
    forms: list[frozenset[str]]
    bits: list[int]
    union: int  # the bits of every word

    def __init__(self, words: list[str], forms: list[frozenset[str]], bits: list[int], union: int) -> None:
        """Build them with `of` or `from_tokens`."""
        self.words = words
        self.forms = forms
        self.bits = bits
        self.union = union

    @staticmethod
    def of(words: Iterable[str], vocabulary: Vocabulary) -> Words:
        """Words already stripped of punctuation (``split_words``)."""
        return Words.from_tokens(list(words), vocabulary)

    @staticmethod
    def from_tokens(tokens: list[str], vocabulary: Vocabulary) -> Words:
        """Words of whitespace-separated tokens, one per token (a token of punctuation only is the
        empty word, so that indices follow ``str.split``). The hot loop of context reading: one
        cache lookup per token, the three columns filled in one pass."""
        # The cached entries are read as the Python tuples they are stored as: compiled, a typed entry would be
        # unboxed, and each word's bits boxed again (a new integer object for most words) to go into ``bits``. The
        # columns are comprehensions over the entries: compiled, each is allocated at its size (no appends).
        cache: dict[str, tuple[Any, ...]] = vocabulary._entries
        entries = [cache.get(token) or vocabulary._analyse(token) for token in tokens]
        bits: list[Any] = [found[2] for found in entries]
        union = 0
        for word_bits in bits:
            union |= cast(int, word_bits)
        return Words([found[0] for found in entries], [found[1] for found in entries], bits, union)

    def pause_in(self, start: int, stop: int) -> bool:
        """Whether a token of ``words[start:stop]`` ends with a pause (",", ";", ":")."""
        if not self.union & PAUSE_BIT:
            return False
        bits = self.bits
        return any(bits[index] & PAUSE_BIT for index in range(max(start, 0), min(stop, len(bits))))

    def slice(self, start: int, stop: int | None = None) -> Words:
        bits = self.bits[start:stop]
        union = 0
        for word_bits in bits:
            union |= word_bits
        return Words(self.words[start:stop], self.forms[start:stop], bits, union)


def _cue_words(cue: str) -> tuple[str, ...]:
    """The normalized words of a cue; a trailing ``*`` (prefix wildcard) is kept on its word,
    ``#`` (any number in digits) and ``#-word`` (a number in digits hyphened to the word) are kept as is, and an opening quotation mark alone is `QUOTE`
    (any token that begins with one: "فيلم «" is فيلم before a title)."""
    words = []
    for raw in cue.split():
        if raw == "#":
            words.append(raw)
            continue
        if raw.startswith("#-") and raw[2:].isalpha():
            words.append("#-" + normalize(raw[2:]))  # a number joined to a word: "#-point" (`_numbered_compound`)
            continue
        if raw in _QUOTES:
            words.append(QUOTE)  # else stripped as punctuation: an empty cue, or "فيلم «" a bare فيلم
            continue
        star = raw.endswith("*") and len(raw) > 1
        found = split_words(normalize(raw[:-1] if star else raw))
        if found:
            words.extend(found[:-1])
            words.append(found[-1] + "*" if star else found[-1])
    return tuple(words)


def shares(words: frozenset[str], forms: frozenset[str]) -> bool:
    """``not words.isdisjoint(forms)``, for the few ``forms`` of one word (`Vocabulary.forms`): compiled, a loop
    of membership tests costs less than the method call (looked up by name on every call)."""
    return any(form in words for form in forms)


def holds(words: frozenset[str], window: Words, index: int) -> bool:
    """``shares(words, window.forms[index])``, without iterating the forms when there is one: a word's forms always
    hold the word itself (`Vocabulary.entry`), so one form is the word, and a set lookup replaces building an iterator."""
    variants = window.forms[index]
    if len(variants) == 1:
        return window.words[index] in words
    return shares(words, variants)


def _matches(cue_word: str, variants: frozenset[str]) -> bool:
    if cue_word == "#":
        return any(variant.isdigit() for variant in variants)
    if cue_word.endswith("*"):
        stem = cue_word[:-1]
        return any(variant.startswith(stem) and len(variant) > len(stem) for variant in variants)
    return cue_word in variants


class _Cue:
    """A cue of two words or more (or one ``stem*`` word), kept under its first word (`CueSet`)."""

    __slots__ = ("plain", "size", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.size = len(words)
        # no later word is ``stem*`` or ``#``: each matches a form only by being one (`_matches`)
        self.plain = not any(word == "#" or word.endswith("*") for word in words[1:])


def _longest(phrases: list[_Cue], forms: list[frozenset[str]], index: int, limit: int, best: int) -> int:
    """The length of the longest of ``phrases`` (which share the first word, at ``index``) matching the later words
    and ending by ``limit``, if longer than ``best``; else ``best``."""
    for phrase in phrases:
        length = phrase.size
        if length <= best or index + length > limit:
            continue
        words = phrase.words
        if phrase.plain:  # most cues: a membership test per word, no call
            for offset in range(1, length):
                if words[offset] not in forms[index + offset]:
                    break
            else:
                best = length
            continue
        for offset in range(1, length):
            if not _matches(words[offset], forms[index + offset]):
                break
        else:
            best = length
    return best


class _Phrases:
    """The cues of a set that share a first word, by their second word: a common first word ("the", "في") opens
    dozens of cues, and the word after it matches the second word of few of them, so only those are read on."""

    __slots__ = ("by_second", "others")

    def __init__(self, phrases: list[_Cue]) -> None:
        # plain second words, matched by being a form of the next word; the others ("#", ``stem*``) are always read
        self.by_second: dict[str, list[_Cue]] = {}
        self.others: list[_Cue] = []
        for phrase in phrases:
            second = phrase.words[1] if phrase.size > 1 else "#"
            if second == "#" or second.endswith("*"):
                self.others.append(phrase)
            else:
                self.by_second.setdefault(second, []).append(phrase)

    def longest(self, window: Words, index: int, limit: int, best: int) -> int:
        """`_longest` of these phrases (at ``index``, ending by ``limit``), reading only those whose second word is a
        form of the next word or is matched otherwise."""
        forms = window.forms
        if self.others:
            best = _longest(self.others, forms, index, limit, best)
        after = index + 1
        if after >= limit or after >= len(forms):
            return best  # no room for a second word
        by_second = self.by_second
        variants = forms[after]
        if len(variants) == 1:  # the one form is the word itself (see `holds`)
            phrases = by_second.get(window.words[after])
            return best if phrases is None else _longest(phrases, forms, index, limit, best)
        for variant in variants:
            phrases = by_second.get(variant)
            if phrases is not None:
                best = _longest(phrases, forms, index, limit, best)
        return best


class _Start:
    """What a cue set holds for one first word: whether the word is a cue by itself, and the longer cues it opens."""

    __slots__ = ("group", "single")

    def __init__(self, single: bool, group: _Phrases | None) -> None:
        self.single = single
        self.group = group


class CueSet:
    """A set of one-word and multi-word cues of one language, matched against `Words` of that
    language. A cue's first word matches a word's form exactly; later words may be ``stem*``
    (any longer word starting with ``stem``) or ``#`` (a number in digits)."""

    __slots__ = ("_multi", "_reach", "_single", "_starts", "bit", "empty")

    def __init__(self, cues: Iterable[str], vocabulary: Vocabulary | None) -> None:
        single: set[str] = set()
        multi: dict[str, list[_Cue]] = {}
        for cue in cues:
            words = _cue_words(cue)
            if not words:
                continue
            if len(words) == 1 and not words[0].endswith("*"):
                single.add(words[0])
            else:
                multi.setdefault(words[0], []).append(_Cue(words))
        self._single = frozenset(single)
        self._multi = multi
        # what `starts_at` reads: one lookup per form tells both whether it is a one-word cue and which longer cues
        # it opens (compiled, a set test and a dict lookup cost twice as much)
        self._starts: dict[str, _Start] = {word: _Start(True, None) for word in single}
        for word, phrases in multi.items():
            self._starts[word] = _Start(word in single, _Phrases(phrases))
        # how many words before a position a phrase of this set may start and still cover it (as a skip set)
        self._reach = max((phrase.size for phrases in multi.values() for phrase in phrases), default=1) - 1
        self.empty = not single and not multi
        if not self.empty and vocabulary is None:
            raise ValueError("a cue set with cues needs the vocabulary of its language")
        # The bit this set's first words carry in `Words.bits` (0 for an empty set): a window
        # whose `Words.union` lacks it holds none of these cues.
        self.bit = 0 if self.empty or vocabulary is None else vocabulary.register(self._single | frozenset(multi))

    def starts_at(self, window: Words, index: int, stop: int | None = None) -> int:
        """Length of the longest cue starting at ``window.words[index]`` and ending by ``stop``, or 0."""
        return self._longest_at(window, index, len(window.forms) if stop is None else stop)

    def _longest_at(self, window: Words, index: int, limit: int) -> int:
        """`starts_at` ending by ``limit`` (an integer: compiled, an optional one is boxed on every call). The
        longest of the cues of every form is the largest of each form's longest, so the forms are read in any order."""
        variants = window.forms[index]
        starts = self._starts
        if len(variants) == 1:  # most words: the one form is the word itself (see `holds`)
            start = starts.get(window.words[index])
            if start is None:
                return 0
            best = 1 if start.single else 0
            group = start.group
            return best if group is None else group.longest(window, index, limit, best)
        best = 0
        for variant in variants:
            start = starts.get(variant)
            if start is not None:
                if start.single and best == 0:
                    best = 1
                group = start.group
                if group is not None:
                    best = group.longest(window, index, limit, best)
        return best

    def find(
        self, window: Words, start: int = 0, stop: int | None = None, skip: CueSet | None = None, *, first: bool = False
    ) -> int:
        """Index of the first word of the last (or, with ``first``, the first) cue inside
        ``window.words[start:stop]``, or -1.

        A cue at a position where a phrase of ``skip`` starts is ignored ("لا تزال" is no negation).
        """
        bit = self.bit
        if not window.union & bit:
            return -1
        bits = window.bits
        limit = len(bits)
        if stop is not None and stop < limit:
            limit = stop
        low = start if start > 0 else 0
        skipping = skip if skip is not None and not skip.empty else None
        # Two plain loops: a conditional ``range`` would be a Python object when compiled.
        if first:
            for index in range(low, limit):
                if bits[index] & bit and self._at(window, index, limit, skipping):
                    return index
            return -1
        for index in range(limit - 1, low - 1, -1):
            if bits[index] & bit and self._at(window, index, limit, skipping):
                return index
        return -1

    def near(self, window: Words, at: int, after: int, before: int, beyond: int) -> bool:
        """Whether a cue of this set stands by the words ``window.words[at:after]`` (a term's mention), on the
        side where it starts, measured by its word nearest the mention:

        - before it (``before`` > 0): a cue starting before ``at`` whose last word is one of the ``before``
          words before the mention, or in or past it: "with the backing of" before "drones" in a window of
          3, "car rally" over "rally";
        - from it on (``beyond`` > 0): a cue starting in the mention and reaching past it ("riot police" over
          "riot"), or starting in the ``beyond`` words after it, however long ("war of words" after "fight").

        A cue inside the mention's own words is no context of it. The words a cue may start at carry the
        set's bit: a position without it is passed over with one AND."""
        bit = self.bit
        if not window.union & bit:
            return False
        bits = window.bits
        size = len(bits)
        if before > 0:
            nearest = at - before  # a cue must end past this word
            low = nearest - self._reach
            high = at if at < size else size
            for index in range(low if low > 0 else 0, high):
                if bits[index] & bit:
                    length = self._longest_at(window, index, size)
                    if length and index + length > nearest:
                        return True
        if beyond > 0:
            high = after + beyond
            if high > size:
                high = size
            for index in range(at if at > 0 else 0, high):
                if bits[index] & bit:
                    length = self._longest_at(window, index, size)
                    if length and index + length > after:
                        return True
        return False

    def _at(self, window: Words, index: int, limit: int, skipping: CueSet | None) -> bool:
        length = self._longest_at(window, index, limit)
        if not length:
            return False
        return skipping is None or not skipping.covers(window, index, limit, length)

    def covers(self, window: Words, index: int, stop: int | None = None, length: int = 1) -> bool:
        """Whether a cue of this set starts at ``window.words[index]``, or starts before it and reaches over the
        ``length`` words from it ("clear if" covers the "if" of "not clear if"; "will be" does not cover "be held"),
        ending by ``stop``."""
        if self.starts_at(window, index, stop):
            return True
        for back in range(1, self._reach + 1):
            if index < back:
                break
            if window.bits[index - back] & self.bit and self.starts_at(window, index - back, stop) >= back + length:
                return True
        return False

    def __contains__(self, word: str) -> bool:
        return word in self._single


def distinct_cues(cues: CueSet, words: Words) -> int:
    """How many distinct cues of ``cues`` stand in ``words`` (each by the words it covers)."""
    found: set[tuple[str, ...]] = set()
    bits = words.bits
    for index in range(len(bits)):
        if bits[index] & cues.bit:
            length = cues.starts_at(words, index)
            if length:
                found.add(tuple(words.words[index:index + length]))
    return len(found)


# Whether each code point of the Basic Multilingual Plane is white space (``str.isspace``, where
# ``str.split()`` splits; no code point above it is), read by code point: ``text[i].isspace()`` builds a
# one-character string for every non-Latin-1 character.
_BMP_SPACES: Final = bytes(chr(code).isspace() for code in range(0x10000))


def space_at(text: str, index: int) -> bool:
    """``text[index].isspace()``."""
    code = ord(text[index])
    return code < 0x10000 and _BMP_SPACES[code] == 1


def cue_firsts(cues: CueSet) -> tuple[str, ...] | None:
    """The first words of the cues of ``cues`` (sorted), or None when one of them may match no piece of a token's text ("#",
    "#-word" and "«" are forms standing for digits and quote marks): a cue's first word is one of a word's forms, and
    each form is a piece of its token (`Vocabulary.entry`), so a text holding none of these as a piece holds no cue."""
    firsts = sorted(cues._starts)
    for word in firsts:
        if not word or "#" in word or QUOTE in word:
            return None
    return tuple(firsts)


def cue_keys(cues: CueSet) -> tuple[str, ...]:
    """`CueFinder.keys` of ``cues`` without building the finder's automaton: the engine's own scan must find them, and
    it is built before the finder is."""
    found = _cue_phrases(cues)
    return tuple(found[0]) if found is not None else ()


_Phrase = tuple[int, int, str, tuple[int, ...]]  # a cue's anchor's key, where the anchor stands in it, its first word, the keys it needs found


def _first(item: tuple[str, list[_Cue]]) -> str:
    return item[0]


def _cue_phrases(cues: CueSet) -> tuple[dict[str, int], list[_Phrase]] | None:
    """What `CueFinder` looks for in ``cues``: its keys (each word with its index in hits) and, per cue, its anchor's
    key, where the anchor stands in it, its first word and the keys it needs found. None when a cue is made only of
    "#" and "«": the set is then read word by word."""
    keys: dict[str, int] = {}
    phrases: list[_Phrase] = []
    for phrase in [*((word,) for word in sorted(cues._single)), *(p.words for _, ps in sorted(cues._multi.items(), key=_first) for p in ps)]:
        pieces = [word[:-1] if word.endswith("*") else word for word in phrase]
        anchor = ""
        offset = 0
        for index, piece in enumerate(pieces):
            if piece not in (QUOTE, "#") and len(piece) >= len(anchor):
                anchor, offset = piece, index  # the last of the longest: "box" of "the box"
        if not anchor:
            return None
        needed = {anchor, *(piece for piece in pieces if len(piece) >= _KEY_LETTERS and piece not in (QUOTE, "#"))}
        for piece in sorted(needed):
            keys.setdefault(piece, len(keys))
        phrases.append((keys[anchor], offset, phrase[0], tuple(keys[piece] for piece in sorted(needed))))
    return keys, phrases


class CueFinder:
    """The distinct cues of a set in a whole stretch of text (an article), without analysing its every word.

    ``Words.from_tokens`` over a 600-word article costs more than the rest of a mention's checks, and a cue set's
    words are rare in most articles. A cue word matches a form of a token, and every form but "«" and "#" is a
    piece of the token's text (a ``stem*`` word's form starts with the stem). So one Aho-Corasick pass over the
    cues' words (`keys`; the engine's own scan finds them) tells which cues may stand in the text (all their
    words of `_KEY_LETTERS` letters or more are there, and their anchor, the last of their longest words), and
    where: at the token of an anchor found, or as many tokens before it as the anchor stands in its cue, when a
    form of that token is the cue's first word. Only those tokens (with the few after them) are read, by the same
    `CueSet.starts_at`, so the answers are those of `distinct_cues` over ``Words.from_tokens(text.split())``. A
    set with a cue made only of "#" and "«", or a text the automaton cannot read (a lone surrogate), is read
    word by word as before."""

    __slots__ = ("_automaton", "_by_anchor", "_cues", "_vocabulary", "keys")

    def __init__(self, cues: CueSet, vocabulary: Vocabulary) -> None:
        self._cues = cues
        self._vocabulary = vocabulary
        found = _cue_phrases(cues)
        keys, phrases = found if found is not None else ({}, [])
        # per anchor's key: (where the anchor stands in the cue, its first word, the keys it needs found) of each cue
        # (a text holds few of the keys: only the cues of those found are read)
        self._by_anchor: dict[int, list[tuple[int, str, tuple[int, ...]]]] = {}
        for anchor, offset, first_word, needed in phrases:
            cues_of = self._by_anchor.get(anchor)
            if cues_of is None:
                cues_of = self._by_anchor[anchor] = []
            cues_of.append((offset, first_word, needed))
        # the words to find, in the order of their indices in hits (none: the set is read word by word)
        self.keys: tuple[str, ...] = tuple(keys)
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                list(keys), matchkind=ahocorasick_rs.MatchKind.Standard, implementation=ahocorasick_rs.Implementation.DFA
            )
            if keys
            else None
        )

    def at_least(self, text: str, count: int) -> bool:
        """Whether at least ``count`` distinct cues of the set stand in ``text``."""
        if self._automaton is None:
            return self.at_least_in(text, [], count)
        try:
            hits = self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:
            return count <= 0 or (not self._cues.empty and self._by_words(text) >= count)
        return self.at_least_in(text, hits, count)

    def at_least_in(self, text: str, hits: list[tuple[int, int, int]], count: int) -> bool:
        """`at_least`, given ``hits``: ``(index in keys, start, end)`` of every occurrence of `keys` in ``text``,
        overlapping ones included (the engine's one pass over the article finds them with its terms)."""
        if count <= 0:
            return True
        if self._cues.empty:
            return False
        if not self.keys:
            return self._by_words(text) >= count
        present: set[int] = set()
        for key, _, _ in hits:
            present.add(key)
        # per anchor of a cue whose words were all found: per place it stands in such cues, their first words
        anchored: dict[int, dict[int, set[str]]] = {}
        by_anchor = self._by_anchor
        for anchor in present:
            cues_of = by_anchor.get(anchor)
            if cues_of is None:
                continue
            for offset, first_word, needed in cues_of:
                if all(key in present for key in needed):
                    offsets = anchored.get(anchor)
                    if offsets is None:
                        offsets = anchored[anchor] = {}
                    firsts = offsets.get(offset)
                    if firsts is None:
                        firsts = offsets[offset] = set()
                    firsts.add(first_word)
        if not anchored:
            return False
        starts: set[int] = set()
        vocabulary = self._vocabulary
        for key, start, _ in hits:
            offsets = anchored.get(key)
            if offsets is None:
                continue
            while start > 0 and not space_at(text, start - 1):
                start -= 1  # the anchor's token
            for offset, first_words in offsets.items():
                first = _token_before(text, start, offset)
                if first >= 0 and first not in starts and shares(frozenset(first_words), vocabulary.entry(_token_at(text, first))[1]):
                    starts.add(first)
        if len(starts) < count:
            return False  # each cue found (by its words) starts at a token of its own
        return len(self._found(text, starts)) >= count

    def _found(self, text: str, starts: set[int]) -> set[tuple[str, ...]]:
        """The cues (by the words they cover) starting at the tokens that start at ``starts``."""
        found: set[tuple[str, ...]] = set()
        reach = self._cues._reach + 1
        for start in starts:
            window = Words.from_tokens(_tokens_from(text, start, reach), self._vocabulary)
            length = self._cues.starts_at(window, 0)
            if length:
                found.add(tuple(window.words[:length]))
        return found

    def _by_words(self, text: str) -> int:
        return distinct_cues(self._cues, Words.from_tokens(text.split(), self._vocabulary))


# The shortest cue word that must be found for its cue to be read: shorter ones ("the", "a", "في") are pieces of
# most texts, and finding them would cost more than it spares.
_KEY_LETTERS: Final = 4


def _token_before(text: str, start: int, count: int) -> int:
    """Where the token ``count`` tokens before the one at ``start`` starts, or -1 (fewer tokens before it)."""
    for _ in range(count):
        while start > 0 and space_at(text, start - 1):
            start -= 1
        if start == 0:
            return -1
        while start > 0 and not space_at(text, start - 1):
            start -= 1
    return start


def _token_at(text: str, start: int) -> str:
    """The token that starts at ``start``."""
    end = start
    size = len(text)
    while end < size and not space_at(text, end):
        end += 1
    return text[start:end]


def _tokens_from(text: str, start: int, count: int) -> list[str]:
    """``text[start:].split()[:count]``, splitting no further than needed."""
    tokens: list[str] = []
    size = len(text)
    position = start
    while len(tokens) < count:
        while position < size and space_at(text, position):
            position += 1
        if position == size:
            break
        end = position
        while end < size and not space_at(text, end):
            end += 1
        tokens.append(text[position:end])
        position = end
    return tokens
