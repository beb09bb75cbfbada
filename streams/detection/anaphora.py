"""Mentions that refer back: anaphors ("the operation", "الغارة") and the events told before them.

An anaphoric term counts only after an antecedent of its category (`_after_antecedent`, step 2); a bare anaphor
takes the places of the event it refers back to and adds none of its own (`_refer_back`); a category yields to
another told in the same sentence, the one before it or earlier in the article (`_drop_yielding`: blasts heard after
an airstrike are the airstrike); and a bare mention of a category whose last mention did not count takes its sense
(`_refers_back_to_dropped`). The functions take the detector's rules per language (``by_lang``, ``fallback``).
"""

from __future__ import annotations

from typing import Final

from streams.detection.context import _Mention, _Rules
from streams.detection.cues import Words, shares
from streams.detection.normalize import bisect_right
from streams.detection.places import _PlaceHit
from streams.detection.requirements import _found

_ANAPHOR_PLACE_WORDS: Final = 3  # "الغارة على بلدة اللطامنة": an anaphor's own place this close after it
_ANAPHOR_PAUSES: Final = (",", "\u060c", ";", "\u061b", ":")
_NONE: Final[frozenset[str]] = frozenset()


def _bare_anaphor(rules: _Rules, words: Words, first: int, last: int) -> bool:
    """Whether ``words[first:last]`` is a bare anaphor (`anaphors`): one or two words, the first an anaphor noun ("الغارة",
    "العملية العسكرية"), with no kind of weapon (`anaphor_kinds`) in it or right after it ("القصف المدفعي" after an air
    strike names artillery: a new event)."""
    if last - first > 2 or not shares(rules.anaphors, words.forms[first]):
        return False
    return not any(shares(rules.anaphor_kinds, words.forms[index]) for index in range(first + 1, min(last + 1, len(words.words))))


def _adopts(text: str, antecedent: _Mention, anaphor: _Mention) -> bool:
    """Whether the anaphor takes its antecedent's places: the antecedent is told in the sentence right before it, in its
    paragraph (an anaphor paragraphs on may tell another of a series), and names a region, or a country the anaphor's
    own places are not in ("... في جنوب لبنان. وقالت مصادر إن الغارة أسفرت عن مقتل شخصين من سكان القنيطرة"; not a
    headline's "سوريا" over the body's town)."""
    if "\n" in text[antecedent.sentence[1] - 1:anaphor.sentence[0]] or text[antecedent.sentence[1]:anaphor.sentence[0]].strip():
        return False
    if any(ref.region for ref in antecedent.places):
        return True
    countries = {ref.country for ref in anaphor.places}
    return any(ref.country and ref.country not in countries for ref in antecedent.places)


def _placed_after(text: str, mention: _Mention, places: list[_PlaceHit]) -> bool:
    """Whether the mention's sentence names a place before it ("وفي ريف حماة، أسفر القصف عن ...": a new report's place)
    or right after it: at most `_ANAPHOR_PLACE_WORDS` words between, none ending with a pause ("الغارة على بلدة
    اللطامنة")."""
    for hit in places:
        if mention.sentence[0] <= hit.start < mention.start:
            return True
        if mention.end <= hit.start < mention.sentence[1]:
            between = text[mention.end:hit.start]
            if len(between.split()) <= _ANAPHOR_PLACE_WORDS and not any(pause in between for pause in _ANAPHOR_PAUSES):
                return True
    return False


def _refers_back_to_dropped(
    rules: _Rules, category: str, context: Words, met_before: dict[str, int], taken: dict[str, set[int]]
) -> bool:
    """Whether a mention whose sentence names no agent of its category (`Category.agents`: troops, fighters, a base) refers
    back to the category's mention right before it in the article, which did not count: a bare "the withdrawal",
    "انسحابها" or "the team had withdrawn" takes the sense of the last withdrawal named (the UN's staff, a club's, the
    candidates'), not a new one of forces. Only before any mention of the category has counted (the caller checks), and
    only for a category with agents."""
    agents = rules.agents.get(category)
    if agents is None:
        return False
    before = met_before.get(category)  # (spans as integers, per category: `Detector._accept`)
    if before is None:
        return False
    spans_taken = taken.get(category)
    return (spans_taken is None or before not in spans_taken) and agents.find(context) < 0


