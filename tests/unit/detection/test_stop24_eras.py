"""Spans and times of a long war that date a clause as its past (stop 24, from the probe of real news).

Real pages tell the background of a place or a group as a span of the past year ("have fired hundreds of missiles
at the city over the past year") or as the first or fiercest time of a war ("the site of mass protests early in
the civil war", «في ذروة المعارك»): lexicon data only (`history.recent_eras`, `history.era_cues`). The day's news
beside them still fires, and "since the start of the war" stays a comparison's point ("the heaviest raids since
the start of the war"). Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def _categories(detector: Detector, text: str, lang: str) -> set[str]:
    return {event.category for event in detector.tag(text, lang=lang, published_at=AS_OF).events}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian forces have fired hundreds of missiles at the city over the past year.", "en"),
        ("Police have arrested more than 300 activists over the last two years, the group said.", "en"),
        ("The square was the site of mass protests early in the civil war.", "en"),
        ("At the height of the fighting, jets struck the town daily.", "en"),
        ("In the first days of the war, rebels ambushed army convoys on the highway.", "en"),
        ("كانت الساحة مسرحا لاحتجاجات واسعة في بداية الحرب.", "ar"),
        ("في ذروة المعارك كانت الطائرات تقصف البلدة يوميا.", "ar"),
        ("في الأيام الأولى للحرب نصب المسلحون كمائن لقوافل الجيش على الطريق الدولي.", "ar"),
    ],
)
def test_a_span_or_time_of_a_long_war_is_the_past(detector: Detector, text: str, lang: str) -> None:
    assert _categories(detector, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Jets struck the town on Monday, the heaviest raids since the start of the war.", "en", "airstrike"),
        ("Hundreds protested in the square on Friday, which saw mass protests early in the war.", "en", "protest"),
        ("Russian forces fired missiles at the city on Tuesday, officials said.", "en", "shelling"),
        ("شنت الطائرات اليوم غارات على البلدة هي الأعنف منذ بداية الحرب.", "ar", "airstrike"),
        ("تظاهر المئات صباح اليوم الجمعة في الساحة التي شهدت احتجاجات في بداية الحرب.", "ar", "protest"),
        ("تظاهر المئات اليوم في الساحة، كما فعلوا في بداية الحرب.", "ar", "protest"),
    ],
)
def test_the_day_s_news_beside_a_war_s_past_still_fires(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category in _categories(detector, text, lang)
