"""Gaps left open at the end of stop 13 (its closing note), fixed in stop 14.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def events(detector: Detector, text: str, lang: str) -> set[tuple[str, str | None]]:
    return {(event.category, event.region) for event in detector.tag(text, lang=lang, published_at=AS_OF).events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("If confirmed, the drone strike on a car near Idlib would be the third this week.", "en", ("airstrike", "Idlib")),
        ("If verified, footage of the shelling of Kafranbel shows at least two impacts.", "en", ("shelling", "Idlib")),
        ("إذا تأكدت الأنباء، فإن الغارة على ريف إدلب هي الأعنف منذ أشهر.", "ar", ("airstrike", "Idlib")),
        ("وإن صحت الرواية، فإن القصف المدفعي على بلدة كفرنبل أوقع خمسة قتلى.", "ar", ("shelling", "Idlib")),
    ],
)
def test_a_report_awaiting_confirmation_is_no_condition(
    detector: Detector, text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in events(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If the rebels attack again, the army will shell Idlib.", "en"),
        ("If Israel withdraws from the corridor, the talks could resume.", "en"),
        ("إذا انسحبت القوات من المدينة فستبدأ المفاوضات.", "ar"),
    ],
)
def test_a_real_condition_still_reports_nothing(detector: Detector, text: str, lang: str) -> None:
    assert events(detector, text, lang) == set()


@pytest.mark.parametrize(
    "text",
    [
        "وبحسب الرواية الرسمية فإن الغارات استهدفت مواقع في ريف حماة.",
        "وتتناقض هذه الرواية مع ما أكده ناشطون عن غارات جوية على ريف حماة.",
        "وحسب رواية الأهالي، شنت طائرة مسيرة غارة على أطراف مدينة حماة صباح اليوم.",
    ],
)
def test_an_account_is_no_novel(detector: Detector, text: str) -> None:
    assert ("airstrike", "Hama") in events(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "صدرت له رواية جديدة تتناول الغارات على حماة في الثمانينيات.",
        "تدور أحداث الرواية حول انسحاب القوات من المدينة بعد حصار طويل.",
    ],
)
def test_a_novel_still_tells_no_news(detector: Detector, text: str) -> None:
    assert events(detector, text, "ar") == set()


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("اعتقلت قوات الاحتلال ثلاثة شبان في جنين فجر اليوم.", "West Bank"),
        ("خرجت تظاهرة غاضبة في الناصرية للمطالبة بتحسين الكهرباء.", "Dhi Qar"),
        ("انفجرت عبوة ناسفة بسيارة مدنية في الرمادي.", "Anbar"),
        ("دارت اشتباكات عنيفة في مأرب بين القوات الحكومية والحوثيين.", "Marib"),
    ],
)
def test_a_locative_is_enough_for_a_name_whose_common_sense_hardly_follows_one(
    detector: Detector, text: str, region: str
) -> None:
    assert region in {found for _, found in events(detector, text, "ar")}


def test_a_name_without_that_flag_still_needs_a_place_word(detector: Detector) -> None:
    # "في الخيام" is "in the tents" as often as the town of Khiam: a locative alone does not place it
    found = events(detector, "اعتقلت الشرطة شابين في الخيام المنصوبة قرب الحدود.", "ar")
    assert ("arrest", "Nabatieh") not in found


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("قصفت قوات النظام قرى على الضفة الغربية لنهر الفرات في ريف دير الزور.", "ar", "Deir ez-Zor"),
        ("انسحبت القوات الروسية من الضفة الغربية لنهر دنيبرو في خيرسون.", "ar", "Kherson Oblast"),
        ("Clashes erupted on the west bank of the Euphrates in Deir ez-Zor.", "en", "Deir ez-Zor"),
    ],
)
def test_a_rivers_west_bank_is_not_the_west_bank(detector: Detector, text: str, lang: str, region: str) -> None:
    regions = {found for _, found in events(detector, text, lang)}
    assert region in regions
    assert "West Bank" not in regions


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعتقل الجيش الإسرائيلي عشرة شبان في الضفة الغربية ونهر الأردن.", "ar"),
        ("اندلعت اشتباكات في الضفة الغربية بين فلسطينيين والجيش الإسرائيلي.", "ar"),
        ("Israeli troops arrested ten people across the West Bank overnight.", "en"),
    ],
)
def test_the_west_bank_stays_the_west_bank(detector: Detector, text: str, lang: str) -> None:
    assert "West Bank" in {found for _, found in events(detector, text, lang)}