def _after_antecedent(
    by_lang: dict[str, _Rules], fallback: _Rules, text: str, mention: _Mention, found: dict[tuple[str, str], int]
) -> bool:
    """Whether an antecedent of the anaphor's category (`Category.antecedents`: "joint raid") stands before it in the
    article: "captured two militants in a joint raid overnight. The operation, near the town, ..." refers the
    operation back to the raid, which no term of the category tagged. The text is searched once per category (first
    match, cached in ``found``), so a flood of anaphors costs no more than one."""
    rule = mention.rule
    rules = by_lang.get(rule.lang, fallback)
    antecedents = rules.antecedents.get(rule.category)
    if antecedents is None:
        return False
    key = (rule.lang, rule.category)
    if key not in found:
        found[key] = antecedents.first(text)
    return 0 <= found[key] < mention.start


def _drop_yielding(
    by_lang: dict[str, _Rules], fallback: _Rules, text: str, mentions: list[_Mention], places: list[_PlaceHit]
) -> list[_Mention]:
    """Drop mentions of a category that yields to another category mentioned in the same sentence
    (blasts heard after an airstrike), unless they carry their own count (a tally: "18 blasts") or
    their term never yields (a mine that went off); a term that yields "previous" also yields to the
    sentence before it in its paragraph ("Drones struck the city. Loud explosions shook it."), and one
    that yields "article" to a mention anywhere before it in the article ("the missile", "الصاروخ" after a
    drone strike told paragraphs before), unless its sentence opens with a clause breaker ("Separately,
    an explosion ...") or, for "article", a report opener ("وفي سياق منفصل، سُمع دوي انفجار ..."). A mention told as
    perceived (`Category.perceived`: "a blast was heard", "witnesses reported around 20 explosions") yields as "article"
    does, to a mention in its sentence too, whatever its count, unless its sentence names a place elsewhere than those of
    the sentences of the mentions it would yield to (`_heard_elsewhere`: a digest's "In Aleppo, a blast was heard ..."
    after strikes on Idlib)."""
    # the categories per sentence, by its start (the sentences partition the text: a start names one), and by its end
    by_sentence: dict[int, set[str]] = {}
    by_end: dict[int, set[str]] = {}
    for mention in mentions:  # (get and set, not ``setdefault``: compiled, a missing key raises and clears a KeyError)
        category = mention.rule.category
        in_sentence = by_sentence.get(mention.sentence[0])
        if in_sentence is None:
            in_sentence = by_sentence[mention.sentence[0]] = set()
        in_sentence.add(category)
        at_end = by_end.get(mention.sentence[1])
        if at_end is None:
            at_end = by_end[mention.sentence[1]] = set()
        at_end.add(category)
    kept = []
    earlier: set[str] = set()  # the categories mentioned before the mention in the article
    for mention in mentions:
        rule = mention.rule
        mentioned_before = not earlier.isdisjoint(rule.yields_to or ()) if rule.yields == "article" else False
        if rule.yields == "never":
            earlier.add(rule.category)
            kept.append(mention)
            continue
        rules = by_lang.get(rule.lang, fallback)
        absorbing = rule.yields_to if rule.yields_to is not None else rules.yields_to.get(rule.category, _NONE)
        if _perceived(rules, mention) and (
            absorbing & by_sentence[mention.sentence[0]] or not earlier.isdisjoint(absorbing)
        ) and not (_opens_report(rules, mention) or _heard_elsewhere(mention, absorbing, mentions, places)):
            earlier.add(rule.category)
            continue  # "Drones struck the city. ... A blast was heard near the port": what was heard of the strike
        earlier.add(rule.category)
        if mention.count is None:
            if absorbing & by_sentence[mention.sentence[0]]:
                continue
            if mentioned_before and not _opens_report(rules, mention):
                continue  # "... a drone struck a car.\n\nThe missile hit the driver's side": the strike's munition
            start = mention.sentence[0]
            # the sentence before ends where this one starts; a line break between starts a paragraph, and
            # a sentence opened by a clause breaker ("Separately, ...", "Meanwhile, ...") a new report
            if (
                rule.yields == "previous" and start and text[start - 1] != "\n" and start in by_end and absorbing & by_end[start]
                and not (mention.words is not None and rules.breakers.starts_at(mention.words.words, 0))
            ):
                continue
        kept.append(mention)
    return kept


