"""Names shared by places of two countries (Tripoli in Lebanon and Libya, Rafah in Gaza and
Sinai, المحمودية in South Lebanon and near Baghdad) read as the place of the country the article
supports: the country, its regions or places named elsewhere in the title or text, or its
demonym ("Libyan", "اللبناني"). With no such support the first reading the gazetteer lists wins,
and the qualified forms ("the Libyan capital Tripoli") keep their own place.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from config.errors import ConfigError
from config.gazetteer import load_gazetteer
from config.settings import DEFAULTS_DIR
from streams.detection import Detector

WHEN = datetime(2026, 11, 25, tzinfo=UTC)


def regions(detector: Detector, text: str, lang: str, category: str, title: str = "") -> set[tuple[str | None, str | None]]:
    events = detector.tag(text, title=title, lang=lang, published_at=WHEN).events
    return {(event.region, event.country) for event in events if event.category == category}


LIBYA_TRIPOLI = ("Tripoli District", "Libya")
LEBANON_TRIPOLI = ("North Lebanon", "Lebanon")


@pytest.mark.parametrize(
    ("lang", "title", "text", "category", "expected"),
    [
        # the country named in another sentence
        ("en", "", "The UN envoy to Libya called for calm. Gunmen clashed in Tripoli late on Tuesday.",
         "armed_clash", LIBYA_TRIPOLI),
        ("ar", "", "دعا المبعوث الأممي إلى ليبيا إلى التهدئة. واندلعت اشتباكات مسلحة في طرابلس مساء الثلاثاء.",
         "armed_clash", LIBYA_TRIPOLI),
        # another Libyan city, in the title
        ("en", "Militias mobilise from Misrata", "Heavy clashes erupted in Tripoli overnight.",
         "armed_clash", LIBYA_TRIPOLI),
        ("ar", "تحشيدات عسكرية قادمة من مصراتة", "اندلعت اشتباكات عنيفة في طرابلس فجر اليوم.",
         "armed_clash", LIBYA_TRIPOLI),
        # a demonym
        ("en", "", "Libyan officials said a car bomb exploded in Tripoli near a hotel.", "explosion", LIBYA_TRIPOLI),
        ("ar", "", "قالت وزارة الداخلية الليبية إن سيارة مفخخة انفجرت في طرابلس قرب فندق.", "explosion", LIBYA_TRIPOLI),
        # Lebanese context: Beirut, Akkar, the Lebanese army
        ("en", "", "After a week of tension in Beirut, gunmen clashed in Tripoli on Monday.", "armed_clash", LEBANON_TRIPOLI),
        ("en", "", "The Lebanese army deployed after gunmen clashed in Tripoli on Monday.", "armed_clash", LEBANON_TRIPOLI),
        ("ar", "", "بعد توتر في عكار، اندلعت اشتباكات مسلحة في طرابلس يوم الاثنين.", "armed_clash", LEBANON_TRIPOLI),
        ("ar", "", "انتشر الجيش اللبناني بعد اشتباكات مسلحة في طرابلس يوم الاثنين.", "armed_clash", LEBANON_TRIPOLI),
        # no context: the default reading
        ("en", "", "Gunmen clashed in Tripoli on Monday.", "armed_clash", LEBANON_TRIPOLI),
        ("ar", "", "اندلعت اشتباكات مسلحة في طرابلس يوم الاثنين.", "armed_clash", LEBANON_TRIPOLI),
        # the qualified forms, whatever else the article names
        ("en", "", "Gunmen clashed in the Libyan capital Tripoli, hours after a rally in Beirut.", "armed_clash", LIBYA_TRIPOLI),
        ("ar", "", "اندلعت اشتباكات في العاصمة الليبية طرابلس بعد ساعات من تظاهرة في بيروت.", "armed_clash", LIBYA_TRIPOLI),
        # Rafah: Gaza's by default, Sinai's in an article about Sinai
        ("en", "", "An airstrike hit a house in Rafah at dawn.", "airstrike", ("Gaza Strip", "Palestine")),
        ("en", "", "Militants attacked a checkpoint in Arish. Security forces later clashed with them near Rafah.",
         "armed_clash", ("North Sinai", "Egypt")),
        ("ar", "", "هاجم مسلحون حاجزاً في الشيخ زويد، ثم اشتبكت معهم قوات الأمن قرب رفح.",
         "armed_clash", ("North Sinai", "Egypt")),
        ("ar", "", "استهدفت غارة منزلاً في رفح فجر اليوم.", "airstrike", ("Gaza Strip", "Palestine")),
        ("en", "", "An airstrike hit Rafah, Gaza health officials said, as Egyptian mediators met in Cairo.",
         "airstrike", ("Gaza Strip", "Palestine")),
        # المحمودية: South Lebanon's village by default (listed first), Baghdad's town in an Iraqi article
        ("ar", "", "شنت القوات العراقية حملة دهم في بلدة المحمودية واعتقلت مطلوبين.", "arrest", ("Baghdad", "Iraq")),
        ("ar", "", "استهدف قصف مدفعي أطراف بلدة المحمودية في جنوب لبنان.", "shelling", ("South Lebanon", "Lebanon")),
        # أريحا, listed by Syria (Idlib's Ariha, first) and the West Bank (Jericho)
        ("ar", "", "قصفت المدفعية أطراف مدينة أريحا مساء أمس.", "shelling", ("Idlib", "Syria")),
        ("ar", "", "داهم جنود إسرائيليون مدينة أريحا وأوقفوا أربعة شبان فلسطينيين.", "arrest", ("West Bank", "Palestine")),
    ],
)
def test_a_shared_name_reads_as_the_place_of_the_country_the_article_supports(
    detector: Detector, lang: str, title: str, text: str, category: str, expected: tuple[str, str]
) -> None:
    assert regions(detector, text, lang, category, title) == {expected}


def test_the_reading_is_decided_once_for_the_whole_article(detector: Detector) -> None:
    text = ("Forces loyal to the Libyan government shelled positions in Tripoli. Later, gunmen clashed in "
            "Tripoli's southern suburbs.")
    assert regions(detector, text, "en", "shelling") == {LIBYA_TRIPOLI}
    assert regions(detector, text, "en", "armed_clash") == {LIBYA_TRIPOLI}


def test_demonyms_are_never_places(detector: Detector) -> None:
    """A demonym only weighs a shared name: "Egyptian" alone places nothing in Egypt."""
    events = detector.tag("Egyptian and Libyan officials said gunmen clashed overnight.", lang="en", published_at=WHEN).events
    assert events and all(event.country is None for event in events)


def test_shared_names_are_declared_by_places_of_different_countries() -> None:
    gazetteer = load_gazetteer(DEFAULTS_DIR / "gazetteer.yaml")
    countries = {region.id: region.country for region in gazetteer.regions}
    holders: dict[str, set[str]] = {}
    for place in gazetteer.places:
        shared = place.shared_names
        for name in (*place.names.ar, *place.names.en, *(shared.ar + shared.en if shared else [])):
            holders.setdefault(name, set()).add(place.country or countries[place.region or ""])
    assert holders["Tripoli"] == holders["طرابلس"] == {"LB", "LY"}
    assert holders["Rafah"] == holders["رفح"] == {"PS", "EG"}
    demonyms = {country.id for country in gazetteer.countries if country.demonyms is not None}
    assert {"LB", "LY", "PS", "EG", "IQ"} <= demonyms


def test_a_shared_name_must_be_another_countrys_place_name(tmp_path: Path) -> None:
    data = """
version: 1
countries:
  - {id: AA, name: Aland, names: {en: [Aland]}}
  - {id: BB, name: Boland, names: {en: [Boland]}}
regions:
  - {id: AA-N, name: North Aland, country: AA, names: {en: [North Aland]}}
  - {id: BB-S, name: South Boland, country: BB, names: {en: [South Boland]}}
places:
  - {name: Twinford (Aland), kind: town, region: AA-N, names: {en: [Twinford]}}
  - {name: Twinford (Boland), kind: town, region: BB-S, names: {en: [Twinford Boland]}, shared_names: {en: [Twinford]}}
  - {name: Lonely, kind: town, region: BB-S, names: {en: [Lonely]}, shared_names: {en: [Nowhereville]}}
"""
    path = tmp_path / "gazetteer.yaml"
    path.write_text(data, encoding="utf-8")
    with pytest.raises(ConfigError, match="Nowhereville"):
        load_gazetteer(path)
    path.write_text(data.replace(", shared_names: {en: [Nowhereville]}", ""), encoding="utf-8")
    assert load_gazetteer(path).places[1].shared_names is not None
