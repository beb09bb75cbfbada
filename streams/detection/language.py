"""The language of an article: the record's ``lang`` when it has one, else guessed from the script.

The guess counts a few frequent letters of each script in the first characters of the article
(`str.count` is a C loop; no per-character Python). Arabic script is Arabic unless Persian or Urdu
letters dominate; Latin script is English (the only Latin-script lexicon shipped); other scripts get
their main language; no letters at all is ``"und"``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["canonical_lang", "detect_language"]

_SAMPLE_CHARS: Final = 1500
_LANG_CODE: Final = re.compile(r"^[a-z]{2,3}$")

# (language, letters frequent in that language's script)
_SCRIPTS: Final[tuple[tuple[str, str], ...]] = (
    ("ar", "اليمنوهرب"),
    ("en", "etaoinsrhl"),
    ("ru", "оеаинтсрвл"),
    ("el", "αοετινσρκπ"),
    ("he", "יוהלארמבנת"),
    ("hi", "कहरनसमतलपय"),
    ("zh", "的一是不了人我在有他这中"),
    ("ja", "のにはをたがでてとしれさ"),
    ("ko", "이다는의에가를고하지"),
    ("th", "านอรกมงเยล"),
    ("hy", "աեոիրնսկտլ"),
    ("ka", "აიესროლნმდ"),
)
_PERSIAN: Final = "پچژگی"
_URDU: Final = "ےٹڈںھ"


def canonical_lang(lang: str | None) -> str | None:
    """``"AR-sy"`` -> ``"ar"``; ``None`` or an unusable value -> ``None``."""
    if not lang:
        return None
    primary = lang.strip().lower().replace("_", "-").split("-", 1)[0]
    return primary if _LANG_CODE.match(primary) else None


def detect_language(text: str) -> str:
    """Guess the language of ``text`` from its script (see the module docstring)."""
    sample = text[:_SAMPLE_CHARS]
    best, best_score = "und", 0
    for lang, letters in _SCRIPTS:
        score = sum(sample.count(letter) for letter in letters)
        if score > best_score:
            best, best_score = lang, score
    if best == "ar":
        persian = sum(sample.count(letter) for letter in _PERSIAN)
        urdu = sum(sample.count(letter) for letter in _URDU)
        arabic_yeh = sample.count("ي") + sample.count("ة")
        if urdu > arabic_yeh and urdu >= persian:
            return "ur"
        if persian > arabic_yeh:
            return "fa"
    return best
