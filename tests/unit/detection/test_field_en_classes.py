"""Classes of error found on the English items of the field evaluation set (tests/data/field), fixed in the English
lexicon.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

categories = categories_on(AS_OF)


def counts(detector: Detector, text: str, category: str) -> set[int | None]:
    return {event.count for event in detector.tag(text, lang="en", published_at=AS_OF).events if event.category == category}


# --- fighting named by its other side or by when it ran ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tribal fighters pulled back from two villages east of Diban after fighting with SDF units on Tuesday.",
        "Residents of Jasim reported fighting with militants near the grain silos.",
        "The rebels gave up the ridge above Kesab after overnight fighting in the hills.",
        "The army pulled back from Babanusa after heavy battles with RSF fighters.",
    ],
)
def test_fighting_with_an_armed_force_or_overnight_is_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Medics in Raqqa are fighting with shortages of insulin.",
        "Doctors in Idlib hospitals are fighting with outdated equipment.",
        "The mayor of Hama has been fighting with the council over the budget.",
        "The singer from Homs lost her long battle with cancer on Sunday.",
    ],
)
def test_fighting_with_a_shortage_or_a_council_is_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


# --- an attack on a post named before, by attackers named after -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police left the post near Nawa on Monday after an attack on it by armed men from the valley.",
        "An attack on an army checkpoint by gunmen near Sanamayn killed two soldiers on Tuesday.",
    ],
)
def test_an_attack_on_a_post_by_gunmen_is_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


def test_the_gunmen_behind_an_attack_are_hunted_not_fighting(detector: Detector) -> None:
    found = categories(detector, "Security forces are hunting the gunmen behind last week's attacks on checkpoints near Inkhil.")
    assert "armed_clash" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The statue in Homs was damaged in an attack on it by vandals.",
        "The minister said the attack on it by critics in parliament was unfair.",
    ],
)
def test_an_attack_on_it_by_vandals_or_critics_is_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


# --- a post or a patrol shot at ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An army patrol came under fire from gunmen near Tafas on Monday.",
        "The checkpoint at the entrance of Jasim came under heavy fire overnight.",
        "Soldiers at the post near Nawa came under sniper fire on Sunday.",
    ],
)
def test_a_patrol_or_post_under_fire_is_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister came under fire from lawmakers in Baghdad over the deployment.",
        "The coach came under fire after the loss in Amman.",
        "Troops in Mosul were under fire from critics for their handling of the protests.",
    ],
)
def test_under_fire_from_critics_is_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


def test_a_post_under_mortar_fire_is_shelling(detector: Detector) -> None:
    found = categories(detector, "The base near Kidal came under repeated drone and mortar fire on Monday.")
    assert "shelling" in found
    assert "armed_clash" not in found


# --- "days after" an earlier report -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "news", "background"),
    [
        ("Troops withdrew from the hill near Tal Tamr on Monday, weeks after the SDF had shelled it from the north.",
         "withdrawal", "shelling"),
        ("Government troops pulled out of the outpost near Tal Kalakh on Sunday, days after it came under heavy rocket fire from "
         "the hills.", "withdrawal", "shelling"),
        ("Rebels stormed the base near Tabqa on Tuesday, months after it was hit by airstrikes.", "military_operation",
         "airstrike"),
        ("Soldiers abandoned the post near Jisr al-Shughur on Friday, a week after it was shelled from across the river.",
         "withdrawal", "shelling"),
    ],
)
def test_what_happened_days_or_weeks_before_the_news_is_background(
    detector: Detector, text: str, news: str, background: str
) -> None:
    found = categories(detector, text)
    assert background not in found
    assert news in found


def test_an_event_told_before_the_days_after_clause_is_news(detector: Detector) -> None:
    found = categories(detector, "Days after the talks in Amman, warplanes struck the outskirts of Ariha on Monday.")
    assert "airstrike" in found


# --- war remnants that go off --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A bomblet from an old cluster strike exploded in a field near Khan Shaykhun, injuring a shepherd.",
        "A submunition that children found in a field near Ariha exploded on Thursday, wounding two boys.",
        "A farmer was hurt near Kafr Nabl when a shell left over from past bombardment blew up in his field.",
        "An unexploded mortar round buried in a field near Kafr Zita exploded on Friday, killing a boy.",
    ],
)
def test_a_remnant_that_goes_off_is_an_explosion_not_shelling(detector: Detector, text: str) -> None:
    found = categories(detector, text)
    assert "explosion" in found
    assert "shelling" not in found


def test_a_removed_submunition_is_no_explosion(detector: Detector) -> None:
    assert categories(detector, "Demining teams removed a submunition found in an orchard near Ariha.") == set()


def test_bombardment_of_today_stays_shelling(detector: Detector) -> None:
    assert "shelling" in categories(detector, "Artillery bombardment of Kafr Nabl continued on Monday, residents said.")


# --- reports dismissed as invented ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The SDF called reports of a withdrawal from Tal Tamr baseless.",
        "Hezbollah described claims of a pullout from the border villages as unfounded.",
        "The army said reports that the base near Jableh was evacuated were fabricated.",
        "Moscow dismissed as baseless reports of a pullout from the Hmeimim air base.",
        "The ministry rejected claims of a withdrawal from Tal Rifaat as lies.",
    ],
)
def test_a_report_dismissed_as_invented_is_no_event(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


# --- an official condemnation names a detention that happened ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("UNICEF condemned the detention of two aid workers by security forces in Port Sudan on Sunday.", 2),
        ("The rights group condemns the arrests of five lawyers in Sanaa this week.", 5),
    ],
)
def test_an_official_condemnation_of_a_detention_reports_it(detector: Detector, text: str, count: int) -> None:
    assert counts(detector, text, "arrest") == {count}


def test_marchers_condemning_arrests_make_them_the_subject_of_their_protest(detector: Detector) -> None:
    found = categories(detector, "Students marched through Aden on Monday condemning the arrests of two classmates.")
    assert "arrest" not in found
    assert "protest" in found


# --- accidents by their cause, told after the blast ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The blast at the workshop in Jableh was caused by a fuel tank that caught fire during welding.",
        "A gas explosion at a bakery in Homs injured four workers.",
        "The explosion in the Salamiyah market was blamed on an electrical fault in a generator room.",
        "An electrical fire caused a blast at a warehouse in the Sheikh Najjar industrial city.",
        "The blast, which officials blamed on a faulty generator, damaged shops in Qamishli.",
    ],
)
def test_a_blast_with_an_accidental_cause_is_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded near a gas station in Azaz on Friday.",
        "A blast hit the Conoco gas field in Deir ez-Zor on Monday, a coalition official said.",
        "A roadside bomb went off beside the fuel tanks of the base near Tal Tamr, wounding two guards.",
        "The explosion in Jarablus was caused by a bomb planted under a car, police said.",
        "A car bomb exploded in Manbij on Monday, a day after a fire caused by a short circuit gutted the old market.",
    ],
)
def test_a_bomb_by_a_gas_station_or_field_stays_an_explosion(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- a final "h" of a transliteration, written or dropped -------------------------------------------------------------


def regions(detector: Detector, text: str) -> set[str | None]:
    return {event.region for event in detector.tag(text, lang="en", published_at=AS_OF).events}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Southern forces clashed with Houthi fighters near Qataba on Sunday.", "Ad-Dali"),
        ("Peacekeepers saw Israeli troops pull back from a position near Kfar Kela on Friday.", "Nabatieh"),
        ("Israeli tank shells hit farmland near Maariyah on Monday.", "Daraa"),
        ("Gunmen clashed with General Security near Kinsabbah in the Latakia mountains.", "Latakia"),
    ],
)
def test_a_place_is_found_with_or_without_its_final_h(detector: Detector, text: str, region: str) -> None:
    assert regions(detector, text) == {region}


def test_a_first_name_is_no_town_without_its_final_h(detector: Detector) -> None:
    found = detector.tag("Ana, a nurse, said clashes broke out near the market.", lang="en", published_at=AS_OF).events
    assert all(event.place != "Anah" for event in found)

