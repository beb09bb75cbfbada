"""Classes of error found on the English full-length articles of the harbor set (tests/data/harbor), spent as a
development set: markets stories that borrow war's words (a rally before profit-taking, investors "on strike", an
index "shelled by bad news", bulls "on the offensive"), a strike deferred, a venture a company avoided leaving, a
withdrawal others are pushed to make, a team named for its next "clash", an offensive a bloc lacks the means for, and a
dated event re-named by an apposition. Fixed in the English lexicon.

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses: the same
words telling news, which must stay events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

AS_OF = datetime(2026, 11, 27, tzinfo=UTC)


categories = categories_on(AS_OF)


# --- markets: war's words in a trading report -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a rally before profit-taking
        ("Cement shares slipped in late trade as investors took profits after a strong rally earlier in the week.", "protest"),
        ("Banking stocks faced profit-taking after a rally that lifted the Karachi bourse to a record on Monday.", "protest"),
        ("Tokyo's benchmark gave up early gains as traders booked profits after a three-day rally.", "protest"),
        # investors and buyers "on strike"
        ('"Investors are on strike," said a fund manager in Istanbul, pointing to thin volumes on the Borsa.', "protest"),
        ("With mortgage rates near 20%, buyers have gone on strike and new home sales fell for a fourth month.", "protest"),
        ("One broker put it bluntly: shareholders are on strike until the central bank cuts rates.", "protest"),
        # an index "shelled" by bad news
        ('"The MOEX has been shelled by bad news since January," a Moscow portfolio manager told us.', "shelling"),
        ("Emerging-market bonds were shelled by worries about U.S. tariffs for a second straight week.", "shelling"),
        ("The lira has been shelled by criticism of the central bank's independence all autumn.", "shelling"),
        # bulls and bears on the offensive
        ("Bulls went on the offensive in fertiliser and energy stocks, lifting the index by 900 points.", "military_operation"),
        ("Bears took the offensive in the final hour of trade, dragging the KSE-100 below 110,000.", "military_operation"),
        ("After the rate decision the bulls went back on the offensive in banking shares.", "military_operation"),
    ],
)
def test_markets_borrow_wars_words(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hundreds of retirees held a rally outside the central bank in Beirut demanding access to their savings.", "protest"),
        ("Teachers in Suwayda are on strike for a third day over unpaid salaries.", "protest"),
        ("Russian forces shelled the village of Tetkino with artillery and mortars on Thursday evening.", "shelling"),
        ("The army launched an offensive on the jihadists' positions near Gao on Tuesday.", "military_operation"),
    ],
)
def test_markets_near_misses_stay_events(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- a strike put off is none held; one observed is ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The traders' alliance deferred a nationwide shutter-down strike it had threatened over the new retail tax.",
        "The teachers' union called off the general strike it had planned in Sweida after the governor met its leaders.",
        "Transporters postponed their wheel-jam strike in Peshawar until after the budget session.",
    ],
)
def test_a_strike_put_off_is_no_protest(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Quetta observed a complete shutter-down strike on Thursday over the new retail tax.",
        "Transporters in Peshawar observed a wheel-jam strike against the rise in fuel prices.",
        "Shopkeepers in Daraa went on strike on Monday over the new municipal fees.",
    ],
)
def test_a_strike_observed_is_a_protest(detector: Detector, text: str) -> None:
    assert "protest" in categories(detector, text)


# --- withdrawals avoided, or others pressed to make -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a company's venture it avoided leaving
        "Japanese trading houses have so far avoided withdrawing from their Sakhalin gas ventures despite Western pressure.",
        "The two lenders said they would keep their stakes, having avoided withdrawing from the joint venture in 2022.",
        # a withdrawal others are pushed to make
        "The president urged the international community to push Israel to withdraw from the five hilltops it still holds.",
        "Beirut is pressing for an Israeli withdrawal from the positions along the border, diplomats said.",
        "Arab envoys called for more pressure on Ankara to withdraw its troops from the north of Iraq.",
    ],
)
def test_withdrawal_avoided_or_pressed_for_is_none(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops withdraw from the outskirts of Kfar Kila after a three-day incursion.",
        "Under pressure from the advancing rebels, government troops withdrew from the town of Qusayr on Monday.",
        "Malian soldiers withdrew from their camp at Léré on Thursday, handing it to a local militia.",
    ],
)
def test_withdrawal_near_misses_stay_events(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text)


# --- a team's next game called a clash -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "And in sport, the Black Ferns have named an unchanged side for their clash with England at Twickenham on Sunday.",
        "Coach Dragan Talajić named his squad for the clash with Jordan in Amman next week.",
        "Syria's men's team named their starting XI for Tuesday's clash with Lebanon in Doha.",
    ],
)
def test_a_team_named_for_its_clash_is_no_fighting(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


def test_a_clash_beside_a_side_stays_fighting(detector: Detector) -> None:
    text = "Government forces clashed with gunmen on the eastern side of Tafas on Monday, residents said."
    assert "armed_clash" in categories(detector, text)


# --- an offensive someone lacks the means for ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS has lost its leverage, and the Alliance of Sahel States lacks the resources for a joint offensive.",
        "Analysts say the army, stretched thin, lacks the manpower for a major ground operation in the north.",
        "The militias are too weak to mount an offensive on the city, a Western diplomat said.",
    ],
)
def test_an_offensive_lacked_the_means_for_is_none(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)


def test_an_offensive_launched_stays_an_event(detector: Detector) -> None:
    text = "The Alliance of Sahel States launched a joint offensive against JNIM near Ménaka on Tuesday."
    assert "military_operation" in categories(detector, text)


# --- a dated event re-named by an apposition -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Residents of Sudzha have lived under alerts since Ukrainian troops crossed the border in August 2024, an incursion "
         "that was pushed back the following spring.", "military_operation"),
        ("The village has been empty since the militia stormed it in the summer of 2013, an assault that left dozens dead.",
         "military_operation"),
        ("Rebuilding began only after the army retook the district in March 2018, an offensive that flattened whole streets.",
         "military_operation"),
    ],
)
def test_an_apposition_renaming_a_dated_event_is_history(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


def test_an_apposition_renaming_todays_event_stays_news(detector: Detector) -> None:
    text = "Israeli troops crossed into the village of Kodyma in Quneitra on Monday, an incursion that lasted several hours."
    assert "military_operation" in categories(detector, text)


# --- blasts caused by "the strikes" told a paragraph after the air strike ---------------------------------------------


def events(detector: Detector, text: str, title: str = "") -> list[tuple[str, str | None]]:
    result = detector.tag(text, title=title, lang="en", published_at=AS_OF)
    return [(event.category, event.region) for event in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli warplanes carried out three airstrikes on the Hama military airport late on Wednesday.\n"
        "The strikes targeted hangars and a weapons store, causing several large explosions heard across the city.",
        "Israeli jets struck the Shayrat airbase in Homs province overnight, state media said.\n"
        "The strikes hit ammunition bunkers, setting off large explosions that lit up the sky for an hour.",
        "Turkish drone strikes targeted a fuel depot near Qamishli on Sunday.\n"
        "These strikes caused huge explosions at the site, residents said.",
    ],
)
def test_blasts_the_strikes_caused_are_the_strike(detector: Detector, text: str) -> None:
    found = events(detector, text)
    assert "airstrike" in {category for category, _ in found}
    assert "explosion" not in {category for category, _ in found}


def test_a_blast_of_its_own_after_strikes_stays_an_explosion(detector: Detector) -> None:
    text = ("Israeli jets struck the Shayrat airbase in Homs province overnight, state media said.\n"
            "In Latakia, a blast ripped through a weapons depot near Jableh, and its cause was not known.")
    assert ("explosion", "Latakia") in events(detector, text)


def test_a_labour_strike_after_an_air_strike_is_no_second_air_strike(detector: Detector) -> None:
    text = ("Israeli jets struck a weapons depot near Hama on Monday.\n"
            "In Suwayda, teachers said the strikes would go on until their salaries are paid.")
    assert ("airstrike", "Suwayda") not in events(detector, text)


# --- drones only partly downed got through ---------------------------------------------------------------------------


def counted(detector: Detector, text: str) -> list[tuple[str, str | None, int | None]]:
    result = detector.tag(text, lang="en", published_at=AS_OF)
    return [(event.category, event.country, event.count) for event in result.events]


@pytest.mark.parametrize(
    ("text", "country", "count"),
    [
        ("Russian air defences intercepted most of at least 30 Ukrainian drones launched overnight against the Bryansk region, "
         "the governor said, adding that an oil depot caught fire.", "Russia", 30),
        ("Air defences shot down most of the 40 drones Russia launched at Odesa overnight, and debris damaged a warehouse.",
         "Ukraine", 40),
        ("Ukraine's air force said it downed only 12 of the 45 drones launched against Kharkiv overnight.", "Ukraine", 45),
    ],
)
def test_drones_only_partly_downed_are_a_strike(detector: Detector, text: str, country: str, count: int) -> None:
    assert ("airstrike", country, count) in counted(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian air defences shot down 27 Ukrainian drones over the Kursk region overnight, the ministry said.",
        "Air defences intercepted all 35 drones launched against the Belgorod region overnight.",
        "Most of the 40 drones shown at the fair were made in Turkey, the organisers said.",
    ],
)
def test_drones_all_downed_or_only_named_are_no_strike(detector: Detector, text: str) -> None:
    assert "airstrike" not in {category for category, _, _ in counted(detector, text)}


def test_drones_launched_with_a_floor_are_a_strike(detector: Detector) -> None:
    text = "Ukraine launched at least 27 drones against the Kursk region overnight, the governor said."
    assert ("airstrike", "Russia", 27) in counted(detector, text)


# --- a headline's event its own phrase does not place is the body's ---------------------------------------------------


def placed(detector: Detector, text: str, title: str) -> set[tuple[str, str | None, str | None]]:
    result = detector.tag(text, title=title, lang="en", published_at=AS_OF)
    return {(event.category, event.region, event.country) for event in result.events}


def test_a_headline_place_before_a_dash_does_not_place_the_story_after_it(detector: Detector) -> None:
    title = "In Damascus, a vigil for the disappeared \u2014 and a mysterious blast at an old army depot"
    text = ("Several hundred people held a vigil in Damascus's Marjeh Square on Thursday, demanding news of relatives who "
            "vanished in the old regime's prisons.\n"
            "The same night, a powerful explosion shook the area around al-Dumayr, northeast of the capital, where a former "
            "ammunition depot stands. The cause was under investigation.")
    found = placed(detector, text, title)
    assert ("explosion", "Rif Dimashq", "Syria") in found
    assert ("explosion", "Damascus", "Syria") not in found


def test_a_headline_event_placed_nowhere_takes_the_bodys_place_not_the_main_place(detector: Detector) -> None:
    title = "Drone strike hits car near border; students rally outside Homs university"
    text = ("An Israeli drone strike hit a car near the town of Beit Jinn in the countryside of Damascus on Thursday, "
            "killing one man.\n"
            "In Homs, hundreds of students held a rally outside the university, demanding lower fees. Students chanted "
            "slogans in Homs for two hours, and Homs police watched.")
    found = placed(detector, text, title)
    assert ("airstrike", "Rif Dimashq", "Syria") in found
    assert ("airstrike", "Homs", "Syria") not in found


def test_a_headline_that_places_its_event_keeps_its_place(detector: Detector) -> None:
    title = "Israeli jets strike Hama airport; four detained in Tartus"
    text = ("Israeli warplanes carried out three airstrikes on the military airport late on Wednesday, state media said.\n"
            "Separately, police arrested four people after finding a weapons cache in a farmhouse near Baniyas.")
    found = placed(detector, text, title)
    assert ("airstrike", "Hama", "Syria") in found
    assert ("arrest", "Tartus", "Syria") in found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # means lacked for something else than the event: the event stays
        ("Residents lack the means to flee the shelling, which has hit the town every night this week.", "shelling"),
        ("Families in Daraa lack the money to leave as clashes rage in the city.", "armed_clash"),
        # shopkeepers on strike are a protest; consumers on strike are a figure of speech
        ("Shopkeepers in Daraa are on strike over the new municipal fees.", "protest"),
    ],
)
def test_lacked_means_and_strikers_near_misses_stay_events(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


def test_consumers_on_strike_are_no_protest(detector: Detector) -> None:
    assert "protest" not in categories(detector, "Consumers are on strike, a retailer in Istanbul said as card spending fell.")


def test_an_apposition_after_a_clause_holding_an_earlier_year_stays_news(detector: Detector) -> None:
    text = ("Troops who arrived in 2024 crossed into the village of Kodyma in Quneitra on Monday, an incursion that lasted "
            "several hours.")
    assert "military_operation" in categories(detector, text)


def test_an_age_group_sides_clash_is_no_fighting(detector: Detector) -> None:
    assert "armed_clash" not in categories(detector, "Syria's under-23s face Iraq in a crucial clash in Doha on Sunday.")
