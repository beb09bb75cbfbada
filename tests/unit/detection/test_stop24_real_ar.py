"""Classes of stop 24 found by a probe of real Arabic news (branch realar24), closed together, with their English twins.

2. An attack on a base, a camp or a post (lexicon list ``base_targets``: «هجوم شنته الحركة على قاعدة عسكرية»، «هاجم مسلحون
   قاعدة»، «اقتحم ... القاعدة») is an armed clash, not an offensive (``base_assaulted`` cancels the offensive's «شنوا هجوماً»);
   a suicide attacker («مهاجم انتحاري») is no football striker. Not an attack of drones or missiles on a base, nor bare
   «القاعدة» (al-Qaeda's name), nor «الهجوم» referring back.
3. The bare word «قصف» after an air strike told before it is the strike's (it yields "article" to airstrike), and a
   missile an aircraft fired («أطلقت طائرات الاحتلال صاروخاً», list ``air_launched``) is an air strike, not a shelling.
4. A blast whose cause told right after it is a drill, a sonic boom or a controlled detonation is none (explosion
   ``cause_cues``/``excluded_causes``, Arabic and English).
6. A battle in a drill's script or likened to one on a market's screens is no clash (``battle_likened``).
8. «مسيرة» organised or walked by a crowd (list ``march_organised`` before it in its clause) is a march, never a drone.
9. A strike decided, threatened or called («قررت التصعيد من خلال الإضراب») and people named by the protests they join
   («ناشطي الاحتجاجات», "activists of protests") report no protest.

Every sentence here is written for this file; none is taken from an evaluation set or from the probe's pages."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def _categories(detector: Detector, text: str, lang: str, title: str = "") -> set[str]:
    return {event.category for event in detector.tag(text, title=title, lang=lang, published_at=AS_OF).events}


# 2. Attacks on bases ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هاجم مسلحون قاعدة عسكرية في وسط مالي ليل الأحد وقتلوا عشرة جنود.", "ar"),
        ("قتل خمسة جنود اليوم في هجوم شنته جماعة متشددة على قاعدة عسكرية قرب العاصمة.", "ar"),
        ("قتل جنديان اليوم الجمعة جراء هجوم شنته حركة مسلحة مرتبطة بتنظيم القاعدة على معسكر للجيش في الشمال.", "ar"),
        ("وقالت مصادر عسكرية إن المقاتلين شنوا اليوم هجوما مباغتا على القاعدة التي يتمركز فيها الجيش.", "ar"),
        ("بدأ الهجوم فجر اليوم بمهاجم انتحاري اقتحم بسيارته المفخخة القاعدة جنوب المدينة.", "ar"),
        ("Gunmen attacked a military base in central Mali on Sunday, killing ten soldiers.", "en"),
        ("Militants launched a surprise attack on an army base on Friday, killing four soldiers.", "en"),
    ],
)
def test_an_attack_on_a_base_is_an_armed_clash(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" in _categories(detector, text, lang)


def test_insurgents_attack_on_a_base_is_no_offensive(detector: Detector) -> None:
    text = "وقالت مصادر عسكرية إن المقاتلين شنوا اليوم هجوما مباغتا على القاعدة التي يتمركز فيها الجيش."
    assert "military_operation" not in _categories(detector, text, "ar")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # drones or missiles on a base: the strike, not an assault
        ("استهدف هجوم بطائرات مسيرة اليوم قاعدة عسكرية في شرق البلاد.", "ar"),
        ("أعلنت الوزارة اليوم عن هجوم صاروخي على قاعدة عسكرية في الغرب دون إصابات.", "ar"),
        # al-Qaeda's name is no base
        ("تبنى تنظيم القاعدة في بيان اليوم سلسلة من الهجمات الإلكترونية.", "ar"),
        # an attack referred back to, in an analysis of last year
        ("وقال التقرير إن الإدارة لم يكن أمامها خيار بعد الهجوم على القاعدة الأمريكية في العام الماضي.", "ar"),
    ],
)
def test_a_strike_on_a_base_or_al_qaeda_s_name_is_no_armed_clash(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" not in _categories(detector, text, lang)


def test_a_football_striker_stays_no_clash(detector: Detector) -> None:
    text = "سجل المهاجم هدفين في المباراة اليوم وقاد فريقه إلى الفوز في الدوري."
    assert _categories(detector, text, "ar") == set()


# 3. Bare «قصف» after an air strike; a missile an aircraft fired ---------------------------------------------------------


def test_a_bare_bombardment_alone_stays_shelling(detector: Detector) -> None:
    text = "أصيب ثلاثة مدنيين اليوم نتيجة قصف استهدف بلدة في ريف إدلب الجنوبي."
    assert "shelling" in _categories(detector, text, "ar")


def test_artillery_beside_air_raids_keeps_the_shelling(detector: Detector) -> None:
    text = ("شنت الطائرات الحربية اليوم غارات على قرى في ريف إدلب الجنوبي.\n"
            "وقصفت المدفعية بلدة كفرنبل بعشرات القذائف.")
    assert {"airstrike", "shelling"} <= _categories(detector, text, "ar")


def test_a_missile_fired_by_aircraft_is_an_air_strike(detector: Detector) -> None:
    text = "أطلقت طائرات الاحتلال اليوم صاروخا تجاه مقبرة في مخيم جنين ما خلف عدة إصابات."
    assert _categories(detector, text, "ar") == {"airstrike"}


def test_a_missile_fired_from_the_ground_stays_shelling(detector: Detector) -> None:
    text = "أطلقت الفصائل اليوم صاروخا على مستوطنة قرب الحدود دون إصابات."
    assert "shelling" in _categories(detector, text, "ar")


# 4. Blasts explained as drills ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أعلنت وزارة الدفاع أن دوي الانفجار الذي سمع في المنطقة الشرقية اليوم يعود إلى إحدى المناورات التدريبية.", "ar"),
        ("سمع دوي انفجار قوي في مدينة حماة اليوم، وقالت مصادر إنه ناجم عن خرق طائرات حربية جدار الصوت.", "ar"),
        ("The ministry said the blast heard in the east was due to a scheduled military exercise.", "en"),
        ("Residents heard loud explosions in Gaza on Monday, which turned out to be mock raids breaking the sound barrier.", "en"),
    ],
)
def test_a_blast_explained_as_a_drill_is_none(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" not in _categories(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل شخصان اليوم في انفجار ناجم عن عبوة ناسفة في سوق بغداد.", "ar"),
        ("A car bomb exploded in Baghdad on Monday, killing three; the blast was part of a wave of attacks.", "en"),
    ],
)
def test_a_blast_caused_by_a_device_stays(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" in _categories(detector, text, lang)


# 6. Battles in drills and markets ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وتخللت المناورة اليوم رمايات بالدبابات والأسلحة الثقيلة وإخلاء مصابين من حقل المعركة بالطوافات.", "ar"),
        ("واشتعلت المعركة اليوم على الشاشة في مشهد أقرب إلى حرب مالية، وتداخلت أوامر البيع كطلقات الرصاص.", "ar"),
        ("On Monday the battle raged on the trading screens, in a scene closer to a financial war.", "en"),
    ],
)
def test_a_drill_s_or_a_market_s_battle_is_no_clash(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" not in _categories(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("واندلعت المعركة اليوم بين الجيش ومسلحي التنظيم على أطراف المدينة وقتل خمسة عناصر.", "ar"),
        ("A fierce battle raged on Monday between the army and militants on the outskirts of the town.", "en"),
    ],
)
def test_a_battle_of_the_day_stays(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" in _categories(detector, text, lang)


# 8. Marches -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نظم المئات من أهالي الضحايا في بيروت، اليوم الاثنين، مسيرة انطلقت من ساحة الشهداء للمطالبة بالعدالة.", "ar"),
        ("شارك آلاف الطلاب اليوم في مسيرة جابت شوارع المدينة.", "ar"),
        ("Hundreds organised a march in Beirut on Monday that set off from Martyrs' Square.", "en"),
    ],
)
def test_a_march_a_crowd_organised_is_a_protest(detector: Detector, text: str, lang: str) -> None:
    assert "protest" in _categories(detector, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "نظمت الوزارة اليوم معرضا شاركت فيه طائرة مسيرة محلية الصنع.",
        "أسقطت الدفاعات الجوية اليوم طائرة مسيرة شاركت في الهجوم على المطار.",
    ],
)
def test_a_drone_beside_an_organiser_s_verb_is_no_march(detector: Detector, text: str) -> None:
    assert "protest" not in _categories(detector, text, "ar")


# 9. Strikes decided and protest activists -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قررت رابطة المعلمين اليوم التصعيد، من خلال الإضراب في المدارس الرسمية.", "ar"),
        ("وتستهدف القوات في حملاتها اليوم ناشطي الاحتجاجات السلمية.", "ar"),
        ("Forces also target activists of peaceful protests, the group said on Monday.", "en"),
    ],
)
def test_a_strike_decided_or_protest_activists_report_no_protest(detector: Detector, text: str, lang: str) -> None:
    assert "protest" not in _categories(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نفذ المعلمون اليوم إضرابا شاملا في المدارس الرسمية للمطالبة برفع الأجور.", "ar"),
        ("خرجت احتجاجات اليوم في وسط المدينة شارك فيها ناشطون وطلاب.", "ar"),
        ("Hundreds of activists staged protests in the city on Monday.", "en"),
    ],
)
def test_a_strike_or_protest_held_stays(detector: Detector, text: str, lang: str) -> None:
    assert "protest" in _categories(detector, text, lang)


# 5. Clash words: forces under fire, artillery used, a campaign's sweep -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وتعرض عناصر دورية للجيش لإطلاق النار أثناء المداهمة اليوم ما أدى لإصابة عدد منهم.", "ar"),
        ("A Kurdish-led patrol came under fire during the raid on Thursday, wounding several fighters.", "en"),
    ],
)
def test_forces_under_fire_are_an_armed_clash(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" in _categories(detector, text, lang)


def test_a_house_under_fire_is_no_armed_clash(detector: Detector) -> None:
    assert "armed_clash" not in _categories(detector, "تعرض منزل مواطن لإطلاق نار اليوم دون إصابات.", "ar")


def test_artillery_used_in_a_fight_is_shelling(detector: Detector) -> None:
    text = "اندلعت اشتباكات اليوم في المدينة، واستخدم الطرفان الأسلحة الثقيلة والمدفعية قرب المطار."
    assert {"armed_clash", "shelling"} <= _categories(detector, text, "ar")


def test_artillery_used_in_a_drill_is_no_shelling(detector: Detector) -> None:
    text = "واستخدمت القوات اليوم المدفعية والدبابات خلال مناورات بالذخيرة الحية في الصحراء."
    assert "shelling" not in _categories(detector, text, "ar")


def test_a_campaign_s_sweep_is_a_military_operation(detector: Detector) -> None:
    text = "شنت القوات حملة في المخيم اليوم استغرقت 30 ساعة، مشطت خلالها مئات المباني."
    assert "military_operation" in _categories(detector, text, "ar")


def test_a_cleaning_campaign_s_sweep_is_none(detector: Detector) -> None:
    text = "أطلقت البلدية اليوم حملة نظافة واسعة مشطت خلالها الفرق شوارع الحي."
    assert "military_operation" not in _categories(detector, text, "ar")


def test_a_bare_bombardment_by_ground_forces_after_air_raids_stays_shelling(detector: Detector) -> None:
    text = ("شنت الطائرات الحربية اليوم غارات على قرى في ريف إدلب.\n"
            "وقصف الجيش بلدة كفرنبل بالمدفعية.")
    assert {"airstrike", "shelling"} <= _categories(detector, text, "ar")


def test_attacks_on_a_base_a_strike_answers_are_no_clash(detector: Detector) -> None:
    text = "ضربات جوية تستهدف اليوم مواقع لفصائل مسلحة في مدينة الميادين، ردا على هجمات طالت قاعدة عسكرية."
    assert "armed_clash" not in _categories(detector, text, "ar")
