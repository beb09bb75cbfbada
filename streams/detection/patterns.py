"""Lexicons and gazetteer compiled into one Aho-Corasick automaton over normalized text.

The automaton is the Rust ``aho-corasick`` crate's DFA (`ahocorasick_rs`): one pass in native
code that reports every key occurrence, overlapping ones included.

Every lexicon term and every place name becomes one or more automaton *keys*. A key is the
normalized text of the term with the affixes the matcher cannot check at run time spelled out:
for a phrase ``ضرب|fem جوي|adj`` the keys are ``ضربه جوي``, ``ضربات جوي``, ``ضربات الجوي``, ...
(the suffixes of inner words and the prefixes of words after the first are expanded). What is
left — the proclitics in front of the first word and the suffix after the last — is checked at
each hit against small sets: the matcher finds the key, walks back to the start of the word and
forward to its end, and accepts the hit only if the letters before are an allowed prefix and
the letters after an allowed suffix. So ``بالغارات`` is the key ``غار`` + prefix ``بال`` + suffix
``ات``, and ``مغارة`` (a cave) is rejected because ``م`` is not a prefix.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

import ahocorasick_rs

from config.gazetteer import Gazetteer, Place, Region
from config.lexicons import Lexicon, Term
from streams.detection.cues import CueSet, Vocabulary, cue_firsts
from streams.detection.normalize import normalize

__all__ = ["DEMONYM", "KeyInfo", "Matcher", "PlacePattern", "PlaceRef", "TermPattern", "TermRule", "build_matcher", "find_all"]

DEMONYM: Final = "demonym"  # the kind of a country's adjective ("Libyan"): context, never a place
_APOSTROPHES: Final = ("'", "’", "‘", "ʿ", "ʼ", "`")
_FINAL_H_MIN_LETTERS: Final = 5  # "Raqqa"/"Raqqah", "Susah" keeps its "h" ("susa"), "Anah" too ("ana" is a first name)
# Letters glued to a key beyond these lengths are never a proclitic or a suffix: the hit is inside
# another word.
MAX_PREFIX: Final = 6
MAX_SUFFIX: Final = 8


@dataclass(frozen=True, slots=True)
class TermRule:
    """What a mention of one term needs to count (shared by all the term's keys)."""

    category: str
    lang: str
    text: str
    anaphoric: bool
    count: bool
    window: int
    requires: CueSet
    requires_before: CueSet
    requires_after: CueSet
    excludes: CueSet
    excludes_before: CueSet
    excludes_after: CueSet
    excludes_in_clause: CueSet  # anywhere before the term in its clause
    keeps_in_clause: CueSet  # anywhere in its clause: overrides the term's own excludes
    requires_in_clause: CueSet  # (when not empty) also needed anywhere before the term in its clause
    yields: str = "sentence"  # where the category's yields_to absorb it: "sentence", "previous" or "never"
    yields_to: frozenset[str] | None = None  # the term's own yields_to, replacing its category's
    requires_later: CueSet | None = None  # (when given) also needed within `later_window` words after the term
    later_window: int = 0
    requires_in_sentence: CueSet | None = None  # (when given) also needed anywhere in the term's sentence
    sense_from_places: bool = True  # a gazetteer place in the sentence meets `requires_in_sentence` too
    excludes_object: CueSet | None = None  # (when given) cancelling context after the term, up to its clause's first pause
    headline_yields_to: frozenset[str] | None = None  # (in the title) yields to these told in a body telling none of its own
    # The first words of the cues each requirement needs (`requirements._unmet`): of `requires_in_clause` and of
    # `requires_later`, and of `requires`, `requires_before` and `requires_after` together; None when that requirement
    # is none, or its words cannot be searched as pieces of text (`cue_firsts`) or are too many to search for cheaply.
    clause_firsts: tuple[str, ...] | None = field(init=False, compare=False, hash=False)
    later_firsts: tuple[str, ...] | None = field(init=False, compare=False, hash=False)
    near_firsts: tuple[str, ...] | None = field(init=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "clause_firsts", None if self.requires_in_clause.empty else _searchable(self.requires_in_clause))
        object.__setattr__(self, "later_firsts", None if self.requires_later is None else _searchable(self.requires_later))
        near = None
        if not (self.requires.empty and self.requires_before.empty and self.requires_after.empty):
            sets = [_searchable(self.requires), _searchable(self.requires_before), _searchable(self.requires_after)]
            if all(firsts is not None for firsts in sets):
                near = tuple(sorted({word for firsts in sets if firsts is not None for word in firsts}))
                if len(near) > _MAX_FIRSTS:
                    near = None
        object.__setattr__(self, "near_firsts", near)


# A requirement whose cues begin with more first words than this is not searched for in the text before the words of
# a sentence are read (`requirements._unmet`): each search costs about as much as reading a word.
_MAX_FIRSTS: Final = 24


def _searchable(cues: CueSet) -> tuple[str, ...] | None:
    firsts = cue_firsts(cues)
    return firsts if firsts is not None and len(firsts) <= _MAX_FIRSTS else None


@dataclass(frozen=True, slots=True)
class TermPattern:
    rule: TermRule
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    dual: bool  # the key itself carries a dual suffix (first word of a phrase)


@dataclass(frozen=True, slots=True, eq=False)
class PlaceRef:
    """A gazetteer entry as events name it (one object per entry: compared by identity)."""

    place: str
    region: str | None
    country: str | None
    kind: str  # "country", "region" or the place kind
    ambiguous: bool = False
    locative_enough: bool = False  # an ambiguous name a locative alone licenses ("في جنين")
    home: bool = True  # a demonym's country, whose actor acts at home (`Country.acts_abroad` false)
    specificity: int = field(init=False, compare=False, hash=False)  # country 0, region 1, place 2

    def __post_init__(self) -> None:
        object.__setattr__(self, "specificity", {"country": 0, "authority": 0, "demonym": 0, "region": 1}.get(self.kind, 2))


@dataclass(frozen=True, slots=True)
class PlacePattern:
    ref: PlaceRef
    lang: str
    prefixes: frozenset[str]


@dataclass
class _Keys:
    entries: dict[str, list[TermPattern | PlacePattern]] = field(default_factory=dict)

    def add(self, key: str, pattern: TermPattern | PlacePattern) -> None:
        if key and not key.isspace():
            self.entries.setdefault(key, []).append(pattern)


def _as_term(entry: str | Term) -> Term:
    return entry if isinstance(entry, Term) else Term(text=entry)


def _word_forms(word: str, lexicon: Lexicon, inner: bool, with_suffix: bool) -> list[str]:
    stem, _, suffix_class = word.partition("|")
    stem = normalize(stem)
    prefixes = [normalize(p) for p in lexicon.inner_prefixes] if inner else [""]
    suffixes = [normalize(s) for s in lexicon.suffixes[suffix_class]] if (with_suffix and suffix_class) else [""]
    return [prefix + stem + suffix for prefix in prefixes for suffix in suffixes]


def _suffix_set(word: str, lexicon: Lexicon) -> frozenset[str]:
    _, _, suffix_class = word.partition("|")
    if not suffix_class:
        return frozenset({""})
    return frozenset(normalize(s) for s in lexicon.suffixes[suffix_class])


def _prefix_set(lexicon: Lexicon, name: str | None) -> frozenset[str]:
    name = name or lexicon.default_prefixes
    if name is None:
        return frozenset({""})
    return frozenset(normalize(p) for p in lexicon.prefixes[name])


def _add_term(
    keys: _Keys, lexicon: Lexicon, vocabulary: Vocabulary, category: str, term: Term, anaphoric: bool, dual_suffixes: frozenset[str]
) -> None:
    words = term.text.split()
    rule = TermRule(
        category=category,
        lang=lexicon.language,
        text=term.text,
        anaphoric=anaphoric,
        count=term.count,
        window=term.window,
        requires=vocabulary.cues(lexicon.expand(term.requires)),
        requires_before=vocabulary.cues(lexicon.expand(term.requires_before)),
        requires_after=vocabulary.cues(lexicon.expand(term.requires_after)),
        excludes=vocabulary.cues(lexicon.expand(term.excludes)),
        excludes_before=vocabulary.cues(lexicon.expand(term.excludes_before)),
        excludes_after=vocabulary.cues(lexicon.expand(term.excludes_after)),
        excludes_in_clause=vocabulary.cues(lexicon.expand(term.excludes_in_clause)),
        keeps_in_clause=vocabulary.cues(lexicon.expand(term.keeps_in_clause)),
        requires_in_clause=vocabulary.cues(lexicon.expand(term.requires_in_clause)),
        yields=term.yields,
        yields_to=frozenset(term.yields_to) if term.yields_to is not None else None,
        requires_later=vocabulary.cues(lexicon.expand(term.requires_later)) if term.requires_later else None,
        later_window=term.later_window,
        requires_in_sentence=vocabulary.cues(lexicon.expand(term.requires_in_sentence)) if term.requires_in_sentence else None,
        sense_from_places=term.sense_from_places,
        excludes_object=vocabulary.cues(lexicon.expand(term.excludes_object)) if term.excludes_object else None,
        headline_yields_to=frozenset(term.headline_yields_to) if term.headline_yields_to else None,
    )
    prefixes = _prefix_set(lexicon, term.prefixes)
    suffixes = _suffix_set(words[-1], lexicon)
    joiners = [" ", "-"] if lexicon.language != "ar" and len(words) > 1 else [" "]
    forms = [
        _word_forms(word, lexicon, inner=index > 0, with_suffix=index < len(words) - 1)
        for index, word in enumerate(words)
    ]
    first_stem = normalize(words[0].partition("|")[0])
    for combination in itertools.product(*forms):
        dual = len(words) > 1 and combination[0][len(first_stem):] in dual_suffixes
        for joiner in joiners:
            pattern = TermPattern(rule, prefixes, suffixes, dual)
            keys.add(joiner.join(combination), pattern)
            _add_article_variant(keys, joiner.join(combination), pattern, lexicon)


def _add_article_variant(keys: _Keys, key: str, pattern: TermPattern | PlacePattern, lexicon: Lexicon | None) -> None:
    """``الرقه`` after ``ل`` is written ``للرقه``: add ``لرقه`` with the prefixes ``ل`` ``ول`` ``فل``."""
    if not key.startswith("ال") or lexicon is None or "lam" not in lexicon.prefixes:
        return
    lam = frozenset(normalize(p) for p in lexicon.prefixes["lam"])
    if isinstance(pattern, TermPattern):
        keys.add(key[1:], TermPattern(pattern.rule, lam, pattern.suffixes, pattern.dual))
    else:
        keys.add(key[1:], PlacePattern(pattern.ref, pattern.lang, lam))


def _name_variants(name: str) -> set[str]:
    """Spelling variants of a Latin-script name: hyphen or space, any apostrophe or none."""
    base = normalize(name)
    variants = {base, base.replace("-", " "), base.replace(" ", "-")}
    for variant in list(variants):
        for apostrophe in _APOSTROPHES:
            if apostrophe in variant:
                for replacement in [*_APOSTROPHES, ""]:
                    variants.add(variant.replace(apostrophe, replacement))
    return variants


def _add_place(keys: _Keys, ref: PlaceRef, names: dict[str, list[str]], lexicons: dict[str, Lexicon]) -> None:
    for lang, spellings in names.items():
        lexicon = lexicons.get(lang)
        prefixes = _prefix_set(lexicon, "place") if lexicon is not None and "place" in lexicon.prefixes else frozenset({""})
        pattern = PlacePattern(ref, lang, prefixes)
        for spelling in spellings:
            for key in _name_variants(spelling):
                keys.add(key, pattern)
                _add_article_variant(keys, key, pattern, lexicon)


def _final_h_variants(key: str) -> list[str]:
    """A Latin name with one word's final "-ah" written "-a" or its final "-a" written "-ah": "qatabah" -> "qataba",
    "maariya" -> "maariyah" (both spellings of `_FINAL_H_MIN_LETTERS` letters or more: not "Anah" -> "ana")."""
    words = key.split(" ")
    variants: list[str] = []
    for index, word in enumerate(words):
        last = word.rsplit("-", 1)[-1]
        if len(last) < _FINAL_H_MIN_LETTERS or not last.isascii() or not last.isalpha():
            continue
        if word.endswith("ah"):
            if len(last) == _FINAL_H_MIN_LETTERS:
                continue  # "susah" -> "susa" would be shorter than the least
            changed = word[:-1]
        elif word.endswith("a"):
            changed = word + "h"
        else:
            continue
        variants.append(" ".join([*words[:index], changed, *words[index + 1:]]))
    return variants


def _add_final_h_variants(
    keys: _Keys, refs: list[tuple[PlaceRef, dict[str, list[str]]]], lexicons: dict[str, Lexicon]
) -> None:
    """English transliterations drop or add a final "h" ("Qatabah"/"Qataba", "Maariya"/"Maariyah"): each place's
    Latin names get the other spelling, unless it is already a key (another place's name, a term) or the variant of
    more than one place ("Juba"/"Al-Jubah" keep their own)."""
    owners: dict[str, list[PlacePattern]] = {}
    for ref, names in refs:
        if ref.kind == DEMONYM:
            continue
        for lang, spellings in names.items():
            if lang == "ar":
                continue
            lexicon = lexicons.get(lang)
            prefixes = _prefix_set(lexicon, "place") if lexicon is not None and "place" in lexicon.prefixes else frozenset({""})
            for spelling in spellings:
                for key in _name_variants(spelling):
                    for variant in _final_h_variants(key):
                        if variant not in keys.entries:
                            owners.setdefault(variant, []).append(PlacePattern(ref, lang, prefixes))
    for variant, patterns in owners.items():
        if all(pattern.ref is patterns[0].ref for pattern in patterns):
            keys.add(variant, patterns[0])


def _shared_refs(gazetteer: Gazetteer) -> Iterable[tuple[PlaceRef, dict[str, list[str]]]]:
    """The places' shared names (compiled after every other name: never the default reading)."""
    countries = {country.id: country.name for country in gazetteer.countries}
    regions = {region.id: region for region in gazetteer.regions}
    for place in gazetteer.places:
        if place.shared_names is not None:
            yield _place_ref(place, place.name, countries, regions), place.shared_names.by_language()


def _place_refs(gazetteer: Gazetteer) -> Iterable[tuple[PlaceRef, dict[str, list[str]]]]:
    countries = {country.id: country.name for country in gazetteer.countries}
    regions = {region.id: region for region in gazetteer.regions}
    for country in gazetteer.countries:
        yield PlaceRef(country.name, None, country.name, "country"), country.names.by_language()
        if country.demonyms is not None:  # never a place: only what a shared place name reads as
            yield PlaceRef(country.name, None, country.name, DEMONYM, home=not country.acts_abroad), country.demonyms.by_language()
    for region in gazetteer.regions:
        yield PlaceRef(region.name, region.name, countries[region.country], "region"), region.names.by_language()
    for place in gazetteer.places:
        # a domestic authority names no place of its own: its events are its region's or country's
        name = "" if place.kind == "authority" else place.name
        yield _place_ref(place, name, countries, regions), place.names.by_language()


def _place_ref(place: Place, name: str, countries: dict[str, str], regions: dict[str, Region]) -> PlaceRef:
    """A gazetteer place as a match target: itself, its region's name and its country's."""
    if place.region is not None:
        region = regions[place.region]
        return PlaceRef(name, region.name, countries[region.country], place.kind, place.ambiguous, place.locative_enough)
    return PlaceRef(name, None, countries[place.country or ""], place.kind, place.ambiguous, place.locative_enough)


# What a key stands for: (term patterns, place patterns, longest allowed proclitic, longest
# allowed suffix). The last two are capped at `MAX_PREFIX` and `MAX_SUFFIX`; the scan walks no
# further over the letters glued to a hit.
KeyInfo = tuple[tuple[TermPattern, ...], tuple[PlacePattern, ...], int, int]
_SURROGATES: Final = re.compile("[\ud800-\udfff]")


class Matcher:
    """Every occurrence of every key in a text, overlapping ones included, in one native pass.

    The pass also finds the sentence delimiters (``markers``): their hits carry an index of
    ``len(keys)`` and up, so the text is walked once for both; and ``extra`` keys after them
    (the words of `CueFinder`), from index ``extra_start`` on."""

    __slots__ = ("_automaton", "countrysides", "extra_start", "keys")

    def __init__(self, keys: dict[str, KeyInfo], markers: tuple[str, ...] = (), extra: tuple[str, ...] = ()) -> None:
        self.keys: list[KeyInfo] = list(keys.values())
        # per language: a place -> the region its countryside is ("دمشق" -> Rif Dimashq), see `countryside_regions`
        self.countrysides: dict[str, dict[PlaceRef, PlaceRef]] = {}
        patterns = [*keys, *(marker for marker in markers if marker not in keys)]
        # the ``extra`` keys' hits (another reader's words, found in the same pass) carry indices from here on
        self.extra_start = len(patterns)
        patterns.extend(extra)
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                patterns, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=ahocorasick_rs.Implementation.DFA
            )
            if patterns
            else None
        )

    def hits(self, text: str) -> list[tuple[int, int, int]]:
        """``(index, start, end)`` of every key (index in ``keys``) and marker (index ``len(keys)``
        and up) occurrence in ``text``."""
        if self._automaton is None:
            return []
        return find_all(self._automaton, text, overlapping=True)


