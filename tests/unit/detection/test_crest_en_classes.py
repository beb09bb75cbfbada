"""Classes of false alarm in whole English articles (crest dev set), with the real news that looks alike.

1. A race report (``sport_reports`` words of running, cycling and motor racing: marathon, podium, the race, the pace):
   the crowd that "took to the streets" runs, a runner who "withdrew from the race" quits it; protest is among the
   categories of play, kept when the sentence names protesters or their acts (fans protesting outside the ground).
2. An obituary (``history.obituaries`` in the title or the body's first line): the life's sieges, bombing runs and
   protests are its past, unless the words around them name the day of the news.
3. Reports found wanting (negation): what researchers "found no independent evidence of", reports that "were not
   confirmed" (``negation.predicates``, however far in the clause), a demand told as insistence ("with Damascus
   insisting the SDF withdraw its fighters"); a dated report whose toll was not confirmed stays.
4. A markets report's figures (``@finance``: outflows, ETFs, oversupply, futures; explosion "of risk", "of demand"): the
   producers "shelled by oversupply worries", "an explosion of demand"; a real blast or shelling beside markets stays.
   A fund's flows anywhere before a withdrawal in its clause (``@fund_flows``) make it money's ("redemptions at two
   money-market funds hit $4 billion, a record withdrawal"); troops' withdrawal told before them stays.
5. Places of a sentence that names none (places.py): the event told before it in its sentence (police who "broke up
   the sit-in and detained four students"), before the category's last mention elsewhere (a headline's); else the last
   placed event of its paragraph (a digest's "IDLIB:" paragraph), before the article's most named place. A name shared
   with another country (Koya, a Kurdistan town and a Daraa village: ``shared_names``) reads the article's country.
   A headline's place past a pause with no locative opens its next phrase ("four detained, Tartus dockers strike"):
   it does not place the mention before the pause ("four detained in Tartus, ..." does).
6. A strike named by its economic grievance ("a strike over rising flour prices", whoever strikes: bakers, operators)
   is a protest; an air strike "over the weekend" or an Israeli strike "over fuel depots" is not.
7. A count before two kinds joined ("14 drone or air attacks": ``numbers.gap_joins`` between gap words) counts the
   attacks; a bare "and" after another number ("the strike killed 4 and air strikes continued") does not.
8. A subject dated by an attributive past year ("The 1982 accord, brokered by Washington, saw troops pull back":
   engine `_past_subject`) dates its predicate; a clause of its own after a breaker ("..., and jets struck"), or one
   naming the day of the news, stays news.
9. An army communiqué's euphemism: drones that "neutralized" fighters struck (drone's requires); drones neutralized by
   air defences, active or passive, were downed.
10. An earlier event named as such (``history.object_cues``: "a previous patrol was ambushed", "an earlier strike on
    the same clinic") is background; the day's event beside it, or a source's earlier statement past a pause, stays.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

en_categories = categories_on(datetime(2026, 11, 26, tzinfo=UTC))


def _tag(detector: Detector, text: str, title: str = "") -> set[str]:
    published = datetime(2026, 11, 26, tzinfo=UTC)
    return {event.category for event in detector.tag(text, title=title, lang="en", published_at=published).events}


# --- 1. race reports ------------------------------------------------------------------------------------------------

EN_RACE = (
    "Amman, Nov. 20 - Uganda's Joshua Okello took the lead at the 25-kilometre mark and won the Dead Sea Marathon on "
    "Friday, with two compatriots completing the podium.\n"
    "{line}\n"
    "The women's race went to Ethiopia's Meseret Tola, who set a course record despite the heat; runners were handed "
    "water every two kilometres, and the pace slowed after the turn."
)

EN_RACE_PLAY = [
    "More than 20,000 amateurs took to the streets of Amman for the shorter races, the organisers said.",
    "The defending champion pulled out of the race at 30km with a calf injury and withdrew to the medical tent.",
    "Okello attacked on the climb, and the chasing group retreated behind him as the pace rose.",
]


@pytest.mark.parametrize("line", EN_RACE_PLAY)
def test_en_a_race_report_is_no_event(detector: Detector, line: str) -> None:
    assert en_categories(detector, EN_RACE.format(line=line)) == set()


EN_NEWS_IN_RACE = [
    ("Before the start, several hundred protesters marched along the course against fuel prices, police said.", "protest"),
    ("A bomb exploded near the finish line an hour after the race, wounding four runners, police said.", "explosion"),
    ("Elsewhere, Israeli troops withdrew from two villages near Quneitra on Friday, residents said.", "withdrawal"),
]


@pytest.mark.parametrize(("line", "category"), EN_NEWS_IN_RACE)
def test_en_real_events_in_a_race_report_stay_events(detector: Detector, line: str, category: str) -> None:
    assert category in en_categories(detector, EN_RACE.format(line=line))


def test_en_a_protest_march_with_one_race_word_is_news(detector: Detector) -> None:
    text = (
        "Thousands of teachers took to the streets of Beirut on Tuesday in the race to win back their pensions, "
        "marching from the ministry to parliament."
    )
    assert "protest" in en_categories(detector, text)


# --- 2. obituaries --------------------------------------------------------------------------------------------------

EN_OBITUARY = (
    "The Herald | Obituaries\n"
    "Fiona Baird, photographer. Born: 9 May 1950 in Dundee. Died: 18 November 2026 in Glasgow, aged 76.\n"
    "Fiona Baird, who has died aged 76, made her name photographing the wars of the Middle East.\n"
    "{line}\n"
    "She is survived by her husband and a son. A funeral will be held in Glasgow next week."
)

EN_LIFE = [
    "She covered the battle for Grozny, where shelling shook her hotel each night and jets flew bombing runs over the suburbs.",
    "Her best-known picture shows the withdrawal of Syrian troops from Lebanon, taken on the morning the last convoy left.",
    "She was detained by militiamen at a checkpoint near Sidon, and in retirement campaigned at rallies for jailed reporters.",
]


@pytest.mark.parametrize("line", EN_LIFE)
def test_en_an_obituarys_life_is_no_event(detector: Detector, line: str) -> None:
    assert en_categories(detector, EN_OBITUARY.format(line=line)) == set()


def test_en_an_obituary_title_frames_the_article(detector: Detector) -> None:
    text = "Karim Haddad, who ran a clinic in Tyre for forty years, treated the wounded of every air strike on the city."
    assert _tag(detector, text, title="Obituary: Karim Haddad, doctor of the south") == set()


def test_en_an_obituary_keeps_the_day_of_the_news(detector: Detector) -> None:
    line = "She was killed on Tuesday when an Israeli air strike hit her car near Tyre, the army said."
    assert "airstrike" in en_categories(detector, EN_OBITUARY.format(line=line))


def test_en_a_news_article_about_a_death_is_no_obituary(detector: Detector) -> None:
    text = (
        "A veteran reporter died in hospital in Gaza City, colleagues said.\n"
        "Israeli jets struck the Shati camp overnight, killing five people, the civil defence said."
    )
    assert "airstrike" in en_categories(detector, text)


# --- 3. reports found wanting ---------------------------------------------------------------------------------------

EN_NOT_FOUND = [
    "Residents described jets overhead, but our researchers found no independent evidence of air strikes on the camp.",
    "Reports of air strikes on the village of Nawa early this morning were not confirmed by the monitor.",
    "Reports of clashes near the town of Jasim this afternoon could not be verified.",
    "Talks stalled, with Damascus insisting the SDF withdraw its fighters from the dam by the end of the year.",
]


@pytest.mark.parametrize("text", EN_NOT_FOUND)
def test_en_reports_found_wanting_are_no_events(detector: Detector, text: str) -> None:
    assert en_categories(detector, text) == set()


EN_CONFIRMED = [
    ("Artillery shelled the village of Kafr Nabl on Monday, and reports of casualties were not confirmed.", "shelling"),
    ("Jets struck the town of Saraqib overnight, though the death toll was not confirmed.", "airstrike"),
    ("Russian forces withdrew from two villages near Kupiansk, with Kyiv insisting the pullout was forced by its counterattack.",
     "withdrawal"),
    ("Army artillery shelled the town of Tabqa on Tuesday; the SDF said it found no evidence of a buildup there.", "shelling"),
]


@pytest.mark.parametrize(("text", "category"), EN_CONFIRMED)
def test_en_confirmed_reports_stay_events(detector: Detector, text: str, category: str) -> None:
    assert category in en_categories(detector, text)


# --- 4. markets reports ---------------------------------------------------------------------------------------------

EN_MARKETS = [
    "Copper producers have been shelled by oversupply worries for months, one analyst said.",
    "A trader called the jump in chip stocks an explosion of demand that few had priced in.",
    "Investors pulled $2 billion from bond ETFs in the week, the largest withdrawal of the year, as outflows accelerated.",
]


@pytest.mark.parametrize("text", EN_MARKETS)
def test_en_markets_figures_are_no_events(detector: Detector, text: str) -> None:
    assert en_categories(detector, text) == set()


EN_NEWS_BESIDE_MARKETS = [
    ("Investors pulled money out of funds as artillery shelled the city of Kharkiv on Tuesday.", "shelling"),
    ("An explosion of a roadside bomb killed two soldiers in the town of Inkhil on Tuesday.", "explosion"),
    ("Oil fell as traders worried about oversupply, and in Syria jets struck the town of Saraqib on Monday.", "airstrike"),
]


@pytest.mark.parametrize(("text", "category"), EN_NEWS_BESIDE_MARKETS)
def test_en_news_beside_markets_stays_news(detector: Detector, text: str, category: str) -> None:
    assert category in en_categories(detector, text)


# --- 5. places of a sentence that names none ------------------------------------------------------------------------

def _regions(detector: Detector, text: str, category: str, title: str = "") -> set[str | None]:
    published = datetime(2026, 11, 26, tzinfo=UTC)
    result = detector.tag(text, title=title, lang="en", published_at=published)
    return {event.region for event in result.events if event.category == category}


def test_en_a_digest_paragraph_goes_on_about_its_place(detector: Detector) -> None:
    text = (
        "Weekly digest, 20-26 November\n"
        "IDLIB: Security forces launched a sweep through villages around Sarmada on Monday. Officials said 14 men "
        "were detained.\n"
        "HAMA: Clashes broke out near Suqaylabiyah on Tuesday. Hama residents said the fighting lasted an hour.\n"
        "HAMA: A roadside bomb exploded near Suqaylabiyah on Wednesday, and another went off in Hama city."
    )
    assert _regions(detector, text, "arrest") == {"Idlib"}


def test_en_a_paragraph_naming_its_own_place_keeps_it(detector: Detector) -> None:
    text = (
        "Security forces launched a sweep through villages around Sarmada on Monday. In Aleppo, police detained "
        "nine men on Tuesday."
    )
    assert _regions(detector, text, "arrest") == {"Aleppo"}


def test_en_a_sentence_with_no_place_goes_on_about_its_own_event(detector: Detector) -> None:
    title = "Homs students hold sit-in over fees; four detained, Tartus dockers strike"
    text = (
        "Hundreds of students held a sit-in on Tuesday outside the university in Homs to protest higher fees.\n"
        "Witnesses said police broke up the sit-in in the evening and detained four students.\n"
        "Dockers at the port of Tartus went on strike on Monday over unpaid wages."
    )
    assert "Homs" in _regions(detector, text, "arrest", title=title)


def test_en_koya_is_read_in_the_articles_country(detector: Detector) -> None:
    syria = "An Israeli drone strike hit a farm outside the village of Koya on Sunday, Syrian local sources said."
    iraq = "A Turkish drone strike hit a vehicle near Koya in Iraqi Kurdistan on Tuesday, local officials said."
    assert _regions(detector, syria, "airstrike") == {"Daraa"}
    assert _regions(detector, iraq, "airstrike") == {"Erbil"}


# --- 6. strikes named by their grievance ----------------------------------------------------------------------------

EN_GRIEVANCE_STRIKES = [
    "Bakers in the old city closed their shops on Sunday in a strike over rising flour prices.",
    "Bus and minivan operators in Homs stayed off the roads on Monday in a strike over unpaid subsidies.",
]


@pytest.mark.parametrize("text", EN_GRIEVANCE_STRIKES)
def test_en_a_strike_over_a_grievance_is_a_protest(detector: Detector, text: str) -> None:
    assert "protest" in en_categories(detector, text)


EN_AIR_STRIKES_OVER = [
    "A drone strike over the weekend killed three fighters near the town of Kafr Nabl.",
    "An Israeli strike over fuel depots in the port of Hodeidah set tanks ablaze on Monday.",
]


@pytest.mark.parametrize("text", EN_AIR_STRIKES_OVER)
def test_en_an_air_strike_over_something_is_no_protest(detector: Detector, text: str) -> None:
    assert "protest" not in en_categories(detector, text)



# --- 7. a count before two kinds joined -----------------------------------------------------------------------------

def _counts(detector: Detector, text: str, category: str) -> set[int | None]:
    result = detector.tag(text, lang="en", published_at=datetime(2026, 11, 26, tzinfo=UTC))
    return {event.count for event in result.events if event.category == category}


def test_en_a_count_before_two_kinds_joined_counts_the_attacks(detector: Detector) -> None:
    text = "The monitor recorded 14 drone or air attacks on villages of Hajjah governorate in October and November."
    assert _counts(detector, text, "airstrike") == {14}


def test_en_a_number_before_a_bare_and_is_no_count(detector: Detector) -> None:
    text = "The strike killed 4 and air strikes continued on the town of Kafr Nabl on Monday."
    assert _counts(detector, text, "airstrike") == {None}


# --- 8. a subject dated by its year ---------------------------------------------------------------------------------

EN_PAST_SUBJECTS = [
    "The 1982 accord, brokered by Washington, saw Syrian troops pull back from the Beirut-Damascus highway within days.",
    "The 2013 offensive, launched from the coast, drove rebels out of the town of Qusayr.",
]


@pytest.mark.parametrize("text", EN_PAST_SUBJECTS)
def test_en_a_subject_dated_by_a_past_year_dates_its_predicate(detector: Detector, text: str) -> None:
    assert en_categories(detector, text) == set()


EN_NEWS_AFTER_PAST_SUBJECTS = [
    ("The 2019 ceasefire collapsed, and jets struck the town of Saraqib.", "airstrike"),
    ("The 1974 agreement, the U.N. said on Tuesday, was breached when Israeli troops raided the village of Hader.",
     "military_operation"),
    ("The 2026 budget, passed in March, saw troops withdraw from the town of Tal Abyad on Monday.", "withdrawal"),
]


@pytest.mark.parametrize(("text", "category"), EN_NEWS_AFTER_PAST_SUBJECTS)
def test_en_news_after_a_dated_subject_stays_news(detector: Detector, text: str, category: str) -> None:
    assert category in en_categories(detector, text)


# --- 9. drones that neutralized fighters ----------------------------------------------------------------------------

def test_en_drones_that_neutralized_fighters_struck(detector: Detector) -> None:
    text = 'The army said its drones had neutralized eight gunmen in strikes on rebel bases near Gao on Sunday.'
    assert "airstrike" in en_categories(detector, text)


EN_DRONES_DOWNED = [
    "Air defences neutralized four drones over the town of Salamiyah on Sunday.",
    "Four drones were neutralized over the city of Homs on Sunday, the army said.",
    "The drones were neutralised by air defences over the city of Homs on Sunday.",
]


@pytest.mark.parametrize("text", EN_DRONES_DOWNED)
def test_en_drones_neutralized_by_air_defences_are_no_strike(detector: Detector, text: str) -> None:
    assert "airstrike" not in en_categories(detector, text)


def test_en_a_withdrawal_of_fund_flows_is_no_event(detector: Detector) -> None:
    text = "Redemptions at two money-market funds hit $4 billion in October, a record withdrawal for the sector."
    assert en_categories(detector, text) == set()


def test_en_a_troop_withdrawal_before_fund_flows_stays(detector: Detector) -> None:
    text = "The withdrawal of Russian troops from the town of Kherson was completed on Friday, while ETF outflows grew."
    assert "withdrawal" in en_categories(detector, text)


def test_en_a_headlines_next_phrase_does_not_place_the_mention(detector: Detector) -> None:
    title = "Students rally at Homs university over fees; four detained, Tartus dockers strike"
    text = "Police detained four students on Tuesday during a rally at the university in Homs over higher fees."
    assert _regions(detector, text, "arrest", title=title) == {"Homs"}


def test_en_a_headlines_place_after_a_locative_places_the_mention(detector: Detector) -> None:
    title = "Four detained in Tartus, dockers strike over pay"
    text = "Police detained four men on Tuesday, a rights group said."
    assert _regions(detector, text, "arrest", title=title) == {"Tartus"}


# --- 10. an earlier event named as such -----------------------------------------------------------------------------

EN_EARLIER_EVENTS = [
    "A previous patrol was ambushed on the road to the town of Kafr Nabl.",
    "An earlier strike on the same clinic in Saraqib killed three people.",
]


@pytest.mark.parametrize("text", EN_EARLIER_EVENTS)
def test_en_an_earlier_event_named_as_such_is_background(detector: Detector, text: str) -> None:
    assert en_categories(detector, text) == set()


EN_NEWS_BESIDE_EARLIER = [
    ("Jets struck the town of Saraqib on Monday, hours after an earlier raid killed two people.", "airstrike"),
    ("In an earlier statement, the army said its jets struck the town of Saraqib on Monday.", "airstrike"),
]


@pytest.mark.parametrize(("text", "category"), EN_NEWS_BESIDE_EARLIER)
def test_en_news_beside_an_earlier_event_stays(detector: Detector, text: str, category: str) -> None:
    assert category in en_categories(detector, text)
