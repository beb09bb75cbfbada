"""Text that frames a mention as no report of an event: step 2's framing tests (`Detector._accept`).

A war word may stand in a match report (`_in_match_report`: "the visitors retreated deep"), a hashtag
(`_in_hashtag`), a masthead's page name (`_masthead_names`: "يوميات قذيفة هاون | الجمعة 27-11-2026"), a word named
as a word or a work's quoted title (`_named_not_told`), an obituary (`_in_obituary`), a fact-check
(`_in_fact_check`), a look back (`_looks_back`) or a page of sport, markets, culture, history, a court, a drill or opinion
(`_page_type`, `_page_vetoes`: decided once from the title and lead). Each reads the article's or the mention's frame, not
its clause; the article-wide answers are cached per article by the caller.
"""

from __future__ import annotations

import re
from typing import Final

from config.lexicons import Lexicon
from streams.detection.context import _count_tokens, _Rules
from streams.detection.cues import PUNCTUATION, CueSet, Vocabulary, Words, cue_keys, distinct_cues, space_at

# a masthead line (`_masthead_names`): "NAME | SECTION | DATE", at most this long, its date segment this short
_MASTHEAD_BAR: Final = " | "
_MASTHEAD_CHARS: Final = 120
_MASTHEAD_DATE_WORDS: Final = 6
_MASTHEAD_DATE: Final = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?<!\d)(?:19|20)\d{2}(?!\d)")
_HASHTAG_CHARS: Final = 80  # a hashtag (`_in_hashtag`) is at most this long before a mention in it
_OPENING_MARKS: Final = "\u00ab\u201c\u201e\u2018"  # « “ „ ‘ (a straight " opens or closes: its parity says which)
_CLOSING_MARKS: Final = "\u00bb\u201d\u2019"  # » ” ’
_QUOTATION_MARKS: Final = '"' + _OPENING_MARKS  # one string of single characters: `in` is a character search
_TITLE_CHARS: Final = 80  # a work's quoted title has its marks this close to each of its words
_DEFINED_GAP: Final = 2  # "What is a tactical withdrawal", "الانسحاب العسكري هو": an opener or a link this close to a defined term
_TITLE_NOUN_WORDS: Final = 3  # "the new play", "العمل المسرحي الجديد": a work noun (or a word's noun) has at most this many words
_FACT_CHECK_LEAD: Final = 2000  # characters of the body read for a fact-check's words (its first line)
_PAGE_LEAD: Final = 600  # characters of the body's first paragraph read for a page type's words (`_page_type`)
_LEAD_MIN_WORDS: Final = 12  # a retrospective's lead (`_quiet_look_back`) reads the body up to its first line of this many words


def _named_not_told(rules: _Rules, text: str, sentence: int, start: int, end: int, context: Words, at: int, after: int) -> bool:
    """Whether the mention ``text[start:end]`` (``context.words[at:after]`` of the sentence starting at ``sentence``) is a
    name, not a report: a word named as a word (``word_itself`` right before it, or ``word_itself_quoted`` before it
    quoted, ``word_itself_after`` right after it:
    "the word 'withdrawal'", "كلمة انسحاب", "الانسحاب في العنوان"), or words of a work's quoted title (`_quoted_span`) with a
    ``work_titles`` noun right before its opening mark ('the play "The Last Retreat"', 'العمل المسرحي "الانسحاب الأخير"') or
    right after its closing one ('"The Last Retreat", a play by', '"الانسحاب الأخير".. مسرحية'). Only the title's words
    are the work's: the rest of the sentence may report an event ("shelling forced the theatre to cancel the play ...")."""
    if _ends_at(rules.word_itself, context, at):
        return True
    if start > 0 and text[start - 1] in _QUOTATION_MARKS and _ends_at(rules.word_itself_quoted, context, at):
        return True
    if after < len(context.words) and rules.word_itself_after.starts_at(context, after):
        return True
    if rules.work_titles.empty:
        return False
    span = _quoted_span(text, sentence, start, end)
    if span is None:
        return False
    opening, closing = span
    if _ends_at(rules.work_titles, context, len(text[sentence:opening].split())):  # before the word the mark opens
        return True
    # the words after the closing mark, on its line, whatever ends the sentence there ('"الانسحاب الأخير".. مسرحية')
    line_end = text.find("\n", closing, closing + _TITLE_CHARS)
    tokens = [token for token in text[closing + 1:line_end if line_end >= 0 else closing + _TITLE_CHARS].split()
              if token.strip(PUNCTUATION)][:_TITLE_NOUN_WORDS]
    return bool(tokens) and rules.work_titles.starts_at(Words.from_tokens(tokens, rules.vocabulary), 0) > 0


