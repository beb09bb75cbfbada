"""Pakistan's places in their provinces (stop 25, known gaps).

Pakistan had no regions in the gazetteer: an attack in North Waziristan, one in Quetta and a rally in Karachi were all
events of "Pakistan" alone, so a rule per (category, region) counted the insurgency in Khyber Pakhtunkhwa with the
protests of Sindh. The four provinces and three territories are regions now (gazetteer data only), and the places of the
insurgency (Waziristan, Bajaur, Kurram, Bannu, Lakki Marwat, Dera Ismail Khan, Tank, Khyber, Tirah ...) are Khyber
Pakhtunkhwa's, Quetta, Zhob, Gwadar and Chaman Balochistan's; the country stays Pakistan, so a label naming the
country still matches. Iran's Sistan and Baluchestan and India's Punjab stay out of it. Every sentence here is written
for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def _located(detector: Detector, text: str, lang: str, category: str) -> set[tuple[str | None, str | None]]:
    events = detector.tag(text, lang=lang, published_at=AS_OF).events
    return {(event.region, event.country) for event in events if event.category == category}


@pytest.mark.parametrize(
    ("text", "lang", "category", "region"),
    [
        ("Militants attacked a Frontier Corps checkpoint in South Waziristan before dawn.", "en", "armed_clash", "Khyber Pakhtunkhwa"),
        ("A roadside bomb went off beside a police van in North Waziristan on Friday.", "en", "explosion", "Khyber Pakhtunkhwa"),
        ("Clashes broke out between rival tribes in Kurram on Sunday.", "en", "armed_clash", "Khyber Pakhtunkhwa"),
        ("Gunmen attacked a police station in Lakki Marwat overnight.", "en", "armed_clash", "Khyber Pakhtunkhwa"),
        ("A bomb went off near the district courts in Dera Ismail Khan.", "en", "explosion", "Khyber Pakhtunkhwa"),
        ("Militants ambushed a convoy in Khyber on Tuesday, officials said.", "en", "armed_clash", "Khyber Pakhtunkhwa"),
        ("Police arrested 11 suspects in a raid in Bannu.", "en", "arrest", "Khyber Pakhtunkhwa"),
        ("Security forces launched an operation against militants in Zhob.", "en", "military_operation", "Balochistan"),
        ("A blast hit a passenger train at the railway station in Quetta.", "en", "explosion", "Balochistan"),
        ("Hundreds of traders rallied in Karachi against the new taxes.", "en", "protest", "Sindh"),
        ("Police detained 25 protesters in Lahore on Saturday.", "en", "arrest", "Punjab (Pakistan)"),
        ("اندلعت اشتباكات بين الجيش الباكستاني ومسلحين في جنوب وزيرستان.", "ar", "armed_clash", "Khyber Pakhtunkhwa"),
        ("انفجرت عبوة ناسفة بدورية للشرطة في إقليم خيبر بختونخوا شمال غربي باكستان.", "ar", "explosion", "Khyber Pakhtunkhwa"),
        ("هاجم مسلحون نقطة تفتيش في إقليم بلوشستان جنوب غربي باكستان.", "ar", "armed_clash", "Balochistan"),
        ("اعتقلت الشرطة 17 شخصاً في مدينة كويتا.", "ar", "arrest", "Balochistan"),
    ],
)
def test_a_pakistani_place_is_in_its_province(detector: Detector, text: str, lang: str, category: str, region: str) -> None:
    assert (region, "Pakistan") in _located(detector, text, lang, category)


@pytest.mark.parametrize(
    ("text", "lang", "category", "country"),
    [
        ("Iranian police arrested dozens of protesters in Zahedan, in Sistan and Baluchestan province.", "en", "arrest", "Iran"),
        ("اعتقلت السلطات الإيرانية عشرات المحتجين في محافظة سيستان وبلوشستان.", "ar", "arrest", "Iran"),
    ],
)
def test_the_neighbours_provinces_stay_theirs(detector: Detector, text: str, lang: str, category: str, country: str) -> None:
    located = _located(detector, text, lang, category)
    assert located and all(where[1] == country for where in located)
