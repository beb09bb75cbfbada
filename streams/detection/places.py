"""Which places an event is attached to: where each accepted mention of an article happened.

The engine (`streams.detection.engine`) finds the mentions and their counts; the automaton's pass
also found every gazetteer name. `_attach_places` reads those names and gives each mention its
places and destination:

A mention takes the places that follow it in its sentence (up to the next mention or clause breaker:
"while", "بينما"; a next mention of its own category with no place between goes on the phrase:
"artillery fired 22 shells at X" places both at X), chained while they stay close together, so one
mention that enumerates several places applies to every region listed (an area wider than a region,
"northeast Syria", yields to a named place of its country further on in the clause); else the
nearest place before it in the sentence; else the place of the previous mention of its category
(when it only names a destination); else, in a sentence naming no place in the mention's clause, a
domestic authority acting in it before the mention ("Jordanian border guards clashed ..." is
Jordan); else the article's main place (the most mentioned place, title mentions weighing more);
else, in an article naming no place, the country of the last demonym after it in its clause, its
target ("... struck positions of the Ukrainian army"); else, but for an air strike or a shelling, the demonym of its actor
right before it ("Two Yemeni clans clashed", "Sudanese troops withdrew"), unless its country's forces act abroad (Israel,
Russia, Turkey, Iran: `Country.acts_abroad`).

Places after a destination cue ("إلى", "towards") of a withdrawal are its destination, not its
location; places after a target cue of its category ("against", "in solidarity with", "للمطالبة"),
right after an affiliation cue ("backed by", "المدعومة من") or naming a road ("the Damascus
highway", "اوتستراد درعا دمشق") are none of its places.

Ambiguous gazetteer names count only after a place cue (``مدينة``, "town of") or, in English,
capitalized (or in capitals as a dateline); a bare country name is an actor ("روسيا تسحب"), not a
location, unless a locative ("في", "in", the proclitic ب) introduces it. A name shared by places of
several countries ("Tripoli", "رفح") is read once per article: its default place, unless the article
names nothing of the default's country (country, region, place, demonym) but names another's; an
ambiguous name shared by places of several countries (no common word) also counts after a locative
("في عمان" is Amman; in a report naming "العمانية" and nothing Jordanian, Oman).
"""

from __future__ import annotations

from typing import Final

from streams.detection.context import (
    _EMPTY,
    _SEMICOLONS,
    _SENTENCE_DELIMITERS,
    _Article,
    _count_tokens,
    _letter_at,
    _Mention,
    _parenthetical,
    _Rules,
    span_order,
)
from streams.detection.cues import (
    _BMP_SPACES,
    CueSet,
    Vocabulary,
    Words,
    first_words,
    has_word,
    last_words,
    space_at,
    split_words,
    strip_punctuation,
)
from streams.detection.normalize import bisect_left
from streams.detection.patterns import PlaceRef

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
# A "sentence" longer than this is cut at a space: context rules read a sentence per mention, so
# an unpunctuated 100 KB text full of mentions would otherwise cost time quadratic in its length.
_MAX_SENTENCE_CHARS: Final = 3000
_TITLE_WEIGHT: Final = 3
_NOWHERE: Final = PlaceRef("", None, None, "none")  # the place of a mention with none
_NO_WORDS: Final = Words([], [], [], 0)
_AUTHORITY: Final = "authority"  # gazetteer kind: a domestic authority, standing for its country
_ACTOR_GAP_WORDS: Final = 2  # "Iraqi security forces arrested": an actor's demonym at most this many words before its event
# an air strike's or a shelling's actor strikes across a border: its demonym before the event names no place of it
_STRUCK_ABROAD: Final = frozenset({"airstrike", "shelling"})
# The Arabic article as English transliterations write it ("al-Bab", "ash-Shaddadi").
_LATIN_ARTICLES: Final = ("al-", "el-", "an-", "ar-", "as-", "ash-", "at-", "ad-", "adh-", "az-", "ath-")
_LATIN_ARTICLE_INITIALS: Final = frozenset(ord(article[0]) for article in _LATIN_ARTICLES)
_PAUSES: Final = (",", "\u060c", ";", "\u061b", ":")
_DASHES: Final = ("-", "\u2013", "\u2014")
# a dash between spaces in a headline parts two stories: "In Damascus, a rally for the missing — and a blast at an arms depot"
_HEADLINE_DASHES: Final = (" - ", " \u2013 ", " \u2014 ")
_PLACE_VERB_WORDS: Final = 4  # "اقتحمت قوات الاحتلال الإسرائيلي جنين": a place verb and its subject before its object
_SETTLEMENTS: Final = frozenset({"town", "city", "village"})  # kinds of place whose name a city district may share
_ROAD_WORDS: Final = 3  # "على الطريق الدولي درعا": a road word at most this many words before the place it is named after