def _defined(rules: _Rules, context: Words, at: int, after: int) -> bool:
    """Whether the mention ``context.words[at:after]`` is a term defined or asked about, no event: a `definition_openers`
    cue opening the sentence and ending at most `_DEFINED_GAP` words before it ("What is a withdrawal?", «تُعرَّف الغارة
    الجوية بأنها»), or the mention opening the sentence (after a `definition_articles` word at most) with a
    `definition_links` cue starting at most `_DEFINED_GAP` words after it ("An airstrike is an attack ...", «الضربة
    الجوية هي هجوم ...»). The engine drops the sentence's later mentions with it: they are the definition's words ("... is
    when troops pull back from positions")."""
    openers = rules.definition_openers
    if not openers.empty and context.union & openers.bit:
        length = openers.starts_at(context, 0, at)
        if length and at - length <= _DEFINED_GAP:
            return True
    links = rules.definition_links
    if links.empty or not context.union & links.bit:
        return False
    if at > 1 or (at == 1 and not rules.definition_articles.starts_at(context, 0, 1)):
        return False
    return any(links.starts_at(context, index) for index in range(after, min(after + _DEFINED_GAP + 1, len(context.words))))


def _ends_at(cues: CueSet, context: Words, at: int) -> bool:
    """Whether a cue of ``cues`` ends right before ``context.words[at]`` (starting at most ``_TITLE_NOUN_WORDS`` before)."""
    if not context.union & cues.bit:
        return False
    for cue in range(max(0, at - _TITLE_NOUN_WORDS), at):
        if cues.starts_at(context, cue, at) == at - cue:
            return True
    return False


def _quoted_span(text: str, sentence: int, start: int, end: int) -> tuple[int, int] | None:
    """(opening, closing) offsets of the quotation marks around ``text[start:end]``, both at most ``_TITLE_CHARS`` away
    in its sentence (starting at ``sentence``), or None: a title is short, and a mark further away opens a quote."""
    low = max(sentence, start - _TITLE_CHARS)
    for mark in _QUOTATION_MARKS:
        if text.find(mark, low, start) >= 0:
            break
    else:
        return None  # no mark before it (searched in place, no slice)
    opening = -1
    for index in range(low, start):
        char = text[index]
        if char in _OPENING_MARKS:
            opening = index
        elif char in _CLOSING_MARKS:
            opening = -1
        elif char == '"':
            opening = -1 if opening >= 0 else index
    if opening < 0:
        return None
    for index in range(end, min(len(text), end + _TITLE_CHARS)):
        char = text[index]
        if char in _CLOSING_MARKS or char == '"':
            return opening, index
        if char in _OPENING_MARKS or char == "\n":
            return None
    return None


