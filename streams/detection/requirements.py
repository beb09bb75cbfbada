"""Whether a term's own context lets it stand: the words it requires and the words that exclude it.

A lexicon term may need context words (``سحب`` needs an object such as ``قوات``; "struck the depot ... with rockets"
needs the verb whose instrument it is), and exclusion words near it cancel it unless a keep word holds it in the
event's sense ("hundreds held a rally against rising prices"). A deal's terms are no report ("Under the deal, the
factions withdraw from the districts within a week": `_deal_plan`), nor is a blast its sentence gives a cause its
category excludes ("caused by a fuel tank": `_excluded_cause`, `_names_cause`) or an accident of its ``causes_after``
(`_cause_and_device`, `_own_cause_and_device`, read by the engine's accident step). These checks read one sentence's words
(`Words`) with the language's rules (`_Rules`) and the term's `TermRule`, and need nothing of the article beyond them.
A party of a term's keeps told acting before its clause's exclude ("gunmen protesting the arrests clashed") keeps the
term (`_excluded_in_clause`, `_party_told_acting`). They live apart from `engine.py` so that `_accept` reads as the
order of the tests, not their details.
"""

from __future__ import annotations

from typing import Final

from streams.detection.context import _EMPTY, _Mention, _Rules
from streams.detection.cues import PAUSE_BIT, CueSet, Words
from streams.detection.normalize import bisect_left, normalize
from streams.detection.patterns import TermRule
from streams.detection.timing import _refers_back

_KEPT_PARTY_WORDS: Final = 2  # "gunmen protesting", "armed men protesting": a party of a term's keeps this close before its clause exclude


def _conjoined(rules: _Rules, word: str, term: str) -> bool:
    """Whether the mention's first word ``word`` carries a conjunction its term does not begin with: it opens a new
    conjunct, and a number right before it ends the one before ("حملة أمنية في المزة 86 وتوقيف 12 مطلوباً")."""
    for conjunction in rules.conjunctions:
        if word.startswith(conjunction) and not normalize(term).startswith(conjunction):
            return True
    return False


def _new_conjunct(rules: _Rules, rule: TermRule, context: Words, at: int) -> bool:
    """Whether the mention, a verb written with a conjunction right after a pause, opens a clause of its own: "تظاهر
    المئات للمطالبة بالإفراج عن المعتقلين، واعتقلت الشرطة ستة منهم" (the demand before the pause is not the arrest's;
    an imperfect, "، وتنسحب", may still be its subjunctive: "يجب أن تنسحب القوات، وتنسحب الميليشيات")."""
    if at == 0 or not rules.verb_conjunctions or not context.bits[at - 1] & PAUSE_BIT:
        return False
    stem, _, suffix_class = rule.text.split()[0].partition("|")
    if suffix_class not in rules.verb_classes:
        return False
    word = context.words[at]
    start = word.find(normalize(stem))
    return start > 0 and word[:start] in rules.verb_conjunctions


def _renames(end: int | None, context: Words, at: int) -> bool:
    """Whether the mention at ``at`` is an apposition to a mention of its category ending at ``end``: a
    pause ends that one and at most a determiner stands between ("the anniversary of the X military
    operation, the offensive that ..." re-names the operation)."""
    return end is not None and 0 < end <= at <= end + 1 and bool(context.bits[end - 1] & PAUSE_BIT)


def _required(rules: _Rules, rule: TermRule, context: Words, at: int, after: int) -> bool:
    """A term with requirements needs one of `requires` within its window (either side), one of
    `requires_before` within its window before or one of `requires_after` within its window after; one
    with `requires_in_clause` also needs one of those anywhere before it in its clause (the verb whose
    instrument it is: "struck the depot ... with rockets"); one with `requires_later` also needs one of those within
    `later_window` words after it."""
    if not rule.requires_in_clause.empty and rule.requires_in_clause.find(context, rules.breakers.find(context, 0, at) + 1, at) < 0:
        return False
    if rule.requires_later is not None and rule.requires_later.find(context, after, after + rule.later_window, first=True) < 0:
        return False  # "خرج مئات ... [twelve words on] للمطالبة بـ ...": the crowd's purpose, told late
    if rule.requires.empty and rule.requires_before.empty and rule.requires_after.empty:
        return True
    if _found(rule.requires, context, at, after, rule.window):
        return True
    if rule.requires_after.near(context, at, after, 0, rule.window):
        return True
    return rule.requires_before.near(context, at, after, rule.window, 0)


def _unmet(rule: TermRule, text: str, start: int, end: int) -> bool:
    """Whether `_required` fails for every mention of ``rule`` in the sentence ``text[start:end]``, told from its text
    before its words are read: a requirement none of whose cues' first words stands in it as a piece of text (a word's
    forms are pieces of its token: `cues.cue_firsts`). A third of the sentences read held only mentions failing their
    requirements; their words need not be read (False: read them and ask `_required`)."""
    firsts = rule.clause_firsts
    if firsts is not None and not _holds_piece(text, start, end, firsts):
        return True
    firsts = rule.later_firsts
    if firsts is not None and not _holds_piece(text, start, end, firsts):
        return True
    firsts = rule.near_firsts
    return firsts is not None and not _holds_piece(text, start, end, firsts)


