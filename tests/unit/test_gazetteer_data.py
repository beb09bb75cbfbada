"""The shipped gazetteer (config/defaults/gazetteer.yaml) is complete, consistent and well reported.

Checks the data itself: the 14 Syrian governorates with their canonical names, enough Syrian
places, every place of the sample article in its right governorate, bilingual names, and no name
that points at two different regions unless the entry says it is ambiguous. Also checks that a
broken gazetteer is reported with the file, the line and the field.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from config.errors import ConfigError
from config.gazetteer import Gazetteer, load_gazetteer

SHIPPED = Path(__file__).resolve().parents[2] / "config" / "defaults" / "gazetteer.yaml"

GOVERNORATES = {
    "SY-HL": "Aleppo", "SY-ID": "Idlib", "SY-LA": "Latakia", "SY-TA": "Tartus", "SY-HM": "Hama",
    "SY-HI": "Homs", "SY-DI": "Damascus", "SY-RD": "Rif Dimashq", "SY-QU": "Quneitra",
    "SY-DR": "Daraa", "SY-SU": "Suwayda", "SY-DY": "Deir ez-Zor", "SY-RA": "Raqqa", "SY-HA": "Hasakah",
}

# (an Arabic name, an English name, where it must be: a region id, or "SY" for the whole country)
SAMPLE_PLACES = [
    ("تدمر", "Palmyra", "SY-HI"),
    ("السخنة", "Sukhnah", "SY-HI"),
    ("أثريا", "Ithriya", "SY-HM"),
    ("آثريا", "Athriya", "SY-HM"),
    ("عقيربات", "Aqirbat", "SY-HM"),
    ("الرصافة", "Rusafa", "SY-RA"),
    ("معدان", "Maadan", "SY-RA"),
    ("مهين", "Muhin", "SY-HI"),
    ("حميميم", "Hmeimim", "SY-LA"),
    ("البادية السورية", "Syrian Desert", "SY"),
    ("البادية", "Badia", "SY"),
    ("بادية حمص الشرقية", "eastern Homs desert", "SY-HI"),
    ("شرقي حماة", "eastern Hama countryside", "SY-HM"),
]

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARTICLE = re.compile(r"^(?:ال|al[- ]|el[- ])")


def norm(name: str) -> str:
    """A coarse form of a name: leading article off, alef/hamza forms, taa marbuta, alef maqsura,
    diacritics and tatweel, apostrophes and hyphens, case."""
    text = unicodedata.normalize("NFKC", name)
    text = _DIACRITICS.sub("", text).casefold().strip()
    for source, target in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ؤ", "و"), ("ئ", "ي"),
                           ("ة", "ه"), ("ى", "ي")):
        text = text.replace(source, target)
    text = re.sub(r"[’'`ʿʾ‘]", "", text)
    text = re.sub(r"[-\s]+", " ", text).strip()
    text = _ARTICLE.sub("", text)
    return text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(SHIPPED)


def test_syrian_governorates_are_the_fourteen(gazetteer: Gazetteer) -> None:
    syrian = {region.id: region.name for region in gazetteer.regions if region.country == "SY"}
    assert syrian == GOVERNORATES


def test_every_region_has_arabic_and_english_names(gazetteer: Gazetteer) -> None:
    for region in gazetteer.regions:
        assert region.names.ar and region.names.en, region.id


def test_enough_syrian_places(gazetteer: Gazetteer) -> None:
    syrian_regions = {region.id for region in gazetteer.regions if region.country == "SY"}
    syrian = [p for p in gazetteer.places if p.region in syrian_regions or p.country == "SY"]
    assert len(syrian) >= 150
    # Every governorate has places of its own.
    for region_id in GOVERNORATES:
        assert sum(p.region == region_id for p in syrian) >= 3, region_id


def test_every_place_has_arabic_and_english_names(gazetteer: Gazetteer) -> None:
    for place in gazetteer.places:
        assert place.names.ar, f"{place.name} has no Arabic name"
        assert place.names.en, f"{place.name} has no English name"


def test_place_names_are_unique(gazetteer: Gazetteer) -> None:
    names = [place.name for place in gazetteer.places]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


@pytest.mark.parametrize(("arabic", "english", "where"), SAMPLE_PLACES)
def test_sample_places_are_in_their_region(gazetteer: Gazetteer, arabic: str, english: str, where: str) -> None:
    def located(place_where: str | None) -> bool:
        return place_where == where

    for language, wanted in (("ar", arabic), ("en", english)):
        found = [
            place for place in gazetteer.places
            if any(norm(name) == norm(wanted) for name in getattr(place.names, language))
        ]
        assert found, f"no place is called {wanted!r}"
        assert all(located(place.region if place.region is not None else place.country) for place in found), (
            wanted, [(p.name, p.region, p.country) for p in found],
        )


def test_hmeimim_is_a_base_and_the_badia_a_country_wide_desert(gazetteer: Gazetteer) -> None:
    by_name = {place.name: place for place in gazetteer.places}
    hmeimim = next(p for p in gazetteer.places if "حميميم" in p.names.ar)
    assert hmeimim.kind == "base"
    badia = next(p for p in gazetteer.places if "البادية السورية" in p.names.ar)
    assert badia.kind == "desert" and badia.country == "SY" and badia.region is None
    assert by_name["Palmyra"].region == "SY-HI"


def test_no_name_points_at_two_regions_unless_ambiguous(gazetteer: Gazetteer) -> None:
    """A normalized name used by entries in different regions must be marked ambiguous."""
    owners: dict[str, set[tuple[str, bool]]] = defaultdict(set)
    for country in gazetteer.countries:
        for names in country.names.by_language().values():
            for name in names:
                owners[norm(name)].add((f"country {country.id}", False))
    for region in gazetteer.regions:
        for names in region.names.by_language().values():
            for name in names:
                owners[norm(name)].add((region.id, False))
    for place in gazetteer.places:
        where = place.region if place.region is not None else f"country {place.country}"
        for names in place.names.by_language().values():
            for name in names:
                owners[norm(name)].add((where, place.ambiguous))
    clashes = {}
    for name, entries in owners.items():
        locations = {where for where, _ in entries}
        if len(locations) > 1 and not all(ambiguous for where, ambiguous in entries if not where.startswith("country")):
            clashes[name] = sorted(locations)
    assert not clashes, clashes


def test_ids_follow_iso_patterns(gazetteer: Gazetteer) -> None:
    country_ids = [country.id for country in gazetteer.countries]
    assert len(country_ids) == len(set(country_ids))
    for region in gazetteer.regions:
        assert region.id.startswith(region.country + "-"), region.id


BROKEN_HEADER = """version: 1
countries:
  - {id: SY, name: Syria, names: {ar: [سوريا], en: [Syria]}}
