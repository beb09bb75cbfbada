"""A wire dateline ("CITY, Country (Agency) —") ends a sentence: the lede after it opens its own.

Without the split, a lede's opening time adverbial ("In 2014, ...") stood after the dateline's
words and no longer opened the sentence, so a dated lede read as news.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector

AS_OF = datetime(2026, 11, 26, tzinfo=UTC)


def _categories(detector: Detector, text: str, lang: str = "en") -> set[str]:
    return {event.category for event in detector.tag(text, lang=lang, published_at=AS_OF).events}


@pytest.mark.parametrize("dateline", [
    "ALEPPO, Syria —", "ALEPPO, Syria (AP) —", "Aleppo (AFP) -", "ALEPPO, Nov 20 (Reuters) -", "ALEPPO, Syria –",
])
def test_a_lede_dated_years_back_after_a_dateline_is_history(detector: Detector, dateline: str) -> None:
    assert _categories(detector, f"{dateline} In 2016, government jets bombed the eastern districts for weeks.") == set()


@pytest.mark.parametrize("dateline", ["ALEPPO, Syria —", "BEIRUT (Reuters) -"])
def test_todays_news_after_a_dateline_stays(detector: Detector, dateline: str) -> None:
    assert _categories(detector, f"{dateline} Government jets bombed the eastern districts of Aleppo on Tuesday.") == {"airstrike"}


def test_a_dash_inside_a_sentence_splits_nothing(detector: Detector) -> None:
    # no comma after the first word, no agency in parentheses: an aside, not a dateline
    assert _categories(detector, "Jets — and drones — struck the outskirts of Idlib on Monday.") == {"airstrike"}
    assert _categories(detector, "In 2016 — the year the siege ended — jets bombed the eastern districts of Aleppo.") == set()


def test_an_arabic_agency_dateline_ends_the_sentence(detector: Detector) -> None:
    assert _categories(detector, "حلب (وكالات) - في عام 2016 قصفت الطائرات الأحياء الشرقية لأسابيع.", "ar") == set()
    assert _categories(detector, "حلب (وكالات) - قصفت الطائرات الأحياء الشرقية لمدينة حلب اليوم.", "ar") == {"airstrike"}
