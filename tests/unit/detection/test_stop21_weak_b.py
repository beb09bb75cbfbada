"""Stop 21, precision of explosion, airstrike and armed_clash on whole articles, fixed by class in both languages: a
fact-check (the strikes and blasts it names are claims weighed), years told as passed since an event («عشر سنوات مرت على
التفجير», "ten years have passed since the bombing"), a market's moods that "clash" and its "strike on short sellers".

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses: the
same words telling news, which must stay events."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories

# --- 1. a fact-check: its title or its first line names it, and its strikes and blasts are claims ---------------------

FACT_CHECKS = [
    ("Fact check: video of 'airstrike on Homs' is from 2016",
     "A clip shared on Sunday claims to show Russian jets bombing the Waer district of Homs. Posts say \"at least four strikes\" "
     "hit the area.\n\nThe footage was filmed in 2016. A reverse image search leads to an upload from that year."),
    ("Misleading video: no car bomb exploded in Azaz this week",
     "Fact-checkers traced a viral clip of a car bomb exploding near a market to an older blast in Iraq.\n\nLocal police "
     "said no explosion was recorded in the town."),
    ("مسبار | مقطع مضلل لا يظهر غارة على دمشق",
     "تداولت حسابات مقطعاً قالت إنه يظهر غارة إسرائيلية على حي المزة في دمشق، وأن الطائرات شنت ثلاث غارات على الحي.\n\n"
     "والمقطع قديم ويعود إلى انفجار في مستودع خارج سوريا."),
]

NEWS_WITH_CLAIMS = [
    ("Jets strike Waer district of Homs",
     "Russian jets bombed the Waer district of Homs on Sunday, killing four people, the civil defence said. A video of "
     "the strikes was shared widely online."),
    ("غارات على حي المزة في دمشق",
     "شنت طائرات إسرائيلية ثلاث غارات على حي المزة في دمشق فجر اليوم، وتداولت حسابات مقطعاً يظهر لحظة القصف."),
]


@pytest.mark.parametrize(("title", "text"), FACT_CHECKS)
def test_a_fact_check_reports_no_strike_or_blast(detector: Detector, title: str, text: str) -> None:
    assert not categories(detector, text, title) & {"airstrike", "explosion", "armed_clash"}


@pytest.mark.parametrize(("title", "text"), NEWS_WITH_CLAIMS)
def test_news_with_a_video_of_its_strikes_stays_news(detector: Detector, title: str, text: str) -> None:
    assert "airstrike" in categories(detector, text, title)


# --- 2. years told as passed since an event: history ------------------------------------------------------------------

YEARS_PASSED = [
    "عشر سنوات مرت على التفجير المزدوج الذي هزّ حي الزهراء في حمص.",
    "خمسة أعوام مضت على الغارة التي دمرت سوق المدينة في إدلب.",
    "Ten years have passed since the twin car bombing that shook the Zahraa district of Homs.",
    "A decade has passed since the air strike that destroyed the market in Maarat al-Numan.",
]

HOURS_PASSED = [
    "Two hours have passed since the car bomb exploded in Azaz and ambulances are still arriving.",
    "مرت ساعتان على انفجار السيارة المفخخة في اعزاز وما زالت سيارات الإسعاف تصل.",
]


@pytest.mark.parametrize("text", YEARS_PASSED)
def test_years_passed_since_an_event_is_history(detector: Detector, text: str) -> None:
    assert not categories(detector, text) & {"airstrike", "explosion"}


@pytest.mark.parametrize("text", HOURS_PASSED)
def test_hours_passed_since_a_blast_is_news(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- 3. a market's clash and strike ------------------------------------------------------------------------------------

MARKETS = [
    "A rally in chipmakers clashed with renewed fears that the Federal Reserve will keep rates higher for longer.",
    "Gains in oil clashed with growing fears of a slowdown in China, and stocks ended flat.",
    "One analyst described the move as \"a targeted strike on short sellers\".",
]

CLASHES_AND_STRIKES = [
    "Clashes erupted between gunmen and the army in Tafas, raising fears of a wider escalation.",
    "Gunmen clashed with troops in Tafas amid growing concerns over security.",
    "Israeli jets carried out a targeted strike on a car in Nabatieh.",
]


@pytest.mark.parametrize("text", MARKETS)
def test_a_markets_clash_or_strike_is_no_event(detector: Detector, text: str) -> None:
    assert not categories(detector, text) & {"airstrike", "armed_clash"}


@pytest.mark.parametrize("text", CLASHES_AND_STRIKES)
def test_clashes_raising_fears_and_targeted_strikes_stay(detector: Detector, text: str) -> None:
    assert categories(detector, text) & {"airstrike", "armed_clash"}


# --- 4. an accident explained in the blast's own sentence, and the headline and lede before it --------------------------

ACCIDENTS_EXPLAINED = [
    ("Blast at Aleppo chemical plant injures five",
     "Five workers were injured in an explosion at a chemical plant in the Sheikh Najjar industrial city near Aleppo on "
     "Tuesday.\n\nThe explosion was caused by a technical fault in a storage tank, the head of civil defence said."),
    ("انفجار في معمل للمواد الكيميائية بحلب يصيب خمسة عمال",
     "أصيب خمسة عمال بجروح إثر انفجار وقع ظهر اليوم في معمل بالمدينة الصناعية في الشيخ نجار بريف حلب.\n\n"
     "وقال مدير الدفاع المدني في حلب إن الانفجار نجم عن خلل فني في أحد الخزانات."),
]

BLASTS_NOT_ACCIDENTS = [
    ("Car bomb at Aleppo chemical plant injures five",
     "Five workers were injured when a car bomb exploded outside a chemical plant in Sheikh Najjar near Aleppo on "
     "Tuesday.\n\nSeparately, a small fire was caused by a technical fault in a storage tank, civil defence said."),
    ("انفجار عبوة ناسفة قرب معمل في حلب",
     "انفجرت عبوة ناسفة صباح اليوم قرب معمل في الشيخ نجار بريف حلب.\n\nوقالت الشرطة إن الانفجار نجم عن عبوة مزروعة قرب البوابة."),
]


@pytest.mark.parametrize(("title", "text"), ACCIDENTS_EXPLAINED)
def test_a_blast_explained_as_an_accident_drops_its_headline_and_lede(detector: Detector, title: str, text: str) -> None:
    assert "explosion" not in categories(detector, text, title)


@pytest.mark.parametrize(("title", "text"), BLASTS_NOT_ACCIDENTS)
def test_a_bomb_with_an_accident_nearby_stays_a_blast(detector: Detector, title: str, text: str) -> None:
    assert "explosion" in categories(detector, text, title)


# --- 5. Arabic: last year dates a clause; a raid on purses; a drill's script ----------------------------------------------

ARABIC_NEGATIVES = [
    "ويشكو مزارعون في سهل الغاب من الألغام التي تحرمهم من أراضيهم، إذ قُتل مزارع العام الماضي بانفجار لغم أثناء الحراثة.",
    "ويقول الخبير الاقتصادي إن «الحكومة تشن غارة على جيوب المواطنين» عبر رفع الرسوم.",
    "تجري القوات تدريبات بالذخيرة الحية تتضمن محاكاة لهجوم على مواقع معادية وصد محاولة تسلل.",
]

ARABIC_EVENTS = [
    ("قُتل مزارع صباح اليوم بانفجار لغم أثناء الحراثة في سهل الغاب.", "explosion"),
    ("شنت الطائرات اليوم أعنف غارات منذ العام الماضي على ريف إدلب الجنوبي.", "airstrike"),
    ("شنت الطائرات الحربية غارة على جيوب لمقاتلي التنظيم في البادية.", "airstrike"),
    ("صدت قوات الجيش محاولة تسلل لمجموعة مسلحة على محور كبانة في ريف اللاذقية.", "armed_clash"),
]


@pytest.mark.parametrize("text", ARABIC_NEGATIVES)
def test_arabic_past_year_metaphor_and_drill_are_no_events(detector: Detector, text: str) -> None:
    assert not categories(detector, text) & {"airstrike", "explosion", "armed_clash"}


@pytest.mark.parametrize(("text", "category"), ARABIC_EVENTS)
def test_arabic_near_misses_stay_events(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 6. Arabic: a novelist or a novel's story telling its war ------------------------------------------------------------

NOVELS = [
    "وتصف الروائية بلغة شاعرية غارات الطائرات على الأحياء المحاصرة.",
    "وتدور أحداث الرواية في حمص حيث تقصف الطائرات الأحياء المحاصرة وتنفجر السيارات المفخخة.",
]


@pytest.mark.parametrize("text", NOVELS)
def test_a_novels_war_is_no_event(detector: Detector, text: str) -> None:
    assert not categories(detector, text) & {"airstrike", "explosion"}


def test_a_columnist_telling_todays_strikes_stays_news(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "ويروي الكاتب في مقاله كيف شنت الطائرات غارات على إدلب اليوم.")


# --- 7. an outburst of a mood, and a span told before ------------------------------------------------------------------

def test_an_explosion_of_irresponsibility_is_no_blast(detector: Detector) -> None:
    text = "The airline called the cabin crew's action \"an explosion of irresponsibility\" and said it would cost €30m."
    assert "explosion" not in categories(detector, text)


def test_bombings_in_the_same_span_as_a_reports_years_are_history(detector: Detector) -> None:
    text = ("وثق التقرير غارات جوية على إدلب خلال عامي 2019 و2020، كما يوثق عشرات التفجيرات بالسيارات المفخخة في مدن "
            "الشمال السوري خلال الفترة نفسها.")
    assert not categories(detector, text) & {"airstrike", "explosion"}
