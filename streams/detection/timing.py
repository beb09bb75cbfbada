"""When a mention happened: today's news or the background of it.

A mention is news unless its clause dates it before the article (a past year, a month two or more back, an era,
"since" an earlier month), tells it as a habit ("تشهد ... هجمات متكررة"), as the subject a dated parenthetical
describes ("The operation, launched in October 2019, ..."), or as an earlier event the sentence looks back on. These
tests read one sentence's words (`Words`) with the language's rules (`_Rules`). `_accept` (`engine.py`) asks the
ones at the end of this module, which need none of its loop state: `_dated_past`, `_recalled`, `_history_object`,
`_described` (is the mention's clause the past?) and `_continues_past`, `_continues_in_sentence` (does it continue a
past told before it?).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from streams.detection.context import _Rules
from streams.detection.cues import (
    PAUSE_BIT,
    YEAR_BIT,
    CueSet,
    Words,
    holds,
    numeric_date,
    shares,
    year_of,
)

_OPENER_WORDS: Final = 4  # the longest clause opener ("in return for which") has this many words before its breaker
_NEW_YEAR_GRACE: Final = timedelta(days=31)  # in its first month, last year still dates the news (`_history_year`)
# a full date this many years before the history year may still date the news (a report's own date, or a year's tally);
# one further back is history
_FULL_DATE_NEWS_YEARS: Final = 1
_MONTH_AFTER_WORDS: Final = 4  # "was arrested in March", "were detained at checkpoints in April": the month this close after it
_DATELINE_WORDS: Final = 3  # "MOPTI —", "NEW DELHI —": a bare dateline before the lede has at most this many words (`_lede`)
_SINCE_START_WORDS: Final = 4  # "since the start of May": a tally's start this far after "since"
_RANGE_LINK_WORDS: Final = 2  # "January and March", «كانون الثاني وآذار» (the link glued), "May to late August": a span's two months this close
_MONTH_WORDS: Final = 4  # "In late September," / "During early March": the month this close to the sentence's start
_ERA_ANNIVERSARY_WORDS: Final = 3  # "بمناسبة الذكرى الـ15 لانطلاق الثورة": an anniversary cue this close before the era it marks
_HABIT_MARK_BEFORE: Final = 2  # "Turkey regularly carries out air strikes": a mark of frequency right before the habitual verb
# ... and in an opening adverbial of its own segment, past a part of the day ("On the morning of 10 October," «في صباح يوم 10
# تشرين الأول،», stop 26)
_OPENING_MONTH_WORDS: Final = 7
_DAY_PARTS: Final = frozenset({
    "morning", "evening", "night", "afternoon", "dawn", "eve", "صباح", "مساء", "ليلة", "ليل", "فجر", "ظهر", "عصر", "صبيحة",
})
_HABIT_ADJACENT_BEFORE: Final = 2  # "daily strikes", "almost daily strikes": a frequency ending right before the mention
_HABIT_ADJACENT_AFTER: Final = 2  # «غارات يومية», «غارات إسرائيلية يومية»: a frequency right after it, across an adjective
_HABIT_MARK_WORDS: Final = 3  # "تشهد البلدة هجمات شبه يومية": a mark of frequency this close after a habitual mention
_DATED_AFTER_WORDS: Final = 6  # "that took place in August 2019", "in the spring of 2020": a dating clause has at most this many words
_DATED_BACK_WORDS: Final = 3  # "that was in early 2018", «وكان ذلك في عام 2018»: the year this close after a `dated_back` cue
_YEAR_WORDS: Final = 10  # a year dates the mentions of its clause this close to it
_APPOSITION_SUBJECT_WORDS: Final = 4  # a subject a dated parenthetical describes (`_dated_apposition`) has at most this many words
_SINCE_PAST_REACH: Final = 3  # "... في الضفة الغربية منذ ...": a "since" this far past the year's reach still extends it
_COMPARISON_WORDS: Final = 4  # "the heaviest bombing of the city since": a superlative this close before "since"
_BACK_WORDS: Final = 3  # "the heavy Russian strikes": a determiner this close before the mention refers it back
_VICTIM_WORDS: Final = 3  # "ضحايا انفجار السيارة المفخخة": a victims cue ending this close before the event it names
_DESCRIBED_WORDS: Final = 6  # "التي تعرضت لقصف": a relative pronoun this close before the mention it describes with
_CONTINUED_LINKS: Final = 2  # a continued clause is dated through at most this many continuations before it
_SINCE_WORDS: Final = 7  # "منذ السابع من تشرين الأول 2023": a "since" reaches its year this far
_SINCE_PHRASE_WORDS: Final = 10  # "since the fall of the al-Assad regime last December": a "since" phrase reaches its month this far
_LAST_BEFORE: Final = frozenset({"last"})  # "last December": a month told as past by a word before it
_LAST_AFTER: Final = frozenset({"الماضي", "المنصرم", "الفائت"})  # «كانون الأول الماضي»: ... by a word after it
_CLAUSE_JOINS: Final = frozenset({"but", "and", "yet", "then", "while"})  # before a clause's time adverbial (`_clause_opened_in_past`)
_DAY_OF: Final = frozenset({"من", "of"})  # «السادس من مارس», "the 6th of March": a day joined to its month (`_timed_month`)
_RECALL_SUBJECT_WORDS: Final = 4  # "وكانت اشتباكات عنيفة قد اندلعت": auxiliary and particle this close to the mention


def _not_today(rules: _Rules, context: Words, low: int, high: int) -> bool:
    """Whether the words ``low:high`` name neither the day of the news nor a renewal (in an obituary, a past year is
    the life's, no time of the news: unlike `_untimed`, years do not count)."""
    return rules.recall_today.find(context, low, high) < 0 and rules.renewals.find(context, low, high) < 0


def _untimed(rules: _Rules, context: Words, low: int = 0, high: int | None = None) -> bool:
    """Whether the sentence (or its words ``low:high``) names no time of its own: no year, no day of the news, no
    renewal ("new strikes", "غارات جديدة")."""
    stop = len(context.bits) if high is None else high
    if context.union & YEAR_BIT and any(context.bits[index] & YEAR_BIT for index in range(low, stop)):
        return False
    return _not_today(rules, context, low, stop)


def _untimed_around(rules: _Rules, context: Words, at: int, after: int) -> bool:
    """Whether the words between the pauses around the mention (`_segment`) name no time of their own (`_untimed`), nor
    the sentence's opening segment before it the day of the news or a renewal (`_not_today`), a time adverbial governing
    the sentence ("On Thursday, a car bomb exploded near the clock tower": the retrospective's page still reports it; a
    past year there dates the sentence to the past, as the retelling is)."""
    low, high = _segment(context, at, after)
    if not _untimed(rules, context, low, high):
        return False
    if low == 0 or not context.union & PAUSE_BIT:
        return True
    bits = context.bits
    first = 0
    while first < low and not bits[first] & PAUSE_BIT:
        first += 1
    return _not_today(rules, context, 0, first + 1)


def _segment(context: Words, at: int, after: int) -> tuple[int, int]:
    """The words between the pauses (",", ";", ":") before and after the mention ``words[at:after]``."""
    bits = context.bits
    low = at
    while low > 0 and not bits[low - 1] & PAUSE_BIT:
        low -= 1
    high = after
    while high < len(bits) and not bits[high - 1] & PAUSE_BIT:
        high += 1
    return low, high


def _past_subject(rules: _Rules, context: Words, low: int, after: int, before_year: int) -> bool:
    """Whether the sentence opens with a subject dated by an attributive past year ("The 1982 accord", "The 2013
    offensive"), whose predicate is the mention's clause (starting at ``low``) past at most one parenthetical ("The 1982
    accord, brokered by Washington, saw Syrian troops pull back from the highway"): the year dates what its
    subject saw, as an opening time adverbial would. Not a clause of its own opened by a breaker ("The 2019 ceasefire
    collapsed, and jets struck the town"), nor one naming the day of the news or a renewal."""
    words = context.words
    bits = context.bits
    if len(words) < 3 or rules.attributive.isdisjoint(context.forms[0]) or not bits[1] & YEAR_BIT:
        return False
    year = year_of(words[1])
    if not 1000 <= year < before_year:
        return False
    pauses = sum(1 for index in range(low) if bits[index] & PAUSE_BIT)
    if not 0 < pauses <= 2 or rules.breakers.starts_at(context, low):
        return False  # "The 2019 ceasefire collapsed, and jets struck": a clause of its own, not the subject's predicate
    first = next(index for index in range(low) if bits[index] & PAUSE_BIT)  # the dated subject's end
    return _not_today(rules, context, first + 1, min(len(bits), after + _YEAR_WORDS))


def _dated_apposition(rules: _Rules, context: Words, after: int, before_year: int) -> bool:
    """Whether the mention ends the sentence's first segment, a short subject ("The operation,"), and the parenthetical
    after its pause, itself closed by a pause, holds a past year: "The operation, launched in October 2019, was followed
    by a ceasefire" names a campaign of the past, as "The 2019 operation" would (`_past_subject`). (A subject with a
    place after the mention, "The military operation in Rafah, which began in May 2024, ...", was tried in stop 19 and
    dropped: it cost an untouched set a protest.) Not a year counted from ("The
    offensive, the first since 2019, began on Monday"), nor a parenthetical naming the day of the news, nor a sentence
    whose rest names a time of its own: "The protests, which began in August 2023, continued on Friday" are
    news (`_untimed`)."""
    bits = context.bits
    if after > _APPOSITION_SUBJECT_WORDS or after >= len(bits) or not bits[after - 1] & PAUSE_BIT:
        return False
    high = after + 1
    while high < len(bits) and high - after < _YEAR_WORDS and not bits[high - 1] & PAUSE_BIT:
        high += 1
    if high >= len(bits) or not bits[high - 1] & PAUSE_BIT:
        return False  # no closing pause: the year ends the sentence, or the segment is a clause of its own
    if rules.since and _last_of(rules.since, context, after, high) >= 0:
        return False
    return (
        _past_year_in(rules, context, after, high, before_year)
        and _not_today(rules, context, after, high)
        and _untimed(rules, context, high, min(len(bits), high + _YEAR_WORDS))
    )


def _opened_in_past(rules: _Rules, context: Words, low: int, after: int, before_year: int, month: int = 0) -> bool:
    """Whether the sentence opens with a time adverbial holding a past year (or month, `_past_month_in`, or an era), in a
    first segment of its own, and the
    mention's later clause (starting at ``low``) names no time of its own: "In 2019, an offensive pushed the rebels
    out, and artillery shelled the plain daily" (not "..., and on Monday jets struck the plain again")."""
    first = _lede(context)  # past a bare wire dateline ("MOPTI — In September, ...")
    if not rules.time_openers or not shares(rules.time_openers, context.forms[first]):
        return False
    bits = context.bits
    pause = first
    while pause < low and not bits[pause] & PAUSE_BIT:
        pause += 1
    if pause >= low - 1 or pause - first >= _YEAR_WORDS:
        return False
    return (
        _past_year_in(rules, context, first, pause + 1, before_year)
        or (month > 0 and _past_month_in(rules, context, pause + 1, month))
        # an era ("During that war, jets carried out thousands of airstrikes, and ground forces pushed into the villages";
        # not "since": "Since the war began, ..." counts from it)
        or (bool(context.union & rules.era.bit) and rules.since.isdisjoint(context.forms[first])
            and rules.era.find(context, first, pause + 1, first=True) >= 0)
    ) and _untimed(rules, context, low, min(len(bits), after + _YEAR_WORDS))


def _clause_opened_in_past(rules: _Rules, context: Words, low: int, after: int, before_year: int) -> bool:
    """Whether the mention's clause (starting at ``low``, right past a pause) is opened, inside the sentence, by a time
    adverbial of its own segment (`time_openers`, between two pauses, at most `_MONTH_WORDS` + 2 words) holding an era or
    a past year, and the clause names no time of its own: «والعدو هو الحوثيون، وفي الأشهر الأخيرة، واجهوا ضربات جوية
    متكررة», "..., and in 2019, jets struck the town" (stop 26: analyses open clauses so; the sentence's own opening is
    `_opened_in_past`)."""
    bits = context.bits
    end = low - 1
    if end <= 0 or not bits[end] & PAUSE_BIT:
        return False
    start = end
    while start > 0 and not bits[start - 1] & PAUSE_BIT:
        start -= 1
    if start == 0 or end - start > _MONTH_WORDS + 2 or not rules.time_openers:
        return False
    if context.words[start] in _CLAUSE_JOINS and start + 1 < end:
        start += 1  # "..., but in 2019, jets struck the market"
    if not shares(rules.time_openers, context.forms[start]) or not rules.since.isdisjoint(context.forms[start]):
        return False
    dated = _past_year_in(rules, context, start, end + 1, before_year) or (
        bool(context.union & rules.era.bit) and rules.era.find(context, start, end + 1, first=True) >= 0
    )
    return dated and _untimed(rules, context, low, min(len(bits), after + _YEAR_WORDS))


def _past_month_in(rules: _Rules, context: Words, high: int, month: int) -> bool:
    """Whether the sentence opens with a time adverbial (`time_openers`, not "since": a tally's start) naming, in its
    first segment up to ``high`` and with no year, a month of ``history.months`` before the article's ``month``: "In
    September, ..." in a November article (a later month may be last year's or one to come)."""
    if not context.union & rules.month_bit:
        return False  # no month's name in the sentence (most)
    forms = context.forms
    first = _lede(context)  # past a wire dateline: "KYIV — In October, ...", «صور – في أيلول، ...»
    if not rules.time_openers or not shares(rules.time_openers, forms[first]) or shares(rules.since, forms[first]):
        return False
    bits = context.bits
    reach = _MONTH_WORDS
    if any(word in _DAY_PARTS for word in context.words[first + 1 : first + 4]):
        reach = _OPENING_MONTH_WORDS  # "On the morning of 10 October," «في صباح يوم 10 تشرين الأول،»
    stop = min(high, len(bits), first + reach)
    for index in range(first, stop):
        if bits[index] & YEAR_BIT:
            return False
        if bits[index] & PAUSE_BIT and index + 1 < stop:
            stop = index + 1
    for index in range(first + 1, stop):
        number = _month_at(rules, context, index)[0]  # a name of one word or two («في تشرين الأول، ...»)
        if 0 < number < month or (number == 12 and month == 1 and not _year_near(context)):
            return True  # last year's December only with no year near ("On December 30, 2025," is the year's)
    return False


def _lede(context: Words) -> int:
    """Where the sentence's own words start past a wire dateline of one to `_DATELINE_WORDS` words closed by a dash (a token
    of punctuation only, the empty word: "MOPTI — In September, ...", «صور – في أيلول، ...»), or 0. The sentence splitter
    ends only datelines with a comma or an agency ("Kyiv, Nov 27 (Reuters) —"); a bare place before the dash stays in the
    lede's sentence, and an opening time adverbial stands after it."""
    words = context.words
    for index in range(1, min(len(words) - 1, _DATELINE_WORDS + 1)):
        if not words[index]:
            return index + 1
        if context.bits[index] & PAUSE_BIT:
            return 0
    return 0


def _year_near(context: Words) -> bool:
    """Whether a year stands among the sentence's first words, past a pause ("On December 30, 2025, jets ...")."""
    return any(bit & YEAR_BIT for bit in context.bits[: _MONTH_WORDS + 1])


def _past_month_after(rules: _Rules, context: Words, after: int, month: int) -> bool:
    """Whether the mention is dated, right after it in its clause, by a month before the article's ``month``
    (`_month_before_article`) with a preposition of time (`time_openers`, not "since") and no year: "The activist was
    arrested in March at his home" in a November report is his story's background, as "In March, ..." opening the
    sentence is (`_past_month_in`). The month just before the article's is "last month" named: a single event or a tally
    dated by it is background too ("documented 90 arrests in October", «وثقت 90 حالة اعتقال في تشرين الأول»; the
    labeling README, "The month before the article's"); a year in the clause leaves the date to the year's rules."""
    if not month or not context.union & rules.month_bit or not rules.time_openers:
        return False
    bits = context.bits
    for index in range(after, min(len(bits), after + _MONTH_AFTER_WORDS)):
        if bits[index] & YEAR_BIT or (index > after and bits[index - 1] & PAUSE_BIT):
            return False
        number, width = _month_at(rules, context, index)
        if number:
            # ... and no year right after it: "in March 2021" is the year's to date
            return _month_before_article(number, month) and _timed_month(rules, context, index) and not (
                index + width < len(bits) and bits[index + width] & YEAR_BIT
            )
    return False


def _past_month_range(rules: _Rules, context: Words, at: int, after: int, month: int) -> bool:
    """Whether the mention's comma segment holds a span of months opening before the article's ``month`` and no year: two
    month names at most `_RANGE_LINK_WORDS` words apart, the first after a `range_openers` word ("120 air strikes were recorded between January and March",
    "arrested 300 people from May to August", «وثق 120 غارة بين كانون الثاني وآذار», «خلال الفترة الممتدة بين حزيران
    وأيلول»): a tally over those months, counted from an earlier month (the labeling README: background), as a tally "since"
    one is. Not with a day of the news in the segment."""
    if not month or not context.union & rules.month_bit or not rules.range_openers:
        return False  # (most sentences name no month: `_month_at` below would find none)
    low, high = _segment(context, at, after)
    index = low
    while index < high:
        number, width = _month_at(rules, context, index)
        if not number or not any(
            low <= index - back and shares(rules.range_openers, context.forms[index - back]) for back in (1, 2)
        ):
            index += 1
            continue
        end = index + width
        for link in range(end, min(end + _RANGE_LINK_WORDS, high)):
            other = _month_at(rules, context, link)[0]
            if other:
                if other == number or not _month_before_article(number, month):
                    break
                return not any(context.bits[position] & YEAR_BIT for position in range(low, high)) and (
                    rules.recall_today.find(context, low, high) < 0
                )
        index = end
    return False


def _month_before_article(number: int, month: int) -> bool:
    """Whether month ``number`` is before the article's ``month`` in its year, or the month just before it across New
    Year (a January article's December; an earlier one may be this year's to come, so the published month decides)."""
    return 0 < number < month or (month == 1 and number == 12)


def _day_word(rules: _Rules, word: str) -> bool:
    """Whether ``word`` names a day of the month: in digits ("6", «الـ13»), as an ordinal ("6th", «السادس»)."""
    if rules.counts.day_of_month(word) or word in _ORDINAL_DAYS:
        return True
    digits = word.removeprefix("الـ").removeprefix("ال").removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th")
    return digits != word and rules.counts.day_of_month(digits)


_ORDINAL_DAYS: Final = frozenset({
    "الاول", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "العشرين",
    "الثلاثين", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
})


def _month_at(rules: _Rules, context: Words, index: int) -> tuple[int, int]:
    """The month (1-12, 0 none) named at ``context.words[index]`` and its width in words: `months`, or `month_names`
    of one or two words («تشرين الأول», «أكتوبر»); a one-word name right after a place cue is a place's («مديرية إب»)."""
    if not context.bits[index] & rules.month_bit:
        return 0, 0  # most words: none of their forms (the word itself among them) is a month's name's first word
    forms = context.forms[index]
    words = context.words
    if index + 1 < len(words):
        number = rules.month_names.get(f"{words[index]} {words[index + 1]}", 0)
        if number:
            return number, 2
    number = 0
    for form in forms:  # the largest, as ``max``: compiled, a generator in ``max`` is a generic call
        value = rules.months.get(form, 0) or rules.month_names.get(form, 0)
        if value > number:
            number = value
    if number and index > 0 and rules.place_cues.starts_at(context, index - 1, index):
        return 0, 0  # a place named like a month after its cue: «محافظة إب», folded as «آب» (August), is Yemen's Ibb
    return number, 1 if number else 0


def _month_of(rules: _Rules, forms: frozenset[str]) -> int:
    """The largest month (`months`, 1-12) one of a word's ``forms`` names, 0 none (``max`` over them, as a loop: compiled,
    a generator in ``max`` is a generic call)."""
    number = 0
    if rules.month_words.isdisjoint(forms):
        return number
    for form in forms:
        value = rules.months.get(form, 0)
        if value > number:
            number = value
    return number


def _timed_month(rules: _Rules, context: Words, index: int) -> bool:
    """Whether the month at ``index`` follows a preposition of time, right before it or past one word («خلال شهر
    أكتوبر», "in early October"), and no "since" (a tally's start or a point of comparison, `_since_past_month`)."""
    forms = context.forms
    # a day of the month told before it with "of" («في السادس من مارس», «في 6 من آذار»): the preposition stands one
    # word further back (stop 26)
    reach = 3 if index >= 3 and context.words[index - 1] in _DAY_OF and _day_word(rules, context.words[index - 2]) else 2
    for back in range(1, reach + 1):
        if index - back < 0:
            return False
        previous = forms[index - back]
        if not rules.since.isdisjoint(previous):
            return False
        if shares(rules.time_openers, previous):
            return True
    return False


def _past_month_before(rules: _Rules, context: Words, at: int, after: int, month: int) -> bool:
    """Whether a month before the article's (`_month_before_article`), with a preposition of time and no year, stands
    right before the mention in its clause and a preposition of time joins them: "27 people detained in September during
    a land-rights sit-in", «اعتقل 27 شخصاً في أيلول خلال اعتصام»: the mention is of that month. Not with a day of the
    news in the clause ("on Monday ..., as in September") nor past a clause breaker or a pause."""
    if not month or not context.union & rules.month_bit or not rules.time_openers:
        return False
    bits = context.bits
    low, high = _segment(context, at, after)
    for index in range(at - 2, max(low, at - _MONTH_AFTER_WORDS - 2) - 1, -1):
        number, width = _month_at(rules, context, index)
        if not number:
            continue
        joint = index + width
        return (
            joint < at
            and _month_before_article(number, month)
            and _timed_month(rules, context, index)
            and not bits[joint] & YEAR_BIT
            and shares(rules.time_openers, context.forms[joint])
            and rules.since.isdisjoint(context.forms[joint])
            and not any(bits[position] & YEAR_BIT for position in range(low, high))
            and rules.breakers.find(context, joint + 1, at) < 0
            and rules.recall_today.find(context, low, high) < 0
        )
    return False


def _tally_since_earlier(rules: _Rules, context: Words, at: int, after: int, month: int) -> bool:
    """Whether the mention is a tally counted from an earlier part of the year: its sentence opens with "since" and such
    a start ("Since August, police have arrested 120 people", "منذ مطلع العام اعتقلت ...") with no day of the news
    after it ("..., and on Monday they detained five more"), or "since" and such a start stand in the clause after it
    ("اعتقلت ... أكثر من 200 شخص منذ مطلع العام"). A start in the article's own month, a day or a week ("since November
    1", "since Tuesday", "منذ مطلع الأسبوع") is the news; so is a point of comparison ("the highest since the start of the
    year"). The labeling README states the rule (a tally since an earlier month is background)."""
    if rules.since_earlier.empty and not rules.month_names and not (month and rules.months):
        return False
    opening = _last_of(rules.since, context, 0, min(2, at))
    if opening >= 0 and _earlier_start(rules, context, opening, month) and rules.recall_today.find(
        context, opening + 1, after + _SINCE_PAST_REACH
    ) < 0:
        return True
    if _since_in_clause_before(rules, context, at, after, month):
        return True
    high = after
    while high < len(context.bits) and high - after < _YEAR_WORDS + _SINCE_PAST_REACH and not context.bits[high - 1] & PAUSE_BIT:
        high += 1
    since = _last_of(rules.since, context, after, high)
    return since >= 0 and _earlier_start(rules, context, since, month) and not (
        context.union & rules.comparisons.bit and rules.comparisons.find(context, since - _COMPARISON_WORDS, since) >= 0
    )


def _since_in_clause_before(rules: _Rules, context: Words, at: int, after: int, month: int) -> bool:
    """Whether "since" and an earlier start stand before the mention in its own comma segment, past an opening
    attribution: "وبحسب الإحصاءات، قتل أكثر من 20 مدنياً منذ مطلع العام جراء انفجار مخلفات الحرب", "According to the
    group, 300 people have been killed since January by mines" (the README: a tally since an earlier month is
    background wherever "since" stands). Not with a day of the news after it, nor a point of comparison ("the
    heaviest since January")."""
    low, _ = _segment(context, at, after)
    since = _last_of(rules.since, context, low, at)
    return since >= 0 and _earlier_start(rules, context, since, month) and rules.recall_today.find(
        context, since + 1, after + _SINCE_PAST_REACH
    ) < 0 and not (context.union & rules.comparisons.bit and rules.comparisons.find(context, since - _COMPARISON_WORDS, since) >= 0)


def _earlier_start(rules: _Rules, context: Words, since: int, month: int) -> bool:
    """Whether the "since" ``context.words[since]`` is followed, up to `_SINCE_START_WORDS` words on ("since early
    September", "منذ مطلع تشرين الأول", "since the start of May"), by a start earlier than the article's ``month``: `history.since_earlier` ("the start of the year"), or
    a month other than its own (`months`, `month_names`; none without the article's month; not a noun after a determiner:
    "since the march began")."""
    words = context.words
    for position in range(since + 1, min(since + _SINCE_START_WORDS + 1, len(words))):
        if rules.since_earlier.starts_at(context, position):
            return month != 1
        number = _month_at(rules, context, position)[0]
        if number and not rules.continued_by.starts_at(context, position - 1, position):  # "since the march began"
            return bool(month) and number != month
    # ... or by an event dated, further on in the "since" phrase, by an earlier month told as past (stop 26): "Since the fall
    # of the al-Assad regime last December, Israel has launched hundreds of air strikes", «منذ سقوط النظام في كانون الأول
    # الماضي» (not the article's own month: "since the truce took effect on November 2")
    if not month:
        return False
    position = since + _SINCE_START_WORDS  # from the last word the start's look above read
    while position < len(words) and position - since <= _SINCE_PHRASE_WORDS and not context.bits[position - 1] & PAUSE_BIT:
        number, width = _month_at(rules, context, position)
        if number and number != month and (
            words[position - 1] in _LAST_BEFORE
            or (position + width < len(words) and words[position + width] in _LAST_AFTER)
        ):
            return True
        position += 1
    return False


def _since_past_month(rules: _Rules, context: Words, low: int, high: int, month: int) -> bool:
    """Whether ``context.words[low:high]`` (the mention's clause after it) holds "since" and a month other than the
    article's ``month`` (a word such as "early" may stand between): a tally counted from its start, dated as a year after
    "since" is ("have arrested more than 300 people since September" in a November article). A day ("since Tuesday") or
    the article's own month ("since November 1") is the news; a point of comparison ("the heaviest since September")
    is no date."""
    if not context.union & rules.month_bit:
        return False  # no month's name in the sentence (most)
    forms = context.forms
    for index in range(max(low, 0), min(high, len(forms))):
        if rules.since.isdisjoint(forms[index]):
            continue
        for offset in (1, 2):
            if index + offset >= len(forms):
                break
            number = _month_of(rules, forms[index + offset])
            if number:
                if number != month and not (context.union & rules.comparisons.bit and _compared(rules, context, index + 1)):
                    return True
                break
    return False


def _refers_back(rules: _Rules, context: Words, at: int) -> bool:
    """Whether a determiner of ``history.continued_by`` stands a few words before the mention in its clause ("the
    strikes", "those air raids"), or its first word carries the definite article ("الغارات")."""
    word = context.words[at]
    for prefix in rules.continued_prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return True
    clause = rules.breakers.find(context, 0, at) + 1
    back = rules.continued_by.find(context, max(clause, at - _BACK_WORDS), at)
    return back >= 0 and not context.pause_in(back, at)


def _told_as_past(rules: _Rules, cues: CueSet, context: Words, at: int, after: int) -> bool:
    """Whether a cue of the category's ``history_cues`` stands before the mention in its sentence ("A former detainee
    said he was arrested at a checkpoint") and the mention's clause names no day of the news ("Families of detainees
    said police arrested five more men on Monday" is news)."""
    if cues.find(context, 0, after) < 0:  # a cue may end in the mention: "former detainees"
        return False
    start = rules.breakers.find(context, 0, at) + 1
    end = rules.breakers.find(context, after, None, first=True)
    return rules.recall_today.find(context, start, end if end >= 0 else None) < 0


def _after_time_clause(rules: _Rules, context: Words, cut: int, clause: int, at: int) -> int:
    """Where the mention's clause starts once a clause of time or concession opening it is set aside: one opened by
    the breaker at ``cut`` or by a word of `time_clauses` a few words into the clause, and closed by a pause before the
    mention ("Days after the truce was signed, warplanes struck the town", "رغم الهدنة، شنت الطائرات غارات"): its
    cues (a truce, a denial, a threat) govern no mention after the pause."""
    cues = rules.time_clauses
    start = cut if cut >= 0 and cues.starts_at(context, cut, at) else -1
    index = clause
    while start < 0 and index < min(clause + _OPENER_WORDS, at):  # a few words into the clause: "On the first day of"
        if context.bits[index] & cues.bit and cues.starts_at(context, index, at):
            start = index
        index += 1
    if start < 0:
        return clause
    bits = context.bits
    for index in range(start, at):
        if bits[index] & PAUSE_BIT:
            return index + 1
    return clause


def _past_year_in(
    rules: _Rules, context: Words, low: int, high: int, before_year: int, mention: int = -1, month: int = 0
) -> bool:
    """Whether ``context.words[low:high]`` holds a year before ``before_year`` (not a quantity, not a full date
    of the year before it: "On 14 March 2025," may date a report's event; "the August 4, 2020 port explosion",
    told in a 2026 article, is history). An attributive year dates only its noun ("the 2019 ceasefire"), unless that
    noun is the mention starting at ``mention`` ("the 2023 counteroffensive"). With the article's ``month`` (1-12), so
    does ``before_year`` itself closing a month before the article's (`_this_year_past_month`: "in October 2026")."""
    bits = context.bits
    for index in range(low, high):
        if not bits[index] & YEAR_BIT:
            continue
        year = year_of(context.words[index])
        if month and year == before_year and _this_year_past_month(rules, context, index, month):
            # "police arrested 312 people at rallies in October 2026", «وثّق 23 غارة في أكتوبر/تشرين الأول 2026» in a
            # November 2026 report: last month's tally, as "in October" alone is (`_past_month_after`); not with the day
            # of the news from the mention on ("Protests that began in October 2026 continued on Thursday")
            if rules.recall_today.find(context, max(low, mention), high) < 0 and not (
                context.union & rules.comparisons.bit and _compared(rules, context, index)
            ):
                return True
            continue
        if 1000 <= year < before_year:
            if index == mention - 1 and index > 0 and shares(rules.attributive, context.forms[index - 1]):
                return True
            if rules.not_year_after.find(context, index - 2, index) >= 0 or (
                year >= before_year - _FULL_DATE_NEWS_YEARS
                and (_full_date(rules, context, index) or numeric_date(context.words[index]))
            ):
                continue
            if context.union & rules.comparisons.bit and _compared(rules, context, index):
                continue
            if rules.since and _last_of(rules.since, context, index - 3, index) >= 0 and rules.recall_today.find(context, low, high) >= 0:
                continue  # a state since then, in a clause told as today's: "شنت الطائرات اليوم غارات على بلدة تسيطر عليها الفصائل منذ 2015"
            return True
    return False


def _era_in_clause(rules: _Rules, context: Words, low: int, high: int, after: int) -> bool:
    """Whether an era phrase in ``context.words[low:high]`` dates the mention ending at ``after``: not one past a clause
    breaker after it, which dates that clause ("بدأ الجيش حملة أمنية إثر هجمات على حواجزه خلال الأشهر الماضية": the
    attacks are the background, the campaign is news); a phrase opened by the breaker itself ("قبل سقوط النظام") does."""
    era = rules.era.find(context, low, high, first=True)
    if era < 0:
        return False
    if rules.since and _last_of(rules.since, context, era - 1, era + 1) >= 0 and (
        (context.union & rules.comparisons.bit and _compared(rules, context, era + 1))
        or rules.recall_today.find(context, low, high) >= 0
    ):
        # an era opened by "since" (or after it: "since last month") is read as a year after it is (`_past_year_in`): a
        # point of comparison ("the heaviest shelling since the war began", "أعنف غارات منذ الشهر الماضي"), or a state
        # since then in a clause told as today's ("withdrew on Sunday for the first time since the war began")
        return False
    if era >= after and rules.history_objects.find(context, max(after, era - _ERA_ANNIVERSARY_WORDS), era) >= 0:
        # the era is what an anniversary after the mention marks, not the mention's date: "تظاهر المئات اليوم بمناسبة
        # ذكرى انطلاق الثورة", "rallied on the anniversary of the start of the war" (a protest *on* an anniversary is news)
        return False
    if rules.recent_eras.starts_at(context, era) and rules.recall_today.find(context, low, high) >= 0:
        return False  # last month dates another noun of a clause told as today's: "rallied on Thursday against arrests made last month"
    cut = rules.breakers.find(context, after, high, first=True)
    if cut == after and rules.clause_adverbs.starts_at(context, cut):  # "Jets also struck a market ... last month"
        cut = rules.breakers.find(context, after + 1, high, first=True)
    return cut < 0 or era <= cut


def _habitual(rules: _Rules, context: Words, at: int, after: int) -> bool:
    """Whether the mention ``context.words[at:after]`` is told as a habit: a present-tense verb of `habitual_verbs` before
    it in its clause, and a mark of frequency (`habitual_marks`) from that verb to a few words after the mention
    ("وتشهد بلدات الريف هجمات متكررة", "وتتكرر عمليات التوغل شبه اليومية", "the town regularly sees raids"). Background
    of that kind describes a place, it reports no event; a clause naming the day of the news (`recall_today`: "تشهد
    البلدة منذ صباح اليوم قصفاً متكرراً") is still news. Neither cue alone is enough: "jets carried out repeated
    strikes on Monday" is an event, and so is "today's attack" in a town "that often sees attacks" (another clause)."""
    clause, end = _clause_around(rules, context, at, after)
    verb = rules.habitual_verbs.find(context, clause, at)
    if verb < 0:
        # a verb of recurrence (a habitual verb that is itself a mark: «تتكرر») right after the event's words, with a
        # mark after it: «غارات إسرائيلية تتكرر يومياً على قرى الجنوب» (stop 28; not «كمين يستهدف دورية», a patrol)
        verb = rules.habitual_verbs.find(context, after, min(end, after + _HABIT_MARK_WORDS), first=True)
        if verb < 0 or context.pause_in(after - 1, verb) or not rules.habitual_marks.starts_at(context, verb):
            return False
        if rules.habitual_marks.find(context, verb + 1, min(end, verb + 1 + _HABIT_MARK_WORDS)) < 0:
            return False
        return rules.recall_today.find(context, clause, end) < 0
    if rules.habitual_marks.find(context, verb, min(end, after + _HABIT_MARK_WORDS)) < 0 and rules.habitual_marks.find(
        context, max(clause, verb - _HABIT_MARK_BEFORE), verb
    ) < 0:
        return False  # (the mark also right before the verb: "Turkish forces frequently carry out airstrikes in the area")
    return rules.recall_today.find(context, clause, end) < 0


def _habitual_adjacent(rules: _Rules, context: Words, at: int, after: int) -> bool:
    """Whether the mention ``context.words[at:after]`` is named with a frequency beside it: one of
    `habitual_adjacent_before` ending right before it ("daily strikes", "near-daily strikes", "weekly shelling") or one
    of `habitual_adjacent_after` right after it, across one word at most and no pause («غارات يومية», «غارات إسرائيلية
    يومية», «قصف أسبوعي»), in a clause naming no day of the news (`recall_today`): a habit, no event. A strike of the day
    told beside them stays news ("Jets struck Kafranbel on Tuesday, the latest of the daily strikes")."""
    before = rules.habitual_adjacent_before
    start = before.find(context, max(0, at - _HABIT_ADJACENT_BEFORE), at)
    if start < 0 or start + before.starts_at(context, start, at) != at or context.pause_in(start, at):
        found = rules.habitual_adjacent_after.find(
            context, after, min(len(context.words), after + _HABIT_ADJACENT_AFTER), first=True
        )
        if found < 0 or context.pause_in(after - 1, found):
            return False
    clause, end = _clause_around(rules, context, at, after)
    return rules.recall_today.find(context, clause, end) < 0


def _clause_around(rules: _Rules, context: Words, at: int, after: int) -> tuple[int, int]:
    """``[start, end)`` of the clause holding the mention ``context.words[at:after]``, between `breakers`."""
    cut = rules.breakers.find(context, 0, at, rules.not_breakers)
    end = rules.breakers.find(context, after, None, rules.not_breakers, first=True)
    return (cut + 1 if cut >= 0 else 0), (end if end >= 0 else len(context.words))


def _generic(rules: _Rules, context: Words, after: int) -> bool:
    """Whether a word of `habitual_universals` starts before the end of the mention ending at ``after`` in its sentence
    ("every incursion", "whenever ... shelled"), which tells
    no day of the news (`recall_today`): a rule of many events, no event ("In those years each offensive was followed by
    arrests", «كلما تقدمت الفصائل كانت المدفعية تقصف القرى»; not "Each raid on Monday ended with arrests")."""
    return rules.habitual_universals.find(context, 0, after) >= 0 and rules.recall_today.find(context) < 0


def _compared(rules: _Rules, context: Words, year: int) -> bool:
    """Whether the year ``context.words[year]`` is a point of comparison: "الأعنف منذ عام 2019", "the heaviest since 2019"."""
    since = _last_of(rules.since, context, year - 3, year)
    return since >= 0 and rules.comparisons.find(context, since - _COMPARISON_WORDS, since) >= 0


def _last_of(words: frozenset[str], context: Words, start: int, stop: int) -> int:
    """Index of the last word of ``context.words[start:stop]`` one of whose forms is in ``words``, or -1."""
    for index in range(min(stop, len(context.forms)) - 1, max(start, 0) - 1, -1):
        if holds(words, context, index):
            return index
    return -1


def _full_date(rules: _Rules, words: Words, index: int) -> bool:
    """Whether the year ``words.words[index]`` ends a full date: "14 March 2025", "March 14, 2025",
    "14 آذار 2025"."""
    if index < 2:
        return False
    month = rules.counts.is_date_word
    day = rules.counts.day_of_month
    return (month(words, index - 1) and day(words.words[index - 2])) or (day(words.words[index - 1]) and month(words, index - 2))


def _this_year_past_month(rules: _Rules, words: Words, index: int, month: int) -> bool:
    """Whether the year ``words.words[index]`` closes a month before the article's ``month`` (`_month_before_article`),
    named right before it in one word or two ("in October 2026", «في تشرين الأول 2026», «في أكتوبر/تشرين الأول 2026»),
    not a full date ("on 14 October 2026" may be a report's own date, as `_past_year_in` keeps a year's)."""
    if index < 1 or _full_date(rules, words, index):
        return False
    number, width = _month_at(rules, words, index - 1)
    if not number and index >= 2:
        number, width = _month_at(rules, words, index - 2)
        if width != 2:
            number = 0
    if not number and "/" in words.words[index - 1]:
        # both calendars in one token before the year: «أكتوبر/تشرين الأول 2026» («الأول» alone names no month: read the
        # token before it), «تشرين الأول/أكتوبر 2026», «آب/أغسطس 2026»
        number = _month_in_pair(rules, words.words[index - 1])
    if not number and index >= 2 and "/" in words.words[index - 2]:
        number = _month_in_pair(rules, words.words[index - 2])
    return _month_before_article(number, month)


def _month_in_pair(rules: _Rules, word: str) -> int:
    """The month a token of two calendars' names joined by "/" names («آب/أغسطس», «أكتوبر/تشرين»), 0 none: the first of
    its parts that is a month's name of one word. (Not a month of `_month_at`: "خلال شهر آب/أغسطس 435 غارة" is dated by
    the month rules only through a year after it.)"""
    for part in word.split("/"):
        number = rules.months.get(part, 0) or rules.month_names.get(part, 0)
        if number:
            return number
    return 0


def _history_year(published_at: datetime | None) -> int:
    """Years before this one tell history in an article published at ``published_at``: its own
    year, or last year's in its first month ("on December 30, 2025" in a January report is news)."""
    if published_at is None:
        return 0
    return (published_at - _NEW_YEAR_GRACE).year


# ---------------------------------------------------------------------------------------------- the clause told as past
# Tests of one mention against the past its clause or sentence tells, asked by `_accept` (they need none of its loop state).


def _history_object(rules: _Rules, context: Words, at: int) -> bool:
    """Whether the mention is the object of a history cue a few words before it, with no pause
    or clause breaker between: "the anniversary of the bombing campaign". Each way needs a cue before the mention: a
    sentence with none there is passed with one search."""
    if not context.union & rules.history_objects.bit or rules.history_objects.find(context, 0, at) < 0:
        return False
    cue = rules.history_objects.find(context, at - rules.history_object_window, at)
    if cue >= 0 and _object_reaches(rules, context, cue, at) and not context.pause_in(cue, at):
        return True
    if rules.relatives:
        # a relative clause describing the object: "ذكرى مجزرة الكيماوي في الغوطة التي قصفت فيها الطائرات ..."
        relative = _last_of(rules.relatives, context, at - rules.history_object_window, at)
        if relative > 0:
            cue = rules.history_objects.find(context, relative - 2 * rules.history_object_window, relative)
            if cue >= 0 and _object_reaches(rules, context, cue, at) and not context.pause_in(cue, at):
                return True
    # "the anniversary of the recapture of the city, when forces backed by air strikes drove ...": a clause
    # that continues the history object describes it
    opener = _continued_clause(rules, context, at)
    if opener < 0:
        return False
    low = opener - 1  # the object runs from the cue to the pause before the opener
    while low > 0 and opener - low < _YEAR_WORDS and not context.bits[low - 1] & PAUSE_BIT:
        low -= 1
    cue = rules.history_objects.find(context, low, opener)
    return cue >= 0 and _object_reaches(rules, context, cue, opener)


def _recalled(rules: _Rules, context: Words, at: int, after: int) -> bool:
    """Whether the mention's clause is a pluperfect recalling an earlier event: an auxiliary and, within
    a few words after it and before the mention, a particle ("وكانت القوات ... قد انسحبت"), with no word
    dating the clause to the news ("صباح اليوم") up to a few words after the mention."""
    if rules.recall_particles.empty or not context.union & rules.recall_particles.bit:
        return False
    clause = _recall_clause(rules, context, at)
    particle = rules.recall_particles.find(context, clause, at)
    if particle >= 0:
        auxiliary = rules.recall_auxiliaries.find(context, max(clause, particle - rules.recall_window), particle)
        if auxiliary >= 0:
            return rules.recall_today.find(context, auxiliary, after + rules.recall_window) < 0
    # the event as the subject: "وكانت اشتباكات عنيفة قد اندلعت" (the auxiliary right before it, the particle
    # a few words after it, no pause or breaker between)
    auxiliary = rules.recall_auxiliaries.find(context, max(clause, at - _RECALL_SUBJECT_WORDS), at)
    if auxiliary < 0 or context.pause_in(auxiliary, after):
        return False
    particle = rules.recall_particles.find(context, after, after + _RECALL_SUBJECT_WORDS, first=True)
    if particle < 0 or context.pause_in(after, particle) or rules.breakers.find(context, after, particle) >= 0:
        return False
    return rules.recall_today.find(context, auxiliary, particle + rules.recall_window) < 0


def _dated_after(rules: _Rules, context: Words, low: int, after: int, before_year: int) -> bool:
    """Whether a short clause after a pause past the mention ending at ``after`` opens with one of `dated_after` and ends
    with a year before ``before_year`` ("...; this happened in 2019", "..., killing 40 people, in August 2019"), or opens
    with one of `dated_back` with such a year right after it ("...; that was in 2018, before the deal"), in a
    sentence that tells no day of the news from ``low`` on (`recall_today`: read last, for a clause found)."""
    bits = context.bits
    size = len(bits)
    start = after
    while start < size:
        while start < size and not bits[start - 1] & PAUSE_BIT:
            start += 1
        if start >= size:
            return False
        end = start + 1
        while end < size and not bits[end - 1] & PAUSE_BIT:
            end += 1
        back = rules.dated_back.starts_at(context, start, end) if context.union & rules.dated_back.bit else 0
        if back and _past_year_in(rules, context, start + back, min(end, start + back + _DATED_BACK_WORDS), before_year):
            # "وكان ذلك في عام 2018 بموجب اتفاق التسوية": the year need not end the clause
            return rules.recall_today.find(context, low, size) < 0
        cue = rules.dated_after.starts_at(context, start, end)
        if cue and end - start <= _DATED_AFTER_WORDS and bits[end - 1] & YEAR_BIT and _past_year_in(
            rules, context, end - 1, end, before_year
        ):
            return rules.recall_today.find(context, low, size) < 0
        start = end
    return False


def _dated_past(rules: _Rules, context: Words, at: int, after: int, before_year: int, month: int = 0) -> bool:
    """Whether the mention's clause dates it before ``before_year``: a year within
    `_YEAR_WORDS` words of it, with no pause between ("حملة القصف على ريف إدلب عام 2019"), or
    in a time adverbial opening the sentence ("In 2019, U.S. troops withdrew"). A year in
    another clause ("..., accused of the shelling of Daraa in 2013") dates only that one; a full
    date of the year before ``before_year`` ("On 14 March 2025,") may be when a report's event happened,
    not history (one further back is: "the August 4, 2020 port explosion"); a clause opened by
    a continuation ("..., in July 2025, followed by airstrikes") is dated by the one before; a four-digit
    number after an identifier or quantity word ("رقم 1010", "more than 1500") is no year. An era
    phrase ("خلال سنوات الحرب") dates the clause as a year would, and so does a month before the article's
    ``month`` (1-12, 0 unknown) in a sentence's opening time adverbial ("In September, jets struck the hill")."""
    if not context.union & (YEAR_BIT | rules.era.bit):
        return False
    bits = context.bits
    low = at
    while low > 0 and at - low < _YEAR_WORDS and not bits[low - 1] & PAUSE_BIT:
        low -= 1
    if low > 0 and bits[low - 1] & PAUSE_BIT and (
        # "..., in July 2025, followed by airstrikes": the clause continues the dated one before the pause
        rules.continuations.starts_at(context, low, at)
        # "إذ سجّل الشهر الماضي 38 عملية اغتيال، و11 انفجاراً": a tally's next item shares its clause's verb and date
        or (low < at and rules.counts.opens_list_item(context, low)
            and _untimed(rules, context, low, min(len(bits), after + _YEAR_WORDS)))
    ):
        low -= 1
        # the continued clause is read up to twice as far: "In July 2023, Israel carried out its largest operation
        # in the camp in two decades, involving drone strikes"
        floor = low - 2 * _YEAR_WORDS
        while low > 0 and low > floor and not bits[low - 1] & PAUSE_BIT:
            low -= 1
    if low > 0 and bits[low - 1] & PAUSE_BIT:
        opening = low - 1  # a time adverbial opening the sentence governs the clause after it
        while opening > 0 and not bits[opening - 1] & PAUSE_BIT:
            opening -= 1
        # "In 2019, U.S. troops withdrew"; a clause of its own dates no clause told as today's: "شهدت المدينة
        # اشتباكات منذ عام 2012، كما شنت الطائرات اليوم غارات"
        if opening == 0 and low - opening <= _YEAR_WORDS and (
            not rules.time_openers or shares(rules.time_openers, context.forms[0])
            or rules.recall_today.find(context, low, after + _YEAR_WORDS) < 0
        ):
            low = opening
    if low > 0 and bits[low - 1] & PAUSE_BIT and shares(rules.appositions, context.forms[low]) and _past_year_in(
        rules, context, low - 1, low, before_year
    ):
        return True  # "since troops crossed the border in August 2024, an incursion that ...": the dated event re-named
    if low > 0 and _opened_in_past(rules, context, low, after, before_year, month):
        return True
    if low > 0 and _clause_opened_in_past(rules, context, low, after, before_year):
        return True  # "..., وفي الأشهر الأخيرة، واجهوا ضربات جوية متكررة من طائرات أمريكية"
    if low > 0 and _past_subject(rules, context, low, after, before_year):
        return True  # "The 1982 accord, brokered by Washington, saw Syrian troops pull back"
    if low == 0 and _dated_apposition(rules, context, after, before_year):
        return True  # "The operation, launched in October 2019, was followed by a ceasefire"
    if low == 0 and month and (rules.months or rules.month_names) and _past_month_in(rules, context, after, month):
        return True  # "In September, jets struck the hill twice"
    high = after
    while high < len(bits) and high - after < _YEAR_WORDS and not bits[high - 1] & PAUSE_BIT:
        high += 1
    if high < len(bits) and high > after and bits[high] & YEAR_BIT and _full_date(rules, context, high):
        high += 1  # "... rocked the capital on February 23, 2018, followed by gunfire": the date's comma is no pause (stop 26)
    if high < len(bits) and not bits[high - 1] & PAUSE_BIT and rules.since:
        # a tally since a date reaches its year: "اعتقل أكثر من 20 ألف مواطن في الضفة منذ السابع من تشرين الأول 2023"
        since = _last_of(rules.since, context, after, high + _SINCE_PAST_REACH)
        if since >= 0:
            stop = min(len(bits), since + _SINCE_WORDS)
            while high < stop and not bits[high - 1] & PAUSE_BIT:
                high += 1
    if _era_in_clause(rules, context, low, high, after) or _past_year_in(rules, context, low, high, before_year, at, month):
        return True
    if context.union & rules.dated_after.bit and _dated_after(rules, context, low, after, before_year):
        return True  # "Police arrested dozens of activists in Sweida; this happened in 2019"
    if month and rules.months and _since_past_month(rules, context, after, high, month):
        return True  # "have arrested more than 300 people in the province since September": a tally from its start
    # "the recapture of the city in December 2015, when forces, backed by air strikes, drove ...": the clause
    # a continuation breaker opens is dated by the words before its pause
    opener = _continued_clause(rules, context, at)
    reach = _YEAR_WORDS
    for _ in range(_CONTINUED_LINKS):
        if opener < 0:
            return False
        low = opener - 1
        while low > 0 and opener - low < reach and not bits[low - 1] & PAUSE_BIT:
            low -= 1
        if _era_before(rules, context, low, opener) or _past_year_in(rules, context, low, opener, before_year):
            return True
        if month and rules.months and _since_past_month(rules, context, low, opener, month):
            return True  # "closed since March, when an air strike destroyed it": the clause "when" opens is March's
        # a continued clause that continues one before it is dated by that one: "انطلقت العملية فجر 27 تشرين الثاني
        # 2024 ...، حين شنت الفصائل هجوماً على ...، قبل أن تنسحب تلك القوات من المدينة"
        while low > 0 and opener - low < 2 * _YEAR_WORDS and not bits[low - 1] & PAUSE_BIT:
            low -= 1
        continued = low > 0 and bits[low - 1] & PAUSE_BIT and rules.continuations.starts_at(context, low, opener)
        opener, reach = (low if continued else -1), 2 * _YEAR_WORDS
    return False


def _continues_past(rules: _Rules, context: Words, at: int, same_category: bool) -> bool:
    """Whether the mention's sentence, right after one telling the past (of the mention's category when
    ``same_category``), continues it: the mention refers back to that category's mention (a determiner of
    ``history.continued_by`` a few words before it in its clause, or the definite article on its first word: "The
    strikes killed hundreds", "وأدت الغارات إلى مقتل المئات"), or the sentence points back to that time ("At the time,
    rockets hit the market daily": ``history.back_then``); and it names no time of its own: no year, no day of the
    news, no renewal ("new strikes", "غارات جديدة")."""
    if not _untimed(rules, context):
        return False
    return (same_category and _refers_back(rules, context, at)) or rules.back_then.find(context) >= 0


def _continues_in_sentence(
    rules: _Rules, context: Words, at: int, after: int, same_category: bool, backs: list[int] | None, before_year: int
) -> bool:
    """Whether the mention continues, in a later clause of its own sentence, the past told before it: it refers back (a
    determiner or the definite article) to a mention of its category told as past, or to an event an earlier clause dates
    to a past year ("Security forces arrested dozens in Daraa in 2022, according to rights groups, and the arrests sparked
    protests", "Turkey's operation in Afrin in 2018 displaced thousands, and the offensive was condemned"), or it stands
    after such a reference in its comma segment ("the arrests sparked protests", `backs`: where those references stand);
    and that segment names no time of its own ("..., and the strikes resumed on Monday" is news)."""
    low, high = _segment(context, at, after)
    if low == 0 or not _untimed(rules, context, low, high):
        return False
    if backs is not None and any(low <= back < at for back in backs):
        return True
    return _refers_back(rules, context, at) and (same_category or _past_year_in(rules, context, 0, low, before_year))


def _described(rules: _Rules, context: Words, at: int, after: int) -> bool:
    """Whether the mention ``context.words[at:after]`` lies in a relative clause describing a place or a person, dated a
    week or more back: a pronoun of `described_by` before it with no pause between, and a date of `described_dates` from
    the pronoun to the clause's next pause ("Residents returned to Kafr Nabl, which was shelled last week, ...", "وصلت
    الفرق إلى بلدة كفرنبل التي تعرضت لقصف الأسبوع الماضي"). The clause the place stands in is not read: "Jets struck
    Kafr Nabl, which was shelled last week, again on Monday" still reports Monday's strike."""
    relative = _last_of(rules.described_by, context, max(0, at - _DESCRIBED_WORDS), at)
    if relative > 0 and context.pause_in(relative, at):
        relative = -1
    if relative <= 0:
        # or the victims of an earlier event named by its date after it: "the five people killed in the blast in Azaz
        # last month", "ضحايا انفجار السيارة المفخخة الذي وقع في اعزاز الشهر الماضي"
        if not context.union & rules.victims.bit or not rules.victims.near(context, at, after, _VICTIM_WORDS, 0):
            return False
        relative = after
    end = after
    size = min(len(context.words), after + _YEAR_WORDS)
    while end < size and not context.bits[end - 1] & PAUSE_BIT:
        end += 1
    return rules.described_dates.find(context, relative, end) >= 0


def _recall_clause(rules: _Rules, context: Words, at: int) -> int:
    """Where the clause of a pluperfect holding ``context.words[at]`` starts: at the last clause breaker before it,
    read through breakers of time ("وكانت القوات قد دخلت البلدة بعد معارك، قبل أن تنسحب منها") up to
    ``recall_reach`` words back."""
    cut = rules.breakers.find(context, 0, at)
    if cut < 0 or not rules.recall_through:
        return cut + 1
    floor = at - rules.recall_reach
    crossed = False
    while cut >= 0 and cut > floor and shares(rules.recall_through, context.forms[cut]):
        crossed = True
        cut = rules.breakers.find(context, 0, cut)
    return max(cut + 1, floor) if crossed else cut + 1


def _object_reaches(rules: _Rules, context: Words, cue: int, at: int) -> bool:
    """Whether the object of the history cue at ``cue`` reaches ``at``: no clause breaker after the cue's words,
    and no word ending the object ("marked the anniversary of the uprising with rallies")."""
    end = cue + rules.history_objects.starts_at(context, cue, at)  # "a year after": the cue's own breaker is its own
    return rules.breakers.find(context, end, at) < 0 and rules.history_object_ends.find(context, end, at) < 0


def _continued_clause(rules: _Rules, context: Words, at: int) -> int:
    """Index of the breaker opening the mention's clause when it is a continuation after a pause
    ("..., when forces drove ..."), or -1."""
    if not context.union & rules.continuations.bit or not context.union & rules.breakers.bit:
        return -1
    cut = rules.breakers.find(context, 0, at)
    if cut <= 0 or not context.bits[cut - 1] & PAUSE_BIT or not rules.continuations.starts_at(context, cut, at):
        return -1
    return cut


def _recap_past(rules: _Rules, context: Words, before_year: int) -> bool:
    """Whether the sentence ``context`` is a recap (`history.recaps` opening it) dated to the past anywhere in it: a year
    before ``before_year`` or an era, however far from its mentions ("يُذكر أن التحالف أطلق عملية عاصفة الحزم عام 2015
    وشن آلاف الغارات على مواقع الحوثيين", "It is worth noting that forces withdrew from the city after heavy fighting in
    the early years of the war"), and naming no day of the news ("يُذكر أن اشتباكات مماثلة اندلعت صباح اليوم" is news)."""
    recaps = rules.recaps
    if recaps.empty or not context.union & recaps.bit or not context.union & (YEAR_BIT | rules.era.bit):
        return False
    opened = recaps.starts_at(context, 0)
    if not opened or rules.recall_today.find(context, opened) >= 0:
        return False
    end = len(context.words)
    return rules.era.find(context, opened, end) >= 0 or _past_year_in(rules, context, opened, end, before_year)


def _era_before(rules: _Rules, context: Words, low: int, opener: int) -> bool:
    """Whether an era phrase in the clause ``context.words[low:opener]`` dates the clause it continues: not the month before
    when that clause names the day of the news ("وكانت القوات قد انسحبت الشهر الماضي، فيما شنت الطائرات صباح اليوم غارتين")."""
    era = rules.era.find(context, low, opener, first=True)
    if era < 0:
        return False
    return not (rules.recent_eras.starts_at(context, era) and rules.recall_today.find(context, opener, None) >= 0)
