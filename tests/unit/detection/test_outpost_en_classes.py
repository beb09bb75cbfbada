"""Classes of error found on the English items of the outpost evaluation set (tests/data/outpost), fixed in the English
lexicon, the gazetteer and, where data could not say it, the engine (yes/no questions, a ground weapon as the instrument
of a verb far before it, a year attributive to the event noun itself).

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

categories = categories_on(AS_OF)


def countries(detector: Detector, text: str, category: str) -> set[str | None]:
    return {event.country for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == category}


def counts(detector: Detector, text: str, category: str) -> set[int | None]:
    return {event.count for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == category}


# --- garrison towns of Mali (gazetteer gap) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and their Russian allies pulled out of the army camp at Hombori overnight, residents said.",
        "Jihadists ambushed a supply convoy on the road between Gossi and Hombori on Friday.",
        "Fighting broke out near Ansongo on Sunday between the army and rebels.",
        "The army abandoned its base in the town of Tessit after a month-long siege.",
    ],
)
def test_garrison_towns_of_mali_place_the_event_in_mali(detector: Detector, text: str) -> None:
    events = detector.tag(text, lang="en", published_at=AS_OF).events
    assert events
    assert {event.country for event in events} == {"Mali"}


# --- a drone by its formal names, and the passive "struck by a drone" ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A bulk carrier was hit by a drone about 40 nautical miles south of Mokha, the maritime agency said.",
        "An unmanned aerial vehicle struck a pickup truck near Tyre on Sunday, the health ministry said.",
        "Operators report that the tanker was struck by an unmanned aircraft system in the Gulf of Aden overnight.",
        "The army said two UAVs hit fuel storage tanks in Nyala late on Friday.",
    ],
)
def test_a_drone_by_any_name_hitting_a_target_is_an_airstrike(detector: Detector, text: str) -> None:
    assert "airstrike" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences brought down a UAV over the coast of Latakia on Monday.",
        "A reconnaissance UAV crashed into an olive grove near Homs, residents said.",
        "The footage was filmed by a drone hovering over the harbour.",
    ],
)
def test_a_drone_downed_spying_or_filming_is_no_airstrike(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text)


# --- a ground weapon as the instrument of an attack verb far before it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ukrainian units hit a Russian fuel depot near the occupied city of Horlivka with HIMARS rockets before dawn.", None),
        ("Government troops struck rebel-held villages on the eastern bank of the river with 20 rockets overnight.", 20),
        ("Russian forces targeted an energy facility on the edge of Zaporizhzhia with ballistic missiles on Monday.", None),
    ],
)
def test_a_ground_weapon_as_the_instrument_of_an_attack_is_shelling(detector: Detector, text: str, count: int | None) -> None:
    assert "shelling" in categories(detector, text)
    if count is not None:
        assert count in counts(detector, text, "shelling")


@pytest.mark.parametrize(
    "text",
    [
        "Fighter jets struck a weapons depot outside Hama with guided missiles on Sunday.",
        "Washington supplied the brigade with HIMARS launchers and spare rockets last spring.",
        "Smugglers loaded the lorry with rockets before the checkpoint stopped it.",
    ],
)
def test_an_aircraft_weapon_or_a_delivered_weapon_is_no_shelling(detector: Detector, text: str) -> None:
    assert "shelling" not in categories(detector, text)


# --- a yes/no question asks, it reports nothing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Q: Is the army pulling its troops out of Kirkuk before the elections? A: We do not discuss deployments.",
        "Will the government withdraw its forces from the border after the recent clashes?",
        "Did Turkish drones strike the camps near Makhmour this week? Our correspondent looks at the evidence.",
        "Should the police arrest the organisers of the march? Readers are divided.",
    ],
)
def test_a_yes_no_question_reports_no_event(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_the_answer_to_a_question_still_reports(detector: Detector) -> None:
    text = "Q: Can you tell us about the raids overnight? A: Our jets carried out three air strikes on ISIS hideouts in Anbar."
    assert categories(detector, text) == {"airstrike"}
    assert counts(detector, text, "airstrike") == {3}


def test_a_why_question_may_ask_about_news(detector: Detector) -> None:
    assert "withdrawal" in categories(detector, "Why did the troops withdraw from the town of Jasim on Monday?")


# --- a party leaving a coalition government ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The nationalist party pulled out of the governing coalition on Tuesday, accusing its partners of broken promises.",
        "Two ministers of the junior partner withdrew from the cabinet in a dispute over the budget.",
        "The Kurdish bloc pulled out of the ruling alliance days before the vote.",
    ],
)
def test_leaving_a_coalition_government_is_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_a_military_coalition_pulling_out_is_a_withdrawal(detector: Detector) -> None:
    assert "withdrawal" in categories(detector, "The US-led coalition pulled out of its base at Ain al-Asad on Saturday.")


# --- cricket ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's openers launched a ferocious assault on the visiting bowlers after lunch.",
        "The all-rounder launched a late assault on the English middle order with three quick wickets.",
    ],
)
def test_an_assault_in_a_cricket_report_is_no_operation(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)


def test_a_ground_assault_is_still_an_operation(detector: Detector) -> None:
    text = "The army launched a new assault on the rebel-held town of Kafr Nabl on Monday."
    assert "military_operation" in categories(detector, text)


def test_a_headline_verb_batters_is_not_cricket(detector: Detector) -> None:
    assert "shelling" in categories(detector, "Heavy shelling batters frontline villages near Kupiansk")


# --- the post of an army or of the police stormed: an attack ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militants stormed a military base outside Bannu before dawn, officials said.",
        "Gunmen stormed a police station in the town of Jasim overnight.",
        "Insurgents stormed an army checkpoint east of Palmyra on Sunday.",
    ],
)
def test_storming_an_army_or_police_post_is_an_armed_clash(detector: Detector, text: str) -> None:
    found = categories(detector, text)
    assert "armed_clash" in found
    assert "military_operation" not in found


def test_forces_storming_a_town_stay_an_operation(detector: Detector) -> None:
    found = categories(detector, "Israeli forces stormed the town of Qabatiya at dawn, searching several buildings.")
    assert "military_operation" in found
    assert "armed_clash" not in found


def test_a_crowd_storming_a_police_station_is_no_fighting(detector: Detector) -> None:
    text = "Angry residents stormed the police station in Sweida after the death of a detainee."
    assert "armed_clash" not in categories(detector, text)


# --- "under fire": what came under fire is named before it ------------------------------------------------------------


def test_a_town_under_fire_beside_troops_falling_back_is_no_clash(detector: Detector) -> None:
    assert "armed_clash" not in categories(detector, "Kupiansk under fire as soldiers regroup west of the river")


@pytest.mark.parametrize(
    "text",
    [
        "An army patrol came under fire near the village of Tafas on Monday.",
        "Soldiers at a checkpoint came under heavy fire outside Tal Abyad.",
        "The checkpoint came under fire from gunmen late on Sunday.",
    ],
)
def test_a_unit_under_fire_is_an_armed_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


# --- a year attributive to the event noun itself -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The village was where the 2022 offensive began, before it stalled outside the city.",
        "Residents still live among ruins left by the 2019 airstrikes, which flattened the market.",
    ],
)
def test_a_year_right_before_the_event_noun_dates_it(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_an_attributive_year_of_another_noun_dates_no_event(detector: Detector) -> None:
    text = "Troops withdrew from the town of Jasim on Monday under the 2018 settlement."
    assert "withdrawal" in categories(detector, text)


def test_this_year_before_the_event_noun_is_news(detector: Detector) -> None:
    assert "military_operation" in categories(detector, "The 2026 offensive on Kupiansk continued on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers came under fire near Naqoura on Sunday, the mission said.",
        "An army vehicle came under fire near Jasim on Monday.",
    ],
)
def test_peacekeepers_or_an_army_vehicle_under_fire_is_an_armed_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


# --- troops falling back, and armed groups named alone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops fell back from two villages west of Pokrovsk to avoid encirclement.",
        "Militia units are falling back from the outskirts of Dilling, residents said.",
        "The RSF fell back towards the south-west after losing the airport road.",
        "The Houthis pulled out of the port of Hodeidah on Friday, a UN monitor said.",
    ],
)
def test_a_force_falling_back_or_pulling_out_is_a_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices fell back on Tuesday after a two-day rally.",
        "The army fell back on emergency powers to run the ports.",
        "Hamas pulled out of the ceasefire talks in Cairo on Thursday.",
    ],
)
def test_falling_back_on_something_or_leaving_talks_is_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


# --- a number of protesters counts no demonstrations ------------------------------------------------------------------


def test_protesters_detained_count_the_arrest_not_the_protest(detector: Detector) -> None:
    text = "Riot police detained 7 protesters at the sit-in outside the oil ministry in Basra on Sunday."
    assert counts(detector, text, "arrest") == {7}
    assert counts(detector, text, "protest") == {None}


def test_demonstrations_held_in_towns_still_count(detector: Detector) -> None:
    text = "Demonstrators held rallies in at least five towns across Daraa on Friday."
    assert counts(detector, text, "protest") == {5}


# --- "south Lebanon" is the south of the country, Nabatieh governorate included ----------------------------------------


def regions(detector: Detector, text: str, category: str) -> set[str | None]:
    return {event.region for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == category}


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli drone struck a motorbike on the edge of Khiam in south Lebanon on Monday.",
        "Artillery shelled the outskirts of Marjayoun in southern Lebanon overnight.",
    ],
)
def test_a_nabatieh_town_in_south_lebanon_is_one_event_in_nabatieh(detector: Detector, text: str) -> None:
    found = detector.tag(text, lang="en", published_at=AS_OF).events
    assert len(found) == 1
    assert found[0].region == "Nabatieh"


def test_a_south_governorate_town_stays_in_south_lebanon(detector: Detector) -> None:
    assert regions(detector, "An Israeli drone struck a car near Tyre in southern Lebanon on Sunday.", "airstrike") == {"South Lebanon"}


def test_south_lebanon_alone_is_lebanon(detector: Detector) -> None:
    assert countries(detector, "Israeli jets carried out three air strikes in south Lebanon on Friday.", "airstrike") == {"Lebanon"}
