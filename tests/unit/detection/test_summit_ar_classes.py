"""Classes of error found on the Arabic items of the summit evaluation set (tests/data/summit), fixed in the Arabic
lexicon, the gazetteer or the engine.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.arabic_tagging import categories, counts, events, regions

# --- "that time": an adverb pointing back to a past date ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "شهدت البلدة معارك طاحنة في ربيع 2016، وانفجرت حينها سيارة مفخخة قرب مدخلها الشمالي.",
        "تعرض السوق لقصف عنيف في صيف 2013، واعتُقل آنذاك عشرات من تجاره.",
        "حوصرت المدينة في شتاء 2014، وانسحبت وقتها قوات الحامية من قلعتها.",
    ],
)
def test_an_event_told_at_that_time_is_history(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_a_campaigns_first_day_is_no_past_time(detector: Detector) -> None:
    text = "أطلقت قوى الأمن حملة أمنية في مخيم الهول، واعتقلت خلال يومها الأول تسعة أشخاص."
    assert counts(detector, text, "arrest") == {9}


# --- what bursts without being a bomb ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "رصد علماء الفلك انفجاراً نجمياً نادراً في مجرة مجاورة لدرب التبانة.",
        "سجّل التلسكوب الفضائي انفجار مستعر أعظم على بعد ملايين السنين الضوئية.",
        "ضعي حبات الذرة في المقلاة واتركيها على النار حتى تنفجر.",
    ],
)
def test_a_star_or_a_kernel_bursting_is_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "أفاد المرصد السوري بانفجار عبوة ناسفة بسيارة عسكرية في مدينة الباب.",
        "نجم عن انفجار عبوة ناسفة في سوق البلدة مقتل شخصين.",
    ],
)
def test_a_monitor_reporting_a_blast_or_a_blast_that_resulted_stays_an_explosion(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- a withdrawal by performers, contestants or believers ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "انسحبت ثلاث عارضات من عرض الأزياء احتجاجاً على التنظيم.",
        "انسحب المتسابق من البرنامج قبل الحلقة النهائية بأيام.",
        "أعلنت الفنانة انسحابها من الحياة الفنية بعد مسيرة طويلة.",
        "دعا الواعظ إلى الانسحاب من المجالس التي يكثر فيها اللغو.",
    ],
)
def test_a_withdrawal_from_a_show_or_company_is_no_military_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_a_council_announcing_a_pullout_stays_a_withdrawal(detector: Detector) -> None:
    assert "withdrawal" in categories(detector, "أعلن المجلس العسكري انسحاب قواته من البلدة فجر اليوم.")


# --- an obligation is no event -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير إن الحكومة مطالبة بسحب قواتها من المنطقة العازلة.",
        "أكد البيان أن القوات الأجنبية ملزمة بالانسحاب من القواعد كافة.",
    ],
)
def test_an_obliged_withdrawal_has_not_happened(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


# --- every battle, said in general ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال المدرب إن الصبر هو السلاح الأهم في كل معركة يخوضها الإنسان.",
        "الحكمة خير من أي معركة، كما يقول المثل.",
    ],
)
def test_every_battle_in_general_is_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


def test_a_battle_in_a_town_stays_a_clash(detector: Detector) -> None:
    assert "armed_clash" in categories(detector, "دارت معركة عنيفة بين الفصائل وقوات النظام في بلدة كفرنبودة.")


# --- a claim passed on to be checked -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "انتشر مقطع قيل إنه يظهر غارة جوية على مطار المزة، وتبين أنه قديم.",
        "تداول ناشطون صوراً يقال إنها لانفجار في مرفأ اللاذقية، والصور مفبركة.",
        "فيديو مضلل عن قصف مدفعي على أحياء حمص يعود إلى سنوات سابقة.",
    ],
)
def test_a_claim_said_to_show_an_event_reports_none(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


# --- the facilities of a base evacuated ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أخلت القوات الأميركية معظم مستودعات الذخيرة في قاعدة الشدادي.",
        "أخلى الجيش جميع حظائر المروحيات في المطار العسكري خلال الأسبوع.",
    ],
)
def test_a_base_facility_evacuated_is_a_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text)


def test_residents_evacuating_stay_no_withdrawal(detector: Detector) -> None:
    assert "withdrawal" not in categories(detector, "أخلت فرق الدفاع المدني سكان المبنى بعد تصدع جدرانه.")


# --- how often: "N مرة" --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("قصفت المدفعية التركية 17 مرة قرى في ريف تل تمر خلال يوم واحد.", "shelling", 17),
        ("أغار الطيران الحربي على أطراف البلدة 12 مرة منذ الصباح.", "airstrike", 12),
    ],
)
def test_how_often_an_event_happened_is_its_count(detector: Detector, text: str, category: str, count: int) -> None:
    assert counts(detector, text, category) == {count}


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("قصفت المدفعية أطراف القرية 5 مرات منذ ساعات الصباح.", "shelling", 5),
        ("أغارت المقاتلات على محيط المطار 3 مرات خلال الليل.", "airstrike", 3),
    ],
)
def test_a_plural_of_times_is_a_count_not_a_date(detector: Detector, text: str, category: str, count: int) -> None:
    assert counts(detector, text, category) == {count}


def test_a_man_arrested_several_times_counts_no_arrests(detector: Detector) -> None:
    assert counts(detector, "اعتقل الصحفي 4 مرات خلال العام الجاري.", "arrest") == {None}


# --- a figure of comparison ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("نفذت الطائرات 7 غارات على ريف حماة هذا الأسبوع، مقابل 19 غارة في الأسبوع السابق.", "airstrike", 7),
        ("سجل المرصد 4 انفجارات في المدينة خلال الشهر، مقارنة بـ 9 انفجارات في الشهر الذي سبقه.", "explosion", 4),
    ],
)
def test_another_periods_figure_is_not_the_count(detector: Detector, text: str, category: str, count: int) -> None:
    assert counts(detector, text, category) == {count}


@pytest.mark.parametrize(
    "text",
    [
        "وفي المقابل، شنت الطائرات الحربية غارات على أطراف بلدة كنصفرة.",
        "بالمقابل قصفت قوات النظام قرية البارة بالمدفعية الثقيلة.",
        "مقارنة بالأسبوع الماضي، تضاعفت الغارات على جبل الزاوية.",
    ],
)
def test_on_the_other_hand_or_a_comparison_with_a_time_negates_nothing(detector: Detector, text: str) -> None:
    assert categories(detector, text) & {"airstrike", "shelling"}


# --- a dual mine, and a Yemeni district ----------------------------------------------------------------------------


def test_two_mines_going_off_count_two(detector: Detector) -> None:
    assert counts(detector, "قتل راعيان عندما انفجر لغمين بهما قرب بلدة معرة النعمان.", "explosion") == {2}


@pytest.mark.parametrize(
    "text",
    [
        "انفجر لغم بعربة مدنية في مديرية حيس صباح اليوم.",
        "انفجرت عبوة ناسفة بدورية في مديرية زبيد.",
    ],
)
def test_a_yemeni_district_places_the_event(detector: Detector, text: str) -> None:
    assert regions(detector, text, "explosion") == {"Hudaydah"}


def test_a_district_of_aden_is_read_in_a_report_about_aden(detector: Detector) -> None:
    text = "قالت مصادر في عدن إن قوات الأمن اعتقلت ستة مطلوبين في مديرية المنصورة."
    assert regions(detector, text, "arrest") == {"Aden"}


def test_mansoura_without_yemen_stays_in_raqqa(detector: Detector) -> None:
    assert regions(detector, "شنت الطائرات غارات على قرية المنصورة غرب الرقة.", "airstrike") == {"Raqqa"}


# --- an incursion told after the pullout that ended it -------------------------------------------------------------


def test_an_incursion_after_a_pullout_is_a_military_operation(detector: Detector) -> None:
    text = ("انسحبت الدبابات الإسرائيلية صباح اليوم من أطراف قرية الرفيد في ريف القنيطرة الجنوبي، بعد توغل دام أربع ساعات "
            "فتشت خلاله عدة منازل.")
    assert {"withdrawal", "military_operation"} <= categories(detector, text)


def test_delving_into_details_is_no_incursion(detector: Detector) -> None:
    assert categories(detector, "توغل الروائي في تفاصيل الحياة اليومية لسكان القرية.") == set()


# --- a specific event given as the cause of a protest --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("أضرب الأطباء في مستشفى المدينة احتجاجاً على اعتقال زميلين لهم أمس على يد الشرطة.", 2),
        ("اعتصم الصحفيون أمام النقابة احتجاجاً على اعتقال أربعة من زملائهم فجر اليوم.", 4),
    ],
)
def test_a_specific_arrest_given_as_a_protests_cause_is_reported(detector: Detector, text: str, count: int) -> None:
    assert "protest" in categories(detector, text)
    assert counts(detector, text, "arrest") == {count}


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر مئات الطلاب تنديداً بالاعتقالات التعسفية في الجامعات.",
        "نظم المحامون وقفة احتجاجاً على اعتقال الناشطين بسبب آرائهم.",
    ],
)
def test_arrests_as_a_protests_subject_stay_untagged(detector: Detector, text: str) -> None:
    assert "arrest" not in categories(detector, text)


# --- broader members of the same classes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "نقل الشاب إلى المستشفى إثر انفجار الزائدة الدودية.",
        "ضحك الأطفال عند انفجار البالونات في الحفل.",
    ],
)
def test_a_balloon_or_an_appendix_bursting_is_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


def test_a_wound_from_a_mine_stays_an_explosion(detector: Detector) -> None:
    assert "explosion" in categories(detector, "أصيب طفل بنزيف في الدماغ إثر انفجار لغم قرب بلدة التمانعة.")


@pytest.mark.parametrize(
    "text",
    [
        "يتعين على القوات الأجنبية الانسحاب من المنطقة العازلة.",
        "قال المبعوث إنه لا بد من انسحاب المقاتلين من الأحياء السكنية.",
    ],
)
def test_what_must_happen_has_not_happened(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_false_pictures_of_a_blast_report_none(detector: Detector) -> None:
    assert categories(detector, "انتشرت صور زائفة لانفجار ضخم في مرفأ طرطوس.") == set()


def test_a_protests_cause_dated_by_its_weekday_is_reported(detector: Detector) -> None:
    text = "اعتصم عمال المرفأ احتجاجاً على اعتقال زميلين لهم يوم الأحد."
    assert counts(detector, text, "arrest") == {2}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("قصفت قوات الحوثيين قرى في مديرية المسراخ جنوبي المدينة.", "Taiz"),
        ("شنت الطائرات غارات على مواقع في مديرية الصومعة.", "Al-Bayda"),
        ("قصفت المدفعية أطراف مديرية دمت شمالي الضالع.", "Ad-Dali"),
    ],
)
def test_yemeni_front_line_districts_are_placed(detector: Detector, text: str, region: str) -> None:
    found = {event.region for event in events(detector, text)}
    assert found == {region}


def test_flies_are_no_district(detector: Detector) -> None:
    assert all(event.region is None for event in events(detector, "اشتبك مسلحون مع دورية قرب الذباب المتجمع على القمامة."))


def test_demands_before_a_strike_do_not_make_it_an_obligation(detector: Detector) -> None:
    assert "protest" in categories(detector, "قدم عمال المرفأ مطالب معيشية ونفذوا إضراباً عن العمل في اللاذقية.")
