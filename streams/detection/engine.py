"""The detector: an article in, the events it reports out.

This module is where an article becomes events: `Detector.tag` runs `_scan`, `_accept` and `_events` in turn;
the tests they apply live in modules of their own, named below. One pass of one automaton over the normalized
title and text finds every candidate term and place (`streams.detection.patterns`) and the sentence delimiters
(`streams.detection.sentences`: abbreviations and wire datelines end no sentence). Python then only looks at the hits:

1. **Word boundaries** (`_scan`): the letters before a hit must be an allowed proclitic, the letters after an
   allowed suffix; overlapping hits keep the longest (``ضربة جوية`` over ``ضربة``).
2. **Context** (`_accept`): a term may require context words (``سحب`` needs an object such as ``قوات``);
   exclusion words around a mention cancel it (sports, politics, finance), unless a keep word of its
   term stands in its clause ("hundreds held a rally against rising prices"), and a term's own
   exclusions may reach back to its clause's start ("air defences shot down overnight 20 drones")
   (`streams.detection.requirements`).
   Text framing a mention as no report cancels it: a match report, a hashtag, a masthead, a quoted title, an
   obituary, a fact-check, a page whose title and lead make it sport, markets, culture, history, a court's or a drill's
   and whose mention's sentence carries no strong mark of the day's event (`streams.detection.framing`); so do negation cues before it in the same clause
   ("no", "denied", "نفى") or right after it, modality and a denial of the report
   (`streams.detection.negation`), and a clause telling the past (`streams.detection.timing`). Anaphoric terms
   ("the campaign", "الحملة") count only after an explicit mention of the category in the article
   (`streams.detection.anaphora`).
3. **Count**: the number right before the term (`streams.detection.counts`); in a table flattened into text, the
   number after the colon of the cell the term opens ("غارات جوية: ٦ | اشتباكات: ٢").
4. **Places**: each mention takes the places its sentence names around it, else those of an earlier
   mention or the article's main place; a destination or a target is none of them
   (`streams.detection.places`).
5. **Events** (`_events`): one per (category, region) per article — per (category, country) for places with no
   region — keeping the mention with the largest count; an area with no region (a country, "southern
   Syria") adds none beside an event of its category at a region of its country, unless it has a count. A category
   may yield to another in the same sentence (blasts caused by an airstrike are the airstrike) unless it has its own
   count; a term may also yield to the sentence before it ("Drones hit the city. Loud blasts shook it.") or
   never (a mine that went off beside shelling), and a bare anaphor ("وأدت الغارة إلى ...") is the event told before
   it (`streams.detection.anaphora`). A blast whose next sentence gives an accident as its cause is
   none ("... Civil defence said a gas cylinder had caught fire."); a sentence continuing a dated past one ("In
   2016, jets bombed the town. The strikes killed hundreds.") tells the same past.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from config.gazetteer import Gazetteer
from config.lexicons import Lexicon
from streams.detection.anaphora import (
    _after_antecedent,
    _bare_anaphor,
    _drop_yielding,
    _refer_back,
    _refers_back_to_dropped,
)
from streams.detection.boilerplate import drop_page_furniture
from streams.detection.context import (
    _EMPTY,
    _SENTENCE_DELIMITERS,
    _Article,
    _letter_at,
    _Mention,
    _Rules,
    _sentence_table,
    _SentenceWords,
    span_order,
)
from streams.detection.counts import ReportedCount
from streams.detection.cues import PAUSE_BIT, YEAR_BIT, Vocabulary, Words, shares
from streams.detection.framing import (
    _defined,
    _in_fact_check,
    _in_hashtag,
    _in_match_report,
    _in_obituary,
    _looks_back,
    _masthead_names,
    _named_not_told,
    _page_type,
    _page_vetoes,
    _quiet_look_back,
    _sport_keys,
)
from streams.detection.language import canonical_lang, detect_language
from streams.detection.model import DetectedEvent, TagResult
from streams.detection.negation import _denied_report, _negated, _not_a_cause, _opens_clause
from streams.detection.normalize import normalize_mapped
from streams.detection.patterns import DEMONYM, PlaceRef, build_matcher
from streams.detection.places import (
    _NOWHERE,
    _attach_places,
    _by_specificity,
    _longest_places,
    _most_specific,
    _PlaceHit,
)
from streams.detection.requirements import (
    _bare,
    _cause_and_device,
    _conjoined,
    _deal_plan,
    _exclude_kept,
    _excluded_cause,
    _excluded_in_clause,
    _found,
    _kept,
    _names_cause,
    _new_conjunct,
    _object_excluded,
    _own_cause_and_device,
    _party_told_acting,
    _renames,
    _required,
    _sense_in_sentence,
    _stay_contradicts,
    _unmet,
)
from streams.detection.sentences import (
    _DATELINE_DASHES,
    _PERIOD,
    _abbreviation,
    _dateline,
    _question,
    _Sentences,
)
from streams.detection.timing import (
    _continues_in_sentence,
    _continues_past,
    _dated_past,
    _described,
    _generic,
    _habitual,
    _habitual_adjacent,
    _history_object,
    _history_year,
    _not_today,
    _past_month_after,
    _past_month_before,
    _past_month_range,
    _recalled,
    _recap_past,
    _refers_back,
    _segment,
    _tally_since_earlier,
    _told_as_past,
    _untimed_around,
)

__all__ = ["Detector"]

_LATER_WORDS: Final = 3  # "Two weeks later,", «وبعد أسابيع،»: a paragraph's opening time this close to its start continues the past

# Mentions and place names read per article: a real article has tens; a hostile one can hold
# hundreds of thousands, each costing a context check, and tagging must stay well under the
# worker's session timeout.
_MAX_MENTIONS: Final = 1000
_MAX_PLACES: Final = 5000
_MUNITION_MENTIONS: Final = 4  # a counted strike this many accepted mentions back, in the sentence, owns the munitions counted after it


class _Scanned:
    """An article as `Detector._scan` leaves it for `Detector._accept`: its combined normalized text, sentences,
    places and sport words, its title's length, its date (`_history_year` and the month, 0 undated), and the word
    table of each sentence read, per (start, end, language), built once per article (by `_table`)."""

    def __init__(
        self, text: str, sentences: _Sentences, places: list[_PlaceHit], sports: list[tuple[int, int, int]],
        title_length: int, history_year: int, month: int,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.places = places
        self.sports = sports
        self.title_length = title_length
        self.history_year = history_year
        self.month = month
        # the sentences' word tables, per language and by the sentence's start (the sentences partition the text): two
        # look-ups by a string and a boxed integer cost less than building and hashing a tuple key per mention
        self.tables: dict[str, dict[int, _SentenceWords]] = {}


class Detector:
    """Tags articles with events; build it with `streams.detection.load_detector`."""

    def __init__(self, lexicons: dict[str, Lexicon], gazetteer: Gazetteer | None) -> None:
        self.languages = tuple(sorted(lexicons))
        vocabularies = {lang: Vocabulary(lexicon.clitics, lexicon.enclitics) for lang, lexicon in lexicons.items()}
        sport_keys = {lang: _sport_keys(lexicon) for lang, lexicon in lexicons.items()}
        self._matcher = build_matcher(
            lexicons, gazetteer, vocabularies, _SENTENCE_DELIMITERS + _DATELINE_DASHES,
            tuple(key for lang in sorted(sport_keys) for key in sport_keys[lang]),
        )
        self._markers = len(self._matcher.keys)  # hit indices from here on are sentence delimiters
        self._extra = self._matcher.extra_start  # and from here on, the match-report test's words
        self._rules = {lang: _Rules(lexicon, vocabularies[lang]) for lang, lexicon in lexicons.items()}
        base = 0
        for lang in sorted(sport_keys):
            rules = self._rules[lang]
            rules.countrysides = self._matcher.countrysides.get(lang, {})
            if rules.sport_finder.keys == sport_keys[lang]:  # always: the same cues
                rules.sport_base = base
            base += len(sport_keys[lang])
        self._default_rules = self._rules.get("en") or next(iter(self._rules.values()))

    # ------------------------------------------------------------------------------------------
    def tag(self, text: str, *, title: str = "", lang: str | None = None, published_at: datetime | None = None) -> TagResult:
        """The language of the article and the events it reports (see the module docstring).

        ``published_at`` dates the article: a sentence naming an earlier year ("In 2019, U.S.
        troops withdrew ...") then tells history (a month's grace across New Year). Without
        it, only years before the lexicon's ``history.before_year`` do."""
        text = drop_page_furniture(text or "")  # related-story lists and tag lines are not the story
        title = title or ""
        language = canonical_lang(lang) or detect_language(f"{title}\n{text}" if title else text)
        normalized_title = normalize_mapped(title) if title else None
        normalized_text = normalize_mapped(text)
        title_length = len(normalized_title.text) if normalized_title is not None else -1
        combined = f"{normalized_title.text}\n{normalized_text.text}" if normalized_title is not None else normalized_text.text
        languages = {language} if language in self._rules else None

        mentions, places, sentences, demonyms, sports = self._scan(combined, languages)
        mentions, places = mentions[:_MAX_MENTIONS], places[:_MAX_PLACES]
        if not mentions:
            return TagResult(language, [], normalized_text.text)
        scanned = _Scanned(
            combined, sentences, places, sports, title_length, _history_year(published_at),
            published_at.month if published_at else 0,
        )
        mentions = self._accept(scanned, mentions)
        if not mentions:
            return TagResult(language, [], normalized_text.text)
        context = _Article(combined, title_length, normalized_title, normalized_text)
        _attach_places(combined, mentions, places, demonyms, context, self._rules, self._default_rules)
        mentions = self._drop_told_accidents(scanned, mentions)
        mentions = _refer_back(self._rules, self._default_rules, combined, mentions, places)
        if title_length > 0:
            mentions = _condensed_headline(mentions, title_length)
        return TagResult(language, self._events(mentions, context), normalized_text.text)

    # ------------------------------------------------------------------------------------------
    def _scan(
        self, text: str, languages: set[str] | None
    ) -> tuple[list[_Mention], list[_PlaceHit], _Sentences, list[_PlaceHit], list[tuple[int, int, int]]]:
        """Every hit of the automaton whose proclitics and suffix are allowed (step 1), the
        sentences (their delimiters are found in the same pass), the demonyms (never places) and
        the hits of the match-report test's words (`CueFinder`; by index among the extra keys)."""
        mentions: list[_Mention] = []
        places: list[_PlaceHit] = []
        ends: list[int] = []
        demonyms: list[_PlaceHit] = []
        sports: list[tuple[int, int, int]] = []
        length = len(text)
        keys = self._matcher.keys
        markers = self._markers
        extra = self._extra
        period = markers + _PERIOD
        dashes = markers + len(_SENTENCE_DELIMITERS)
        for index, key_start, key_end in self._matcher.hits(text):
            if index >= markers:
                if index >= extra:
                    sports.append((index - extra, key_start, key_end))
                    continue
                if index >= dashes:
                    if _dateline(text, key_start):  # the lede starts after the dash: "In 2014, ..." opens it
                        ends.append(key_end)
                elif index != period or not _abbreviation(text, key_start):  # ". " after "u.s" ends nothing
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
        return _longest(mentions, length), _longest_places(places, length), _Sentences(ends, length), demonyms, sports

    # ------------------------------------------------------------------------------------------
    def _accept(self, scanned: _Scanned, mentions: list[_Mention]) -> list[_Mention]:
        """Mentions of the ``scanned`` article whose context makes them reports of events, with their counts.

        Context is read from the words of the mention's sentence (split once per sentence), by
        index: the mention's words are ``words[first:last]``; every rule looks at a window of
        words before ``first`` or from ``last`` on.

        An article whose title looks back (``history.retrospective_titles``: "عشر سنوات على ...", "Ten years after
        ...") and whose first event is told as past ("في تشرين الثاني 2016 بدأ الهجوم ...") is a retrospective: its later
        mentions are past too, paragraphs on, unless the words between the pauses around them name a time of their own
        (`_untimed`: "ما زال" in the next clause of a quote dates the building, not the strikes). So is one whose title
        looks back and whose title and first paragraph name no day of the news (`_quiet_look_back`: "A year on: El Fasher's
        survivors remember the siege"), whatever its first event."""
        text, sentences, places, sports = scanned.text, scanned.sentences, scanned.places, scanned.sports
        title_length, history_year, month = scanned.title_length, scanned.history_year, scanned.month
        sentence_words = scanned.tables
        # Sentences are keyed by their start (a boxed integer, not a tuple built and hashed per look-up): the sentences
        # (`_Sentences.around`) partition the text, so a start names one sentence. Whether each names a history cue:
        historical: dict[int, bool] = {}
        # whether the sentence after each (per language, by sentence start) opens with a denial of the report (`_denied_report`)
        next_denials: dict[str, dict[int, bool]] = {}
        accepted: list[_Mention] = []
        seen_categories: set[str] = set()
        # the spans of the mentions accepted, per category; a span [start, end) is the integer start * scale + end (one
        # boxed integer, not a tuple built and hashed per mention)
        scale = len(text) + 1
        taken: dict[str, set[int]] = {}
        # where the last mention made history by its object cue ends, per category and by sentence start
        past_objects: dict[str, dict[int, int]] = {}
        # the categories of the mentions told as past, per sentence: the sentence after may continue them
        past_told: dict[int, set[str]] = {}
        # the categories of the body's mentions denied or negated (`_told_in_body`)
        untold: set[str] = set()
        # per sentence: where its mentions continuing one of it told as past stand (`_continues_in_sentence`)
        back_past: dict[int, list[int]] = {}
        # whether the article is a retrospective (None: not decided yet, by its first event; only a looking-back title frames one)
        retrospective: bool | None = None if title_length > 0 else False
        # whether the title and lead were read for a retrospective that tells no event of the day (`_quiet_look_back`)
        quiet_read = False
        # whether the article is a match report, per language, and whether each paragraph (by its start) is one of play
        sport_reports: dict[object, bool] = {}
        # whether the article is an obituary, per language
        obituaries: dict[object, bool] = {}
        # whether the article is a fact-check, per language
        fact_checks: dict[object, bool] = {}
        # the article's page type, per language (`_page_type`: an index in the rules' page kinds, -1 none), and the
        # categories its title reports
        pages: dict[object, int] = {}
        # whether each paragraph (by language, kind and start) lies under its page's veto (`_page_vetoes`)
        page_paragraphs: dict[object, bool] = {}
        headline: set[str] = set()
        # the words of the article's lead, per language and end (`framing._lead_words`: read by the last three)
        leads: dict[tuple[Vocabulary, int], Words] = {}
        # where the first antecedent of a category's anaphora stands in the text, per (language, category); -1 none
        antecedents: dict[tuple[str, str], int] = {}
        masthead = _masthead_names(text, title_length)
        # per category: the span of its last mention met, and the span of the one before it (another start)
        last_met: dict[str, int] = {}
        met_before: dict[str, int] = {}
        # the starts of the article's places (sorted, as `_longest_places` leaves them), taken at the first term that asks
        place_starts: list[int] | None = None
        sentence = (0, 0)  # the last mention's sentence (none yet)
        defining: set[int] = set()  # the sentences that define a term (`framing._defined`): all their words are the definition's
        starts = [mention.start for mention in mentions]  # sorted (`_longest`)
        for mention in mentions:
            rule = mention.rule
            span = mention.start * scale + mention.end
            if _in_hashtag(text, mention.start) or any(start <= mention.start < end for start, end in masthead):
                continue  # "#يوميات_قذيفة_هاون", "يوميات قذيفة هاون في دمشق | الجمعة 27-11-2026": a page's name, no report
            spans_taken = taken.get(rule.category)
            if (spans_taken is not None and span in spans_taken) or (
                rule.anaphoric and rule.category not in seen_categories
                and not _after_antecedent(self._rules, self._default_rules, text, mention, antecedents)
            ):
                continue
            met = last_met.get(rule.category)
            if met is not None and met // scale != mention.start:
                met_before[rule.category] = met
            last_met[rule.category] = span
            rules = self._rules.get(rule.lang, self._default_rules)
            if not sentence[0] <= mention.start < sentence[1]:  # most mentions stand in the sentence of the one before
                sentence = sentences.around(mention.start)
            mention.sentence = sentence
            in_lang = sentence_words.get(rule.lang)
            words = in_lang.get(sentence[0]) if in_lang is not None else None
            if words is None:
                if _unmet(rule, text, sentence[0], sentence[1]):
                    continue  # fails `_required` (below): no need to read the sentence's words for it
                words = _sentence_table(sentence_words, text, sentence, rule.lang, rules.vocabulary)
            mention.words = words
            at, after = mention.first, mention.last = words.locate(mention.start, mention.end)
            context = words.words
            if at > 0 and rule.category not in seen_categories and shares(rules.back_references, context.forms[at - 1]):
                continue  # "هذا الاشتباك" refers back to a mention that reported none
            if not _required(rules, rule, context, at, after):
                continue
            if rule.requires_in_sentence is not None:
                if rule.sense_from_places and place_starts is None:
                    place_starts = [hit.start for hit in places]
                if not _sense_in_sentence(
                    rule.requires_in_sentence, context, place_starts if rule.sense_from_places else None, sentence
                ):
                    continue  # "the launch event now clashes with a rival's keynote": no armed party, no place
            excludes, exclude_window = rules.excludes.get(rule.category, (_EMPTY, 0))
            if context.union & excludes.bit and _found(excludes, context, at, after, exclude_window) and not _exclude_kept(
                rules, rule.category, context, at, after, exclude_window
            ):
                continue
            plan = rules.plans.get(rule.category)
            if plan is not None and _deal_plan(rules, rule.category, plan, context, at, after):
                continue  # "وبموجب الاتفاق، تنسحب الفصائل من الأحياء الشرقية خلال أسبوع": the deal's terms
            stay = rules.stays.get(rule.category)
            if stay is not None and _stay_contradicts(rules, stay, context, at, after):
                continue  # "تنسحب قوات التحالف من القاعدة، بينما ستبقى قوة في أربيل": a withdrawal to come, bounded by a stay
            later = rules.excludes_later.get(rule.category)
            if later is not None and context.union & later.bit and later.find(context, after) >= 0:
                continue  # "some were detained at checkpoints and released only after relatives paid ransoms"
            causes = rules.causes.get(rule.category)
            if causes is not None and _excluded_cause(causes, context, after, exclude_window, _CAUSE_WORDS):
                continue  # "the blast at the workshop was caused by a fuel tank that caught fire"
            if context.union & (rule.excludes.bit | rule.excludes_before.bit | rule.excludes_after.bit) and (
                _found(rule.excludes, context, at, after, rule.window)
                or rule.excludes_before.near(context, at, after, rule.window, 0)
                or rule.excludes_after.near(context, at, after, 0, rule.window)
            ) and not _kept(rules, rule, context, at, after):
                continue
            if (
                rule.excludes_object is not None
                and _object_excluded(rules, rule.excludes_object, context, after)
                and not _kept(rules, rule, context, at, after)
            ):
                # (an armed side named in the clause keeps a clash over a riot's marks after it: "مواجهات بين مسلحين وقوات
                # الأمن رغم استخدام الغاز المسيل للدموع")
                continue  # "انسحب رجل الأعمال السوري المعروف محمد الخطيب من غرفة تجارة دمشق": a body withdrawn from
            if sentence[0] in defining or (
                (rules.definition_openers.bit or rules.definition_links.bit) and _defined(rules, context, at, after)
            ):
                defining.add(sentence[0])
                continue  # "An airstrike is an attack carried out by military aircraft", "What is a withdrawal?": a term defined
            if (rules.word_itself.bit or rules.word_itself_quoted.bit or rules.word_itself_after.bit or rules.work_titles.bit) and _named_not_told(
                rules, text, sentence[0], mention.start, mention.end, context, at, after
            ):
                continue  # 'the play "The Last Retreat"', 'the word "withdrawal"'
            if rule.category in rules.sport_categories and _in_match_report(
                rules, text, mention.start, sentence, context, sport_reports, title_length, sports
            ):
                continue  # "Villa boss Unai Emery had earlier withdrawn Morgan Rogers with a hamstring problem"
            if context.union & rule.excludes_in_clause.bit and _excluded_in_clause(rules, rule, context, at):
                continue  # the object of a verb far before it in its clause ("أسقطت الدفاعات ... خلال الليل 20 طائرة مسيرة")
            if _negated(
                rules, context, at, after, _new_conjunct(rules, rule, context, at), rule.category != "arrest"
            ) and not _party_told_acting(
                rules, rule, context, at
            ):
                if mention.start > title_length and _not_a_cause(rules, context, at):
                    untold.add(rule.category)
                continue
            if not rules.report_denials.empty and _denied_report(
                rules, rule.lang, text, sentence, sentences, sentence_words, context, after, next_denials, starts
            ):
                if mention.start > title_length:
                    untold.add(rule.category)
                continue  # "Militants attacked the checkpoint, the army said, a claim the group denied" ("... The rebels denied the report.")
            if context.union & rules.questions.bit and _question(text, sentence) and _opens_clause(
                rules.questions, _EMPTY, context, 0, at
            ):
                continue  # "Q: Are you withdrawing the troops by the end of the year?": a yes/no question reports nothing
            if context.union & rules.habitual_verbs.bit and context.union & rules.habitual_marks.bit and _habitual(
                rules, context, at, after
            ):
                continue  # "وتشهد بلدات الريف هجمات متكررة", "the town regularly sees raids": a habit, not the day's event
            if context.union & rules.habitual_adjacent_bits and _habitual_adjacent(rules, context, at, after):
                continue  # «غارات يومية», "daily strikes": a habit, not the day's event
            if context.union & rules.habitual_universals.bit and _generic(rules, context, after):
                continue  # "In those years each offensive was followed by arrests": a rule of many events
            if context.union & rules.described_dates.bit and _described(rules, context, at, after):
                continue  # "Kafr Nabl, which was shelled last week, ...": a place described by an earlier event
            objects = past_objects.get(rule.category)
            if _history_object(rules, context, at) or _renames(
                objects.get(sentence[0]) if objects is not None else None, context, at
            ):
                if objects is None:
                    objects = past_objects[rule.category] = {}
                objects[sentence[0]] = after
                continue
            if sentence[0] not in historical:
                historical[sentence[0]] = rules.history.find(context, skip=rules.not_history) >= 0
            past = rules.past_cues.get(rule.category)
            if past is not None and context.union & past.bit and _told_as_past(rules, past, context, at, after):
                continue  # "former detainees said they were arrested at checkpoints": their own past arrests
            if historical[sentence[0]] or _recalled(rules, context, at, after) or _recap_past(
                rules, context, max(rules.history_before_year, history_year)
            ) or _dated_past(
                rules, context, at, after, max(rules.history_before_year, history_year), month
            ) or (
                _names_since(rules, text, sentence) and _tally_since_earlier(rules, context, at, after, month)
            ) or _past_month_after(rules, context, after, month) or _past_month_before(rules, context, at, after, month) or (
                _past_month_range(rules, context, at, after, month)
            ):
                _tell_past(past_told, sentence, rule.category)
                if retrospective is None:
                    retrospective = _looks_back(rules, text, title_length, leads)
                continue
            if not rules.obituaries.empty and _in_obituary(rules, text, title_length, obituaries, leads) and _not_today(
                rules, context, *_segment(context, at, after)
            ):
                continue  # "Obituary: ... she covered the siege, where shelling shook the hotel each night": the life's past
            if not rules.fact_checks.empty and _in_fact_check(rules, text, title_length, fact_checks, leads):
                continue  # "Fact check: video of 'airstrike on Beirut' is from the 2020 port blast": a claim weighed, no report
            if retrospective is None and not quiet_read:
                quiet_read = True  # read once per article, at its first mention not dropped before
                retrospective = True if _quiet_look_back(rules, text, title_length, leads) else None  # "A year on: El Fasher's survivors remember the siege": the lead tells no event of the day
            if retrospective and _untimed_around(rules, context, at, after):
                continue  # "عشر سنوات على ...\nفي 2016 بدأ الهجوم ... [فقرة لاحقة] «كانت الغارات لا تتوقف»"
            told = past_told.get(sentences.around(sentence[0] - 1)[0]) if (
                past_told and sentence[0] and (
                    text[sentence[0] - 1] != "\n"
                    # a paragraph opened by the story's later time continues the one before: "In September, fighters
                    # ambushed a convoy.\nTwo weeks later, a bomb tore through a bus"
                    or (context.union & rules.back_then.bit and rules.back_then.find(context, 0, _LATER_WORDS) >= 0)
                )
            ) else None
            if told is not None and _continues_past(rules, context, at, rule.category in told):
                _tell_past(past_told, sentence, rule.category)
                continue  # "In 2016, jets bombed the town for weeks. The strikes killed hundreds." ("At the time, rockets ...")
            own_past = past_told.get(sentence[0])
            if (own_past is not None or context.union & YEAR_BIT) and _continues_in_sentence(
                rules, context, at, after, own_past is not None and rule.category in own_past, back_past.get(sentence[0]),
                max(rules.history_before_year, history_year),
            ):
                _tell_past(past_told, sentence, rule.category)
                backs = back_past.get(sentence[0])
                if backs is None:
                    backs = back_past[sentence[0]] = []
                backs.append(at)
                continue  # "Police arrested dozens in 2022, rights groups said, and the arrests sparked protests"
            if rule.category not in seen_categories and _refers_back_to_dropped(rules, rule.category, context, met_before, taken) and (
                rule.category not in rules.agents_bare_only or _bare_anaphor(rules, context, at, after)
            ):
                continue  # "the UN withdrew its staff from El Fasher. The withdrawal leaves the city without aid"
            if rule.category in rules.page_categories and mention.start > title_length and rule.category not in headline:
                page = _page_type(rules, text, title_length, pages, leads)
                if page >= 0 and _page_vetoes(rules, text, mention.start, page, context, page_paragraphs):
                    continue  # a film review's "the army shells the valley at dawn", a markets page's "a three-day rally"
            if rule.count:
                nouns = rules.count_nouns.get(rule.category, _EMPTY)
                before = None if _conjoined(rules, context.words[at], rule.text) else rules.counts.read_before(context, at, nouns)
                mention.count = before or rules.counts.read_tally(context, at, after) or rules.counts.read_after(context, after, nouns)
                if mention.count is None and (
                    mention.pattern.dual or (mention.suffix and mention.suffix in rules.dual_suffixes)
                    or any(rules.counts.is_dual(context, index) for index in range(at, after))  # "صاروخين", "كمينين"
                ):
                    mention.count = ReportedCount(2, False)
                if mention.count is None:
                    mention.count = _tally_count(rules, words, at, after)
                elif mention.count.value is not None and rules.counts.counts_munitions(context, at) and any(
                    earlier.rule.category == rule.category and earlier.count is not None and earlier.count.value is not None
                    and sentence[0] <= earlier.start for earlier in accepted[-_MUNITION_MENTIONS:]
                ):
                    mention.count = None  # "carried out 72 air strikes, dropping 130 guided bombs": the strikes' munitions
            accepted.append(mention)
            if mention.start < title_length:
                headline.add(rule.category)
            if retrospective is None:
                retrospective = False
            if spans_taken is None:
                spans_taken = taken[rule.category] = set()
            spans_taken.add(span)
            seen_categories.add(rule.category)
        if untold and title_length > 0:
            accepted = _told_in_body(accepted, untold, title_length)
        return _drop_yielding(self._rules, self._default_rules, text, accepted, scanned.places)

    def _drop_told_accidents(self, scanned: _Scanned, mentions: list[_Mention]) -> list[_Mention]:
        """Drop mentions whose next sentence gives an accident as their cause (the category's ``causes_after``): "An
        explosion rocked a warehouse in Homs. Civil defence said a gas cylinder had caught fire." Not when that
        sentence names a place of another region or holds a mention of the category; nor when either sentence names a
        device, an attack or a new report ("Separately, ...": ``causes_after_keeps``). The sentences' words are read
        from ``scanned.tables``, where `_accept` left them."""
        if not any(mention.rule.category in self._rules.get(mention.rule.lang, self._default_rules).causes_after for mention in mentions):
            return mentions
        text, places, sentences, tables = scanned.text, scanned.places, scanned.sentences, scanned.tables
        # a mention whose own sentence gives an accident as its cause tells no blast of its own ("The explosion was caused by
        # a technical fault"): it neither keeps the mention before it nor stands as an event
        # what each mention's own sentence names, read once: (an accident as a cause, a device or an attack), or None
        own_reads = [_own_read(self._rules.get(mention.rule.lang, self._default_rules), mention) for mention in mentions]
        explained = [read is not None and read[0] and not read[1] for read in own_reads]
        told_in = {(mention.rule.category, mention.sentence) for mention, own in zip(mentions, explained, strict=True) if not own}
        kept: list[_Mention] = []
        accidents: dict[str, set[str | None]] = {}  # the regions of the blasts told as accidents, per category
        for index, mention in enumerate(mentions):
            read = own_reads[index]
            if read is None or mention.words is None:  # (None already when the words are: for mypy)
                kept.append(mention)
                continue
            rule = mention.rule
            rules = self._rules.get(rule.lang, self._default_rules)
            causes, keeps = rules.causes_after[rule.category]
            own = mention.words.words
            own_kept = read[1]  # a device or an attack in the mention's own sentence
            regions = {ref.region or ref.country for ref in mention.places}
            if explained[index]:
                accidents.setdefault(rule.category, set()).update(regions)
                continue  # "... a blast at a chemical plant. The explosion was caused by a technical fault."
            if (
                rule.category in accidents and regions <= accidents[rule.category] and not own_kept
                and _refers_back(rules, own, mention.first)
            ):
                continue  # "... said a gas cylinder had caught fire. The blast injured two workers": the same blast
            if not own_kept and _bare(rules, own, mention.first, mention.last) and self._after_told_accident(
                text, mention, sentences, told_in, tables
            ):
                continue  # "A fuel tanker caught fire on the highway. The explosion was heard across the city."
            if self._heard_of_other(text, mention, sentences, tables):
                continue  # "The Iron Dome intercepted a drone over Nahariya. Residents reported hearing a loud explosion."
            following = sentences.following(text, mention.sentence)
            after = _sentence_table(tables, text, following, rule.lang, rules.vocabulary).words
            if (
                following == mention.sentence or keeps.find(after) >= 0 or own_kept
                or (causes.find(after) < 0 and not _names_cause(rules, rule.category, after))
                or (rule.category, following) in told_in
                or _elsewhere(mention, places, following)
            ):
                kept.append(mention)
            else:
                accidents.setdefault(rule.category, set()).update(regions)
        if not accidents or len(kept) == len(mentions):
            return kept
        return self._drop_leading_to_accidents(text, mentions, kept, accidents, sentences)

    def _drop_leading_to_accidents(
        self, text: str, mentions: list[_Mention], kept: list[_Mention], accidents: dict[str, set[str | None]],
        sentences: _Sentences,
    ) -> list[_Mention]:
        """Drop the kept mentions whose next sentence holds only mentions of their category dropped as accidents, in the
        accidents' regions, with no device or attack in their own sentence: the headline and the lede of the accident a
        later sentence explains ("Blast at Aleppo chemical plant injures five" / "Five workers were hurt in an explosion
        at a plant in Sheikh Najjar." / "The explosion was caused by a technical fault."). Read from the last mention
        back, so that each dropped sentence drops the one before it."""
        kept_ids = {id(mention) for mention in kept}
        dropped_in = {(mention.rule.category, mention.sentence) for mention in mentions if id(mention) not in kept_ids}
        kept_in: dict[tuple[str, tuple[int, int]], int] = {}  # how many kept mentions of a category each sentence holds
        for mention in kept:
            kept_in[mention.rule.category, mention.sentence] = kept_in.get((mention.rule.category, mention.sentence), 0) + 1
        leading: set[int] = set()
        for mention in reversed(kept):
            rule = mention.rule
            rules = self._rules.get(rule.lang, self._default_rules)
            told = rules.causes_after.get(rule.category)
            if (
                told is None or mention.words is None or rule.category not in accidents
                or _cause_and_device(told, mention.words.words)[1]
            ):
                continue
            following = sentences.following(text, mention.sentence)
            key = (rule.category, following)
            if (
                following == mention.sentence or key not in dropped_in or key in kept_in
                or not {ref.region or ref.country for ref in mention.places} <= accidents[rule.category]
            ):
                continue
            leading.add(id(mention))
            own_key = (rule.category, mention.sentence)
            dropped_in.add(own_key)
            kept_in[own_key] -= 1
            if not kept_in[own_key]:
                del kept_in[own_key]
        return [mention for mention in kept if id(mention) not in leading]

    def _heard_of_other(
        self, text: str, mention: _Mention, sentences: _Sentences, tables: dict[str, dict[int, _SentenceWords]],
    ) -> bool:
        """Whether the mention is told as perceived (`Category.perceived`) and its sentence, naming no device
        (``exclude_keeps``), tells what else made the blasts heard (``perceived_causes``: an interception), or the sentence
        right before it in its paragraph does, its own naming no device or attack (``causes_after_keeps``): "Residents
        reported hearing two explosions as the Iron Dome intercepted a drone", "A drone was intercepted over Sderot.
        Residents reported hearing two loud explosions" (not "... A car bomb explosion was heard near the port")."""
        rule = mention.rule
        rules = self._rules.get(rule.lang, self._default_rules)
        causes = rules.perceived_causes.get(rule.category)
        perceived = rules.perceived.get(rule.category)
        if causes is None or perceived is None or mention.words is None:
            return False
        own = mention.words.words
        if not (
            _found(perceived[0], own, mention.first, mention.last, perceived[1])
            or perceived[0].find(own, mention.first, mention.last) >= 0  # its own words: "explosions were heard"
        ):
            return False
        if causes.find(own) >= 0:
            devices = rules.exclude_keeps.get(rule.category)
            return devices is None or devices.find(own) < 0
        told = rules.causes_after.get(rule.category)
        if told is not None and told[1].find(own) >= 0:
            return False
        previous = sentences.before_in_paragraph(text, mention.sentence)
        if previous is None:
            return False
        return causes.find(_sentence_table(tables, text, previous, rule.lang, rules.vocabulary).words) >= 0

    def _after_told_accident(
        self, text: str, mention: _Mention, sentences: _Sentences, told_in: set[tuple[str, tuple[int, int]]],
        tables: dict[str, dict[int, _SentenceWords]],
    ) -> bool:
        """Whether the sentence right before the bare mention (same paragraph) tells an accident of its category's
        ``causes_before`` and no mention of the category, nor a device or an attack (``causes_after_keeps``)."""
        rule = mention.rule
        rules = self._rules.get(rule.lang, self._default_rules)
        causes = rules.causes_before.get(rule.category)
        if causes is None:
            return False
        previous = sentences.before_in_paragraph(text, mention.sentence)
        if previous is None or (rule.category, previous) in told_in:
            return False
        before = _sentence_table(tables, text, previous, rule.lang, rules.vocabulary).words
        return causes.find(before) >= 0 and rules.causes_after[rule.category][1].find(before) < 0

    # ------------------------------------------------------------------------------------------
    def _events(self, mentions: list[_Mention], context: _Article) -> list[DetectedEvent]:
        groups: dict[tuple[str, str | None, str | None], list[tuple[_Mention, list[PlaceRef]]]] = {}
        for mention in mentions:
            places = mention.places or [_NOWHERE]
            if len(places) == 1:  # most mentions: one group, no regions to gather
                ref = places[0]
                groups.setdefault((mention.rule.category, ref.region, None if ref.region else ref.country), []).append(
                    (mention, [ref])
                )
                continue
            by_region: dict[tuple[str | None, str | None], list[PlaceRef]] = {}
            for ref in places:
                region_key = (ref.region, None if ref.region else ref.country)
                by_region.setdefault(region_key, []).append(ref)
            for (region, country), refs in by_region.items():
                groups.setdefault((mention.rule.category, region, country), []).append((mention, refs))
        # an area wider than a region ("southern Syria", "the Euphrates", a country) adds no event of its own beside an
        # event of its category at a region of its country: it only contains it, as within one mention
        # (`places._without_containers`); one carrying a count stays, the regional events may lack it
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


def _names_since(rules: _Rules, text: str, sentence: tuple[int, int]) -> bool:
    """Whether a word of ``history.since`` stands in ``text[sentence[0]:sentence[1]]`` as a piece of text: a word's forms
    are pieces of its token, so a sentence without one holds no such word, and `_tally_since_earlier` no tally (most
    sentences: a search of the text costs less than reading the words)."""
    return any(text.find(word, sentence[0], sentence[1]) >= 0 for word in rules.since)


def _tell_past(past_told: dict[int, set[str]], sentence: tuple[int, int], category: str) -> None:
    """Add ``category`` to those the ``sentence`` tells as past, kept by the sentence's start (get and set, not
    ``setdefault``: compiled, a missing key raises and clears a KeyError)."""
    start = sentence[0]
    told = past_told.get(start)
    if told is None:
        told = past_told[start] = set()
    told.add(category)


def _tally_count(rules: _Rules, words: _SentenceWords, at: int, after: int) -> ReportedCount | None:
    """The count of a mention in a cell of a table flattened into text, "label: number" ("حصيلة الأسبوع | عبوات ناسفة
    انفجرت: ٣ | معتقلون لدى الأمن العام: ١٤", "Air strikes: 12; arrests: 4"): the mention opens the label and its cell
    (at the sentence's start, after a separator token such as "|", or after a pause), a colon ends the label a few words
    on, and the number after the colon ends the cell. Not "انفجار: 3 قتلى" (the number counts the words after it), nor
    "قتلى الغارات: 12" (the label's head is the casualties)."""
    context = words.words
    tokens = context.words
    bits = context.bits
    size = len(tokens)
    colon = after - 1
    while colon < size and not bits[colon] & PAUSE_BIT:
        colon += 1
    if colon >= size - 1 or colon - at >= _TALLY_LABEL_WORDS or not words.ends_with(colon, ":"):
        return None
    number = colon + 1
    if number + 1 < size and tokens[number + 1] and not bits[number] & PAUSE_BIT:
        return None  # the number does not end the cell
    if at > 0 and tokens[at - 1] and not bits[at - 1] & PAUSE_BIT:
        return None  # the mention opens no cell
    value, _ = rules.counts.value(tokens[number])
    if value is None or _YEARS[0] <= value <= _YEARS[1]:
        return None
    return ReportedCount(value, False)


def _own_read(rules: _Rules, mention: _Mention) -> tuple[bool, bool] | None:
    """`_own_cause_and_device` of the mention's sentence, where a report opener at its start ("Meanwhile, police said a
    blast ... was caused by a leaking gas cylinder") keeps nothing: it parts the sentence from the one before, while
    its own accident still explains its blast (the opener keeps a blast only when it opens the next sentence)."""
    read = _own_cause_and_device(rules, mention)
    if read is None or not read[0] or not read[1] or mention.words is None:
        return read
    words = mention.words.words
    opener = rules.report_openers.starts_at(words, 0) if words.words else 0
    if opener <= 0:
        return read
    return read[0], rules.causes_after[mention.rule.category][1].find(words, opener) >= 0


def _elsewhere(mention: _Mention, places: list[_PlaceHit], sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` names a place of a region (or, with none, a country) the mention's places do not hold."""
    regions = {ref.region or ref.country for ref in mention.places}
    for hit in places:
        if sentence[0] <= hit.start < sentence[1] and (hit.ref.region or hit.ref.country) not in regions:
            return True
    return False


def _told_in_body(accepted: list[_Mention], untold: set[str], title_length: int) -> list[_Mention]:
    """The accepted mentions without the title's of a category the body only denies or negates (`_not_a_cause`,
    `_denied_report`, collected in ``untold``): a headline condenses its body, so "Reports: Russian troops withdraw from
    Qamishli airport" over "Russia's defence ministry denied reports that its troops had left Qamishli airport" reports no
    withdrawal. A body that tells the category as done keeps the title's, and so does one that only protests it
    ("احتجاج في طفس على اعتقال شابين" over "تظاهر ... احتجاجاً على اعتقال شابين")."""
    dropped = {mention.rule.category for mention in accepted if mention.start < title_length} & untold
    if not dropped:
        return accepted
    dropped -= {mention.rule.category for mention in accepted if mention.start > title_length}
    if not dropped:
        return accepted
    return [mention for mention in accepted if mention.start > title_length or mention.rule.category not in dropped]


def _condensed_headline(mentions: list[_Mention], title_length: int) -> list[_Mention]:
    """The mentions without the title's whose term yields in a headline (`TermRule.headline_yields_to`) to a category the
    body tells, when the body tells none of the title's own: a headline condenses its body, so «قصف إسرائيلي على الخيام»
    over "warplanes carried out two raids on Khiam" is the air raid, not a shelling besides (a body that tells shelling
    too keeps it)."""
    body = {mention.rule.category for mention in mentions if mention.start > title_length}
    if not body:
        return mentions
    kept: list[_Mention] = []
    for mention in mentions:
        absorbing = mention.rule.headline_yields_to
        if (
            mention.start < title_length and absorbing is not None and mention.rule.category not in body
            and not absorbing.isdisjoint(body)
        ):
            continue
        kept.append(mention)
    return kept


def _longest(mentions: list[_Mention], length: int) -> list[_Mention]:
    """Drop mentions inside a longer one (same-span alternatives stay: `_accept` takes the first
    whose context fits). Spans lie in a text of ``length`` characters (see `span_order`)."""
    scale = length + 1
    mentions.sort(key=lambda m: span_order(m.start, m.end, scale))
    kept: list[_Mention] = []
    cover_start = cover_end = -1  # the kept span reaching furthest right (earliest start on ties)
    for mention in mentions:
        if cover_end >= mention.end and (cover_start, cover_end) != (mention.start, mention.end):
            continue
        kept.append(mention)
        if mention.end > cover_end:
            cover_start, cover_end = mention.start, mention.end
    return kept


_TALLY_LABEL_WORDS: Final = 6  # a table cell's label ("معتقلون لدى الأمن العام:") has at most this many words
_YEARS: Final = (1900, 2100)  # a number in this range after a label's colon is a year ("تاريخ الانسحاب: 2019")
# a full date this many years before the history year may still date the news (a report's own date, or a year's tally);
# one further back is history
_CAUSE_WORDS: Final = 8  # "the blast at the workshop in Jableh was caused by": a cause cue starts this close after the mention


def _count_rank(mention: _Mention) -> tuple[int, int]:
    if mention.count is None:
        return (0, -mention.start)
    return (1 + mention.count.value if mention.count.value is not None else 1, -mention.start)


