"""Gaps left by stop 21, closed by class where they could be (stop 22, helper gaps22): armed men told protesting who
clash, a verbal clash of delegates, a year told after a semicolon or far from the mention, a different-category event
continuing a dated clause, habitual statements, a quote attributed to a trial witness, and a launch site's region.

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses that
tell news and must stay events."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories


def events(detector: Detector, text: str) -> set[tuple[str, str | None]]:
    return {(event.category, event.region) for event in detector.tag(text, published_at=AS_OF).events}


# --- 1. armed men told protesting who clash: an armed clash ---------------------------------------------------------

ARMED_PROTESTERS = [
    "Gunmen protesting the arrests clashed with security forces in Jasim on Monday.",
    "Militants protesting the raid clashed with government troops near Daraa on Tuesday.",
    "Armed men protesting the killing of a tribal elder clashed with police in Sweida overnight.",
    "Fighters protesting the deal clashed with army units on the outskirts of Nawa on Sunday.",
    "اشتبك مسلحون يحتجون على الاعتقالات مع قوات الأمن في جاسم يوم الاثنين.",
]

UNARMED_PROTESTERS = [
    "Residents protesting the arrests clashed with security forces in Jasim on Monday.",
    "Students protesting the fees clashed with riot police in Baghdad on Tuesday.",
]


@pytest.mark.parametrize("text", ARMED_PROTESTERS)
def test_armed_men_told_protesting_who_clash_are_an_armed_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


@pytest.mark.parametrize("text", UNARMED_PROTESTERS)
def test_a_crowd_told_protesting_who_clash_stays_a_protest(detector: Detector, text: str) -> None:
    assert categories(detector, text) == {"protest"}


# --- 2. a verbal clash of delegates, lawmakers or officials ---------------------------------------------------------

VERBAL_CLASHES = [
    "Delegates clashed over refugees at the conference in Geneva on Monday.",
    "Lawmakers clashed over the budget during a stormy session of parliament in Baghdad.",
    "The two ministers clashed over the return of refugees at a cabinet meeting in Damascus on Tuesday.",
    "Negotiators clashed over the wording of the final statement in Astana.",
    "اشتبك النواب كلامياً حول الموازنة خلال جلسة البرلمان في بغداد.",
    "تلاسن الوفدان حول ملف اللاجئين خلال اجتماع جنيف.",
]

ARMED_CLASHES = [
    "Rebels clashed with government forces near Daraa on Monday.",
    "Tribal fighters clashed with army units in Deir ez-Zor overnight.",
    "اشتبك مقاتلون مع قوات الجيش في ريف درعا اليوم.",
]


@pytest.mark.parametrize("text", VERBAL_CLASHES)
def test_a_verbal_clash_is_no_armed_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


@pytest.mark.parametrize("text", ARMED_CLASHES)
def test_an_armed_clash_stays(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


# --- 3. a year after a semicolon, or far from the mention -----------------------------------------------------------

FAR_YEARS = [
    ("The army withdrew from the town of Nawa; that was in 2018, before the settlement deal.", "withdrawal"),
    ("Police arrested dozens of activists in Sweida; this happened in 2019.", "arrest"),
    ("Warplanes struck the market in Maarat al-Numan, killing at least 40 people and wounding scores of shoppers and traders, in August 2019.", "airstrike"),
    ("Government forces shelled the villages of the Ghab plain for weeks on end, forcing thousands of families to flee northwards, in the spring of 2020.", "shelling"),
    ("اعتقلت قوات الأمن عشرات الناشطين في السويداء؛ وكان ذلك في عام 2019.", "arrest"),
]

NEAR_YEARS_NEWS = [
    ("Police arrested dozens of activists in Sweida on Monday; the last such campaign was in 2019.", "arrest"),
    ("Warplanes struck the market in Maarat al-Numan on Tuesday, killing at least 12 people.", "airstrike"),
]


@pytest.mark.parametrize(("text", "category"), FAR_YEARS)
def test_a_year_after_a_semicolon_or_far_away_dates_the_event(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(("text", "category"), NEAR_YEARS_NEWS)
def test_an_event_of_the_day_beside_a_past_year_is_news(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 4. a different-category event continuing a dated clause ---------------------------------------------------------

DATED_CONTINUATIONS = [
    ("In 2019 the army shelled the town and arrested dozens of young men.", "arrest"),
    ("In 2018 government forces stormed Daraa al-Balad and detained hundreds.", "arrest"),
    ("In 2016 jets bombed the hospital and troops then withdrew from the district.", "withdrawal"),
    ("في عام 2019 قصف الجيش البلدة واعتقل العشرات من شبانها.", "arrest"),
]

UNDATED_CONTINUATIONS = [
    ("On Monday the army shelled the town and arrested dozens of young men.", "arrest"),
    ("اليوم قصف الجيش البلدة واعتقل العشرات من شبانها.", "arrest"),
]


@pytest.mark.parametrize(("text", "category"), DATED_CONTINUATIONS)
def test_an_event_continuing_a_dated_clause_keeps_its_date(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(("text", "category"), UNDATED_CONTINUATIONS)
def test_an_event_continuing_a_clause_of_today_is_news(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 5. generic or habitual statements ------------------------------------------------------------------------------

HABITUAL = [
    ("In those years each offensive was followed by arrests in the villages around Daraa.", "arrest"),
    ("Every raid on the camp usually ended with the arrest of young men.", "arrest"),
    ("Whenever the rebels advanced, government artillery would shell the villages of the Ghab plain.", "shelling"),
    ("كانت كل حملة تتبعها اعتقالات في قرى ريف درعا.", "arrest"),
    ("كلما تقدمت الفصائل كانت المدفعية تقصف قرى سهل الغاب.", "shelling"),
]

HABITUAL_NEAR_MISSES = [
    ("The offensive on Monday was followed by arrests in the villages around Daraa.", "arrest"),
    ("أعقبت الحملة اليوم اعتقالات في قرى ريف درعا.", "arrest"),
]


@pytest.mark.parametrize(("text", "category"), HABITUAL)
def test_a_habitual_statement_is_no_event(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(("text", "category"), HABITUAL_NEAR_MISSES)
def test_a_single_event_followed_by_another_is_news(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 6. a quote attributed at its end to a trial witness -------------------------------------------------------------

WITNESS_QUOTES = [
    ('"They shelled our street every night and arrested my brothers," a witness told the court in Koblenz.', "arrest"),
    ('"Soldiers stormed the house and detained my father," the witness testified at the trial in The Hague.', "arrest"),
    ('"The jets struck the bakery while we queued," a survivor told the tribunal on Tuesday.', "airstrike"),
    ("«اقتحموا المنزل واعتقلوا والدي»، قال الشاهد أمام المحكمة في كوبلنز.", "arrest"),
    ("«قصفوا الحي ثم اعتقلوا كل الرجال»، قالت الشاهدة أمام المحكمة في لاهاي.", "arrest"),
]

REPORTER_QUOTES = [
    ('"Soldiers stormed the house and detained my father this morning," a resident of Jasim told Reuters.', "arrest"),
    ("«اقتحموا المنزل واعتقلوا والدي فجر اليوم»، قال أحد سكان جاسم لمراسلنا.", "arrest"),
]


@pytest.mark.parametrize(("text", "category"), WITNESS_QUOTES)
def test_a_quote_of_a_trial_witness_is_testimony(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(("text", "category"), REPORTER_QUOTES)
def test_a_quote_of_a_resident_to_a_reporter_is_news(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 7. a launch site is no target ----------------------------------------------------------------------------------

LAUNCHES = [
    "Rockets launched from southern Lebanon struck Kiryat Shmona in northern Israel on Monday.",
    "Drones launched from Yemen struck the port of Eilat on Tuesday.",
    "Shells fired from Idlib countryside hit the town of Suqaylabiyah in Hama on Sunday.",
    "سقطت صواريخ أطلقت من جنوب لبنان على كريات شمونة في شمال إسرائيل.",
]


@pytest.mark.parametrize("text", LAUNCHES)
def test_a_launch_site_gives_no_region(detector: Detector, text: str) -> None:
    found = events(detector, text)
    assert found
    assert not any(region is not None and region.lower() in {"lebanon", "yemen", "idlib"} for _, region in found), found


# --- the fresh batch: written after the fixes above, before the engine's output on it was seen --------------------
# Scored once as written: main 6/12, this branch 10/12; its two failures (a universal opening the mention itself, "every
# incursion"; «وكان ذلك في عام 2018» with words after the year) were then fixed by class.

FRESH = [
    ("During the siege years, every incursion into the camp ended with mass detentions.", {"arrest", "military_operation"}, set()),
    ("كلما اقتربت الفصائل من المدينة كانت الطائرات تشن غارات على الأحياء الشرقية.", {"airstrike"}, set()),
    ("In 2017 the militia stormed the village and detained its mukhtar.", {"arrest"}, set()),
    ("عام 2018 قصفت قوات النظام مدينة درعا واعتقلت عشرات الشبان.", {"arrest", "shelling"}, set()),
    ("Security forces detained several journalists in Sweida; that was in 2020, during the lockdown.", {"arrest"}, set()),
    ("انسحب الجيش من بلدة نوى؛ وكان ذلك في عام 2018 بموجب اتفاق التسوية.", {"withdrawal"}, set()),
    ("Turkish-backed factions shelled the outskirts of Manbij for several days, displacing hundreds of families from nearby "
     "villages, in October 2019.", {"shelling"}, set()),
    ('"They bombed the school and then arrested the teachers," the witness told judges in Koblenz.', {"arrest", "airstrike"}, set()),
    ("Opposition and government delegates clashed over the constitution at the talks in Geneva on Monday.", {"armed_clash"}, set()),
    ("Tribal gunmen protesting the killing of a sheikh clashed with SDF fighters in Deir ez-Zor on Saturday.", set(), {"armed_clash"}),
    ("تلاسن النواب واشتبكوا بالأيدي خلال جلسة البرلمان في بغداد اليوم.", {"armed_clash"}, set()),
]


@pytest.mark.parametrize(("text", "absent", "present"), FRESH)
def test_fresh_batch(detector: Detector, text: str, absent: set[str], present: set[str]) -> None:
    found = categories(detector, text)
    assert not found & absent
    assert present <= found


def test_fresh_batch_launch_site(detector: Detector) -> None:
    found = events(detector, "Drones launched from Iraq struck a base in Deir ez-Zor on Wednesday.")
    assert found
    assert not any(region is not None and "iraq" in region.lower() for _, region in found), found