def _in_match_report(
    rules: _Rules, text: str, position: int, sentence: tuple[int, int], words: Words, known: dict[object, bool],
    title_length: int = -1, sports: list[tuple[int, int, int]] | None = None,
) -> bool:
    """Whether the mention at ``position`` (in ``sentence``, whose words are ``words``) is a game's play told in a match
    report (``sport_reports``): the article names at least ``min_words`` distinct sport words, the mention's paragraph (its
    line) one sport word at least, and its sentence no keep cue (an air strike on a stadium, a bomb at a match). Sport's
    words are war's in a match report ("withdrawn", "retreated deep", "الجيش" a club), too many to exclude term by term,
    and a paragraph not about the game (a real pullout in the report's aside) names none of them. ``known`` caches the
    answers for the article, its paragraphs and its sentences (each read once: a flood of mentions stays linear).

    The title (``text[:title_length]``) of a match report is the game's, sport word or not: a headline plays on war's
    words ("ليلة الاحتجاجات والانسحاب", "a night of protests and withdrawals") with the club names alone."""
    article = rules.vocabulary  # the key of the article's answer in this language
    if article not in known:  # the article first: its words were found in the scan, and most articles are no match report
        known[article] = _sport_words_in(rules, text, sports)
    if not known[article]:
        return False
    start = text.rfind("\n", 0, position) + 1
    key = (article, start)
    if start == 0 and 0 <= position < title_length:
        known[key] = True  # the title: the article's count decides
    if key not in known:
        end = text.find("\n", position)
        paragraph = Words.from_tokens(text[start:end if end >= 0 else len(text)].split(), rules.vocabulary)
        known[key] = rules.sport_marks.find(paragraph, first=True) >= 0
    if not known[key]:
        return False
    kept = (article, sentence)
    if kept not in known:
        known[kept] = rules.sport_keeps.find(words) >= 0
    return not known[kept]


def _in_hashtag(text: str, position: int) -> bool:
    """Whether ``position`` lies in a hashtag: a run of characters with no space that starts with "#" ("#يوميات_قذيفة_هاون",
    "#غارات_إدلب"). A hashtag labels a post with a page's or a topic's name; it tells no event (the post's sentences do)."""
    low = position - _HASHTAG_CHARS if position > _HASHTAG_CHARS else 0
    start = position
    while start > low and not space_at(text, start - 1):
        start -= 1
    if start and not space_at(text, start - 1):
        return False  # a run longer than any hashtag: no word's label
    return text[start:start + 1] == "#"


def _masthead_names(text: str, title_length: int) -> list[tuple[int, int]]:
    """The spans of an outlet's, a page's or a channel's name on the body's first line when that line is a masthead:
    segments separated by " | ", one of them a short date ("يوميات قذيفة هاون في دمشق | الجمعة 27-11-2026 | 10:40 ص"); the
    names are its other segments that name no date. A page named after a mortar shell reports none; a first line of news with
    a bar ("عاجل | قصف مدفعي على ...") has no date segment, or names its date beside its event. Read once per article, within
    the line's first ``_MASTHEAD_CHARS`` characters."""
    body = title_length + 1 if title_length >= 0 else 0
    end = text.find("\n", body, body + _MASTHEAD_CHARS + 1)
    line = text[body:end] if end >= 0 else text[body:body + _MASTHEAD_CHARS + 1]
    if len(line) > _MASTHEAD_CHARS or _MASTHEAD_BAR not in line:
        return []
    names: list[tuple[int, int]] = []
    dated = False
    offset = body
    for segment in line.split(_MASTHEAD_BAR):
        if _MASTHEAD_DATE.search(segment) is None:
            names.append((offset, offset + len(segment)))
        elif len(segment.split()) <= _MASTHEAD_DATE_WORDS:
            dated = True
        offset += len(segment) + len(_MASTHEAD_BAR)
    return names if dated else []


def _sport_words_in(rules: _Rules, text: str, sports: list[tuple[int, int, int]] | None) -> bool:
    """Whether ``text`` names ``sport_min_words`` distinct sport words, from the hits of the finder's words in the
    scan (``sports``: by index among the automaton's extra keys, every language's in turn) when it found them."""
    finder = rules.sport_finder
    base = rules.sport_base
    if sports is None or base < 0:
        return finder.at_least(text, rules.sport_min_words)
    stop = base + len(finder.keys)
    hits = [(index - base, start, end) for index, start, end in sports if base <= index < stop]
    return finder.at_least_in(text, hits, rules.sport_min_words)


