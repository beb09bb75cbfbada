"""Classes of error found on the Arabic items of the ground evaluation set (tests/data/ground), fixed in the Arabic
lexicon, the gazetteer or the engine.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.arabic_tagging import categories, counts, events

# --- a military camp is a position an army evacuates ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أخلت الكتيبة معسكرها شرق بلدة دوينتزا بعد هجمات متكررة للمسلحين.",
        "أخلى الجنود المعسكر الواقع قرب غاو خلال الليل ونقلوا معداتهم جنوباً.",
        "أخلت القوات الحكومية معسكرين في ريف حماة الشمالي صباح اليوم.",
    ],
)
def test_evacuating_a_military_camp_is_a_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text)


def test_evacuating_a_refugee_camp_is_no_withdrawal(detector: Detector) -> None:
    assert "withdrawal" not in categories(detector, "أخلت السلطات مخيماً للنازحين قرب الحدود بسبب السيول.")


@pytest.mark.parametrize("name", ["بولكيسي", "بوليكسي", "بولكسي"])
def test_boulkessi_is_in_mali(detector: Detector, name: str) -> None:
    found = [event for event in events(detector, f"انسحبت وحدات الجيش من بلدة {name} بعد حصار طويل.")
             if event.category == "withdrawal"]
    assert found and {event.country for event in found} == {"Mali"}


# --- speculation told in the past tense ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "رجّح دبلوماسيون أن تسحب روسيا قواتها من القاعدة قبل نهاية العام.",
        "توقع محللون أن تنسحب الفصائل من البلدة خلال أسابيع.",
        "استبعد قائد ميداني أن تنسحب وحداته من خطوط التماس في الوقت الراهن.",
    ],
)
def test_a_likely_or_expected_withdrawal_has_not_happened(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_a_withdrawal_after_an_expected_one_is_reported(detector: Detector) -> None:
    text = "انسحبت القوات من البلدة فجر اليوم بعد أيام من المعارك."
    assert "withdrawal" in categories(detector, text)


# --- ordnance blown up on purpose, and the blasts heard from it ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "فجّرت وحدة من الجيش تفجيراً محكماً قذائف قديمة عُثر عليها قرب بلدة القصير، وطلبت من السكان عدم القلق من سماع دوي انفجارات.",
        "نفذ فريق مختص تفجيراً محكماً لألغام منتهية الصلاحية في أرض خلاء جنوب إدلب، ثم سُمع دوي انفجار في القرى المجاورة.",
        "أجرت الوحدة تفجيراً متحكماً به لصواريخ غير منفجرة خارج المدينة، وبعد ذلك سمع الأهالي دوي انفجارات متتالية.",
    ],
)
def test_a_controlled_detonation_and_its_sound_are_no_event(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_a_blast_heard_elsewhere_is_still_an_explosion(detector: Detector) -> None:
    text = "سُمع دوي انفجار قوي في حي الشيخ مقصود بحلب مساء اليوم، ولم تعرف أسبابه بعد."
    assert "explosion" in categories(detector, text)


# --- the blasts heard after a strike told earlier in the article ---------------------------------------------------


def test_blasts_heard_sentences_after_a_drone_strike_are_the_strike(detector: Detector) -> None:
    text = (
        "هاجمت طائرات مسيّرة مستودعاً للوقود في مدينة الأبيض فجر اليوم. "
        "وقال مصدر طبي إن ثلاثة أشخاص أصيبوا بجروح. "
        "وأفاد سكان بأن دوي الانفجارات سُمع في معظم أحياء المدينة."
    )
    assert categories(detector, text) == {"airstrike"}


def test_a_blast_heard_with_no_strike_before_it_is_an_explosion(detector: Detector) -> None:
    text = "أفاد سكان في مدينة الأبيض بسماع دوي انفجار قرب السوق الكبير فجر اليوم."
    assert "explosion" in categories(detector, text)


# --- operations against militants ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الداخلية العراقية تنفيذ عمليات في صحراء الأنبار ضد فلول التنظيم.",
        "تواصل وحدات الجيش عملياتها في جبال مكحول ضد أوكار الإرهابيين.",
        "ذكرت وزارة الدفاع أن العمليات الجارية في البادية ضد خلايا داعش أسفرت عن تدمير مخابئ.",
    ],
)
def test_an_operation_against_militants_is_a_military_operation(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "أجرى الأطباء عملية جراحية ناجحة للطفل في مستشفى حلب الجامعي.",
        "تبنى التنظيم عملية انتحارية ضد خلايا منافسة له في الصحراء.",
    ],
)
def test_other_operations_are_none(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)


# --- a tally of attacks after the drones that waged them -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("شنّت مسيّرات إسرائيلية أربع هجمات على سيارات في جنوب لبنان اليوم.", 4),
        ("واستهدفت المسيرات الروسية كذلك محطات الكهرباء في مقاطعة سومي بـ9 ضربات متتالية.", 9),
    ],
)
def test_attacks_counted_after_the_drones_are_the_strike_count(detector: Detector, text: str, count: int) -> None:
    assert counts(detector, text, "airstrike") == {count}


# --- works of fiction: a titled film, a festival screening, a video game -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "فيلم «ليل الجسر» يروي حكاية جندي شارك في اشتباكات عنيفة ويعرض مشاهد قصف مدفعي على بلدته.",
        "الفيلم الذي يعرض في مهرجان وهران يتناول غارات جوية على قرية جبلية، ويقدم مشاهد قصف صادمة.",
        "مراجعة لعبة: النسخة الجديدة تسمح بطلب غارات جوية وتفجير جسور العدو، لكن القصة ضعيفة.",
        "تتيح اللعبة للاعبين قصف مواقع الخصم بالمدفعية واعتقال قادته.",
    ],
)
def test_fiction_reports_no_event(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_footage_of_todays_shelling_is_news(detector: Detector) -> None:
    text = "نشر ناشطون فيلماً قصيراً يظهر القصف المدفعي على بلدة كفرنبل صباح اليوم."
    assert "shelling" in categories(detector, text)


# --- the days of a siege, told as an era ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "يتذكر أهالي مضايا أيام الحصار والقصف وهم يعودون إلى بيوتهم المهدمة.",
        "روت معلمة من داريا كيف كانت تدرّس الأطفال في الأقبية خلال سنوات الحصار والقصف.",
    ],
)
def test_the_days_of_a_siege_are_history(detector: Detector, text: str) -> None:
    assert "shelling" not in categories(detector, text)


# --- a verb after a comma and a conjunction opens a clause of its own ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("اعتصم عشرات العمال أمام مقر الشركة في الزرقاء للمطالبة بصرف رواتبهم، واعتقلت الشرطة ثلاثة منهم.", "arrest"),
        ("دعا ناشطون إلى إضراب عام في المدينة، فاعتقلت قوات الأمن خمسة منهم فجر اليوم في إربد.", "arrest"),
        ("هددت الفصائل بالرد على الخروقات، وقصفت المدفعية مواقع للجيش قرب بلدة كفرنبودة.", "shelling"),
    ],
)
def test_a_demand_or_threat_does_not_negate_the_next_clause(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("طالب المحتجون بوقف الاعتقالات التعسفية في المدينة.", "arrest"),
        ("هددت الفصائل بقصف مواقع الجيش قرب بلدة كفرنبودة.", "shelling"),
        ("دعا ناشطون إلى التظاهر يوم الجمعة، والاعتصام أمام مبنى المحافظة.", "protest"),
    ],
)
def test_a_demand_or_threat_still_negates_its_own_clause(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


def test_an_imperfect_after_the_comma_may_continue_the_modal(detector: Detector) -> None:
    text = "ينبغي أن تنسحب الفصائل من التلال، وتنسحب القوات الحكومية من الطريق الدولي."
    assert "withdrawal" not in categories(detector, text)


# --- more of the same classes: possessive positions, speculation nouns, sounds of blasts, destroyed ordnance ------


def test_a_base_with_its_owners_pronoun_is_a_position(detector: Detector) -> None:
    assert "withdrawal" in categories(detector, "أخلى الجيش قاعدته قرب مدينة ميناكا بعد هجوم للمسلحين.")


def test_expectations_of_a_withdrawal_report_none(detector: Detector) -> None:
    assert "withdrawal" not in categories(detector, "ترجيحات بانسحاب القوات الروسية من قاعدة حميميم.")


def test_sounds_of_blasts_after_shelling_told_earlier_are_the_shelling(detector: Detector) -> None:
    text = (
        "قصفت المدفعية أحياء مدينة نيكوبول صباح اليوم. "
        "وقالت الإدارة المحلية إن امرأة أصيبت بجروح. "
        "وتحدث سكان عن أصوات انفجارات متتالية في الأحياء الشرقية."
    )
    assert categories(detector, text) == {"shelling"}


def test_blasts_heard_as_old_ordnance_is_destroyed_are_no_event(detector: Detector) -> None:
    text = "أتلفت فرق الجيش ذخائر قديمة في أرض زراعية قرب نوى، وسُمع دوي انفجارات في البلدات المجاورة."
    assert categories(detector, text) == set()


def test_a_blast_in_a_separate_report_is_an_explosion(detector: Detector) -> None:
    text = (
        "شنت طائرات حربية غارات على بلدة كنصفرة في ريف إدلب صباح اليوم. "
        "وقال ناشطون إن طفلاً أصيب بجروح. "
        "وفي سياق منفصل، سُمع دوي انفجار في مدينة الباب شرقي حلب."
    )
    assert categories(detector, text) == {"airstrike", "explosion"}


# --- survivors recalling the past -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("بمناسبة مرور أعوام على المجزرة، استعاد ناجون تفاصيل القصف الذي سبقها.", "shelling"),
        ("تستعيد ناجية في كتابها الجديد تفاصيل اعتقالها عند حاجز في حمص.", "arrest"),
    ],
)
def test_what_survivors_recall_is_history(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


def test_retaking_a_town_is_no_recollection(detector: Detector) -> None:
    text = "استعاد الجيش السيطرة على البلدة بعد اشتباكات عنيفة مع المسلحين فجر اليوم."
    assert "armed_clash" in categories(detector, text)


# --- a number of protesters is no number of demonstrations ----------------------------------------------------------


def test_arrested_protesters_count_the_arrest_not_the_protest(detector: Detector) -> None:
    text = "تظاهر المئات أمام البرلمان في بغداد، واعتقلت قوات الأمن ثمانية متظاهرين."
    assert counts(detector, text, "arrest") == {8}
    assert counts(detector, text, "protest") == {None}


def test_demonstrations_are_still_counted(detector: Detector) -> None:
    assert counts(detector, "خرجت أربع مظاهرات في بلدات ريف درعا الشرقي يوم الجمعة.", "protest") == {4}


# --- a conjecture about what an event was reports the event -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("رجحت مصادر أمنية أن يكون انفجار هز سوق المدينة صباح اليوم ناجماً عن لغم قديم.", "explosion"),
        ("رجّح ناشطون أن تكون طائرات مسيرة قد قصفت مزرعة قرب البوكمال فجر اليوم.", "airstrike"),
    ],
)
def test_a_conjecture_about_an_events_nature_reports_it(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("يجب أن يكون الانسحاب من البلدات الحدودية كاملاً.", "withdrawal"),
        ("من المتوقع أن يكون الهجوم البري على المدينة واسعاً.", "military_operation"),
    ],
)
def test_a_demand_or_expectation_with_a_copula_stays_unreal(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)
