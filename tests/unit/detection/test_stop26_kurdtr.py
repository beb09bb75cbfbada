"""Gaps and look-alikes from stop 26's probe of Kurdish and Turkish outlets in English (Rudaw, Kurdistan 24, Daily Sabah,
Hurriyet Daily News, Anadolu copy, ANF, Bianet, North Press, Hawar; the real excerpts stay outside the repo).

Classes, each beside the near misses that must keep firing (or stay silent):

1. A habit told with its mark of frequency right before the present verb ("Turkish forces frequently carry out ground
   operations, airstrikes and artillery bombardments in northern Iraq", the wire's closing paragraph) is background:
   the mark after the verb was read, the one before it was not.
2. A state's or an army's "bombing" ("Turkish bombing of border villages", "after Turkish bombings") is its bombardment,
   not a planted device: no explosion (a bombing in a city, named by the police, stays one).
3. Aircraft and an air force told bombarding or pounding ("Turkish aircraft bombarded areas in Amedi", "the Air Force
   had begun pounding hideouts") and an army's "air operation" are air strikes.
4. Operations of the police whose content is the detentions told before them or in their sentence ("Police detain 46
   suspects ... police launched simultaneous operations in 21 provinces"), and detentions told as made "in operations",
   are arrests only (labeling convention: a police sweep of detentions is `arrest`); troops' operations stay operations.
5. A threat or a plan with its author between it and the operation ("repeated threats by President X to launch a
   military operation", "has announced plans to carry out a cross-border incursion") is no operation.
6. "Jailed" or "imprisoned" as a prisoner's epithet ("the approval of imprisoned PKK leader ...") is no arrest.
7. Turkish usage for operations: "a new domestic operation against the PKK", "the third phase of Operation ...".
8. Places of the Kurdistan Region and north-east Syria in their English and Kurdish spellings: Sulaymaniah, Haftanin,
   Hakurk, Tirbespiye, Girke Lege.
9. IEDs found or uncovered ("three IEDs were uncovered near the road") are no explosion.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

categories = categories_on()


def regions(detector: Detector, text: str, category: str) -> set[str | None]:
    return {
        event.region or event.country
        for event in detector.tag(text, lang="en", published_at=AS_OF).events
        if event.category == category
    }


# --- 1. a habit with its mark before the verb ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops frequently carry out ground operations, air raids and artillery bombardments in the border hills "
        "against the militants.",
        "Ankara regularly carries out air strikes on the group's mountain bases in the region.",
        "The army routinely conducts shelling of the valley, residents say.",
    ],
)
def test_a_habit_with_its_mark_before_the_verb_is_background(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jets frequently struck the valley on Monday, killing four fighters.", "airstrike"),
        ("Turkey regularly carries out air strikes in the area; on Tuesday a drone hit a car near Amedi.", "airstrike"),
        ("Troops often carry out raids in the district, and on Sunday they shelled two villages near the border.", "shelling"),
    ],
)
def test_an_event_of_the_day_beside_a_habit_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 2. a state's bombing ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Families left three hamlets near the border after Turkish bombings on Sunday night.", ""),
        ("", "Turkish Bombing of Border Villages Forces Farmers Out"),
        ("The Israeli bombing of the camp continued through the night, medics said.", ""),
    ],
)
def test_a_states_bombing_is_no_explosion(detector: Detector, text: str, title: str) -> None:
    assert "explosion" not in categories(detector, text, title)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish police said the bombing at a bus stop in Ankara killed two people on Monday.",
        "A bombing outside a bakery in Azaz wounded nine people on Friday.",
    ],
)
def test_a_bombing_in_a_city_stays_an_explosion(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- 3. aircraft bombarding, an air operation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkish aircraft bombarded hillsides near the village of Kani Masi on Wednesday.",
        "The Turkish Air Force had begun pounding suspected militant caves a day earlier, the ministry said.",
        "After an air operation overnight, the army said it had killed nine militants in the mountains.",
    ],
)
def test_aircraft_bombarding_and_an_air_operation_are_air_strikes(detector: Detector, text: str) -> None:
    assert "airstrike" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The air operations centre in Konya will host the allied pilots next spring.",
        "The aircraft hit turbulence over the lake and landed safely.",
    ],
)
def test_an_air_operations_centre_or_turbulence_is_no_air_strike(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text)


# --- 4. police operations of detentions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Police launched simultaneous operations in 14 provinces after prosecutors issued warrants for 30 people.",
         "Police detain 30 suspects in nationwide raids"),
        ("More than 90 suspects were detained in operations carried out across the country on Thursday.", ""),
        ("Police conducted anti-terror operations in Van and Hakkari and detained 12 people.", ""),
        ("The security forces said four men were arrested in two separate operations in the countryside.", ""),
    ],
)
def test_police_operations_of_detentions_are_arrests_only(detector: Detector, text: str, title: str) -> None:
    found = categories(detector, text, title)
    assert "arrest" in found
    assert "military_operation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police launched an operation against a militant cell in the city on Monday, killing two gunmen.",
        "Troops launched an operation in the mountains on Monday and detained 11 suspects.",
        "The joint forces arrested two men during a security operation in the village on Tuesday.",
    ],
)
def test_other_operations_stay_operations(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text)


# --- 5. threats and plans with their author between ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The strikes came amid repeated threats by the Turkish president to launch a military operation against two towns.",
        "The defence minister has announced plans to carry out a large cross-border incursion before the winter.",
    ],
)
def test_a_threat_or_a_plan_with_its_author_between_is_no_operation(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)


def test_an_operation_launched_after_threats_stays(detector: Detector) -> None:
    text = "Turkish forces launched a military operation in northern Syria on Monday, days after repeated threats."
    assert "military_operation" in categories(detector, text)


# --- 6. a prisoner's epithet ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The statement was read with the approval of imprisoned party founder Ahmet Kaya, the spokesman said.",
        "Marchers carried portraits of the jailed former co-chair through the square.",
    ],
)
def test_a_prisoners_epithet_is_no_arrest(detector: Detector, text: str) -> None:
    assert "arrest" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police jailed five activists in Van on Monday after a court hearing.",
        "The reporter was imprisoned on Tuesday pending trial, his lawyer said.",
    ],
)
def test_a_jailing_of_the_day_stays_an_arrest(detector: Detector, text: str) -> None:
    assert "arrest" in categories(detector, text)


# --- 7. domestic operations, a named operation's phase ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmerie forces on Tuesday launched a new domestic operation against militants in the rural areas of Tunceli.",
        "Security forces have launched the second phase of Operation Steel Ridge to clear the camp of militant cells.",
    ],
)
def test_turkish_operation_usage_is_an_operation(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text)


def test_an_airlines_domestic_operations_are_none(detector: Detector) -> None:
    text = "The airline said its domestic operations would resume on Friday after the storm."
    assert "military_operation" not in categories(detector, text)


# --- 8. places in their English and Kurdish spellings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "region"),
    [
        ("Hundreds of teachers protested outside the education directorate in Sulaymaniah on Sunday.", "protest", "Sulaymaniyah"),
        ("Turkish jets struck militant shelters in Haftanin on Thursday, the ministry said.", "airstrike", "Duhok"),
        ("Airstrikes hit caves in the Hakurk region on Friday, the ministry said.", "airstrike", "Erbil"),
        ("A drone struck a car on the road to Tirbespiye on Saturday.", "airstrike", "Hasakah"),
        ("Artillery shelled the outskirts of Girke Lege on Monday.", "shelling", "Hasakah"),
    ],
)
def test_kurdish_region_places_are_placed(detector: Detector, text: str, category: str, region: str) -> None:
    assert regions(detector, text, category) == {region}


# --- 9. IEDs found ------------------------------------------------------------------------------------------------------


def test_ieds_uncovered_are_no_explosion(detector: Detector) -> None:
    assert "explosion" not in categories(detector, "Three IEDs were uncovered beside the road near the village.")


def test_an_ied_that_went_off_stays_an_explosion(detector: Detector) -> None:
    assert "explosion" in categories(detector, "An IED went off beside the road near the village on Monday, wounding two.")
