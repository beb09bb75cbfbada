"""What the engine and place attachment both read: a language's compiled context rules, a mention, its
sentence's words, the article's offsets back to the original fields, and a few text helpers.

`streams.detection.engine` (where an article becomes events) and `streams.detection.places` (which
places an event is attached to) both use these; they live here because the engine imports places, so
places cannot import them from the engine.
"""

from __future__ import annotations

import re
from typing import Final

from config.lexicons import Lexicon
from streams.detection.counts import CountReader, ReportedCount
from streams.detection.cues import _BMP_SPACES, PAUSE_BIT, CueFinder, CueSet, Vocabulary, Words
from streams.detection.normalize import NormalizedText, normalize
from streams.detection.patterns import PlaceRef, TermPattern, TermRule

_PARENTHETICAL_WORDS: Final = 3  # a parenthetical holds at most this many words before its breaker (", local officials said,")
_EVIDENCE_CHARS: Final = 300
_SENTENCE_DELIMITERS: Final = ("\n", ". ", "! ", "? ", ".\u201d ", '." ')
_EMPTY: Final = CueSet((), None)
_SEMICOLONS: Final = (";", "\u061b")  # a semicolon ends a clause, in a headline above all ("...; Kherson shelled")


class _Rules:
    """One language's context rules, compiled."""

    def __init__(self, lexicon: Lexicon, vocabulary: Vocabulary) -> None:
        def cues(words: list[str]) -> CueSet:
            return vocabulary.cues(lexicon.expand(words))

        self.vocabulary = vocabulary
        negation = lexicon.negation
        self.negation_before = cues(negation.before)
        self.negation_window = negation.window
        self.negation_near = cues(negation.near_before)
        self.negation_near_window = negation.near_window
        self.modal = cues(negation.modal)
        self.modal_window = negation.modal_window
        self.conjectures = cues(negation.conjectures)
        self.modal_copulas = cues(negation.modal_copulas)
        self.cause_modals = cues(negation.causes)
        self.cause_specifics = cues(negation.cause_specifics)
        self.clause_initial = cues(negation.clause_initial)
        self.intent = cues(negation.intent)
        self.intent_window = negation.intent_window
        self.clause_openers = cues(negation.clause_openers)
        self.questions = cues(negation.questions)
        self.not_negating = cues(negation.not_negating)
        self.acting_crowds = cues(negation.acting_crowds)
        self.negation_after = cues(negation.after)
        self.negation_after_window = negation.after_window
        self.time_clauses = cues(negation.time_clauses)
        self.subject_modals = cues(negation.subject_modals)
        self.cessations = cues(negation.cessations)
        self.resumptions = cues(negation.resumptions)
        self.cessation_joins = cues(negation.cessation_joins)
        self.cessation_followers = cues(negation.cessation_followers)
        self.predicates = cues(negation.predicates)
        self.predicate_window = negation.predicate_window
        self.predicate_stops = cues(negation.predicate_stops)
        self.alternatives = cues(negation.alternatives)
        self.alternative_joins = cues(negation.alternative_joins)
        self.alternative_stops = cues(negation.alternative_stops)
        self.alternative_window = negation.alternative_window
        self.obligations = cues(negation.obligations)
        self.obligation_leads = cues(negation.obligation_leads)
        self.obligation_joins = cues(negation.obligation_joins)
        self.obligation_skips = cues(negation.obligation_skips)
        self.obligation_window = negation.obligation_window
        self.obligation_nouns = tuple(normalize(prefix) for prefix in negation.obligation_nouns if prefix)
        self.report_denials = cues(negation.report_denials)
        self.report_relatives = cues(negation.report_relatives)
        self.report_objects = cues(negation.report_objects)
        self.report_contents = cues(negation.report_contents)
        self.report_keeps = cues(negation.report_keeps)
        self.report_charges = cues(negation.report_charges)
        self.report_window = negation.report_window
        # a sentence with none of these bits negates nothing
        self.negation_bits = (
            self.negation_before.bit | self.negation_near.bit | self.modal.bit | self.clause_initial.bit | self.negation_after.bit
            | self.intent.bit | self.clause_openers.bit | self.subject_modals.bit | self.cessations.bit
            | self.predicates.bit | self.alternatives.bit
        )
        self.history = cues(lexicon.history.cues)
        self.not_history = cues(lexicon.history.not_cues)
        self.history_before_year = lexicon.history.before_year
        self.not_year_after = cues(lexicon.history.not_year_after)
        self.attributive = _word_set(lexicon.history.attributive)
        self.history_objects = cues(lexicon.history.object_cues)
        self.history_object_ends = cues(lexicon.history.object_ends)
        self.history_object_window = lexicon.history.object_window
        self.continuations = cues(lexicon.history.continuations)
        self.dated_after = cues(lexicon.history.dated_after)
        self.dated_back = cues(lexicon.history.dated_back)
        self.appositions = _word_set(lexicon.history.appositions)  # common words: no cue bits (see below)
        self.era = cues([*lexicon.history.era_cues, *lexicon.history.recent_eras])
        self.recent_eras = cues(lexicon.history.recent_eras)
        self.habitual_verbs = cues(lexicon.history.habitual_verbs)
        self.habitual_marks = cues(lexicon.history.habitual_marks)
        self.habitual_adjacent_before = cues(lexicon.history.habitual_adjacent_before)
        self.habitual_adjacent_after = cues(lexicon.history.habitual_adjacent_after)
        self.habitual_adjacent_bits = self.habitual_adjacent_before.bit | self.habitual_adjacent_after.bit
        self.habitual_universals = cues(lexicon.history.habitual_universals)
        self.described_by = _word_set(lexicon.history.described_by)
        self.described_dates = cues(lexicon.history.described_dates)
        self.victims = cues(lexicon.history.victims)
        self.recall_auxiliaries = cues(lexicon.history.recall_auxiliaries)
        self.recall_particles = cues(lexicon.history.recall_particles)
        self.recall_today = cues(lexicon.history.recall_today)
        self.recaps = cues(lexicon.history.recaps)
        self.range_openers = _word_set(lexicon.history.range_openers)
        self.recall_window = lexicon.history.recall_window
        # common words, looked up in a word's forms at one or a few positions: no cue bits of their own, which
        # would make every window holding them pass other cue sets' prefilter
        self.recall_through = _word_set(lexicon.history.recall_through)
        self.recall_reach = lexicon.history.recall_reach
        self.relatives = _word_set(lexicon.history.relatives)
        self.time_openers = _word_set(lexicon.history.time_openers)
        self.since = _word_set(lexicon.history.since)
        self.months = {normalize(name): number for number, name in enumerate(lexicon.history.months, 1) if name.strip()}
        self.comparisons = cues(lexicon.history.comparisons)
        self.since_earlier = cues(lexicon.history.since_earlier)
        self.month_names = {normalize(name): number for name, number in lexicon.history.month_names.items() if name.strip()}
        # the first word of every month's name (`timing._month_at`): a word none of whose forms is one names no month
        self.month_words = frozenset(name.split(" ")[0] for name in (*self.months, *self.month_names))
        # their cue bit: a word (a sentence) without it names no month
        self.month_bit = vocabulary.register(self.month_words) if self.month_words else 0
        self.continued_by = cues(lexicon.history.continued_by)
        self.continued_prefixes = tuple(normalize(prefix) for prefix in lexicon.history.continued_prefixes if prefix)
        self.renewals = cues(lexicon.history.renewals)
        self.back_then = cues(lexicon.history.back_then)
        self.retrospective_titles = cues(lexicon.history.retrospective_titles)
        self.obituaries = cues(lexicon.history.obituaries)
        self.fact_checks = cues(lexicon.history.fact_checks)
        self.back_references = _word_set(lexicon.back_references)
        self.anaphors = _word_set(lexicon.anaphors)
        self.anaphor_kinds = _word_set(lexicon.anaphor_kinds)
        self.refers_back_to: dict[str, frozenset[str]] = {
            name: frozenset(entry.refers_back_to) for name, entry in lexicon.categories.items() if entry.refers_back_to
        }
        self.work_titles = cues(lexicon.work_titles)
        self.word_itself = cues(lexicon.word_itself)
        self.word_itself_quoted = cues(lexicon.word_itself_quoted)
        self.word_itself_after = cues(lexicon.word_itself_after)
        self.definition_openers = cues(lexicon.definition_openers)
        self.definition_links = cues(lexicon.definition_links)
        self.definition_articles = cues(lexicon.definition_articles)
        sport = lexicon.sport_reports
        self.sport_words = cues(sport.words)
        self.sport_marks = cues([*sport.words, *sport.sentence_words])
        self.sport_keeps = cues(sport.keeps)
        self.sport_min_words = sport.min_words
        self.sport_finder = CueFinder(self.sport_words, vocabulary)  # counts them in a whole article
        # where the finder's keys start among the extra keys of the engine's automaton (-1: it runs its own pass)
        self.sport_base = -1
        self.sport_categories = frozenset(sport.categories) if not self.sport_words.empty else frozenset()
        pages = lexicon.page_types
        # the page types (`framing._page_type`), in the lexicon's order: each kind's title-and-lead words, the marks of a
        # real event that keep a mention on its pages (every kind's unless it opts out, and its own), and the words that
        # bring a paragraph
        # under the veto (`framing._page_vetoes`; None: every paragraph)
        self.page_kinds = tuple(
            (cues(page.words), cues([*(pages.keeps if page.shared_keeps else ()), *page.keeps]),
             cues([*page.words, *page.paragraph_words]) if page.paragraph_words else None)
            for page in pages.kinds.values() if page.words
        )
        self.page_min_cues = pages.min_cues
        self.page_categories = frozenset(pages.categories) if self.page_kinds else frozenset()
        self.conjunctions = tuple(normalize(word) for word in lexicon.conjunctions if word)
        self.verb_classes = frozenset(lexicon.verb_classes)
        self.report_openers = cues(lexicon.report_openers)
        self.verb_conjunctions = frozenset(normalize(word) for word in lexicon.verb_conjunctions if word)
        self.breakers = cues(lexicon.clause_breakers)
        self.not_breakers = cues(lexicon.not_breakers)
        self.clause_adverbs = cues(lexicon.clause_adverbs)
        self.place_cues = cues(lexicon.place_cues)
        self.locatives = cues(lexicon.locatives)
        self.locative_clitics = tuple(normalize(c) for c in lexicon.locative_clitics if c)
        self.place_verbs = cues(lexicon.place_verbs)
        self.directions = cues(lexicon.directions)
        self.references = cues(lexicon.reference_cues)
        self.reference_firsts = _first_words(lexicon.reference_cues)
        self.counts = CountReader(lexicon.numbers, vocabulary)
        self.dual_suffixes = frozenset(normalize(s) for s in lexicon.numbers.dual_suffixes)
        self.excludes: dict[str, tuple[CueSet, int]] = {}
        self.causes: dict[str, tuple[CueSet, CueSet]] = {}
        self.destinations: dict[str, CueSet] = {}
        self.origins: dict[str, CueSet] = {}
        self.targets: dict[str, CueSet] = {}
        self.origins_after: dict[str, CueSet] = {}
        self.count_nouns: dict[str, CueSet] = {}
        self.yields_to: dict[str, frozenset[str]] = {}
        # category -> the words telling a mention as perceived, and how near (`Category.perceived`)
        self.perceived: dict[str, tuple[CueSet, int]] = {}
        # category -> what else makes the blasts heard (an interception), told in or right before a perceived mention's
        # sentence (`Category.perceived_causes`)
        self.perceived_causes: dict[str, CueSet] = {}
        # category -> its antecedents as one pattern over the normalized article (`Category.antecedents`)
        self.antecedents: dict[str, _Antecedents] = {}
        self.past_cues: dict[str, CueSet] = {}
        self.excludes_later: dict[str, CueSet] = {}
        self.exclude_keeps: dict[str, CueSet] = {}
        # category -> its present forms and the times to come that make one under a deal a plan (`Category.plan_forms`)
        self.plans: dict[str, tuple[CueSet, CueSet]] = {}
        # category -> its forms that tell no past and the stay words that make one a withdrawal to come (`Category.stay_forms`)
        self.stays: dict[str, tuple[CueSet, CueSet, CueSet]] = {}
        # category -> who carries it out (`Category.agents`): a sentence naming none refers back to the last mention
        self.agents: dict[str, CueSet] = {}
        # ... the categories where only a bare anaphor refers back so (`Category.agents_bare_only`)
        self.agents_bare_only: set[str] = set()
        self.causes_after: dict[str, tuple[CueSet, CueSet]] = {}
        self.causes_before: dict[str, CueSet] = {}
        for category, entry in lexicon.categories.items():
            self.excludes[category] = (cues(entry.excludes), entry.exclude_window)
            if entry.cause_cues and entry.excluded_causes:
                self.causes[category] = (cues(entry.cause_cues), cues(entry.excluded_causes))
            self.destinations[category] = cues(entry.destination_cues)
            self.origins[category] = cues(entry.origin_cues)
            self.targets[category] = cues(entry.target_cues)
            self.origins_after[category] = cues(entry.origin_after_term)
            self.count_nouns[category] = cues(entry.count_nouns)
            self.yields_to[category] = frozenset(entry.yields_to)
            if entry.perceived:
                self.perceived[category] = (cues(entry.perceived), entry.perceived_window)
                if entry.perceived_causes:
                    self.perceived_causes[category] = cues(entry.perceived_causes)
            phrases = sorted({normalize(phrase) for phrase in lexicon.expand(entry.antecedents) if phrase.strip()}, key=len, reverse=True)
            if phrases:
                self.antecedents[category] = _Antecedents(phrases)
            if entry.causes_after:
                self.causes_after[category] = (cues(entry.causes_after), cues(entry.causes_after_keeps))
                if entry.causes_before:
                    self.causes_before[category] = cues(entry.causes_before)
            if entry.excludes_later:
                self.excludes_later[category] = cues(entry.excludes_later)
            if entry.exclude_keeps:
                self.exclude_keeps[category] = cues(entry.exclude_keeps)
                if entry.plan_forms and entry.plan_times:
                    self.plans[category] = (cues(entry.plan_forms), cues(entry.plan_times))
            if entry.stay_forms and entry.stay_cues:
                self.stays[category] = (cues(entry.stay_forms), cues(entry.stay_cues), cues(entry.stay_keeps))
            if entry.agents:
                self.agents[category] = cues(entry.agents)
                if entry.agents_bare_only:
                    self.agents_bare_only.add(category)
            if entry.history_cues:
                self.past_cues[category] = cues(entry.history_cues)
        self.affiliations = cues(lexicon.affiliation_cues)
        self.roads = cues(lexicon.road_cues)
        self.speech = cues(lexicon.speech_verbs)
        # first words of the cues looked for right after a place: a token that is none of them is looked at no further
        self.speech_firsts = _first_words(lexicon.speech_verbs)
        self.road_firsts = _first_words(lexicon.road_cues)
        self.stationed = cues(lexicon.stationed)
        self.person_origins = cues(lexicon.person_origins)
        self.speech_not_after = cues(lexicon.speech_not_after)
        self.road_between = cues(lexicon.road_between)
        self.not_place_after = cues(lexicon.not_place_after)
        self.not_place_after_firsts = _first_words(lexicon.not_place_after)
        self.district_words = cues(lexicon.district_words)
        self.river_words = frozenset(normalize(word) for word in lexicon.river_words if word)
        self.district_firsts = _first_words(lexicon.district_words)
        self.countryside_lists = frozenset(normalize(word) for word in lexicon.countryside_lists if word)
        # place -> the region its countryside is (set by the detector from its matcher: needs the gazetteer)
        self.countrysides: dict[PlaceRef, PlaceRef] = {}


