"""Gaps and look-alikes from stop 26's probe of real English news of the Sahel, Sudan, Somalia, Nigeria, the DR Congo
and Mozambique (the excerpts stay outside the repo; every sentence here is written for this file).

Classes, each beside the near misses that must stay silent or keep firing:

1. Places: the DR Congo and Mozambique were in no gazetteer (Goma, Masisi, Uvira, Kinshasa, Cabo Delgado, Mocimboa da
   Praia, Maputo ...): their events had no region. Bare "Congo" is the Democratic Republic, the Republic of the Congo
   only in its own forms; "Sake" and "Palma" are places only after a place cue. Somalia's Balad and Omdurman's
   al-Thawra share names with Iraq's and Raqqa's towns: an article about the other country reads its own.
2. A town or position retaken or seized by an armed force, and "announced the capture of", are military
   operations ("recaptured" itself was left out at the merge: it cost an untouched set a false positive) (not a lead or a title retaken, goods seized, a capture attempted, a capture a state has lasted since, nor a
   seized town being left).
3. A post attacked by an armed group named after the attack ("an attack by suspected jihadists against a military
   detachment") and attacks on detachments are clashes (not a campaign of attacks told in a monitor's summary).
4. An army "engaged with" an armed group, forces "engaged by" one, and "violent battles" in a sentence naming the day of
   the news are clashes (not a government engaged with elders, a firm engaged by a ministry, a region's lot told in
   general, a background paragraph's battles, nor a battle for a nomination).
   Bare "Beni" opens North African names (Beni Mellal, Beni Khiar): only the Congolese town's own forms are places.
5. Page furniture: "Read Also: <another story's headline>" on one line and a "More To Read" list are blanked.
6. The newsroom's future: troops that "are to withdraw" or "are due to leave" have not withdrawn, nor have troops a
   deadline is set for to leave.
7. Look-alikes: election rallies, African football's clashes (AFCON, semi-finals, qualifiers), and bandits or gunmen
   storming a village (a raid on its people, no military operation).
8. Drones "launched at" or "fired at" a target are an air strike, with their count, also when shot down before reaching it
   (not drones launched from a ship in a drill, nor a surveillance drone). Drones that flew "without hitting" anything
   struck nothing (not one that hit "without causing casualties").
"""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on, places

categories = categories_on()




# --- 1. places ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "region", "country"),
    [
        ("Heavy fighting broke out on Friday between the army and M23 rebels near Kitchanga in Masisi territory.",
         "armed_clash", "North Kivu", "DR Congo"),
        ("A drone attack hit Goma airport overnight, damaging two parked aircraft, the army said.", "airstrike", "North Kivu",
         "DR Congo"),
        ("The rebels began withdrawing from Uvira on Wednesday, their spokesman said.", "withdrawal", "South Kivu", "DR Congo"),
        ("Police fired tear gas at hundreds of protesters marching in Kinshasa on Tuesday.", "protest", "Kinshasa", "DR Congo"),
        ("Clashes between the army and militiamen were reported on Sunday in eastern Congo.", "armed_clash", None, "DR Congo"),
        ("Insurgents ambushed an army patrol near Macomia in Cabo Delgado on Monday.", "armed_clash", "Cabo Delgado", "Mozambique"),
        ("Joint forces retook Mocimboa da Praia from the insurgents on Sunday.", "military_operation", "Cabo Delgado",
         "Mozambique"),
        ("Riot police dispersed opposition supporters who marched through Maputo on Monday.", "protest", "Maputo", "Mozambique"),
        ("Fighting erupted on Thursday near the town of Sake, west of Goma.", "armed_clash", "North Kivu", "DR Congo"),
        ("Jihadists ambushed a gendarmerie unit in Yagha province on Monday, killing four.", "armed_clash", "Sahel Region",
         "Burkina Faso"),
    ],
)
def test_central_african_and_mozambican_places(
    detector: Detector, text: str, category: str, region: str | None, country: str
) -> None:
    assert (region, country) in places(detector, text, category, lang="en")


def test_the_republic_of_the_congo_keeps_its_own_name(detector: Detector) -> None:
    text = "Police arrested 12 opposition activists in Congo-Brazzaville on Tuesday, their lawyer said."
    assert {country for _, country in places(detector, text, "arrest", lang="en")} == {"Republic of the Congo"}