def find_all(automaton: ahocorasick_rs.AhoCorasick, text: str, overlapping: bool) -> list[tuple[int, int, int]]:
    """``(index of the key, start, end)`` of the automaton's keys in ``text``."""
    try:
        return automaton.find_matches_as_indexes(text, overlapping=overlapping)
    except UnicodeEncodeError:
        # Lone surrogates cannot be UTF-8 encoded; no key contains one, so a one-to-one
        # replacement keeps every hit and every offset.
        return automaton.find_matches_as_indexes(_SURROGATES.sub("\ufffd", text), overlapping=overlapping)


def build_matcher(
    lexicons: dict[str, Lexicon], gazetteer: Gazetteer | None, vocabularies: dict[str, Vocabulary],
    markers: tuple[str, ...] = (), extra: tuple[str, ...] = (),
) -> Matcher:
    """One automaton for every language's terms and every place name, and the ``markers``; the
    terms' context cues are registered in their language's vocabulary."""
    keys = _Keys()
    for lang, lexicon in lexicons.items():
        vocabulary = vocabularies[lang]
        dual_suffixes = frozenset(normalize(s) for s in lexicon.numbers.dual_suffixes)
        for category, entries in lexicon.categories.items():
            for entry in entries.terms:
                _add_term(keys, lexicon, vocabulary, category, _as_term(entry), False, dual_suffixes)
            for entry in entries.anaphora:
                _add_term(keys, lexicon, vocabulary, category, _as_term(entry), True, dual_suffixes)
    if gazetteer is not None:
        refs = list(_place_refs(gazetteer))
        for ref, names in refs:
            _add_place(keys, ref, names, lexicons)
        for ref, names in _shared_refs(gazetteer):
            _add_place(keys, ref, names, lexicons)
        _add_final_h_variants(keys, refs, lexicons)
    infos: dict[str, KeyInfo] = {}
    for key, patterns in keys.entries.items():
        terms = tuple(p for p in patterns if isinstance(p, TermPattern))
        places = tuple(p for p in patterns if isinstance(p, PlacePattern))
        max_prefix = max(len(prefix) for pattern in patterns for prefix in pattern.prefixes)
        max_suffix = max((len(suffix) for term in terms for suffix in term.suffixes), default=0)
        infos[key] = (terms, places, min(max_prefix, MAX_PREFIX), min(max_suffix, MAX_SUFFIX))
    matcher = Matcher(infos, markers, extra)
    if gazetteer is not None:
        matcher.countrysides = {lang: countryside_regions(lexicon, lang, refs) for lang, lexicon in lexicons.items()}
    return matcher


def countryside_regions(
    lexicon: Lexicon, lang: str, refs: list[tuple[PlaceRef, dict[str, list[str]]]]
) -> dict[PlaceRef, PlaceRef]:
    """Each place whose countryside is a region of its own: "<countryside word> <name>" is a name of that
    region in ``lang`` ("ريف دمشق" is Rif Dimashq, so Damascus -> Rif Dimashq)."""
    words = [normalize(word) for word in lexicon.countryside_words if word]
    if not words:
        return {}
    regions: dict[str, PlaceRef] = {}
    for ref, names in refs:
        if ref.kind == "region":
            for name in names.get(lang, []):
                regions.setdefault(normalize(name), ref)
    found: dict[PlaceRef, PlaceRef] = {}
    for ref, names in refs:
        if ref.kind in ("country", DEMONYM, "authority"):
            continue
        for name in names.get(lang, []):
            for word in words:
                region = regions.get(f"{word} {normalize(name)}")
                if region is not None and region.region != ref.region:
                    found.setdefault(ref, region)
    return found
