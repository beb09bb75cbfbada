"""Gulf and Yemeni press in Arabic: gaps and look-alikes from stop 26's probe `gulfar26` (real pages kept outside the
repository; every sentence here is written anew).

Classes, each beside its near misses:

1. Drones launched at a target and intercepted on their way («دمرت الدفاعات طائرات مسيرة أطلقت نحو ...») are the
   attack (airstrike), as the labeled sets count drones intercepted over a region they were launched against; a drone
   downed with no target named stays none, and counted drones mostly downed are left to their own terms. (The probe's
   rules for one drone, «طائرة مسيرة أطلقها ... باتجاه», were dropped at the merge: as terms of their own they shadowed
   the general drone term at the same words and cost the touched set delta an air strike.)
2. Saudi and Emirati places (Khamis Mushait, Abha, Abqaiq, Ras Tanura, Dubai, Abu Dhabi, the Jazan and Najran regions;
   bare Jazan, Najran and Jeddah only after a place cue; Riyadh left out, the capital statements come from, Jazan and Najran being the landmarks Yemeni border
   districts are told by): the drone's target and the border where smugglers are held place the event in its country.
3. An aircraft with its owner's pronoun («أن طائراته قصفت») is an air word: the bombing is the air strike, not shelling.
4. A base attacked with a drone or missiles, the weapon told after it («هاجموا قاعدة ... بطائرة مسيرة»), is no clash;
   a checkpoint attacked with shells or RPGs stays one.
5. A police trap that caught suspects («كمين محكم أسفر عن ضبط المتهمين») is no ambush.
6. A command's area of operations («ضمن نطاق عملياتها»), a smuggling run foiled («إحباط عملية تهريب») and a patrol
   searching the spot («وبتمشيط الموقع») are no military operation.
"""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories, countries

# --- 1. intercepted drones launched at a target ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "دمرت الدفاعات الجوية فجر اليوم طائرات مسيرة أطلقت نحو خميس مشيط من الأراضي اليمنية.",
    ],
)
def test_an_intercepted_drone_launched_at_a_target_is_the_attack(detector: Detector, text: str) -> None:
    assert "airstrike" in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "أسقطت الدفاعات الجوية طائرة مسيرة في أجواء المحافظة دون أن تعرف الجهة التي أطلقتها.",
        "عرضت الشركة طائرة مسيرة للتصوير الزراعي في معرض الرياض للتقنية.",
        "أعلن الجيش إسقاط طائرة استطلاع مسيرة فوق مواقعه الجبلية.",
    ],
)
def test_a_drone_downed_with_no_target_stays_none(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text, lang="ar")


# --- 2. Saudi and Emirati places ------------------------------------------------------------------------------------------




def test_a_drone_strike_on_khamis_mushait_is_placed_in_saudi_arabia(detector: Detector) -> None:
    text = "هاجم الحوثيون بطائرة مسيرة منشأة نفطية في خميس مشيط فجر اليوم."
    assert countries(detector, text, "airstrike", lang="ar") == {"Saudi Arabia"}


def test_smugglers_held_in_jazan_are_placed_in_saudi_arabia(detector: Detector) -> None:
    text = "قبضت دوريات حرس الحدود في منطقة جازان على مهربين اثنين وبحوزتهما كمية من القات."
    assert countries(detector, text, "arrest", lang="ar") == {"Saudi Arabia"}


def test_a_gang_held_by_dubai_police_is_placed_in_the_emirates(detector: Detector) -> None:
    text = "ألقت شرطة دبي القبض على أربعة متهمين بترويج المخدرات في شقة بمنطقة الراشدية."
    assert countries(detector, text, "arrest", lang="ar") == {"United Arab Emirates"}


def test_riyadh_the_dateline_or_paper_places_nothing(detector: Detector) -> None:
    # the Yemeni city named in the sentence places the strike, not the capital a statement came from
    text = "«الرياض» — شن طيران التحالف اليوم غارات على مواقع للحوثيين في صعدة."
    assert countries(detector, text, "airstrike", lang="ar") == {"Yemen"}


