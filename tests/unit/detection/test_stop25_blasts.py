"""Blasts and clashes that are no attack, and two real ones that were missed (stop 25, blast probe of real news).

A probe of Arabic and English pages on bombings and clashes and their look-alikes found these classes:

- works accidents named by their plant or process: "two explosions ripped through a chemical plant", "a butane explosion",
  "a blast in the furnace", the cause told in the next sentence ("... inside one of the boilers", «داخل فرن»); a bomb at
  such a plant stays an attack;
- a person who carried the bomb read as an aircraft: "a teenage bomber targeted the mosque" gave an air strike;
- devices found and made safe: a wartime bomb the police detonated, a car bomb "found ... now defused" (a headline), an
  object "confirmed that it was an IED";
- a crossfire between armed sides ("killed in a cross fire between security forces and militants") was missed, as was a
  clan quarrel that turned to weapons («شجار عشائري ... تطور إلى استخدام السلاح»);
- a monthly vigil or an anniversary of the Beirut port blast told the blast again («من تاريخ التفجير»);
- ideologies clashing on the Senate floor, with "insurgents" for a faction, read as fighting;
- an operation against hideouts told with «تقوم بعملية ضد مخابئ» (army statements) was missed.

All are lexicon data (en.yaml, ar.yaml). Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two explosions tore through a chemical plant outside the port city on Monday, killing four workers.", "en"),
        ("A butane explosion flattened the control room of the refinery's storage unit, injuring nine staff.", "en"),
        ("Three workers died when a blast hit the furnace of a steel mill in the industrial zone on Sunday.", "en"),
        ("Five workers were missing after an explosion destroyed a fireworks warehouse near the town on Friday.", "en"),
        (
            "An explosion inside a textile factory killed two workers on Monday. Officials said the blast happened in one of "
            "the boilers.",
            "en",
        ),
        ("قتل عاملان بانفجار في مصنع للحديد في المدينة الصناعية. وقال مسؤولون إن الانفجار وقع داخل فرن يعمل بالغاز.", "ar"),
        ("أصيب خمسة عمال بانفجار في معمل للنسيج أمس. وأوضح الدفاع المدني أن الانفجار وقع داخل إحدى الغلايات.", "ar"),
    ],
)
def test_a_works_accident_is_no_explosion_event(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A bomb exploded outside a chemical plant near Homs on Monday, killing two guards.", "en"),
        ("A car bomb went off beside a fireworks warehouse in Azaz, wounding six people.", "en"),
        ("انفجرت عبوة ناسفة قرب مصنع للإسمنت في ريف حلب الشمالي، ما أدى إلى إصابة ثلاثة عمال.", "ar"),
    ],
)
def test_a_bomb_at_a_plant_stays_an_explosion(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" in categories(detector, text, lang=lang)


def test_a_teenage_bomber_is_no_air_strike(detector: Detector) -> None:
    found = categories(detector, "A teenage bomber targeted the mosque as worshippers gathered for dawn prayers.", lang="en")
    assert "airstrike" not in found


def test_bombers_that_struck_are_still_an_air_strike(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "Russian bombers struck the town overnight, residents said.", lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "Police detonated a Second World War bomb that builders had unearthed at a construction site on Monday.",
        "Car bomb found near a village school now defused",
        "Bomb disposal officers confirmed that it was an improvised explosive device and destroyed it in a nearby field.",
    ],
)
def test_a_device_made_safe_is_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "Militants detonated a bomb at the gate of the police station on Monday, killing three officers.",
        "A car bomb exploded in the market on Monday, killing four people, while a second one was defused by police.",
        "Police said it was an improvised explosive device that killed the two men on the highway.",
    ],
)
def test_a_device_that_went_off_stays_an_explosion(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four people were killed in a cross fire between security forces and militants in the district on Friday.", "en"),
        ("Two civilians were caught in the crossfire between troops and militants in the valley on Tuesday.", "en"),
        ("قتل ثلاثة أشخاص بشجار عشائري في ريف الحسكة تطور إلى تبادل إطلاق الرصاص بين الطرفين.", "ar"),
        ("وقع خلاف بين عائلتين على قطعة أرض وتطور إلى استخدام السلاح، ما أدى إلى مقتل شخصين.", "ar"),
    ],
)
def test_a_crossfire_or_an_armed_clan_quarrel_is_a_clash(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The two candidates were caught in a crossfire between party factions over the budget.", "en"),
        (
            "Conservative ideologies clashed on the Senate floor for a second day as a group of party insurgents took on "
            "the leadership over the budget.",
            "en",
        ),
        ("انتهى شجار عشائري بالعصي في القرية بعد تدخل الوجهاء وحل الخلاف بين الطرفين.", "ar"),
    ],
)
def test_a_political_crossfire_or_an_unarmed_quarrel_is_no_clash(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        "نظم أهالي ضحايا انفجار مرفأ بيروت وقفتهم الشهرية، وقالوا إن خمسين شهرا مرت من تاريخ التفجير من دون محاسبة.",
        "أحيا اللبنانيون الذكرى الخامسة لانفجار مرفأ بيروت بوقفة صامتة قرب الإهراءات.",
    ],
)
def test_an_anniversary_of_the_port_blast_is_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text, lang="ar")


def test_a_blast_told_today_beside_its_date_stays_an_explosion(detector: Detector) -> None:
    text = "قتل ثلاثة أشخاص بانفجار عبوة ناسفة في سوق مدينة الباب اليوم، وقال شهود إن التفجير وقع قرب المسجد."
    assert "explosion" in categories(detector, text, lang="ar")


def test_an_operation_against_militant_hideouts_told_with_taqum_fires(detector: Detector) -> None:
    text = "قتل جنديان عندما كانت القوات تقوم بعملية ضد مخابئ للمسلحين في ريف إدلب."
    assert "military_operation" in categories(detector, text, lang="ar")


def test_a_municipal_campaign_against_dog_hideouts_is_no_operation(detector: Detector) -> None:
    text = "أطلقت البلدية عملية ضد مخابئ الكلاب الضالة في الحدائق العامة."
    assert "military_operation" not in categories(detector, text, lang="ar")