class _Antecedents:
    """A category's antecedent phrases (`Category.antecedents`), found in a whole article as whole words.

    The pattern runs over the article from where it may first match: a phrase holds its last word, so a match
    starts at most the longest phrase's length before the first occurrence of one (`needles`), and an article
    holding none (most) is not searched at all. The regex engine, with a word boundary first, tries every position
    it searches from."""

    __slots__ = ("_needles", "_pattern", "_reach")

    def __init__(self, phrases: list[str]) -> None:
        self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")
        lasts = sorted({(phrase.split() or [""])[-1] for phrase in phrases}, key=len)
        # a last word holding a shorter one ("raided", "raid") is found where that one is
        self._needles = tuple(word for index, word in enumerate(lasts) if not any(shorter in word for shorter in lasts[:index]))
        self._reach = max(len(phrase) for phrase in phrases)

    def first(self, text: str) -> int:
        """Where the first antecedent stands in ``text``, or -1."""
        first = -1
        for needle in self._needles:
            found = text.find(needle)
            if found >= 0 and (first < 0 or found < first):
                first = found
        if first < 0:
            return -1
        match = self._pattern.search(text, first - self._reach if first > self._reach else 0)
        return match.start() if match is not None else -1


def _first_words(cues: list[str]) -> frozenset[str]:
    """The normalized first word of each cue: a token that is none of them starts no cue of the list."""
    return frozenset(normalize(cue).split()[0] for cue in cues if cue.strip())


