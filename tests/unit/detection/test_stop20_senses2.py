"""Other senses of the words of shelling, explosions, air raids and protests in the pages of trade, market, farming,
culture, health and parliamentary news (stop 20, second round): each class is a sense told by its sentence's domain or
frame, not a list of one outlet's phrases.

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses: the
same words telling news, which must stay events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector

AS_OF = datetime(2026, 11, 25, tzinfo=UTC)


def categories(detector: Detector, text: str) -> set[str]:
    return {event.category for event in detector.tag(text, published_at=AS_OF).events}


# --- 1. a bombardment of requests, leaks and hail ---------------------------------------------------------------------
# "bombard" counts only when its sentence names a force, a weapon, a toll or a place of war (`shelling_sense`), and not
# a chess board's attack.


@pytest.mark.parametrize(
    "text",
    [
        "Analysts note the insurer has been bombarded with requests from shipowners since the summer.",
        "The envoy said the talks had been bombarded by leaks from both delegations.",
        "Hail bombarded orchards near the river overnight, growers said.",
        "In the travel show the presenter is bombarded by monsoon rain in Kerala.",
        "The last round of the open turned into a bombardment of the white king after a rook sacrifice.",
    ],
)
def test_a_bombardment_with_no_war_in_its_sentence_is_no_event(detector: Detector, text: str) -> None:
    assert "shelling" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces bombarded the town of Kafranbel with artillery on Monday.",
        "Russian artillery bombarded residential neighbourhoods of Kherson overnight, officials said.",
        "The heavy bombardment of villages in the Idlib countryside killed three civilians on Sunday.",
    ],
)
def test_a_bombardment_of_a_place_of_war_stays(detector: Detector, text: str) -> None:
    assert "shelling" in categories(detector, text)


# --- 2. a kitchen's shells -------------------------------------------------------------------------------------------


def test_a_chef_shelling_prawns_is_no_event(detector: Detector) -> None:
    assert "shelling" not in categories(detector, "Later, a chef shells prawns and walnuts for a street-food stall in Hanoi.")


def test_troops_shelling_a_village_stays(detector: Detector) -> None:
    assert "shelling" in categories(detector, "Regime troops shelled the village of Kansafra in Idlib on Tuesday.")


# --- 3. an explosion of numbers --------------------------------------------------------------------------------------
# growth told as a burst: "an explosion of entries", "a population explosion", «انفجاراً سكانياً», «انفجار في تكاليف».


@pytest.mark.parametrize(
    "text",
    [
        "The school's science fair saw an explosion of entries this year.",
        "Officials warned of a population explosion in the city's suburbs.",
        "تشهد البلاد انفجاراً سكانياً يضغط على المراكز الصحية في المحافظات.",
        "ويعاني المزارعون في ريف حماة من انفجار في تكاليف المحروقات هذا الموسم.",
        "وشهدت صالة العرض في السويداء انفجاراً في عدد الزوار خلال المعرض.",
        "وقال العميد إن جامعة حلب شهدت انفجاراً معرفياً في أبحاث الطاقة.",
    ],
)
def test_an_explosion_of_numbers_is_no_event(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "An explosion of a car bomb killed three people in Azaz on Saturday.",
        "وقع انفجار في مستودع للذخيرة قرب مدينة الميادين بريف دير الزور فجر اليوم.",
        "أدى انفجار عبوة ناسفة في سوق مدينة الباب إلى مقتل شخصين وإصابة آخرين.",
    ],
)
def test_a_blast_in_a_place_stays(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- 4. a likeness of a raid or a shelling ---------------------------------------------------------------------------
# «وصفه بأنه غارة», «أشبه بقصف»: a comparison names no raid.


@pytest.mark.parametrize(
    "text",
    [
        "ووصف أحد الوسطاء في سوق دمشق قرار الهيئة بأنه غارة على صغار المتعاملين.",
        "وقال محللون إن موجة الشراء في البورصة كانت أشبه بقصف متواصل من الأوامر.",
    ],
)
def test_a_likeness_of_a_raid_is_no_event(detector: Detector, text: str) -> None:
    assert not {"airstrike", "shelling"} & categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("شنت طائرات حربية غارة على أطراف بلدة كفرنبل بريف إدلب الجنوبي اليوم.", "airstrike"),
        ("قصفت القوات الحكومية بالمدفعية قرى جبل الزاوية جنوبي إدلب صباح اليوم.", "shelling"),
    ],
)
def test_a_raid_and_a_shelling_told_plainly_stay(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 5. a demonstration of health, of art or of awareness -------------------------------------------------------------


def test_a_health_awareness_demonstration_is_no_protest(detector: Detector) -> None:
    text = "ونظمت مديرية الصحة تظاهرة صحية توعوية في حديقة تشرين بمشاركة طلاب كليات الطب."
    assert "protest" not in categories(detector, text)


def test_a_demonstration_against_fees_stays(detector: Detector) -> None:
    text = "خرج مئات الطلاب في تظاهرة داخل حرم جامعة حلب اليوم احتجاجاً على رفع رسوم السكن."
    assert "protest" in categories(detector, text)


# --- 6. a protest of procedure and a controlled detonation -----------------------------------------------------------


def test_a_motion_of_protest_is_no_protest(detector: Detector) -> None:
    text = "A motion of protest against the health bill was defeated by 41 votes in the chamber on Wednesday."
    assert "protest" not in categories(detector, text)


def test_ordnance_detonated_in_a_controlled_explosion_is_no_blast(detector: Detector) -> None:
    text = "The army said it had detonated unexploded ordnance found in a field near Tyre in a controlled explosion."
    assert "explosion" not in categories(detector, text)


def test_ordnance_that_went_off_stays(detector: Detector) -> None:
    text = "Unexploded ordnance went off in a field near the town of Sarmin on Monday, killing a shepherd."
    assert "explosion" in categories(detector, text)


# --- 7. (round 2) a sector's boom and a case that blew up --------------------------------------------------------------
# «انفجاراً سياحياً/رقمياً/سعرياً»: a boom named by its sector's adjective, in either case; «انفجرت القضية في وجه الادعاء».


@pytest.mark.parametrize(
    "text",
    [
        "تشهد المدن الساحلية في طرطوس انفجاراً سياحياً هذا الصيف مع امتلاء الفنادق.",
        "وقال الوزير إن البلاد تشهد انفجاراً رقمياً في خدمات الدفع الإلكتروني.",
        "وقال المحامي إن القضية انفجرت في وجه الادعاء بعد ظهور أدلة جديدة.",
    ],
)
def test_a_sector_boom_or_a_case_that_blew_up_is_no_event(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


def test_a_grenade_thrown_at_a_shop_stays(detector: Detector) -> None:
    text = "ألقى مجهول قنبلة يدوية على محل تجاري في مدينة الباب ليل أمس، ما أدى إلى أضرار مادية."
    assert "explosion" in categories(detector, text)


# --- 8. (round 2) a protest ruled on, a name, a shelling of the heart -------------------------------------------------


def test_a_protest_rejected_by_a_judge_is_no_protest(detector: Detector) -> None:
    text = "The judge rejected a protest from defence counsel over the late disclosure of emails."
    assert "protest" not in categories(detector, text)


def test_a_collection_dubbed_air_raid_is_no_strike(detector: Detector) -> None:
    text = "One label's camouflage collection, dubbed 'Air Raid Chic', drew the loudest applause of the week."
    assert "airstrike" not in categories(detector, text)


def test_hearts_shelled_by_grief_is_no_shelling(detector: Detector) -> None:
    text = "The preacher spoke of a world bombarded by noise and of hearts shelled by grief."
    assert "shelling" not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Residents held a protest outside the governorate building in Sweida on Sunday.", "protest"),
        ("An air raid on the outskirts of Maarat Misrin killed two civilians on Monday.", "airstrike"),
        ("The army shelled the outskirts of Jisr al-Shughur on Wednesday, residents said.", "shelling"),
    ],
)
def test_a_protest_a_raid_and_a_shelling_of_the_day_stay(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 9. a game's arsenal told in its third person ---------------------------------------------------------------------


def test_an_airstrike_players_can_call_in_is_no_event(detector: Detector) -> None:
    text = "Players can now call in an airstrike on a marked zone once per match in the battle-royale shooter's new season."
    assert "airstrike" not in categories(detector, text)


def test_an_airstrike_that_killed_players_stays(detector: Detector) -> None:
    text = "A drone strike killed two players of a local football club near Sarmada in Idlib on Friday, relatives said."
    assert "airstrike" in categories(detector, text)


# --- 10. a chess position that blew up -------------------------------------------------------------------------------


def test_a_chess_position_that_blew_up_is_no_blast(detector: Detector) -> None:
    text = "He sacrificed a rook and rained blows on the kingside until his opponent's position blew up on move 31."
    assert "explosion" not in categories(detector, text)


def test_a_bomb_that_blew_up_by_a_chess_club_stays(detector: Detector) -> None:
    text = "A bomb blew up outside the chess federation's offices in Azaz on Saturday, killing two men, residents said."
    assert "explosion" in categories(detector, text)