class _PlaceHit:
    """One gazetteer hit (a plain class: native when compiled)."""

    __slots__ = ("before", "before_count", "before_low", "before_vocabulary", "end", "following", "lang", "others", "prefix", "ref", "start")

    def __init__(self, start: int, end: int, ref: PlaceRef, lang: str, prefix: str) -> None:
        self.start = start
        self.end = end
        self.ref = ref
        self.lang = lang
        self.prefix = prefix
        # the other readings of a name shared by places of several countries ("Tripoli"): ``ref``
        # is the default (the first listed in the gazetteer) until the article says otherwise
        self.others: list[PlaceRef] = []
        # the word after the name (`_next_token`), read once for every cue asked after it
        self.following: str | None = None
        # the last words read before the name (`_words_before`), with the offset, count and vocabulary they were read by:
        # the place rules often ask the same again
        self.before: Words | None = None
        self.before_low = -1
        self.before_count = 0
        self.before_vocabulary: Vocabulary | None = None


def _attach_places(
    text: str, mentions: list[_Mention], places: list[_PlaceHit], demonyms: list[_PlaceHit], context: _Article,
    lang_rules: dict[str, _Rules], default_rules: _Rules,
) -> None:
    """Set the ``places`` and ``destination`` of every mention of the article ``text`` (the combined normalized
    title and text) from its gazetteer hits ``places`` and ``demonyms`` (`Detector._scan`): read the names shared by
    places of several countries, keep the hits that are places where something happens, and attach them. The rules
    are the mention's or hit's language's in ``lang_rules``, else ``default_rules``."""
    _read_shared_names(text, places, demonyms, context, lang_rules, default_rules)
    _distribute_countryside(text, places, lang_rules, default_rules)
    places = [hit for hit in places if _place_ok(text, hit, context, lang_rules, default_rules)]
    places = _without_compounds(text, places)
    _attach(text, mentions, places, demonyms, context, lang_rules, default_rules)


def _distribute_countryside(text: str, places: list[_PlaceHit], lang_rules: dict[str, _Rules], default_rules: _Rules) -> None:
    """A dual or plural countryside word belongs to every name of the list after it: in "ريفي درعا ودمشق" the
    conjoined "دمشق" is Damascus's countryside, the region Rif Dimashq (`_Rules.countrysides`), not the city.
    The list is walked back from the name over conjoined names with nothing but white space or a comma between."""
    for index, hit in enumerate(places):
        rules = lang_rules.get(hit.lang, default_rules)
        region = rules.countrysides.get(hit.ref)
        if region is None or not hit.prefix.startswith(rules.conjunctions):
            continue
        current = hit
        for previous in reversed(places[:index]):
            if previous.end > current.start or text[previous.end:current.start].strip(" ,") != "":
                break
            before = split_words(text[max(0, previous.start - 20):previous.start])
            if before and before[-1] in rules.countryside_lists:
                hit.ref, hit.others = region, []
                break
            if not previous.prefix.startswith(rules.conjunctions):
                break
            current = previous


def _read_shared_names(
    text: str, places: list[_PlaceHit], demonyms: list[_PlaceHit], context: _Article,
    lang_rules: dict[str, _Rules], default_rules: _Rules,
) -> None:
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
        if hit.ref.ambiguous and hit.ref.kind != "country" and not _place_ok(text, hit, context, lang_rules, default_rules):
            continue  # an ambiguous name used as a common word ("صور", pictures) supports nothing
        if hit.ref.kind == "country" and _names_river(text, hit, lang_rules.get(hit.lang, default_rules)):
            continue  # "قرب نهر الأردن", "near the Jordan River": a river, no country the article is about
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


def _names_river(text: str, hit: _PlaceHit, rules: _Rules) -> bool:
    """Whether a river word (`_Rules.river_words`) stands right before the name or right after it: "نهر الأردن", "the Jordan
    River"."""
    if not rules.river_words:
        return False
    before = split_words(text[max(0, hit.start - 20):hit.start])
    return (bool(before) and before[-1] in rules.river_words) or _next_token(text, hit.end) in rules.river_words


