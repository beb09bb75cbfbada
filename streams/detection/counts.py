"""Reported counts: the number a text attaches to an event term.

- Before the term: "أكثر من 55 غارة" -> 55; "نحو 290 غارة" -> 290, approximate; "15 ضربة" -> 15;
  "خمس عشرة غارة" -> 15; "خمس وعشرين" -> 25; "two hundred" -> 200; "10-15 strikes" and
  "بين 10 و15 غارة" -> 15 (the upper bound), approximate; "dozens of airstrikes", "عشرات الغارات"
  -> no count, approximate. Only `gap_words` ("of", "Russian") and the category's count nouns with
  an auxiliary ("11 people were [arrested]") may stand between the number and the term.
- After the term, for categories with count nouns: "arrested 30 people", "اعتقلت قوات الأمن 12
  شخصاً" -> the number right before a count noun within a few words; a number right after the term
  needs no noun ("اعتقال 4 في البلدة"); and the number of the verb's instrument (`numbers.instruments`), however
  far on in its clause: "shelled the outskirts of the town at dawn on Monday with some eight rounds" -> 8, approximate.
- The dual ("غارتين") is 2 (handled by the engine, which knows the suffix); so is a dual count noun
  after the term ("اعتقلت قوات الأمن شابين", `numbers.dual_nouns`).

"More than N" / "at least N" give N, not approximate (the labeled convention); "about N" and
ranges are approximate. Years (1900–2100 without a quantity cue), times and dates ("10:30",
"12/5", "3 May", "May 3", "عام 2015") and percentages are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from config.lexicons import Numbers
from streams.detection.cues import PAUSE_BIT, CueSet, Vocabulary, Words
from streams.detection.normalize import normalize

__all__ = ["LOOKBACK_WORDS", "CountReader", "ReportedCount"]

LOOKBACK_WORDS: Final = 10
_MAX_GAP_WORDS: Final = 3
_AFTER_WORDS: Final = 9
_NOUN_MODIFIERS: Final = 3  # words between a number and its count noun ("45 suspected Islamic State members")
_PASSIVE_WORDS: Final = 6  # "members of the group were [arrested]": the subject's noun this close before the term
_AFTER_NOUN_WORDS: Final = 18  # "مواطنين اثنين" this far after the term
_ADJUNCT_WORDS: Final = 6  # a phrase between commas this long: "، في بلدة القصر - قضاء الهرمل،"
_INSTRUMENT_WORDS: Final = 20  # "with some eight rounds" this far after the term, in its clause
_INSTRUMENT_MODIFIERS: Final = 4  # words from the instrument word to its number ("with a total of some 12 rounds")
_AFTER_PAUSE_WORDS: Final = 2  # the word counted (and its number) right after the last pause: "، مواطنين اثنين"
_MAX_VALUE: Final = 10_000_000
_CACHE_LIMIT: Final = 100_000
_MUNITION_WORDS: Final = 6  # "dropping [some 130 guided] bombs": the clause's participle this close before the term
_TALLY_HEAD_WORDS: Final = 4  # "the total number of [air strikes]"
_TALLY_WORDS: Final = 14  # a running total's number this far after the term: "... on Khan Younis and Rafah since midnight to 19"
_CASUALTY_WORDS: Final = 2  # "إصابة طفلين", "مقتل امرأتين بجروح": the casualty word this close before the dual
# thousands grouped by dots, the European way: "4.843 people were arrested" (a count of people or strikes has no decimals)
_DOT_GROUPS: Final = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")


@dataclass(frozen=True, slots=True)
class ReportedCount:
    value: int | None
    approx: bool


class CountReader:
    """Reads counts with one language's number words and cues."""

    def __init__(self, numbers: Numbers, vocabulary: Vocabulary) -> None:
        self._clitics = tuple(sorted(vocabulary.clitics, key=len, reverse=True))
        self._conjunction_initials = frozenset(normalize(word)[:1] for word in numbers.tens_joiners if word)  # و
        self._words = {normalize(word): value for word, value in numbers.words.items()}
        # number words, bare and with each proclitic ("وعشرين"): one dictionary lookup per word
        self._known: dict[str, tuple[int | None, bool]] = {}
        for word, number in self._words.items():
            for clitic in self._clitics:
                self._known.setdefault(clitic + word, (number, True))
            self._known[word] = (number, False)
        for word in numbers.not_numbers:  # "الأحد" is Sunday, "وفجر الاثنين" Monday's dawn
            normalized = normalize(word)
            for clitic in ("", *self._clitics):
                self._known[clitic + normalized] = (None, False)
        self._values: dict[str, tuple[int | None, bool]] = {}  # every word read so far
        self._vague = frozenset(normalize(word) for word in numbers.vague)
        self._tens_joiners = tuple(normalize(word) for word in numbers.tens_joiners)
        self._approx = vocabulary.cues(numbers.approx)
        self._floors = vocabulary.cues(numbers.floors)
        self._range_joiners = vocabulary.cues(numbers.range_joiners)
        self._gap = vocabulary.cues(numbers.gap_words)
        self._gap_joins = frozenset(normalize(word) for word in numbers.gap_joins if word)
        self._dates = vocabulary.cues(numbers.date_words)
        # right before a number, a date word counts only as written: "يوم 5" is a date, "اليوم 5" (today)
        # and "الأمن العام 3" (a proclitic on the word) are not
        self._date_heads = frozenset(normalize(word) for word in numbers.date_words)
        self._month_links = frozenset(" ".join(normalize(word) for word in link.split()) for link in numbers.month_links if link)
        self._dual_nouns = vocabulary.cues(numbers.dual_nouns)
        # as written, no proclitic: "الاثنين" after a noun is Monday ("اعتقلت مواطنين الاثنين الماضي")
        self._after_nouns = frozenset(normalize(word) for word in numbers.after_nouns if word)
        self._after_noun_cues = vocabulary.cues(numbers.after_nouns)  # only its bit: a window without one skips the look
        self._instruments = vocabulary.cues(numbers.instruments)
        self._casualties = vocabulary.cues(numbers.casualties)
        self._munitions = vocabulary.cues(numbers.munition_clauses)
        self._tally_heads = vocabulary.cues(numbers.tally_heads)
        self._tally_links = vocabulary.cues(numbers.tally_links)
        self._thousands = frozenset(normalize(word) for word in numbers.thousands)

    # ------------------------------------------------------------------------------------------
    def value(self, word: str) -> tuple[int | None, bool]:
        """(value, joined): "55" -> (55, False); "و15" -> (15, True); "عشرين" -> (20, False);
        ``joined`` says a proclitic (و) was attached."""
        found = self._values.get(word)
        if found is None:
            found = self._value(word)
            if len(self._values) >= _CACHE_LIMIT:
                self._values.clear()
            self._values[word] = found
        return found

    def _value(self, word: str) -> tuple[int | None, bool]:
        known = self._known.get(word)
        if known is not None:
            return known
        if not any(char.isdigit() for char in word):
            if "-" in word:  # "twenty-five"
                parts = word.split("-")
                if all(part in self._words for part in parts):
                    return sum(self._words[part] for part in parts), False
            return None, False
        digits = word.replace(",", "")
        if digits.isdigit() and digits.isascii() and len(digits) <= 7:
            return int(digits), False
        if _DOT_GROUPS.fullmatch(word) is not None:
            return int(word.replace(".", "")), False
        for clitic in self._clitics:
            rest = digits[len(clitic):]
            if digits.startswith(clitic) and rest.isdigit() and rest.isascii() and len(rest) <= 7:
                return int(rest), True
        return None, False

    def is_dual(self, words: Words, index: int) -> bool:
        """Whether ``words.words[index]`` is a dual that means two on its own (``numbers.dual_nouns``)."""
        return self._dual_nouns.find(words, index, index + 1) >= 0

    def is_date_word(self, words: Words, index: int) -> bool:
        """Whether ``words.words[index]`` is a month or time word (``numbers.date_words``)."""
        return self._dates.find(words, index, index + 1) >= 0

    def day_of_month(self, word: str) -> bool:
        """Whether ``word`` is a day of the month in digits (1-31)."""
        return word.isdigit() and word.isascii() and len(word) <= 2 and 1 <= int(word) <= 31

    # ------------------------------------------------------------------------------------------
    def read_before(self, words: Words, end: int, nouns: CueSet | None = None) -> ReportedCount | None:
        """The count in the words just before ``words.words[end]`` (the term), or None."""
        index = end - 1
        gaps = 0
        while index >= 0:
            word = words.words[index]
            if word in self._vague or self.value(word)[0] is not None or _range(word) is not None:
                # a number cut from the term by a pause counts something else: "لبنان 24: أوقفت دورية ..." (an outlet's name)
                return None if words.pause_in(index, end) else self._number_at(words, index, end)
            if gaps == _MAX_GAP_WORDS or (
                self._gap.find(words, index, index + 1) < 0 and (nouns is None or nouns.find(words, index, index + 1) < 0)
                and not self._joins_kinds(words, index, end)
            ):
                return self._passive_subject(words, end, nouns) if nouns is not None and not nouns.empty else None
            index -= 1
            gaps += 1
        return None

    def _joins_kinds(self, words: Words, index: int, end: int) -> bool:
        """Whether ``words.words[index]`` is a conjunction (``gap_joins``) joining two kinds before the term at ``end``:
        a gap word before it, and a gap word or the term's first word after it, with no pause ("14 drone or air
        attacks"; not "killed 4 and shelling continued")."""
        if index < 1 or words.words[index] not in self._gap_joins or words.pause_in(index - 1, index + 1):
            return False
        return self._gap.find(words, index - 1, index) >= 0 and (index + 1 == end or self._gap.find(words, index + 1, index + 2) >= 0)

    def _passive_subject(self, words: Words, end: int, nouns: CueSet) -> ReportedCount | None:
        """The count of a passive's subject with a phrase after its noun: "Eleven suspected members of the group were
        [arrested]" (a gap word right before the term and right after the noun, no pause between)."""
        if end < 2 or self._gap.find(words, end - 1, end) < 0:
            return None
        noun = nouns.find(words, max(0, end - _PASSIVE_WORDS), end - 1)
        if noun < 1 or self._gap.find(words, noun + 1, noun + 2) < 0 or words.pause_in(noun, end):
            return None
        for index in range(noun - 1, max(-1, noun - 2 - _NOUN_MODIFIERS), -1):
            word = words.words[index]
            if word in self._vague or self.value(word)[0] is not None:
                return self._number_at(words, index, end) if self._noun_follows(words, index, nouns) else None
        return None

    def read_after(self, words: Words, start: int, nouns: CueSet) -> ReportedCount | None:
        """A count noun's number in the first words from ``start``: "arrested 30 people"."""
        if nouns.empty:
            return None
        # a number right after the term is its count, noun or not: "اعتقال 4 في البلدة"
        if 0 < start < len(words.words) and not words.pause_in(start - 1, start):
            word = words.words[start]
            if word in self._vague or self.value(word)[0] is not None:
                last = start  # the number's last word: "خمسة عشر", "خمس وعشرين"
                while last + 1 < len(words.words) and not words.pause_in(last, last + 1) and (
                    self.value(words.words[last + 1])[0] is not None or words.words[last + 1] in self._thousands
                ):
                    last += 1
                last = self._range_high(words, last)  # "arrested 20 to 25 protesters": the range's upper bound
                found = self._number_at(words, last, len(words.words))
                if found is not None:
                    return found
            elif self._clitic_vague(word):
                # a vague number right after the term behind a proclitic is its instrument's count: "شنت ضربات بعشرات
                # المسيّرات وصاروخين" -> no count, approximate (not the dual of the next weapon)
                return ReportedCount(None, True)
        # a number counts only right before a count noun: start looking a few words before the first one
        limit = min(len(words.words) - 1, start + _AFTER_WORDS)
        first_noun = nouns.find(words, start + 1, limit + 1 + _NOUN_MODIFIERS, first=True)
        low = limit if first_noun < 0 else max(start, first_noun - 1 - _NOUN_MODIFIERS)
        for index in range(low, limit):
            word = words.words[index]
            if (word in self._vague or self.value(word)[0] is not None) and self._noun_follows(words, index, nouns):
                # a count noun right after the number is no date even when it is a date word too: "أغارت الطائرات على
                # البلدة 4 مرات" (not "3 أيار")
                right_after = nouns.find(words, index + 1, index + 2) == index + 1
                high = self._range_high(words, index)
                if high > index:  # "arrested 20 to 25 protesters": the range's upper bound
                    return self._number_at(words, high, len(words.words))
                return self._number_at(words, index, index + 1 if right_after else len(words.words))
        # the verb's instrument, however far in its clause: "shelled the outskirts of the town west of the city at dawn on
        # Monday with some eight rounds" (no pause between: not "shelled the town, hitting a depot with 20 tonnes of fuel")
        if words.union & self._instruments.bit:
            stop = min(len(words.words), start + _INSTRUMENT_WORDS)
            cue = self._instruments.find(words, start, stop, first=True)
            if cue >= 0 and not words.pause_in(start - 1, cue):
                for index in range(cue + 1, min(len(words.words) - 1, cue + 1 + _INSTRUMENT_MODIFIERS)):
                    word = words.words[index]
                    if (word in self._vague or self.value(word)[0] is not None) and self._noun_follows(words, index, nouns):
                        return self._number_at(words, index, len(words.words))
                    if words.pause_in(index, index + 1):
                        break
        # a number written after its noun: "اعتقلت دورية ... مواطنين اثنين"; the pair is telling enough to be
        # read past the adjuncts of a verb-first sentence ("أوقفت دورية ...، فجر اليوم، في بلدة ...، مواطنين اثنين")
        if words.union & self._after_noun_cues.bit:
            stop = min(len(words.words) - 1, start + _AFTER_NOUN_WORDS)
            noun = nouns.find(words, start, stop, first=True)  # the noun may open the words after the term
            while 0 <= noun < stop:
                if (words.words[noun + 1] in self._after_nouns and not _pause_between(words, start, noun + 1, _ADJUNCT_WORDS)
                        and not self._counts_casualties(words, start, noun)):
                    value, _ = self.value(words.words[noun + 1])
                    if value is not None:
                        return ReportedCount(value, False)
                noun = nouns.find(words, noun + 1, stop, first=True)
        # the same object with its number before its noun, right after the last of those adjuncts: "أوقفت دورية من
        # المخابرات، في محلة ... في طرابلس، ثلاثة مطلوبين" (only there: a number after a pause further on counts
        # something else)
        if words.union & PAUSE_BIT:
            bits = words.bits
            for index in range(max(limit, start + 1), min(len(words.words) - 1, start + _AFTER_NOUN_WORDS)):
                word = words.words[index]
                if (bits[index - 1] & PAUSE_BIT and (word in self._vague or self.value(word)[0] is not None)
                        and self._noun_follows(words, index, nouns)
                        and not _pause_between(words, start, index, _ADJUNCT_WORDS)):
                    return self._number_at(words, index, len(words.words))
        # a dual noun is two on its own: "اعتقلت قوات الأمن شابين", "اعتقلت قوى الأمن، يوم أمس، شابين"
        dual = self._dual_nouns.find(words, start, start + _AFTER_WORDS, first=True)
        if (
            dual >= 0 and not _pause_between(words, start, dual) and not self._counts_casualties(words, start, dual)
            and words.words[dual][:1] not in self._conjunction_initials
        ):
            # (a dual joined by a conjunction is another noun of a list: "شنت ضربات بالطائرات المسيّرة وصاروخين من طراز
            # إسكندر" counts the missiles, not the strikes)
            return ReportedCount(2, False)
        return None

    def counts_munitions(self, words: Words, at: int) -> bool:
        """Whether the count before the term at ``words.words[at]`` opens a clause of munitions: a `munition_clauses` cue
        right after a pause, a few words before the term ("..., dropping 130 guided bombs", "، ألقى خلالها 30 قنبلة")."""
        if not words.union & self._munitions.bit:
            return False
        cue = self._munitions.find(words, max(1, at - _MUNITION_WORDS), at)
        return cue >= 1 and words.pause_in(cue - 1, cue)

    def opens_list_item(self, words: Words, index: int) -> bool:
        """Whether ``words.words[index]`` opens the next item of a tally's list: a number joined by a conjunction ("و11
        انفجاراً") or a conjunction of `gap_joins` and a number ("and 11 explosions")."""
        value, joined = self.value(words.words[index])
        if value is not None:
            return joined
        return words.words[index] in self._gap_joins and index + 1 < len(words.words) and self.value(words.words[index + 1])[0] is not None

    def read_tally(self, words: Words, at: int, after: int) -> ReportedCount | None:
        """A running total of the term at ``words.words[at:after]``: a tally head right before it ("the number of [air
        strikes]", "عدد [الغارات]") and, later in the sentence, a link word right before a number ("... since midnight
        has risen to 31", "... منذ منتصف الليل إلى 19 غارة", "عدد المعتقلين تجاوز الخمسين") -> that number."""
        if at < 1 or not words.union & self._tally_heads.bit or not words.union & self._tally_links.bit:
            return None
        head = self._tally_heads.find(words, max(0, at - _TALLY_HEAD_WORDS), at)
        if head < 0 or self._tally_heads.starts_at(words, head, at) != at - head:
            return None
        stop = min(len(words.words), after + _TALLY_WORDS)
        link = self._tally_links.find(words, after, stop, first=True)
        while link >= 0:
            # the number right after the link, or past a quantity cue ("rose to more than 30", "إلى نحو 290")
            for index in range(link + 1, min(stop, link + 4)):
                word = words.words[index]
                if word in self._vague or self.value(word)[0] is not None:
                    last = index
                    while last + 1 < stop and self.value(words.words[last + 1])[0] is not None and not words.pause_in(last, last + 1):
                        last += 1
                    # a date after it dates the total ("reached 40 on Friday"); a date before it still is none ("to 3 May")
                    return self._number_at(words, last, last + 1)
                if words.pause_in(index - 1, index + 1):
                    break
            link = self._tally_links.find(words, link + 1, stop, first=True)
        return None

    def _range_high(self, words: Words, index: int) -> int:
        """The index of a range's upper bound when ``words.words[index]`` opens one ("20 to 25", "20 إلى 25"), else ``index``."""
        high = index + 2
        if high >= len(words.words) or words.pause_in(index, high) or not self._range_joiners.starts_at(words, index + 1, high):
            return index
        low, upper = self.value(words.words[index])[0], self.value(words.words[high])[0]
        return high if low is not None and upper is not None and low < upper else index

    def _clitic_vague(self, word: str) -> bool:
        """Whether ``word`` is a vague number behind a proclitic ("بعشرات", "وبمئات")."""
        return any(word.startswith(clitic) and word[len(clitic):] in self._vague for clitic in self._clitics)

    def _counts_casualties(self, words: Words, start: int, noun: int) -> bool:
        """Whether a word of the dead or wounded stands right before the noun ``words.words[noun]`` (or one word
        before it), after the term at ``start``: "ما أدى إلى إصابة طفلين" counts the wounded, not the shelling."""
        low = max(start + 1, noun - _CASUALTY_WORDS)
        return bool(words.union & self._casualties.bit) and self._casualties.find(words, low, noun, first=True) >= 0

    def _noun_follows(self, words: Words, index: int, nouns: CueSet) -> bool:
        """Whether a count noun follows the number ``words.words[index]``, right after it or past a
        few modifiers ("45 suspected Islamic State members"), with no pause or number between."""
        stop = min(len(words.words), index + 2 + _NOUN_MODIFIERS)
        noun = nouns.find(words, index + 1, stop, first=True)
        if noun < 0:
            return False
        if words.pause_in(index, noun):  # "ليل الأحد، شابين": the number ends a phrase
            return False
        if noun == index + 1:
            return True
        # (nor a vague word between: "4 آلاف شخص" is read at آلاف, never as 4)
        return not any(self.value(word)[0] is not None or word in self._vague for word in words.words[index + 1:noun])

    # ------------------------------------------------------------------------------------------
    def _number_at(self, words: Words, index: int, stop: int) -> ReportedCount | None:
        """The number whose last word is ``words.words[index]``, with its cues (approx, floor, range)."""
        tokens = words.words
        word = tokens[index]
        approx = False
        if word in self._vague:
            multiple = self._thousands_before(words, index)
            if multiple is None:
                return ReportedCount(None, True)
            value, joined, start = multiple, False, index - 1  # "4 آلاف", "أربعة آلاف"
        else:
            upper = _range(word)
            if upper is not None:
                return ReportedCount(upper, True)
            found, joined = self.value(word)
            if found is None:
                return None
            value, start, joined = self._compound(words, index, found, joined)
        if start >= 1:
            low, _ = self.value(tokens[start - 1])
            if joined and low is not None and low < value:  # بين 10 و15
                approx, start = True, start - 1
            elif start >= 2 and self._range_joiners.find(words, start - 1, start) >= 0:
                low, _ = self.value(tokens[start - 2])
                if low is not None and low < value:  # 10 to 15
                    approx, start = True, start - 2
        return self._with_cues(words, index, stop, start, value, approx)

    def _thousands_before(self, words: Words, index: int) -> int | None:
        """The value of a plural of thousands at ``words.words[index]`` after a number from 3 to 10 ("4 آلاف",
        "أربعة آلاف" -> 4000), or None (alone it is vague: "آلاف المتظاهرين")."""
        if words.words[index] not in self._thousands or index < 1 or words.pause_in(index - 1, index):
            return None
        previous, _ = self.value(words.words[index - 1])
        return previous * 1000 if previous is not None and 3 <= previous <= 10 else None

    @staticmethod
    def _grouped(words: Words, index: int) -> tuple[int, int] | None:
        """(value, first index) of a number whose thousands are grouped by spaces and ends with the three digits at
        ``words.words[index]``: "4 843" -> 4843, "1 250 000" (a space, a no-break or a narrow no-break space); None
        when the word before is no group of digits. The whole number is read, never its last group alone."""
        tokens = words.words
        word = tokens[index]
        if len(word) != 3 or not (word.isdigit() and word.isascii()):
            return None
        value, start, scale = int(word), index, 1000
        while start >= 1 and not words.pause_in(start - 1, start):
            group = tokens[start - 1]
            if not (group.isdigit() and group.isascii() and 1 <= len(group) <= 3):
                break
            value, start, scale = value + int(group) * scale, start - 1, scale * 1000
            if len(group) < 3:
                break
        return (value, start) if start < index else None

    def _compound(self, words: Words, index: int, value: int, joined: bool) -> tuple[int, int, bool]:
        """(value, first index, joined) of the number ending at ``words.words[index]`` (worth ``value`` alone): digits grouped by
        spaces, compounds of number words ("خمس وعشرين", "two hundred"), "20 ألف", "half a dozen"."""
        tokens = words.words
        word = tokens[index]
        grouped = self._grouped(words, index)
        if grouped is not None:
            return grouped[0], grouped[1], False
        start = index
        if start >= 1:
            previous, _ = self.value(tokens[start - 1])
            if previous is not None and not _has_digit(tokens[start - 1]) and not _has_digit(word):
                if 20 <= value <= 90 and previous < 10 and joined:  # خمس وعشرين
                    value, start, joined = value + previous, start - 1, False
                elif value == 10 and previous < 10 and not joined:  # خمسة عشر (not "ثماني وعشر": a range, below)
                    value, start = value + previous, start - 1
                elif value in (12, 100, 1000) and 1 < previous < 10:  # two hundred, two dozen
                    value, start = value * previous, start - 1
        if value in (100, 1000) and start >= 1 and not _has_digit(word) and not words.pause_in(start - 1, start):
            digits = tokens[start - 1]
            if digits.isdigit() and digits.isascii() and len(digits) <= 3:  # "20 ألف", "20 thousand"
                value, start = value * int(digits), start - 1
        if value == 12 and start >= 2 and tokens[start - 2] == "half" and tokens[start - 1] == "a":  # half a dozen
            value, start = 6, start - 2
        return value, start, joined

    def _with_cues(self, words: Words, index: int, stop: int, start: int, value: int, approx: bool) -> ReportedCount | None:
        """The number ``value`` written in ``words.words[start:index + 1]`` with the cues around it (about, more than), or
        None when it is a year, a date or out of range."""
        tokens = words.words
        word = tokens[index]
        quantity_cue = False
        if self._approx.find(words, max(0, start - 4), start) >= 0 or (start == index and self._approx.find(words, index, index + 1) >= 0):
            # (a cue before the number, or the number's own word alone: "a dozen"; not a multiple, "two dozen", "half a dozen")
            approx = quantity_cue = True
        elif self._floors.find(words, max(0, start - 4), start) >= 0:
            quantity_cue = True
        if value <= 0 or value > _MAX_VALUE:
            return None
        if 1900 <= value <= 2100 and not quantity_cue:  # a year
            return None
        # "May 3", "عام 2015" — not across a pause: "منذ صباح اليوم، 8 غارات"; a date is in digits ("on three occasions" is none)
        if start >= 1 and _has_digit(word) and not words.pause_in(start - 1, start) and tokens[start - 1] in self._date_heads:
            return None
        if index + 1 < stop and not words.pause_in(index, index + 1) and self._dates.find(words, index + 1, index + 2) >= 0:  # "3 May"
            return None
        if (
            index + 2 < len(tokens) and self.day_of_month(word) and f"{tokens[index + 1]} {tokens[index + 2]}" in self._month_links
            and not words.pause_in(index, index + 2)
        ):  # "الخميس، 21 من آب": a day of a month
            return None
        return ReportedCount(value, approx)


