"""English classes found on the recent set's misses, fixed as classes: blasts set off on purpose whose
manner ("in controlled demolitions") comes several words after the verb; clashes in match reports (a half,
its cards) and with an institution or over pay; a detention told as a state ("has been in custody"); the
clauses or provisions of a plan withdrawn; a count past the kind of an attack ("23 armed attacks"); a full
date years before the article's, which tells history ("the August 4, 2020 port explosion"); fire opened on
a patrol's vehicles; an operation "launched" told after the noun; aviation as the striking arm; a standing
accusation of "bombing" places; an area wider than a region ("northeast Syria", Arabic too) that yields to
a named place of its country later in the clause (or before it: "X on the slopes of Mount Hermon, sparking ..."); bare عمان read as Amman or Oman by the country the article
supports; drones downed or intercepted by a verb far before them in their clause (Arabic too); a rally kept as a
protest by what people do with it ("held a rally against rising prices"); a definite munition ("the missile",
"الصاروخ", "struck by a missile") told after a strike anywhere before it in the article, which is the strike's; a continuation
("..., involving drone strikes") after a long clause dated by its opening; "<demonym> territory" as the country ("from Turkish territory"); a domestic
authority acting before a mention whose clause names no place; fighting that spread or flared up; in an article
naming no place, the target's demonym after the mention ("... of the Ukrainian armed forces"); an Arabic bare
direction as a place cue ("جنوب مأرب"); transliteration variants (Kisweh, Sayyida Zeinab); a sweep "under way" told past its object; and the events that stay beside them.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

PUBLISHED = datetime(2026, 6, 10, tzinfo=UTC)


categories = categories_on(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a controlled blast, its manner told past the verb's object and place
        ("Army engineers blew up two abandoned buildings on the edge of Quneitra in controlled demolitions on Sunday.", "explosion"),
        ("Sappers detonated a rusty aerial bomb found in a field outside Raqqa in a controlled explosion, the council said.",
         "explosion"),
        ("Soldiers will blow up the tunnel shaft discovered near the crossing in a controlled detonation later today.", "explosion"),
        # a clash in a match report, told by its half and its cards; a team's row with its federation or over pay
        ("The hosts survived a fiery first-half clash that brought three yellow cards before a late goal settled it.", "armed_clash"),
        ("The volleyball squad pulled out of the regional cup after a clash with the federation over unpaid bonuses.", "armed_clash"),
        ("Players clashed with the club's management over unpaid salaries before the final.", "armed_clash"),
        # a detention told as a state, not as the news
        ("The blogger, whose posts angered the governor, has been in custody since the spring.", "arrest"),
        ("Her brother has been in custody for eleven months, his lawyer said.", "arrest"),
        # fire opened on anything else is no clash by this rule
        ("A guard opened fire on stray dogs outside the warehouse in Homs.", "armed_clash"),
        ("Health workers are fighting the spread of cholera in the camps around Idlib.", "armed_clash"),
        # a sweep of another kind
        ("A clean sweep of the remaining seats was under way for the ruling bloc.", "military_operation"),
        # an operation of another kind, launched
        ("A rescue operation launched after the landslide near Jableh went on through the night.", "military_operation"),
        ("The police operation launched against drug dealers in Zarqa netted thirty suspects.", "military_operation"),
        # aviation as an industry, a fuel or a support
        ("Aviation fuel prices hit a record high in Beirut this week.", "airstrike"),
        ("Infantry, backed by aviation, attacked the enemy's trenches.", "airstrike"),
        # a standing accusation of bombing places, and bombing near aircraft
        ("The militia, which accuses the government of bombing its villages, declined to comment.", "explosion"),
        ("Jets over the town resumed bombing of the northern districts at dusk.", "explosion"),
        # the text of a plan taken back, not a force
        ("The cabinet's sudden withdrawal of two key clauses on wages surprised economists.", "withdrawal"),
        ("The governor withdrew three provisions from the zoning plan after residents objected.", "withdrawal"),
    ],
)
def test_not_the_event(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a blast set off by attackers stays, even in a town controlled by someone
        ("Militants blew up a bridge near the village of Tayyana on Monday night.", "explosion"),
        ("A bomb planted in a parked car detonated outside a bakery in Azaz, in an area controlled by the factions.", "explosion"),
        ("Rival factions clashed with each other in the centre of Afrin over control of a checkpoint.", "armed_clash"),
        ("Gunmen clashed with an army patrol near the town of Tafas after midnight.", "armed_clash"),
        ("Four men were taken into custody in Zarqa on Monday, police said.", "arrest"),
        ("Two activists remain in custody in Irbid after they were seized at a checkpoint.", "arrest"),
        ("Militia fighters withdrew from three positions on the edge of Tal Rifaat overnight.", "withdrawal"),
        # fighting that spread, flared up or resumed
        ("Residents said the fighting had spread overnight to the farms around the village of Ain Arab.", "armed_clash"),
        ("Fighting flared up again on the outskirts of Sweida city late on Monday.", "armed_clash"),
        # fire opened on a patrol's vehicles or on positions, not only on the patrol named as such
        ("Insurgents opened fire on the vehicles of a supply column near Maadan late on Friday.", "armed_clash"),
        ("Gunmen opened fire on two checkpoints outside the town of Jasim at dawn.", "armed_clash"),
        # an operation whose launch is told after it
        ("Residents of Qabatiya said an operation launched on Sunday in the nearby camp went on for a second day.",
         "military_operation"),
        # a sweep whose state is told past its object
        ("The governor said a sweep of the villages was under way on Friday.", "military_operation"),
        # aviation named as the striking arm, as a defence ministry's summary does
        ("Operational-tactical aviation and artillery struck enemy strongholds near Kupiansk overnight, the ministry said.",
         "airstrike"),
        ("Army aviation bombed militant hideouts in the mountains west of Sinjar on Monday.", "airstrike"),
        # a bombing told as the day's event, and one whose suspects were accused of it
        ("A bombing outside a cafe in Azaz killed four people on Tuesday evening.", "explosion"),
        ("Police arrested two men accused of the bombing at the bus station in Afrin on Sunday.", "explosion"),
    ],
)
def test_the_event_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


def largest_count(detector: Detector, text: str, category: str) -> int | None:
    counts = [event.count for event in detector.tag(text, lang="en", published_at=PUBLISHED).events if event.category == category]
    return max((count for count in counts if count is not None), default=None)


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        # the subject of "were in custody"
        ("Police said three smugglers were in custody after the raid near Ramtha.", "arrest", 3),
        # the kind of an attack between its number and its noun
        ("The monitor counted 17 armed attacks on army checkpoints around Nawa during the month.", "armed_clash", 17),
        ("The ministry said gunmen staged 6 armed attacks on checkpoints near Jasim last week.", "armed_clash", 6),
    ],
)
def test_counts_past_the_kind_of_attack(detector: Detector, text: str, category: str, count: int) -> None:
    assert largest_count(detector, text, category) == count


@pytest.mark.parametrize(
    ("text", "lang", "category", "kept"),
    [
        # a full date years before the article's is history, whatever its clause
        ("The 9 May 2019 blast at the fuel depot, which killed eleven workers, was never explained.", "en", "explosion", False),
        ("On 3 February 2021, a car bomb went off outside the bakery in Azaz, residents recall.", "en", "explosion", False),
        ("وفي 12 أيار 2021 انفجرت عبوة ناسفة بسيارة عسكرية قرب مدينة الباب.", "ar", "explosion", False),
        # a full date of the year before may still date the report's own event (a dateline, a wire's lead)
        ("On 14 December 2025, a car bomb went off outside a bakery in Azaz, police said.", "en", "explosion", True),
        # and an event of the article's own year stays
        ("On 2 June 2026, a roadside bomb hit an army truck near Tafas.", "en", "explosion", True),
    ],
)
def test_full_date_years_back_is_history(detector: Detector, text: str, lang: str, category: str, kept: bool) -> None:
    found = {event.category for event in detector.tag(text, lang=lang, published_at=PUBLISHED).events}
    assert (category in found) is kept


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        # an area wider than a region yields to a named place of its country further on in the clause
        ("اندلعت اشتباكات في شمال وشرق سوريا مساء الأحد بين مسلحين من العشائر وعناصر قسد في بلدة الشحيل.", "ar", "Deir ez-Zor"),
        ("Clashes flared in northeastern Syria late on Sunday, around the town of al-Shuhail, between two tribal groups.", "en",
         "Deir ez-Zor"),
    ],
)
def test_area_yields_to_a_named_place(detector: Detector, text: str, lang: str, region: str) -> None:
    regions = {event.region for event in detector.tag(text, lang=lang, published_at=PUBLISHED).events}
    assert regions == {region}


def test_area_before_the_mention_yields_to_a_named_place_before_it(detector: Detector) -> None:
    # "X on the slopes of <area>, sparking a firefight": the firefight is in X's region
    events = detector.tag("Troops entered the village of Hadar on the slopes of Mount Hermon at dawn, sparking a firefight with "
                          "local gunmen.", lang="en", published_at=PUBLISHED).events
    assert {(event.category, event.region) for event in events if event.category == "armed_clash"} == {("armed_clash", "Quneitra")}


def test_area_alone_stays_the_place(detector: Detector) -> None:
    # with no named place of its country after it, the area is the event's place (no region)
    events = detector.tag("Clashes flared in northeastern Syria late on Sunday between two tribal groups.", lang="en",
                          published_at=PUBLISHED).events
    assert [(event.region, event.country) for event in events] == [(None, "Syria")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare عمان after a locative: Amman, in an article that supports Jordan (its demonym, its places) or neither country
        ("أوقفت الشرطة الأردنية أربعة شبان في عمان إثر مشاجرة مسلحة.", {("Amman", "Jordan")}),
        ("نفذ عشرات المتقاعدين الأردنيين وقفة احتجاجية بعمان للمطالبة بزيادة الرواتب.", {("Amman", "Jordan")}),
        # in an article that supports Oman and not Jordan: the Sultanate
        ("اعتقلت السلطات العمانية مدونين اثنين في عمان بسبب منشورات.", {(None, "Oman")}),
        # with no support for either country, the default reading (Amman)
        ("اعتقلت الشرطة مدونين اثنين في عمان بسبب منشورات.", {("Amman", "Jordan")}),
        # with no locative nor place cue, the bare name places nothing
        ("قالت عمان إن الشرطة اعتقلت مدونين اثنين بسبب منشورات.", {(None, None)}),
    ],
)
def test_amman_or_oman(detector: Detector, text: str, expected: set[tuple[str | None, str | None]]) -> None:
    found = {(event.region, event.country) for event in detector.tag(text, lang="ar", published_at=PUBLISHED).events}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # drones downed or intercepted, the verb far before them in their clause, are no strike
        ("أسقطت وحدات الدفاع الجوي فجر اليوم فوق المدينة 15 طائرة مسيرة حاولت استهداف المطار.", "ar", False),
        ("اعترضت المضادات الأرضية خلال ساعات الليل الماضية ثماني طائرات مسيرة استهدفت محطة الكهرباء.", "ar", False),
        ("Air defence crews shot down over the region overnight a total of 31 drones that targeted the power plant.", "en", False),
        # a drone that got through, in a clause of its own, stays
        ("Air defence crews shot down 31 drones, but one drone hit a fuel depot on the edge of Ryazan.", "en", True),
        ("استهدفت طائرة مسيرة سيارة على طريق بلدة بنت جبيل ظهر اليوم.", "ar", True),
    ],
)
def test_downed_drones_are_no_strike(detector: Detector, text: str, lang: str, kept: bool) -> None:
    found = {event.category for event in detector.tag(text, lang=lang, published_at=PUBLISHED).events}
    assert ("airstrike" in found) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a rally people hold against prices, or outside a bank with demands, is a protest whatever the market words
        ("Several hundred pensioners held a rally against soaring bread prices in Irbid on Saturday.", True),
        ("Teachers took part in rallies against fuel prices across Sweida on Sunday.", True),
        ("Depositors staged a rally outside a bank branch in Tyre demanding their frozen savings.", True),
        # a market's rally stays no protest, even beside a held position or investors joining it
        ("Bond prices extended their rally on Thursday as funds held their positions.", False),
        ("Investors joined the rally in bank shares after the rate cut.", False),
        ("The pound's rally against the euro faded by noon.", False),
    ],
)
def test_rally_kept_by_its_protest_frame(detector: Detector, text: str, kept: bool) -> None:
    found = {event.category for event in detector.tag(text, lang="en", published_at=PUBLISHED).events}
    assert ("protest" in found) is kept


@pytest.mark.parametrize(
    ("text", "lang", "categories_found"),
    [
        # "the missile" paragraphs after a drone strike is the strike's munition, not shelling
        ("A drone strike hit a pickup truck on the road to Aitaroun on Friday morning.\n\n"
         "Civil defence teams said the missile struck the cabin, killing the driver.", "en", {"airstrike"}),
        ("استهدفت مسيرة إسرائيلية دراجة نارية عند أطراف بلدة عيترون صباح الجمعة.\n\n"
         "وقال الدفاع المدني إن الصاروخ أصاب الدراجة مباشرة ما أدى إلى مقتل سائقها.", "ar", {"airstrike"}),
        # so is the munition as the agent of a passive
        ("An Israeli drone strike hit a van near the village of Aitaroun on Friday.\n\n"
         "The mayor said the van was hit by a guided missile as it left the bakery.", "en", {"airstrike"}),
        # with no strike before it, the missile is the article's event
        ("A house on the edge of Kiryat Shmona was struck by a rocket on Friday evening.", "en", {"shelling"}),
        ("Residents said the missile struck a field on the edge of Kiryat Shmona late on Friday.", "en", {"shelling"}),
        ("أفاد سكان بأن الصاروخ سقط في حقل على أطراف بلدة كفرشوبا مساء الجمعة.", "ar", {"shelling"}),
        # and missiles counted or indefinite after a strike are events of their own
        ("Jets struck a depot near Homs on Friday.\n\nLater, 12 missiles hit the outskirts of Hama, the army said.", "en",
         {"airstrike", "shelling"}),
    ],
)
def test_definite_munition_refers_back_to_a_strike(detector: Detector, text: str, lang: str, categories_found: set[str]) -> None:
    assert {event.category for event in detector.tag(text, lang=lang, published_at=PUBLISHED).events} == categories_found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a continuation after a long dated clause is dated too
        ("In August 2022, the army mounted its biggest assault on the rebel-held hills above the old town in years, "
         "involving drone strikes and heavy artillery.", False),
        # a continuation after a clause of today's news stays news
        ("On Tuesday, the army mounted its biggest assault on the rebel-held hills above the old town of Daraa in years, "
         "involving drone strikes and heavy artillery.", True),
    ],
)
def test_long_dated_clause_dates_its_continuation(detector: Detector, text: str, kept: bool) -> None:
    found = {event.category for event in detector.tag(text, lang="en", published_at=PUBLISHED).events}
    assert ("airstrike" in found) is kept


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "<demonym> territory" after a locative is the country as a place
        ("The militia said it was withdrawing all its fighters from Iraqi territory to the mountains of the north-east.", "Iraq"),
        ("Two rockets fired from the south landed in open fields inside Israeli territory on Sunday.", "Israel"),
    ],
)
def test_demonym_territory_is_the_country(detector: Detector, text: str, country: str) -> None:
    countries = {event.country for event in detector.tag(text, lang="en", published_at=PUBLISHED).events}
    assert countries == {country}


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        # a domestic authority acting before the mention, the sentence's only place past the mention's clause
        ("Jordanian border guards killed two smugglers in a firefight at dawn, after they tried to sneak in from Syria "
         "with a load of pills.", "en", "Jordan"),
        ("Turkish police detained nine suspects in a dawn operation, after they crossed the border from Syria.", "en", "Turkey"),
    ],
)
def test_acting_authority_beats_a_place_outside_the_clause(detector: Detector, text: str, lang: str, country: str) -> None:
    countries = {event.country for event in detector.tag(text, lang=lang, published_at=PUBLISHED).events}
    assert countries == {country}


@pytest.mark.parametrize(
    ("text", "lang", "countries"),
    [
        # an article naming no place: the demonym after the mention in its clause names the target's country
        ("Israeli jets struck Syrian air defence batteries overnight, the army said.", "en", {"Syria"}),
        ("Operational-tactical aviation and artillery struck strongholds of the Ukrainian army over the past day.", "en",
         {"Ukraine"}),
        ("قصفت المدفعية الروسية مواقع للقوات الأوكرانية خلال اليوم الماضي.", "ar", {"Ukraine"}),
        # the actor's demonym before the mention names nothing
        ("Russian artillery shelled the outskirts overnight, the ministry said.", "en", {None}),
        # a named place wins over the demonym
        ("Israeli jets struck Syrian air defence batteries near Masyaf overnight.", "en", {"Syria"}),
    ],
)
def test_target_demonym_places_an_article_with_no_place(detector: Detector, text: str, lang: str,
                                                         countries: set[str | None]) -> None:
    assert {event.country for event in detector.tag(text, lang=lang, published_at=PUBLISHED).events} == countries


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # an ambiguous name (also a common word) after a bare direction names the place
        ("دارت اشتباكات عنيفة بين القوات الحكومية والحوثيين على جبهات شمال مأرب.", "Marib"),
        ("انفجرت عبوة ناسفة بسيارة عسكرية على طريق شرق الباب صباح اليوم.", "Aleppo"),
    ],
)
def test_direction_is_a_place_cue(detector: Detector, text: str, region: str) -> None:
    assert {event.region for event in detector.tag(text, lang="ar", published_at=PUBLISHED).events} == {region}


@pytest.mark.parametrize(
    "text",
    [
        # English transliterations with -eh and Zeinab
        "A roadside bomb went off beside a minibus in Sayyida Zeinab on Thursday morning.",
        "Jets struck an arms depot on the edge of Kisweh late on Thursday.",
    ],
)
def test_transliteration_variants_of_rif_dimashq_towns(detector: Detector, text: str) -> None:
    assert {event.region for event in detector.tag(text, lang="en", published_at=PUBLISHED).events} == {"Rif Dimashq"}