def _sport_keys(lexicon: Lexicon) -> tuple[str, ...]:
    """The words `CueFinder` looks for in ``lexicon``'s sport words, known before its rules are built (the engine's
    automaton, built first, finds them too): from the same cues, on a vocabulary of their own, so that the rules'
    vocabulary registers its cue sets in their usual order; only the keys, no automaton of their own."""
    vocabulary = Vocabulary(lexicon.clitics, lexicon.enclitics)
    return cue_keys(vocabulary.cues(lexicon.expand(lexicon.sport_reports.words)))


def _looks_back(rules: _Rules, text: str, title_length: int, leads: dict[tuple[Vocabulary, int], Words]) -> bool:
    """Whether the title ``text[:title_length]`` frames the article as a look back (``history.retrospective_titles``)."""
    return not rules.retrospective_titles.empty and rules.retrospective_titles.find(
        _title_words(rules, text, title_length, leads)
    ) >= 0


def _title_words(rules: _Rules, text: str, title_length: int, leads: dict[tuple[Vocabulary, int], Words]) -> Words:
    """The words of the title ``text[:title_length]``: the first words of a lead of the language already read
    (`_lead_words`: the title opens it, and the line break after it ends its last token), else read from the title."""
    vocabulary = rules.vocabulary
    for key, words in leads.items():
        if key[0] is vocabulary and key[1] > title_length:
            return words.slice(0, _count_tokens(text, 0, title_length))
    return Words.from_tokens(text[:title_length].split(), vocabulary)


def _quiet_look_back(rules: _Rules, text: str, title_length: int, leads: dict[tuple[Vocabulary, int], Words]) -> bool:
    """Whether the article is a retrospective from its first words: its title looks back (`_looks_back`: "Two years
    after the fall of ...", «بعد عامين على ...», «في الذكرى الثالثة لـ ...») and neither the title nor the body's first
    paragraph (at most `_PAGE_LEAD` characters of it) names the day of the news (``recall_today``: "A year on, survivors
    remember the siege" retells the siege; "A year after the ceasefire, a drone strike hit a car on Thursday" reports the
    strike, and its lead says so; not the renewals, whose "still" and "now" a retrospective's lead is full of). Its mentions
    are then the past unless their own words between pauses name a time (the engine's `retrospective`), even when the
    first of them is not dated: the retelling often starts with no year."""
    if title_length <= 0 or not _looks_back(rules, text, title_length, leads):
        return False
    body = title_length + 1
    stop = min(len(text), body + _PAGE_LEAD)
    end = text.find("\n", body, stop)
    # a byline or a masthead line ("حلب – صحيفة الجماهير") is no lead: read on to the first line of some length
    while end >= 0 and len(text[body:end].split()) < _LEAD_MIN_WORDS:
        end = text.find("\n", end + 1, stop)
    lead = _lead_words(rules, text, end if end >= 0 else stop, leads)
    return rules.recall_today.find(lead) < 0


def _in_obituary(
    rules: _Rules, text: str, title_length: int, known: dict[object, bool], leads: dict[tuple[Vocabulary, int], Words]
) -> bool:
    """Whether the article is an obituary (``history.obituaries`` in its title or its body's first line: "Obituary:",
    "The Herald | Obituaries", "... who has died aged 76"). An obituary tells a life, often a war reporter's or a
    fighter's, whose sieges, arrests and protests are decades old but rarely carry a year in their own clause; the
    answer is cached per language in ``known`` (`_lead_matches`)."""
    return _lead_matches(rules, rules.obituaries, text, title_length, known, None, leads)


def _in_fact_check(
    rules: _Rules, text: str, title_length: int, known: dict[object, bool], leads: dict[tuple[Vocabulary, int], Words]
) -> bool:
    """Whether the article is a fact-check (``history.fact_checks`` in its title or its body's first line: "Fact check:
    ...", «مسبار | مقطع مضلل ...»). A fact-check weighs a claim, a video said to show a strike or a blast, and reports no
    event of the day; the answer is cached per language in ``known`` (`_lead_matches`), the lead read at most
    `_FACT_CHECK_LEAD` characters into the body: a text with no line break is read once, not whole."""
    return _lead_matches(rules, rules.fact_checks, text, title_length, known, _FACT_CHECK_LEAD, leads)