def _place_ok(text: str, hit: _PlaceHit, context: _Article, lang_rules: dict[str, _Rules], default_rules: _Rules) -> bool:
    """Whether a gazetteer hit is a place where something happens (see the module docstring): not a
    common word, an actor or a government speaking."""
    rules = lang_rules.get(hit.lang, default_rules)
    if _followed_by(text, hit, rules.not_place_after, rules.not_place_after_firsts, 60, 4, rules):
        return False  # "الضفة الغربية لنهر الفرات": a river's bank, not the West Bank
    if not hit.ref.ambiguous and hit.ref.kind != "country":
        # places, regions and domestic authorities, unless a government speaking
        return hit.ref.kind == _AUTHORITY or not _speaker(text, hit, rules)
    if hit.ref.kind in _SETTLEMENTS and _followed_by(text, hit, rules.district_words, rules.district_firsts, 40, 2, rules):
        return False  # "the Karima and Al-Qubba neighborhoods": a city's district named like a town elsewhere
    before = _words_before(text, hit, 0, 60, 2, rules)
    if hit.ref.kind == "country" and not hit.ref.ambiguous:
        # (or a country opening a line before a colon, a headline's place: "أوكرانيا: 90 مسيرة وستة صواريخ في هجوم ليلي")
        return any(clitic in hit.prefix for clitic in rules.locative_clitics) or rules.locatives.find(before.slice(-1)) >= 0 or (
            (hit.start == 0 or text[hit.start - 1] == "\n") and text[hit.end:hit.end + 1] == ":"
        ) or _dateline_country(text, hit, context)
    if _cued(before, hit, rules):
        return True
    if rules.place_cues.starts_at(Words.from_tokens(first_words(text[hit.start:hit.end], 2), rules.vocabulary), 0):
        return True  # the name itself starts with a place cue (a gazetteer name such as "مدينة الطبقة")
    if (hit.others or hit.ref.locative_enough) and (
        any(clitic in hit.prefix for clitic in rules.locative_clitics) or rules.locatives.find(before.slice(-1)) >= 0
    ):
        # a name of places of several countries (no common word), after a locative: its reading is the place of the
        # country the article supports ("في عمان" is Amman, or Oman in a report naming "العمانية" and nothing Jordanian);
        # or a name whose common sense hardly follows a locative ("في جنين")
        return True
    if hit.ref.locative_enough and _object_of_place_verb(text, hit, rules):
        return True  # ... or a verb whose object is a place: "اقتحمت القوات الإسرائيلية جنين"
    if (hit.start == 0 or text[hit.start - 1] == "\n") and _dateline(context.original_text(hit.start, hit.end)):
        return True  # a dateline opening a line: "AMMAN — ..."
    article = _latin_article(text, hit.start, hit.end)
    if article:  # "al-Bab", "Al-Bab": the name after the article is capitalized, wherever it stands
        return context.original_char(hit.start + article).isupper()
    original = context.original_char(hit.start)
    return original.isupper() and not _at_sentence_start(text, hit.start)


def _cued(before: Words, hit: _PlaceHit, rules: _Rules) -> bool:
    """Whether a place cue ends ``before``, the words before the place, or stands before the name it is enumerated with
    ("قطنا غربي دمشق وجاسم"): "ببلدة عرسال بحجة ..." licenses Arsal, not the common word after it."""
    cue = rules.place_cues.find(before)
    return cue >= 0 and (
        cue + rules.place_cues.starts_at(before, cue) == len(before.words) or hit.prefix.startswith(rules.conjunctions)
    )


def _bare_road_name(text: str, hit: _PlaceHit, rules: _Rules) -> bool:
    """Whether an ambiguous name with no place cue before it only names a road ("on the Qaim road", "على طريق القائم"):
    the road may run far from the town, and the name may be its common word ("في مدينة الباب الطريق العام" names the
    town)."""
    return hit.ref.ambiguous and not _cued(_words_before(text, hit, 0, 60, 2, rules), hit, rules) and _names_road(
        text, hit, _words_before(text, hit, 0, 100, _ROAD_WORDS, rules), rules
    )


def _object_of_place_verb(text: str, hit: _PlaceHit, rules: _Rules) -> bool:
    """Whether a verb of ``place_verbs`` stands at most `_PLACE_VERB_WORDS` words before the place in its sentence, with no
    pause between: its object ("اقتحمت القوات الإسرائيلية جنين")."""
    if rules.place_verbs.empty:
        return False
    words = _words_before(text, hit, _sentence(text, hit.start)[0], 80, _PLACE_VERB_WORDS, rules)
    verb = rules.place_verbs.find(words)
    return verb >= 0 and not words.pause_in(verb, len(words.words))