@pytest.mark.parametrize(
    "text",
    [
        "For the sake of peace, the rebels said they would stay out of the talks, and police arrested two men on Monday.",
        "Police in Palma de Mallorca arrested two tourists after a brawl on Saturday.",
        "Congolese singers staged a protest concert in Paris on Sunday.",
        "Police arrested two men in Beni Khiar on Monday, a local radio station said.",
    ],
)
def test_common_words_and_demonyms_are_no_congolese_or_mozambican_places(detector: Detector, text: str) -> None:
    found = {country for category in ("arrest", "protest") for _, country in places(detector, text, category, lang="en")}
    assert not found & {"DR Congo", "Mozambique"}


def test_somalias_balad_in_a_somali_article(detector: Detector) -> None:
    text = ("Al-Shabaab fighters stormed an army base near Balad in Somalia's Middle Shabelle region on Tuesday after a car "
            "bomb exploded at its gate.")
    assert places(detector, text, "explosion", lang="en") == {("Middle Shabelle", "Somalia")}


def test_iraqs_balad_stays_iraqi(detector: Detector) -> None:
    assert places(detector, "A roadside bomb exploded near Balad in Iraq on Tuesday, killing two soldiers.", "explosion", lang="en") == {
        ("Salah ad-Din", "Iraq")}


def test_omdurmans_al_thawra_in_a_sudanese_article(detector: Detector) -> None:
    text = "The paramilitaries shelled the al-Thawra district of Omdurman on Friday, wounding 16 civilians."
    assert places(detector, text, "shelling", lang="en") == {("Khartoum State", "Sudan")}


def test_raqqas_al_thawra_stays_syrian(detector: Detector) -> None:
    assert ("Raqqa", "Syria") in places(detector, "Fighters shelled al-Thawra near Raqqa on Friday.", "shelling", lang="en")


# --- 2. towns recaptured, retaken, seized ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Government and allied forces have retaken the port town from the insurgents, the defence ministry said on Sunday.",
        "The army retook two villages west of the provincial capital on Monday after a week of fighting.",
        "The army seized several areas south of the city on Sunday after heavy clashes with the paramilitaries.",
        "The military announced the capture of key strategic locations in the city centre on Tuesday.",
        "Allied militias regained control of the hill overlooking the road on Wednesday, a commander said.",
    ],
)
def test_a_town_taken_by_forces_is_a_military_operation(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The striker's late goal helped the club recapture the lead in the league on Sunday.",
        "Police seized weapons and cash in the town on Monday, a spokesman said.",
        "Local sources said the rebels are attempting to regain control of villages they lost last week.",
        "The rebels say they have begun leaving the seized town under a ceasefire deal.",
        "The company regained control of its board after a vote by shareholders on Tuesday.",
        "Since the army regained control of the capital, life has slowly returned to its markets.",
    ],
)
def test_a_lead_goods_an_attempt_or_a_departure_is_no_capture(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)


# --- 3. attacks on detachments -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least ten soldiers were killed on Friday in an attack by suspected jihadists against a military detachment in the north.",
        "The detachment in the village was the target of a major attack by armed terrorist groups at dawn, the army said.",
        "Dozens of gunmen on motorbikes attacked the gendarmerie detachment at dawn on Sunday.",
    ],
)
def test_an_attack_on_a_detachment_is_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Four roadside bombs hit militia vehicles last week in what the monitor calls a renewed campaign of attacks by "
        "Islamic State cells in the mountains.",
        "The court charged three men with planning an attack by militants on a shopping mall.",
    ],
)
def test_a_campaign_of_attacks_or_a_charge_is_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


# --- 4. engaged with, engaged by, violent battles -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The strike came as the national army engaged with Al-Shabaab terrorists near the coastal town, the command said.",
        "The airstrikes supported army units who were engaged by the terrorists in a remote area on Sunday.",
        "Both the army and the paramilitaries claimed control of the hill after violent battles on Tuesday.",
    ],
)
def test_engagements_and_violent_battles_are_clashes(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government engaged with community elders and religious leaders on Monday to prepare the peace talks.",
        "The ministry said the contract was engaged by a consultancy firm hired last year.",
        "The country has been witnessing intense battles in its eastern provinces, where rebels hold two cities.",
        "The senator faces fierce battles for the nomination in three states next spring.",
        "Fierce battles in the 1990s left the old town in ruins, and soldiers still patrol its walls.",
        "After months of fierce battles, the army and the militias signed a truce that has held for a decade.",
    ],
)
def test_talks_a_firm_a_regions_lot_or_a_nomination_is_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


