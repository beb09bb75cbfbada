"""Leftovers of stop 26's probes of real text (kept outside the repo).

Classes covered (see the branch report for what was left):

1. A correspondent's or source's location is not the event's place: «قال مراسلنا من دمشق إن غارات استهدفت ريف
   إدلب» is Idlib's; "our correspondent in Beirut said strikes hit villages in southern Lebanon" is the south's
   (guards, already held by the engine).
3. A domestic authority's adjective places an arrest with no other place: Arabic forms of the Iraqi and
   Jordanian interior ministries and security services («الداخلية العراقية», «الأمن العراقي», «الداخلية الأردنية»)
   added to the gazetteer's authorities; an actor abroad's demonym (Israeli) places nothing of its own, and a
   place named in the sentence still wins over the authority.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories, countries, regions

# --- 1. the correspondent's location ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("قال مراسلنا من دمشق إن غارات جوية استهدفت قرى في ريف إدلب الجنوبي صباح اليوم.", "ar", "Idlib"),
        ("أفاد مراسل الوكالة في دمشق بأن طائرات حربية شنت غارات على أطراف مدينة إدلب.", "ar", "Idlib"),
        ("Our correspondent in Beirut said air strikes hit villages in southern Lebanon on Tuesday.", "en", None),
    ],
)
def test_the_correspondents_city_is_not_the_event_place(detector: Detector, text: str, lang: str, region: str | None) -> None:
    found = regions(detector, text, "airstrike", lang=lang)
    assert found == {region}  # Idlib's, or southern Lebanon (no region of its own), never the reporter's city
    assert "Damascus" not in found and "Beirut" not in found


# --- 3. an authority's adjective places an arrest ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("أعلنت الداخلية الأردنية القبض على أربعة متهمين بتهريب المخدرات عبر الحدود.", "Jordan"),
        ("الأمن العراقي يعتقل خمسة مطلوبين بتهم إرهابية.", "Iraq"),
        ("ألقت الداخلية العراقية القبض على عصابة متخصصة بسرقة السيارات.", "Iraq"),
    ],
)
def test_a_domestic_authority_places_its_arrest(detector: Detector, text: str, country: str) -> None:
    assert countries(detector, text, "arrest", lang="ar") == {country}


def test_an_english_domestic_authority_places_its_arrest(detector: Detector) -> None:
    assert countries(detector, "Jordanian police arrested five men on Monday.", "arrest", lang="en") == {"Jordan"}


def test_a_place_named_in_the_sentence_wins_over_the_authority(detector: Detector) -> None:
    text = "أعلنت الداخلية الأردنية القبض على متهم في دمشق."
    assert countries(detector, text, "arrest", lang="ar") == {"Syria"}


def test_an_actor_abroad_places_nothing(detector: Detector) -> None:
    assert "arrest" in categories(detector, "Israeli forces arrested ten people overnight.", lang="en")
    assert countries(detector, "Israeli forces arrested ten people overnight.", "arrest", lang="en") == {None}