# --- 3. an aircraft with its owner's pronoun ----------------------------------------------------------------------------


def test_aircraft_with_a_pronoun_bombing_is_the_air_strike(detector: Detector) -> None:
    found = categories(detector, "أعلن الجيش أن طائراته قصفت 12 هدفا في مناطق يسيطر عليها المتمردون الليلة.", lang="ar")
    assert "airstrike" in found and "shelling" not in found


def test_artillery_bombing_stays_shelling(detector: Detector) -> None:
    found = categories(detector, "قصفت مدفعية الجيش تجمعات للمسلحين شرق المدينة صباح اليوم.", lang="ar")
    assert "shelling" in found


# --- 4. a base attacked with a drone ------------------------------------------------------------------------------------


def test_a_base_attacked_with_a_drone_is_no_clash(detector: Detector) -> None:
    found = categories(detector, "أعلنت الجماعة أنها هاجمت قاعدة عسكرية في المنطقة بطائرة مسيرة مساء الاثنين.", lang="ar")
    assert "armed_clash" not in found


def test_a_base_attacked_by_gunmen_stays_a_clash(detector: Detector) -> None:
    found = categories(detector, "هاجم مسلحون قاعدة عسكرية قرب المدينة فجر اليوم واشتبكوا مع حراسها.", lang="ar")
    assert "armed_clash" in found


# --- 5. a police trap ---------------------------------------------------------------------------------------------------


def test_a_police_trap_that_caught_suspects_is_no_ambush(detector: Detector) -> None:
    found = categories(detector, "وقال مدير المكافحة: «نصبنا كميناً محكماً أسفر عن ضبط المتهمين الثلاثة».", lang="ar")
    assert "armed_clash" not in found and "arrest" in found


def test_an_ambush_on_a_patrol_stays_a_clash(detector: Detector) -> None:
    found = categories(detector, "نصب مسلحون كميناً لدورية للجيش على الطريق الدولي مساء أمس.", lang="ar")
    assert "armed_clash" in found


# --- 6. operations that are none --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قالت القيادة المركزية، التي يقع البحر الأحمر ضمن نطاق عملياتها، إن طائراتها دمرت مخزنا للأسلحة.",
        "أحبطت دوريات حرس الحدود في القطاع الجبلي عملية تهريب 80 كيلوغراما من القات.",
        "فر المهربون تاركين أكياسهم، وبتمشيط الموقع عثرت الدورية على كمية من الحشيش.",
    ],
)
def test_operations_that_are_none(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت القوات الحكومية عملية عسكرية واسعة ضد عناصر تنظيم القاعدة في المحافظة.",
        "بدأت قوات الأمن حملة تمشيط واسعة في الأودية المحيطة بالمدينة بحثا عن المسلحين.",
    ],
)
def test_real_operations_keep_firing(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text, lang="ar")


# --- narrowings after the gate ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # counted drones, most downed: the downed number is no strike's size, the target no strike's place (as before)
        "قال سلاح الجو إن الدفاعات أسقطت 50 طائرة مسيرة أطلقتها القوات نحو مناطق الجنوب خلال الليل.",
        "أعلنت الوزارة اعتراض 30 طائرة مسيرة أطلقت باتجاه المقاطعة الحدودية.",
    ],
)
def test_counted_drones_downed_are_left_to_their_own_terms(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text, lang="ar")


def test_a_checkpoint_attacked_with_shells_stays_a_clash(detector: Detector) -> None:
    found = categories(detector, "هاجم مسلحون حاجزا للجيش بقذائف صاروخية قرب البلدة مساء أمس.", lang="ar")
    assert "armed_clash" in found


def test_a_border_district_told_by_jazan_stays_in_yemen(detector: Detector) -> None:
    text = "قصفت المدفعية اليوم قرى في مديرية شدا الحدودية المحاذية لجازان شمالي صعدة."
    assert countries(detector, text, "shelling", lang="ar") == {"Yemen"}