# --- 5. page furniture ------------------------------------------------------------------------------------------------------


def test_an_inline_read_also_headline_is_blanked(detector: Detector) -> None:
    text = ("Troops ambushed a group of insurgents on the border road on Sunday, killing six, the army said.\n"
            "Read Also: Candidate Arrested, Not Abducted, Police Say\n"
            "The insurgents had been attacking motorists in the area for weeks, residents said.")
    found = categories(detector, text)
    assert "armed_clash" in found and "arrest" not in found


def test_a_more_to_read_list_is_blanked(detector: Detector) -> None:
    text = ("The army launched drone strikes on Saturday on positions of the paramilitaries in the city.\n"
            "More To Read\n"
            "- Police arrest dozens of protesters in the capital\n"
            "- Ministers clash over the budget\n"
            "Witnesses said the strikes hit a former dormitory used as a training centre.")
    found = categories(detector, text)
    assert "airstrike" in found and "arrest" not in found and "protest" not in found


def test_a_read_also_sentence_of_the_story_stays(detector: Detector) -> None:
    text = ("Police arrested five protesters in the city on Monday.\n"
            "Read also: the full statement of the governor, who said the arrests were lawful and that the curfew stays.")
    assert "arrest" in categories(detector, text)


# --- 6. the newsroom's future -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The last foreign troops are to withdraw from the country on Friday, ending a decade-long mission.",
        "The peacekeepers are due to leave their base in the north next month.",
    ],
)
def test_troops_that_are_to_withdraw_have_not(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_troops_given_a_deadline_to_leave_have_not_left(detector: Detector) -> None:
    text = "The government set a deadline for the regional troops to leave the province by the end of the year."
    assert "withdrawal" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The last foreign troops withdrew from the northern base on Friday.",
        "Regional troops leave the province as their mandate ends, officials said on Monday.",
    ],
)
def test_troops_that_withdrew_or_leave_did(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text)


# --- 7. look-alikes ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Victory at the tribunal rests on evidence, not on the crowds candidates display at election rallies.", "protest"),
        ("Their last clash in the AFCON semi-finals ended 1-1 before the Super Eagles won on penalties.", "armed_clash"),
        ("The bandits, numbering about 300, stormed the village on motorbikes at dawn, residents said.", "military_operation"),
        ("Troops battled hundreds of gunmen who stormed the area overnight, residents said.", "military_operation"),
    ],
)
def test_rallies_matches_and_bandit_raids_are_not_their_look_alike(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Thousands of opposition supporters held rallies in the capital on Saturday against the election results.", "protest"),
        ("Troops stormed the town before dawn and pushed the militants out of its centre.", "military_operation"),
        ("Militants clashed with soldiers near the border post on Sunday.", "armed_clash"),
    ],
)
def test_protest_rallies_storming_troops_and_armed_clashes_keep_firing(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 8. drones launched at a target -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Eight explosive-laden drones were launched at the airport over the weekend, the provincial government said.", 8),
        ("Several drones were fired at the army base overnight but were shot down, the military said.", None),
    ],
)
def test_drones_launched_at_a_target_are_an_airstrike(detector: Detector, text: str, count: int | None) -> None:
    result = detector.tag(text, lang="en", published_at=AS_OF)
    assert count in {event.count for event in result.events if event.category == "airstrike"}


@pytest.mark.parametrize(
    "text",
    [
        "A surveillance drone was launched at dawn to map the flooded villages, the agency said.",
        "The navy tested new drones launched at sea during a drill on Tuesday.",
    ],
)
def test_a_surveillance_or_a_drill_drone_is_no_airstrike(detector: Detector, text: str) -> None:
    assert "airstrike" not in categories(detector, text)


def test_drones_flying_without_hitting_anything_struck_nothing(detector: Detector) -> None:
    text = "Shelling went on all day, with suicide drones flying over the city without hitting any targets, residents said."
    found = categories(detector, text)
    assert "shelling" in found and "airstrike" not in found


def test_a_drone_that_hit_without_casualties_struck(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "A drone struck the market on Sunday without causing casualties, officials said.")