def _holds_piece(text: str, start: int, end: int, pieces: tuple[str, ...]) -> bool:
    return any(text.find(piece, start, end) >= 0 for piece in pieces)


def _sense_in_sentence(cues: CueSet, context: Words, place_starts: list[int] | None, sentence: tuple[int, int]) -> bool:
    """Whether a term's sentence tells the sense its `requires_in_sentence` asks for: one of those words, or a gazetteer
    place ("clashes in Jasim", "شهدت حماة والرقة اشتباكات"): a schedule, a market or a game names neither. The places are
    given by their sorted starts, found by bisection."""
    if cues.find(context) >= 0:
        return True
    if place_starts is None:
        return False
    index = bisect_left(place_starts, sentence[0])
    return index < len(place_starts) and place_starts[index] < sentence[1]


def _excluded_cause(
    causes: tuple[CueSet, CueSet], context: Words, after: int, window: int, reach: int | None
) -> bool:
    """Whether a cause cue starting within ``reach`` words after the mention (anywhere from ``after`` on with
    None) names an excluded cause within ``window`` words after the cue: "the explosion in the market was blamed on
    an electrical fault" (not a later clause's cause: "a car bomb exploded in the town on Monday, a day after a fire
    caused by a short circuit")."""
    cue_set, excluded = causes
    if not context.union & cue_set.bit or not context.union & excluded.bit:
        return False
    cue = cue_set.find(context, after, None, first=True)
    if cue < 0 or (reach is not None and cue - after >= reach):
        return False
    end = cue + cue_set.starts_at(context, cue, None)
    return excluded.find(context, end, end + window, first=True) >= 0


def _names_cause(rules: _Rules, category: str, context: Words) -> bool:
    """Whether a cause cue of the category stands anywhere in ``context`` with an excluded cause right after it
    ("Investigators said it was caused by a fuel tank")."""
    causes = rules.causes.get(category)
    return causes is not None and _excluded_cause(causes, context, 0, rules.excludes.get(category, (_EMPTY, 0))[1], None)


def _cause_and_device(told: tuple[CueSet, CueSet], context: Words) -> tuple[bool, bool]:
    """(names a cause, names a device): whether ``context`` names an accident as a cause by a category's ``causes_after``
    pair ``told`` ("the explosion was caused by a technical fault", «تبين أنه حادث منزلي»), and whether it names a
    device, an attack or a new report (its ``causes_after_keeps``)."""
    causes, keeps = told
    return causes.find(context) >= 0, keeps.find(context) >= 0


def _own_cause_and_device(rules: _Rules, mention: _Mention) -> tuple[bool, bool] | None:
    """`_cause_and_device` of the mention's own sentence by its category's ``causes_after``, or None when the category
    has no such pair or the mention no sentence words. A mention whose sentence names a cause and no device explains
    itself as an accident ("The explosion was caused by a technical fault")."""
    told = rules.causes_after.get(mention.rule.category)
    if told is None or mention.words is None:
        return None
    return _cause_and_device(told, mention.words.words)


def _party_before(keeps: CueSet, context: Words, start: int, position: int) -> bool:
    """Whether a party of a term's ``keeps_in_clause`` stands right before ``context.words[position]`` (at most
    `_KEPT_PARTY_WORDS` words, not before the clause's ``start``): "gunmen protesting", "armed men protesting"."""
    return keeps.find(context, max(start, position - _KEPT_PARTY_WORDS), position) >= 0


def _excluded_in_clause(rules: _Rules, rule: TermRule, context: Words, at: int) -> bool:
    """Whether a cue of the term's ``excludes_in_clause`` stands before the mention ``context.words[at]`` in its clause,
    not told of a party of its ``keeps_in_clause`` right before it: "gunmen protesting the arrests clashed with security
    forces" is an armed clash (armed men told protesting), "residents protesting the arrests clashed ..." a protest.
    A frequency idiom is no breaker of the clause ("التظاهرات تتسع يوماً بعد الآخر رغم المواجهات", `not_breakers`)."""
    start = rules.breakers.find(context, 0, at, rules.not_breakers) + 1
    excluded = rule.excludes_in_clause.find(context, start, at)
    if excluded < 0:
        return False
    keeps = rule.keeps_in_clause
    return not (context.union & keeps.bit and _party_before(keeps, context, start, excluded))


