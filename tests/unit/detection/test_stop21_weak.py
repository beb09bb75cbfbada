"""Precision classes of full articles in the weakest categories (withdrawal, protest, shelling, military_operation,
arrest), fixed by class in both languages (stop 21, branch fix-weak21): the war's start, early years, height and span
told as an era; a definite noun continuing, in a later clause of its sentence, an event told as past; surgery, demining
and market inspections told as operations; ultimatums, "would" consequences and dismissed reports; possible and
scheduled events in Arabic; a chamber's or a state's protest and an army's march; a headline whose body only denies or
negates its event; habits told in the perfect ("have repeatedly protested"), "in recent months", a right reserved
and a country "withdrawn from the brink".

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses: the
same words telling news, which must stay events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector

AS_OF = datetime(2026, 11, 25, tzinfo=UTC)


def categories(detector: Detector, text: str, title: str = "") -> set[str]:
    return {event.category for event in detector.tag(text, title=title, published_at=AS_OF).events}


# --- 1. the war's start, early years, height and span date the clause as an era does ------------------------------------

ERAS = [
    "In the early years of the war, government forces shelled Douma almost daily.",
    "Early in the war, rebels withdrew from the old city of Homs.",
    "At the height of the war, thousands of people were arrested at checkpoints in Damascus.",
    "Over the course of the war, government artillery shelled Idlib tens of thousands of times.",
    "He was one of thousands of people arrested at checkpoints in Damascus during the war.",
    "Police have arrested 300 people in Daraa so far this year.",
    "منذ اندلاع الحرب، اعتقلت الأجهزة الأمنية عشرات الآلاف في درعا.",
    "وفي السنوات الأولى للحرب، قصفت قوات النظام مدينة دوما بشكل شبه يومي.",
    "ووثقت منظمات حقوقية اعتقال عشرات الآلاف في إدلب منذ بداية النزاع.",
    "شهدت مدن إدلب احتجاجات واسعة في السنوات الأولى للثورة.",
    "وقصفت قوات النظام مدينة دوما طوال الحرب بآلاف القذائف.",
    "وتعرضت المدينة لقصف مدفعي خلال الفترة الماضية في ريف إدلب.",
]

ERA_NEWS = [
    "Government forces withdrew from Saraqeb on Tuesday, the heaviest pullback since the war began.",
    "Police arrested five men in Daraa on Tuesday, bringing the number detained so far this year to 300.",
    "شنت الطائرات اليوم أعنف غارات على إدلب منذ اندلاع الحرب.",
]


@pytest.mark.parametrize("text", ERAS)
def test_the_wars_start_years_and_span_are_an_era(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


@pytest.mark.parametrize("text", ERA_NEWS)
def test_a_comparison_or_a_day_of_the_news_stays_news(detector: Detector, text: str) -> None:
    assert categories(detector, text)


# --- 2. a definite noun in a later clause continues the past its sentence told ------------------------------------------

CONTINUED = [
    "Security forces arrested dozens of people in Daraa during a sweep in 2022, according to rights groups, and the arrests "
    "sparked protests that lasted weeks.",
    "Turkey's operation in Afrin in 2018 displaced more than 100,000 people, and the offensive was widely condemned.",
    "اعتقلت القوات العشرات في درعا عام 2013، وأدت الاعتقالات إلى احتجاجات واسعة.",
]


@pytest.mark.parametrize("text", CONTINUED)
def test_a_definite_noun_continuing_a_dated_clause_is_past(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_a_continued_clause_with_a_day_of_its_own_is_news(detector: Detector) -> None:
    text = ("Security forces arrested dozens of people in Daraa during a sweep in 2022, according to rights groups, and "
            "the arrests resumed on Tuesday.")
    assert categories(detector, text) == {"arrest"}
    assert categories(detector, "Jets struck Saraqeb on Tuesday, killing five, and the strikes destroyed a bakery.") == {"airstrike"}


# --- 3. other senses of an operation or a campaign ----------------------------------------------------------------------

OTHER_OPERATIONS = [
    "In Kherson, surgeons carried out an operation on a wounded boy.",
    "The army launched an operation to demine farmland in Hama on Tuesday.",
    "The ministry launched a security campaign in Aleppo's markets to crack down on price gouging on Tuesday.",
    "ونفذ الجيش عملية لإزالة الألغام من الأراضي الزراعية في ريف حماة.",
    "أطلقت قوى الأمن الداخلي حملة أمنية في أسواق حلب لضبط الأسعار.",
]

OPERATIONS = [
    "The army launched an operation against IS cells in the Homs desert on Tuesday.",
    "Army surgeons said troops launched an operation in Jasim on Tuesday.",
    "أطلق الجيش عملية عسكرية في ريف حماة لملاحقة خلايا التنظيم.",
]


@pytest.mark.parametrize("text", OTHER_OPERATIONS)
def test_surgery_demining_and_price_checks_are_no_operation(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)


@pytest.mark.parametrize("text", OPERATIONS)
def test_operations_of_troops_stay(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text)


# --- 4. ultimatums, consequences told with "would", dismissed reports, possible and scheduled events --------------------

NOT_DONE = [
    "Rebels in Idlib gave the army an ultimatum to withdraw from Saraqeb by Friday.",
    "وجهت الفصائل إنذارا للقوات بالانسحاب من سراقب في ريف إدلب خلال 48 ساعة.",
    "منحت الفصائل القوات مهلة للانسحاب من سراقب في ريف إدلب.",
    "An offensive by Turkey against Kobani would displace tens of thousands, aid groups warn.",
    "Moscow will keep its forces at the Latakia air base, a Kremlin spokesman said on Tuesday, dismissing reports of a withdrawal.",
    "وتحدثت تقارير عن انسحاب محتمل للقوات الروسية من مطار القامشلي.",
    "وألغى المنظمون الوقفة الاحتجاجية التي كانت مقررة يوم الجمعة في السويداء.",
]

DONE = [
    "انسحبت القوات الحكومية اليوم من سراقب في ريف إدلب بعد إنذار من الفصائل.",
    "دوت صفارات الإنذار في الجولان بعد قصف مدفعي على القنيطرة اليوم.",
    "Turkish drones struck Kobani on Tuesday, and the strikes could trigger a new wave of displacement.",
    "نظم العشرات وقفة احتجاجية في السويداء اليوم للمطالبة بإلغاء قرار رفع الأسعار.",
]


@pytest.mark.parametrize("text", NOT_DONE)
def test_ultimatums_consequences_and_possible_events_are_not_done(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


@pytest.mark.parametrize("text", DONE)
def test_the_same_words_around_a_done_event_keep_it(detector: Detector, text: str) -> None:
    assert categories(detector, text)


# --- 5. a chamber's or a state's protest, an army's march ---------------------------------------------------------------

def test_a_chambers_or_a_states_protest_and_an_armys_march_are_no_demonstration(detector: Detector) -> None:
    assert categories(detector, "Lawmakers protested the bill in parliament in Damascus on Monday.") == set()
    assert "protest" not in categories(detector, "Syria protested to the UN Security Council over the Israeli incursion in Quneitra.")
    assert categories(detector, "The march of the army towards Idlib was slow.") == set()


def test_residents_protesting_and_marching_stay_a_protest(detector: Detector) -> None:
    assert categories(detector, "Hundreds of residents protested the decision to close the hospital in Daraa on Monday.") == {"protest"}
    assert categories(detector, "Thousands of residents marched towards the governor's office in Sweida on Tuesday.") == {"protest"}


# --- 6. a headline whose body only denies its event ---------------------------------------------------------------------

def test_a_headline_whose_body_denies_it_reports_nothing(detector: Detector) -> None:
    title = "Reports: Russian troops withdraw from Qamishli airport"
    text = ("Russia's defence ministry on Tuesday denied reports that its troops had left Qamishli airport in Hasakah, "
            "saying the base was operating normally.")
    assert categories(detector, text, title) == set()
    title = "انسحاب القوات الروسية من مطار القامشلي"
    text = "نفت وزارة الدفاع الروسية اليوم انسحاب قواتها من مطار القامشلي في ريف الحسكة، مؤكدة أن القاعدة تعمل بشكل طبيعي."
    assert categories(detector, text, title) == set()


def test_a_headline_whose_body_tells_or_protests_it_keeps_it(detector: Detector) -> None:
    title = "Troops withdraw from Saraqeb"
    text = ("Government troops withdrew from Saraqeb in Idlib on Tuesday. A spokesman denied that the withdrawal was a "
            "retreat, calling it a redeployment.")
    assert categories(detector, text, title) == {"withdrawal"}
    title = "احتجاج في طفس على اعتقال شابين"
    text = "تظاهر مئات من أهالي مدينة طفس بريف درعا الغربي اليوم الجمعة احتجاجاً على اعتقال شابين من المدينة على حاجز للأمن العام يوم الخميس."
    assert categories(detector, text, title) == {"protest", "arrest"}


# --- 7. habits told in the perfect, the last months as a span, a right reserved, a country off the brink ----------------

BACKGROUND = [
    "Residents of Tal Tamr in Hasakah have repeatedly protested outside the Russian base demanding protection.",
    "Rights groups have documented dozens of arbitrary detentions of activists in Daraa in recent months.",
    "Turkish-backed factions accused the SDF of stalling and said they reserved the right to resume their offensive in the "
    "Deir Hafer area.",
    "Syria has withdrawn from the brink once in Daraa.",
]

NEWS = [
    "Thousands rallied in Sweida on Tuesday, the largest protest in recent months.",
    "Russian jets have repeatedly struck the town of Saraqeb since Tuesday.",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_habits_spans_reserved_rights_and_figures_are_no_event(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


@pytest.mark.parametrize("text", NEWS)
def test_a_day_of_the_news_keeps_them(detector: Detector, text: str) -> None:
    assert categories(detector, text)
