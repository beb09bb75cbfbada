"""The month before the article's, named, dates a single event or a tally as "last month" does (stop 23).

The labeling README ("The month before the article's"): a single event or a tally dated "last month" is background
("documented 90 arrests last month"); "the heaviest strikes since last month" is a comparison (news), and last month
dating another noun of a clause told as today's leaves that clause's event news. A named month just before the
article's ("in October" in a November report, "in December" in a January one) is that "last month". A month standing
right before the mention, joined to it by a preposition of time ("detained in September during a sit-in"), dates it too.

Every sentence here is written for this file; none is taken from an evaluation set. Near misses (a day of the news,
"this month", the article's own month, a comparison, another month's noun) must keep firing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories

JANUARY = datetime(2027, 1, 20, tzinfo=UTC)

# --- 1. the month just before the article's, right after the mention ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The monitor documented 90 arrests in October across Deir ez-Zor province.", "arrest"),
        ("Teachers held a sit-in in October outside the ministry in Erbil.", "protest"),
        ("The group recorded 14 protests during October in Sweida province.", "protest"),
        ("وثقت الشبكة 90 حالة اعتقال في تشرين الأول في محافظة دير الزور.", "arrest"),
        ("ونفذ المعلمون اعتصاما في أكتوبر أمام مبنى الوزارة في أربيل.", "protest"),
        ("وسجلت المنظمة 40 حالة اعتقال خلال شهر أكتوبر في ريف حلب.", "arrest"),
    ],
)
def test_the_month_before_dates_an_event_or_a_tally(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The monitor documented 90 arrests in December across Deir ez-Zor province.", "arrest"),
        ("وثقت الشبكة 90 حالة اعتقال في كانون الأول في محافظة دير الزور.", "arrest"),
    ],
)
def test_december_is_the_month_before_in_january(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text, published_at=JANUARY)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police arrested 12 people in Homs on Monday, the most in a day since October.", "arrest"),
        ("Police arrested 12 people in Homs this month, the monitor said.", "arrest"),
        ("The monitor documented 90 arrests in November across Deir ez-Zor province.", "arrest"),
        ("Students rallied on Thursday against arrests made in October.", "protest"),
        ("اعتقلت قوات الأمن 12 شخصا في حمص يوم الاثنين، وهو العدد الأكبر منذ أكتوبر.", "arrest"),
        ("وثقت الشبكة 90 حالة اعتقال في تشرين الثاني في محافظة دير الزور.", "arrest"),
        ("تظاهر طلاب يوم الخميس احتجاجا على اعتقالات جرت في تشرين الأول.", "protest"),
    ],
)
def test_the_news_beside_the_month_before_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


def test_january_is_the_news_in_a_january_article(detector: Detector) -> None:
    text = "The monitor documented 90 arrests in January across Deir ez-Zor province."
    assert "arrest" in categories(detector, text, published_at=JANUARY)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police have arrested more than 300 people in Daraa since October 1, the monitor said.", "arrest"),
        ("واعتقلت قوات الأمن أكثر من 300 شخص في درعا منذ مطلع تشرين الأول.", "arrest"),
    ],
)
def test_a_tally_since_an_earlier_month_is_background(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police have arrested more than 30 people in Daraa since November 1, the monitor said.", "arrest"),
        ("واعتقلت قوات الأمن أكثر من 30 شخصا في درعا منذ مطلع تشرين الثاني.", "arrest"),
    ],
)
def test_a_tally_since_the_articles_month_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 2. a month right before the mention, joined to it by a preposition of time -----------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police also released 27 people detained in September during a land-rights sit-in in Sunsari.", "protest"),
        ("The court freed 14 men held in October during a strike at the port of Basra.", "protest"),
        ("وأفرجت الشرطة عن 27 شخصا اعتقلوا في أيلول خلال اعتصام في السويداء.", "protest"),
        ("وأطلقت المحكمة سراح 14 عاملا أوقفوا في أكتوبر أثناء إضراب في ميناء البصرة.", "protest"),
    ],
)
def test_a_month_right_before_dates_the_mention(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("On Monday farmers held a land-rights sit-in in Sunsari, as they did in September.", "protest"),
        ("Police detained 27 people on Monday in September Square during a sit-in.", "protest"),
        ("Police dispersed a sit-in in Sunsari, the first since September.", "protest"),
        ("فرقت الشرطة يوم الاثنين اعتصاما في السويداء، كما فعلت في أيلول.", "protest"),
        ("واعتقلت الشرطة صباح اليوم 27 شخصا في أيلول خلال اعتصام في السويداء.", "protest"),
    ],
)
def test_the_news_beside_a_month_before_it_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


def test_december_opening_a_january_sentence_dates_it(detector: Detector) -> None:
    """"In December, ..." opens a January sentence with last month; a full date with its year is the year's to date."""
    assert "airstrike" not in categories(detector, "In December, warplanes struck the town of Ariha in Idlib.", published_at=JANUARY)
    text = "On January 12, warplanes struck the town of Ariha in Idlib."
    assert "airstrike" in categories(detector, text, published_at=JANUARY)
