"""Shelling and explosion words that report no current shelling or explosion (issue 3, full articles from unseen outlets).

Classes found on a corpus of economy, weather, culture, business, demining, anniversary and war articles written for
this work: a "blast" of fun, praise or cold ("having a blast", "a freezing blast"); "an explosion of bookings"; the oil
firm Shell under its critics; a missile fired into the open sea (a test); old shells found, detonated or carried off by
sappers; a film called "Mortar House"; shells remembered "in our sleep"; fireworks going off; a sound first taken for a
shell («ظن السكان ... أنه ناجم عن قذيفة»); a safe detonation and its chosen site («تفجير آمن», «منطقة معزولة»); a
water pipe bursting; a crisis foretold («تنذر بانفجار كارثة»); the remnants of past battles («مخلفات المعارك»);
survivors telling that day («روى ناجون تفاصيل ذلك اليوم»); a bare blast right after a gas cylinder's; a tally since
the start of the year told before the mention in its clause.

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses: the
same words telling news, which must stay events."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories

# --- 1. a blast of fun, praise or cold; an explosion of bookings -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The chief executive said the figures were a "blast" of good news for shareholders after a hard year.',
        "The fans said they were having a blast at the festival despite the rain.",
        "The family musical has a blast in its second week at the box office.",
        "A freezing blast will sweep across the plains this weekend, forecasters said.",
        "Hotels on the coast reported an explosion of bookings after the airline added new routes.",
    ],
)
def test_fun_praise_cold_and_growth_are_no_blast(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "A blast hit a checkpoint near the town of Azaz on Tuesday, killing two guards.",
        "The roadside bomb blast wounded three soldiers on the road to Nawa.",
    ],
)
def test_a_blast_that_hit_stays(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- 2. the oil firm under its critics; a missile into the open sea; a film's title -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shell has been under pressure from activist shareholders over the pace of its energy transition.",
        "North Korea fires ballistic missile into sea, Seoul says",
        "The country fired a ballistic missile that splashed down off its east coast, officials said.",
        'Elsewhere, the horror sequel "Mortar House" opened in fourth place with $9 million.',
    ],
)
def test_firm_sea_launch_and_film_are_no_shelling(detector: Detector, text: str) -> None:
    assert "shelling" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled the town of Nikopol overnight, the regional governor said.",
        "A ballistic missile fired by Russian forces struck an apartment block in Dnipro on Monday.",
        "Mortar rounds hit a school in the town, wounding four pupils, residents said.",
    ],
)
def test_shelling_and_missiles_that_struck_stay(detector: Detector, text: str) -> None:
    assert "shelling" in categories(detector, text)


# --- 3. old shells found, detonated or carried off; shells remembered -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sappers carried out a controlled detonation of 14 artillery shells found buried near a school.", ""),
        ("", "Sappers detonate old shells found near Kharkiv school"),
        ("Residents were asked to stay indoors while the shells were taken to a range outside the city and destroyed.", ""),
        ('"We still hear the shells in our sleep," said a mother who lost two sons in the attack.', ""),
    ],
)
def test_remnants_and_memories_are_no_shelling(detector: Detector, text: str, title: str) -> None:
    found = categories(detector, text or title, title="" if not text else title)
    assert "shelling" not in found and "explosion" not in found


@pytest.mark.parametrize(
    ("arabic", "category"),
    [
        ("عثر مزارع في قرية قسطون بسهل الغاب اليوم على قذيفة هاون غير منفجرة داخل أرضه الزراعية.", "shelling"),
        ("وقال أحد أعضاء الفريق إن الأمطار تكشف القذائف المدفونة تحت التربة في الحقول.", "shelling"),
        ("وأرسلت الجهات المختصة فريقاً هندسياً قام بنقل القذيفة إلى منطقة آمنة لتفكيكها.", "shelling"),
        ("نفذت الفرق اليوم عملية تفجير آمن لـ 45 قذيفة مدفعية جمعتها من أراض زراعية في ريف إدلب.", "shelling"),
        ("وقالت الفرق إن عملية التفجير جرت في منطقة معزولة بعيدة عن التجمعات السكنية.", "explosion"),
    ],
)
def test_arabic_remnants_found_moved_or_safely_detonated(detector: Detector, arabic: str, category: str) -> None:
    assert category not in categories(detector, arabic)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("قصفت قوات النظام اليوم بلدة كنصفرة بقذائف الهاون، ما أدى إلى إصابة طفلين.", "shelling"),
        ("سقطت قذيفة هاون على حي سكني في بلدة البارة صباح اليوم.", "shelling"),
        ("انفجرت عبوة ناسفة بسيارة مدنية في مدينة الباب مساء الأربعاء.", "explosion"),
    ],
)
def test_arabic_shells_and_bombs_of_the_day_stay(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 4. accidents and their sounds: fireworks, a burst pipe, a sound taken for a shell, a bare blast after a cylinder --


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a fireworks warehouse in the port city caused a series of explosions on Saturday, killing one worker.",
        "Witnesses said loud blasts were heard across the district as fireworks stored for wedding season ignited.",
        "Four people were injured when a gas cylinder exploded in a bakery. The blast blew out the shop's front window.",
    ],
)
def test_fireworks_and_a_cylinders_blast_are_no_explosion(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


def test_a_new_bombing_after_a_cylinders_blast_stays(detector: Detector) -> None:
    text = ("Four people were injured when a gas cylinder exploded in a bakery on Monday. Separately, an explosion hit "
            "an army checkpoint near Jableh, killing two soldiers.")
    assert "explosion" in categories(detector, text)


@pytest.mark.parametrize(
    ("arabic", "category"),
    [
        ("وقال جار إن السكان ظنوا في البداية أنه ناجم عن قذيفة قبل أن يتبين أنه من المطبخ.", "shelling"),
        ("وتسببت الرياح باقتلاع أشجار، فيما انفجرت قسطل مياه رئيسية في منطقة الحمرا.", "explosion"),
        ("وقالت منسقية النازحين إن الأوضاع الإنسانية في المدينة تنذر بانفجار كارثة مع نقص الغذاء.", "explosion"),
    ],
)
def test_arabic_sounds_pipes_and_crises_are_no_event(detector: Detector, arabic: str, category: str) -> None:
    assert category not in categories(detector, arabic)


# --- 5. the past: remnants of battles, survivors telling that day, a tally since the start of the year ----------------


@pytest.mark.parametrize(
    ("arabic", "category"),
    [
        ("وقالت مصادر محلية إن اللغم من مخلفات المعارك السابقة مع تنظيم الدولة.", "armed_clash"),
        ("وبحسب الإحصاءات، قتل أكثر من 20 مدنياً منذ مطلع العام جراء انفجار مخلفات الحرب في شمال غربي سوريا.", "explosion"),
    ],
)
def test_arabic_remnants_and_tallies_are_background(detector: Detector, arabic: str, category: str) -> None:
    assert category not in categories(detector, arabic)


def test_survivors_telling_that_day_is_history(detector: Detector) -> None:
    text = ("أحيا أهالي مدينة الأتارب أمس ذكرى مجزرة السوق التي قتل فيها العشرات بقصف مدفعي عام 2017.\n"
            "وروى ناجون تفاصيل ذلك اليوم، حين سقطت القذائف على المحال المكتظة بالمتسوقين.")
    assert "shelling" not in categories(detector, text, title="ذكرى مجزرة السوق في الأتارب")


@pytest.mark.parametrize(
    ("arabic", "category"),
    [
        ("اندلعت اليوم معارك عنيفة بين الفصائل وقوات النظام على محور كبانة.", "armed_clash"),
        ("قتل مزارع اليوم بانفجار لغم من مخلفات الحرب في بادية الشولا بريف دير الزور.", "explosion"),
        ("انفجرت عبوة ناسفة اليوم في مدينة الباب، وهي الثالثة منذ مطلع الشهر.", "explosion"),
    ],
)
def test_arabic_news_beside_remnants_and_tallies_stays(detector: Detector, arabic: str, category: str) -> None:
    assert category in categories(detector, arabic)


# --- 6. second round: a past blast's families, spaceflight, sounds still heard, an ammunition depot's fire -------------


@pytest.mark.parametrize(
    ("text", "title", "category"),
    [
        ("", "Five years on, Beirut port blast families still wait for justice", "explosion"),
        ("Relatives of the victims gathered at the explosion memorial on the waterfront.", "", "explosion"),
        ("The launch lit up the sky, and the rocket's first stage landed on a drone ship in the Atlantic.", "", "shelling"),
        ("The mission was the company's 140th launch of the year, an explosion in the pace of spaceflight.", "", "explosion"),
    ],
)
def test_past_blasts_and_spaceflight_are_no_event(detector: Detector, text: str, title: str, category: str) -> None:
    assert category not in categories(detector, text or title, title="" if not text else title)


def test_sounds_a_survivor_still_hears_are_no_explosion(detector: Detector) -> None:
    assert "explosion" not in categories(detector, "وقال أحد الناجين إنه ما زال يسمع صوت الانفجارات كلما حاول النوم.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A fire at an ammunition depot near Hama set off a series of explosions on Tuesday.", "explosion"),
        ("A rocket fired from Gaza hit a house in Sderot on Monday, the army said.", "shelling"),
        ("سُمع دوي انفجار عنيف في مدينة جبلة صباح اليوم، تبين أنه ناجم عن عبوة ناسفة.", "explosion"),
    ],
)
def test_depot_fires_rockets_and_blasts_heard_today_stay(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)