def _lead_matches(
    rules: _Rules, cues: CueSet, text: str, title_length: int, known: dict[object, bool], limit: int | None,
    leads: dict[tuple[Vocabulary, int], Words],
) -> bool:
    """Whether the article's lead, its title and its body's first line (read at most ``limit`` characters into the body;
    whole with None), names a cue of ``cues``. The answer is cached per language (by its vocabulary) in ``known``, one
    dict per cue set and article: the lead is read once (and its words shared through ``leads``: `_lead_words`)."""
    key = rules.vocabulary
    if key not in known:
        body = max(title_length, 0)
        stop = len(text) if limit is None else min(len(text), body + limit)
        end = text.find("\n", body + 1, stop)
        known[key] = cues.find(_lead_words(rules, text, end if end >= 0 else stop, leads)) >= 0
    return known[key]


def _lead_words(rules: _Rules, text: str, end: int, leads: dict[tuple[Vocabulary, int], Words]) -> Words:
    """The words of ``text[:end]``, the title and the start of the body, kept per language and ``end`` in ``leads`` (one
    dict per article): the obituary, fact-check and page tests read the same lead when the body's first line is short."""
    key = (rules.vocabulary, end)
    words = leads.get(key)
    if words is None:
        words = leads[key] = Words.from_tokens(text[:end].split(), rules.vocabulary)
    return words


def _page_type(
    rules: _Rules, text: str, title_length: int, known: dict[object, int], leads: dict[tuple[Vocabulary, int], Words]
) -> int:
    """The index of the article's page type in ``rules.page_kinds`` (``page_types.kinds``: sport, markets, culture,
    history, court, drill, opinion), or -1 for none: the first kind of which the title names a word and the title and the body's
    first paragraph (at most ``_PAGE_LEAD`` characters of it) ``page_types.min_cues`` distinct words. The headline must
    name the kind: an untitled post or a digest whose lead happens to hold two such words stays untyped (bench/tagging.py's
    articles lost 57 of 5,037 events to the veto without this, 32 with it). Decided once per article and language
    (cached in ``known``): one pass of each kind's cues over some sixty words."""
    key = rules.vocabulary
    page = known.get(key)
    if page is None:
        page = -1
        if rules.page_kinds:
            body = title_length + 1 if title_length >= 0 else 0
            end = text.find("\n", body, body + _PAGE_LEAD)
            lead = _lead_words(rules, text, end if end >= 0 else min(len(text), body + _PAGE_LEAD), leads)
            # the title's words open the lead's (a line break ends the title)
            heading = lead.slice(0, _count_tokens(text, 0, title_length)) if title_length > 0 else None
            for index, (words, _, _) in enumerate(rules.page_kinds):
                if heading is None or not heading.union & words.bit or words.find(heading) < 0:
                    continue  # the headline names the page's kind: a digest or a post without one is never typed
                if lead.union & words.bit and distinct_cues(words, lead) >= rules.page_min_cues:
                    page = index
                    break
        known[key] = page
    return page


def _page_vetoes(rules: _Rules, text: str, position: int, page: int, context: Words, known: dict[object, bool]) -> bool:
    """Whether the page of kind ``page`` (`_page_type`) vetoes the mention at ``position``, whose sentence's words are
    ``context``: its sentence holds none of the kind's keeps, and the kind frames every paragraph or this one (its line
    holds a word of the kind's ``paragraph_words`` or ``words``; answered once per paragraph, cached in ``known``)."""
    _, keeps, paragraphs = rules.page_kinds[page]
    if keeps.find(context) >= 0:
        return False
    if paragraphs is None:
        return True
    start = text.rfind("\n", 0, position) + 1
    key = (rules.vocabulary, page, start)
    framed = known.get(key)
    if framed is None:
        end = text.find("\n", position)
        paragraph = Words.from_tokens(text[start:end if end >= 0 else len(text)].split(), rules.vocabulary)
        framed = known[key] = bool(paragraph.union & paragraphs.bit) and paragraphs.find(paragraph, first=True) >= 0
    return framed
