"""The words people use for categories, severities and places, in English and Arabic.

Used to read `/subscribe` arguments and to write alert messages in the chat's language. Names
are matched after a light normalization (case, Arabic diacritics and tatweel, hamza forms of
alef, taa marbuta, alef maqsura, the article ال), enough for command arguments typed by hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

Language = str  # "en" or "ar"
LANGUAGES: tuple[str, ...] = ("en", "ar")

SEVERITIES: tuple[str, ...] = ("info", "warning", "critical")


@dataclass(frozen=True)
class Category:
    name: str
    labels: dict[str, str]
    aliases: tuple[str, ...]


CATEGORIES: dict[str, Category] = {
    category.name: category
    for category in (
        Category("airstrike", {"en": "Airstrike", "ar": "غارة جوية"},
                 ("airstrikes", "air strike", "air strikes", "غارة", "غارات", "غارة جوية", "غارات جوية", "قصف جوي")),
        Category("withdrawal", {"en": "Withdrawal", "ar": "انسحاب"},
                 ("withdrawals", "انسحاب", "انسحابات")),
        Category("shelling", {"en": "Shelling", "ar": "قصف"},
                 ("shellings", "قصف", "قصف مدفعي")),
        Category("armed_clash", {"en": "Armed clash", "ar": "اشتباك مسلح"},
                 ("armed clash", "armed clashes", "clash", "clashes", "اشتباك", "اشتباكات", "اشتباك مسلح",
                  "اشتباكات مسلحة")),
        Category("explosion", {"en": "Explosion", "ar": "انفجار"},
                 ("explosions", "انفجار", "انفجارات", "تفجير", "تفجيرات")),
        Category("military_operation", {"en": "Military operation", "ar": "عملية عسكرية"},
                 ("military operation", "military operations", "operation", "عملية عسكرية", "عمليات عسكرية")),
        Category("arrest", {"en": "Arrest", "ar": "اعتقال"},
                 ("arrests", "اعتقال", "اعتقالات", "احتجاز")),
        Category("protest", {"en": "Protest", "ar": "احتجاج"},
                 ("protests", "احتجاج", "احتجاجات", "مظاهرة", "مظاهرات", "تظاهرة")),
    )
}

SEVERITY_LABELS: dict[str, dict[str, str]] = {
    "info": {"en": "info", "ar": "معلومات"},
    "warning": {"en": "warning", "ar": "تحذير"},
    "critical": {"en": "critical", "ar": "حرج"},
}
_SEVERITY_ALIASES: dict[str, tuple[str, ...]] = {
    "info": ("info", "information", "معلومات", "معلومة"),
    "warning": ("warning", "warn", "تحذير", "تنبيه"),
    "critical": ("critical", "crit", "حرج", "حرجة", "خطير", "خطيرة"),
}

_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_SEPARATORS = re.compile(r"[\s_\-‐–—]+")


def fold(text: str) -> str:
    """Normalize a name for lookup: case, spacing, hyphens and Arabic spelling variants."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DIACRITICS.sub("", text).translate(_ARABIC_FOLD)
    return _SEPARATORS.sub(" ", text).strip()


def _without_article(folded: str) -> str:
    return " ".join(word[2:] if word.startswith("ال") and len(word) > 3 else word for word in folded.split())


def _index(names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in names.items():
        for alias in (canonical, *aliases):
            index[fold(alias)] = canonical
            index[_without_article(fold(alias))] = canonical
    return index


_CATEGORY_INDEX = _index({name: (*category.aliases, category.labels["en"], category.labels["ar"])
                          for name, category in CATEGORIES.items()})
_SEVERITY_INDEX = _index(_SEVERITY_ALIASES)


def _lookup(index: dict[str, str], text: str) -> str | None:
    folded = fold(text)
    return index.get(folded) or index.get(_without_article(folded))


def category_from_words(text: str) -> str | None:
    """The category a user means by ``text`` (``غارات`` → ``airstrike``), or None."""
    return _lookup(_CATEGORY_INDEX, text)


def severity_from_word(text: str) -> str | None:
    return _lookup(_SEVERITY_INDEX, text)


def category_label(category: str, language: Language) -> str:
    known = CATEGORIES.get(category)
    if known is None:
        return category.replace("_", " ")
    return known.labels.get(language, known.labels["en"])


def severity_label(severity: str, language: Language) -> str:
    return SEVERITY_LABELS.get(severity, {}).get(language, severity)


@dataclass(frozen=True)
class PlaceName:
    """A region or country as alerts name it (``canonical``), with its names per language."""

    canonical: str
    kind: str  # "region" or "country"
    names: dict[str, str]  # the name shown per language
    aliases: tuple[str, ...] = ()  # every other spelling that means it


class Places:
    """Region and country names from the gazetteer, both ways: typed text → canonical name
    (what alerts carry in ``region``/``country``) and canonical name → name in a language.

    Without a gazetteer every text is accepted as typed and shown as stored.
    """

    def __init__(self, places: list[PlaceName] | None = None) -> None:
        self._places = places or []
        self._by_name: dict[str, PlaceName] = {}
        self._by_canonical: dict[str, PlaceName] = {}
        for place in self._places:
            self._by_canonical[fold(place.canonical)] = place
            for name in (place.canonical, *place.names.values(), *place.aliases):
                self._by_name.setdefault(fold(name), place)
                self._by_name.setdefault(_without_article(fold(name)), place)

    @property
    def known(self) -> bool:
        """True when a gazetteer was loaded (so unknown names can be refused)."""
        return bool(self._places)

    @classmethod
    def from_gazetteer_file(cls, path: str | Path | None) -> Places:
        """Load region and country names; an absent file gives the accept-anything variant."""
        if path is None or not Path(path).is_file():
            return cls()
        from config.gazetteer import load_gazetteer

        gazetteer = load_gazetteer(path)
        places: list[PlaceName] = []
        for kind, entries in (("country", gazetteer.countries), ("region", gazetteer.regions)):
            for entry in entries:
                by_language = entry.names.by_language()
                aliases = tuple(name for names in by_language.values() for name in names)
                places.append(PlaceName(entry.name, kind, _first_names(by_language, entry.name), aliases))
        return cls(places)

    def resolve(self, text: str) -> PlaceName | None:
        """The region or country ``text`` names; None when a gazetteer is loaded and it does not
        know the name. Without a gazetteer, the text itself (trimmed)."""
        cleaned = " ".join(text.split())[:64]
        if not cleaned:
            return None
        if not self._places:
            return PlaceName(cleaned, "region", {})
        folded = fold(cleaned)
        return self._by_name.get(folded) or self._by_name.get(_without_article(folded))

    def display(self, canonical: str, language: Language) -> str:
        """The name to show for a canonical region or country name, in ``language``."""
        place = self._by_canonical.get(fold(canonical))
        if place is None:
            return canonical
        return place.names.get(language, place.canonical)


def _first_names(by_language: dict[str, list[str]], canonical: str) -> dict[str, str]:
    names = {language: names[0] for language, names in by_language.items() if names}
    names["en"] = canonical
    return names
