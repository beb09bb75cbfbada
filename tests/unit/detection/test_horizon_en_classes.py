"""Classes of error found on the English items of the horizon evaluation set (tests/data/horizon), fixed in the English
lexicon and the gazetteer: an air force as the subject of its strike, a post's perimeter stormed, a sweep of villages,
pickets, farm drones, survivors' memories, genre fiction, records, haematology's "blast crisis", houses blown up by a
force, withdrawals from courts and blocs, conditions by inversion, what an event "would mean", and districts named "Dara".

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

categories = categories_on(AS_OF)


def places(detector: Detector, text: str, category: str) -> set[tuple[str | None, str | None]]:
    events = detector.tag(text, lang="en", published_at=AS_OF).events
    return {(event.region, event.country) for event in events if event.category == category}


# --- an air force as the subject (or the agent) of its strike -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi Air Force bombed Islamic State hideouts in the Hamrin mountains on Sunday.",
        "An ammunition store near Khan Younis was struck by the Israeli air force before dawn.",
        "Pakistan's air force carried out strikes on hideouts in Khost province, officials said.",
    ],
)
def test_an_air_force_that_strikes_is_an_airstrike(detector: Detector, text: str) -> None:
    assert "airstrike" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Air Force Intelligence officers arrested two brothers in Masyaf on Monday.",
        "Ukraine's air force said it had shot down all 40 drones launched overnight.",
        "Russian missiles hit Ukraine's air force positions near Starokostiantyniv.",
    ],
)
def test_an_air_force_named_otherwise_strikes_nothing(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text)


# --- a post's perimeter stormed: an attack on the post, not an operation ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The gendarmerie lost its post at Ber on Friday, hours after jihadists stormed its perimeter.",
        "Militants stormed the perimeter wall of a police compound near Bannu before dawn.",
    ],
)
def test_fighters_storming_a_posts_perimeter_is_a_clash(detector: Detector, text: str) -> None:
    found = categories(detector, text)
    assert "armed_clash" in found
    assert "military_operation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Government troops stormed the town of Ber on Friday after a week-long siege.",
        "Government troops stormed the perimeter of the city of Ber on Friday after a week-long siege.",
    ],
)
def test_troops_storming_a_town_remain_an_operation(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text)


# --- a sweep of the places searched ---------------------------------------------------------------------------------------------


def test_a_sweep_of_villages_is_an_operation(detector: Detector) -> None:
    text = "Security units responded two days after the ambush with a sweep of the surrounding villages near Qardaha."
    assert "military_operation" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party's sweep of several provinces in Iraq surprised pollsters.",
        "The home side completed a clean sweep of the series in Baghdad.",
    ],
)
def test_an_electoral_or_sporting_sweep_is_no_operation(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)


# --- pickets ----------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in Saint Petersburg detained six activists who held one-person pickets outside the court.",
        "Nurses picketed the health ministry in Izmir for a second day over unpaid wages.",
    ],
)
def test_pickets_are_a_protest(detector: Detector, text: str) -> None:
    assert "protest" in categories(detector, text)


def test_a_picket_fence_is_no_protest(detector: Detector) -> None:
    assert categories(detector, "A white picket fence runs around the old house in Kessab.") == set()


# --- farm drones: sorties and "bombarding" a field are agriculture ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The start-up's agricultural drones fly half-hour sorties over wheat in the Bekaa, spreading seed pellets.",
        "Its crop-spraying drone can bombard an orchard with pesticide in minutes, the maker says.",
    ],
)
def test_farm_drones_flying_sorties_are_no_airstrike(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_jets_flying_sorties_and_artillery_bombarding_farmland_remain_events(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "Russian jets flew 25 sorties over the Idlib countryside on Saturday.")
    assert "shelling" in categories(detector, "Israeli artillery bombarded agricultural land near Khiam on Monday.")


# --- survivors' memories and genre fiction -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A decade on from the siege of Homs, former residents remember the barrel bombs and the hunger.",
        "Survivors recount the shelling that emptied the old quarter of Raqqa.",
        "In this debut thriller, a unit of marines must withdraw from a hilltop fort as mortars rain down on the valley.",
    ],
)
def test_memories_and_thrillers_report_nothing(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_an_event_told_today_with_a_survivor_remains_news(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "Warplanes struck a market in Maarat al-Numan on Tuesday, a survivor said.")


# --- a record named with a war word ----------------------------------------------------------------------------------------------


def test_an_album_named_airstrike_is_no_airstrike(detector: Detector) -> None:
    text = "The rapper's second album, 'Airstrike Season', lands on Friday, with a launch party in Beirut."
    assert categories(detector, text) == set()


def test_a_singer_detained_over_his_album_remains_an_arrest(detector: Detector) -> None:
    assert "arrest" in categories(detector, "Police detained a Kurdish singer in Diyarbakir over lyrics on his latest album.")


# --- haematology's blasts ----------------------------------------------------------------------------------------------------------


def test_a_blast_crisis_is_medicine(detector: Detector) -> None:
    assert categories(detector, "Trial patients whose leukaemia reached the blast phase lived longer on the new drug.") == set()


def test_a_blast_in_a_market_remains_an_explosion(detector: Detector) -> None:
    assert "explosion" in categories(detector, "A blast tore through a vegetable market in Kabul, killing three people.")


# --- houses blown up by a force: a demolition ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops blew up several houses in Aitaroun before pulling back, the state news agency said.",
        "During the incursion soldiers were blowing up three homes on the edge of the village of Maroun al-Ras.",
    ],
)
def test_houses_blown_up_by_troops_are_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "A motorcycle rigged with explosives blew up near a checkpoint in Manbij, damaging several homes.",
        "An explosive charge blew up in a café in Azaz, wounding five people and shaking the houses nearby.",
    ],
)
def test_a_device_that_blew_up_and_damaged_houses_remains_an_explosion(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- withdrawals from courts, blocs and conventions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Burundi's withdrawal from the International Criminal Court took effect on Friday.",
        "Three Sahel juntas pulled their countries out of ECOWAS last January and withdrew from the African Union's council.",
        "Lithuania withdrew from the Ottawa Convention, its defence ministry said.",
    ],
)
def test_a_state_leaving_a_court_or_a_bloc_is_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_african_union_troops_leaving_a_base_withdraw(detector: Detector) -> None:
    assert "withdrawal" in categories(detector, "African Union troops withdrew from the base at Bariire on Sunday.")


# --- a condition by inversion, and what an event would mean -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Should the militia resume its shelling of the city, the army would answer in kind, the governor of Marib said.",
        "Should Moscow pull its troops back from the bridgehead, Kyiv would press on.",
        "Officials in Idlib are asking what a full pullout of Turkish troops would mean for the province.",
    ],
)
def test_conditions_and_what_an_event_would_mean_report_nothing(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_a_withdrawal_that_took_place_keeps_its_meaning_told_later(detector: Detector) -> None:
    text = "Syrian troops withdrew from the village of Tall Rifaat on Monday, a move officials said would mean the return of families."
    assert "withdrawal" in categories(detector, text)


# --- districts named "Dara" (a valley) are not Syria's Daraa -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Mortar rounds fired from across the border hit Dara-i-Nur district of Nangarhar on Friday.", "Afghanistan"),
        ("Shells landed in Mohmand Dara on Sunday, the district governor said.", "Afghanistan"),
        ("Militants ambushed a police van near Darra Adam Khel, killing two officers.", "Pakistan"),
    ],
)
def test_a_dara_district_is_in_afghanistan_or_pakistan(detector: Detector, text: str, country: str) -> None:
    found = {place for category in ("shelling", "armed_clash") for place in places(detector, text, category)}
    # (the country alone: Pakistan's places have their province since stop 25, Afghanistan's none)
    assert {where for _, where in found} == {country} and "Daraa" not in {region for region, _ in found}


def test_the_apostrophe_spelling_of_daraa_still_maps_to_daraa(detector: Detector) -> None:
    assert places(detector, "Regime artillery shelled the town of Dar'a on Monday.", "shelling") == {("Daraa", "Syria")}
