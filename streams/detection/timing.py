"""When a mention happened: today's news or the background of it.

A mention is news unless its clause dates it before the article (a past year, a month two or more back, an era,
"since" an earlier month), tells it as a habit ("تشهد ... هجمات متكررة"), as the subject a dated parenthetical
describes ("The operation, launched in October 2019, ..."), or as an earlier event the sentence looks back on. These
tests read one sentence's words (`Words`) with the language's rules (`_Rules`); the engine (`engine.py`) asks them
from `_dated_past` and its neighbours.
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
    shares,
)

_OPENER_WORDS: Final = 4  # the longest clause opener ("in return for which") has this many words before its breaker
_NEW_YEAR_GRACE: Final = timedelta(days=31)  # in its first month, last year still dates the news (`_history_year`)
# a full date this many years before the history year may still date the news (a report's own date, or a year's tally);
# one further back is history
_FULL_DATE_NEWS_YEARS: Final = 1
_MONTH_AFTER_WORDS: Final = 4  # "was arrested in March", "were detained at checkpoints in April": the month this close after it
_MONTH_WORDS: Final = 4  # "In late September," / "During early March": the month this close to the sentence's start
_HABIT_MARK_WORDS: Final = 3  # "تشهد البلدة هجمات شبه يومية": a mark of frequency this close after a habitual mention
_YEAR_WORDS: Final = 10  # a year dates the mentions of its clause this close to it
_APPOSITION_SUBJECT_WORDS: Final = 4  # a subject a dated parenthetical describes (`_dated_apposition`) has at most this many words
_SINCE_PAST_REACH: Final = 3  # "... في الضفة الغربية منذ ...": a "since" this far past the year's reach still extends it
_COMPARISON_WORDS: Final = 4  # "the heaviest bombing of the city since": a superlative this close before "since"
_BACK_WORDS: Final = 3  # "the heavy Russian strikes": a determiner this close before the mention refers it back


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
    year = int(words[1][:4])
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
    """Whether the sentence opens with a time adverbial holding a past year (or month, `_past_month_in`), in a first
    segment of its own, and the
    mention's later clause (starting at ``low``) names no time of its own: "In 2019, an offensive pushed the rebels
    out, and artillery shelled the plain daily" (not "..., and on Monday jets struck the plain again")."""
    if not rules.time_openers or not shares(rules.time_openers, context.forms[0]):
        return False
    bits = context.bits
    pause = 0
    while pause < low and not bits[pause] & PAUSE_BIT:
        pause += 1
    if pause >= low - 1 or pause >= _YEAR_WORDS:
        return False
    return (
        _past_year_in(rules, context, 0, pause + 1, before_year) or (month > 0 and _past_month_in(rules, context, pause + 1, month))
    ) and _untimed(rules, context, low, min(len(bits), after + _YEAR_WORDS))


def _past_month_in(rules: _Rules, context: Words, high: int, month: int) -> bool:
    """Whether the sentence opens with a time adverbial (`time_openers`, not "since": a tally's start) naming, in its
    first segment up to ``high`` and with no year, a month of ``history.months`` before the article's ``month``: "In
    September, ..." in a November article (a later month may be last year's or one to come)."""
    forms = context.forms
    if not rules.time_openers or not shares(rules.time_openers, forms[0]) or shares(rules.since, forms[0]):
        return False
    bits = context.bits
    stop = min(high, len(bits), _MONTH_WORDS)
    for index in range(stop):
        if bits[index] & YEAR_BIT:
            return False
        if bits[index] & PAUSE_BIT and index + 1 < stop:
            stop = index + 1
    for index in range(1, stop):
        for form in forms[index]:
            number = rules.months.get(form, 0)
            if 0 < number < month:
                return True
    return False


