"""A bomb told going off by what it did, and a bombing called an incident (stop 25, known gaps).

English: a bomb counted only beside a few verbs of detonation or harm right after it ("a bomb exploded", "a bomb
killed"), so "a bomb ripped through a bus", "a powerful bomb tore through the market" and "a bomb hidden in a cart
killed four" (the verb far after a participle) were missed. They fire now; a bomb found, defused or threatened, and a
storm or a side that "tore through" something, do not (en.yaml, lexicon data only).

Arabic: «حادث» (an incident) is in `@accident` (a road or a household accident), which cancelled «أسفر حادث تفجير سيارة
مفخخة عن ...» and «حادث التفجير الذي استهدف السوق». A detonation (تفجير) named an incident is now kept (the category's
`exclude_keeps`); «حادث انفجار» (which a gas cylinder's blast is called too) and accidents stay no event. A bomb told
by its toll («قتلت قنبلة ...», «أودت قنبلة بحياة ...») goes off too; one found («عثرت ... على قنبلة يدوية») does not.
Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A bomb ripped through a crowded minibus on the main road of Quetta on Sunday, killing nine passengers.", "en"),
        ("A powerful bomb tore through a vegetable market in the town of Azaz at dawn.", "en"),
        ("Two bombs ripped through a bus station in Mogadishu within minutes of each other.", "en"),
        ("A bomb rocked a crowded shopping street in Kirkuk on Tuesday evening.", "en"),
        ("A bomb hidden in a fruit cart killed five people near the clock tower in Idlib.", "en"),
        ("A bomb placed under a parked car wounded three policemen in Tikrit.", "en"),
        ("A bomb killed 21 worshippers at a mosque in Peshawar during Friday prayers.", "en"),
        ("أسفر حادث تفجير سيارة مفخخة قرب دوار الكف في منبج عن مقتل أربعة أشخاص.", "ar"),
        ("قتل مدنيان في حادث تفجير استهدف حافلة للركاب على طريق الباب.", "ar"),
        ("أدى حادث التفجير في سوق الهال بمدينة القامشلي إلى إصابة عشرة أشخاص.", "ar"),
        ("ارتفعت حصيلة حادث التفجير الإرهابي الذي وقع صباح اليوم في جبلة إلى تسعة قتلى.", "ar"),
        ("وقعت حادثة تفجير عبوة ناسفة قرب حاجز أمني في بلدة الصنمين.", "ar"),
        ("قتلت قنبلة ستة أشخاص في سوق الخضار بمدينة اعزاز.", "ar"),
        ("أودت قنبلة بحياة عنصرين من الشرطة قرب دوار السبع بحرات في إدلب.", "ar"),
    ],
)
def test_a_bomb_that_went_off_is_an_explosion(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police defused a bomb hidden in a fruit cart near the clock tower in Idlib.", "en"),
        ("A bomb placed under a bridge in Tikrit was found and defused by army engineers.", "en"),
        ("A bomb threat forced the evacuation of a shopping mall in Karachi on Tuesday.", "en"),
        ("A storm ripped through the coastal villages of Latakia overnight.", "en"),
        ("The visitors' attack tore through the home defence in the second half.", "en"),
        ("The comedy bombed at the box office and tore through its budget.", "en"),
        ("أصيب طفلان في حادث انفجار أسطوانة غاز داخل منزل في حي الوعر.", "ar"),
        ("أصيب سائق في حادث انفجار خزان وقود في محطة على طريق حماة.", "ar"),
        ("أسفر حادث سير على طريق حمص طرطوس عن مقتل ثلاثة أشخاص.", "ar"),
        ("أحيا الأهالي الذكرى العاشرة لحادث التفجير الذي استهدف المسجد عام 2013.", "ar"),
        ("عثرت دورية على قنبلة يدوية في حديقة عامة بحمص وأبطلت مفعولها.", "ar"),
        ("قتلت القنبلة الذرية عشرات الآلاف في هيروشيما عام 1945.", "ar"),
    ],
)
def test_no_blast_near_misses(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" not in categories(detector, text, lang=lang)
