"""Running totals of detainees under their other names, and withdrawals from a river's bank (stop 25, known gaps).

Arrests counted since an operation or a crackdown began are news (labeling README: a tally from the start of an episode
still under way). Arabic tells the rising total as «عدد المعتقلين»; Lebanese and Gulf outlets say «الموقوفين» or
«المحتجزين», which fired nothing: they take the same rule now (ar.yaml), with its near misses (a prison's stock, former
detainees, a total that is not told to rise). A prison named after the total («في سجن رومية») is a stock, not arrests,
for all three.

A withdrawal "from the right bank of the Dnipro" or "the eastern bank of the Euphrates" was cancelled by `@finance`
("bank"): a river's bank now keeps it (`exclude_keeps`, en.yaml); cash withdrawn from a bank stays no event. And an
announced withdrawal from a place, pinned here, is one, as withdrawing from an election or an agreement is none.
Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def _events(detector: Detector, text: str, lang: str, category: str) -> set[int | None]:
    return {event.count for event in detector.tag(text, lang=lang, published_at=AS_OF).events if event.category == category}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ارتفع عدد الموقوفين منذ بدء العملية الأمنية في جبل محسن إلى 64 شخصاً.", 64),
        ("وبلغ عدد الموقوفين منذ انطلاق الحملة في البقاع 38 مطلوباً.", 38),
        ("تجاوز عدد المحتجزين منذ بدء الحملة في ريف جبلة 200 شخص.", 200),
        ("ارتفع عدد المعتقلين منذ بدء العملية في ريف درعا الغربي إلى 57 شخصاً.", 57),
    ],
)
def test_a_rising_total_of_detainees_is_arrests(detector: Detector, text: str, count: int) -> None:
    assert count in _events(detector, text, "ar", "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "بلغ عدد الموقوفين في سجن رومية 3500 موقوف بحسب مصادر قضائية.",
        "بلغ عدد المعتقلين في السجن المركزي 900 معتقل.",
        "قال المحامي إن عدد الموقوفين في الملف كبير.",
        "بلغ عدد الموقوفين السابقين الذين أفرج عنهم 40 شخصاً.",
        "تجاوز عدد المحتجزين الإداريين في سجون الاحتلال 3000.",
    ],
)
def test_a_stock_of_detainees_is_no_arrest(detector: Detector, text: str) -> None:
    assert not _events(detector, text, "ar", "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops withdrew from the left bank of the river after weeks of shelling.",
        "Government forces pulled back from the eastern bank of the Euphrates near Deir Hafer.",
        "The army announced its withdrawal from the town of Kupiansk on Wednesday.",
        "The militia announced its withdrawal from positions around the airport after the fighting.",
    ],
)
def test_a_withdrawal_from_a_bank_or_an_announced_one_is_reported(detector: Detector, text: str) -> None:
    assert detector.tag(text, lang="en", published_at=AS_OF).events
    assert "withdrawal" in {event.category for event in detector.tag(text, lang="en", published_at=AS_OF).events}


@pytest.mark.parametrize(
    "text",
    [
        "Depositors withdrew cash from the bank's branch on the west bank of the city.",
        "The party announced its withdrawal from the municipal election.",
        "The government announced its withdrawal from the agreement on Tuesday.",
        "The rebels announced their withdrawal from the talks in Geneva.",
    ],
)
def test_money_or_a_body_withdrawn_from_is_none(detector: Detector, text: str) -> None:
    assert "withdrawal" not in {event.category for event in detector.tag(text, lang="en", published_at=AS_OF).events}