def _past_month_after(rules: _Rules, context: Words, after: int, month: int) -> bool:
    """Whether the mention is dated, right after it in its clause, by a month two or more before the article's ``month``
    with a preposition of time (`time_openers`, not "since") and no year: "The activist was arrested in March at his home"
    in a November report is his story's background, as "In March, ..." opening the sentence is (`_past_month_in`). The
    month just before the article's may date a monthly tally, news in its own right ("documented 90 arrests in
    October"); a year in the clause leaves the date to the year's rules."""
    if month < 3 or not rules.months or not rules.time_openers:
        return False
    forms, bits = context.forms, context.bits
    for index in range(after, min(len(bits), after + _MONTH_AFTER_WORDS)):
        if bits[index] & YEAR_BIT or (index > after and bits[index - 1] & PAUSE_BIT):
            return False
        number = max((rules.months.get(form, 0) for form in forms[index]), default=0)
        if 0 < number <= month - 2:
            previous = forms[index - 1] if index > 0 else frozenset()
            if shares(rules.time_openers, previous) and rules.since.isdisjoint(previous):
                # ... and no year right after it: "in March 2021" is the year's to date
                return not (index + 1 < len(bits) and bits[index + 1] & YEAR_BIT)
            return False
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
    """Whether the "since" ``context.words[since]`` is followed, a word or two on ("since early September", "منذ مطلع
    تشرين الأول"), by a start earlier than the article's ``month``: `history.since_earlier` ("the start of the year"), or
    a month other than its own (`months`, `month_names`; none without the article's month; not a noun after a determiner:
    "since the march began")."""
    words, forms = context.words, context.forms
    for position in range(since + 1, min(since + 4, len(words))):
        if rules.since_earlier.starts_at(context, position):
            return month != 1
        number = 0
        if position + 1 < len(words):
            number = rules.month_names.get(f"{words[position]} {words[position + 1]}", 0)
        number = number or max((rules.months.get(form, 0) or rules.month_names.get(form, 0) for form in forms[position]), default=0)
        if number and not rules.continued_by.starts_at(context, position - 1, position):  # "since the march began"
            return bool(month) and number != month
    return False


def _since_past_month(rules: _Rules, context: Words, low: int, high: int, month: int) -> bool:
    """Whether ``context.words[low:high]`` (the mention's clause after it) holds "since" and a month other than the
    article's ``month`` (a word such as "early" may stand between): a tally counted from its start, dated as a year after
    "since" is ("have arrested more than 300 people since September" in a November article). A day ("since Tuesday") or
    the article's own month ("since November 1") is the news; a point of comparison ("the heaviest since September")
    is no date."""
    forms = context.forms
    for index in range(max(low, 0), min(high, len(forms))):
        if rules.since.isdisjoint(forms[index]):
            continue
        for offset in (1, 2):
            if index + offset >= len(forms):
                break
            number = max((rules.months.get(form, 0) for form in forms[index + offset]), default=0)
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


def _past_year_in(rules: _Rules, context: Words, low: int, high: int, before_year: int, mention: int = -1) -> bool:
    """Whether ``context.words[low:high]`` holds a year before ``before_year`` (not a quantity, not a full date
    of the year before it: "On 14 March 2025," may date a report's event; "the August 4, 2020 port explosion",
    told in a 2026 article, is history). An attributive year dates only its noun ("the 2019 ceasefire"), unless that
    noun is the mention starting at ``mention`` ("the 2023 counteroffensive")."""
    bits = context.bits
    for index in range(low, high):
        if not bits[index] & YEAR_BIT:
            continue
        year = int(context.words[index][:4])
        if 1000 <= year < before_year:
            if index == mention - 1 and index > 0 and shares(rules.attributive, context.forms[index - 1]):
                return True
            if rules.not_year_after.find(context, index - 2, index) >= 0 or (
                year >= before_year - _FULL_DATE_NEWS_YEARS and _full_date(rules, context, index)
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
    cut = rules.breakers.find(context, 0, at, rules.not_breakers)
    clause = cut + 1 if cut >= 0 else 0
    verb = rules.habitual_verbs.find(context, clause, at)
    if verb < 0:
        return False
    end = rules.breakers.find(context, after, None, rules.not_breakers, first=True)
    if end < 0:
        end = len(context.words)
    if rules.habitual_marks.find(context, verb, min(end, after + _HABIT_MARK_WORDS)) < 0:
        return False
    return rules.recall_today.find(context, clause, end) < 0


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


def _history_year(published_at: datetime | None) -> int:
    """Years before this one tell history in an article published at ``published_at``: its own
    year, or last year's in its first month ("on December 30, 2025" in a January report is news)."""
    if published_at is None:
        return 0
    return (published_at - _NEW_YEAR_GRACE).year