class _Mention:
    """One term hit that survived the word-boundary checks (a plain class: native when compiled)."""

    __slots__ = ("count", "destination", "end", "first", "last", "pattern", "places", "sentence", "start", "suffix", "words")

    def __init__(self, start: int, end: int, pattern: TermPattern, suffix: str) -> None:
        self.start = start  # word start, proclitics included
        self.end = end  # word end, suffix included
        self.pattern = pattern
        self.suffix = suffix
        self.sentence: tuple[int, int] = (0, 0)
        self.words: _SentenceWords | None = None  # the sentence's words; the mention is words[first:last]
        self.first = 0
        self.last = 0
        self.count: ReportedCount | None = None
        self.places: list[PlaceRef] = []
        self.destination: PlaceRef | None = None

    @property
    def rule(self) -> TermRule:
        return self.pattern.rule


class _Article:
    """Maps offsets in the combined normalized ``title \\n text`` back to the original fields."""

    def __init__(self, combined: str, title_length: int, title: NormalizedText | None, text: NormalizedText) -> None:
        self.combined = combined
        self.title_length = title_length
        self.title = title
        self.text = text

    def _field(self, position: int) -> tuple[str, NormalizedText, int]:
        if self.title is not None and position <= self.title_length:
            return "title", self.title, 0
        return "text", self.text, self.title_length + 1

    def original_char(self, position: int) -> str:
        _, normalized, offset = self._field(position)
        original = normalized.to_original(position - offset)
        return normalized.original[original] if original < len(normalized.original) else ""

    def original_text(self, start: int, end: int) -> str:
        """The original text of the combined ``[start, end)`` (one field)."""
        _, normalized, offset = self._field(start)
        original_start, original_end = normalized.span_to_original(start - offset, end - offset)
        return normalized.original[original_start:original_end]

    def locate(self, mention: _Mention) -> tuple[str, tuple[int, int], str, str]:
        """(field, original span of the term, original sentence as evidence, original term)."""
        name, normalized, offset = self._field(mention.start)
        start, end = normalized.span_to_original(mention.start - offset, mention.end - offset)
        sentence_start = max(0, mention.sentence[0] - offset)
        sentence_end = min(len(normalized.text), mention.sentence[1] - offset)
        original_start, original_end = normalized.span_to_original(sentence_start, sentence_end)
        evidence = normalized.original[original_start:original_end].strip()
        if len(evidence) > _EVIDENCE_CHARS:
            middle = (start + end) // 2 - original_start
            left = max(0, min(middle - _EVIDENCE_CHARS // 2, len(evidence) - _EVIDENCE_CHARS))
            evidence = evidence[left:left + _EVIDENCE_CHARS].strip()
        return name, (start, end), evidence, normalized.original[start:end]


def _word_set(words: list[str]) -> frozenset[str]:
    """Normalized words, each a single word as `Words.forms` holds them (proclitics are removed there)."""
    return frozenset(normalize(word) for word in words if word.strip())


def _parenthetical(context: Words, index: int) -> bool:
    """Whether the breaker ``context.words[index]`` ends a parenthetical between commas: ", however,", ", officials
    said," (the breaker ends with a pause, and a pause closes one of the few words before it)."""
    bits = context.bits
    if not bits[index] & PAUSE_BIT:
        return False
    return any(bits[before] & PAUSE_BIT for before in range(max(0, index - _PARENTHETICAL_WORDS), index))


class _SentenceWords:
    """The words of one sentence (``str.split``, punctuation stripped), with their offsets."""

    __slots__ = ("_counted", "_offsets", "_spaced", "_tokens", "_tokens_before", "semicolon", "start", "text", "words")

    def __init__(self, text: str, sentence: tuple[int, int], vocabulary: Vocabulary) -> None:
        self.text = text
        self.start = sentence[0]
        segment = text[sentence[0]:sentence[1]]
        self._tokens = segment.split()
        self.words = Words.from_tokens(self._tokens, vocabulary)
        self._offsets: list[int] | None = None
        self.semicolon = _SEMICOLONS[0] in segment or _SEMICOLONS[1] in segment  # clauses end at one
        # how far `locate` has counted the tokens: up to ``_counted``, ``_tokens_before`` of them started, and whether
        # the character before it is white space (or the sentence start). The sentence's mentions come in order of
        # their start, so its text is walked once for all of them, not from its start for each.
        self._counted = self.start
        self._tokens_before = 0
        self._spaced = True

    def locate(self, start: int, end: int) -> tuple[int, int]:
        """``(first, last)``: the mention ``text[start:end]`` is ``words[first:last]``."""
        text = self.text
        before = self._count_to(start)  # ``_count_tokens(text, self.start, start)``
        # punctuation glued to the mention ("(غارات") is part of its token
        glued = start > self.start and not text[start - 1].isspace()
        first = before - 1 if glued else before
        # words up to ``end`` = words before + words of the mention - the token both count
        upto_end = before + _count_tokens(text, start, end)
        if glued and start < end and not text[start].isspace():
            upto_end -= 1
        last = upto_end if upto_end > first + 1 else first + 1
        tokens = len(self._tokens)
        return first, last if last < tokens else tokens

    def _count_to(self, position: int) -> int:
        """How many tokens start in ``text[start:position]`` (``_count_tokens``), counted on from where the last call
        stopped when ``position`` is not before it."""
        if position < self._counted:
            self._counted = self.start
            self._tokens_before = 0
            self._spaced = True
        text = self.text
        count = self._tokens_before
        spaced = self._spaced
        spaces = _BMP_SPACES
        for index in range(self._counted, position):
            code = ord(text[index])
            if code < 0x10000 and spaces[code] == 1:
                spaced = True
            elif spaced:
                count += 1
                spaced = False
        if position > self._counted:
            self._counted = position
            self._tokens_before = count
            self._spaced = spaced
        return count

    def ends_with(self, index: int, marks: str) -> bool:
        """Whether the token of word ``index`` ends with one of the characters ``marks`` (a colon, not a comma)."""
        return 0 <= index < len(self._tokens) and self._tokens[index][-1] in marks

    def offset(self, index: int) -> int:
        """Offset in the text of word ``index`` (the end of the sentence's last word for ``len``)."""
        if self._offsets is None:
            offsets = []
            position = self.start
            for token in self._tokens:
                position = self.text.find(token, position)
                offsets.append(position)
                position += len(token)
            offsets.append(position)
            self._offsets = offsets
        return self._offsets[min(index, len(self._offsets) - 1)]


# Whether each code point of the Basic Multilingual Plane is a letter (``str.isalpha``), read by
# code point: ``text[i].isalpha()`` builds a one-character string for every non-Latin-1 letter, and
# the scan asks it at both ends of every hit.
def _sentence_table(
    tables: dict[str, dict[int, _SentenceWords]], text: str, sentence: tuple[int, int], lang: str, vocabulary: Vocabulary
) -> _SentenceWords:
    """The word table of ``text[sentence[0]:sentence[1]]`` in ``lang``, built on first use and kept in ``tables`` (one per
    article, per language and by the sentence's start: the sentences partition the text, and the mention checks, the
    accident checks and the next sentence's denial read the same sentences)."""
    in_lang = tables.get(lang)
    if in_lang is None:
        in_lang = tables[lang] = {}
    table = in_lang.get(sentence[0])
    if table is None:
        table = in_lang[sentence[0]] = _SentenceWords(text, sentence, vocabulary)
    return table


_BMP_LETTERS: Final = bytes(chr(code).isalpha() for code in range(0x10000))


def _letter_at(text: str, index: int) -> bool:
    """``text[index].isalpha()``."""
    code = ord(text[index])
    return _BMP_LETTERS[code] == 1 if code < 0x10000 else text[index].isalpha()


def span_order(start: int, end: int, scale: int) -> int:
    """A sort key of the span ``[start, end)`` ordering spans by start, the longest first, as the tuple
    ``(start, -(end - start))`` does, for spans no longer than ``scale - 1``: one integer compares faster
    than a tuple (the automaton's hits are sorted so in every article)."""
    return start * scale - (end - start)


def _count_tokens(text: str, start: int, end: int) -> int:
    """``len(text[start:end].split())``, counted by code point without building the tokens (the words
    before every mention in its sentence are counted)."""
    if start < 0 or end > len(text) or start >= end:
        return len(text[start:end].split())
    count = 0
    spaced = True  # the character before ``index`` is white space (or the start)
    spaces = _BMP_SPACES
    for index in range(start, end):
        code = ord(text[index])  # `space_at`, inline: a call per character cost more than the test
        if code < 0x10000 and spaces[code] == 1:
            spaced = True
        elif spaced:
            count += 1
            spaced = False
    return count
