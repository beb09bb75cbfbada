"""Denials, negation and modality: whether a mention's clause tells its event as not done, not real or not yet.

Step 2's clause tests (`Detector._accept`): a mention is dropped when the clause before it or the words right after it
negate it ("did not withdraw", "نفى"), make it unreal (a modal, an intent, a condition, an obligation: "على واشنطن أن
تسحب قواتها", a branch of a choice, a judgement told after it: "remains unlikely"), tell its end ("the shelling has
stopped"), or when the report holding it is denied ("..., a claim the group denied"). `_negated` reads the clause,
`_denied_report` the report's sentence and the next one; `_not_a_cause` tells a negated body mention that denies its
category (which then drops the title's, `engine._told_in_body`) from the cause a protest names.
"""

from __future__ import annotations

from typing import Final

from streams.detection.context import _parenthetical, _Rules, _sentence_table, _SentenceWords
from streams.detection.cues import PAUSE_BIT, CueSet, Vocabulary, Words
from streams.detection.normalize import bisect_left
from streams.detection.sentences import _LABEL_WORDS, _Sentences
from streams.detection.timing import _OPENER_WORDS, _after_time_clause

# a denial of the report in the mention's own sentence starts within this many words after it ("..., a claim the group
# denied"): a run-on flood of mentions must not make each of them read the rest of the flood
_DENIAL_REACH: Final = 60
_CAUSE_SPECIFIC_WORDS: Final = 6  # "اعتقال ثلاثة من أعضائها أمس": a day or an agent this close after a protest's cause
_CESSATION_BEFORE_WORDS: Final = 2  # "توقف القصف": a cessation verb at most this many words before the mention
_CESSATION_AFTER_WORDS: Final = 8  # "shelling on the outskirts of Kafr Nabl has stopped": or this many after it


def _obliged(rules: _Rules, context: Words, clause: int, at: int) -> bool:
    """Whether an obligation (`Negation.obligations`) governs the mention ``context.words[at]``: its particle opens the
    clause from ``clause`` or follows a lead ("إن على"), its join follows within a few words with no pause between
    ("على واشنطن أن"), and the mention follows the join within the modal window; or the mention is a verbal noun
    right after the bearer ("على إسرائيل الانسحاب"). Arabic states an obligation by a
    preposition and its bearer, so no single cue word names it, as "يجب" does."""
    window = rules.obligation_window
    for opener in range(clause, at):
        if not context.bits[opener] & rules.obligations.bit or not rules.obligations.starts_at(context, opener, at):
            continue
        if opener > clause and not rules.obligation_leads.starts_at(context, opener - 1, opener):
            continue
        if rules.obligation_skips.covers(context, opener, at):
            continue  # "على الرغم من أن القوات انسحبت"
        join = rules.obligation_joins.find(context, opener + 1, min(at, opener + 1 + window), first=True)
        if join >= 0 and not context.pause_in(opener, join) and at - join <= rules.modal_window:
            return True
        if rules.obligation_nouns and 1 < at - opener <= 3 and not context.pause_in(opener, at) and (
            context.words[at].startswith(rules.obligation_nouns)
        ):
            return True  # "على إسرائيل الانسحاب من الجنوب"
    return False


def _denies_report(rules: _Rules, context: Words, start: int, stop: int) -> bool:
    """Whether a denial verb starting in ``context.words[start:stop]`` denies a report told before it (see
    `Negation.report_denials`): a report relative before it ("a claim the group denied", "which Kyiv denies", "وهو ما
    نفته"), or a report object after it with no content of its own ("denied the claim", "نفت الوزارة ذلك";
    not "denied reports that its troops withdrew"); not a negated verb ("a claim the group did not deny"), nor one
    followed by the denier's role ("denied involvement")."""
    denials = rules.report_denials
    if not context.union & denials.bit:
        return False
    words, bits = context.words, context.bits
    size = len(words)
    window = rules.report_window
    for verb in range(start, stop):
        if not bits[verb] & denials.bit:
            continue
        length = denials.starts_at(context, verb)
        if not length:
            continue
        end = verb + length
        if rules.report_keeps.find(context, end, min(size, end + window)) >= 0:
            continue  # "the militia denied involvement", "نفت أي علاقة لها بالتفجير"
        low = max(start, verb - window)
        if rules.negation_near.find(context, low, verb) >= 0:
            continue  # "a claim the group did not deny"
        if context.union & rules.report_charges.bit and rules.report_charges.find(context, start, verb) >= 0:
            continue  # "detained nine, accusing them of blocking the road, which the organisers denied": the charge is denied
        if rules.report_relatives.find(context, low, verb) >= 0:
            return True
        found = rules.report_objects.find(context, end, min(size, end + window), first=True)
        if found < 0 or context.pause_in(verb, found):
            continue
        closing = found + rules.report_objects.starts_at(context, found)
        if closing >= size or bits[closing - 1] & PAUSE_BIT or not rules.report_contents.starts_at(context, closing):
            return True
    return False