def _pause_between(words: Words, start: int, stop: int, span: int = 3) -> bool:
    """Whether a pause in ``words[start:stop]`` cuts what ends at ``stop`` from ``start``: any pause, unless the pauses
    enclose phrases of at most ``span`` words and the last one closes right before ``stop`` ("اعتقلت قوى الأمن، يوم
    أمس، شابين": the time phrase is a parenthetical, and so are the adjuncts of "أوقفت دورية ...، فجر اليوم، في
    بلدة القصر - قضاء الهرمل، مواطنين اثنين")."""
    if not words.pause_in(start, stop):
        return False
    bits = words.bits
    previous = -1
    for index in range(max(start, 0), min(stop, len(bits))):
        if bits[index] & PAUSE_BIT:
            if previous >= 0 and index - previous > span:
                return True
            previous = index
    first = words.pause_in(start, previous)  # a pause opened the last phrase
    return not first or stop - previous > _AFTER_PAUSE_WORDS


def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


def _range(word: str) -> int | None:
    for separator in ("-", "–"):
        low, sep, high = word.partition(separator)
        if sep and low.isdigit() and high.isdigit() and low.isascii() and high.isascii() and len(high) <= 7 and int(low) < int(high):
            if len(low) == len(high) == 4 and int(low) >= 1900 and int(high) <= 2100:
                return None  # years: "2015-2020"
            return int(high)
    return None
