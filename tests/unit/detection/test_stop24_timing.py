"""Timing classes found on the timing24 set (stop 24): when an event happened, at the article and the clause level.

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses: the
same frame around an event of the day, which must stay an event. The articles are dated November 2026 (``AS_OF``)."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def events(detector: Detector, text: str, title: str = "") -> list[tuple[str, str | None]]:
    result = detector.tag(text, title=title, published_at=AS_OF)
    return sorted((event.category, event.region or event.country) for event in result.events)


def categories(detector: Detector, text: str, title: str = "") -> set[str]:
    return {category for category, _ in events(detector, text, title)}


# --- 1. a retrospective page whose lead tells no event of the day ------------------------------------------------------
# A title that looks back ("Two years after ...", "A year on", «بعد عامين على», «في الذكرى الثالثة لـ») and a first
# paragraph naming no day of the news make the page a retrospective: its untimed retelling of offensives, sieges and
# strikes is the past, even when the first of them carries no year. A lead naming the day keeps the page's events, and so
# does a later clause of a retrospective naming the day.

_RETRO = [
    (
        "Two years after the fall of the old regime, Homs still waits for its builders",
        "HOMS — Two years after the fall of the old regime, the old city's alleys still carry the scars of the war.\n"
        "Warplanes bombed the markets almost daily, and artillery shelled the Khalidiyeh district for months.\n"
        "The last fighters withdrew from the old city under an evacuation deal.",
    ),
    (
        "A year on: survivors of the siege of the camp remember",
        "KHARTOUM — A year on from the fall of the camp, survivors are still looking for relatives.\n"
        "Drone strikes hit the hospital repeatedly, and the camp was shelled every day.\n"
        "Fighters stormed the camp after the army withdrew from its base.",
    ),
    (
        "بعد عامين على سقوط النظام.. أحياء حمص القديمة تنتظر الإعمار",
        "حمص – مراسلنا\nحمص – بعد عامين على سقوط النظام، ما زالت أحياء حمص القديمة شاهدة على سنوات الحصار.\n"
        "وتعرضت الأحياء المحاصرة لقصف مدفعي شبه يومي، فيما شنت الطائرات الحربية غارات متكررة على الأسواق.\n"
        "وخرج المقاتلون من المدينة بموجب اتفاق نحو الريف الشمالي.",
    ),
    (
        "في الذكرى الثالثة لمعركة المدينة.. شهادات من بين الركام",
        "في الذكرى الثالثة لمعركة المدينة، يستعيد السكان أياماً عاشوها تحت القصف.\n"
        "ودارت اشتباكات عنيفة بين المقاتلين والقوات في الأحياء الشرقية استمرت أسابيع.\n"
        "وشنت الطائرات غارات مكثفة على محيط المستشفى، قبل أن تنسحب القوات من المدينة.",
    ),
]


@pytest.mark.parametrize(("title", "text"), _RETRO)
def test_a_quiet_retrospective_retells_the_past(detector: Detector, title: str, text: str) -> None:
    assert events(detector, text, title) == []


@pytest.mark.parametrize(
    ("title", "text", "category"),
    [
        (
            "A year after the ceasefire, drone strike hits car in south Lebanon",
            "BEIRUT — An Israeli drone strike hit a car near Bint Jbeil on Thursday morning, the health ministry said.\n"
            "Warplanes bombed the south almost daily during the war that the ceasefire ended.",
            "airstrike",
        ),
        (
            "Thousands rally on the anniversary of the sit-in",
            "KHARTOUM — Thousands of people rallied in Omdurman on Thursday to mark the anniversary of the 2019 sit-in.\n"
            "Marchers carried portraits of those killed.",
            "protest",
        ),
        (
            "في الذكرى الثانية لوقف إطلاق النار.. غارة إسرائيلية على بنت جبيل",
            "بيروت – شنّت مسيّرة إسرائيلية صباح اليوم الخميس غارة على سيارة عند مدخل بلدة بنت جبيل في جنوب لبنان.\n"
            "ودان رئيس الحكومة الغارة.",
            "airstrike",
        ),
        (
            # a byline line before the lead is no lead: the day is read in the first line of some length
            "In pictures: a year after the siege ended, crowds fill the square",
            "By our correspondent in Aleppo\nThousands of people rallied in Saadallah al-Jabiri square in Aleppo on "
            "Thursday evening, a year after the siege ended.",
            "protest",
        ),
        (
            "في الذكرى الثانية للتحرير.. آلاف يتجمعون في ساحة سعد الله الجابري",
            "حلب – مراسلنا\nتظاهر آلاف من أهالي حلب مساء الخميس في ساحة سعد الله الجابري وسط المدينة في الذكرى الثانية "
            "للتحرير.",
            "protest",
        ),
        (
            "في الذكرى الثالثة للحراك.. المئات يتظاهرون في ساحة الكرامة",
            "السويداء – تظاهر المئات اليوم الخميس في ساحة الكرامة وسط مدينة السويداء في الذكرى الثالثة للحراك.",
            "protest",
        ),
    ],
)
def test_a_retrospective_whose_lead_names_the_day_keeps_its_event(
    detector: Detector, title: str, text: str, category: str
) -> None:
    assert category in categories(detector, text, title)


@pytest.mark.parametrize(
    ("title", "text", "category"),
    [
        (_RETRO[0][0], _RETRO[0][1] + "\nOn Thursday, a car bomb exploded near the clock tower in Homs.", "explosion"),
        (_RETRO[2][0], _RETRO[2][1] + "\nوانفجرت اليوم الخميس سيارة مفخخة قرب ساحة الساعة في حمص.", "explosion"),
    ],
)
def test_a_retrospective_still_reports_an_event_dated_today(
    detector: Detector, title: str, text: str, category: str
) -> None:
    assert category in categories(detector, text, title)


# --- 2. a month opening the lede past a bare dateline ---------------------------------------------------------------
# "MOPTI — In September, ..." and «صور – في أيلول، ...»: a wire dateline of a few words before a dash does not hide the
# time adverbial opening the lede; a month before the article's dates the clause after it. The near miss: a lede whose
# opener is today, or whose month is the article's own.


@pytest.mark.parametrize(
    "text",
    [
        "MOPTI — In September, jihadist fighters ambushed a fuel convoy on the road to Bandiagara in Mali.",
        "KYIV — In October, Russian forces shelled Kherson more heavily than in any month this year, monitors said.",
        "صور – في أيلول، شنّت الطائرات الحربية الإسرائيلية غارات عنيفة على بلدات قضاء صور.",
        "الخرطوم – في تشرين الأول، قصفت قوات الدعم السريع مدينة الأبيض بالمدفعية.",
    ],
)
def test_a_past_month_after_a_dateline_dates_the_lede(detector: Detector, text: str) -> None:
    assert events(detector, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("MOPTI — On Thursday, jihadist fighters ambushed a fuel convoy on the road to Bandiagara in Mali.", "armed_clash"),
        ("KYIV — In November, Russian forces shelled Kherson more heavily than ever, monitors said.", "shelling"),
        ("صور – صباح اليوم، شنّت الطائرات الحربية الإسرائيلية غارات عنيفة على بلدات قضاء صور.", "airstrike"),
        ("الخرطوم – قصفت قوات الدعم السريع اليوم الخميس مدينة الأبيض بالمدفعية.", "shelling"),
    ],
)
def test_a_lede_of_the_day_after_a_dateline_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 3. Arabic month names opening a sentence, the Maghreb's and both calendars -----------------------------------
# «في أيلول، ...», «خلال تشرين الأول، ...» (a name of two words), «في جانفي الماضي» (Algeria, Tunisia): as "In September,
# ..." in English. The near miss: the article's own month, or a sentence naming the day.


@pytest.mark.parametrize(
    "text",
    [
        "في أيلول، شنّت الطائرات غارات على بلدات ريف إدلب الجنوبي.",
        "في تشرين الأول، تعرضت أحياء مدينة درعا لقصف مدفعي عنيف.",
        "في جانفي الماضي، خرجت احتجاجات ليلية في أحياء القصرين.",
    ],
)
def test_an_arabic_past_month_opener_dates_the_clause(detector: Detector, text: str) -> None:
    assert events(detector, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("في تشرين الثاني، شنّت الطائرات غارات على بلدات ريف إدلب الجنوبي.", "airstrike"),
        ("تعرضت أحياء مدينة درعا اليوم الخميس لقصف مدفعي عنيف.", "shelling"),
        ("خرجت اليوم احتجاجات في أحياء القصرين احتجاجاً على غلاء الأسعار.", "protest"),
    ],
)
def test_an_arabic_opener_of_this_month_or_the_day_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 4. a month of the article's year named with the year ----------------------------------------------------------
# "in October 2026", «في أكتوبر/تشرين الأول 2026» in a November 2026 report: last month's tally or event, as "in October"
# alone is. Not with the day of the news from the mention on ("Protests that began in October 2026 continued on
# Thursday"), nor the article's own month.


@pytest.mark.parametrize(
    "text",
    [
        "The commission said police arrested 312 people at opposition rallies across Punjab in October 2026.",
        "In October 2026, the commission also documented 27 protests by traders in Lahore.",
        "وقال المرصد إنه وثّق 23 غارة جوية على محافظة الحديدة في أكتوبر/تشرين الأول 2026.",
        "وفي تشرين الأول 2026، نظّم حملة الشهادات وقفات احتجاجية في النجف والبصرة.",
    ],
)
def test_a_month_of_this_year_before_the_articles_dates_the_clause(detector: Detector, text: str) -> None:
    assert events(detector, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police arrested 14 people in Lahore on Thursday, the commission said in its report for November 2026.", "arrest"),
        ("Protests that began in October 2026 continued on Thursday in Lahore.", "protest"),
        ("وثّق المرصد 23 غارة جوية على محافظة الحديدة في تشرين الثاني 2026.", "airstrike"),
        ("نظّم حملة الشهادات اليوم وقفة احتجاجية في النجف، بعد وقفات مماثلة في تشرين الأول 2026.", "protest"),
    ],
)
def test_this_months_year_or_the_day_keeps_the_event(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 5. the attackers' habit of recent weeks -------------------------------------------------------------------------
# "cells that have attacked shepherds in recent weeks", «الخلايا التي نفذت هجمات خلال الأسابيع الماضية»: the span of
# the last weeks dates its clause as "in recent months" does; a clause telling today's attack stays news.


@pytest.mark.parametrize(
    "text",
    [
        "Herders blame Islamic State cells, which have also ambushed army supply trucks in recent weeks near Palmyra.",
        "Cells have attacked checkpoints on the Palmyra road over the past few weeks, residents in Homs said.",
        "يتخوف الرعاة في بادية دير الزور من الخلايا التي نفذت هجمات خلال الأسابيع الماضية على الرعاة.",
        "وهاجمت خلايا التنظيم خلال الأسابيع الماضية نقاطاً عسكرية على طريق دير الزور.",
    ],
)
def test_recent_weeks_date_the_attackers_habit(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed an army patrol near Palmyra on Thursday, the latest of several attacks in recent weeks.",
        "Gunmen clashed with security forces near Busra al-Harir in Daraa on Thursday. Officials said the attackers "
        "belonged to cells that have attacked shepherds in recent weeks.",
        "شن مسلحون اليوم الخميس هجوماً على حاجز للأمن العام قرب الصبحة في ريف دير الزور، بعد هجمات خلال الأسابيع الماضية.",
        "اندلعت اشتباكات اليوم بين الأمن العام ومسلحين قرب الصبحة في ريف دير الزور. وتقول مصادر إن المهاجمين من الخلايا "
        "التي نفذت هجمات خلال الأسابيع الماضية.",
    ],
)
def test_todays_attack_beside_recent_weeks_stays(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


# --- 6. the war a retrospective told before ---------------------------------------------------------------------------
# "During that war, ...", «وخلال تلك الحرب، ...»: an era as a year is. The near miss: a clause of the day beside "that
# war".


@pytest.mark.parametrize(
    "text",
    [
        "During that war, Israeli jets carried out thousands of airstrikes across south Lebanon.",
        "In those years, Islamic State cells repeatedly ambushed buses on the Palmyra road.",
        "وخلال تلك الحرب، شنت الطائرات الإسرائيلية آلاف الغارات على جنوب لبنان.",
    ],
)
def test_that_war_dates_its_clause(detector: Detector, text: str) -> None:
    assert events(detector, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Israeli jets struck south Lebanon again on Thursday, residents who lived through that war said.", "airstrike"),
        ("Islamic State cells ambushed a bus on the Palmyra road on Thursday.", "armed_clash"),
        ("وشنت الطائرات الإسرائيلية اليوم غارات على جنوب لبنان، في خرق لاتفاق أنهى تلك الحرب.", "airstrike"),
    ],
)
def test_a_strike_of_the_day_beside_the_war_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 7. a paragraph opened by the story's later time ----------------------------------------------------------------
# "Two weeks later, ...", «وبعد أسابيع، ...» opening the paragraph after one told as past continues that past (as "At the
# time, ..." does within a paragraph); not with a time of its own ("Two weeks later, on Thursday, ...") nor after a
# paragraph of the day.


@pytest.mark.parametrize(
    "text",
    [
        "In September, jihadist fighters ambushed a fuel convoy near Bandiagara in Mali.\n"
        "Two weeks later, an improvised explosive device tore through a bus near Boni.",
        "في أيلول، شنّت الطائرات الإسرائيلية غارات على بلدات قضاء صور.\n"
        "وبعد أسابيع، استهدفت مسيّرة دراجة نارية على طريق العباسية في جنوب لبنان.",
    ],
)
def test_a_later_time_continues_the_past_paragraph(detector: Detector, text: str) -> None:
    assert events(detector, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("In September, jihadist fighters ambushed a fuel convoy near Bandiagara in Mali.\n"
         "An improvised explosive device tore through a bus near Boni on Thursday.", "explosion"),
        ("Jihadist fighters ambushed a fuel convoy near Bandiagara in Mali on Thursday.\n"
         "Two weeks later, the army plans to reopen the road.", "armed_clash"),
        ("في أيلول، شنّت الطائرات الإسرائيلية غارات على بلدات قضاء صور.\n"
         "واستهدفت مسيّرة اليوم الخميس دراجة نارية على طريق العباسية في جنوب لبنان.", "airstrike"),
    ],
)
def test_a_paragraph_of_the_day_after_the_past_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 8. an era opening the sentence governs its later clauses -------------------------------------------------------
# "During that war, jets carried out thousands of airstrikes, and ground forces pushed into the villages before
# withdrawing": an opening era dates the untimed clauses after it, as an opening past year does. Not a clause naming the
# day ("..., and on Thursday jets struck the town again"), nor "since" ("Since the war began, ...": a count from it).


@pytest.mark.parametrize(
    "text",
    [
        "During that war, Israeli jets carried out thousands of airstrikes across the south, and ground forces pushed "
        "into border villages in south Lebanon before withdrawing under the truce.",
        "In those years, Islamic State cells ambushed buses on the desert road, and Russian jets carried out frequent air "
        "raids on hideouts near Palmyra.",
        "وخلال تلك الحرب، شنت الطائرات الإسرائيلية آلاف الغارات على الجنوب، وتوغلت قوات برية في قرى الحافة الأمامية في "
        "جنوب لبنان قبل أن تنسحب منها بموجب الاتفاق.",
    ],
)
def test_an_opening_era_dates_the_later_clauses(detector: Detector, text: str) -> None:
    assert events(detector, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("During that war, Israeli jets carried out thousands of airstrikes across the south, and on Thursday Israeli "
         "troops withdrew from two border villages in south Lebanon.", "withdrawal"),
        ("In those years, Islamic State cells ambushed buses on the desert road, and on Thursday Russian jets carried out "
         "air raids on hideouts near Palmyra.", "airstrike"),
        ("وخلال تلك الحرب، شنت الطائرات الإسرائيلية آلاف الغارات على الجنوب، واليوم انسحبت قوات إسرائيلية من قريتين "
         "حدوديتين في جنوب لبنان.", "withdrawal"),
    ],
)
def test_a_later_clause_of_the_day_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)
