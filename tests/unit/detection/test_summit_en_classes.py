"""Classes of error found on the English items of the summit evaluation set (tests/data/summit), fixed in the English
lexicon, the gazetteer and, where data could not say it, the count reader (the number of a verb's instrument far on in
its clause).

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

categories = categories_on(AS_OF)


def countries(detector: Detector, text: str, category: str) -> set[str | None]:
    return {event.country for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == category}


def regions(detector: Detector, text: str, category: str) -> set[str | None]:
    return {event.region for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == category}


def counts(detector: Detector, text: str, category: str) -> set[int | None]:
    return {event.count for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == category}


# --- the event as the subject of a modal and a verb of onset: a forecast ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Embassy staff were told that air strikes on the capital could resume within hours.",
        "Shelling may break out again along the northern front once the rains end, analysts say.",
        "A full pullout would begin only next spring under the draft plan.",
        "Clashes might erupt again in the camp if the talks fail.",
    ],
)
def test_an_event_that_could_resume_or_begin_is_a_forecast(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_an_event_that_could_be_heard_is_perceived_and_reported(detector: Detector) -> None:
    assert "explosion" in categories(detector, "Explosions could be heard across Mosul late on Sunday, residents said.")


# --- what a shared clip or photo is claimed to show ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A clip purporting to show Turkish jets bombing a village near Afrin was recorded during a drill, fact-checkers found.",
        "A photo said to show a car bomb outside a hotel in Mogadishu is from a film set.",
        "Posts claiming to show militiamen retreating from Bakhmut reuse footage from another war.",
    ],
)
def test_what_a_clip_is_claimed_to_show_is_not_reported(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


# --- bombardment in the sciences ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The team bombarded a thin gold foil with alpha particles and counted the deflections.",
        "In its first billion years the young Earth was bombarded by asteroids and comets.",
        "Engineers bombard the silicon wafer with ions to change its properties.",
    ],
)
def test_bombardment_in_physics_or_astronomy_is_no_shelling(detector: Detector, text: str) -> None:
    assert "shelling" not in categories(detector, text)


def test_forces_bombarding_villages_is_still_shelling(detector: Detector) -> None:
    assert "shelling" in categories(detector, "Regime forces bombarded villages south of Maarat al-Numan on Friday.")


# --- "attack" naming the kind of an aircraft ------------------------------------------------------------------------------


def test_attack_helicopters_striking_are_an_airstrike_not_a_clash(detector: Detector) -> None:
    found = categories(detector, "Two attack helicopters strafed a fuel convoy near Kidal, residents said.")
    assert "airstrike" in found
    assert "armed_clash" not in found


def test_attack_drones_hitting_positions_are_counted_strikes(detector: Detector) -> None:
    text = "Four one-way attack drones struck army positions near Marib before dawn, officials said."
    assert "armed_clash" not in categories(detector, text)
    assert counts(detector, text, "airstrike") == {4}


def test_attack_drones_shot_down_are_nothing(detector: Detector) -> None:
    assert categories(detector, "Air defences shot down six attack drones over the Black Sea coast.") == set()


def test_gunmen_attacking_a_checkpoint_remain_a_clash(detector: Detector) -> None:
    assert "armed_clash" in categories(detector, "Gunmen attacked an army checkpoint near Gao on Tuesday.")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two Houthi drones hit a tanker off the coast of Hodeidah, the maritime agency said.", 2),
        ("Three Hezbollah drones struck a military base near Metula, the army said.", 3),
    ],
)
def test_an_actor_between_the_number_and_the_drones_keeps_the_count(detector: Detector, text: str, count: int) -> None:
    assert counts(detector, text, "airstrike") == {count}


# --- drones as the subject of the attacks they launched ---------------------------------------------------------------------


def test_drones_launching_attacks_are_an_airstrike_counted_by_the_attacks(detector: Detector) -> None:
    text = "Russian drones launched around 25 attacks on Zaporizhzhia overnight, the regional governor said."
    assert "airstrike" in categories(detector, text)
    assert counts(detector, text, "airstrike") == {25}
    assert countries(detector, text, "airstrike") == {"Ukraine"}


# --- artillery duels and exchanges of artillery fire -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two armies kept up an artillery duel across the Dnipro near Kherson on Tuesday.",
        "Exchanges of artillery fire continued near Kadugli for a second day.",
        "A mortar duel between the rival factions shook the camp overnight.",
    ],
)
def test_an_artillery_duel_or_exchange_is_shelling(detector: Detector, text: str) -> None:
    assert "shelling" in categories(detector, text)


# --- explosive remnants of war that go off, counted -------------------------------------------------------------------------


def test_explosive_remnants_of_war_that_go_off_are_counted_explosions(detector: Detector) -> None:
    text = "Six explosive remnants of war went off in a wheat field near Deir ez-Zor, wounding a shepherd."
    assert counts(detector, text, "explosion") == {6}


def test_explosive_remnants_of_war_cleared_are_nothing(detector: Detector) -> None:
    assert "explosion" not in categories(detector, "Deminers cleared dozens of explosive remnants of war from schools in Raqqa.")


# --- a raid whose content is the detentions it made --------------------------------------------------------------------------


def test_a_raid_on_a_village_that_detained_people_is_their_arrest(detector: Detector) -> None:
    text = "Police raided a village near Qamishli and detained three suspected smugglers."
    found = categories(detector, text)
    assert "arrest" in found
    assert "military_operation" not in found
    assert counts(detector, text, "arrest") == {3}


def test_a_raid_on_a_town_that_fought_is_still_an_operation(detector: Detector) -> None:
    assert "military_operation" in categories(detector, "Troops raided a town near Daraa and fought with local gunmen.")


# --- units withdrawn from an exercise ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish navy withdrew a corvette from the multinational drill in the Black Sea, citing repairs.",
        "Greece withdrew three fighter jets from a NATO air exercise over the Aegean.",
    ],
)
def test_units_withdrawn_from_an_exercise_are_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_troops_withdrawn_from_villages_remain_a_withdrawal(detector: Detector) -> None:
    assert "withdrawal" in categories(detector, "Russian troops withdrew from two villages near Kupiansk on Sunday.")


# --- "exploded into": a shot in a match, a crowd ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "His low rocket exploded into the net in stoppage time.",
        "The winger's rocket from 25 yards exploded into the bottom corner.",
        "The square exploded into cheers when the result was read out.",
    ],
)
def test_a_shot_or_a_crowd_exploding_into_something_is_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


def test_a_rocket_exploding_in_a_street_remains_an_explosion(detector: Detector) -> None:
    assert "explosion" in categories(detector, "A rocket exploded in a residential street in Sderot, police said.")


# --- Yemen's al-Jawf and its districts (gazetteer gap) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A landmine exploded under a pickup truck in the Bart al-Anan district on Thursday.",
        "Fighting broke out between Houthi fighters and tribesmen in al-Jawf on Saturday.",
        "Tribal fighters clashed with Houthis in Khab wa al-Shaaf, local sources said.",
    ],
)
def test_al_jawf_and_its_districts_are_in_yemen(detector: Detector, text: str) -> None:
    events = detector.tag(text, lang="en", published_at=AS_OF).events
    assert events
    assert {event.region for event in events} == {"Al-Jawf"}
    assert {event.country for event in events} == {"Yemen"}


def test_a_hyphenated_article_spells_a_kordofan_town(detector: Detector) -> None:
    assert regions(detector, "The army shelled RSF positions near El-Fula on Monday.", "shelling") == {"West Kordofan"}


# --- the number of a verb's instrument, far on in its clause -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "approx"),
    [
        ("Israeli tanks shelled farmland east of Khan Younis early on Sunday morning with about 15 shells.", 15, True),
        ("Government artillery shelled the western outskirts of the town near the river overnight with at least 30 mortar rounds.",
         30, False),
    ],
)
def test_the_instrument_far_on_in_the_clause_gives_the_count(detector: Detector, text: str, count: int, approx: bool) -> None:
    events = [event for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == "shelling"]
    assert [(event.count, event.approx) for event in events] == [(count, approx)]


def test_an_instrument_after_a_pause_counts_nothing(detector: Detector) -> None:
    text = "Artillery shelled the village overnight, and residents fled with some 40 families to the next town."
    assert counts(detector, text, "shelling") == {None}


# --- the possessive on a context word (an inflection gap) ---------------------------------------------------------------------


def test_a_possessive_context_word_is_the_word_itself(detector: Detector) -> None:
    # "winger's" is the match word "winger": the rocket is a shot
    assert "explosion" not in categories(detector, "The winger's rocket exploded off the post.")
    # "the army's" is the force "army": its men left the town
    assert "withdrawal" in categories(detector, "The army's men pulled out of Kidal overnight.")


def test_the_vocabulary_strips_an_enclitic_only_with_a_stem_left(detector: Detector) -> None:
    from streams.detection.cues import Vocabulary

    vocabulary = Vocabulary([], ["'s"])
    assert vocabulary.forms("army's") == frozenset({"army's", "army"})
    assert vocabulary.forms("a's") == frozenset({"a's"})
    assert vocabulary.forms("army") == frozenset({"army"})


# --- advisories, policies and conditions: what may happen, what happens as a rule, what is not covered -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes are possible at short notice anywhere in the south.",
        "Shelling cannot be ruled out in districts close to the front line.",
        "Rocket fire remains likely along the northern border, the advisory says.",
        "Avoid the border districts, where clashes occur frequently.",
        "The policy does not cover damage caused by air strikes or shelling.",
        "Losses from explosions and riots are excluded under the war clause of the policy.",
        "In case of an air raid, residents should go down to the basement.",
        "In the event of shelling, stay away from windows.",
    ],
)
def test_advisories_policies_and_conditions_report_nothing(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_a_likelihood_about_what_a_strike_did_keeps_the_strike(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "The air strike on the market in Idlib is likely to have killed at least ten people.")


# --- fact-checks: fabricated or recycled media show no event; satellite notes on a base left ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fake video shows Turkish drones bombing a market in Qamishli.",
        "The viral clip of a car bomb in Kirkuk is old and was shot in another country.",
        "The footage of soldiers pulling out of Avdiivka is AI-generated, analysts found.",
        "A doctored image of a sit-in outside the parliament in Baghdad spread widely on Monday.",
    ],
)
def test_fabricated_or_recycled_media_report_nothing(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_troops_evacuating_the_hangars_of_an_airbase_withdraw(detector: Detector) -> None:
    text = "Satellite pictures show Russian troops evacuated most hangars at the Qamishli airbase this month."
    assert regions(detector, text, "withdrawal") == {"Hasakah"}


def test_authorities_evacuating_a_camp_withdraw_nothing(detector: Detector) -> None:
    assert "withdrawal" not in categories(detector, "Authorities evacuated the camp near Idlib after the floods.")


# --- the other aircraft as the subject of the attacks they made; war remnants by their other names -------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russian aircraft launched 14 attacks on the countryside of Idlib overnight.", 14),
        ("Army helicopters carried out six raids on villages near Kidal.", 6),
    ],
)
def test_aircraft_launching_attacks_are_an_airstrike_counted_by_the_attacks(detector: Detector, text: str, count: int) -> None:
    assert counts(detector, text, "airstrike") == {count}


def test_aircraft_launched_from_a_base_that_struck_a_town_strike_the_town(detector: Detector) -> None:
    assert regions(detector, "Russian aircraft launched from Hmeimim struck the town of Sarmin.", "airstrike") == {"Idlib"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A war remnant blew up near a school in Deraa, wounding two children.", None),
        ("Two remnants of war went off in an olive grove outside Idlib.", 2),
    ],
)
def test_war_remnants_that_go_off_are_explosions(detector: Detector, text: str, count: int | None) -> None:
    assert counts(detector, text, "explosion") == {count}


def test_a_war_remnant_removed_is_nothing(detector: Detector) -> None:
    assert categories(detector, "Deminers removed a war remnant from a school yard in Deraa.") == set()


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Houthi security forces detained nine teachers in Mahwit on Sunday.", "Al-Mahwit"),
        ("A landmine went off under a water truck in Raymah, killing the driver.", "Raymah"),
    ],
)
def test_the_last_governorates_of_yemen_are_regions(detector: Detector, text: str, region: str) -> None:
    events = detector.tag(text, lang="en", published_at=AS_OF).events
    assert {(event.region, event.country) for event in events} == {(region, "Yemen")}


# --- the withdraw verb of people of the arts, sport, study and faith ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The preacher urged believers to withdraw from gatherings where rumours are spread.",
        "The rapper withdrew from a charity concert in Erbil, citing a family emergency.",
        "Two cyclists withdrew from the race near Latakia after a crash on the descent.",
        "The veteran actress has withdrawn from public life.",
    ],
)
def test_a_civilian_leaving_an_event_or_public_life_is_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_a_force_leaving_villages_remains_a_withdrawal(detector: Detector) -> None:
    assert "withdrawal" in categories(detector, "Russian troops withdrew from two villages near Kupiansk on Sunday, officials said.")


def test_a_stellar_explosion_is_astronomy(detector: Detector) -> None:
    assert categories(detector, "Astronomers recorded a stellar explosion in a galaxy a billion light years away.") == set()


def test_artillery_leaving_craters_is_still_shelling(detector: Detector) -> None:
    assert "shelling" in categories(detector, "Artillery bombarded the town overnight, leaving craters in the square of Kherson.")