def _attach(
    text: str, mentions: list[_Mention], places: list[_PlaceHit], demonyms: list[_PlaceHit], context: _Article,
    lang_rules: dict[str, _Rules], default_rules: _Rules,
) -> None:
    """Set each mention's ``places`` and ``destination`` (see the module docstring)."""
    # a bare ambiguous name that only names a road is no place of the article either
    main = _main_place(
        [hit for hit in places if not _bare_road_name(text, hit, lang_rules.get(hit.lang, default_rules))], context.title_length
    )
    # a domestic authority ("Turkish police") places only an article that names no place, or a mention
    # whose sentence names none: it is the authority's own act ("Jordanian border guards clashed with smugglers")
    authorities = [hit for hit in places if hit.ref.kind == _AUTHORITY]
    places = [hit for hit in places if hit.ref.kind != _AUTHORITY]
    by_sentence: dict[int, list[_Mention]] = {}  # by the sentence's start: the sentences partition the text
    for mention in mentions:
        by_sentence.setdefault(mention.sentence[0], []).append(mention)
    previous_by_category: dict[str, _Mention] = {}
    last_regional: list[PlaceRef] = []  # the places of the last mention placed in a region, and its sentence
    last_sentence = (-1, -1)
    starts = [hit.start for hit in places]
    unplaced_headlines: list[_Mention] = []  # title mentions their own headline phrase places nowhere
    for mention in mentions:
        sentence = mention.sentence
        rules = lang_rules.get(mention.rule.lang, default_rules)
        destinations = rules.destinations.get(mention.rule.category, _EMPTY)
        origins = rules.origins.get(mention.rule.category, _EMPTY)
        aims = rules.targets.get(mention.rule.category, _EMPTY)
        in_sentence = places[bisect_left(starts, sentence[0]):bisect_left(starts, sentence[1])]
        # the mention's zone ends at the next mention in its sentence, unless that one is of its own category with no
        # place between them: one phrase naming the event twice ("artillery shelled villages near Ain Issa", "انفجار
        # دراجة مفخخة في حي ...") places both
        stop = sentence[1]
        last = mention  # the clause is read on from the last mention of the phrase ("Artillery also shelled ...")
        for sibling in by_sentence[sentence[0]]:
            if sibling.start <= mention.start:
                continue
            if sibling.rule.category == mention.rule.category or _conjoined_noun(text, last, sibling, rules):
                index = bisect_left(starts, last.end)
                if index == len(places) or places[index].start >= sibling.start:
                    if sibling.end > last.end:
                        last = sibling
                    continue
            stop = sibling.start
            break
        zone_end = _clause_end(last, stop, rules)
        forward = [hit for hit in in_sentence if mention.end <= hit.start < zone_end]
        if forward and _mark_in(text, mention.end, forward[0].start, _PAUSES):
            # a place right before the mention, with the places after it past a comma: "أغار الطيران على شرقي الرقة
            # بثلاث غارات، استهدفت إحداها جسراً على نهر الفرات" happened in Raqqa
            index = bisect_left(starts, mention.start) - 1
            if index >= 0 and places[index].start >= sentence[0] and places[index].end <= mention.start and (
                _gap_words(text, places[index].end, mention.start, _NEAR_BEFORE_WORDS) <= _NEAR_BEFORE_WORDS
                and not _mark_in(text, places[index].end, mention.start, _PAUSES)
            ):
                forward = []
        if forward and mention.start < context.title_length and _mark_in(text, mention.end, forward[0].start, _PAUSES) and not (
            _locative_in(text, mention.end, forward[0].start, rules)
        ):
            # a headline's phrases are stories of their own: "four detained, Tartus dockers strike" places no detention
            # in Tartus (a place past the pause with no locative opens the next phrase)
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
            if located and gap > 1 and _mark_in(text, last_end, hit.start, _PAUSES) and not _only_areas(located) and (
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
            if hit is not forward[-1] and not rules.person_origins.empty and _is_origin(text, hit, last_end, rules.person_origins, rules):
                # a person's origin, with the event's place further on: "arrested a man from Deraa at a checkpoint in
                # Damascus", "اعتقلت شاباً من أبناء دير الزور على حاجز في حمص"
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
        in_title = mention.start < context.title_length
        if not located and mention.rule.category in previous_by_category and _told_by_speaker(text, sentence[0], mention, rules):
            # "the strikes" in what a source located before it says ("The defence ministry in Damascus did not comment on
            # the strikes", "وقالت مصادر في دمشق إن الغارات ..."): the event told before, not the speaker's place
            located = list(previous_by_category[mention.rule.category].places)
        if not located:
            backward = [
                hit for hit in in_sentence if hit.end <= mention.start
                and not _not_located(text, hit, sentence[0], aims, rules)
                and not (in_title and _mark_in(text, hit.end, mention.start, _HEADLINE_DASHES))
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
                    ) or _mark_in(text, before.end, hit.start, _SEMICOLONS):
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
        if not located and in_title:
            unplaced_headlines.append(mention)
        if not located and destination is not None and mention.rule.category in previous_by_category:
            located = list(previous_by_category[mention.rule.category].places)
        if not located and not in_sentence and last_regional and last_sentence == sentence:
            # a sentence naming no place goes on about the event told before it in that sentence, rather than about its
            # category's last mention elsewhere (a headline's): "police broke up the sit-in and detained four students"
            located = list(last_regional)
        acting = [hit for hit in authorities if sentence[0] <= hit.start and hit.end <= mention.start] if not located else []
        if acting:
            # the sentence names no place in the mention's clause ("Jordan's army said it clashed with smugglers
            # ..., after they tried to cross from Syria"): the domestic authority acting in it
            located.append(acting[-1].ref)
        elif not located and mention.rule.category in previous_by_category and all(
            _not_located(text, hit, sentence[0], aims, rules) for hit in in_sentence if hit.start < zone_end
        ):
            # a sentence naming no place goes on about the last mention of its category ("استهدفت غارات مواقع
            # في محيط الكسوة. وقالت مصادر إن عدد الغارات تجاوز ثماني غارات"), as one naming only an addressee or a
            # backer ("ويرى مراقبون أن الضربات تحمل رسالة إلى دمشق"), or naming places only in clauses after the
            # mention's ("وتأتي الغارات بعد تعثر المحادثات، وكانت إسرائيل قد قصفت مبنى الأركان في دمشق")
            located = list(previous_by_category[mention.rule.category].places)
        if not located and last_regional and (last_sentence == sentence or (
            not in_sentence and "\n" not in text[last_sentence[1]:sentence[0]]
        )):
            # a mention its sentence places nowhere is where the event told before it in that sentence is: "وقالت
            # المصادر إن الغارات لم توقع إصابات، لأن وحدات الجيش كانت قد أخلت مواقعها" (not the dateline's city)
            # ... or, when its sentence names no place at all, in its paragraph: "IDLIB: Security forces launched a sweep
            # around Sarmada. Officials said 14 men were detained." (a digest's paragraph goes on about its
            # place, not the article's most named one)
            located = list(last_regional)
        if not located and main is not None:
            if main.region is None and last_regional:
                # the article's main place is an area of no region ("البادية"): an unplaced mention goes on about
                # the last event placed in a region ("بدأت وحدات الجيش حملة تمشيط في بادية الميادين ... وأضاف المصدر
                # أن القوات المشاركة في الحملة اعتقلت ثلاثة أشخاص" is in Deir ez-Zor)
                located = list(last_regional)
            else:
                located.append(main)
        if not located:
            # an article naming no place: the country of the last demonym after the mention in its clause (past
            # the mentions enumerated with it), its target: "Russian aviation, missile troops and artillery struck
            # manpower of the Ukrainian armed forces" is Ukraine; the last, as a verb-first clause names its actor
            # first: "قصفت المدفعية الروسية مواقع للقوات الأوكرانية"
            clause_end = _clause_end(mention, sentence[1], rules)
            # (not the subject of a verb-first clause whose country's forces act abroad, right after the verb: "انسحبت
            # القوات الإسرائيلية من البلدة" is no withdrawal in Israel)
            targets = [
                hit for hit in demonyms if mention.end <= hit.start < clause_end and (
                    hit.ref.home or _gap_words(text, mention.end, hit.start, _ACTOR_GAP_WORDS) >= _ACTOR_GAP_WORDS
                )
            ]
            if targets:
                located.append(max(targets, key=lambda hit: hit.start).ref)
            elif mention.rule.category not in _STRUCK_ABROAD:
                # ... else the demonym of its actor right before it, at home: "Two Yemeni clans clashed over a land dispute",
                # "Sudanese troops withdrew from the border town" (not a country whose forces act abroad: "Israeli troops
                # withdrew"; nor an air strike's or a shelling's actor, who strikes across a border: "Turkish drones struck")
                # (not a speaker's: "Egyptian and Libyan officials said gunmen clashed")
                actors = [
                    hit for hit in demonyms if sentence[0] <= hit.start and hit.end <= mention.start and hit.ref.home
                    and _gap_words(text, hit.end, mention.start, _ACTOR_GAP_WORDS) <= _ACTOR_GAP_WORDS
                    and not _mark_in(text, hit.end, mention.start, _PAUSES)
                    and (rules.speech.empty or rules.speech.find(Words.of(split_words(text[hit.end:mention.start]), rules.vocabulary)) < 0)
                ]
                if actors:
                    located.append(actors[-1].ref)
        mention.places = _without_containers(located) if len(located) > 1 else located
        mention.destination = destination
        if any(ref.region is not None for ref in mention.places):
            last_regional, last_sentence = mention.places, sentence
        previous_by_category[mention.rule.category] = mention
    _place_headlines_by_body(unplaced_headlines, mentions, context.title_length)


def _conjoined_noun(text: str, mention: _Mention, sibling: _Mention, rules: _Rules) -> bool:
    """Whether ``sibling``, a mention of another category, is a noun joined to ``mention`` by a conjunction in the same
    phrase, no pause and at most `_CHAIN_GAP_WORDS` words between: one list of weapons aimed at one place ("شنت ضربات
    بعشرات المسيّرات وصاروخين من طراز إسكندر على منشآت في زابوريجيا", "with 3 drones and 2 ballistic missiles at
    Kharkiv"). A verb opens a clause of its own ("استهدفت غارة سيارة واندلعت اشتباكات في درعا")."""
    if "verb" in sibling.rule.text or "finite" in sibling.rule.text or _mark_in(text, mention.end, sibling.start, _PAUSES):
        return False
    if _gap_words(text, mention.end, sibling.start, _CHAIN_GAP_WORDS) > _CHAIN_GAP_WORDS:
        return False
    if rules.conjunctions:
        return text.startswith(rules.conjunctions, sibling.start)
    return "and" in split_words(text[mention.end:sibling.start])


def _place_headlines_by_body(headlines: list[_Mention], mentions: list[_Mention], title_length: int) -> None:
    """A headline's event its own phrase places nowhere is the one the body tells: it takes the places of the body's first
    placed mention of its category, not the article's main place ("In Damascus, a rally for the missing — and an
    unexplained blast at an arms depot" over a body placing the blast at al-Dumayr, in Rif Dimashq; "Israeli drone strikes
    hit two cars in south; depositors hold sit-in outside Beirut bank" over a body placing the strikes in south Lebanon).
    A category the body does not place keeps the fallback's places."""
    for headline in headlines:
        told = next((
            mention for mention in mentions
            if mention.start >= title_length and mention.rule.category == headline.rule.category and mention.places
        ), None)
        if told is not None:
            headline.places = list(told.places)


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
    return not has_word(text[_sentence(text, position)[0]:position])


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
    context = words.words
    size = len(context.words)
    # (tokens past the sentence's last word cannot move the limit: counting stops there)
    limit = mention.last + _tokens_up_to(words.text, mention.end, stop, size - mention.last - 4) + 4  # + a phrase begun before stop
    stop_word = min(limit, size)
    index = rules.breakers.find(context, mention.last, stop_word, first=True)
    while index > 0 and _parenthetical(context, index):
        # "Ukrainian drones, meanwhile, hit ...", "the unit, officials said, pulled back to ...": the clause goes on
        index = rules.breakers.find(context, index + 1, stop_word, first=True)
    return stop if index < 0 else min(stop, words.offset(index))


def _latin_article(text: str, start: int, end: int) -> int:
    """Length of the transliterated article the name ``text[start:end]`` starts with, or 0."""
    if start >= len(text) or ord(text[start]) not in _LATIN_ARTICLE_INITIALS:
        return 0  # most names (an Arabic one always): no article starts with their first letter
    for article in _LATIN_ARTICLES:
        if text.startswith(article, start) and start + len(article) < end:
            return len(article)
    return 0


def _dateline_country(text: str, hit: _PlaceHit, context: _Article) -> bool:
    """Whether a country name closes a wire dateline opening a line: "CAMP STRIKER, Iraq - ...", "GAO, Mali (AP) — ...".
    The dateline's place in capitals may be a base or a village the gazetteer does not know: its country still
    places the story (a known dateline city is matched on its own)."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    head = context.original_text(line_start, hit.start).rstrip()
    if not head.endswith(","):
        return False
    city = head[:-1].strip()
    if not 3 < len(city) <= 40 or not _dateline(city):
        return False
    tail = context.original_text(hit.end, min(len(text), hit.end + 60)).lstrip()
    if tail.startswith("("):  # an agency: "(AP)", "(Reuters)"
        close = tail.find(")")
        tail = tail[close + 1:].lstrip() if 0 < close <= 30 else ""
    return tail[:1] in ("-", "\u2014", "\u2013")


def _dateline(surface: str) -> bool:
    """Whether a place name is written as a dateline: in capitals ("AMMAN", "DEIR EZ-ZOR")."""
    return len(surface) > 3 and surface.isupper()


def _mark_in(text: str, start: int, end: int, marks: tuple[str, ...]) -> bool:
    """Whether one of ``marks`` (`_PAUSES`: a comma, semicolon or colon; `_SEMICOLONS`) stands in ``text[start:end]``."""
    return any(text.find(mark, start, end) >= 0 for mark in marks)


def _tokens_up_to(text: str, start: int, end: int, cap: int) -> int:
    """``len(text[start:end].split())`` (`_count_tokens`) when fewer than ``cap``, else at least ``cap``: counting
    stops there."""
    if start < 0 or end > len(text):
        return _count_tokens(text, start, end)
    if cap <= 0:
        return 0
    count = 0
    spaced = True  # the character before ``index`` is white space (or the start)
    spaces = _BMP_SPACES
    for index in range(start, end):
        code = ord(text[index])  # `space_at`, inline: a call per character cost more than the test
        if code < 0x10000 and spaces[code] == 1:
            spaced = True
        elif spaced:
            count += 1
            if count >= cap:
                return count
            spaced = False
    return count


def _gap_words(text: str, start: int, end: int, cap: int) -> int:
    """The number of words in ``text[start:end]``, up to ``cap + 1`` (callers only compare it
    with ``cap`` or less): counting stops there, however long the gap. Tokens are found by code
    point (`space_at`), not by splitting."""
    if start >= 0 and cap >= 0:
        stop = end if end < len(text) else len(text)
        count = 0
        index = start
        spaces = _BMP_SPACES  # `space_at`, inline (a call per character)
        while index < stop:
            code = ord(text[index])
            if code < 0x10000 and spaces[code] == 1:
                index += 1
                continue
            token_end = index + 1
            while token_end < stop:
                code = ord(text[token_end])
                if code < 0x10000 and spaces[code] == 1:
                    break
                token_end += 1
            if strip_punctuation(text[index:token_end]):
                count += 1
                if count > cap:
                    return count
            index = token_end
        return count
    segment = text[start:end]
    count = 0
    while True:
        parts = segment.split(None, cap + 1)
        whole = len(parts) <= cap + 1  # else the last part is the unsplit rest
        for part in parts if whole else parts[:-1]:
            if strip_punctuation(part):
                count += 1
                if count > cap:
                    return count
        if whole:
            return count
        segment = parts[-1]


def _words_before(text: str, hit: _PlaceHit, since: int, chars: int, count: int, rules: _Rules) -> Words:
    """The last ``count`` words before the place, after ``since`` and within ``chars`` characters (the last read
    are kept on the hit: the rules of a place often ask them again, or fewer of them from the same offset).

    Bounded by ``since`` (an earlier place or mention: `_attach` asks for a target, an origin and a destination in
    turn, each with its own count), the words are read as many as the longest of those asks at once."""
    low = max(since, hit.start - chars)
    vocabulary = rules.vocabulary
    before = hit.before
    if before is not None and hit.before_low == low and count <= hit.before_count and hit.before_vocabulary is vocabulary:
        return before if len(before.words) <= count else before.slice(-count)
    read = count if since <= 0 or count >= _ORIGIN_WORDS else _ORIGIN_WORDS
    later = hit.before_low
    if (
        before is not None and low < later and hit.before_count == read and hit.before_vocabulary is vocabulary
        and (space_at(text, later) or space_at(text, later - 1))
    ):
        # words read from a later offset with no token across it (an origin asked from the mention's start after a target
        # from its end): the words before that offset complete them, and only those are read
        missing = read - len(before.words)
        if missing > 0:
            left = Words.from_tokens(last_words(text[low:later], missing), vocabulary)
            before = Words(left.words + before.words, left.forms + before.forms, left.bits + before.bits, left.union | before.union)
    else:
        before = Words.from_tokens(last_words(text[low:hit.start], read), vocabulary)
    hit.before, hit.before_low, hit.before_count, hit.before_vocabulary = before, low, read, vocabulary
    return before if len(before.words) <= count else before.slice(-count)


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
    # (the last words are sliced only when a road cue may stand in them)
    return _names_road(text, hit, words.slice(-_ROAD_WORDS) if words.union & rules.roads.bit else _NO_WORDS, rules)


def _next_token(text: str, start: int) -> str:
    """The word starting ``text[start:]`` past white space (within 40 characters), stripped of punctuation.
    Asked after every place name: its ends are found by code point (`space_at`), not by splitting."""
    limit = start + 40
    if limit > len(text):
        limit = len(text)
    if start < 0:
        parts = text[start:start + 40].split(None, 1)
        return strip_punctuation(parts[0]) if parts else ""
    first = start
    while first < limit and space_at(text, first):
        first += 1
    end = first
    while end < limit and not space_at(text, end):
        end += 1
    return strip_punctuation(text[first:end])


def _starts_with_cue(
    text: str, start: int, cues: CueSet, firsts: frozenset[str], chars: int, count: int, rules: _Rules
) -> bool:
    """Whether the first ``count`` words of ``text[start:start + chars]`` start with one of ``cues``, whose first
    words are ``firsts``: a place followed by none of them is looked at no further."""
    if cues.empty or _next_token(text, start) not in firsts:
        return False
    return _cue_opens(text, start, cues, chars, count, rules)


def _followed_by(text: str, hit: _PlaceHit, cues: CueSet, firsts: frozenset[str], chars: int, count: int, rules: _Rules) -> bool:
    """`_starts_with_cue` right after the place name; the word after it is read once per hit (`_PlaceHit.following`)."""
    if cues.empty:
        return False
    following = hit.following
    if following is None:
        following = hit.following = _next_token(text, hit.end)
    if following not in firsts:
        return False
    return _cue_opens(text, hit.end, cues, chars, count, rules)


def _cue_opens(text: str, start: int, cues: CueSet, chars: int, count: int, rules: _Rules) -> bool:
    after = Words.from_tokens(first_words(text[start:start + chars], count), rules.vocabulary)
    return bool(after.words) and cues.starts_at(after, 0) > 0


def _names_road(text: str, hit: _PlaceHit, words: Words, rules: _Rules) -> bool:
    """Whether the place only names a road: a road word right after it ("the Damascus highway", "the Qusayr-Hermel
    road", past a place joined by a dash) or shortly before it with no locative between ("اوتستراد درعا دمشق", "the
    road to Damascus"; "الطريق الدولي قرب الناصرية" happened near Nasiriyah, "on the road between X and Y" between them)."""
    roads = rules.roads
    if roads.empty:
        return False
    after = text[hit.end:hit.end + 1]
    if after in _DASHES and text[hit.end + 1:hit.end + 2].isalpha():  # "qusayr-hermel road": past the name joined to it
        rest = text[hit.end:hit.end + 40]
        space = next((index for index, character in enumerate(rest) if character.isspace()), len(rest))
        rest = rest[space:]
        if rest[:1].isspace() and _starts_with_cue(rest, 0, roads, rules.road_firsts, len(rest), 2, rules):
            return True
    elif after.isspace() and _followed_by(text, hit, roads, rules.road_firsts, 40, 2, rules):
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
    if not _followed_by(text, hit, rules.speech, rules.speech_firsts, 40, 3, rules):
        return False
    if any(clitic in hit.prefix for clitic in rules.locative_clitics):
        return False
    before = _words_before(text, hit, 0, 40, 1, rules)
    return not before.words or (
        rules.locatives.find(before) < 0 and rules.place_cues.find(before) < 0 and rules.speech_not_after.find(before) < 0
    )


_DEFINITE_AR: Final = ("ال", "وال", "فال", "بال", "لل", "وبال", "ولل")


def _told_by_speaker(text: str, start: int, mention: _Mention, rules: _Rules) -> bool:
    """Whether the mention is a definite noun ("the strikes", "الغارات") in what someone says: a verb of statement
    between the start of its sentence and it."""
    surface = text[mention.start:mention.end]
    if surface.startswith(_DEFINITE_AR):
        definite = True
    else:
        before = split_words(text[max(start, mention.start - 12):mention.start])
        definite = bool(before) and before[-1] == "the"
    if not definite or rules.speech.empty:
        return False
    return rules.speech.find(Words.of(split_words(text[start:mention.start]), rules.vocabulary)) >= 0


def _just_after(text: str, start: int, end: int, cues: CueSet, rules: _Rules) -> bool:
    """Whether ``text[start:end]`` holds one of ``cues`` and nothing else."""
    if cues.empty:
        return False
    tokens = split_words(text[start:end])
    return bool(tokens) and len(tokens) <= 3 and cues.starts_at(Words.of(tokens, rules.vocabulary), 0) == len(tokens)


def _is_origin(text: str, hit: _PlaceHit, since: int, cues: CueSet, rules: _Rules) -> bool:
    """Whether an origin cue ("fired from", "من اتجاه شمال غرب") leads to the place with no locative
    between ("من اتجاه البحر على جبلة" fell on Jableh), but one saying where the origin's positions stand
    ("مصدره مواقع ... متمركزة في ريف درعا"), or, when the cue names the origin's positions, where they are ("مصدرها
    مواقع مجموعات عشائرية في ريف درعا")."""
    words = _words_before(text, hit, since, 160, _ORIGIN_WORDS, rules)
    cue = cues.find(words)
    if cue < 0:
        return False
    first = cue + cues.starts_at(words, cue)
    if first < len(words.words) and rules.stationed.starts_at(words, first):
        return True  # "مصدرها مواقع ...": the whole phrase is the origin
    for index in range(first, len(words.words)):
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


def _longest_places(places: list[_PlaceHit], length: int) -> list[_PlaceHit]:
    scale = length + 1  # the spans lie in a text of ``length`` characters (see `span_order`)
    places.sort(key=lambda p: span_order(p.start, p.end, scale))
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
    names: list[str] = []
    for level in (2, 1, 0):  # (loops, not a generator: one per event)
        for ref in refs:
            if ref.specificity == level:
                names.append(ref.place)
    return tuple(names)
