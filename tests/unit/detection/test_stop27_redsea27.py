"""The regional war of 2024–2026 as wires and regional outlets report it (Yemen, Israel, Iran, Iraq, the Red Sea): gaps
from stop 27's probe `redsea27` (real pages kept outside the repository; every sentence here is written anew).

Classes, each beside its near misses:

1. A missile launched or fired from a place or by a force is the attack (shelling: ground-launched) even when it was
   intercepted, as the labeled sets count rockets fired at a place, some of them intercepted: "air defences intercepted
   a missile launched from Iraq", «اعترضت الدفاعات صاروخاً أطلقته الجماعة» (the launcher's verb with its pronoun,
   «أطلقه/أطلقته/أطلقها/أطلقوا», is an attack word). A missile downed with no launcher named, one fired from a drone, a
   test launch into the sea and a missile on show stay what they were.
2. American or British bombardment («قصف أمريكي/أميركي/بريطاني») is an air strike, not shelling: neither fields
   artillery where it strikes. An artillery one («قصف مدفعي أمريكي») stays shelling.
3. Strikes being halted or suspended ("is halting its air strikes", "halts", "suspending"; «على أن توقف ... غاراتها»,
   «بأن يوقف») are no strike, as "halt"/"halted"/«وقف» already were; a strike that halts something else stays.
4. The verbal noun «استهداف», with its object pronoun, and an aircraft as its instrument («بعد استهدافها بطائرتين
   مسيرتين») is an air strike; a foiled, denied or threatened targeting is not.
"""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories

# --- 1. a missile launched at or from a place, intercepted ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The army said air defences intercepted a cruise missile launched from Iraq overnight.", "en"),
        ("Sirens sounded in Haifa after a ballistic missile fired from Lebanon was shot down over the bay.", "en"),
        ("The navy said it intercepted a missile fired by the militia at a tanker in the Gulf of Aden.", "en"),
        ("Air defences downed two missiles launched by the rebels toward the port on Sunday.", "en"),
        ("اعترضت الدفاعات الجوية فجر اليوم صاروخاً باليستياً أطلقته الجماعة باتجاه ميناء إيلات.", "ar"),
        ("قال الجيش إنه أسقط صاروخاً أطلقه المسلحون من الأراضي العراقية قبل وصوله إلى هدفه.", "ar"),
        ("صاروخان باليستيان أطلقهما الحوثيون ليلاً على مدينة أسدود تم اعتراضهما فوق البحر.", "ar"),
    ],
)
def test_an_intercepted_missile_launched_from_or_by_is_the_attack(detector: Detector, text: str, lang: str) -> None:
    assert "shelling" in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # downed with no launcher and no target named
        ("Air defences intercepted a missile over the northern districts, the army said.", "en"),
        # fired from the air: the air strike's munition
        ("A guided missile fired from a drone hit a pickup truck near the crossing.", "en"),
        # a test launch into the sea
        ("The country tested a missile launched from a submarine into the sea on Monday.", "en"),
        # on show, or history
        ("The museum displays a missile fired by the army in 1973.", "en"),
        # a football shot
        ("سدد المهاجم كرة صاروخية أطلقها من خارج منطقة الجزاء فارتطمت بالقائم.", "ar"),
    ],
)
def test_missiles_downed_unlaunched_air_fired_or_shown_are_no_shelling(detector: Detector, text: str, lang: str) -> None:
    assert "shelling" not in categories(detector, text, lang=lang)


# --- 2. American or British bombardment is from the air ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وأفادت مصادر محلية بأن قصفاً أمريكياً استهدف مخازن للسلاح في مديرية همدان شمال صنعاء.",
        "وذكرت القناة أن قصفا أميركيا بريطانيا طال معسكرا للحوثيين في محافظة حجة.",
        "وشن الطيران غارات فيما طال قصف بريطاني مواقع قرب ميناء الصليف.",
    ],
)
def test_american_or_british_bombardment_is_an_air_strike(detector: Detector, text: str) -> None:
    found = categories(detector, text, lang="ar")
    assert "airstrike" in found
    assert "shelling" not in found


@pytest.mark.parametrize(
    "text",
    [
        "قصف مدفعي أمريكي استهدف مواقع لمسلحين قرب الحدود.",
        "وقصفت المدفعية مواقع في ريف المدينة بعد ساعات من قصف أمريكي على مواقع أخرى.",
    ],
)
def test_artillery_bombardment_stays_shelling(detector: Detector, text: str) -> None:
    assert "shelling" in categories(detector, text, lang="ar")


def test_a_halted_american_bombardment_is_no_strike(detector: Detector) -> None:
    # diplomacy: the bombardment stopped, not told as a strike of the day
    text = "أعلن الرئيس الأمريكي وقف القصف الأمريكي على اليمن بعد اتفاق رعته سلطنة عمان."
    found = categories(detector, text, lang="ar")
    assert "shelling" not in found


# --- 3. strikes halted or to be stopped are no strike -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The White House said the United States is halting its air strikes on the rebels after the mediated truce.", "en"),
        ("The defence secretary said Washington halts its bombing runs over the province, effective at midnight.", "en"),
        ("The coalition is suspending air strikes on the port while talks go on, a spokesman said.", "en"),
        ("ونص الاتفاق على أن توقف الولايات المتحدة غاراتها على المحافظات الشمالية مقابل وقف الهجمات على السفن.", "ar"),
        ("وطالب الوسطاء بأن يوقف الطيران غاراته على الموانئ خلال فترة المفاوضات.", "ar"),
    ],
)
def test_strikes_being_halted_are_no_strike(detector: Detector, text: str, lang: str) -> None:
    assert "airstrike" not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the strike's consequence halts something else
        ("Warplanes struck the fuel depot on Tuesday, halting work at the terminal for hours.", "en"),
        # a strike told after something else stopped
        ("شنت الطائرات غارات على الميناء بعد أن توقف إطلاق الصواريخ لأيام.", "ar"),
    ],
)
def test_a_strike_beside_another_halt_stays(detector: Detector, text: str, lang: str) -> None:
    assert "airstrike" in categories(detector, text, lang=lang)


# --- 4. the verbal noun «استهداف» with an aircraft as its instrument --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الشركة المشغلة إن سفينة الشحن اشتعلت فيها النيران بعد استهدافها بطائرة مسيرة قبالة ميناء عدن.",
        "أفادت مصادر محلية باستهداف مخزن للسلاح في القائم بطائرتين مسيرتين فجر اليوم.",
    ],
)
def test_a_target_struck_by_an_aircraft_as_instrument_is_an_air_strike(detector: Detector, text: str) -> None:
    assert "airstrike" in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        # denied, threatened, or downed (a practice condemned, «تدين ... استهداف الأحياء بالطائرات المسيرة», was already
        # an air strike by the drone term and is left)
        "نفت الجماعة استهداف ناقلة النفط بطائرات مسيرة.",
        "هدد المتحدث باستهداف السفن العابرة بالطائرات المسيرة.",
        "أسقطت الدفاعات الجوية طائرة مسيرة حاولت استهداف المطار.",
        # a football shot
        "حاول المهاجم استهداف المرمى بكرة عالية في الدقيقة الأخيرة.",
    ],
)
def test_aimed_denied_or_condemned_targeting_is_no_air_strike(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text, lang="ar")
