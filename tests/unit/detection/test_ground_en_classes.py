"""Classes of error found on the English items of the ground evaluation set (tests/data/ground), fixed in the English
lexicon and the gazetteer.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

categories = categories_on(AS_OF)


def counts(detector: Detector, text: str, category: str) -> set[tuple[int | None, bool]]:
    return {
        (event.count, event.approx)
        for event in detector.tag(text, lang="en", published_at=AS_OF).events
        if event.category == category
    }


def countries(detector: Detector, text: str, category: str) -> set[str | None]:
    return {event.country for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == category}


# --- a war remnant whose verb comes after a participle ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A landmine left behind by the retreating militants went off under a tractor near Manbij on Monday.",
        "A land mine buried in a field since the fighting exploded as two boys herded goats near Tadmur.",
        "A mine left over from the siege went off beside a bakery in Deir ez-Zor, wounding the owner.",
    ],
)
def test_a_landmine_that_went_off_after_a_participle_is_an_explosion(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


def test_a_mine_left_behind_by_retreating_militants_tells_no_withdrawal(detector: Detector) -> None:
    text = "A landmine left behind by retreating militants went off under a tractor near Manbij on Monday."
    assert categories(detector, text) == {"explosion"}


def test_a_remnant_of_the_fighting_tells_no_fighting(detector: Detector) -> None:
    text = "Unexploded ordnance left from the fighting went off in a field near Hama."
    assert "armed_clash" not in categories(detector, text)


def test_a_landmine_cleared_is_no_explosion(detector: Detector) -> None:
    assert "explosion" not in categories(detector, "Engineers cleared a landmine left over from the war from a school yard in Raqqa.")


# --- a military camp vacated or abandoned -----------------------------------------------------------------------------


def test_soldiers_vacating_a_camp_is_a_withdrawal(detector: Detector) -> None:
    text = "Government soldiers and the militiamen allied with them have vacated the airfield camp at Gao, residents said."
    assert "withdrawal" in categories(detector, text)
    assert countries(detector, text, "withdrawal") == {"Mali"}


@pytest.mark.parametrize(
    "text",
    [
        "Displaced families abandoned the camp near Kidal after heavy rain flooded their tents.",
        "Refugees vacated the camp outside Gao once the new shelters were ready.",
    ],
)
def test_civilians_leaving_a_camp_is_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


# --- fire exchanged with a qualifier ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Border guards of the two countries exchanged intense fire near the Chaman crossing on Friday.",
        "Soldiers were trading heavy fire with gunmen in the hills above the village for most of the night.",
        "The two patrols traded sporadic fire across the river, a local official said.",
        "Smugglers exchanged small arms fire with the border guards before fleeing back across the frontier.",
    ],
)
def test_heavy_or_intense_fire_exchanged_is_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


# --- the Pakistani "intelligence-based operation" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Troops conducted an intelligence based operation in the Tirah valley and killed three militants, the army said.",
        "Four insurgents were killed in an intelligence-based operation in Bajaur district on Saturday.",
    ],
)
def test_an_intelligence_based_operation_is_a_military_operation(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text)
    assert countries(detector, text, "military_operation") == {"Pakistan"}


def test_a_police_intelligence_based_operation_against_smugglers_is_only_arrests(detector: Detector) -> None:
    text = "Police said an intelligence-based operation against drug smugglers led to the arrest of five men."
    assert categories(detector, text) == {"arrest"}


def test_a_fresh_offensive_is_a_military_operation(detector: Detector) -> None:
    assert "military_operation" in categories(detector, "The rebels opened a fresh offensive on the northern outskirts of Hama.")


# --- counts past a compound modifier, and strikes counted after the aircraft ----------------------------------------


def test_a_count_reads_past_a_laden_or_rigged_modifier(detector: Detector) -> None:
    assert counts(detector, "Three bomb-laden drones hit a fuel depot outside Kharkiv overnight.", "airstrike") == {(3, False)}


def test_strikes_counted_after_the_aircraft_are_its_count(detector: Detector) -> None:
    text = "Warplanes hit the airfield near Deir ez-Zor with some 15 strikes before dawn."
    assert counts(detector, text, "airstrike") == {(15, True)}


# --- votes and games: actions not taken -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Teachers in Irbid voted to go on strike from Sunday.",
        "The assembly voted to withdraw the remaining troops from the border zone by spring.",
    ],
)
def test_a_vote_for_an_action_is_no_event(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The sequel lets you order drone strikes on enemy convoys from a tablet.",
        "Its campaign mode allows you to call in mortar fire on a fortified village.",
        "Critics praised the war drama, whose firefights in the streets of Homs feel real.",
        "A war film shot in Raqqa this year follows a unit whose convoy is ambushed on the desert road.",
    ],
)
def test_games_and_films_report_nothing(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The visitors' aerial bombardment of the home box brought two goals from corners.",
        "Their aerial bombardment of the penalty area finally broke the defence in stoppage time.",
    ],
)
def test_an_aerial_bombardment_of_the_box_is_football(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text)


def test_an_aerial_bombardment_of_a_place_is_still_an_airstrike(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "Jets carried out an aerial bombardment of farms west of Saraqib on Tuesday.")


# --- detention as a state, and homes stormed in a raid ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Families gathered in Homs to demand answers about sons who disappeared in detention a decade ago.",
        "The report names 40 people who died in detention at the airbase.",
    ],
)
def test_dying_or_vanishing_in_detention_is_no_arrest(detector: Detector, text: str) -> None:
    assert "arrest" not in categories(detector, text)


def test_an_arrest_is_still_told_by_its_detention(detector: Detector) -> None:
    assert "arrest" in categories(detector, "Police announced the detention of six men in Jaramana on Friday.")


def test_homes_stormed_in_a_raid_are_no_military_operation(detector: Detector) -> None:
    text = "Troops stormed dozens of homes in Jenin on Monday and detained nine men, the Palestinian agency said."
    assert categories(detector, text) == {"arrest"}


def test_a_town_stormed_is_still_a_military_operation(detector: Detector) -> None:
    assert "military_operation" in categories(detector, "Government troops stormed the town of Khan Shaykhun at dawn.")


# --- a past season or year named after the event ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Residents are rebuilding the market that militia gunners shelled several times last summer.",
        "The bridge, which jets bombed twice last year, reopened to traffic on Monday.",
    ],
)
def test_an_event_dated_last_summer_or_last_year_is_history(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_todays_event_compared_with_last_year_is_news(detector: Detector) -> None:
    text = "Artillery shelled the outskirts of Daraa on Monday, residents said."
    assert "shelling" in categories(detector, text)


# --- participles that describe another event's target or elaborate an offensive ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters fired on militia trucks retreating towards the desert after the failed assault.",
        "Drones struck a retreating convoy on the road south of the city.",
    ],
)
def test_a_retreating_target_is_no_withdrawal_of_its_own(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)
    assert "airstrike" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters were seen retreating from the hills above Kesab on Friday.",
        "Government troops retreated from two villages north of Hama.",
    ],
)
def test_a_force_retreating_is_still_a_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text)


def test_an_offensive_attacking_positions_is_the_offensive_alone(detector: Detector) -> None:
    text = "The army launched a ground offensive on Sunday, attacking rebel positions from two directions."
    assert categories(detector, text) == {"military_operation"}


def test_gunmen_attacking_a_checkpoint_are_still_a_clash(detector: Detector) -> None:
    assert "armed_clash" in categories(detector, "Gunmen attacking an army checkpoint near Nawa were driven off after an hour.")