def _opens_with(cues: CueSet, vocabulary: Vocabulary, segment: str, count: int) -> bool:
    """Whether a word carrying the bit of ``cues`` stands among the first ``count`` tokens of ``segment``: where a cue
    of the set may start there. The tokens are analysed one by one (`Vocabulary.entry`, cached) without building the
    segment's word table."""
    parts = segment.split(None, count)
    tokens = len(parts) if len(parts) <= count else count  # past ``count`` tokens the last part is the unsplit rest
    bits = 0
    for index in range(tokens):
        bits |= vocabulary.entry(parts[index])[2]
    return bits & cues.bit != 0


def _opens_clause(cues: CueSet, skip: CueSet, context: Words, clause: int, at: int) -> bool:
    """Whether a cue of ``cues`` (not covered by ``skip``) opens the clause starting at ``clause`` before ``at``, or
    opens it right after a short label ending with a pause ("مقال رأي: لو انسحبت القوات ...")."""
    bits = context.bits
    for label in range(clause, min(clause + _LABEL_WORDS, at - 1)):
        if bits[label] & PAUSE_BIT:
            if cues.starts_at(context, label + 1, at) and not skip.covers(context, label + 1, at):
                return True
            break
    return bool(cues.starts_at(context, clause, at)) and not skip.covers(context, clause, at)


def _predicated(rules: _Rules, context: Words, after: int) -> bool:
    """Whether a cue of ``negation.predicates`` tells what is judged of the mention ending before ``after``: speculation
    told after its subject ("a withdrawal from the valley remains unlikely", "انسحاب القوات غير وارد"), which the cues
    before the mention cannot see. Its reach ends at the next clause breaker and at a pause that opens no parenthetical
    (one closed by another pause): "troops withdrew on Monday, a move analysts called unlikely to last" is a report,
    "a full pullout, floated for years, would be a mistake" is not."""
    end = min(len(context.words), after + rules.predicate_window)
    bits = context.bits
    predicates, skip = rules.predicates, rules.not_negating
    for index in range(after, end):
        if bits[index] & predicates.bit and predicates.starts_at(context, index):
            break
    else:
        return False  # no cue starts in reach: its clause's end need not be found
    breaker = rules.breakers.find(context, after, end, rules.not_breakers, first=True)
    if breaker >= 0:
        end = breaker
    stop = rules.predicate_stops.find(context, after, end, first=True)  # "in a raid that would leave ..."
    if stop >= 0:
        end = stop
    pauses = [index for index in range(max(after - 1, 0), end) if bits[index] & PAUSE_BIT]
    if len(pauses) % 2:  # the last pause closes no parenthetical: what follows it is another phrase's
        end = pauses[-1] + 1
    # a cue starting in the reach counts whole, and so does a phrase of `not_negating` over it ("unlikely to end")
    for index in range(after, end):
        if bits[index] & predicates.bit:
            length = predicates.starts_at(context, index)
            if length and not skip.covers(context, index, None, length):
                return True
    return False


def _alternative(rules: _Rules, context: Words, cut: int, at: int, after: int) -> bool:
    """Whether the mention at ``at`` is a branch of a choice: a cue of ``negation.alternatives`` in the
    ``alternative_window`` words before it, in its clause or opening it (the folded "إما" is a clause breaker, so it
    is searched from the breaker ``cut`` on), and a join of ``alternative_joins`` after the opener, before the mention
    or in the window after it. Neither branch of "either withdraw from the south or face an offensive" is a report."""
    opener = rules.alternatives.find(context, max(cut, 0, at - rules.alternative_window), at, rules.not_negating)
    if opener < 0 or rules.alternative_stops.find(context, opener + 1, at) >= 0:
        return False
    return rules.alternative_joins.find(context, opener + 1, min(len(context.words), after + rules.alternative_window)) >= 0


