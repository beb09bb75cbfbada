"""Arabic classes of text that mention an event term without reporting an event (threats, walk-outs,
anniversaries, calls, demining, obituaries, background), and their look-alikes that stay events.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

categories = categories_on(AS_OF, lang="ar")


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a verb of threatening or warning governs its object however long the subject between them
        ("هدد قائد الفصيل، في كلمة متلفزة مساء الاثنين، بشن غارات بالطائرات المسيرة على مواقع خصومه في ريف حلب.",
         "airstrike"),
        ("لوّحت الحكومة، على لسان المتحدث باسم وزارة دفاعها، بسحب قواتها من نقاط المراقبة في ريف حلب.", "withdrawal"),
        ("حذّرت وزارة الدفاع، في بيان صدر فجر اليوم، من عملية عسكرية واسعة في ريف منبج.", "military_operation"),
        ("توعّد المتحدث العسكري باسم الجماعة في خطاب مسائي طويل بقصف صاروخي على المدن الساحلية.", "shelling"),
    ],
)
def test_threats_and_warnings_are_no_events(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the threat is in another clause than the strike
        ("شنت طائرات حربية غارتين على بلدة كفرنبل، فيما هددت الفصائل بالرد.", "airstrike"),
        ("هدد الجيش بالرد بعد أن شنت طائرات مسيرة غارة على مواقعه في ريف حلب.", "airstrike"),
    ],
)
def test_a_threat_in_another_clause_keeps_the_event(detector: Detector, text: str, kept: str) -> None:
    assert kept in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "أعلن وزراء الحزب انسحابهم من الائتلاف الحكومي بعد خلاف على الموازنة.",
        "قررت الكتلة النيابية الانسحاب من التحالف الحاكم اعتباراً من الأسبوع المقبل.",
        "انسحب ممثلو الحزبين من الاجتماع التشاوري في العاصمة.",
        # the blocs that walked out, named by a participle
        "وقال أحد ممثلي الكتل المنسحبة إن المقاطعة مستمرة حتى تعديل جدول الأعمال.",
        # a debate about a withdrawal is no withdrawal
        "عاد الجدل حول انسحاب القوات الأجنبية من القواعد العسكرية إلى الواجهة.",
    ],
)
def test_political_withdrawals_and_debates_are_no_withdrawals(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_a_withdrawal_that_stirs_a_debate_is_still_one(detector: Detector) -> None:
    assert "withdrawal" in categories(detector, "أثار انسحاب القوات الروسية من قاعدة القامشلي جدلاً واسعاً بين السكان.")


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # what a text brings back to mind is history
        ("تعيد صور الدمار إلى الأذهان الغارات التي دمرت السوق القديم.", "airstrike"),
        # a narrative after a date continues it: "in July 2025, when ..."
        ("اقتحمت القوات مخيم جنين في تموز 2023، حين شنت طائرات مسيرة غارات على أزقته.", "airstrike"),
        # relative time of a narrative
        ("وسحبت القوات معداتها الثقيلة من المطار العسكري خلال الأشهر التالية.", "withdrawal"),
        ("ويتذكر السكان أيام الحرب، حين انسحب المقاتلون من الحي تحت القصف.", "withdrawal"),
    ],
)
def test_recollections_and_narrative_time_are_history(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "حين" after a time of today dates nothing to the past
        ("شنت الطائرات غارات على مدينة إدلب اليوم، حين كان الأهالي في الأسواق.", "airstrike"),
        # a protest held on an anniversary is news
        ("نظم ناشطون وقفة احتجاجية في مدينة إدلب بمناسبة مرور عشر سنوات على القصف الكيماوي.", "protest"),
    ],
)
def test_today_and_protests_on_anniversaries_stay_news(detector: Detector, text: str, kept: str) -> None:
    assert kept in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "دعت لجان الأحياء في مدينة حمص وريفها الشمالي إلى اعتصام مفتوح أمام مبنى المحافظة يوم الخميس المقبل.",
        "دعا الاتحاد العام للنقابات في البصرة العمال إلى الإضراب عن العمل غداً.",
    ],
)
def test_calls_for_a_future_protest_are_no_protest(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text)


def test_protesters_who_call_for_more_are_protesting(detector: Detector) -> None:
    text = "خرج مئات المتظاهرين في ساحة الكرامة بالسويداء، اليوم، ودعوا إلى الاستمرار في الاحتجاج."
    assert "protest" in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # what protesters' slogans condemn is the subject of the protest, not a report
        ("سار المحتجون في شارع الجمهورية وهم يرفعون لافتات تندد بقصف الطائرات المسيرة للقرى.", "airstrike"),
    ],
)
def test_what_protesters_condemn_is_no_event(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


def test_a_statement_condemning_a_located_strike_reports_it(detector: Detector) -> None:
    text = "نددت وزارة الخارجية بالغارة التي استهدفت مطار المزة العسكري فجر اليوم."
    assert "airstrike" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "أزالت وحدات الهندسة في الجيش، خلال الأسبوع الماضي، 40 عبوة ناسفة من الطرق الزراعية في ريف حمص الشرقي.",
        "نفذت فرق الهندسة تفجيراً محكوماً لذخائر غير منفجرة قرب بلدة خان شيخون.",
        "نفذ الجيش تفجيراً محكوماً لعبوة ناسفة قرب الطريق العام.",
    ],
)
def test_demining_and_controlled_detonations_are_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


def test_a_war_remnant_that_goes_off_is_an_explosion(detector: Detector) -> None:
    text = "انفجرت عبوة ناسفة من مخلفات الحرب بسيارة مدنية قرب بلدة سراقب، ما أدى إلى إصابة ثلاثة أشخاص."
    assert "explosion" in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("وعرف الراحل بمواقفه الجريئة، فاعتصم أمام البرلمان أكثر من مرة.", "protest"),
    ],
)
def test_an_obituary_tells_a_life_not_the_news(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # a repelled assault is a clash, not an offensive of the defenders
        ("تصدت القوات لهجوم واسع شنه مسلحون على حاجز في ريف درعا الغربي.", "military_operation", False),
        ("تصدت القوات لهجوم واسع شنه مسلحون على حاجز في ريف درعا الغربي.", "armed_clash", True),
        ("شنت القوات هجوماً واسعاً على مواقع المسلحين في البادية صباح اليوم.", "military_operation", True),
        # shells thrown out by a burning depot are the depot's blast
        ("دوّى انفجار في مستودع ذخيرة قرب حماة، وتطايرت القذائف إلى الأحياء المجاورة.", "shelling", False),
        ("دوّى انفجار في مستودع ذخيرة قرب حماة، وتطايرت القذائف إلى الأحياء المجاورة.", "explosion", True),
        # a goal from a "rocket" shot in a match report
        ("وأنهى الجناح الأيسر الهجمة بقذيفة أرضية سددها بقوة في الدقيقة 81.", "shelling", False),
    ],
)
def test_repelled_assaults_flying_shells_and_match_reports(
    detector: Detector, text: str, category: str, expected: bool
) -> None:
    assert (category in categories(detector, text)) is expected


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # an ultimatum sets a deadline for a withdrawal that has not happened
        ("أمهلت السلطات المحلية في المدينة المجموعات المسلحة ثلاثة أيام للانسحاب من الأحياء الشرقية.", "withdrawal"),
        # a protest announced for a date to come
        ("ينظم معلمو المدارس في السويداء غداً اعتصاماً أمام مديرية التربية.", "protest"),
        ("ينفذ سائقو الشاحنات في البصرة إضراباً عن العمل الأحد المقبل احتجاجاً على رسوم الطرق.", "protest"),
        # a weapon test is no attack
        ("أجرت القوات البحرية اختباراً لصاروخ باليستي جديد أطلق من غواصة في بحر الشمال.", "shelling"),
    ],
)
def test_ultimatums_announced_protests_and_weapon_tests(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


def test_a_strike_that_goes_on_until_a_later_day_is_still_news_when_it_began_today(detector: Detector) -> None:
    # the future date is past the window of the term
    text = "بدأ عمال المرفأ اليوم إضراباً مفتوحاً عن العمل للمطالبة بزيادة الأجور، وقالت النقابة إنه سيستمر حتى الأحد المقبل."
    assert "protest" in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "kept", "count"),
    [
        # attack drones and ballistic missiles launched, with a time and a number between the verb and them
        ("أطلقت روسيا ليلاً 50 طائرة مسيرة هجومية على مدينة خاركيف.", "airstrike", 50),
        ("أطلقت الجماعة خلال ساعات الفجر ثلاثة صواريخ باليستية باتجاه مدينة إيلات.", "shelling", 3),
    ],
)
def test_launched_attack_drones_and_ballistic_missiles(detector: Detector, text: str, kept: str, count: int) -> None:
    events = [event for event in detector.tag(text, lang="ar", published_at=AS_OF).events if event.category == kept]
    assert [event.count for event in events] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "تسلم الجيش دفعة جديدة من الطائرات المسيرة الهجومية التركية الصنع.",
        "أسقطت الدفاعات الجوية 30 طائرة مسيرة هجومية أطلقت باتجاه العاصمة.",
    ],
)
def test_attack_drones_bought_or_shot_down_are_no_strikes(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text)


def test_a_patrol_that_detains_someone_far_after_the_verb(detector: Detector) -> None:
    text = "أوقفت دورية من شعبة المعلومات، مساء أمس، في محلة الطريق الجديدة في بيروت، شاباً مطلوباً بجرم السرقة."
    assert "arrest" in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # what the fallen regime did is history
        ("ذكرت المنظمة في تقريرها السنوي أن مئات الأطباء ما زالوا مفقودين، اعتقل أغلبهم على يد قوات النظام البائد.",
         "arrest"),
        # "had already": an earlier occasion
        ("وسبق أن شنت المقاتلات غارات مماثلة على الجسور في المنطقة ذاتها.", "airstrike"),
        # "N years on from" names the object of an anniversary
        ("يصادف اليوم مرور عامين على انسحاب القوات الأجنبية من المطار.", "withdrawal"),
        # a pluperfect without قد, with a verb of reporting: background
        ("وكانت الفصائل المحلية أعلنت في وقت سابق انسحابها من التلال المحيطة.", "withdrawal"),
        # a future that continues: a statement of intent
        ("قال المتحدث إن الطائرات ستواصل غاراتها على مواقع الجماعة في الجبال.", "airstrike"),
    ],
)
def test_fallen_regime_earlier_occasions_years_on_and_pluperfects(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the fallen regime's remnants are today's actors
        ("اعتقلت قوى الأمن اليوم ثلاثة من فلول النظام البائد في ريف جبلة.", "arrest"),
        # a past progressive with "when" is a narrative of the news, not a pluperfect
        ("قال شهود إن الطائرات كانت تحلق فوق المدينة عندما شنت غارتين على السوق.", "airstrike"),
        ("كان الأطفال يلعبون في الحي عندما تعرضت البلدة لقصف مدفعي عنيف.", "shelling"),
        # a pluperfect dated to today is news
        ("وكانت قوى الأمن أعلنت صباح اليوم اعتقال أربعة مطلوبين في الحي.", "arrest"),
    ],
)
def test_remnants_past_progressives_and_pluperfects_of_today_stay_news(detector: Detector, text: str, kept: str) -> None:
    assert kept in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "انسحب المخرج من المهرجان احتجاجاً على منع عرض فيلمه.",
        "صوّت المجلس على مشروع يطالب بسحب القوات الأجنبية من البلاد.",
    ],
)
def test_festivals_and_votes_are_no_withdrawals(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a question in a headline
        ("هل تنسحب القوات الأجنبية من قاعدة التنف قبل نهاية العام؟", "withdrawal"),
        # an expected, planned or possible event
        ("يترقب السكان الانسحاب المرتقب للقوات الأجنبية من قواعدها في دير الزور.", "withdrawal"),
        ("تتحدث التقارير عن العملية العسكرية المحتملة في ريف حلب الشمالي.", "military_operation"),
        ("يستعد سائقو الحافلات للإضراب المزمع في قطاع النقل العام.", "protest"),
        # a unit of specialists detonating a device safely
        ("فجّرت وحدة مختصة العبوة الناسفة بشكل آمن في أرض خالية قرب المدرسة.", "explosion"),
    ],
)
def test_questions_expected_events_and_safe_detonations(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("بدأ انسحاب القوات الأجنبية من قاعدة عين الأسد صباح اليوم، بحسب مصادر أمنية.", "withdrawal"),
        # an unexpected offensive happened
        ("شنت الفصائل هجوماً واسعاً غير متوقع على مواقع الجيش في ريف حماة.", "military_operation"),
        ("فجّر انتحاري نفسه بحزام ناسف في سوق المدينة.", "explosion"),
    ],
)
def test_begun_withdrawals_unexpected_offensives_and_suicide_blasts_stay(detector: Detector, text: str, kept: str) -> None:
    assert kept in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # caution is no warning
        ("تقدمت القوات بحذر داخل الأحياء الشرقية للمدينة وسط اشتباكات متقطعة مع المسلحين.", "armed_clash"),
        ("وسط حالة من الحذر والترقب في المدينة شنت الطائرات غارات على أطرافها الشرقية.", "airstrike"),
        # amid calls for calm, the strikes are reported
        ("وسط دعوات دولية متكررة إلى التهدئة وضبط النفس شنت الطائرات الحربية غارات على ريف إدلب الجنوبي.", "airstrike"),
    ],
)
def test_caution_and_calls_for_calm_keep_the_event(detector: Detector, text: str, kept: str) -> None:
    assert kept in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # a bloc or a committee as the source of a report is no walk-out
        "قال نائب عن كتلة الفتح إن القوات الأجنبية انسحبت من قاعدة حرير صباح اليوم.",
        "قالت لجنة الأمن والدفاع النيابية إن القوات الأجنبية انسحبت من القاعدة الجوية.",
        # at a government's request, and with sounds heard after it
        "انسحبت الفصائل المسلحة من وسط المدينة بطلب من الحكومة المحلية.",
        "انسحبت القوات من الحاجز وسمع صوت إطلاق نار كثيف في المنطقة.",
    ],
)
def test_sources_requests_and_sounds_keep_a_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text)


def test_a_search_of_the_rubble_is_no_urging(detector: Detector) -> None:
    text = "وتواصل فرق الإنقاذ بحث الأنقاض عن ناجين من الغارة التي استهدفت المبنى السكني."
    assert "airstrike" in categories(detector, text)


def test_an_urging_with_a_long_subject_is_no_event(detector: Detector) -> None:
    text = "حث الرئيس، في كلمة متلفزة ألقاها مساء أمس، الفصائل المسلحة على الانسحاب من المدن."
    assert "withdrawal" not in categories(detector, text)


def test_general_security_before_على_is_no_anniversary(detector: Detector) -> None:
    text = "شن الأمن العام على المسلحين حملة أمنية واسعة في ريف اللاذقية اليوم."
    assert "military_operation" in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a release names earlier arrests
        ("أفرجت السلطات عن عشرات الطلاب الذين اعتقلوا خلال الاحتجاجات الأخيرة.", "arrest"),
        # the armed attack suspects are charged with, in a court report
        ("رفضت المحكمة الطعن المقدم من المتهمين بالمشاركة في الهجوم المسلح على الحاجز.", "armed_clash"),
    ],
)
def test_releases_and_charges_are_no_new_events(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("أفرجت السلطات عن 20 معتقلاً، فيما اعتقلت قوات الأمن خمسة آخرين في حمص.", "arrest"),
        ("عقب الإفراج عن المعتقلين بساعات، خرج مئات الأهالي في تظاهرة احتفالية في الساحة.", "protest"),
        ("هاجم مسلحون مجهولون حاجزاً للجيش في ريف درعا، في هجوم مسلح هو الثالث هذا الأسبوع.", "armed_clash"),
    ],
)
def test_arrests_and_marches_beside_a_release_stay(detector: Detector, text: str, kept: str) -> None:
    assert kept in categories(detector, text)
