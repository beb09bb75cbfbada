"""Schema and loader of the detection lexicons: one YAML file per language.

A lexicon says which words report which event category, how the language inflects them, and
which context cancels a mention (negation, sports, politics, finance). Everything is data:
adding a term, a spelling or a whole language needs no code.

Terms are written with a tiny word syntax, normalized the way article text is normalized
(`streams.detection.normalize`), so hamza, taa marbuta and diacritics need no variants:

    غار|fem جوي|adj        two words; each word is ``stem`` or ``stem|suffix-class``
    air strike|noun        the last word may carry suffixes, the first word proclitics

The first word may be preceded by any proclitic of the term's prefix class (``prefixes``, default
``default_prefixes``); inner words may carry ``inner_prefixes`` (Arabic ``ال``); every word may end
in any suffix of its class (default: none). Context words (``requires``, ``excludes``, negation
cues, ...) are matched as whole words after stripping ``clitics``; ``@name`` refers to a named
list under ``lists``.

```yaml
version: 1
language: ar
prefixes: {noun: ["", و, ب, ال, وال, بال]}
suffixes: {fem: [ه, ات, تين]}
categories:
  airstrike:
    terms: ["غار|fem", "ضرب|fem جوي|adj"]
```
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from config.errors import ConfigError, ConfigIssue
from config.yaml_loader import read_yaml_file, validate

CategoryName = Literal[
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest",
]
CATEGORIES: tuple[str, ...] = (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Term(_Strict):
    """One lexicon entry; a bare string in YAML is ``Term(text=...)``."""

    text: str = Field(min_length=1, description="Words in the term syntax: 'stem|suffix-class ...'.")
    prefixes: str | None = Field(default=None, description="Prefix class of the first word.")
    requires: list[str] = Field(
        default_factory=list,
        description="The mention counts only if one of these words/phrases is within `window` words (see `window`) of "
        "it (either side) in the same sentence, or one of `requires_before` is within `window` words before, or one of "
        "`requires_after` within `window` words after.",
    )
    requires_before: list[str] = Field(default_factory=list)
    requires_after: list[str] = Field(
        default_factory=list,
        description="Like `requires`, after the term only: the name an operation is given follows it ('عملية «...»'); "
        "a quoted name before it is another's ('تنظيم «داعش» ... في عمليات').",
    )
    excludes: list[str] = Field(
        default_factory=list,
        description="Cancelling context within `window` words, either side (see `window` for phrases and cues holding the term).",
    )
    excludes_before: list[str] = Field(
        default_factory=list,
        description="Cancelling context starting before the term, ending within `window` words before it or in or past it "
        "('car rally', 'lodged a protest').",
    )
    excludes_after: list[str] = Field(
        default_factory=list,
        description="Cancelling context starting within `window` words after the term, or starting in the term and "
        "reaching past it ('riot police', 'demonstration of force').",
    )
    excludes_in_clause: list[str] = Field(
        default_factory=list,
        description="Cancelling context anywhere before the term in its clause (from the last clause breaker), however "
        "far: the verb whose object the term is ('air defences shot down overnight a total of 20 drones').",
    )
    excludes_object: list[str] = Field(
        default_factory=list,
        description="Cancelling context anywhere after the term in its clause, up to the first pause or clause breaker, "
        "however far: what the event is from or of, told after a long subject ('انسحب رجل الأعمال السوري المعروف محمد "
        "الخطيب من غرفة تجارة دمشق').",
    )
    requires_in_clause: list[str] = Field(
        default_factory=list,
        description="With these, the mention also needs one of them anywhere before it in its clause (from the last clause "
        "breaker), however far, besides `requires`/`requires_before` if given: the verb whose instrument the term is "
        "('struck an ammunition depot in the occupied region with HIMARS rockets').",
    )
    requires_later: list[str] = Field(
        default_factory=list,
        description="With these, the mention also needs one of them within `later_window` words after it in its sentence, "
        "besides `requires`/`requires_before` if given: a crowd's purpose told after its route, banners and time ('خرج "
        "مئات ... في ساحة ... رافعين الأعلام ... للمطالبة بـ', 'Hundreds gathered outside ... on Friday, carrying ..., to "
        "demand ...'), where the crowd is near the verb and the purpose far.",
    )
    later_window: int = Field(default=20, ge=1, le=40, description="See `requires_later`.")
    requires_in_sentence: list[str] = Field(
        default_factory=list,
        description="With these, the mention also needs one of them anywhere in its sentence, besides the other "
        "requirements: the sense of a word used across trades, told by its sentence's domain ('the launch clashes with a "
        "rival's keynote' names no armed party, 'clashes broke out between fighters and tribal gunmen' does). A gazetteer "
        "place in the sentence also tells it ('clashes in Jasim'), unless `sense_from_places` is false.",
    )
    sense_from_places: bool = Field(
        default=True,
        description="See `requires_in_sentence`: false for a word whose civil sense names places as often as its armed one "
        "('salvage crews began an operation to refloat the ship off the Suez Canal').",
    )
    keeps_in_clause: list[str] = Field(
        default_factory=list,
        description="Words anywhere in the term's clause that keep it whatever its own `excludes`, `excludes_before` and "
        "`excludes_after` say (not its category's excludes, nor negation): 'hundreds held a rally against rising prices'.",
    )
    window: int = Field(
        default=4, ge=1, le=20,
        description="How near the term its `requires*` and `excludes*` cues must be, in words, measured from a cue's word "
        "nearest the term: a cue before it ends within `window` words before it, one after it starts within `window` "
        "words after it, whatever the cue's length ('with the backing of' right before 'helicopters' in a window of 3; "
        "'war of words' after 'fought a' in a window of 2). A cue may hold the term's own words, on the side where it "
        "starts: 'car rally' (before 'rally'), 'riot police' (after 'riot'); the loader refuses a `*_before` cue that "
        "starts with the term and an `*_after` cue that ends with it. A cue inside the term's own words is no context "
        "of it.",
    )
    count: bool = Field(default=True, description="Whether a number before this term is its reported count.")
    yields: Literal["sentence", "previous", "article", "never"] = Field(
        default="sentence",
        description="Where the category's `yields_to` categories absorb a mention of this term: in its sentence; also "
        "in the sentence before it in the same paragraph ('Drones struck the city. Residents heard loud explosions.'); "
        "anywhere before it in the article, to the term's own `yields_to` (a definite munition refers back to a strike: "
        "'A drone struck a car ... [a later paragraph] The missile hit the driver's side.'); "
        "or never (a device that went off is its own event even beside shelling: 'a truck struck a mine').",
    )
    yields_to: list[CategoryName] | None = Field(
        default=None,
        description="This term's own `yields_to`, replacing its category's: an ambiguous word that is another category's "
        "event beside it ('the heaviest bombardment in months' beside 'warplanes struck' is the airstrike; 'قصف' beside "
        "'غارات'). Default: the category's.",
    )
    headline_yields_to: list[CategoryName] | None = Field(
        default=None,
        description="In the title only: a mention of this term yields to these categories told in the body when the body "
        "tells none of the term's own category (a headline condenses its body: 'قصف إسرائيلي على الخيام' over a body "
        "telling air raids on the town is the air raid, no shelling besides).",
    )


TermEntry = str | Term


class Category(_Strict):
    """The terms of one event category in one language, and what cancels them."""

    terms: list[TermEntry] = Field(min_length=1)
    anaphora: list[TermEntry] = Field(
        default_factory=list,
        description="Terms that refer back ('the campaign', 'العملية'): they count only after an "
        "explicit mention of the category earlier in the same article.",
    )
    antecedents: list[str] = Field(
        default_factory=list,
        description="Phrases naming an event that `anaphora` may refer back to though no term of the category tags it: "
        "after one of them earlier in the article an anaphor counts as if the category had been mentioned ('captured two "
        "militants in a joint raid ... The operation, near the town, ...' is an operation; a raid no later sentence calls "
        "'the operation' stays the arrest it made).",
    )
    excludes: list[str] = Field(
        default_factory=list,
        description="Context words that make a mention not an event (sports, politics, finance) "
        "when they occur within `exclude_window` words around it in the same sentence, measured as for a term's "
        "`excludes` (from the cue's word nearest the mention; a cue may hold it: 'protest note', 'clash of').",
    )
    exclude_window: int = Field(default=5, ge=1, le=30)
    exclude_keeps: list[str] = Field(
        default_factory=list,
        description="Phrases that hold a word of `excludes` in a sense that tells the event, within `exclude_window` words of "
        "the mention: 'under the deal' names the deal a withdrawal carries out ('troops withdrew under the deal'), not one "
        "withdrawn from.",
    )
    cause_cues: list[str] = Field(
        default_factory=list,
        description="Words giving the event's cause after it in its sentence ('was caused by', 'blamed on', 'نجم عن'): "
        "one of `excluded_causes` within `exclude_window` words after the cue makes the mention no event, however far "
        "the cue is from the term ('the blast at the workshop in the old market was caused by a fuel tank').",
    )
    excluded_causes: list[str] = Field(
        default_factory=list, description="Causes that make the event no event when a cause cue names them (accidents)."
    )
    destination_cues: list[str] = Field(
        default_factory=list,
        description="Words ('to', 'towards', 'إلى') marking a place as the destination of the event "
        "rather than its location (withdrawals).",
    )
    origin_cues: list[str] = Field(
        default_factory=list,
        description="Words ('fired from', 'من اتجاه') marking a place as where the strike came from rather than "
        "where it happened: 'rockets fired from Syria landed in Kilis' happened in Kilis.",
    )
    origin_after_term: list[str] = Field(
        default_factory=list,
        description="Words ('from', 'من') that make the place right after them the origin when they follow the term "
        "directly: 'rockets from Lebanon fell near Metula', 'قذائف من لبنان تسقط على قرى ...'.",
    )
    target_cues: list[str] = Field(
        default_factory=list,
        description="Words ('against', 'in solidarity with', 'للمطالبة') marking the places after them, up to four words "
        "on and with those enumerated with them, as what the event is about rather than where it happened: "
        "'demonstrations in solidarity with Gaza continued in Jordan' happened in Jordan.",
    )
    count_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns whose number is the event's count though they are not the term: 'arrested 30 "
        "people', 'اعتقلت 12 شخصاً', '11 people were rounded up'.",
    )
    refers_back_to: list[CategoryName] = Field(
        default_factory=list,
        description="Categories a bare anaphor of this one (`anaphors`: 'الغارة', 'القصف', 'الهجوم') refers back to, when a "
        "mention of one stands in an earlier sentence: the anaphor is the same event ('شنت طائرات غارتين على كنصفرة بريف "
        "إدلب. وأدت الغارة إلى مقتل مدنيين، بحسب الدفاع المدني في حلب'): it takes its antecedent's places, not its own "
        "sentence's, and no count; of another category than its antecedent's, it adds no event ('وأدى القصف' after an air "
        "strike). Not in a sentence opened by a `report_openers` phrase ('وفي سياق منفصل').",
    )
    yields_to: list[CategoryName] = Field(
        default_factory=list,
        description="Categories that absorb this one in the same sentence: blasts caused by an airstrike are "
        "the airstrike (explosion yields_to airstrike).",
    )
    perceived: list[str] = Field(
        default_factory=list,
        description="Words telling a mention as what was perceived of an event, not an event of its own ('a blast was "
        "heard', 'witnesses reported hearing explosions', 'there are explosions in the city'), within `perceived_window` "
        "words of it in its clause: such a mention yields to a mention of its term's `yields_to` categories anywhere in its "
        "sentence or before it in the article, even with a count of its own ('eyewitnesses reported around 20 explosions' "
        "after a drone attack), unless its sentence opens with a report opener ('Separately, a blast was heard ...'). "
        "A term that never yields keeps its mention ('a car bomb explosion was heard').",
    )
    perceived_window: int = Field(default=4, ge=1, le=12, description="See `perceived`.")
    perceived_causes: list[str] = Field(
        default_factory=list,
        description="What else makes the blasts heard, none of this category's events (an interception: 'intercepted', "
        "'Iron Dome'), told in a perceived mention's sentence or in the sentence right before it in its paragraph: the "
        "mention is what was heard of it, no event ('The Iron Dome intercepted a drone over Nahariya. Residents reported "
        "hearing a loud explosion.'). Not when the mention's sentence names one of `exclude_keeps` (a device).",
    )
    causes_before: list[str] = Field(
        default_factory=list,
        description="Accidents that, told in the sentence right before a bare mention of this category ('the blast', "
        "'الانفجار') with no mention of the category there, are its cause: 'A fuel tanker caught fire on the highway. The "
        "explosion was heard across the city.' Not when either sentence names one of `causes_after_keeps`.",
    )
    causes_after: list[str] = Field(
        default_factory=list,
        description="Accidents that, named in the sentence right after a mention of this category, give its cause: the "
        "mention is no event ('An explosion rocked a warehouse. Civil defence said a gas cylinder had caught fire.'), "
        "unless that sentence names a place elsewhere or a mention of the category, or either sentence names one of "
        "`causes_after_keeps`.",
    )
    causes_after_keeps: list[str] = Field(
        default_factory=list,
        description="Words (a device, an attack, a new report) that keep a mention an event whatever accident the next "
        "sentence names ('An explosion hit a checkpoint. Police said a car bomb was used.', 'Separately, ...').",
    )
    plan_forms: list[str] = Field(
        default_factory=list,
        description="Present or future forms of the category's verbs ('withdraw', 'تنسحب'): such a mention with one of "
        "`exclude_keeps` (a deal) before it in its sentence and one of `plan_times` (a time to come) after it in its clause "
        "tells the deal's terms, a plan: 'Under the deal, the factions withdraw from the districts within a week' (not "
        "'withdrew', news).",
    )
    plan_times: list[str] = Field(default_factory=list, description="See `plan_forms`: 'within a week', 'خلال أسبوع'.")
    stay_forms: list[str] = Field(
        default_factory=list,
        description="Forms of the category's words that tell no past ('withdrawal', 'withdrawing', 'تنسحب', 'انسحاب'): such a "
        "mention, starting with one of them, in a sentence with one of `stay_cues` and no day of the news "
        "(`history.recall_today`), is a withdrawal to come that the stay contradicts or bounds, no event ('The withdrawal "
        "of coalition forces from the base will be completed by September, while some will remain in Erbil', 'تنسحب قوات "
        "التحالف من القاعدة، بينما ستبقى قوة في أربيل'; not 'withdrew ..., while a small force will remain', news).",
    )
    stay_cues: list[str] = Field(default_factory=list, description="See `stay_forms`: 'will remain', 'ستبقى'.")
    stay_keeps: list[str] = Field(
        default_factory=list,
        description="See `stay_forms`: words anywhere in the sentence that tell the withdrawal begun or done, which a stay "
        "then only bounds ('The pullout of Russian forces from the base has begun, but a small contingent will stay').",
    )
    excludes_later: list[str] = Field(
        default_factory=list,
        description="Words anywhere after the mention in its sentence that make it no event of this category, however far: "
        "a release bought with a ransom makes the detention a kidnapping ('some were detained at checkpoints on the way and "
        "released only after relatives paid ransoms'). Phrases, not a bare word: 'arrested men who kidnapped a trader for "
        "ransom' is an arrest.",
    )
    agents: list[str] = Field(
        default_factory=list,
        description="Words naming who carries the event out (troops, fighters, a base): a mention whose sentence names none "
        "of them, met before any mention of the category has counted in the article, takes the sense of the category's "
        "mention right before it, which did not count ('the UN withdrew its staff from El Fasher ... The withdrawal leaves "
        "the city without aid', 'announced their withdrawal from the Cup ... the team had withdrawn'): a bare word refers "
        "back to the last one. Empty: no such reading.",
    )
    agents_bare_only: bool = Field(
        default=False,
        description="With `agents`: only a bare anaphor (`anaphors`: 'العملية') refers back to the category's mention that "
        "did not count; a qualified one ('عملية عسكرية واسعة') is read on its own. For operations: after 'يستعد الجيش لإطلاق "
        "عملية عسكرية', 'لم تحدد المصادر موعداً لبدء العملية' is the planned one, while a new 'انطلقت اليوم عملية عسكرية' "
        "after a past campaign named stays.",
    )
    history_cues: list[str] = Field(
        default_factory=list,
        description="Words before the mention in its sentence that make a mention of this category a past one, told "
        "by or of the people it concerns, unless the mention's clause names the day of the news (`history.recall_today`): "
        "'former detainees said they were arrested at checkpoints', 'روى معتقلون سابقون تفاصيل اعتقالهم'.",
    )


class Negation(_Strict):
    """Cues that make a report negated or unreal ('no airstrikes', 'نفى ... أي غارات', 'threatened to').

    All cues are looked for in the mention's clause: the words before it back to the last clause
    breaker. A cue word ending in ``*`` matches any word starting with what precedes the star
    (``"قد ت*"``: قد before an imperfect verb).
    """

    before: list[str] = Field(default_factory=list, description="Denials, within `window` words before the term.")
    window: int = Field(default=8, ge=1, le=30)
    near_before: list[str] = Field(default_factory=list, description="Negations, within `near_window` words before.")
    near_window: int = Field(default=3, ge=1, le=10)
    modal: list[str] = Field(
        default_factory=list, description="Threats, plans, calls, speculation: within `modal_window` words before."
    )
    modal_window: int = Field(default=5, ge=1, le=15)
    conjectures: list[str] = Field(
        default_factory=list,
        description="Modal cues of conjecture ('رجح', 'توقع'): with one of `modal_copulas` between one and the mention, the "
        "event is what is conjectured about, not into being: 'رجحت مصادر أن يكون الانفجار ناجماً عن عبوة' reports the "
        "blast ('رجحت مصادر أن تنسحب القوات' does not; nor 'يجب أن يكون الانسحاب كاملاً', a demand).",
    )
    modal_copulas: list[str] = Field(default_factory=list, description="See `conjectures`.")
    causes: list[str] = Field(
        default_factory=list,
        description="Modal cues that give an event as the cause of a protest ('احتجاجاً على', 'تنديداً ب'): with one of "
        "`cause_specifics` or a number right after the mention, the cause is a specific, reported event and stays one "
        "('احتجاجاً على اعتقال ثلاثة من أعضائها أمس'); else it is the protest's subject ('تنديداً بالاعتقالات التعسفية').",
    )
    cause_specifics: list[str] = Field(default_factory=list, description="See `causes`: days, agents ('أمس', 'على يد').")
    intent: list[str] = Field(
        default_factory=list,
        description="Verbs of threat and vow ('threatened', 'vowed', 'هدد', 'توعد') whose object reaches far: a mention "
        "up to `intent_window` words after one, in its clause and with no pause between, is unreal ('threatened on "
        "Tuesday to resume missile and drone attacks').",
    )
    intent_window: int = Field(default=12, ge=1, le=20)
    clause_initial: list[str] = Field(
        default_factory=list, description="Counterfactual openers ('Had ...', 'لو'): the first word of the clause."
    )
    questions: list[str] = Field(
        default_factory=list,
        description="Words opening a yes/no question ('Are', 'Will', 'Did'), first in a sentence ending with a question mark "
        "(after a short label such as 'Q:'): the question asks, it reports nothing in the whole sentence ('Will the troops "
        "withdraw after the latest ambushes?').",
    )
    clause_openers: list[str] = Field(
        default_factory=list,
        description="Phrases ending with a clause breaker that open a clause telling the terms of an agreement, not "
        "events ('under which', 'بموجبه'): a mention in the clause one opens is no event ('a truce under which the "
        "troops pulled back to the line').",
    )
    not_negating: list[str] = Field(
        default_factory=list,
        description="Phrases that begin with a cue but do not negate ('لا تزال', 'not only'): a cue that "
        "starts one of these is ignored.",
    )
    acting_crowds: list[str] = Field(
        default_factory=list,
        description="Crowds told doing what a `modal` cue names, right before it ('residents protesting the arrests'): when "
        "that cue is the mention's own word, it is the crowd's act, the event, not a modal of it (its object stays one: "
        "the arrests are the protest's subject).",
    )
    after: list[str] = Field(default_factory=list, description="Cues within `after_window` words after.")
    after_window: int = Field(default=3, ge=1, le=10)
    subject_modals: list[str] = Field(
        default_factory=list,
        description="Auxiliaries of the future and the conditional ('will', 'would', 'may', 'قد ي*'): right after a mention "
        "that is the subject of its verb, they make it unreal ('Jets will strike Idlib only if attacked'), unless "
        "`not_negating` covers them ('explosions could be heard', 'may have killed').",
    )
    cessations: list[str] = Field(
        default_factory=list,
        description="Verbs telling that the event has ended ('stopped', 'ceased', 'توقف', 'هدأ'): right before the mention "
        "(two words) or after it in its clause (eight words), with no pause between, the sentence tells an end, "
        "not an event ('The shelling on the city has stopped', 'توقف القصف على البلدة'); unless it also tells one of "
        "`resumptions` ('the shelling stopped at noon but resumed at dusk').",
    )
    resumptions: list[str] = Field(default_factory=list, description="See `cessations`: 'resumed', 'تجدد'.")
    cessation_joins: list[str] = Field(
        default_factory=list,
        description="See `cessations`: conjunctions ('and') that join a clause of another subject before a cessation verb "
        "after the mention ('shelling hit the market and traffic stopped'); in Arabic, a verb conjunction on the verb "
        "itself does ('وتوقفت الحركة').",
    )
    cessation_followers: list[str] = Field(
        default_factory=list,
        description="See `cessations`: words that may follow a cessation verb used intransitively ('at', 'overnight'): when "
        "set, a cessation verb after the mention followed by none of them (nor a pause, nor the sentence's end) has an "
        "object, and tells no end of the mention ('protesters stopped traffic on the highway', 'shelling halted work at the "
        "bakery').",
    )
    predicates: list[str] = Field(
        default_factory=list,
        description="Predicates of speculation or judgement told after the mention ('is plausible', 'remains unlikely', "
        "'would be a mistake', 'غير وارد', 'مستبعد'): within `predicate_window` words after it, before the next clause "
        "breaker and reaching over a pause only into a parenthetical closed by another ('A full pullout, floated for years, "
        "...'), they make the mention what is judged, not a report ('A new offensive against the capital is plausible'; not "
        "'troops withdrew on Monday, a move analysts said was unlikely to last').",
    )
    predicate_window: int = Field(default=14, ge=1, le=30)
    predicate_stops: list[str] = Field(
        default_factory=list,
        description="See `predicates`: words that end their reach, as a new subject's clause starts after the mention: a "
        "relative or a phrase that names the reported event anew ('jets struck the depot in a raid that would leave the "
        "town without power').",
    )
    alternatives: list[str] = Field(
        default_factory=list,
        description="Words opening a choice ('either', 'إما'): a mention up to `alternative_window` words after one, in "
        "its clause (or the clause the opener starts, as the folded 'إما' is a breaker), with one of `alternative_joins` "
        "between the opener and the mention's window end, is a branch of the choice, no report ('either withdraw from the "
        "south or face an offensive'; not 'jets struck either late on Sunday or early Monday', whose opener follows it).",
    )
    alternative_joins: list[str] = Field(default_factory=list, description="See `alternatives`: 'or', 'أو'.")
    alternative_stops: list[str] = Field(
        default_factory=list,
        description="See `alternatives`: words that show the opener is another word folded alike: between the opener and "
        "the mention, they end the choice ('أما في درعا، فقد شنت الطائرات ...': أما, 'as for', opens a topic its فقد "
        "resumes, not a choice).",
    )
    alternative_window: int = Field(default=14, ge=1, le=30)
    obligations: list[str] = Field(
        default_factory=list,
        description="Particles of an obligation with its bearer after them ('على' in 'على واشنطن أن تسحب قواتها'): one "
        "opening the mention's clause, or right after one of `obligation_leads` ('إن على إسرائيل أن ...'), with one of "
        "`obligation_joins` ('أن') within `obligation_window` words after it and no pause between, makes a mention after "
        "the join what someone must do, no report. Not where `obligation_skips` starts ('على الرغم من أن القوات انسحبت').",
    )
    obligation_leads: list[str] = Field(default_factory=list, description="See `obligations`: 'إن', 'بأن'.")
    obligation_joins: list[str] = Field(default_factory=list, description="See `obligations`: 'أن'.")
    obligation_skips: list[str] = Field(default_factory=list, description="See `obligations`: 'على الرغم', 'على اعتبار'.")
    obligation_window: int = Field(default=4, ge=1, le=10)
    obligation_nouns: list[str] = Field(
        default_factory=list,
        description="See `obligations`: how a verbal noun a particle governs without a join begins ('ال' in 'على إسرائيل "
        "الانسحاب'): a mention so written up to two words after the particle, its bearer between, is obliged too.",
    )
    report_denials: list[str] = Field(
        default_factory=list,
        description="Verbs denying a report told before them ('denied', 'نفت', 'نفته'): one after the mention in its sentence "
        "whose object is the report (a `report_relatives` cue up to `report_window` words before it: 'a claim the group denied', 'which Kyiv denies', 'وهو ما نفته'; or a `report_objects` cue up to "
        "`report_window` words after it: 'denied the claim', 'نفت الوزارة ذلك'), or one opening the next sentence of "
        "the paragraph with such an object ('The rebels denied the report.'), makes the mention a denied claim. Not when "
        "`report_keeps` follows the verb (only the denier's role is denied: 'denied involvement', 'نفت أي علاقة لها'), "
        "when the object has a content of its own ('denied reports that ...'), or when the verb is negated.",
    )
    report_relatives: list[str] = Field(default_factory=list, description="See `report_denials`: 'which', 'a claim', 'وهو ما'.")
    report_objects: list[str] = Field(default_factory=list, description="See `report_denials`: 'the claim', 'ذلك', 'هذه الأنباء'.")
    report_contents: list[str] = Field(
        default_factory=list,
        description="See `report_denials`: words right after a report object that give it a content of its own ('that', "
        "'of', 'أن'): the denied report is another one ('denied reports that its troops had withdrawn').",
    )
    report_charges: list[str] = Field(
        default_factory=list,
        description="See `report_denials`: a charge told between the mention and the denial ('accusing them of', 'on "
        "charges of', 'بتهمة'): the denial after it is of the charge, not of the event ('police detained nine protesters, "
        "accusing them of blocking the road, which the organisers denied' reports the arrests).",
    )
    report_keeps: list[str] = Field(
        default_factory=list,
        description="See `report_denials`: a denier's role, right after the verb ('involvement', 'responsibility', 'مسؤوليتها').",
    )
    report_window: int = Field(default=4, ge=1, le=10)
    time_clauses: list[str] = Field(
        default_factory=list,
        description="Words opening a clause of time or concession ('after', 'since', 'despite', 'بعد', 'رغم'): when one "
        "opens the mention's clause and a pause closes it before the mention, the cues inside it govern no mention after "
        "the pause ('Days after the truce was signed, warplanes struck the town').",
    )


class History(_Strict):
    """What makes a mention history rather than news: 'arrested in 1982', anniversaries, museums."""

    cues: list[str] = Field(default_factory=list, description="Words anywhere in the mention's sentence.")
    not_cues: list[str] = Field(
        default_factory=list,
        description="Phrases that give a cue of `cues` inside them another sense, so that it dates nothing: 'الرواية "
        "الرسمية' is the official account, not a novel.",
    )
    before_year: int = Field(
        default=2000, ge=1000, le=3000, description="A year before this in the mention's sentence makes it history."
    )
    object_cues: list[str] = Field(
        default_factory=list,
        description="Words whose object is history: a mention in the few words after them, with no comma or clause "
        "breaker between, is history ('the anniversary of the 2013 chemical attack', 'ذكرى حملة القصف'); a mention "
        "before them is news ('protesters blocked the road on the anniversary of ...').",
    )
    object_window: int = Field(default=6, ge=1, le=20, description="How many words after an object cue it reaches.")
    object_ends: list[str] = Field(
        default_factory=list,
        description="Words that end an object cue's object: what follows is the news that marks it ('thousands marked "
        "the anniversary of the uprising with rallies across the province').",
    )
    not_year_after: list[str] = Field(
        default_factory=list,
        description="Words right before a four-digit number that make it an identifier or a quantity, not a year: "
        "'report number 1010', 'رقم 1010', 'أكثر من 1200' (one or two words).",
    )
    attributive: list[str] = Field(
        default_factory=list,
        description="Determiners before a year that make it the attribute of the noun after it ('the 2019 ceasefire'), "
        "dating that noun only: a mention right after such a year is history ('the 2023 counteroffensive, which stalled "
        "near the town'), whatever `not_year_after` says of the determiner (single words).",
    )
    era_cues: list[str] = Field(
        default_factory=list,
        description="Phrases that date a clause to the past as a year does ('خلال سنوات الحرب', 'في عهد النظام', 'in the "
        "early years of the war'): a mention within a year's reach of one (same clause, or an opening adverbial) is history.",
    )
    recent_eras: list[str] = Field(
        default_factory=list,
        description="The month before the news ('last month', 'الشهر الماضي'): dates a clause as `era_cues` do (a single event "
        "or a tally of last month is background), unless a day of the news (`recall_today`) stands in the clause, whose "
        "event it is ('rallied on Thursday against arrests made last month').",
    )
    recall_auxiliaries: list[str] = Field(
        default_factory=list,
        description="Auxiliaries of a pluperfect that recalls an earlier event ('كان', 'كانت'): in the mention's clause and "
        "followed within `recall_window` words, before the mention, by one of `recall_particles` ('قد'), they make it "
        "background ('وكانت القوات قد انسحبت من البلدة'), unless one of `recall_today` dates the clause to the news "
        "('وكانت الطائرات قد شنت صباح اليوم غارتين').",
    )
    dated_after: list[str] = Field(
        default_factory=list,
        description="Words opening a short clause after a pause that dates the clause before it by a year ending it ('in', "
        "'that was in', 'وكان ذلك في'): the mentions before it are that year's ('Police arrested dozens of activists in "
        "Sweida; this happened in 2019', '..., killing at least 40 people, in August 2019'), unless the sentence tells "
        "the day of the news (`recall_today`).",
    )
    dated_back: list[str] = Field(
        default_factory=list,
        description="See `dated_after`: phrases referring back to the clause before ('that was in', 'وكان ذلك في'), dating it "
        "by a year right after them wherever their clause ends ('...; that was in 2018, before the settlement deal').",
    )
    continuations: list[str] = Field(
        default_factory=list,
        description="Words opening a clause that continues the one before it ('followed by', 'when'): a year in that "
        "clause, across the pause, dates the mention too ('clashes broke out in July 2025, followed by airstrikes on the "
        "city'). When the word is also a clause breaker, the whole clause it opens is dated so, and is history after an "
        "object cue ('the anniversary of the recapture of the city, when forces, backed by air strikes, drove ...').",
    )
    appositions: list[str] = Field(
        default_factory=list,
        description="Words opening a noun phrase that re-names an event after a pause (single words: 'an'): when the word "
        "right before the pause is a past year, the mention in that phrase is dated too ('since troops crossed the border in "
        "August 2024, an incursion that was pushed back the following spring'). Unlike `continuations`, a year further back "
        "in the clause before does not reach it.",
    )
    habitual_verbs: list[str] = Field(
        default_factory=list,
        description="Present-tense verbs of undergoing, carrying out or recurring ('تشهد', 'تتكرر', 'sees', 'carry out'): "
        "before a mention in its clause, with one of `habitual_marks` from the verb to a few words after the mention, they "
        "tell a habit, background to the news, not an event ('وتشهد بلدات الريف هجمات متكررة', 'the town regularly sees "
        "raids'), unless one of `recall_today` names the day in that clause.",
    )
    habitual_universals: list[str] = Field(
        default_factory=list,
        description="Words telling a rule of many events ('each offensive', 'whenever', 'كلما', 'كل حملة'): before a mention in "
        "its sentence, in a sentence that tells no day of the news (`recall_today`), the mention is a habit of the past "
        "or a generic statement, no event ('In those years each offensive was followed by arrests').",
    )
    habitual_marks: list[str] = Field(
        default_factory=list,
        description="Words of frequency that make a `habitual_verbs` clause a habit ('متكررة', 'شبه اليومية', 'frequent', "
        "'regularly'); alone they tell nothing ('jets carried out repeated strikes on Monday' is news).",
    )
    habitual_adjacent_before: list[str] = Field(
        default_factory=list,
        description="Words of frequency that, ending right before a mention, tell it as a habit whatever verb the clause "
        "has ('daily strikes', 'weekly shelling'), unless one of `recall_today` names the day in its clause: background, "
        "no event.",
    )
    habitual_adjacent_after: list[str] = Field(
        default_factory=list,
        description="As `habitual_adjacent_before`, right after a mention, across one word at most and no pause ('غارات "
        "يومية', 'غارات إسرائيلية يومية', 'قصف أسبوعي'): where the language puts its adjectives after the noun (a "
        "newspaper's «اليومية» before the mention tells nothing).",
    )
    described_by: list[str] = Field(
        default_factory=list,
        description="Relative pronouns opening a clause that describes a place or a person ('which', 'التي'): a mention "
        "inside such a clause, with one of `described_dates` in it before its next pause, is background ('Kafr Nabl, "
        "which was shelled last week, ...', 'بلدة كفرنبل التي تعرضت لقصف الأسبوع الماضي'); the main clause stays news "
        "(single words).",
    )
    described_dates: list[str] = Field(
        default_factory=list,
        description="Dates a week or more back ('last week', 'الأسبوع الماضي') that date a `described_by` clause; alone "
        "they date nothing (a weekly tally 'last week' is news).",
    )
    victims: list[str] = Field(
        default_factory=list,
        description="Words naming the victims of an event right before its mention ('killed in the', 'ضحايا'): with one "
        "of `described_dates` after the mention, before its clause's next pause, the event is an earlier one the news "
        "refers to ('buried on Thursday the five people killed in the blast in Azaz last month'); 'killed in today's "
        "blast' stays news.",
    )
    recall_particles: list[str] = Field(default_factory=list)
    recall_today: list[str] = Field(default_factory=list)
    range_openers: list[str] = Field(
        default_factory=list,
        description="Words opening a span of months ('between', 'from', 'بين', 'من') right before its first month, or a word "
        "before it ('between late January and March'): a tally over a span opening before the article's month is "
        "background, as one 'since' such a month is ('recorded 120 air strikes between January and March').",
    )
    recaps: list[str] = Field(
        default_factory=list,
        description="Openers of a recap sentence ('يُذكر أن', 'ومن الجدير بالذكر أن', 'It is worth noting that'): a past year or "
        "an era (`era_cues`) anywhere in it dates all its mentions, however far ('يُذكر أن التحالف أطلق عام 2015 عملية "
        "... وشن آلاف الغارات على ...'), unless a day of the news (`recall_today`) stands in it ('يُذكر أن اشتباكات مماثلة "
        "اندلعت صباح اليوم').",
    )
    recall_window: int = Field(default=8, ge=1, le=20)
    recall_through: list[str] = Field(
        default_factory=list,
        description="Clause breakers of time ('بعد', 'قبل أن', 'حين') that a pluperfect's reach crosses: 'وكانت القوات قد "
        "دخلت البلدة بعد معارك، قبل أن تنسحب منها' is background to its end (up to `recall_reach` words from the "
        "auxiliary's particle).",
    )
    recall_reach: int = Field(default=16, ge=1, le=40)
    relatives: list[str] = Field(
        default_factory=list,
        description="Relative pronouns ('التي', 'which'): a relative clause describing an object cue's object is history "
        "too, however long the object ('ذكرى مجزرة الكيماوي في الغوطة التي قصفت فيها الطائرات ...'), within "
        "`object_window` words of the pronoun.",
    )
    time_openers: list[str] = Field(
        default_factory=list,
        description="First words of a time adverbial opening a sentence ('في', 'خلال', 'In', a month): a year in the "
        "first comma segment dates the clause after it when the segment starts with one ('في عام 2019، انسحبت القوات'), "
        "or when that clause names no day of the news (`recall_today`): not 'شهدت المدينة اشتباكات منذ عام 2012، كما شنت "
        "الطائرات اليوم غارات'. Empty: any short segment.",
    )
    months: list[str] = Field(
        default_factory=list,
        description="The twelve month names, January first: a sentence opening with a time adverbial that names a month "
        "before the article's own, and no year ('In September, jets struck the hill' in a November article), dates the "
        "clause after it as a past year would. Empty: months date nothing.",
    )
    since: list[str] = Field(
        default_factory=list,
        description="'since', 'منذ': with one of `comparisons` a few words before it, the year after it is a point of "
        "comparison, not the event's date ('الأعنف منذ عام 2019', 'the heaviest since 2019').",
    )
    since_earlier: list[str] = Field(
        default_factory=list,
        description="What follows 'since' when a tally is counted from an earlier part of the year ('the start of the "
        "year', 'مطلع العام'): like a month before the article's (`months`, `month_names`), it makes the tally background, "
        "wherever the 'since' stands in the mention's sentence: opening it ('Since August, police have arrested 120 "
        "people', 'منذ مطلع العام اعتقلت ...') or in the clause after it. Not in January, whose start is the month's.",
    )
    month_names: dict[str, int] = Field(
        default_factory=dict,
        description="Month names of one or two words -> their number ('تشرين الأول': 10, 'أيلول': 9, 'سبتمبر': 9), read "
        "only after 'since' (see `since_earlier`); `months` holds one name per month, and an Arabic month has several.",
    )
    comparisons: list[str] = Field(
        default_factory=list, description="Superlatives and firsts ('الأعنف', 'heaviest', 'للمرة الأولى'): see `since`."
    )
    continued_by: list[str] = Field(
        default_factory=list,
        description="Determiners that refer a mention back ('the', 'these', 'those', 'هذه', 'تلك'): a few words before a "
        "mention of the category of a mention the sentence before told as past, in its clause, they continue that past "
        "('In 2016, jets bombed the town for weeks. The strikes killed hundreds.'), unless the sentence names a time of "
        "its own (a year, `recall_today`, `renewals`).",
    )
    continued_prefixes: list[str] = Field(
        default_factory=list,
        description="Proclitics of the definite article: a mention whose first word carries one refers back as "
        "`continued_by` does ('الغارات').",
    )
    renewals: list[str] = Field(
        default_factory=list,
        description="Words telling a new event in a sentence that would continue a past one ('new', 'again', "
        "'جديدة', 'مجدداً'): 'In 2016, jets bombed the town. New strikes hit the market.'",
    )
    back_then: list[str] = Field(
        default_factory=list,
        description="Adverbs pointing back to the time of the sentence before ('at the time', 'back then'): a sentence "
        "holding one right after a sentence told as past continues that past, whatever the category of its mentions "
        "('In 2016 the army shelled the district. At the time, rockets hit the market daily.'), unless it names a time of "
        "its own, as for `continued_by`.",
    )
    retrospective_titles: list[str] = Field(
        default_factory=list,
        description="Headline words of a look back ('ten years after', 'a decade on', 'عشر سنوات على', 'في ذكرى'): an "
        "article under such a title whose first event is told as past is a retrospective, and its later mentions are past "
        "too unless the words around them name a time of their own. Under any other title a dated lede is background to "
        "the news that follows.",
    )
    obituaries: list[str] = Field(
        default_factory=list,
        description="Words of an obituary ('obituary', 'has died aged', 'is survived by') in the title or the body's first "
        "line: the article tells a life, and its mentions are the life's past unless the words between the pauses around "
        "them name the day of the news or a renewal ('killed in Tuesday's strike').",
    )
    fact_checks: list[str] = Field(
        default_factory=list,
        description="Words of a fact-check ('fact check', 'تقصي الحقائق', 'مقطع مضلل') in the title or the body's first "
        "line: the article weighs a claim (a video said to show an air strike, a blast), and none of its mentions is a "
        "report of the day's events.",
    )


class Numbers(_Strict):
    """How reported counts are written: 'أكثر من 55 غارة', 'about 290 raids', 'dozens of strikes'."""

    words: dict[str, int] = Field(default_factory=dict, description="Number words -> value.")
    tens_joiners: list[str] = Field(default_factory=list, description="'و' in 'خمس وعشرين'.")
    vague: list[str] = Field(
        default_factory=list, description="Vague quantities ('dozens', 'عشرات'): no count, approx."
    )
    approx: list[str] = Field(default_factory=list, description="'about', 'نحو': the count is approximate.")
    floors: list[str] = Field(default_factory=list, description="'more than', 'أكثر من': the count is a floor.")
    range_joiners: list[str] = Field(default_factory=list, description="'to', 'and', 'و' between two numbers.")
    gap_words: list[str] = Field(
        default_factory=list, description="Words allowed between the number and the term ('of', 'Russian')."
    )
    gap_joins: list[str] = Field(
        default_factory=list,
        description="Conjunctions joining two kinds between the number and the term ('14 drone or air attacks', '20 "
        "artillery and mortar shells'): allowed only between a gap word and a gap word or the term's first word, never "
        "bare ('killed 4 and shelling continued').",
    )
    dual_suffixes: list[str] = Field(
        default_factory=list, description="Suffixes of the dual ('غارتين'): the term itself means two."
    )
    dual_nouns: list[str] = Field(
        default_factory=list,
        description="Duals of count nouns that mean two on their own ('اعتقلت قوات الأمن شابين'), and of event terms "
        "('أطلقوا صاروخين', 'نصبوا كمينين'): only forms that cannot be a plural (not 'مدنيين').",
    )
    casualties: list[str] = Field(
        default_factory=list,
        description="Words of the dead and wounded ('مقتل', 'إصابة', 'جرح'): a dual noun or a noun and its number written after "
        "one of them ('ما أدى إلى إصابة طفلين', 'جرح مدنيين اثنين') counts casualties, never the event.",
    )
    date_words: list[str] = Field(
        default_factory=list, description="Month and time words: a number next to them is a date, not a count."
    )
    month_links: list[str] = Field(
        default_factory=list,
        description="A joining word and a month, as one phrase ('من آب'): a day of the month in digits right before one "
        "('الخميس 21 من آب', Enab Baladi's style) is a date, not a count.",
    )
    not_numbers: list[str] = Field(
        default_factory=list,
        description="Words that are a number word with a proclitic but mean something else: 'الأحد' (Sunday), "
        "'الاثنين' (Monday); written so (proclitics included), they are never counts.",
    )
    instruments: list[str] = Field(
        default_factory=list,
        description="Words introducing a verb's instrument ('with'): one later in the term's clause, however far and with no "
        "pause between, counts with the number before its count noun ('shelled the outskirts of the town west of the city at "
        "dawn with some eight rounds').",
    )
    after_nouns: list[str] = Field(
        default_factory=list,
        description="Number words written after their count noun ('اعتقلت دورية ... مواطنين اثنين'): one of them right "
        "after a count noun is its count.",
    )
    munition_clauses: list[str] = Field(
        default_factory=list,
        description="A participle opening a clause after a pause that names the munitions of counted strikes ('carried out 72 "
        "air strikes, dropping 130 guided bombs'): a count right after it counts the munitions, not the strikes.",
    )
    tally_heads: list[str] = Field(
        default_factory=list,
        description="A running total's head right before the term ('the number of [air strikes]', 'عدد [الغارات]'): the "
        "number after one of `tally_links` later in the clause is its count ('... since midnight has risen to 31').",
    )
    tally_links: list[str] = Field(
        default_factory=list,
        description="Words right before a running total's number ('to', 'reached', 'إلى', 'بلغ', 'تجاوز').",
    )
    thousands: list[str] = Field(
        default_factory=list,
        description="The plural of 'thousand' written after a number from 3 to 10 ('4 آلاف', 'أربعة آلاف' -> 4000); alone "
        "it stays one of `vague` ('آلاف المتظاهرين': no count, approx).",
    )


class SportReports(_Strict):
    """A match report: an article naming at least `min_words` distinct words of `words` (sport's vocabulary: "match",
    "referee", "مباراة", "الدوري") tells a game, whose play borrows the words of war: a substitute "withdrawn", a side that
    "retreated deep", a club called "the Army" ("الجيش") that "withdrew to its defensive areas", a "raid down the left".
    There, a mention of one of `categories` in a paragraph holding a word of `words` or `sentence_words` is play, not an
    event, unless its sentence holds one of `keeps` (an air strike on a stadium, a bomb at a match, troops pulling out
    told in the article's aside). Every word is a cue (`@list` references allowed)."""

    words: list[str] = Field(default_factory=list, description="Sport's vocabulary, counted (distinct) over the article.")
    min_words: int = Field(default=4, ge=2, le=20, description="Distinct `words` that make an article a match report.")
    sentence_words: list[str] = Field(
        default_factory=list,
        description="Words of play that mark a paragraph of a match report as the game's, besides `words` ('hamstring', "
        "'البديل'), too common to count towards `min_words`.",
    )
    categories: list[CategoryName] = Field(
        default_factory=list, description="The categories whose mentions are play in a match report's paragraphs of play."
    )
    keeps: list[str] = Field(
        default_factory=list,
        description="Words in the mention's sentence that keep it an event even in a match report: the agents and "
        "weapons of real attacks, and their victims ('troops', 'air strike', 'bomb', 'killed', 'قوات', 'طائرات', 'قتلى').",
    )


class PageKind(_Strict):
    """One page type of `PageTypes`: the words of its title and lead, and the marks of a real event its own pages need."""

    words: list[str] = Field(
        default_factory=list,
        description="Words of the title and lead of such a page ('derby', 'oil prices', 'the film', 'anniversary', "
        "'محاكمة', 'مناورات').",
    )
    keeps: list[str] = Field(
        default_factory=list,
        description="Marks of the day's event on such a page besides `PageTypes.keeps`: a weekday tells today's news on a "
        "film's or an anniversary's page, not on a match report's or a markets page's, which are dated too.",
    )
    paragraph_words: list[str] = Field(
        default_factory=list,
        description="When set, the page's veto reaches only the paragraphs holding one of these words or of `words`: a "
        "drill's or a trial's frame is its paragraph's ('infantry storming a replica village', 'accused of ordering the "
        "shelling'), while its real news is told in paragraphs of its own ('Hours later, troops pushed into the village').",
    )
    shared_keeps: bool = Field(
        default=True,
        description="Whether `PageTypes.keeps` (casualties, a news source, the police) keep a mention on such a page too. "
        "False for a page that retells past events with their tolls and sources (a press review, a debate's summary, a "
        "weekly roundup: 'the strike on Odesa port last month that killed eight'): only the kind's own keeps do.",
    )


class PageTypes(_Strict):
    """An article's page type, decided once from its title and lead (the title and the body's first paragraph): a page
    of sport, markets, culture (a review of a film, a series, a book), history (an anniversary), a court's hearing or a
    military drill or parade names war's words it does not report as the day's events ("the army shells the valley at
    dawn" in a film's plot, "a three-day rally" of oil, the 2013 bombings a trial hears). On such a page a body mention of
    one of `categories` is kept only when its sentence holds one of `keeps` or its kind's (strong marks of a real event of
    the day: casualties, a news source, "Separately", the police, protesters' placards), or when the title itself reports
    an event of its category ("Idlib derby called off after shelling hits near stadium"). Every word is a cue (`@list`
    references allowed)."""

    kinds: dict[str, PageKind] = Field(
        default_factory=dict,
        description="The page types by name (free: 'sport', 'markets', 'culture', 'history', 'court', 'drill', 'opinion'), tried "
        "in order: the first of whose words the title names one and the title and lead `min_cues` (distinct) is the "
        "article's; an article without a title has no page type.",
    )
    min_cues: int = Field(
        default=2, ge=1, le=20,
        description="Distinct words of one kind in the title and lead that make the article a page of that kind.",
    )
    keeps: list[str] = Field(
        default_factory=list,
        description="Words in a body mention's sentence that keep it an event on a page of any kind: casualties "
        "('killing', 'مقتل'), news sources ('the Syrian Observatory', 'بحسب'), report openers ('Separately', 'وفي سياق "
        "منفصل'), protest acts ('placards', 'لافتات') and the police.",
    )
    categories: list[CategoryName] = Field(
        default_factory=list, description="The categories whose body mentions a typed page keeps only with its keeps."
    )

class Lexicon(_Strict):
    version: Literal[1] = 1
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    lists: dict[str, list[str]] = Field(default_factory=dict)
    prefixes: dict[str, list[str]] = Field(default_factory=dict)
    suffixes: dict[str, list[str]] = Field(default_factory=dict)
    default_prefixes: str | None = None
    inner_prefixes: list[str] = Field(default_factory=lambda: [""])
    clitics: list[str] = Field(default_factory=list, description="Proclitics stripped from context words.")
    enclitics: list[str] = Field(
        default_factory=list,
        description="Enclitics stripped from context words, as written after the word: the English possessive (\"'s\"), so that "
        "'the striker's shot' has the context word 'striker' and 'the army's convoy' the force 'army'.",
    )
    clause_breakers: list[str] = Field(default_factory=list, description="Words that end a cue's scope.")
    not_breakers: list[str] = Field(
        default_factory=list,
        description="Phrases holding a clause breaker that end no clause, for the reach of a denial or a threat: "
        "'بين حين وآخر' (from time to time) is no 'حين' (when): 'تلوح أنقرة بين حين وآخر بعملية عسكرية' is a threat.",
    )
    clause_adverbs: list[str] = Field(
        default_factory=list,
        description="Clause breakers that end no clause right after a mention, as the adverb of the verb the mention is "
        "the subject of: a date after them still dates it ('Jets also struck a market in Maarat al-Numan last month').",
    )
    negation: Negation = Field(default_factory=Negation)
    place_cues: list[str] = Field(default_factory=list, description="'town of', 'مدينة': before ambiguous places.")
    locatives: list[str] = Field(
        default_factory=list,
        description="Prepositions of place ('in', 'في'). A country name counts as where an event happened only "
        "after one of these or a locative proclitic (`locative_clitics`); a bare country name is an actor "
        "('Russia withdraws', 'روسيا تسحب').",
    )
    locative_clitics: list[str] = Field(default_factory=list, description="Proclitics meaning 'in' (Arabic ب).")
    place_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs whose object is a place ('اقتحمت', stormed): a name a locative would make a place (gazetteer "
        "`locative_enough`) is one within four words after one of them, past its subject, with no pause between "
        "('اقتحمت القوات الإسرائيلية جنين فجر اليوم').",
    )
    directions: list[str] = Field(
        default_factory=list,
        description="Compass words ('north', 'شمال غرب'): between an origin cue and a place they keep it the origin "
        "('من اتجاه شمال غرب لبنان'), where another locative ('على', 'on') makes the place the target.",
    )
    reference_cues: list[str] = Field(
        default_factory=list,
        description="Compass phrases that make a place a reference point when they join it to the place before "
        "('Qatana, west of Damascus', 'قطنا غربي دمشق', 'Mayadin, 45 km southeast of Deir ez-Zor'): the event is at the "
        "first place only. Preceded at most by a distance; after a conjunction ('and north of', 'وشمال') the places "
        "are an enumeration instead.",
    )
    conjunctions: list[str] = Field(
        default_factory=list,
        description="Proclitic conjunctions ('و', 'ف'): a term written with one opens a new conjunct, so a number right "
        "before it is no count of it ('حملة أمنية في المزة 86 وتوقيف 12 مطلوباً').",
    )
    report_openers: list[str] = Field(
        default_factory=list,
        description="Openers of a sentence that starts a new report ('وفي سياق منفصل'): a term of it that yields 'article' "
        "does not yield to a mention before it ('وفي سياق منفصل، سُمع دوي انفجار في مدينة الباب' after a strike told "
        "earlier; a term that yields 'previous' keeps its sentence's own when a clause breaker opens it: 'Separately, ...').",
    )
    verb_classes: list[str] = Field(
        default_factory=list,
        description="Suffix classes of verbs ('verb', 'intrans'): a verb term written with one of `verb_conjunctions` right "
        "after a pause opens a clause of its own, which what comes before the pause (a demand, a threat, a call) does not "
        "negate ('تظاهروا للمطالبة بالإفراج عن المعتقلين، واعتقلت الشرطة ستة منهم').",
    )
    verb_conjunctions: list[str] = Field(
        default_factory=list,
        description="The proclitics of a perfect verb with a conjunction ('و', 'ف', 'وا'): see `verb_classes` (not an "
        "imperfect's, which may continue a modal: 'يجب أن تنسحب القوات، وتنسحب الميليشيات').",
    )
    affiliation_cues: list[str] = Field(
        default_factory=list,
        description="Words ('backed by', 'المدعومة من', 'calling on') making the place right after them a backer or the "
        "addressee of an appeal, not where any event happened ('الفصائل المدعومة من تركيا', 'calling on Israel to release').",
    )
    stationed: list[str] = Field(
        default_factory=list,
        description="Participles of position ('stationed', 'متمركزة'): a locative right after one, between an origin cue "
        "and a place, keeps the place the origin ('مصدره مواقع مجموعات مسلحة متمركزة في ريف درعا'); so does one or a "
        "noun of positions ('مواقع') right after the origin cue ('مصدرها مواقع مجموعات عشائرية في ريف درعا').",
    )
    person_origins: list[str] = Field(
        default_factory=list,
        description="Words naming a person by where they come from ('a man from', 'a native of', 'من أبناء'): a place right "
        "after one, with another place after it in the event's clause, is the person's origin, not where the event happened "
        "('arrested a man from Deraa at a checkpoint in Damascus' happened in Damascus).",
    )
    speech_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of statement ('said', 'described', 'تعلن'): a place right before one, with no locative or "
        "place cue before it, is a government speaking ('what Ankara described as', 'وموسكو تعلن'), not a place.",
    )
    speech_not_after: list[str] = Field(
        default_factory=list,
        description="Words that keep a place a place before a verb of statement: its people or officials speak "
        "('residents of Idlib said', 'أهالي جاسم يقولون').",
    )
    road_cues: list[str] = Field(
        default_factory=list,
        description="Road words ('highway', 'طريق', 'اوتستراد'): a place right before one ('the Damascus highway', "
        "'the Qusayr-Hermel road') or shortly after one with no locative between ('على طريق بصرى الشام – السويداء') "
        "names the road, with the places enumerated with it, not where the event happened.",
    )
    road_between: list[str] = Field(
        default_factory=list,
        description="Words ('between', 'بين') after a road word that make the places after them the ends of a stretch "
        "of road ('the road between Sinuni and Khanasor'): the event happened there, they stay its places.",
    )
    countryside_words: list[str] = Field(
        default_factory=list,
        description="A countryside word that forms names of regions with a place name: with 'ريف', 'ريف دمشق' is the "
        "gazetteer region Rif Dimashq, not the city; `countryside_lists` carry that reading to a conjoined name.",
    )
    countryside_lists: list[str] = Field(
        default_factory=list,
        description="Dual and plural countryside words ('ريفي', 'أرياف') that belong to every name of the list after "
        "them: in 'ريفي درعا ودمشق' the second name is the countryside of Damascus, the region that "
        "'<countryside word> <name>' names in the gazetteer (Rif Dimashq), where there is one.",
    )
    not_place_after: list[str] = Field(
        default_factory=list,
        description="Words right after a gazetteer name that make it part of another phrase, not that place: 'الضفة "
        "الغربية لنهر الفرات' and 'the west bank of the Euphrates' are a river's bank, not the West Bank.",
    )
    river_words: list[str] = Field(
        default_factory=list,
        description="Words for a river ('نهر', 'river'): a country's name right after one ('نهر الأردن', 'the River Jordan') or "
        "right before one ('the Jordan River', 'the Niger River') names the river, and says nothing of which country an "
        "article is about when it names a place shared by several countries.",
    )
    district_words: list[str] = Field(
        default_factory=list,
        description="Words right after an ambiguous town's or city's name that make it the name of a district of the city "
        "the article is in, not that town: 'shells fell on the Karima and Al-Qubba neighborhoods' of a Sudanese city is no "
        "Libyan town (only for ambiguous names of towns, cities and villages; a gazetteer neighbourhood stays itself).",
    )
    anaphors: list[str] = Field(
        default_factory=list,
        description="Bare definite nouns that name an event told before ('الغارة', 'القصف', 'الهجوم'): a mention of one or "
        "two words whose first word is one of them refers back ('العملية العسكرية'; not one with a word of `anaphor_kinds` "
        "in it or right after it: 'القصف المدفعي' after an air strike) (see `Category.refers_back_to`).",
    )
    anaphor_kinds: list[str] = Field(
        default_factory=list,
        description="Adjectives of a weapon's kind ('المدفعي', 'الجوية', 'البرية'): an anaphor (`anaphors`) they describe "
        "names a kind of its own, maybe a new event.",
    )
    back_references: list[str] = Field(
        default_factory=list,
        description="Demonstratives ('هذا', 'this'): a term right after one refers back, and counts only after a "
        "reported mention of its category ('اشتباك كلامي ... هذا الاشتباك لا يليق' names no clash).",
    )
    work_titles: list[str] = Field(
        default_factory=list,
        description="Nouns of works ('the play', 'a film', 'مسرحية', 'العمل المسرحي'): a mention inside a quoted title right "
        "after one, or right before one ('\"The Last Retreat\", a play by ...', '«الانسحاب الأخير».. مسرحية'), is the "
        "work's title, not an event; the rest of its sentence may still report one ('shelling cancelled the play «...»').",
    )
    word_itself: list[str] = Field(
        default_factory=list,
        description="Words ending right before a mention that name it as a word ('the word', 'كلمة', 'مصطلح'): a word talked "
        "about, not an event ('the word \"withdrawal\" never appears in the text').",
    )
    word_itself_quoted: list[str] = Field(
        default_factory=list,
        description="Like `word_itself`, only when the mention opens with a quotation mark: 'كلمة «انسحاب»' is the word, "
        "'كلمة الاعتصام' the sit-in's speech.",
    )
    word_itself_after: list[str] = Field(
        default_factory=list,
        description="Words starting right after a mention that make it a word talked about: 'in the title', 'في العنوان' "
        "('الانسحاب في العنوان ليس عسكرياً').",
    )
    definition_openers: list[str] = Field(
        default_factory=list,
        description="Words opening a sentence and ending at most two words before a mention that make it a word defined or "
        "asked about, not an event: 'What is a withdrawal?', 'ما هو الانسحاب التكتيكي؟', 'تُعرَّف الغارة الجوية بأنها ...'.",
    )
    definition_links: list[str] = Field(
        default_factory=list,
        description="Words starting at most two words after a mention that opens its sentence (after `definition_articles` at "
        "most) and define it: 'An airstrike is an attack ...', 'الضربة الجوية هي هجوم ...' (an encyclopedia's or an "
        "explainer's definition, no event; 'The strike is the third this week' names none of them).",
    )
    definition_articles: list[str] = Field(
        default_factory=list,
        description="Indefinite articles a defined term may open its sentence with ('A', 'An'); see `definition_links`.",
    )
    numbers: Numbers = Field(default_factory=Numbers)
    history: History = Field(default_factory=History)
    sport_reports: SportReports = Field(default_factory=SportReports)
    page_types: PageTypes = Field(default_factory=PageTypes)
    categories: dict[CategoryName, Category] = Field(default_factory=dict)

    def reference_problems(self) -> list[tuple[tuple[str | int, ...], str]]:
        """(path, message) of every name that points nowhere: an unknown prefix or suffix class,
        an unknown ``@list``. The loader turns them into errors with their line numbers."""
        problems: list[tuple[tuple[str | int, ...], str]] = []
        if self.default_prefixes is not None and self.default_prefixes not in self.prefixes:
            problems.append((("default_prefixes",), f"unknown prefix class {self.default_prefixes!r}"))
        for name, category in self.categories.items():
            for group in ("terms", "anaphora"):
                for index, entry in enumerate(getattr(category, group)):
                    path: tuple[str | int, ...] = ("categories", name, group, index)
                    term = entry if isinstance(entry, Term) else Term(text=entry)
                    if term.prefixes is not None and term.prefixes not in self.prefixes:
                        problems.append(((*path, "prefixes"), f"unknown prefix class {term.prefixes!r}"))
                    for word in term.text.split():
                        _, bar, suffix_class = word.partition("|")
                        if bar and suffix_class not in self.suffixes:
                            problems.append((path, f"term {term.text!r} names unknown suffix class {suffix_class!r}"))
                    for field_name in _TERM_CUE_FIELDS:
                        problems.extend(self._list_problems(getattr(term, field_name), (*path, field_name)))
            for field_name in ("excludes", "cause_cues", "excluded_causes", "destination_cues", "origin_cues", "origin_after_term",
                               "antecedents", "target_cues", "count_nouns", "excludes_later", "agents"):
                problems.extend(self._list_problems(getattr(category, field_name), ("categories", name, field_name)))
        for field_name in ("work_titles", "word_itself", "word_itself_quoted", "word_itself_after", "definition_openers",
                           "definition_links", "definition_articles"):
            problems.extend(self._list_problems(getattr(self, field_name), (field_name,)))
        for field_name in ("words", "sentence_words", "keeps"):
            problems.extend(self._list_problems(getattr(self.sport_reports, field_name), ("sport_reports", field_name)))
        for kind, page in self.page_types.kinds.items():
            for field_name in ("words", "keeps", "paragraph_words"):
                problems.extend(self._list_problems(getattr(page, field_name), ("page_types", "kinds", kind, field_name)))
        problems.extend(self._list_problems(self.page_types.keeps, ("page_types", "keeps")))
        for list_name, words in self.lists.items():
            problems.extend(self._list_problems(words, ("lists", list_name)))
            if self._cycle(list_name, ()):
                problems.append((("lists", list_name), f"word list {list_name!r} includes itself through @references"))
        return problems or self.cue_problems()

    def cue_problems(self) -> list[tuple[tuple[str | int, ...], str]]:
        """(path, message) of every context cue that can never match where it is written (run once every ``@list``
        resolves): a cue whose first word is a wildcard (``stem*``: a first word is matched exactly), a
        ``*_before`` cue that starts with its term's words (a cue counts on the side where it starts: "riot police"
        starts at "riot", after it), an ``*_after`` cue that ends with them ("car rally" starts before "rally") and an
        ``*_in_clause`` cue that holds them at either end (those are looked for before the term only).
        A cue's length is never a problem: its word nearest the term is what must be within ``window``."""
        problems: list[tuple[tuple[str | int, ...], str]] = []
        for name, category in self.categories.items():
            for group in ("terms", "anaphora"):
                for index, entry in enumerate(getattr(category, group)):
                    term = entry if isinstance(entry, Term) else Term(text=entry)
                    forms = self._term_forms(term)
                    for field_name in _TERM_CUE_FIELDS:
                        path: tuple[str | int, ...] = ("categories", name, group, index, field_name)
                        for position, cue, words in self._cues(getattr(term, field_name)):
                            where = (*path, position)
                            if field_name.endswith("_before") and _holds(words, forms, at_start=True):
                                problems.append((where, f"cue {cue!r} starts with the term {term.text!r} itself, so it "
                                                 f"counts after the term, never in {field_name} (write it in "
                                                 f"{field_name[:-len('_before')]}_after)"))
                            elif field_name.endswith("_after") and _holds(words, forms, at_start=False):
                                problems.append((where, f"cue {cue!r} ends with the term {term.text!r} itself, so it "
                                                 f"counts before the term, never in {field_name} (write it in "
                                                 f"{field_name[:-len('_after')]}_before)"))
                            elif field_name in _BEFORE_IN_CLAUSE and (
                                _holds(words, forms, at_start=True) or _holds(words, forms, at_start=False)
                            ):
                                problems.append((where, f"cue {cue!r} holds the term {term.text!r} itself, but {field_name} "
                                                 "cues are looked for before the term only"))
                            problems.extend(_wildcard_problem(where, cue, words))
            for field_name in _CATEGORY_CUE_FIELDS:
                for position, cue, words in self._cues(getattr(category, field_name)):
                    problems.extend(_wildcard_problem(("categories", name, field_name, position), cue, words))
        for kind, page in self.page_types.kinds.items():
            for field_name in ("words", "keeps", "paragraph_words"):
                for position, cue, words in self._cues(getattr(page, field_name)):
                    problems.extend(_wildcard_problem(("page_types", "kinds", kind, field_name, position), cue, words))
        for position, cue, words in self._cues(self.page_types.keeps):
            problems.extend(_wildcard_problem(("page_types", "keeps", position), cue, words))
        return problems

    def _cues(self, cues: list[str]) -> list[tuple[int, str, list[str]]]:
        """(index in ``cues``, cue, its lowercase words) of every cue, a ``@list``'s through its reference's index."""
        return [(position, cue, cue.lower().split()) for position, written in enumerate(cues)
                for cue in (self.expand([written]) if written.startswith("@") else [written])]

    def _term_forms(self, term: Term) -> list[frozenset[str]]:
        """The lowercase forms each word of a term may take: its suffixes, the first word's prefixes, inner prefixes."""
        forms: list[frozenset[str]] = []
        for number, word in enumerate(term.text.lower().split()):
            stem, _, suffix_class = word.partition("|")
            endings = self.suffixes.get(suffix_class, [""]) if suffix_class else [""]
            prefix_class = term.prefixes or self.default_prefixes
            starts = (self.prefixes.get(prefix_class, [""]) if prefix_class else [""]) if number == 0 else self.inner_prefixes
            forms.append(frozenset(f"{start}{stem}{ending}".lower() for start in [*starts, ""] for ending in endings))
        return forms

    def _cycle(self, name: str, seen: tuple[str, ...]) -> bool:
        if name in seen:
            return True
        return any(self._cycle(cue[1:], (*seen, name)) for cue in self.lists.get(name, ())
                   if cue.startswith("@") and cue[1:] in self.lists)

    def _list_problems(self, cues: list[str], path: tuple[str | int, ...]) -> list[tuple[tuple[str | int, ...], str]]:
        return [((*path, index), f"unknown word list {cue!r}") for index, cue in enumerate(cues)
                if cue.startswith("@") and cue[1:] not in self.lists]

    def expand(self, cues: list[str]) -> list[str]:
        """Cue words with ``@list`` references replaced by the list's words; a list may name
        another (``@detainees_not_arrest`` holds ``@protest_purpose``), never itself (the loader
        refuses a cycle)."""
        out: list[str] = []
        for cue in cues:
            out.extend(self.expand(self.lists[cue[1:]]) if cue.startswith("@") else [cue])
        return out