def _party_told_acting(rules: _Rules, rule: TermRule, context: Words, at: int) -> bool:
    """Whether the only unreal cue before the mention ``context.words[at]`` in its clause is an act of the term's
    ``excludes_in_clause`` told of a party of its ``keeps_in_clause`` right before it, and so its reason, no modal of the
    mention: "gunmen protesting the arrests clashed with security forces" (the arrests, whose term keeps no gunmen, stay
    the protest's subject)."""
    keeps = rule.keeps_in_clause
    if not context.union & keeps.bit:
        return False
    start = rules.breakers.find(context, 0, at) + 1
    skip = rules.not_negating
    modal = rules.modal.find(context, start, at, skip, first=True)
    if modal <= start or not _party_before(keeps, context, start, modal):
        return False
    if not context.union & rule.excludes_in_clause.bit or rule.excludes_in_clause.starts_at(context, modal, at) == 0:
        return False  # the act is one the term's clause excludes but for the party ("protesting"), not a threat
    if rules.modal.find(context, modal + 1, at, skip) >= 0 or rules.negation_before.find(context, start, at, skip) >= 0:
        return False
    return rules.negation_near.find(context, start, at, skip) < 0


def _kept(rules: _Rules, rule: TermRule, context: Words, at: int, after: int) -> bool:
    """Whether a word of the term's ``keeps_in_clause`` stands in the mention's clause (between the clause breakers
    around it): "hundreds held a rally against rising prices" is a protest, whatever the prices."""
    keeps = rule.keeps_in_clause
    if not context.union & keeps.bit:
        return False
    end = rules.breakers.find(context, after, None, first=True)
    return keeps.find(context, rules.breakers.find(context, 0, at) + 1, end if end >= 0 else None) >= 0


def _bare(rules: _Rules, context: Words, at: int, after: int) -> bool:
    """Whether the mention ``context.words[at:after]`` refers back as a definite noun, at its first or its last word
    ("the blast", «الانفجار», «دوي الانفجار»)."""
    return _refers_back(rules, context, at) or (after - 1 > at and _refers_back(rules, context, after - 1))


def _exclude_kept(rules: _Rules, category: str, context: Words, at: int, after: int, window: int) -> bool:
    """Whether a phrase of the category's `exclude_keeps` near the mention holds its exclude word in the event's sense:
    "troops withdrew from Manbij under the deal" (not "withdrew from the deal")."""
    keeps = rules.exclude_keeps.get(category)
    return keeps is not None and bool(context.union & keeps.bit) and _found(keeps, context, at, after, window)


def _deal_plan(rules: _Rules, category: str, plan: tuple[CueSet, CueSet], context: Words, at: int, after: int) -> bool:
    """Whether the mention ``context.words[at:after]`` is a present form (`Category.plan_forms`) told under a deal (its
    `exclude_keeps`, before it in its sentence) with a time to come after it in its clause (`plan_times`): the deal's
    terms ("Under the deal, the factions withdraw from the districts within a week"), no report."""
    forms, times = plan
    if not context.union & forms.bit or not context.union & times.bit or forms.starts_at(context, at, after) == 0:
        return False
    keeps = rules.exclude_keeps[category]
    if keeps.find(context, 0, at) < 0:
        return False
    end = rules.breakers.find(context, after, None, first=True)
    return times.find(context, after, end if end >= 0 else None) >= 0


def _stay_contradicts(rules: _Rules, stay: tuple[CueSet, CueSet, CueSet], context: Words, at: int, after: int) -> bool:
    """Whether the mention ``context.words[at:after]`` starts with a form that tells no past (`Category.stay_forms`) in a
    sentence with a stay word (`stay_cues`), no day of the news (`history.recall_today`) and nothing telling it begun or
    done (`stay_keeps`): a withdrawal to come that the stay contradicts or bounds ("the troops withdrawing from Baghdad
    will move to Erbil, where they will remain"), no report; a withdrawal done beside a stay ("withdrew ..., while a
    small force will remain", "the pullout has begun, but a contingent will stay") is news."""
    forms, stays, keeps = stay
    if not context.union & forms.bit or not context.union & stays.bit or forms.starts_at(context, at, after) == 0:
        return False
    if context.union & keeps.bit and keeps.find(context) >= 0:
        return False
    return stays.find(context) >= 0 and rules.recall_today.find(context) < 0


def _object_excluded(rules: _Rules, excludes: CueSet, context: Words, after: int) -> bool:
    """Whether a cue of the term's `excludes_object` stands after the mention ending at ``after`` in its clause, before the
    first pause or clause breaker, as the first use of its opening word there: what the event is from, however long the
    subject between ("انسحب رجل الأعمال ... من غرفة تجارة دمشق"; not "انسحبت الفصائل من وسط المدينة بطلب من الحكومة", where
    the first «من» names the place)."""
    if not context.union & excludes.bit:
        return False
    end = rules.breakers.find(context, after, None, first=True)
    found = excludes.find(context, after, end if end >= 0 else None, first=True)
    if found < 0 or context.pause_in(after, found):
        return False
    opener = context.words[found]
    return all(context.words[index] != opener for index in range(after, found))


def _found(cues: CueSet, context: Words, at: int, after: int, window: int) -> bool:
    """Whether a cue stands within ``window`` words of the mention ``context.words[at:after]``, either side, or
    overlaps it (`CueSet.near`: "riot police" over "riot", "car rally" over "rally")."""
    return not cues.empty and cues.near(context, at, after, window, window)