def _opens_report(rules: _Rules, mention: _Mention) -> bool:
    """Whether the mention's sentence opens with a report opener ("Separately, ...", «وفي سياق منفصل، ...»): a new report
    that yields to nothing told before it."""
    return mention.words is not None and rules.report_openers.starts_at(mention.words.words, 0) > 0


def _perceived(rules: _Rules, mention: _Mention) -> bool:
    """Whether a word of the category's `perceived` stands within its window of the mention: "a blast was heard", "reported
    hearing explosions", "there are explosions in the city"."""
    perceived = rules.perceived.get(mention.rule.category)
    if perceived is None or mention.words is None:
        return False
    return _found(perceived[0], mention.words.words, mention.first, mention.last, perceived[1])


def _heard_elsewhere(mention: _Mention, absorbing: frozenset[str], mentions: list[_Mention], places: list[_PlaceHit]) -> bool:
    """Whether the perceived mention's sentence names a place none of the places named in the sentences of the mentions of
    the ``absorbing`` categories (in its sentence or before it) holds: by region; a country named alone holds its regions
    ("strikes on Yemen" hold Sanaa), and a country is held by a region of it. No place on either side is none elsewhere."""
    sentence = mention.sentence
    own = [hit.ref for hit in places if sentence[0] <= hit.start < sentence[1]]
    if not own:
        return False
    # the sentences' starts and ends, in order (sentences do not overlap): a hit lies in one when the last start at or
    # before it has its end after it
    sentences = sorted({
        other.sentence for other in mentions
        if other.rule.category in absorbing and (other.start <= mention.start or other.sentence == sentence)
    })
    starts = [start for start, _ in sentences]
    regions: set[str] = set()
    whole: set[str] = set()  # countries named without a region
    countries: set[str] = set()  # every country named
    for hit in places:
        index = bisect_right(starts, hit.start) - 1
        if index >= 0 and hit.start < sentences[index][1]:
            ref = hit.ref
            if ref.region is not None:
                regions.add(ref.region)
            elif ref.country is not None:
                whole.add(ref.country)
            if ref.country is not None:
                countries.add(ref.country)
    if not countries and not regions:
        return False
    for ref in own:
        if ref.region is not None and (ref.region in regions or ref.country in whole):
            return False
        if ref.region is None and ref.country is not None and ref.country in countries:
            return False
    return True


def _refer_back(
    by_lang: dict[str, _Rules], fallback: _Rules, text: str, mentions: list[_Mention], places: list[_PlaceHit]
) -> list[_Mention]:
    """Bare anaphors ("وأدت الغارة إلى مقتل مدنيين", `Category.refers_back_to`) as the events told before them: one
    takes the places of the latest mention of a category it refers back to in an earlier sentence, when they name a
    region, not its own sentence's (a hospital in Hama, a civil defence in Aleppo), and no count (the dead it caused); one of another
    category than that mention's adds no event ("وأدى القصف إلى ..." after an air strike). One whose sentence names a
    place before it or right after it ("وفي ريف حماة، أسفر القصف عن ...", "وأدت الغارة على بلدة اللطامنة إلى ...")
    may be another of a series, and stays as it is."""
    kept: list[_Mention] = []
    latest: dict[str, _Mention] = {}  # the latest kept mention of each category
    for mention in mentions:
        rule = mention.rule
        rules = by_lang.get(rule.lang, fallback)
        targets = rules.refers_back_to.get(rule.category)
        words = mention.words.words if mention.words is not None else None
        if targets and words is not None and _bare_anaphor(rules, words, mention.first, mention.last) and (
            not rules.report_openers.starts_at(words, 0)
        ):
            # the latest; of two at one span (a term of two categories), the anaphor's own category's, then by name:
            # ``targets`` is a set, whose order changes from run to run with the strings' hash seed
            earlier = [latest[category] for category in sorted(targets) if category in latest]
            antecedent = max(
                earlier, key=lambda other: (other.start, other.rule.category == rule.category), default=None
            )
            if antecedent is not None and antecedent.sentence[1] <= mention.sentence[0] and not _placed_after(
                text, mention, places
            ):
                if antecedent.rule.category != rule.category:
                    continue  # "... غارة على سرمين. وأدى القصف إلى انهيار مبنى": the strike's effect, no shelling
                if _adopts(text, antecedent, mention):
                    mention.places = antecedent.places
                mention.count = None
        kept.append(mention)
        latest[rule.category] = mention
    return kept
