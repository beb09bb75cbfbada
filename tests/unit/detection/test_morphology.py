"""Matching that survives morphology: clitics, plurals, duals, verb forms, English inflections."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_of

ARABIC = [
    ("airstrike", "شنت الطائرات غارة على المدينة"),
    ("airstrike", "شنت الطائرات غارات على المدينة"),
    ("airstrike", "تواصلت الغارات على المدينة"),
    ("airstrike", "استهدفت المدينة بغارات عنيفة"),
    ("airstrike", "وبالغارات استهدف الطيران القرية"),
    ("airstrike", "نفذ الطيران غارتين على القرية"),
    ("airstrike", "نفذت الطائرات ضربة جوية على الموقع"),
    ("airstrike", "نفذت الطائرات ضربات جوية على الموقع"),
    ("airstrike", "تواصلت الضربات الجوية على الموقع"),
    ("airstrike", "غـارة جويـة على البلدة"),
    ("airstrike", "غاره جويه على البلدة"),  # taa marbuta written as haa
    ("airstrike", "قصفت طائرات حربية البلدة"),
    ("airstrike", "استهدفت طائرة مسيرة سيارة على الطريق"),
    ("withdrawal", "أعلن الجيش انسحاب قواته من البلدة"),
    ("withdrawal", "رصدت المصادر انسحاباً جزئياً للقوات"),
    ("withdrawal", "بدأ الانسحاب من المنطقة صباح اليوم"),
    ("withdrawal", "انسحبت الفصائل من القرية"),
    ("withdrawal", "وانسحب المقاتلون من مواقعهم"),
    ("withdrawal", "قالت المصادر إن القوات تنسحب من المدينة"),
    ("withdrawal", "بدأ الجيش سحب قواته من الحدود"),
    ("withdrawal", "وروسيا تسحب جزءا من قواتها"),
    ("withdrawal", "توجهت الآليات المنسحبة إلى الشمال"),
    ("withdrawal", "إنسحاب الميليشيات من البلدة"),  # hamza on the alef
    ("shelling", "قصفت قوات النظام بالمدفعية قرى الريف"),
    ("shelling", "سقطت قذائف هاون على الحي"),
    ("armed_clash", "اندلعت اشتباكات عنيفة بين الطرفين"),
    ("armed_clash", "اشتبكت دورية مع مسلحين قرب الحاجز"),
    ("explosion", "انفجرت عبوة ناسفة بسيارة عسكرية"),
    ("explosion", "انفجار سيارة مفخخة في السوق"),
    ("military_operation", "بدأت القوات حملة تمشيط واسعة في المنطقة"),
    ("military_operation", "أطلق الجيش عملية عسكرية في الريف"),
    ("arrest", "اعتقلت قوات الأمن ثلاثة شبان من البلدة"),
    ("arrest", "شنت الأجهزة الأمنية حملة اعتقالات في الحي"),
    ("protest", "خرجت مظاهرات في المدينة للمطالبة بالإفراج عن المعتقلين"),
    ("protest", "نظم الأهالي وقفة احتجاجية أمام المبنى"),
]

ENGLISH = [
    ("airstrike", "An airstrike hit the town."),
    ("airstrike", "Airstrikes hit the town."),
    ("airstrike", "An air strike hit the town."),
    ("airstrike", "Air strikes hit the town."),
    ("airstrike", "An air-strike hit the town."),
    ("airstrike", "Air raids pounded the town overnight."),
    ("airstrike", "A drone strike killed a commander."),
    ("airstrike", "Warplanes struck the town at dawn."),
    ("withdrawal", "The troops began to withdraw from the town."),
    ("withdrawal", "The army withdraws from the border area."),
    ("withdrawal", "The brigade has withdrawn from the city."),
    ("withdrawal", "Forces were seen withdrawing from the base."),
    ("withdrawal", "The withdrawal of US troops was completed."),
    ("withdrawal", "The rebels withdrew from the hill."),
    ("withdrawal", "Russian forces pulled out of the airbase."),
    ("withdrawal", "Russian troops pull out of the airbase."),
    ("withdrawal", "The pullout of foreign forces started on Monday."),
    ("withdrawal", "Government forces retreated from the village."),
    ("shelling", "Artillery shelling hit the village."),
    ("armed_clash", "Clashes erupted between the two groups."),
    ("explosion", "A car bomb exploded near the market."),
    ("military_operation", "The army launched a military operation in the countryside."),
    ("arrest", "Police arrested four men in the town."),
    ("protest", "Hundreds of protesters gathered in the square."),
]


@pytest.mark.parametrize(("category", "text"), ARABIC)
def test_arabic_forms(detector: Detector, category: str, text: str) -> None:
    assert category in categories_of(detector.tag(text, lang="ar"))


@pytest.mark.parametrize(("category", "text"), ENGLISH)
def test_english_forms(detector: Detector, category: str, text: str) -> None:
    assert category in categories_of(detector.tag(text, lang="en"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دخل السياح إلى مغارة جعيتا", "ar"),  # مغارة (a cave) contains غار
        ("اشترى غارًا من السوق", "ar"),
        ("The striker scored twice.", "en"),
        ("She wrote about the strikers of the team.", "en"),
    ],
)
def test_words_that_only_look_alike(detector: Detector, text: str, lang: str) -> None:
    assert categories_of(detector.tag(text, lang=lang)) == set()


def test_language_from_script(detector: Detector) -> None:
    assert detector.tag("غارة جوية على البلدة").lang == "ar"
    assert detector.tag("An airstrike hit the town.").lang == "en"
    assert detector.tag("Авиаудар по городу").lang == "ru"
    assert detector.tag("12345 !!!").lang == "und"
    assert detector.tag("text", lang="AR-sy").lang == "ar"


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("airstrike", "The army struck the town with guided aerial bombs on Monday."),
        ("airstrike", "Glide bombs hit two apartment blocks in the city overnight."),
    ],
)
def test_bombs_dropped_from_aircraft(detector: Detector, category: str, text: str) -> None:
    assert category in categories_of(detector.tag(text, lang="en"))


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # raids by air-landed troops, reported as the action
        ("military_operation", "Special forces carried out an airdrop operation near the village at dawn."),
        ("military_operation", "Coalition troops conducted a heliborne raid on a farm outside the town."),
        # a force searching homes
        ("military_operation", "Soldiers searched houses in the village for several hours before leaving."),
        # front-line reports
        ("military_operation", "Enemy offensive operations continued along three axes on Monday."),
        ("armed_clash", "The staff recorded 96 combat engagements on the front over the past day."),
        ("armed_clash", "Fighting that lasted until dawn left the hilltop in ruins."),
        # the force is named long before it pulls back
        ("withdrawal", "A column of armoured vehicles entered the hamlet, searched two farms and held a man before pulling back toward the line."),
    ],
)
def test_raids_searches_and_front_line_reports(detector: Detector, category: str, text: str) -> None:
    assert category in categories_of(detector.tag(text, lang="en"))


def test_a_capture_in_a_heliborne_raid_is_the_capture(detector: Detector) -> None:
    found = categories_of(detector.tag("Troops captured a militant commander in a helicopter-borne raid on the town.", lang="en"))
    assert "arrest" in found and "military_operation" not in found


def test_cluster_submunitions_that_explode(detector: Detector) -> None:
    assert "explosion" in categories_of(detector.tag("A cluster bomblet exploded in a field, wounding a shepherd.", lang="en"))
