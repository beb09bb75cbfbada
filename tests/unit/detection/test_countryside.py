"""A dual or plural countryside word belongs to every name of the list after it (stop 15): in
«ريفي درعا ودمشق» the second name is Damascus's countryside, the region Rif Dimashq, not the city.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from config.lexicons import load_lexicons
from config.settings import DEFAULTS_DIR
from streams.detection import Detector
from streams.detection.patterns import PlaceRef, countryside_regions
from tests.unit.detection.tagging import AS_OF


def regions(detector: Detector, text: str) -> set[tuple[str, str | None]]:
    return {(event.category, event.region) for event in detector.tag(text, lang="ar", published_at=AS_OF).events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت المقاتلات غارات على مواقع في ريفي القنيطرة ودمشق صباح الأحد.",
         {("airstrike", "Quneitra"), ("airstrike", "Rif Dimashq")}),
        ("سقطت قذائف هاون على أرياف حمص وحماة ودمشق خلال الليل.",
         {("shelling", "Homs"), ("shelling", "Hama"), ("shelling", "Rif Dimashq")}),
        ("اندلعت اشتباكات عنيفة في ريفي درعا، ودمشق بين فصائل محلية.",
         {("armed_clash", "Daraa"), ("armed_clash", "Rif Dimashq")}),
    ],
)
def test_a_dual_or_plural_countryside_carries_to_damascus(detector: Detector, text: str,
                                                           expected: set[tuple[str, str | None]]) -> None:
    assert regions(detector, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular countryside word names one countryside: the city after it stays the city
        ("شنت طائرات حربية غارات على ريف درعا ودمشق.", {("airstrike", "Daraa"), ("airstrike", "Damascus")}),
        # no countryside word at all
        ("خرجت مظاهرات في درعا ودمشق يوم الجمعة.", {("protest", "Daraa"), ("protest", "Damascus")}),
        # a list that the countryside word does not reach: words other than a comma stand between
        ("سقطت قذائف على ريفي حمص وحماة، كما سقطت قذائف على دمشق.", {("shelling", "Homs"), ("shelling", "Hama"),
                                                                  ("shelling", "Damascus")}),
    ],
)
def test_the_city_stays_the_city_otherwise(detector: Detector, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert regions(detector, text) == expected


def test_only_names_whose_countryside_is_another_region_are_mapped() -> None:
    lexicon = load_lexicons(DEFAULTS_DIR / "lexicons")["ar"]
    town = PlaceRef("Douma", "Rif Dimashq", "Syria", "town")
    city = PlaceRef("Damascus", "Damascus", "Syria", "region")
    countryside = PlaceRef("Rif Dimashq", "Rif Dimashq", "Syria", "region")
    aleppo = PlaceRef("Aleppo", "Aleppo", "Syria", "region")
    refs: list[tuple[PlaceRef, dict[str, list[str]]]] = [
        (city, {"ar": ["دمشق"]}), (countryside, {"ar": ["ريف دمشق"]}), (town, {"ar": ["دوما"]}),
        (aleppo, {"ar": ["حلب", "ريف حلب"]}),  # Aleppo's countryside is Aleppo
    ]
    assert countryside_regions(lexicon, "ar", refs) == {city: countryside}
    assert countryside_regions(load_lexicons(DEFAULTS_DIR / "lexicons")["en"], "en", refs) == {}