def _ceased(rules: _Rules, context: Words, clause: int, at: int, after: int) -> bool:
    """Whether a cue of ``negation.cessations`` tells the mention's end: right before it ("توقف القصف المدفعي") or after
    it in its clause, within a few words ("The shelling on the city has stopped"), with no pause or conjunction
    between and no object after it ("protesters stopped traffic": ``negation.cessation_followers``); not in a sentence that
    also tells a resumption ("the shelling stopped at noon but resumed at dusk")."""
    skip = rules.not_negating
    cue = rules.cessations.find(context, max(clause, at - _CESSATION_BEFORE_WORDS), at, skip)
    if cue >= 0:
        ended = not context.pause_in(cue, at)
    else:
        stop = after + _CESSATION_AFTER_WORDS
        breaker = rules.breakers.find(context, after, stop, first=True)
        cue = rules.cessations.find(context, after, breaker if breaker >= 0 else stop, skip, first=True)
        # (the verb of another subject, joined on: "shelling hit the market and traffic stopped", "وتوقفت الحركة")
        if cue < 0 or context.pause_in(after - 1, cue) or rules.cessation_joins.find(context, after, cue) >= 0:
            return False
        verb = context.words[cue]
        if any(verb.startswith(conjunction) and verb[len(conjunction):] in context.forms[cue] for conjunction in rules.verb_conjunctions):
            return False
        # an intransitive verb: "the shelling stopped at noon", "... has stopped." (not "protesters stopped traffic")
        end = cue + rules.cessations.starts_at(context, cue)
        ended = rules.cessation_followers.empty or end >= len(context.words) or bool(context.bits[end - 1] & PAUSE_BIT) or (
            rules.cessation_followers.starts_at(context, end) > 0
        )
    return ended and rules.resumptions.find(context) < 0


def _specific_cause(rules: _Rules, context: Words, after: int) -> bool:
    """Whether the words right after a mention given as a protest's cause make it a specific, reported event: a number
    right after it ("اعتقال ثلاثة من أعضائها") or a day or an agent a few words on in its phrase ("أمس", "على يد")."""
    if rules.cause_specifics.empty or after >= len(context.words):
        return False
    if not context.pause_in(after - 1, after) and rules.counts.value(context.words[after])[0] is not None:
        return True
    cue = rules.cause_specifics.find(context, after, min(len(context.words), after + _CAUSE_SPECIFIC_WORDS), first=True)
    return cue >= 0 and not context.pause_in(after, cue)


def _denied_report(
    rules: _Rules,
    lang: str,
    text: str,
    sentence: tuple[int, int],
    sentences: _Sentences,
    sentence_words: dict[str, dict[int, _SentenceWords]],
    context: Words,
    after: int,
    next_denials: dict[str, dict[int, bool]],
    mention_starts: list[int],
) -> bool:
    """Whether the report holding the mention is denied after it (`Negation.report_denials`): in its own sentence,
    after the mention ("..., the army said, a claim the group denied", "...، وهو ما نفته الفصائل"), or by the next
    sentence opening with the denial ("... The rebels denied the report."). A denial of the denier's
    role only ("the Kurdish militia denied involvement") leaves the event: a blast that took place took place. The next
    sentence may open the next paragraph: wire copy gives the denial a paragraph of its own. The next sentence's answer
    is the same for every mention of the sentence: ``next_denials`` keeps it per language and sentence start. ``mention_starts``
    (the article's mentions' starts, sorted) tells a next sentence holding a mention, whose words are read anyway."""
    words_after = len(context.words)
    if words_after > after + _DENIAL_REACH:
        words_after = after + _DENIAL_REACH
    if _denies_report(rules, context, after, words_after):
        return True
    in_lang = next_denials.get(lang)
    if in_lang is None:
        in_lang = next_denials[lang] = {}
    denied = in_lang.get(sentence[0])
    if denied is None:
        denied = in_lang[sentence[0]] = _next_denies(rules, lang, text, sentence, sentences, sentence_words, mention_starts)
    return denied


def _next_denies(
    rules: _Rules,
    lang: str,
    text: str,
    sentence: tuple[int, int],
    sentences: _Sentences,
    sentence_words: dict[str, dict[int, _SentenceWords]],
    mention_starts: list[int],
) -> bool:
    """Whether the sentence after ``sentence`` opens with a denial of the report (`_denied_report`)."""
    following = sentences.following(text, sentence)  # in the next paragraph if need be
    if following == sentence:
        return False
    opening = rules.report_window + 2  # the words a denial opening the sentence starts in
    in_lang = sentence_words.get(lang)
    table = in_lang.get(following[0]) if in_lang is not None else None
    if table is None:
        if not _holds_start(mention_starts, following) and not _opens_with(
            rules.report_denials, rules.vocabulary, text[following[0]:following[1]], opening
        ):
            return False  # most next sentences: no denial among their first words, no word table needed
        table = _sentence_table(sentence_words, text, following, lang, rules.vocabulary)
    words = table.words
    return _denies_report(rules, words, 0, min(len(words.words), opening))


def _holds_start(starts: list[int], sentence: tuple[int, int]) -> bool:
    """Whether one of the sorted ``starts`` lies in ``sentence``: a mention there has its sentence's words read anyway,
    and reading them now spares looking at its first words."""
    index = bisect_left(starts, sentence[0])
    return index < len(starts) and starts[index] < sentence[1]


