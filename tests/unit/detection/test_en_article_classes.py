"""English classes found in full-length articles: background paragraphs, analysis, sport and tallies inside
conflict reporting (config/defaults/lexicons/en.yaml and the dating of clauses in streams/detection/engine.py).

Each class has a sentence that reports no event (or another count) beside a near miss that still reports one,
so that no rule reaches past its class."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

PUBLISHED = datetime(2026, 11, 25, tzinfo=UTC)


categories = categories_on(PUBLISHED)


def counts(detector: Detector, text: str, category: str) -> set[int | None]:
    return {event.count for event in detector.tag(text, lang="en", published_at=PUBLISHED).events if event.category == category}


BACKGROUND = [
    # a clause joined to a dated one by "and last month"
    "Drones hit the ridge three times in 2025, and last month soldiers raided the hamlet of Tell Kurdi.",
    # a past told as habitual
    "Ankara has in the past carried out air strikes on camps across the border.",
    # a tally since the war or the regime's fall
    "Jets have carried out hundreds of air strikes on the province since the war began.",
    "Security forces have detained more than 900 people since the fall of the Assad regime, the group says.",
    "The plant has been struck several times by drones since the start of the full-scale invasion.",
    # a sentence opened by a past year dates its later joined clauses
    "In 2017, militias drove the rebels from the hills, and tanks shelled the villages below almost every night.",
    # the detentions a dated raid made
    "In March 2024 soldiers raided the camp, detaining scores of young men.",
    # the side of a debate, an authority urged to make sure
    "The case for a full pullout of the brigade is weaker than it looks.",
    "The UN said the government must ensure that security campaigns in the east respect the law.",
    # a future passive of onset
    "Officials said a wide operation against the cells would be launched next week.",
    # a refusal
    "The talks broke down over Moscow's refusal to withdraw from the plant.",
    # sport: a referee's call protested
    "The home side's late winner stood despite furious protests over an offside.",
    # a participle before its noun
    "Smugglers stored fuel in an abandoned military building outside the town.",
]

NEWS = [
    ("Drones hit the ridge three times on Sunday, and soldiers raided the hamlet of Tell Kurdi.", "airstrike"),
    # a monitor's tally of the article's own month is news (one of last month is background: test_stop20_classes)
    ("The monitor documented 140 arrests across the province this month.", "arrest"),
    # "in the past 24 hours" is no habit
    ("In the past 24 hours, warplanes carried out 14 air strikes on the valley.", "airstrike"),
    # a point of comparison, or a state since then in a clause told as today's
    ("Troops pushed into the village on Thursday in the deepest incursion since the fall of Assad.", "military_operation"),
    ("The brigade pulled out of the town on Friday for the first time since the war began.", "withdrawal"),
    # a joined clause with a time of its own
    ("In 2017, militias drove the rebels from the hills, and on Saturday tanks shelled the villages again.", "shelling"),
    ("Soldiers raided the camp on Wednesday, detaining scores of young men.", "arrest"),
    ("The army said it had captured four militant commanders near the river.", "arrest"),
    ("Residents staged protests over the new fuel tax outside the governorate.", "protest"),
    ("Troops abandoned their positions near the dam overnight.", "withdrawal"),
    ("The army launched a new offensive against the cells on Monday.", "military_operation"),
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_background_and_other_senses_are_no_event(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


@pytest.mark.parametrize(("text", "category"), NEWS)
def test_the_near_miss_stays_news(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


def test_a_monitor_s_cases_are_counted_not_the_subset_they_include(detector: Detector) -> None:
    # November, the article's month: an October tally is "last month", background (labeling README, "The month before
    # the article's"); the count is what this test reads
    text = "The network recorded at least 243 cases of arbitrary arrest in November, including 17 children."
    assert counts(detector, text, "arrest") == {243}
    assert counts(detector, "Observers logged 19 incidents of shelling on the northern villages.", "shelling") == {19}
    # a count after the verb is unchanged
    assert counts(detector, "Police arrested 26 people, including three minors.", "arrest") == {26}


def test_a_year_referred_back_to_dates_its_clause(detector: Detector) -> None:
    assert categories(detector, "In May of that year, heavy fighting around the port drew in air strikes on the city.") == set()
    assert categories(detector, "Later that year, the brigade pulled out of the valley.") == set()
    assert "armed_clash" in categories(detector, "Heavy fighting broke out around the port on Tuesday.")


def test_a_prison_riot_is_no_demonstration(detector: Detector) -> None:
    assert categories(detector, "Guards restored order after a prison riot in the north.") == set()
    assert "protest" in categories(detector, "Police fired tear gas during a riot in the market over bread prices.")


def test_a_month_before_the_article_s_dates_the_opening_clause(detector: Detector) -> None:
    # published in late November: an earlier month of the year is background, as a past year is
    assert categories(detector, "In early October, militants ambushed a convoy near the dam.") == set()
    assert categories(detector, "In July, drones struck the crossing three times, and tanks shelled the villages nearby.") == set()
    # a clause with a day of its own, the article's own month and a dated year stay as they were
    assert "shelling" in categories(detector, "In July, drones struck the crossing, and on Sunday tanks shelled the villages again.")
    assert "protest" in categories(detector, "In November, teachers rallied outside the ministry over pay.")
    # a tally counted since an earlier month is background, wherever "since" stands (labeling README, "Tallies since a
    # date"; test_left_classes.py); one since a day of the article's month is news
    assert "arrest" not in categories(detector, "Since August, police have arrested 120 people in the province.")
    assert "arrest" in categories(detector, "Since November 2, police have arrested 120 people in the province.")
    assert "withdrawal" in categories(detector, "On Tuesday, the battalion withdrew from the crossing.")


def test_the_subject_of_a_modal_past_an_adverb(detector: Detector) -> None:
    assert categories(detector, "A rushed pullout now would leave the prisons unguarded.") == set()
    assert "withdrawal" in categories(detector, "The unit pulled out of the prison compound on Friday, and now guards are scarce.")


def test_explosions_heard_after_strikes_told_earlier_are_their_effect(detector: Detector) -> None:
    strike = "Drones hit two fuel tanks at the refinery on Monday. The governor blamed the militia. "
    assert categories(detector, strike + "Explosions were heard near the harbour after the strikes.") == {"airstrike"}
    # a new report, or no strike before, keeps its blasts
    assert "explosion" in categories(detector, strike + "Separately, explosions were heard at a munitions store in the south.")
    assert "explosion" in categories(detector, "Explosions were heard near the harbour on Monday, residents said.")
