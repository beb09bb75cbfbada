"""Protest and explosion words that report no protest held or no bomb gone off (stop 28, real-text probe).

Classes found on a probe of published English and Arabic news (kept outside the repository): a state's protest put on
record or made "formally"; a complaint told with "protested that"; protesters named by their trial; a trial named by its
protest; an army's demonstration of equipment; an appeal to supporters to hold demonstrations; engineers detonating a
device others planted; a device broken up before it went off, found or reported, or handled under engineers'
supervision; factory, crash and sonic-boom blasts; a power cable or a gas pipeline bursting.

Every sentence here is written for this file; none is taken from the probe or an evaluation set. Each class has near
misses: the same words telling news, which must stay events."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories

# --- 1. a state's protest, a complaint told ------------------------------------------------------------------------------
# A foreign ministry "registered a strong protest" or summoned an envoy "to formally protest"; a defendant "protested that"
# he was innocent: no crowd (labeling README: diplomatic protests are negatives).


@pytest.mark.parametrize(
    "text",
    [
        "Egypt has registered a strong protest with the Israeli envoy over the border incident, the foreign ministry said.",
        "The ministry summoned the Iraqi charge d'affaires on Sunday to formally protest the shelling of a border post.",
        "Jordan's foreign office said it officially protested the remarks to the Israeli ambassador on Monday.",
        "The accused protested that he had never owned a weapon and asked the court for a new hearing.",
        "She protested that the charges were invented, her lawyer told reporters outside the court.",
    ],
)
def test_a_state_protest_or_a_complaint_is_no_demonstration(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers protested outside the ministry in Amman on Sunday to demand higher pay.",
        "Residents protested in front of the governorate building in Daraa on Tuesday over bread shortages.",
        "Thousands of protesters marched through central Beirut on Saturday, demanding the resignation of the government.",
    ],
)
def test_crowds_protesting_stay_protests(detector: Detector, text: str) -> None:
    assert "protest" in categories(detector, text)


# --- 2. protesters named by their trial, a trial named by its protest ---------------------------------------------------
# "The court convicted twelve more protesters", "protesters charged with rioting", "the so-called teapot protest trial":
# the news is a court's, no protest told (labeling README: trials about past detentions are negatives).


@pytest.mark.parametrize(
    "text",
    [
        "A court in Minsk convicted twelve more protesters under the public order article of the criminal code.",
        "Lawyers said that protesters charged with nonviolent offences should be allowed to explain their motives to the jury.",
        "The judge ruled on Wednesday in the so-called teapot protest trial, handing down suspended sentences.",
        "The tribunal acquitted nine protesters of all charges after a hearing that lasted four hours.",
    ],
)
def test_protesters_in_court_are_no_protest(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained nine protesters outside the ministry of justice in Tunis on Monday as they chanted slogans.",
        "Protesters rallied outside the court in Cairo on Tuesday, demanding the release of the detained students.",
    ],
)
def test_protesters_outside_a_court_stay_protests(detector: Detector, text: str) -> None:
    assert "protest" in categories(detector, text)


# --- 3. a demonstration of equipment, an appeal to hold demonstrations ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army is conducting a demonstration activity in the desert to assess three new reconnaissance drones.",
        "Engineers gave a demonstration flight of the cargo drone to officials at the air base on Thursday.",
        "A message sent by the organisers encouraged supporters to hold demonstrations outside town halls next week.",
        "Activists are organising a nationwide protest next Saturday in all major cities.",
        "The teachers' union is organizing a rally outside parliament to demand higher pay.",
    ],
)
def test_a_product_demonstration_or_an_appeal_is_no_protest(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students held a demonstration outside the university in Baghdad on Monday against rising fees.",
        "Workers staged a demonstration in front of the factory gates on Sunday to demand unpaid wages.",
        "Activists organised a protest outside the ministry on Tuesday against the new law.",
    ],
)
def test_demonstrations_held_stay_protests(detector: Detector, text: str) -> None:
    assert "protest" in categories(detector, text)


# --- 4. engineers detonating a device others planted ------------------------------------------------------------------
# "Engineering units detonated an IED attached by unknown persons to a motorcycle": a controlled detonation (labeling
# README: controlled detonations are negatives).


@pytest.mark.parametrize(
    "text",
    [
        "Engineering units of the army detonated on Monday an explosive device planted by unknown persons near a school in Daraa.",
        "Security forces detonated on Friday an IED planted by unknown men at the entrance of the village, after they failed to dismantle it.",
        "The bomb squad detonated the device attached by unknown persons to a parked car in Homs.",
    ],
)
def test_engineers_detonating_a_found_device_is_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen detonated an explosive device as an army patrol passed near Tafas in Daraa countryside on Monday.",
        "An IED planted by unknown persons exploded near a school in Daraa on Monday, wounding two children.",
    ],
)
def test_devices_set_off_by_attackers_stay_explosions(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- 5. a device broken up, found, or handled under supervision -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تمكن خبراء المفرقعات من تفتيت العبوة الهيكلية قبل انفجارها قرب مبنى البلدية.",
        "وردت بلاغات تفيد بوجود عبوة ناسفة على الطريق الواصل بين القريتين، وطوقت الشرطة المكان.",
        "رصدت فرق الهندسة صاروخاً مفخخاً في أحد المنازل المهجورة بحي الشيخ مقصود.",
        "فُجّر الصاروخ المفخخ تحت إشراف فرق الهندسة دون تسجيل أي إصابات.",
    ],
)
def test_a_device_found_or_handled_is_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت عبوة ناسفة بسيارة عسكرية على طريق درعا اليوم ما أدى إلى إصابة عنصرين.",
        "قُتل مدنيان بانفجار سيارة مفخخة في سوق مدينة الباب بريف حلب.",
        "وصل الشاب إلى الحاجز قبل انفجار العبوة بدقائق وأصيب بجروح.",
    ],
)
def test_devices_gone_off_stay_explosions(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- 6. accidents: factories, crashes, sonic booms, cables and pipelines ---------------------------------------------
# (labeling README: domestic and industrial accidents are negatives)


@pytest.mark.parametrize(
    "text",
    [
        "Six workers were killed on Tuesday in an explosion inside a firecracker factory in southern India.",
        "A blast at a chemical plant outside the city injured eleven workers, the fire department said.",
        "Nine people were killed in a blast on the highway after a truck carrying explosives collided with a bus.",
        "The explosion heard over the town was a sonic boom from a fighter jet, the air force said.",
        "انفجر كابل الكهرباء الرئيسي في أحد المصانع ما أدى إلى انقطاع التيار عن الحي.",
        "أفادت تقارير بوقوع انفجار في خط أنابيب الغاز جنوب البلاد دون إصابات.",
    ],
)
def test_accidental_blasts_are_no_explosions(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded near a chemical plant on the outskirts of Hasakah on Monday, killing two guards.",
        "A roadside bomb went off after a patrol left the base near Qamishli, wounding three soldiers.",
        "انفجرت عبوة ناسفة قرب خط لنقل النفط في ريف دير الزور الشرقي.",
    ],
)
def test_bombs_near_plants_and_pipelines_stay_explosions(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- 7. a scouts' parade, a walk for health or a charity ----------------------------------------------------------------
# «مسيرة» is also the scouts' parade and the awareness walk: "نظّم الكشافة مسيرة جابت شوارع المدينة", "مسيرة المشي لمحاربة
# مرض السكري" -- no demonstration (a crowd's march with a demand stays one).


@pytest.mark.parametrize(
    "text",
    [
        "نظمت فرق الكشافة مسيرة جابت الشوارع الرئيسية في المدينة احتفالاً بعيد الاستقلال.",
        "شارك المئات في مسيرة مشي لمسافة خمسة كيلومترات للتوعية بمرض السرطان.",
        "انطلقت مسيرة كشفية من أمام البلدية بمشاركة أربعمئة كشاف.",
    ],
)
def test_a_scouts_parade_or_a_health_walk_is_no_protest(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "نظم الأهالي مسيرة حاشدة في ساحة البلدة للمطالبة بالإفراج عن المعتقلين.",
        "جابت مسيرة شعبية شوارع مدينة السويداء تطالب برحيل المحافظ.",
        "نظم طلاب الجامعة مسيرة احتجاجية جابت شوارع حلب تنديدا بقرار رفع الرسوم.",
    ],
)
def test_marches_with_a_demand_stay_protests(detector: Detector, text: str) -> None:
    assert "protest" in categories(detector, text)


# --- 8. the blasts of an interception ---------------------------------------------------------------------------------
# Explosions heard as air defences intercept a drone or a missile, or "in the sky": no device went off (the attack, if any,
# is the drone's or the missile's category).


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Nahariya reported hearing two loud explosions as the Iron Dome intercepted a drone launched from Lebanon.",
        "Residents reported hearing explosions in the sky over Belgorod on Sunday night.",
        "سمع دوي انفجارات في سماء مدينة حيفا ناجمة عن اعتراض مسيرة أطلقت من لبنان.",
        "أفاد سكان بسماع دوي انفجارين نتيجة عمليات اعتراض فوق الجليل الأعلى.",
    ],
)
def test_the_blasts_of_an_interception_are_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded near the air defense base outside Damascus on Monday, killing two soldiers.",
        "Two explosions rocked the market in Azaz on Friday after a car bomb went off near a bakery.",
        "انفجرت عبوة ناسفة بسيارة قرب مقر للدفاع الجوي في ريف دمشق.",
        "سمع دوي انفجار في المدينة نتيجة انفجار عبوة ناسفة قرب السوق.",
    ],
)
def test_bombs_near_air_defences_stay_explosions(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- 9. the interception told in the sentence before (`perceived_causes`) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Iron Dome intercepted a drone over Nahariya on Monday. Residents reported hearing a loud explosion.",
        "A drone launched from Lebanon was shot down over the Galilee. Explosions were heard in the area.",
        "Air defences intercepted a missile over Tel Aviv. Witnesses reported hearing several explosions.",
        "أعلن الجيش اعتراض صاروخ أطلق من اليمن. وسمع دوي انفجارات في سماء القدس.",
        "تصدت الدفاعات الجوية لمسيرات معادية فوق المدينة، وأفاد سكان بسماع دوي انفجارين.",
    ],
)
def test_blasts_heard_after_an_interception_are_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences intercepted a missile over Tel Aviv. Separately, a car bomb explosion was heard near the port in Haifa.",
        "The Iron Dome intercepted a rocket over Sderot. An explosive device went off near the market in Gaza City, killing two.",
        "Police said a drone was shot down near the airport. Blasts were heard as a car bomb went off outside the police station.",
        "أعلن الجيش اعتراض صاروخ أطلق من اليمن. وسمع دوي انفجار عبوة ناسفة قرب سوق المدينة.",
        "A car bomb went off near the market in Azaz. Explosions were heard across the town.",
    ],
)
def test_devices_heard_after_an_interception_stay_explosions(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)
