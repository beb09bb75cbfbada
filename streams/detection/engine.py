"""The detector: an article in, the events it reports out.

One pass of one automaton over the normalized title and text finds every candidate term and place
(`streams.detection.patterns`). Python then only looks at the hits:

1. **Word boundaries**: the letters before a hit must be an allowed proclitic, the letters after an
   allowed suffix; overlapping hits keep the longest (``ضربة جوية`` over ``ضربة``).
2. **Context**: a term may require context words (``سحب`` needs an object such as ``قوات``);
   exclusion words around a mention cancel it (sports, politics, finance), unless a keep word of its
   term stands in its clause ("hundreds held a rally against rising prices"), and a term's own
   exclusions may reach back to its clause's start ("air defences shot down overnight 20 drones");
   negation cues before it
   in the same clause ("no", "denied", "نفى") or right after it cancel it; anaphoric terms ("the
   campaign", "الحملة") count only after an explicit mention of the category in the article.
3. **Count**: the number right before the term (`streams.detection.counts`).
4. **Places**: a mention takes the places that follow it in its sentence (up to the next mention or
   clause breaker: "while", "بينما"; a next mention of its own category with no place between goes on
   the phrase: "artillery fired 22 shells at X" places both at X), chained while they stay close together, so one mention that
   enumerates several places applies to every region listed (an area wider than a region, "northeast
   Syria", yields to a named place of its country further on in the clause); else the nearest place before it in
   the sentence; else the place of the previous mention of its category (when it only names a
   destination); else, in a sentence naming no place in the mention's clause, a domestic authority acting in it before the
   mention ("Jordanian border guards clashed ..." is Jordan); else the article's main place (the
   most mentioned place, title mentions weighing more); else, in an article naming no place, the
   country of the last demonym after it in its clause, its target ("... struck positions of the
   Ukrainian army"). Places after a destination cue ("إلى",
   "towards") of a withdrawal are its destination, not its location; places after a target cue of its
   category ("against", "in solidarity with", "للمطالبة"), right after an affiliation cue ("backed by",
   "المدعومة من") or naming a road ("the Damascus highway", "اوتستراد درعا دمشق") are none of its places.
   Ambiguous gazetteer names
   count only after a place cue (``مدينة``, "town of") or, in English, capitalized (or in capitals
   as a dateline); a bare country name is an actor ("روسيا تسحب"), not a location, unless a
   locative ("في", "in", the proclitic ب) introduces it. A name shared by places of several
   countries ("Tripoli", "رفح") is read once per article: its default place, unless the article
   names nothing of the default's country (country, region, place, demonym) but names another's; an
   ambiguous name shared by places of several countries (no common word) also counts after a locative
   ("في عمان" is Amman; in a report naming "العمانية" and nothing Jordanian, Oman).
5. **Events**: one per (category, region) per article — per (category, country) for places with no
   region — keeping the mention with the largest count; an area with no region (a country, "southern
   Syria") adds none beside an event of its category at a region of its country, unless it has a count. A category may yield to another in the
   same sentence (blasts caused by an airstrike are the airstrike) unless it has its own count; a
   term may also yield to the sentence before it ("Drones hit the city. Loud blasts shook it.") or
   never (a mine that went off beside shelling).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import datetime, timedelta
from typing import Final

from config.gazetteer import Gazetteer
from config.lexicons import Lexicon
from streams.detection.counts import CountReader, ReportedCount
from streams.detection.cues import PAUSE_BIT, PUNCTUATION, YEAR_BIT, CueSet, Vocabulary, Words, split_words
from streams.detection.language import canonical_lang, detect_language
from streams.detection.model import DetectedEvent, TagResult
from streams.detection.normalize import NormalizedText, normalize, normalize_mapped
from streams.detection.patterns import DEMONYM, PlaceRef, TermPattern, TermRule, build_matcher

__all__ = ["Detector"]

_CHAIN_GAP_WORDS: Final = 5  # places this close to each other form one enumeration
_PAUSED_CHAIN_WORDS: Final = 2  # ... unless a comma stands between them and more words than this
_ENUMERATION_GAP_WORDS: Final = 1  # before a mention, only places this close ("X و Y", "X, central Y") enumerate
_DESTINATION_WORDS: Final = 3  # a destination cue at most this many words before the place
# an origin cue at most this many words before the place ("من اتجاه شمال غرب لبنان", "مصدره مواقع مجموعات مسلحة
# عشائرية متمركزة في ريف درعا")
_ORIGIN_WORDS: Final = 8
_TARGET_WORDS: Final = 4  # a target cue at most this many words before the place ("against the war on Gaza")
_REFERENCE_WORDS: Final = 6  # "45 km southeast of": a reference cue and a distance before it
_NEAR_BEFORE_WORDS: Final = 1  # "شرقي الرقة بثلاث غارات": a place this close before the mention is its own
_QUALIFIER_WORDS: Final = 2  # "حميميم بمحافظة اللاذقية": a place this close after a destination qualifies it
_PARENTHETICAL_WORDS: Final = 3  # a parenthetical holds at most this many words before its breaker (", local officials said,")
_OPENER_WORDS: Final = 4  # the longest clause opener ("in return for which") has this many words before its breaker
_EVIDENCE_CHARS: Final = 300
_SENTENCE_DELIMITERS: Final = ("\n", ". ", "! ", "? ", ".\u201d ", '." ')
_PERIOD: Final = _SENTENCE_DELIMITERS.index(". ")  # the one delimiter an abbreviation ("U.S. troops") fakes
# A "sentence" longer than this is cut at a space: context rules read a sentence per mention, so
# an unpunctuated 100 KB text full of mentions would otherwise cost time quadratic in its length.
_MAX_SENTENCE_CHARS: Final = 3000
# Mentions and place names read per article: a real article has tens; a hostile one can hold
# hundreds of thousands, each costing a context check, and tagging must stay well under the
# worker's session timeout.
_MAX_MENTIONS: Final = 1000
_MAX_PLACES: Final = 5000
_TITLE_WEIGHT: Final = 3


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
        self.clause_initial = cues(negation.clause_initial)
        self.intent = cues(negation.intent)
        self.intent_window = negation.intent_window
        self.clause_openers = cues(negation.clause_openers)
        self.not_negating = cues(negation.not_negating)
        self.negation_after = cues(negation.after)
        self.negation_after_window = negation.after_window
        # a sentence with none of these bits negates nothing
        self.negation_bits = (
            self.negation_before.bit | self.negation_near.bit | self.modal.bit | self.clause_initial.bit | self.negation_after.bit
            | self.intent.bit | self.clause_openers.bit
        )
        self.history = cues(lexicon.history.cues)
        self.not_history = cues(lexicon.history.not_cues)
        self.history_before_year = lexicon.history.before_year
        self.not_year_after = cues(lexicon.history.not_year_after)
        self.history_objects = cues(lexicon.history.object_cues)
        self.history_object_ends = cues(lexicon.history.object_ends)
        self.history_object_window = lexicon.history.object_window
        self.continuations = cues(lexicon.history.continuations)
        self.era = cues(lexicon.history.era_cues)
        self.recall_auxiliaries = cues(lexicon.history.recall_auxiliaries)
        self.recall_particles = cues(lexicon.history.recall_particles)
        self.recall_today = cues(lexicon.history.recall_today)
        self.recall_window = lexicon.history.recall_window
        # common words, looked up in a word's forms at one or a few positions: no cue bits of their own, which
        # would make every window holding them pass other cue sets' prefilter
        self.recall_through = _word_set(lexicon.history.recall_through)
        self.recall_reach = lexicon.history.recall_reach
        self.relatives = _word_set(lexicon.history.relatives)
        self.time_openers = _word_set(lexicon.history.time_openers)
        self.since = _word_set(lexicon.history.since)
        self.comparisons = cues(lexicon.history.comparisons)
        self.back_references = _word_set(lexicon.back_references)
        self.conjunctions = tuple(normalize(word) for word in lexicon.conjunctions if word)
        self.breakers = cues(lexicon.clause_breakers)
        self.place_cues = cues(lexicon.place_cues)
        self.locatives = cues(lexicon.locatives)
        self.locative_clitics = tuple(normalize(c) for c in lexicon.locative_clitics if c)
        self.directions = cues(lexicon.directions)
        self.references = cues(lexicon.reference_cues)
        self.reference_firsts = frozenset(normalize(cue).split()[0] for cue in lexicon.reference_cues if cue.strip())
        self.counts = CountReader(lexicon.numbers, vocabulary)
        self.dual_suffixes = frozenset(normalize(s) for s in lexicon.numbers.dual_suffixes)
        self.excludes: dict[str, tuple[CueSet, int]] = {}
        self.destinations: dict[str, CueSet] = {}
        self.origins: dict[str, CueSet] = {}
        self.targets: dict[str, CueSet] = {}
        self.origins_after: dict[str, CueSet] = {}
        self.count_nouns: dict[str, CueSet] = {}
        self.yields_to: dict[str, frozenset[str]] = {}
        for category, entry in lexicon.categories.items():
            self.excludes[category] = (cues(entry.excludes), entry.exclude_window)
            self.destinations[category] = cues(entry.destination_cues)
            self.origins[category] = cues(entry.origin_cues)
            self.targets[category] = cues(entry.target_cues)
            self.origins_after[category] = cues(entry.origin_after_term)
            self.count_nouns[category] = cues(entry.count_nouns)
            self.yields_to[category] = frozenset(entry.yields_to)
        self.affiliations = cues(lexicon.affiliation_cues)
        self.roads = cues(lexicon.road_cues)
        self.speech = cues(lexicon.speech_verbs)
        # first words of the cues looked for right after a place: a token that is none of them is looked at no further
        self.speech_firsts = frozenset(normalize(cue).split()[0] for cue in lexicon.speech_verbs if cue.strip())
        self.road_firsts = frozenset(normalize(cue).split()[0] for cue in lexicon.road_cues if cue.strip())
        self.stationed = cues(lexicon.stationed)
        self.speech_not_after = cues(lexicon.speech_not_after)
        self.road_between = cues(lexicon.road_between)


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


class _PlaceHit:
    """One gazetteer hit (a plain class: native when compiled)."""

    __slots__ = ("end", "lang", "others", "prefix", "ref", "start")

    def __init__(self, start: int, end: int, ref: PlaceRef, lang: str, prefix: str) -> None:
        self.start = start
        self.end = end
        self.ref = ref
        self.lang = lang
        self.prefix = prefix
        # the other readings of a name shared by places of several countries ("Tripoli"): ``ref``
        # is the default (the first listed in the gazetteer) until the article says otherwise
        self.others: list[PlaceRef] = []


class Detector:
    """Tags articles with events; build it with `streams.detection.load_detector`."""

    def __init__(self, lexicons: dict[str, Lexicon], gazetteer: Gazetteer | None) -> None:
        self.languages = tuple(sorted(lexicons))
        vocabularies = {lang: Vocabulary(lexicon.clitics) for lang, lexicon in lexicons.items()}
        self._matcher = build_matcher(lexicons, gazetteer, vocabularies, _SENTENCE_DELIMITERS)
        self._markers = len(self._matcher.keys)  # hit indices from here on are sentence delimiters
        self._rules = {lang: _Rules(lexicon, vocabularies[lang]) for lang, lexicon in lexicons.items()}
        self._default_rules = self._rules.get("en") or next(iter(self._rules.values()))

    # ------------------------------------------------------------------------------------------
    def tag(self, text: str, *, title: str = "", lang: str | None = None, published_at: datetime | None = None) -> TagResult:
        """The language of the article and the events it reports (see the module docstring).

        ``published_at`` dates the article: a sentence naming an earlier year ("In 2019, U.S.
        troops withdrew ...") then tells history (a month's grace across New Year). Without
        it, only years before the lexicon's ``history.before_year`` do."""
        text = text or ""
        title = title or ""
        language = canonical_lang(lang) or detect_language(f"{title}\n{text}" if title else text)
        normalized_title = normalize_mapped(title) if title else None
        normalized_text = normalize_mapped(text)
        title_length = len(normalized_title.text) if normalized_title is not None else -1
        combined = f"{normalized_title.text}\n{normalized_text.text}" if normalized_title is not None else normalized_text.text
        languages = {language} if language in self._rules else None

        mentions, places, sentences, demonyms = self._scan(combined, languages)
        mentions, places = mentions[:_MAX_MENTIONS], places[:_MAX_PLACES]
        if not mentions:
            return TagResult(language, [], normalized_text.text)
        mentions = self._accept(combined, mentions, sentences, _history_year(published_at))
        if not mentions:
            return TagResult(language, [], normalized_text.text)
        context = _Article(combined, title_length, normalized_title, normalized_text)
        self._read_shared_names(combined, places, demonyms, context)
        places = [hit for hit in places if self._place_ok(combined, hit, context)]
        places = _without_compounds(combined, places)
        self._attach_places(combined, mentions, places, demonyms, context)
        return TagResult(language, self._events(mentions, context), normalized_text.text)

    # ------------------------------------------------------------------------------------------
    def _scan(self, text: str, languages: set[str] | None) -> tuple[list[_Mention], list[_PlaceHit], _Sentences, list[_PlaceHit]]:
        """Every hit of the automaton whose proclitics and suffix are allowed (step 1), the
        sentences (their delimiters are found in the same pass) and the demonyms (never places)."""
        mentions: list[_Mention] = []
        places: list[_PlaceHit] = []
        ends: list[int] = []
        demonyms: list[_PlaceHit] = []
        length = len(text)
        keys = self._matcher.keys
        markers = self._markers
        period = markers + _PERIOD
        for index, key_start, key_end in self._matcher.hits(text):
            if index >= markers:
                if index != period or not _abbreviation(text, key_start):  # ". " after "u.s" ends nothing
                    ends.append(key_start + 1)
                continue
            terms, place_patterns, max_prefix, max_suffix = keys[index]
            # Walk over the letters glued to the key, no further than its longest allowed affix:
            # a longer run of letters is a hit inside another word.
            start = key_start
            if start and _letter_at(text, start - 1):
                low = key_start - max_prefix if key_start > max_prefix else 0
                while start > low and _letter_at(text, start - 1):
                    start -= 1
                if start and _letter_at(text, start - 1):
                    continue
            end = key_end
            if end < length and _letter_at(text, end):
                high = min(length, key_end + max_suffix)
                while end < high and _letter_at(text, end):
                    end += 1
                if end < length and _letter_at(text, end):
                    continue
            prefix = text[start:key_start] if start != key_start else ""
            suffix = text[key_end:end] if end != key_end else ""
            for pattern in terms:
                if (languages is None or pattern.rule.lang in languages) and prefix in pattern.prefixes and suffix in pattern.suffixes:
                    mentions.append(_Mention(start, end, pattern, suffix))
            if place_patterns and not suffix:
                shared: _PlaceHit | None = None
                for place in place_patterns:
                    if prefix in place.prefixes:
                        if place.ref.kind == DEMONYM:
                            demonyms.append(_PlaceHit(start, end, place.ref, place.lang, prefix))
                        elif shared is not None and place.ref.country != shared.ref.country:
                            if place.ref not in shared.others:
                                shared.others.append(place.ref)
                        else:
                            hit = _PlaceHit(start, end, place.ref, place.lang, prefix)
                            places.append(hit)
                            if shared is None:
                                shared = hit
        return _longest(mentions), _longest_places(places), _Sentences(ends, length), demonyms

    # ------------------------------------------------------------------------------------------
    def _accept(self, text: str, mentions: list[_Mention], sentences: _Sentences, history_year: int) -> list[_Mention]:
        """Mentions whose context makes them reports of events, with their counts.

        Context is read from the words of the mention's sentence (split once per sentence), by
        index: the mention's words are ``words[first:last]``; every rule looks at a window of
        words before ``first`` or from ``last`` on."""
        historical: dict[tuple[int, int], bool] = {}
        sentence_words: dict[tuple[int, int, str], _SentenceWords] = {}
        accepted: list[_Mention] = []
        seen_categories: set[str] = set()
        taken: set[tuple[int, int, str]] = set()
        # where the last mention made history by its object cue ends, per (sentence, category)
        past_objects: dict[tuple[int, int, str], int] = {}
        for mention in mentions:
            rule = mention.rule
            key = (mention.start, mention.end, rule.category)
            if key in taken or (rule.anaphoric and rule.category not in seen_categories):
                continue
            rules = self._rules.get(rule.lang, self._default_rules)
            sentence = sentences.around(mention.start)
            mention.sentence = sentence
            words_key = (*sentence, rule.lang)
            if words_key not in sentence_words:
                sentence_words[words_key] = _SentenceWords(text, sentence, rules.vocabulary)
            words = sentence_words[words_key]
            mention.words = words
            at, after = mention.first, mention.last = words.locate(mention.start, mention.end)
            context = words.words
            if at > 0 and rule.category not in seen_categories and not rules.back_references.isdisjoint(context.forms[at - 1]):
                continue  # "هذا الاشتباك" refers back to a mention that reported none
            if not _required(rule, context, at, after):
                continue
            excludes, exclude_window = rules.excludes.get(rule.category, (_EMPTY, 0))
            if context.union & excludes.bit and _found(excludes, context, at, after, exclude_window):
                continue
            if context.union & (rule.excludes.bit | rule.excludes_before.bit | rule.excludes_after.bit) and (
                _found(rule.excludes, context, at, after, rule.window)
                or rule.excludes_before.find(context, at - rule.window, at) >= 0
                or rule.excludes_after.find(context, after, after + rule.window) >= 0
            ) and not _kept(rules, rule, context, at, after):
                continue
            if context.union & rule.excludes_in_clause.bit and rule.excludes_in_clause.find(
                context, rules.breakers.find(context, 0, at) + 1, at
            ) >= 0:
                continue  # the object of a verb far before it in its clause ("أسقطت الدفاعات ... خلال الليل 20 طائرة مسيرة")
            if self._negated(rules, context, at, after):
                continue
            past_key = (*sentence, rule.category)
            if self._history_object(rules, context, at) or _renames(past_objects.get(past_key), context, at):
                past_objects[past_key] = after
                continue
            if sentence not in historical:
                historical[sentence] = rules.history.find(context, skip=rules.not_history) >= 0
            if historical[sentence] or self._recalled(rules, context, at, after) or self._dated_past(
                rules, context, at, after, max(rules.history_before_year, history_year)
            ):
                continue
            if rule.count:
                nouns = rules.count_nouns.get(rule.category, _EMPTY)
                before = None if _conjoined(rules, context.words[at], rule.text) else rules.counts.read_before(context, at, nouns)
                mention.count = before or rules.counts.read_after(context, after, nouns)
                if mention.count is None and (
                    mention.pattern.dual or (mention.suffix and mention.suffix in rules.dual_suffixes)
                    or any(rules.counts.is_dual(context, index) for index in range(at, after))  # "صاروخين", "كمينين"
                ):
                    mention.count = ReportedCount(2, False)
            accepted.append(mention)
            taken.add(key)
            seen_categories.add(rule.category)
        return self._drop_yielding(text, accepted)

    def _drop_yielding(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """Drop mentions of a category that yields to another category mentioned in the same sentence
        (blasts heard after an airstrike), unless they carry their own count (a tally: "18 blasts") or
        their term never yields (a mine that went off); a term that yields "previous" also yields to the
        sentence before it in its paragraph ("Drones struck the city. Loud explosions shook it."), unless
        its sentence opens with a clause breaker ("Separately, an explosion ..."); a term that yields
        "article" yields to a mention anywhere before it in the article ("the missile", "الصاروخ" after a
        drone strike told paragraphs before)."""
        by_sentence: dict[tuple[int, int], set[str]] = {}
        by_end: dict[int, set[str]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, set()).add(mention.rule.category)
            by_end.setdefault(mention.sentence[1], set()).add(mention.rule.category)
        kept = []
        earlier: set[str] = set()  # the categories mentioned before the mention in the article
        for mention in mentions:
            rule = mention.rule
            mentioned_before = not earlier.isdisjoint(rule.yields_to or ()) if rule.yields == "article" else False
            earlier.add(rule.category)
            if mention.count is None and rule.yields != "never":
                rules = self._rules.get(rule.lang, self._default_rules)
                absorbing = rule.yields_to if rule.yields_to is not None else rules.yields_to.get(rule.category, frozenset())
                if absorbing & by_sentence[mention.sentence]:
                    continue
                if mentioned_before:
                    continue  # "... a drone struck a car.\n\nThe missile hit the driver's side": the strike's munition
                start = mention.sentence[0]
                # the sentence before ends where this one starts; a line break between starts a paragraph, and
                # a sentence opened by a clause breaker ("Separately, ...", "Meanwhile, ...") a new report
                if (
                    rule.yields == "previous" and start and text[start - 1] != "\n" and absorbing & by_end.get(start, set())
                    and not (mention.words is not None and rules.breakers.starts_at(mention.words.words, 0))
                ):
                    continue
            kept.append(mention)
        return kept

    @staticmethod
    def _negated(rules: _Rules, context: Words, at: int, after: int) -> bool:
        """Whether the clause before the mention (``context.words[at]``), or the words right after it,
        negate it or make it unreal. Modal cues see the mention's first word too ("قد تنسحب")."""
        if not context.union & rules.negation_bits:
            return False
        cut = rules.breakers.find(context, 0, at)
        while cut > 0 and _parenthetical(context, cut):  # "has not, officials said, withdrawn": one clause
            cut = rules.breakers.find(context, 0, cut)
        clause = cut + 1 if cut >= 0 else 0
        skip = rules.not_negating
        if rules.negation_before.find(context, max(clause, at - rules.negation_window), at, skip) >= 0:
            return True
        if rules.negation_near.find(context, max(clause, at - rules.negation_near_window), at, skip) >= 0:
            return True
        if rules.modal.find(context, max(clause, at - rules.modal_window), after, skip) >= 0:
            return True
        intent = rules.intent.find(context, max(clause, at - rules.intent_window), at, skip)
        if intent >= 0 and not context.pause_in(intent, at):  # "threatened to ..., and on Monday a drone struck" is news
            return True
        if clause < at and rules.clause_initial.starts_at(context, clause, at) and not skip.covers(context, clause, at):
            return True  # "If confirmed, the strike ...": a report awaiting confirmation is no condition
        if cut >= 0 and context.union & rules.clause_openers.bit:
            # an opener ends with the breaker: "a truce under which the troops pulled back" tells its terms
            for start in range(max(0, cut - _OPENER_WORDS), clause):
                if rules.clause_openers.starts_at(context, start, clause) == clause - start:
                    return True
        return rules.negation_after.find(context, after, after + rules.negation_after_window, skip) >= 0

    @staticmethod
    def _history_object(rules: _Rules, context: Words, at: int) -> bool:
        """Whether the mention is the object of a history cue a few words before it, with no pause
        or clause breaker between: "the anniversary of the bombing campaign"."""
        if not context.union & rules.history_objects.bit:
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

    @staticmethod
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

    @staticmethod
    def _dated_past(rules: _Rules, context: Words, at: int, after: int, before_year: int) -> bool:
        """Whether the mention's clause dates it before ``before_year``: a year within
        `_YEAR_WORDS` words of it, with no pause between ("حملة القصف على ريف إدلب عام 2019"), or
        in a time adverbial opening the sentence ("In 2019, U.S. troops withdrew"). A year in
        another clause ("..., accused of the shelling of Daraa in 2013") dates only that one; a full
        date of the year before ``before_year`` ("On 14 March 2025,") may be when a report's event happened,
        not history (one further back is: "the August 4, 2020 port explosion"); a clause opened by
        a continuation ("..., in July 2025, followed by airstrikes") is dated by the one before; a four-digit
        number after an identifier or quantity word ("رقم 1010", "more than 1500") is no year. An era
        phrase ("خلال سنوات الحرب") dates the clause as a year would."""
        if not context.union & (YEAR_BIT | rules.era.bit):
            return False
        bits = context.bits
        low = at
        while low > 0 and at - low < _YEAR_WORDS and not bits[low - 1] & PAUSE_BIT:
            low -= 1
        if low > 0 and bits[low - 1] & PAUSE_BIT and rules.continuations.starts_at(context, low, at):
            # "..., in July 2025, followed by airstrikes": the clause continues the dated one before the pause
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
                not rules.time_openers or not rules.time_openers.isdisjoint(context.forms[0])
                or rules.recall_today.find(context, low, after + _YEAR_WORDS) < 0
            ):
                low = opening
        high = after
        while high < len(bits) and high - after < _YEAR_WORDS and not bits[high - 1] & PAUSE_BIT:
            high += 1
        if high < len(bits) and not bits[high - 1] & PAUSE_BIT and rules.since:
            # a tally since a date reaches its year: "اعتقل أكثر من 20 ألف مواطن في الضفة منذ السابع من تشرين الأول 2023"
            since = _last_of(rules.since, context, after, high + _SINCE_PAST_REACH)
            if since >= 0:
                stop = min(len(bits), since + _SINCE_WORDS)
                while high < stop and not bits[high - 1] & PAUSE_BIT:
                    high += 1
        if rules.era.find(context, low, high) >= 0 or _past_year_in(rules, context, low, high, before_year):
            return True
        # "the recapture of the city in December 2015, when forces, backed by air strikes, drove ...": the clause
        # a continuation breaker opens is dated by the words before its pause
        opener = _continued_clause(rules, context, at)
        if opener < 0:
            return False
        low = opener - 1
        while low > 0 and opener - low < _YEAR_WORDS and not bits[low - 1] & PAUSE_BIT:
            low -= 1
        return rules.era.find(context, low, opener) >= 0 or _past_year_in(rules, context, low, opener, before_year)

    # ------------------------------------------------------------------------------------------
    def _read_shared_names(self, text: str, places: list[_PlaceHit], demonyms: list[_PlaceHit], context: _Article) -> None:
        """A name shared by places of several countries ("Tripoli", "طرابلس") keeps its default
        reading (the first the gazetteer lists) unless the article supports only other countries:
        then it reads as the place of the one it supports most. An article supports a country by
        naming it, one of its regions or places elsewhere in the title or text, or its demonym
        ("Libyan", "الليبية"). A supported default stays: Egypt is named in many a report on
        Gaza's Rafah. Decided once per article and name."""
        if not any(hit.others for hit in places):
            return
        support: dict[str, int] = {}
        for demonym in demonyms:
            country = demonym.ref.country or ""
            support[country] = support.get(country, 0) + 1
        for hit in places:
            if hit.others or not hit.ref.country:
                continue
            if hit.ref.ambiguous and hit.ref.kind != "country" and not self._place_ok(text, hit, context):
                continue  # an ambiguous name used as a common word ("صور", pictures) supports nothing
            support[hit.ref.country] = support.get(hit.ref.country, 0) + 1
        chosen: dict[PlaceRef, PlaceRef] = {}
        for hit in places:
            if not hit.others:
                continue
            reading = chosen.get(hit.ref)
            if reading is None:
                reading = hit.ref
                if not support.get(hit.ref.country or "", 0):
                    best = 0
                    for other in hit.others:  # the first of the best supported, as max()
                        score = support.get(other.country or "", 0)
                        if score > best:
                            reading, best = other, score
                chosen[hit.ref] = reading
            hit.ref = reading

    # ------------------------------------------------------------------------------------------
    def _place_ok(self, text: str, hit: _PlaceHit, context: _Article) -> bool:
        """Whether a gazetteer hit is a place where something happens (see the module docstring)."""
        rules = self._rules.get(hit.lang, self._default_rules)
        if not hit.ref.ambiguous and hit.ref.kind != "country":
            # places, regions and domestic authorities, unless a government speaking
            return hit.ref.kind == _AUTHORITY or not _speaker(text, hit, rules)
        before = _words_before(text, hit, 0, 60, 2, rules)
        if hit.ref.kind == "country" and not hit.ref.ambiguous:
            return any(clitic in hit.prefix for clitic in rules.locative_clitics) or rules.locatives.find(before.slice(-1)) >= 0
        cue = rules.place_cues.find(before)
        if cue >= 0 and (
            cue + rules.place_cues.starts_at(before, cue) == len(before.words) or hit.prefix.startswith(rules.conjunctions)
        ):
            # a cue right before the name, or before the name it is enumerated with ("قطنا غربي دمشق وجاسم"):
            # "ببلدة عرسال بحجة ..." licenses Arsal, not the common word after it
            return True
        if rules.place_cues.starts_at(Words.of(split_words(text[hit.start:hit.end])[:2], rules.vocabulary), 0):
            return True  # the name itself starts with a place cue (a gazetteer name such as "مدينة الطبقة")
        if hit.others and (
            any(clitic in hit.prefix for clitic in rules.locative_clitics) or rules.locatives.find(before.slice(-1)) >= 0
        ):
            # a name of places of several countries (no common word), after a locative: its reading is the place of the
            # country the article supports ("في عمان" is Amman, or Oman in a report naming "العمانية" and nothing Jordanian)
            return True
        if (hit.start == 0 or text[hit.start - 1] == "\n") and _dateline(context.original_text(hit.start, hit.end)):
            return True  # a dateline opening a line: "AMMAN — ..."
        article = _latin_article(text, hit.start, hit.end)
        if article:  # "al-Bab", "Al-Bab": the name after the article is capitalized, wherever it stands
            return context.original_char(hit.start + article).isupper()
        original = context.original_char(hit.start)
        return original.isupper() and not _at_sentence_start(text, hit.start)

    def _attach_places(
        self, text: str, mentions: list[_Mention], places: list[_PlaceHit], demonyms: list[_PlaceHit], context: _Article
    ) -> None:
        main = _main_place(places, context.title_length)
        # a domestic authority ("Turkish police") places only an article that names no place, or a mention
        # whose sentence names none: it is the authority's own act ("Jordanian border guards clashed with smugglers")
        authorities = [hit for hit in places if hit.ref.kind == _AUTHORITY]
        places = [hit for hit in places if hit.ref.kind != _AUTHORITY]
        by_sentence: dict[tuple[int, int], list[_Mention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        previous_by_category: dict[str, _Mention] = {}
        starts = [hit.start for hit in places]
        for mention in mentions:
            sentence = mention.sentence
            rules = self._rules.get(mention.rule.lang, self._default_rules)
            destinations = rules.destinations.get(mention.rule.category, _EMPTY)
            origins = rules.origins.get(mention.rule.category, _EMPTY)
            aims = rules.targets.get(mention.rule.category, _EMPTY)
            in_sentence = places[bisect_left(starts, sentence[0]):bisect_left(starts, sentence[1])]
            # the mention's zone ends at the next mention in its sentence, unless that one is of its own category with no
            # place between them: one phrase naming the event twice ("artillery shelled villages near Ain Issa", "انفجار
            # دراجة مفخخة في حي ...") places both
            stop = sentence[1]
            last = mention  # the clause is read on from the last mention of the phrase ("Artillery also shelled ...")
            for sibling in by_sentence[sentence]:
                if sibling.start <= mention.start:
                    continue
                if sibling.rule.category == mention.rule.category:
                    index = bisect_left(starts, last.end)
                    if index == len(places) or places[index].start >= sibling.start:
                        if sibling.end > last.end:
                            last = sibling
                        continue
                stop = sibling.start
                break
            zone_end = _clause_end(last, stop, rules)
            forward = [hit for hit in in_sentence if mention.end <= hit.start < zone_end]
            if forward and _pause_in(text, mention.end, forward[0].start):
                # a place right before the mention, with the places after it past a comma: "أغار الطيران على شرقي الرقة
                # بثلاث غارات، استهدفت إحداها جسراً على نهر الفرات" happened in Raqqa
                index = bisect_left(starts, mention.start) - 1
                if index >= 0 and places[index].start >= sentence[0] and places[index].end <= mention.start and (
                    _gap_words(text, places[index].end, mention.start, _NEAR_BEFORE_WORDS) <= _NEAR_BEFORE_WORDS
                    and not _pause_in(text, places[index].end, mention.start)
                ):
                    forward = []
            located: list[PlaceRef] = []
            destination: PlaceRef | None = None
            last_end = mention.end
            previous_was_destination = False
            previous_was_target = False
            for hit in forward:
                gap = _gap_words(text, last_end, hit.start, _CHAIN_GAP_WORDS)
                was_target, previous_was_target = previous_was_target, False
                if (was_target and gap <= _ENUMERATION_GAP_WORDS and not _locative_in(text, last_end, hit.start, rules)) or (
                    _not_located(text, hit, last_end, aims, rules)
                ):
                    # what the event is about, or a road's name, with the places enumerated with it: "denounced any
                    # normalisation between Ankara and Damascus", "الفصائل المدعومة من تركيا", "اوتستراد درعا دمشق"
                    last_end = hit.end
                    previous_was_target = True
                    continue
                if (located or destination is not None) and gap > _CHAIN_GAP_WORDS:
                    if destination is not None or not _only_areas(located):
                        break
                    # an area with no region ("شمال وشرق سوريا", "northeast Syria") yields to a named place of its
                    # country further on in the clause: "اشتباكات في شمال وشرق سوريا بين ... في بلدة ذيبان"
                    if hit.ref.region is None or all(ref.country != hit.ref.country for ref in located):
                        continue
                if located and gap > 1 and _pause_in(text, last_end, hit.start) and not _only_areas(located) and (
                    gap > _PAUSED_CHAIN_WORDS or _locative_in(text, last_end, hit.start, rules)
                ):
                    # past a comma, a phrase of its own: "تظاهروا ... في عمّان، تنديداً بالغارات على قطاع غزة"
                    # happened in Amman, "clashes in Sweida, strikes in Daraa" in Sweida (a noun and its locative);
                    # an enumeration's commas stand between names ("Palmyra, central Syria", "Kobani, and nearby Tal Abyad")
                    break
                anchor = located[-1] if located else destination if previous_was_destination else None
                if anchor is not None and anchor.region is not None and _is_reference(text, last_end, hit, rules):
                    # "Qatana, west of Damascus" happened in Qatana ("the Badia east of Salamiyah" in Hama)
                    last_end = hit.end
                    continue
                at_term = last_end == mention.end
                # an origin cue may end the term itself ("drone launched from Yemen"), or follow it ("قذائف من لبنان")
                if (not origins.empty and _is_origin(text, hit, mention.start if at_term else last_end, origins, rules)) or (
                    at_term and _just_after(text, last.end, hit.start, rules.origins_after.get(mention.rule.category, _EMPTY), rules)
                ):
                    last_end = hit.end  # where the strike came from, not where it fell
                    continue
                if not destinations.empty and (
                    (previous_was_destination and gap <= _QUALIFIER_WORDS)
                    or _is_destination(text, hit, last_end, destinations, rules)
                ):
                    if destination is None or hit.ref.specificity >= destination.specificity:
                        destination = hit.ref
                    previous_was_destination = True
                else:
                    previous = located[-1] if located else None
                    if previous is not None and gap <= _QUALIFIER_WORDS and _homonym_elsewhere(previous, hit.ref):
                        located.pop()
                    located.append(hit.ref)
                    previous_was_destination = False
                last_end = hit.end
            if not located:
                backward = [
                    hit for hit in in_sentence if hit.end <= mention.start
                    and not _not_located(text, hit, sentence[0], aims, rules)
                ]
                if backward:
                    # the nearest place before, with the places enumerated tightly before it
                    # ("درعا والسويداء", "Palmyra, central Syria")
                    first = len(backward) - 1
                    while first > 0:
                        before, hit = backward[first - 1], backward[first]
                        if before.ref.region is not None and _is_reference(text, before.end, hit, rules):
                            # a reference point only locates the place before it ("In Qatana, west of
                            # Damascus, ..."; "الطبقة شمال شرقي سوريا ودرعا": Syria only locates Tabqa)
                            del backward[first]
                            first -= 1
                            continue
                        if _homonym_elsewhere(before.ref, hit.ref) or (
                            _gap_words(text, before.end, hit.start, _ENUMERATION_GAP_WORDS) > _ENUMERATION_GAP_WORDS
                        ) or _semicolon_in(text, before.end, hit.start):
                            break
                        first -= 1
                    located.extend(hit.ref for hit in backward[first:])
                    if _only_areas(located):
                        # an area with no region ("Mount Hermon") yields to a named place of its country before it:
                        # "pushed into the village of Beit Jinn on the slopes of Mount Hermon, sparking a firefight"
                        for hit in reversed(backward[:first]):
                            if hit.ref.region is not None and any(ref.country == hit.ref.country for ref in located):
                                located.append(hit.ref)
                                break
            if not located and destination is not None and mention.rule.category in previous_by_category:
                located = list(previous_by_category[mention.rule.category].places)
            acting = [hit for hit in authorities if sentence[0] <= hit.start and hit.end <= mention.start] if not located else []
            if acting:
                # the sentence names no place in the mention's clause ("Jordan's army said it clashed with smugglers
                # ..., after they tried to cross from Syria"): the domestic authority acting in it
                located.append(acting[-1].ref)
            elif not located and not in_sentence and mention.rule.category in previous_by_category:
                # a sentence naming no place goes on about the last mention of its category ("استهدفت غارات مواقع
                # في محيط الكسوة. وقالت مصادر إن عدد الغارات تجاوز ثماني غارات")
                located = list(previous_by_category[mention.rule.category].places)
            if not located and main is not None:
                located.append(main)
            if not located:
                # an article naming no place: the country of the last demonym after the mention in its clause (past
                # the mentions enumerated with it), its target: "Russian aviation, missile troops and artillery struck
                # manpower of the Ukrainian armed forces" is Ukraine; the last, as a verb-first clause names its actor
                # first: "قصفت المدفعية الروسية مواقع للقوات الأوكرانية"
                clause_end = _clause_end(mention, sentence[1], rules)
                targets = [hit for hit in demonyms if mention.end <= hit.start < clause_end]
                if targets:
                    located.append(max(targets, key=lambda hit: hit.start).ref)
            mention.places = _without_containers(located) if len(located) > 1 else located
            mention.destination = destination
            previous_by_category[mention.rule.category] = mention

    # ------------------------------------------------------------------------------------------
    def _events(self, mentions: list[_Mention], context: _Article) -> list[DetectedEvent]:
        groups: dict[tuple[str, str | None, str | None], list[tuple[_Mention, list[PlaceRef]]]] = {}
        for mention in mentions:
            places = mention.places or [_NOWHERE]
            by_region: dict[tuple[str | None, str | None], list[PlaceRef]] = {}
            for ref in places:
                region_key = (ref.region, None if ref.region else ref.country)
                by_region.setdefault(region_key, []).append(ref)
            for (region, country), refs in by_region.items():
                groups.setdefault((mention.rule.category, region, country), []).append((mention, refs))
        # an area wider than a region ("southern Syria", "the Euphrates", a country) adds no event of its own beside an
        # event of its category at a region of its country: it only contains it, as within one mention
        # (`_without_containers`); one carrying a count stays, the regional events may lack it
        regional: set[tuple[str, str | None]] = set()
        for (category, region, _), members in groups.items():
            if region is not None:
                regional.update((category, ref.country) for _, refs in members for ref in refs)
        events: list[DetectedEvent] = []
        for (category, region, country), members in groups.items():
            if region is None and (category, country) in regional and all(member.count is None for member, _ in members):
                continue
            best_mention, best_refs = members[0]
            best_rank = _count_rank(best_mention)
            for member in members:  # the first of the highest rank, as max()
                rank = _count_rank(member[0])
                if rank > best_rank:
                    best_mention, best_refs, best_rank = member[0], member[1], rank
            all_refs: list[PlaceRef] = []
            for _, refs in members:
                for ref in refs:
                    if ref.place and ref not in all_refs:
                        all_refs.append(ref)
            place = _most_specific(best_refs) or _most_specific(all_refs)
            field_name, span, evidence, surface = context.locate(best_mention)
            destination = next((m.destination for m, _ in reversed(members) if m.destination is not None), None)
            events.append(
                DetectedEvent(
                    category=category,
                    place=place.place if place is not None and place.place else None,
                    region=region,
                    country=next((ref.country for ref in best_refs if ref.country), None),
                    count=best_mention.count.value if best_mention.count is not None else None,
                    approx=best_mention.count.approx if best_mention.count is not None else False,
                    evidence=evidence,
                    span=span,
                    field=field_name,
                    term=surface,
                    places=_by_specificity(all_refs),
                    destination=destination.place if destination is not None else None,
                    destination_region=destination.region if destination is not None else None,
                    mentions=len(members),
                )
            )
        return events


# ----------------------------------------------------------------------------------------------
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


_EMPTY: Final = CueSet((), None)
_NOWHERE: Final = PlaceRef("", None, None, "none")  # the place of a mention with none
_AUTHORITY: Final = "authority"  # gazetteer kind: a domestic authority, standing for its country


def _past_year_in(rules: _Rules, context: Words, low: int, high: int, before_year: int) -> bool:
    """Whether ``context.words[low:high]`` holds a year before ``before_year`` (not a quantity, not a full date
    of the year before it: "On 14 March 2025," may date a report's event; "the August 4, 2020 port explosion",
    told in a 2026 article, is history)."""
    bits = context.bits
    for index in range(low, high):
        if not bits[index] & YEAR_BIT:
            continue
        year = int(context.words[index][:4])
        if 1000 <= year < before_year:
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


def _compared(rules: _Rules, context: Words, year: int) -> bool:
    """Whether the year ``context.words[year]`` is a point of comparison: "الأعنف منذ عام 2019", "the heaviest since 2019"."""
    since = _last_of(rules.since, context, year - 3, year)
    return since >= 0 and rules.comparisons.find(context, since - _COMPARISON_WORDS, since) >= 0


def _conjoined(rules: _Rules, word: str, term: str) -> bool:
    """Whether the mention's first word ``word`` carries a conjunction its term does not begin with: it opens a new
    conjunct, and a number right before it ends the one before ("حملة أمنية في المزة 86 وتوقيف 12 مطلوباً")."""
    for conjunction in rules.conjunctions:
        if word.startswith(conjunction) and not normalize(term).startswith(conjunction):
            return True
    return False


def _word_set(words: list[str]) -> frozenset[str]:
    """Normalized words, each a single word as `Words.forms` holds them (proclitics are removed there)."""
    return frozenset(normalize(word) for word in words if word.strip())


def _last_of(words: frozenset[str], context: Words, start: int, stop: int) -> int:
    """Index of the last word of ``context.words[start:stop]`` one of whose forms is in ``words``, or -1."""
    forms = context.forms
    for index in range(min(stop, len(forms)) - 1, max(start, 0) - 1, -1):
        if not words.isdisjoint(forms[index]):
            return index
    return -1


def _recall_clause(rules: _Rules, context: Words, at: int) -> int:
    """Where the clause of a pluperfect holding ``context.words[at]`` starts: at the last clause breaker before it,
    read through breakers of time ("وكانت القوات قد دخلت البلدة بعد معارك، قبل أن تنسحب منها") up to
    ``recall_reach`` words back."""
    cut = rules.breakers.find(context, 0, at)
    if cut < 0 or not rules.recall_through:
        return cut + 1
    floor = at - rules.recall_reach
    crossed = False
    while cut >= 0 and cut > floor and not rules.recall_through.isdisjoint(context.forms[cut]):
        crossed = True
        cut = rules.breakers.find(context, 0, cut)
    return max(cut + 1, floor) if crossed else cut + 1


def _parenthetical(context: Words, index: int) -> bool:
    """Whether the breaker ``context.words[index]`` ends a parenthetical between commas: ", however,", ", officials
    said," (the breaker ends with a pause, and a pause closes one of the few words before it)."""
    bits = context.bits
    if not bits[index] & PAUSE_BIT:
        return False
    return any(bits[before] & PAUSE_BIT for before in range(max(0, index - _PARENTHETICAL_WORDS), index))


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


def _renames(end: int | None, context: Words, at: int) -> bool:
    """Whether the mention at ``at`` is an apposition to a mention of its category ending at ``end``: a
    pause ends that one and at most a determiner stands between ("the anniversary of the X military
    operation, the offensive that ..." re-names the operation)."""
    return end is not None and 0 < end <= at <= end + 1 and bool(context.bits[end - 1] & PAUSE_BIT)


def _required(rule: TermRule, context: Words, at: int, after: int) -> bool:
    """A term with requirements needs one of `requires` within its window (either side) or one of
    `requires_before` within its window before."""
    if rule.requires.empty and rule.requires_before.empty:
        return True
    if _found(rule.requires, context, at, after, rule.window):
        return True
    return rule.requires_before.find(context, at - rule.window, at) >= 0


def _kept(rules: _Rules, rule: TermRule, context: Words, at: int, after: int) -> bool:
    """Whether a word of the term's ``keeps_in_clause`` stands in the mention's clause (between the clause breakers
    around it): "hundreds held a rally against rising prices" is a protest, whatever the prices."""
    keeps = rule.keeps_in_clause
    if not context.union & keeps.bit:
        return False
    end = rules.breakers.find(context, after, None, first=True)
    return keeps.find(context, rules.breakers.find(context, 0, at) + 1, end if end >= 0 else None) >= 0


def _found(cues: CueSet, context: Words, at: int, after: int, window: int) -> bool:
    """Whether a cue is within ``window`` words before ``at`` or from ``after`` on."""
    if cues.empty:
        return False
    return cues.find(context, at - window, at) >= 0 or cues.find(context, after, after + window) >= 0


class _SentenceWords:
    """The words of one sentence (``str.split``, punctuation stripped), with their offsets."""

    __slots__ = ("_offsets", "_tokens", "semicolon", "start", "text", "words")

    def __init__(self, text: str, sentence: tuple[int, int], vocabulary: Vocabulary) -> None:
        self.text = text
        self.start = sentence[0]
        segment = text[sentence[0]:sentence[1]]
        self._tokens = segment.split()
        self.words = Words.from_tokens(self._tokens, vocabulary)
        self._offsets: list[int] | None = None
        self.semicolon = any(semicolon in segment for semicolon in _SEMICOLONS)  # clauses end at one

    def locate(self, start: int, end: int) -> tuple[int, int]:
        """``(first, last)``: the mention ``text[start:end]`` is ``words[first:last]``."""
        text = self.text
        before = len(text[self.start:start].split())
        # punctuation glued to the mention ("(غارات") is part of its token
        glued = start > self.start and not text[start - 1].isspace()
        first = before - 1 if glued else before
        # words up to ``end`` = words before + words of the mention - the token both count
        upto_end = before + len(text[start:end].split())
        if glued and start < end and not text[start].isspace():
            upto_end -= 1
        last = upto_end if upto_end > first + 1 else first + 1
        tokens = len(self._tokens)
        return first, last if last < tokens else tokens

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


class _Sentences:
    """Sentence boundaries of a text, looked up by bisection. A sentence ends after the first
    character of a delimiter (`_SENTENCE_DELIMITERS`, found by the matcher's pass); delimiters
    cannot overlap (none starts with a space or a quote), so every occurrence is an end."""

    def __init__(self, ends: list[int], length: int) -> None:
        ends.sort()  # hits come in order of their end; a delimiter's start follows the same order
        self._ends = ends
        self._length = length

    def around(self, position: int) -> tuple[int, int]:
        """``[start, end)`` of the sentence holding ``position``."""
        index = bisect_right(self._ends, position)
        start = self._ends[index - 1] if index else 0
        end = self._ends[index] if index < len(self._ends) else self._length
        return start, end


def _sentence(text: str, position: int) -> tuple[int, int]:
    start = max(0, position - _MAX_SENTENCE_CHARS)
    end = min(len(text), position + _MAX_SENTENCE_CHARS)
    for delimiter in _SENTENCE_DELIMITERS:
        found = text.rfind(delimiter, start, position)
        if found >= 0:
            start = max(start, found + len(delimiter))
        found = text.find(delimiter, position, end)
        if found >= 0:
            end = min(end, found + 1)
    return start, end


def _at_sentence_start(text: str, position: int) -> bool:
    return not split_words(text[_sentence(text, position)[0]:position])


def _clause_end(mention: _Mention, stop: int, rules: _Rules) -> int:
    """Offset of the first clause breaker ("while", "بينما") after the mention and before ``stop``,
    or ``stop``."""
    words = mention.words
    if words is None:
        return stop
    if words.semicolon:
        for semicolon in _SEMICOLONS:  # "troops pull out of a village near X; Y shelled": a new clause
            found = words.text.find(semicolon, mention.end, stop)
            if found >= 0:
                stop = found
    # only the words before ``stop`` can end the clause: an unpunctuated flood of mentions must
    # not have every mention read to the end of its (capped) sentence
    limit = mention.last + len(words.text[mention.end:stop].split()) + 4  # + a phrase begun before stop
    context = words.words
    stop_word = min(limit, len(context.words))
    index = rules.breakers.find(context, mention.last, stop_word, first=True)
    while index > 0 and _parenthetical(context, index):
        # "Ukrainian drones, meanwhile, hit ...", "the unit, officials said, pulled back to ...": the clause goes on
        index = rules.breakers.find(context, index + 1, stop_word, first=True)
    return stop if index < 0 else min(stop, words.offset(index))


# The Arabic article as English transliterations write it ("al-Bab", "ash-Shaddadi").
_LATIN_ARTICLES: Final = ("al-", "el-", "an-", "ar-", "as-", "ash-", "at-", "ad-", "adh-", "az-", "ath-")


# Whether each code point of the Basic Multilingual Plane is a letter (``str.isalpha``), read by
# code point: ``text[i].isalpha()`` builds a one-character string for every non-Latin-1 letter, and
# the scan asks it at both ends of every hit.
_BMP_LETTERS: Final = bytes(chr(code).isalpha() for code in range(0x10000))


def _letter_at(text: str, index: int) -> bool:
    """``text[index].isalpha()``."""
    code = ord(text[index])
    return _BMP_LETTERS[code] == 1 if code < 0x10000 else text[index].isalpha()


def _latin_article(text: str, start: int, end: int) -> int:
    """Length of the transliterated article the name ``text[start:end]`` starts with, or 0."""
    for article in _LATIN_ARTICLES:
        if text.startswith(article, start) and start + len(article) < end:
            return len(article)
    return 0


def _dateline(surface: str) -> bool:
    """Whether a place name is written as a dateline: in capitals ("AMMAN", "DEIR EZ-ZOR")."""
    return len(surface) > 3 and surface.isupper()


_SEMICOLONS: Final = (";", "\u061b")  # a semicolon ends a clause, in a headline above all ("...; Kherson shelled")


_PAUSES: Final = (",", "\u060c", ";", "\u061b", ":")


def _pause_in(text: str, start: int, end: int) -> bool:
    """Whether a comma, semicolon or colon stands in ``text[start:end]``."""
    return any(text.find(pause, start, end) >= 0 for pause in _PAUSES)


def _semicolon_in(text: str, start: int, end: int) -> bool:
    return any(text.find(semicolon, start, end) >= 0 for semicolon in _SEMICOLONS)


def _gap_words(text: str, start: int, end: int, cap: int) -> int:
    """The number of words in ``text[start:end]``, up to ``cap + 1`` (callers only compare it
    with ``cap`` or less): splitting stops there, however long the gap."""
    segment = text[start:end]
    count = 0
    while True:
        parts = segment.split(None, cap + 1)
        whole = len(parts) <= cap + 1  # else the last part is the unsplit rest
        for part in parts if whole else parts[:-1]:
            if part.strip(PUNCTUATION):
                count += 1
                if count > cap:
                    return count
        if whole:
            return count
        segment = parts[-1]


def _words_before(text: str, hit: _PlaceHit, since: int, chars: int, count: int, rules: _Rules) -> Words:
    """The last ``count`` words before the place, after ``since`` and within ``chars`` characters."""
    return Words.of(split_words(text[max(since, hit.start - chars):hit.start])[-count:], rules.vocabulary)


def _is_destination(text: str, hit: _PlaceHit, since: int, cues: CueSet, rules: _Rules) -> bool:
    return cues.find(_words_before(text, hit, since, 80, _DESTINATION_WORDS, rules)) >= 0


def _not_located(text: str, hit: _PlaceHit, since: int, cues: CueSet, rules: _Rules) -> bool:
    """Whether the place is none of the event's places: what it is about (a target cue of its category shortly before
    it: "demonstrations against the war on Gaza"), a backer or an addressee (an affiliation cue right before it:
    "backed by Turkey"), or a road's name (`_names_road`). The words before it are read once for all three."""
    if cues.empty and rules.affiliations.empty and rules.roads.empty:
        return False
    words = _words_before(text, hit, since, 100, _TARGET_WORDS, rules)
    if cues.find(words) >= 0:
        return True
    cue = rules.affiliations.find(words)
    if cue >= 0 and cue + rules.affiliations.starts_at(words, cue) == len(words.words):
        return True
    return _names_road(text, hit, words.slice(-_ROAD_WORDS), rules)


def _next_token(text: str, start: int) -> str:
    """The word starting ``text[start:]`` past white space, stripped of punctuation."""
    parts = text[start:start + 40].split(None, 1)
    return parts[0].strip(PUNCTUATION) if parts else ""


_DASHES: Final = ("-", "\u2013", "\u2014")
_ROAD_WORDS: Final = 3  # "على الطريق الدولي درعا": a road word at most this many words before the place it is named after


def _names_road(text: str, hit: _PlaceHit, words: Words, rules: _Rules) -> bool:
    """Whether the place only names a road: a road word right after it ("the Damascus highway", "the Qusayr-Hermel
    road", past a place joined by a dash) or shortly before it with no locative between ("اوتستراد درعا دمشق", "the
    road to Damascus"; "الطريق الدولي قرب الناصرية" happened near Nasiriyah, "on the road between X and Y" between them)."""
    roads = rules.roads
    if roads.empty:
        return False
    rest = text[hit.end:hit.end + 40]
    if rest[:1] in _DASHES and rest[1:2].isalpha():  # "qusayr-hermel road": past the name joined to it
        space = next((index for index, character in enumerate(rest) if character.isspace()), len(rest))
        rest = rest[space:]
    if rest[:1].isspace() and _next_token(rest, 0) in rules.road_firsts:
        after = Words.of(split_words(rest)[:2], rules.vocabulary)
        if after.words and roads.starts_at(after, 0):
            return True
    cue = roads.find(words)
    if cue < 0:
        return False
    end = cue + roads.starts_at(words, cue)
    return rules.locatives.find(words, end) < 0 and rules.road_between.find(words, end) < 0


def _locative_in(text: str, start: int, end: int, rules: _Rules) -> bool:
    return start < end and rules.locatives.find(Words.of(split_words(text[start:end]), rules.vocabulary)) >= 0


def _without_compounds(text: str, places: list[_PlaceHit]) -> list[_PlaceHit]:
    """The places but those joined by a dash to a word before them that is no place: the name then modifies a noun
    ("an SDF-Damascus deal", "the pro-Damascus militia"); a pair of places ("the Tal Abyad-Ras al-Ain area") and a
    transliterated article ("al-Bab") stay."""
    ends = {hit.end for hit in places}
    kept = []
    for hit in places:
        dash = hit.start - 1
        if dash > 0 and text[dash] in _DASHES and _letter_at(text, dash - 1) and dash not in ends:
            word = dash
            while word > 0 and _letter_at(text, word - 1):
                word -= 1
            if text[word:dash + 1] not in _LATIN_ARTICLES:  # "al-Bab" is the name
                continue
        kept.append(hit)
    return kept


def _speaker(text: str, hit: _PlaceHit, rules: _Rules) -> bool:
    """Whether the place is a government speaking: a verb of statement right after it ("what Islamabad called",
    "Moscow has not commented", "وموسكو تعلن"), and no locative, locative proclitic, place cue or word of its people
    right before it ("sources in Daraa said" are in Daraa, so are "residents of Idlib")."""
    speech = rules.speech
    if speech.empty or _next_token(text, hit.end) not in rules.speech_firsts:
        return False
    after = Words.of(split_words(text[hit.end:hit.end + 40])[:3], rules.vocabulary)
    if not after.words or not speech.starts_at(after, 0):
        return False
    if any(clitic in hit.prefix for clitic in rules.locative_clitics):
        return False
    before = _words_before(text, hit, 0, 40, 1, rules)
    return not before.words or (
        rules.locatives.find(before) < 0 and rules.place_cues.find(before) < 0 and rules.speech_not_after.find(before) < 0
    )


def _just_after(text: str, start: int, end: int, cues: CueSet, rules: _Rules) -> bool:
    """Whether ``text[start:end]`` holds one of ``cues`` and nothing else."""
    if cues.empty:
        return False
    tokens = split_words(text[start:end])
    return bool(tokens) and len(tokens) <= 3 and cues.starts_at(Words.of(tokens, rules.vocabulary), 0) == len(tokens)


def _is_origin(text: str, hit: _PlaceHit, since: int, cues: CueSet, rules: _Rules) -> bool:
    """Whether an origin cue ("fired from", "من اتجاه شمال غرب") leads to the place with no locative
    between ("من اتجاه البحر على جبلة" fell on Jableh), but one saying where the origin's positions stand
    ("مصدره مواقع ... متمركزة في ريف درعا")."""
    words = _words_before(text, hit, since, 160, _ORIGIN_WORDS, rules)
    cue = cues.find(words)
    if cue < 0:
        return False
    for index in range(cue + cues.starts_at(words, cue), len(words.words)):
        if rules.locatives.starts_at(words, index) and not rules.directions.starts_at(words, index) and not (
            index > 0 and rules.stationed.starts_at(words, index - 1)
        ):
            return False
    return True


def _is_reference(text: str, since: int, hit: _PlaceHit, rules: _Rules) -> bool:
    """Whether the place only locates the place that ends at ``since``: a reference cue ends right
    before it ("Qatana, west of Damascus", "قطنا غربي دمشق", "Mayadin, 45 km southeast of Deir
    ez-Zor"), with at most a distance before the cue and no proclitic on it ("وشمال حلب" enumerates)."""
    if rules.references.empty:
        return False
    tokens = split_words(text[since:hit.start])
    if not tokens or len(tokens) > _REFERENCE_WORDS:
        return False
    words = Words.of(tokens, rules.vocabulary)
    for index, token in enumerate(tokens):
        if token not in rules.reference_firsts:
            continue
        end = index + rules.references.starts_at(words, index)
        if end == index:
            continue
        if end < len(tokens) and end + rules.place_cues.starts_at(words, end) != len(tokens):
            continue  # "west of Damascus" must lead to the place ("غربي مدينة دمشق" does)
        # before the cue only a distance: "45 km", "about 30 kilometres", "نحو 20 كم"
        return index == 0 or any(character.isdigit() for previous in tokens[:index] for character in previous)
    return False


def _longest(mentions: list[_Mention]) -> list[_Mention]:
    """Drop mentions inside a longer one (same-span alternatives stay: `_accept` takes the first
    whose context fits)."""
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    cover_start = cover_end = -1  # the kept span reaching furthest right (earliest start on ties)
    for mention in mentions:
        if cover_end >= mention.end and (cover_start, cover_end) != (mention.start, mention.end):
            continue
        kept.append(mention)
        if mention.end > cover_end:
            cover_start, cover_end = mention.start, mention.end
    return kept


def _longest_places(places: list[_PlaceHit]) -> list[_PlaceHit]:
    places.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[_PlaceHit] = []
    for hit in places:
        if kept and kept[-1].start <= hit.start and hit.end <= kept[-1].end:
            if (kept[-1].start, kept[-1].end) == (hit.start, hit.end) and kept[-1].ref.specificity < hit.ref.specificity:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def _main_place(places: list[_PlaceHit], title_length: int) -> PlaceRef | None:
    """The most mentioned place (title mentions weigh more); a domestic authority's country only
    when the article names no place."""
    named = [hit for hit in places if hit.ref.kind != _AUTHORITY]
    scores: dict[PlaceRef, int] = {}
    for hit in named or places:
        scores[hit.ref] = scores.get(hit.ref, 0) + (_TITLE_WEIGHT if hit.start < title_length else 1)
    best: PlaceRef | None = None
    best_score = best_specificity = -1
    for ref, score in scores.items():  # the first of the highest (score, specificity), as max()
        if score > best_score or (score == best_score and ref.specificity > best_specificity):
            best, best_score, best_specificity = ref, score, ref.specificity
    return best


def _most_specific(refs: list[PlaceRef]) -> PlaceRef | None:
    best: PlaceRef | None = None
    for ref in refs:  # the first named place of the highest specificity, as max()
        if ref.place and (best is None or ref.specificity > best.specificity):
            best = ref
    return best


# Words ending with a period that ends no sentence (normalized text is lower case); initialisms
# ("u.s.", "u.n.") are recognised by their shape.
_ABBREVIATIONS: Final = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "brig.", "adm.", "gov.",
    "sen.", "rep.", "st.", "no.", "vs.", "jr.", "sr.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
})


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation ("U.S. troops", "Gen. Mazloum")."""
    start = dot
    while start > 0 and dot - start < 12 and not text[start - 1].isspace():
        start -= 1
    token = text[start:dot + 1].lstrip("(\"'“«")
    if token in _ABBREVIATIONS:
        return True
    return len(token) >= 4 and len(token) % 2 == 0 and token[1::2] == "." * (len(token) // 2) and token[0::2].isalpha()


_NEW_YEAR_GRACE: Final = timedelta(days=31)
# a full date this many years before the history year may still date the news (a report's own date, or a year's tally);
# one further back is history
_FULL_DATE_NEWS_YEARS: Final = 1
_YEAR_WORDS: Final = 10  # a year dates the mentions of its clause this close to it
_SINCE_WORDS: Final = 7  # "منذ السابع من تشرين الأول 2023": a "since" reaches its year this far
_SINCE_PAST_REACH: Final = 3  # "... في الضفة الغربية منذ ...": a "since" this far past the year's reach still extends it
_COMPARISON_WORDS: Final = 4  # "the heaviest bombing of the city since": a superlative this close before "since"
_RECALL_SUBJECT_WORDS: Final = 4  # "وكانت اشتباكات عنيفة قد اندلعت": auxiliary and particle this close to the mention


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


def _homonym_elsewhere(place: PlaceRef, qualifier: PlaceRef) -> bool:
    """Whether ``qualifier``, a region right after a place name, says the name is another place than the
    gazetteer's: one of another region for an ambiguous name ("قرية الحميدية بريف القنيطرة"), one of another
    country for any name ("حي الناصرة بالحسكة" is no Nazareth)."""
    return qualifier.kind == "region" and place.specificity > 1 and (
        (place.ambiguous and place.region != qualifier.region) or place.country != qualifier.country
    )


def _only_areas(refs: list[PlaceRef]) -> bool:
    """Whether every place of ``refs`` lies in no region: countries and areas wider than a region."""
    return all(ref.region is None for ref in refs)


def _without_containers(refs: list[PlaceRef]) -> list[PlaceRef]:
    """The places without those that only contain another of them: "Palmyra in central Syria" is
    Palmyra (Homs), not also an event somewhere in Syria; "ريف حماة" beside "السلمية" adds nothing;
    an area with no region of its own beside a place of the same country that has one is wider than
    it ("El Fasher in Darfur", "Palmyra in the Syrian Desert", "Khurmala in the Kurdistan Region")."""
    kept = []
    for ref in refs:
        if ref.kind == "country" and any(other.specificity > 0 and other.country == ref.country for other in refs):
            continue
        if ref.region is None and any(other.region is not None and other.country == ref.country for other in refs):
            continue
        if ref.kind == "region" and any(other.specificity > 1 and other.region == ref.region for other in refs):
            continue
        kept.append(ref)
    return kept


def _by_specificity(refs: list[PlaceRef]) -> tuple[str, ...]:
    """Place names, most specific first, in mention order within a level (a stable sort by
    -specificity; specificity is 0, 1 or 2)."""
    return tuple(ref.place for level in (2, 1, 0) for ref in refs if ref.specificity == level)


def _count_rank(mention: _Mention) -> tuple[int, int]:
    if mention.count is None:
        return (0, -mention.start)
    return (1 + mention.count.value if mention.count.value is not None else 1, -mention.start)