regions:
  - {id: SY-HM, name: Hama, country: SY, names: {ar: [حماة], en: [Hama]}}
places:
  - {name: Ithriya, kind: village, region: SY-HM, names: {ar: [أثريا], en: [Ithriya]}}
"""


def _broken(tmp_path: Path, tail: str) -> ConfigError:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(BROKEN_HEADER + tail, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_gazetteer(path)
    assert str(path) in str(caught.value)
    return caught.value


def test_unknown_region_names_file_line_and_field(tmp_path: Path) -> None:
    error = _broken(tmp_path, "  - name: Nowhere\n    kind: town\n    region: SY-XX\n    names: {en: [Nowhere]}\n")
    issue = error.issues[0]
    assert issue.line == 10
    assert issue.field == "places[1].region"
    assert "SY-XX" in issue.message
    assert "gazetteer.yaml:10: places[1].region:" in str(error)


def test_wrong_type_names_file_line_and_field(tmp_path: Path) -> None:
    error = _broken(tmp_path, "  - name: Somewhere\n    kind: town\n    region: SY-HM\n    ambiguous: [yes]\n"
                              "    names: {en: [Somewhere]}\n")
    issue = error.issues[0]
    assert issue.line == 11
    assert issue.field == "places[1].ambiguous"
    assert "gazetteer.yaml:11: places[1].ambiguous:" in str(error)


def test_locative_enough_needs_an_ambiguous_name(tmp_path: Path) -> None:
    error = _broken(tmp_path, "  - {name: Somewhere, kind: town, region: SY-HM, locative_enough: true, names: {en: [Somewhere]}}\n")
    assert error.issues[0].line == 8
    assert "ambiguous" in error.issues[0].message


def test_unknown_kind_names_file_line_and_field(tmp_path: Path) -> None:
    error = _broken(tmp_path, "  - {name: Somewhere, kind: planet, region: SY-HM, names: {en: [Somewhere]}}\n")
    assert error.issues[0].line == 8
    assert error.issues[0].field == "places[1].kind"


# The countries the labeled sets name as `region` outside Syria (tests/data/labeled/README.md).
EVALUATED_COUNTRIES = {"Iraq", "Lebanon", "Palestine", "Yemen", "Ukraine", "Sudan", "Turkey", "Israel", "Russia",
                       "Afghanistan", "Pakistan", "Mali", "Jordan"}

# Enough places per country for a monitoring product of the region's conflicts (not just the capital).
MINIMUM_PLACES = {"SD": 60, "UA": 80, "RU": 40, "JO": 15, "IQ": 70, "LB": 100, "PS": 70, "YE": 45, "IL": 70, "TR": 45}

# Arabic names that are also common words, first names or a homonym's name: wherever an entry uses
# one, the entry is ambiguous (counted only after a place cue).
COMMON_WORD_NAMES = ["الأبيض", "الجنينة", "النهود", "المجلد", "الفولة", "طويلة", "كتم", "ربك", "بارا", "مروي",
                     "جويا", "تسيل", "الفاو", "بيتا", "حولا", "بليدا", "كونين", "صديقين", "اللبوة", "شكا", "مديات",
                     "الجليل", "الرملة", "حرض", "حجة", "عمران", "البيضاء", "العقبة", "السلط", "معان", "الزرقاء",
                     "دمر", "قارة", "الخالدية", "الأشرفية", "الهلالية", "المغير", "ليمان", "مشهد", "قم"]

# Never place names: "كيف" ('how') is not Kyiv, "إسماعيل" (a first name) is not Izmail.
NEVER_PLACE_NAMES = ["كيف", "إسماعيل", "Rada"]


def test_every_evaluated_country_is_in_the_gazetteer(gazetteer: Gazetteer) -> None:
    assert {country.name for country in gazetteer.countries} >= EVALUATED_COUNTRIES


def test_sudan_has_its_18_states_and_ukraine_its_27_first_level_units(gazetteer: Gazetteer) -> None:
    per_country: dict[str, int] = defaultdict(int)
    for region in gazetteer.regions:
        per_country[region.country] += 1
    assert per_country["SD"] == 18
    assert per_country["UA"] == 27  # 24 oblasts, Kyiv city, Crimea, Sevastopol


def test_each_country_of_the_region_has_enough_places(gazetteer: Gazetteer) -> None:
    country_of = {region.id: region.country for region in gazetteer.regions}
    per_country: dict[str, int] = defaultdict(int)
    for place in gazetteer.places:
        if place.kind != "authority":
            per_country[place.country or country_of[place.region or ""]] += 1
    short = {country: (per_country[country], minimum) for country, minimum in MINIMUM_PLACES.items()
             if per_country[country] < minimum}
    assert not short, short


def test_the_new_cities_are_places_of_their_region(gazetteer: Gazetteer) -> None:
    where = {place.name: place.region or place.country for place in gazetteer.places}
    assert where["El Fasher"] == "SD-DN" and where["El Obeid"] == "SD-KN" and where["Babanusa"] == "SD-GK"
    assert where["Kadugli"] == "SD-KS" and where["Omdurman"] == "SD-KH" and where["Port Sudan"] == "SD-RS"
    assert where["Kharkiv"] == "UA-63" and where["Zaporizhzhia"] == "UA-23" and where["Huliaipole"] == "UA-23"
    assert where["Pokrovsk"] == "UA-14" and where["Dnipro"] == "UA-12" and where["Kherson"] == "UA-65"
    assert where["Belgorod"] == "RU-BEL" and where["Samara"] == "RU-SAM" and where["Kursk"] == "RU-KRS"
    assert where["Karak"] == "JO-KA" and where["Aqaba"] == "JO-AQ"
    assert where["Darfur"] == "SD" and where["Kordofan"] == "SD" and where["Donbas"] == "UA"


def test_common_word_names_are_ambiguous(gazetteer: Gazetteer) -> None:
    wanted = {norm(name) for name in COMMON_WORD_NAMES}
    found: set[str] = set()
    for place in gazetteer.places:
        for name in place.names.ar:
            if norm(name) in wanted:
                found.add(norm(name))
                assert place.ambiguous, (place.name, name)
    for region in gazetteer.regions:  # a region cannot be ambiguous: it must not use such a name
        assert not wanted & {norm(name) for name in region.names.ar}, region.id
    assert found == wanted, wanted - found  # every listed name is used by some entry


def test_never_place_names(gazetteer: Gazetteer) -> None:
    names = {norm(name) for entry in (*gazetteer.countries, *gazetteer.regions, *gazetteer.places)
             for names in entry.names.by_language().values() for name in names}
    assert not {norm(name) for name in NEVER_PLACE_NAMES} & names