def _negated(rules: _Rules, context: Words, at: int, after: int, opens: bool = False, own_modal: bool = True) -> bool:
    """Whether the clause before the mention (``context.words[at]``), or the words right after it,
    negate it or make it unreal. Modal cues see the mention's first word too ("قد تنسحب"), unless not ``own_modal``:
    an arrest's «إيقاف» is a call's "stopping" only of a thing, and its term already asks for a person after it
    ("أعلن المكتب عن إيقاف ستة متطرفين"). A mention that ``opens`` a clause of its own has none before it."""
    if not context.union & rules.negation_bits:
        return False
    cut = at - 1 if opens else rules.breakers.find(context, 0, at, rules.not_breakers)
    while not opens and cut > 0 and _parenthetical(context, cut):  # "has not, officials said, withdrawn": one clause
        cut = rules.breakers.find(context, 0, cut, rules.not_breakers)
    clause = cut + 1 if cut >= 0 else 0
    if context.union & rules.time_clauses.bit:
        clause = _after_time_clause(rules, context, cut, clause, at)
    skip = rules.not_negating
    if rules.negation_before.find(context, max(clause, at - rules.negation_window), at, skip) >= 0:
        return True
    if rules.negation_near.find(context, max(clause, at - rules.negation_near_window), at, skip) >= 0:
        return True
    modal = rules.modal.find(context, max(clause, at - rules.modal_window), after, skip)
    if modal >= at and not own_modal:
        modal = -1  # the cue is the mention's own word (or after it): not a modal of this term's sense
    if modal >= at and rules.acting_crowds.find(context, at - 1, at) >= 0:
        # the cue is the mention's own word, told of a crowd: "angry residents protesting the arrests clashed with police"
        modal = rules.modal.find(context, max(clause, at - rules.modal_window), at, skip)
    if modal >= 0 and not (
        modal < at and rules.conjectures.starts_at(context, modal, at) and rules.modal_copulas.find(context, modal + 1, at) >= 0
    ) and not (modal < at and rules.cause_modals.starts_at(context, modal, at) and _specific_cause(rules, context, after)):
        # (not "رجحت مصادر أن يكون الانفجار ناجماً عن عبوة": the blast is what is conjectured about; nor "احتجاجاً على
        # اعتقال ثلاثة من أعضائها أمس": a specific event given as the cause of a protest)
        return True
    intent = rules.intent.find(context, max(clause, at - rules.intent_window), at, skip)
    if intent >= 0 and not context.pause_in(intent, at):  # "threatened to ..., and on Monday a drone struck" is news
        return True
    if clause < at and context.union & rules.clause_initial.bit and _opens_clause(rules.clause_initial, skip, context, clause, at):
        return True  # "If confirmed, the strike ...": a report awaiting confirmation is no condition
    if context.union & rules.obligations.bit and _obliged(rules, context, clause, at):
        return True  # "على واشنطن أن تسحب قواتها": what someone must do
    if cut >= 0 and context.union & rules.clause_openers.bit:
        # an opener ends with the breaker: "a truce under which the troops pulled back" tells its terms
        for start in range(max(0, cut - _OPENER_WORDS), clause):
            if rules.clause_openers.starts_at(context, start, clause) == clause - start:
                return True
    if context.union & rules.subject_modals.bit and after < len(context.words) and not context.bits[after - 1] & PAUSE_BIT and (
        rules.subject_modals.starts_at(context, after) and not skip.covers(context, after)
    ):
        return True  # the subject of a future or a condition: "Jets will strike Idlib only if attacked"
    if context.union & rules.cessations.bit and _ceased(rules, context, clause, at, after):
        return True  # "The shelling on the city has stopped", "توقف القصف على البلدة"
    if context.union & rules.predicates.bit and _predicated(rules, context, after):
        return True  # "A new offensive against the capital is plausible"
    if context.union & rules.alternatives.bit and _alternative(rules, context, cut, at, after):
        return True  # "either withdraw from the south or face an offensive"
    return rules.negation_after.find(context, after, after + rules.negation_after_window, skip) >= 0


def _not_a_cause(rules: _Rules, context: Words, at: int) -> bool:
    """Whether a negated mention is not the cause a protest names before it in its sentence (`negation.causes`): the
    body denies, plans, threatens or conditions it ("denied reports that its troops had left", "threatened to launch an
    offensive"), and does not merely protest it ("احتجاجاً على اعتقال شابين" tells the headline's arrest)."""
    return not (context.union & rules.cause_modals.bit and rules.cause_modals.find(context, 0, at) >= 0)
