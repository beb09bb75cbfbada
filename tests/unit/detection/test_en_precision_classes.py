"""English classes of text that looked like events and were not (or the reverse), fixed as classes:
threats with long objects, clauses continuing a dated past or an anniversary, economic senses,
the terms of an agreement, and the recall, count and place constructions found beside them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector, TagResult
from tests.unit.detection.tagging import categories_on

PUBLISHED = datetime(2026, 6, 10, tzinfo=UTC)


def tag(detector: Detector, text: str, title: str = "") -> TagResult:
    return detector.tag(text, title=title, lang="en", published_at=PUBLISHED)


categories = categories_on(PUBLISHED)


NOT_EVENTS = [
    # a threat or a vow whose object is far from the verb
    "The militia threatened late on Sunday night to renew rocket and drone attacks on the port if the talks fail.",
    "The rebel commander vowed in a recorded message broadcast by the group to step up air strikes on army convoys.",
    "Officials pledged at the donors' meeting in Brussels to halt the shelling of civilian districts.",
    "Rebels vow fresh rocket attacks on the airport in Hama",
    # a clause continuing a dated past or an anniversary
    "Veterans gathered to mark the tenth anniversary of the siege of the town, when fighters, backed by heavy air strikes, "
    "broke through the lines.",
    "The bridge was rebuilt after the battle for the city in March 2017, when militants, under constant shelling, blew it up.",
    # economic and administrative senses
    "Shopkeepers complain of an \u201cexplosion\u201d in rents since the spring.",
    "Economists expect an explosion in wages once the new budget passes.",
    "Farmers were dismayed when the ministry announced the withdrawal of diesel subsidies.",
    "The donor withdrew its funding for the clinic last month.",
    "Regulators ordered the withdrawal of licences from three transport companies.",
    # time elapsed since a past event
    "This week marks three years since the pullout of coalition troops from the airbase.",
    "The talks resumed a year after the offensive that pushed the militants out of the valley.",
    # generic and conditional mentions
    "Any pullout of the peacekeepers from the border villages must be agreed with the government.",
    "Local leaders expect a rebel offensive once the foreign troops leave the province.",
    "Homs has witnessed an explosion of new bakeries since the spring.",
    "The health ministry ordered the withdrawal of three batches of insulin in Hama.",
    "The governor's offensive against corruption reached the customs office in Tartus.",
    "Twenty years on from the siege of Falluja, when marines and air strikes pounded the city, veterans returned.",
    # planned or called-off protests, a government's diplomatic protest
    "A march planned for Saturday in Qamishli was called off after talks with the governor.",
    "The foreign ministry protested the new visa rules to the visiting envoy in Baghdad.",
    # the terms of an agreement
    "The deal, signed in May, under which the militias pulled back from the highway, is fraying.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_events(detector: Detector, text: str) -> None:
    assert tag(detector, text).events == [], text


def test_a_future_withdrawal_in_an_agreement_is_no_event(detector: Detector) -> None:
    text = "Negotiators are discussing a second phase, which would involve a further withdrawal of troops from the valley."
    assert "withdrawal" not in categories(detector, text)


def test_a_threat_does_not_reach_past_its_clause(detector: Detector) -> None:
    text = "The group threatened to retaliate after warplanes struck its positions near Idlib overnight."
    assert "airstrike" in categories(detector, text)


def test_a_current_event_after_a_dated_clause_stays_news(detector: Detector) -> None:
    # the year dates only its own clause; the strike is the day's news
    text = "The village, rebuilt since 2019, was hit by an air strike on Tuesday."
    assert "airstrike" in categories(detector, text)


def test_a_withdrawal_of_forces_beside_aid_stays(detector: Detector) -> None:
    text = "Government forces withdrew from the town of Saraqib on Monday, residents said."
    assert "withdrawal" in categories(detector, text)


def test_a_bombardment_beside_warplanes_is_the_airstrike(detector: Detector) -> None:
    text = "Russian warplanes struck villages near Idlib on Friday, in what activists called the fiercest bombardment this year."
    assert categories(detector, text) == {"airstrike"}


def test_a_bombardment_alone_is_shelling(detector: Detector) -> None:
    assert categories(detector, "A heavy bombardment hit the outskirts of Daraa on Friday.") == {"shelling"}


def test_drones_with_a_type_modifier_and_a_count(detector: Detector) -> None:
    events = tag(detector, "Russian forces attacked Odesa with 30 Geran-2 drones overnight, officials said.").events
    assert [(event.category, event.count) for event in events] == [("airstrike", 30)]


def test_a_parenthetical_adverb_does_not_end_the_clause_before_its_place(detector: Detector) -> None:
    for text in ("Ukrainian drones, meanwhile, struck a fuel depot in Russia's Belgorod region on Sunday.",
                 "A Ukrainian drone strike, officials said, set a fuel depot in Russia's Belgorod region ablaze."):
        events = tag(detector, text).events
        assert [(event.category, event.country) for event in events] == [("airstrike", "Russia")], text


def test_a_semicolon_in_a_headline_ends_the_places_of_a_clause(detector: Detector) -> None:
    result = tag(detector, "Government forces said they had withdrawn from the village.",
                 title="Troops pull back from village near Kupiansk; Odesa shelled")
    places = {(event.category, event.place) for event in result.events}
    assert ("withdrawal", "Odesa") not in places
    assert ("shelling", "Kupiansk") not in places
    assert ("shelling", "Odesa") in places


def test_a_funeral_that_became_a_march(detector: Detector) -> None:
    text = "Thousands attended the burial in Azaz, which turned into a march condemning the killing."
    assert "protest" in categories(detector, text)


def test_arrests_counted_after_a_floor(detector: Detector) -> None:
    events = tag(detector, "Police rounded up at least 25 young men in Raqqa on Thursday.").events
    assert [(event.category, event.count) for event in events] == [("arrest", 25)]


def test_repelled_assaults_are_counted(detector: Detector) -> None:
    events = tag(detector, "Defenders repelled 9 assaults near Kupiansk on Saturday.").events
    assert [(event.category, event.count) for event in events] == [("armed_clash", 9)]


def test_a_tally_of_shellings_in_times(detector: Detector) -> None:
    events = tag(detector, "Artillery shelled Nikopol and three nearby villages 57 times over the weekend.").events
    assert [(event.category, event.count) for event in events] == [("shelling", 57)]


def test_the_cause_of_a_vowed_revenge_is_an_event(detector: Detector) -> None:
    text = "The militia vowed to avenge the drone strike on its commander in Qaim on Sunday."
    assert "airstrike" in categories(detector, text)


def test_a_threat_does_not_reach_past_a_pause(detector: Detector) -> None:
    text = "The rebels have threatened to storm the city, and on Friday a drone strike hit their depot near Idlib."
    assert "airstrike" in categories(detector, text)


def test_an_anniversary_marked_with_rallies_is_news(detector: Detector) -> None:
    text = "Crowds marked the anniversary of the revolution with rallies in Idlib and Azaz on Friday."
    assert "protest" in categories(detector, text)


def test_a_consequence_of_a_dated_clause_is_history(detector: Detector) -> None:
    text = "In 2018, the rebels abandoned the enclave, paving the way for a government offensive."
    assert tag(detector, text).events == []


@pytest.mark.parametrize(("text", "category", "count"), [
    ("Israeli jets struck the hills near Quneitra on four occasions last week.", "airstrike", 4),
    ("Government artillery shelled the town of Kafr Nabl six times on Monday.", "shelling", 6),
])
def test_tallies_in_times_and_occasions(detector: Detector, text: str, category: str, count: int) -> None:
    assert [(event.category, event.count) for event in tag(detector, text).events] == [(category, count)]


def test_blasts_in_any_of_several_places_stay_events(detector: Detector) -> None:
    text = "Nobody was hurt in any of the three explosions that shook Azaz on Sunday."
    assert "explosion" in categories(detector, text)


def test_explosions_counted_past_an_adjective_of_sound(detector: Detector) -> None:
    events = tag(detector, "Witnesses heard three deafening explosions near the port of Latakia.").events
    assert [(event.category, event.count) for event in events] == [("explosion", 3)]


def test_a_parenthetical_does_not_split_a_negated_clause(detector: Detector) -> None:
    text = "The militia has not, its spokesman said, pulled back from the hills near Kessab."
    assert "withdrawal" not in categories(detector, text)


def test_a_protest_outside_a_ministry_stays_a_protest(detector: Detector) -> None:
    assert "protest" in categories(detector, "Dozens of families protested outside the justice ministry in Damascus.")


def test_a_headline_vow_of_revenge_for_a_strike_keeps_the_strike(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "Tribes vow to avenge the drone strike on their elders in Deir ez-Zor")
