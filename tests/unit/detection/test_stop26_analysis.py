"""Analysis pages: stop 26's probe of real long-form analysis, weekly reviews, explainers and op-eds (kept outside the repo).

An analysis recaps earlier years, weighs scenarios and names what is only threatened; its false positives were the target.
Classes, each beside the near misses that must keep firing (AS_OF is 25 November 2026):

1. A withdrawal as an analysis's topic in Arabic: indicators of it («غياب مؤشرات على انسحاب»), its file («ملف انسحاب»),
   its implications («تداعيات الانسحاب»), a direction taken towards it («يتجه نحو انسحاب»); and a repositioning only
   attempted («محاولة بعضها إعادة التموضع»).
2. A forecast that something is unlikely («من غير المرجح أن تستأنف روسيا العمليات العسكرية»).
3. English operations told as near or held up ("an imminent military operation", "on the brink of launching", "what's
   delaying", "postponed the offensive"), or as what something paves the way for; a withdrawal's own timeline ("a clear
   timeline for its withdrawal").
4. Spans of months ("in the last two months") are background, as "in recent months" is.
5. Dates: a year told by its part ("since mid-2019"); a full date after the mention across its comma ("on February 23,
   2018,"); a day joined to its month by «من» («في السادس من آذار»); an opening adverbial past a part of the day ("On the
   morning of 10 October,"); the start of the year as an opening era; a "since" phrase dating its event by an earlier month ("Since the fall of the regime last
   December"); a time adverbial with an era or a past year opening a clause inside the sentence («..., وفي الأشهر
   الأخيرة، واجهوا ضربات جوية»).
6. Weapons as a stock or an industry are no fire ("its rocket arsenal", «إنتاج الصواريخ»); air defences repelling an
   air attack are no clash («دفاعاتها الجوية تمكنت من صد الهجوم»); a capital captured is no arrest.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories

# --- 1. a withdrawal as a topic; a repositioning attempted -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ورغم غياب أي مؤشرات جدية على انسحاب روسي قريب من القامشلي، يتواصل الجدل حول مستقبل القاعدة.",
        "عاد ملف انسحاب القوات الأجنبية من الجنوب إلى واجهة النقاش في البرلمان.",
        "يناقش الباحث في ورقته تداعيات الانسحاب الأمريكي من قاعدة التنف على توازن القوى في البادية.",
        "ويرى محللون أن الموقف الأمريكي يتجه نحو انسحاب تدريجي من شرق الفرات خلال العامين المقبلين.",
        "تتسم المرحلة بالاستقطاب الحاد مع محاولة كل طرف إعادة التموضع في ريف حلب بما يخدم مصالحه.",
    ],
)
def test_a_withdrawal_as_a_topic_is_none(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "انسحبت القوات الحكومية نحو المطار بعد اشتباكات عنيفة في أطراف البلدة.",
        "أعادت القوات التركية التموضع في ريف إدلب الجنوبي بعد انسحابها من نقطة المراقبة.",
        "بدأت القوات الروسية إعادة التموضع في محيط مطار القامشلي صباح اليوم.",
        "دخلت قوات الأمن البلدة بعد انسحاب المسلحين منها فجر اليوم.",
    ],
)
def test_a_withdrawal_reported_keeps_firing(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text, lang="ar")


# --- 2. a forecast that it is unlikely -------------------------------------------------------------------------------


def test_an_unlikely_resumption_is_none(detector: Detector) -> None:
    text = "ويقدّر التقرير أنه من غير المرجح أن تستأنف القوات الحكومية العمليات العسكرية الواسعة في ريف حماة."
    assert "military_operation" not in categories(detector, text, lang="ar")


def test_a_resumed_campaign_keeps_firing(detector: Detector) -> None:
    text = "استأنفت القوات الحكومية صباح اليوم حملة عسكرية واسعة في ريف حماة الشمالي."
    assert "military_operation" in categories(detector, text, lang="ar")


# --- 3. operations near or held up; a withdrawal's timeline ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Markets wobbled after Ankara's warnings of an imminent military operation against the Kurdish-led force.",
        "The region ends the week with the army on the brink of launching a ground offensive into the enclave.",
        "What is delaying the army's ground operation in the northern districts?",
        "The general staff postponed the offensive on the river crossing because of the floods.",
        "Talks collapsed in March, paving the way for the army to launch a cross-border incursion.",
    ],
)
def test_an_operation_near_or_held_up_is_none(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "The army launched a ground offensive against the rebel-held districts on Monday.",
        "Troops began an operation in the northern districts on Tuesday, the ministry said.",
    ],
)
def test_an_operation_launched_keeps_firing(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text, lang="en")


def test_a_withdrawal_timeline_is_none(detector: Detector) -> None:
    text = "Until the government sets out a timetable for its withdrawal from the border zone, the militias will keep up attacks."
    assert "withdrawal" not in categories(detector, text, lang="en")


def test_a_completed_withdrawal_keeps_firing(detector: Detector) -> None:
    text = "The troops completed their withdrawal from the border base on Monday, local officials said."
    assert "withdrawal" in categories(detector, text, lang="en")


# --- 4. spans of months ----------------------------------------------------------------------------------------------


def test_a_span_of_months_is_background(detector: Detector) -> None:
    text = "In the last two months, militants have claimed two major ambushes on army convoys near Kirkuk."
    assert "armed_clash" not in categories(detector, text, lang="en")


def test_the_days_attack_compared_with_a_span_keeps_firing(detector: Detector) -> None:
    text = "Militants ambushed an army convoy near Kirkuk on Monday, the deadliest attack in the past two months."
    assert "armed_clash" in categories(detector, text, lang="en")


# --- 5. dates --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Since mid-2019, Ankara has relied on armed drones to hit the group's bases in the mountains of northern Iraq.", "en",
         "airstrike"),
        ("Two car bombs rocked the capital's port district on March 4, 2017, followed by heavy gunfire.", "en", "explosion"),
        ("اعتُقل في السادس من آذار على حاجز للأمن العسكري قرب حمص، بحسب عائلته.", "ar", "arrest"),
        ("On the evening of 12 September, two suicide bombers blew themselves up in a crowded market in the provincial capital, killing 40.", "en",
         "explosion"),
        ("Since the collapse of the truce last February, militias have shelled the villages on the river hundreds of times.", "en",
         "shelling"),
        ("والجماعة محاصرة منذ سنوات، وفي الأشهر الأخيرة، تعرضت مواقعها لغارات جوية متكررة من طائرات التحالف.", "ar",
         "airstrike"),
        ("The valley was calm for a decade, but in 2018, artillery shelled its villages for weeks.", "en", "shelling"),
        ("At the beginning of the year, the militias withdrew from the villages along the river.", "en", "withdrawal"),
    ],
)
def test_a_dated_past_is_background(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Since mid-November, Ankara has carried out drone strikes on the group's bases in northern Iraq.", "en", "airstrike"),
        ("Two car bombs rocked the capital's port district on November 23, 2026, followed by heavy gunfire.", "en", "explosion"),
        ("اعتُقل في السادس من تشرين الثاني على حاجز للأمن العسكري قرب حمص، بحسب عائلته.", "ar", "arrest"),
        ("On the evening of 22 November, two suicide bombers blew themselves up in a crowded market in the provincial capital, killing 40.", "en",
         "explosion"),
        ("The valley was calm for a decade, but on Monday, artillery shelled its villages for hours.", "en", "shelling"),
        ("والجماعة محاصرة منذ سنوات، واليوم، تعرضت مواقعها لغارات جوية من طائرات التحالف.", "ar", "airstrike"),
        ("At the start of the week, the militias withdrew from the villages along the river.", "en", "withdrawal"),
    ],
)
def test_the_days_event_keeps_firing(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category in categories(detector, text, lang=lang)


# --- 6. stocks of weapons, air defences, a capital captured ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("The army holds back as long as the militia does not bombard the towns with its rocket arsenal.", "en", "shelling"),
        ("وقال الوزير إن الغارات استهدفت مواقع الدفاع الجوي ومصانع إنتاج الصواريخ.", "ar", "shelling"),
        ("وأعلنت طهران أن دفاعاتها الجوية تمكنت من صد الهجوم الإسرائيلي على العاصمة.", "ar", "armed_clash"),
        ("Rebels captured the provincial capital after a three-day push, residents said.", "en", "arrest"),
    ],
)
def test_a_stock_a_defence_or_a_city_taken_is_none(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("The militia bombarded the border towns with rockets on Monday, the army said.", "en", "shelling"),
        ("أطلق الحزب عشرات الصواريخ على بلدات الجليل الأعلى مساء اليوم.", "ar", "shelling"),
        ("صدت قوات الجيش هجوماً لمسلحين على حاجز قرب درعا فجر اليوم.", "ar", "armed_clash"),
    ],
)
def test_fire_and_a_repelled_ground_attack_keep_firing(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category in categories(detector, text, lang=lang)
