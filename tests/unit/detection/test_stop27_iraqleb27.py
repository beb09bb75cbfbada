"""Iraqi and Lebanese press: stop 27's probe of real reports (kept outside the repo) on Israeli drone strikes in south
Lebanon and the Bekaa, Israeli withdrawals from border villages, Iraqi operations against ISIS remnants, Turkish strikes in
Iraqi Kurdistan and protests in Basra, Nasiriyah and Sulaymaniyah, beside the same outlets' non-events.

Classes, each beside the near misses that must keep firing (AS_OF is 25 November 2026):

1. A missile told with «ب» as an air strike's instrument, the strike or the aircraft before it in its clause («شنّت مسيرة
   غارة بصاروخ موجه», «استهدفت مسيرة بصاروخين سيارة», «بغارة جوية بالصواريخ»), is no second, ground-launched shelling.
2. "The bombardment" told in the sentence right after air strikes is theirs, not a shelling.
3. Tear gas («القنابل المسيلة للدموع») is no place (M'Sila, Algeria).
4. An attack by ISIS named by its members or its remnants on a checkpoint or a post («هجوم شنه عناصر داعش»), police killed
   «برصاص مسلحي التنظيم», and gunmen who "assaulted" an army checkpoint are armed clashes.
5. A bombing foiled («أحبطت القوات محاولة تفجير عبوة ناسفة», "foiled an attempt to blow up ... with an IED") is no explosion.
6. Protesters going home or leaving their square («انسحب المتظاهرون من الساحة») are no withdrawal.
7. A crowd told by its progressive ("teachers who were protesting outside the ministry") is protesting.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories, countries

# --- 1. a missile as the air strike's instrument ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "شنّت طائرة مسيّرة إسرائيلية غارة بصاروخ موجّه على دراجة نارية عند مدخل بلدة ياطر صباح اليوم.",
        "استهدفت مسيّرة إسرائيلية بصاروخين شاحنة صغيرة على طريق بلدة صديقين ظهر اليوم.",
        "استهدف الطيران الحربي أطراف بلدة اللبوة بغارة جوية بالصواريخ فجر اليوم.",
        "استهدفت غارة من طائرة مسيرة، قرابة الثامنة صباحاً، بصاروخ موجه سيارة على طريق بلدة كفررمان.",
    ],
)
def test_a_missile_an_air_strike_fired_is_no_shelling(detector: Detector, text: str) -> None:
    found = categories(detector, text, lang="ar")
    assert "airstrike" in found
    assert "shelling" not in found


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت القوات المتمركزة على التلة بصاروخ موجّه آلية عسكرية قرب البلدة صباح اليوم.",
        "قصفت المدفعية أطراف القرية بالصواريخ فجر اليوم.",
        "أطلقت الفصائل صواريخ على مواقع الجيش في محيط المدينة صباح اليوم.",
    ],
)
def test_a_missile_fired_from_the_ground_keeps_the_shelling(detector: Detector, text: str) -> None:
    assert "shelling" in categories(detector, text, lang="ar")


# --- 2. "the bombardment" after air strikes --------------------------------------------------------------------------


def test_the_bombardment_after_air_strikes_is_theirs(detector: Detector) -> None:
    text = ("On Monday, Turkish jets carried out three airstrikes north of Zakho. A local official said the bombardment hit "
            "an area near the village of Batifa.")
    found = categories(detector, text, lang="en")
    assert "airstrike" in found
    assert "shelling" not in found


def test_an_artillery_bombardment_keeps_the_shelling(detector: Detector) -> None:
    text = "On Monday, Turkish artillery bombardment hit villages near Zakho, a local official said."
    assert "shelling" in categories(detector, text, lang="en")


# --- 3. tear gas is no place -----------------------------------------------------------------------------------------


def test_tear_gas_is_no_algerian_town(detector: Detector) -> None:
    text = "خرج المئات في تظاهرة وسط مدينة الكوت اليوم، وأطلقت قوات الأمن القنابل المسيلة للدموع لتفريقهم."
    assert "Algeria" not in countries(detector, text, "protest", lang="ar")
    assert "protest" in categories(detector, text, lang="ar")


# --- 4. attacks by ISIS on posts; gunmen assaulting a checkpoint -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة من عناصر الشرطة إثر هجوم شنه عناصر داعش ليلاً على نقطة تفتيش في قضاء الدبس.",
        "أصيب أربعة جنود في هجوم نفذه فلول داعش فجر اليوم على موقع للجيش في وادي الشاي.",
        "استشهد اثنان من منتسبي مخفر شرطة القرية الواقعة شرق المقدادية برصاص مسلحي تنظيم داعش مساء الأحد.",
    ],
)
def test_an_attack_by_isis_on_a_post_is_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        # an attack on ISIS by the army is its operation, a cache found is nothing
        "عثرت القوات الأمنية على مخبأ لعناصر داعش يضم أسلحة وأعتدة في وادي الشاي.",
        # a defendant charged with an attack on a checkpoint
        "أصدرت المحكمة حكماً بإعدام متهم بالمشاركة في هجوم عناصر داعش على نقطة تفتيش.",
    ],
)
def test_isis_named_without_an_attack_is_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text, lang="ar")


def test_gunmen_assaulting_a_checkpoint_is_a_clash(detector: Detector) -> None:
    text = "Suspected militants assaulted an army checkpoint near the village of Sherween on Tuesday night, security sources said."
    assert "armed_clash" in categories(detector, text, lang="en")


def test_a_person_assaulted_is_no_clash(detector: Detector) -> None:
    text = "A man assaulted his neighbour during a dispute over parking on Tuesday, police said."
    assert "armed_clash" not in categories(detector, text, lang="en")


# --- 5. a bombing foiled ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang",
    [
        ("أحبطت القوات الأمنية محاولة تفجير عبوة ناسفة قرب جسر القرية صباح اليوم.", "ar"),
        ("أعلنت قيادة العمليات أن قوة من الجيش أحبطت محاولة تفجير أنبوب للنفط شمال بيجي بعبوة ناسفة محلية الصنع.", "ar"),
        ("Troops foiled an attempt to blow up a water pumping station with an IED near Baiji on Sunday.", "en"),
    ],
)
def test_a_foiled_bombing_is_no_explosion(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("انفجرت عبوة ناسفة بدورية للجيش قرب جسر القرية صباح اليوم.", "ar"),
        ("أحبطت القوات الأمنية محاولة تسلل لمسلحين نحو قرية شرق المقدادية فجر اليوم.", "ar"),
        ("An IED blew up a water pumping station near Baiji on Sunday.", "en"),
    ],
)
def test_a_bombing_done_or_an_infiltration_repelled_keeps_firing(detector: Detector, text: str, lang: str) -> None:
    assert categories(detector, text, lang=lang) & {"explosion", "armed_clash"}


# --- 6. protesters going home ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "انسحب المتظاهرون من ساحة التحرير بعد ساعات من التجمع أمام مبنى المحافظة.",
        "توقّف متظاهرو الكوت عن الاعتصام مساء اليوم، وانسحبوا إلى بيوتهم بانتظار رد الحكومة.",
    ],
)
def test_protesters_leaving_are_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text, lang="ar")


def test_forces_withdrawing_keep_firing(detector: Detector) -> None:
    text = "انسحبت القوات الإسرائيلية فجر اليوم من بلدة الوزاني وانتشر الجيش اللبناني فيها."
    assert "withdrawal" in categories(detector, text, lang="ar")


# --- 7. a crowd told by its progressive ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police detained four nurses who were protesting outside the health directorate in Kut on Sunday.",
        "Hundreds of graduates are protesting in front of the provincial council building in Amarah today.",
    ],
)
def test_a_crowd_protesting_is_a_protest(detector: Detector, text: str) -> None:
    assert "protest" in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "The defendant was protesting his innocence when the judge adjourned the hearing on Sunday.",
        "The minister was protesting the decision of the federal court, his office said on Sunday.",
    ],
)
def test_a_speaker_protesting_is_no_protest(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text, lang="en")