_TERM_CUE_FIELDS: tuple[str, ...] = (
    "requires", "requires_before", "requires_after", "excludes", "excludes_before", "excludes_after", "excludes_in_clause",
    "requires_in_clause", "keeps_in_clause", "requires_later", "requires_in_sentence",
)
_BEFORE_IN_CLAUSE: frozenset[str] = frozenset({"excludes_in_clause", "requires_in_clause"})
_CATEGORY_CUE_FIELDS: tuple[str, ...] = ("excludes", "cause_cues", "excluded_causes", "target_cues", "excludes_later",
                                         "antecedents", "agents")


def _holds(words: list[str], forms: list[frozenset[str]], *, at_start: bool) -> bool:
    """Whether a cue's words begin (``at_start``) or end with a term's words, and go on past them."""
    size = len(forms)
    if len(words) <= size:
        return False
    part = words[:size] if at_start else words[-size:]
    return all(word in allowed for word, allowed in zip(part, forms, strict=True))


def _wildcard_problem(where: tuple[str | int, ...], cue: str, words: list[str]) -> list[tuple[tuple[str | int, ...], str]]:
    if words and words[0].endswith("*") and len(words[0]) > 1:
        return [(where, f"cue {cue!r} starts with a wildcard word: a cue's first word is matched as written, so it never matches")]
    return []


def load_lexicon(path: str | Path) -> Lexicon:
    """Load and validate one lexicon YAML; ConfigError names file, line and field."""
    located = read_yaml_file(path)
    lexicon = validate(located, Lexicon)
    problems = lexicon.reference_problems()
    if problems:
        raise ConfigError([
            ConfigIssue(source=located.source, line=located.line_of(where), field=_dotted(where), message=message)
            for where, message in problems
        ])
    return lexicon


def _dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_lexicons(directory: str | Path) -> dict[str, Lexicon]:
    """Every ``*.yaml`` lexicon in ``directory``, by language; two files for one language is an error."""
    folder = Path(directory)
    if not folder.is_dir():
        raise ConfigError.single(str(folder), "lexicon directory not found")
    lexicons: dict[str, Lexicon] = {}
    sources: dict[str, Path] = {}
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        lexicon = load_lexicon(path)
        if lexicon.language in lexicons:
            raise ConfigError.single(
                str(path), f"language {lexicon.language!r} is already defined in {sources[lexicon.language]}",
                field="language",
            )
        lexicons[lexicon.language] = lexicon
        sources[lexicon.language] = path
    if not lexicons:
        raise ConfigError.single(str(folder), "no lexicon files (*.yaml) in the directory")
    return lexicons
