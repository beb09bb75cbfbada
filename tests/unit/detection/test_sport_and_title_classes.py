"""Classes of false alarm in culture and sport pieces (stop 17, vertex dev set), with the real news that looks alike.

1. A match report (``sport_reports``): an article naming enough distinct sport words tells a game, whose play borrows war's
   words (a substitute "withdrawn", a side that "retreated deep", a club called "the Army", الجيش, that "withdrew to its
   defensive areas"). Its paragraphs of play report nothing, unless the sentence names a real attack's agents, weapons
   or victims; a paragraph with no word of play (an aside) is news.
2. A work's title (``work_titles``): an event word inside the quoted title right after a work noun, or right before one
   ('the play "The Final Retreat"', '«ليلة القصف».. فيلم وثائقي'), names the work; the rest of the sentence may report.
3. A word named as a word (``word_itself``, ``word_itself_after``: 'the word "withdrawal"', «كلمة انسحاب», "الانسحاب في
   العنوان"), a metaphor of a person withdrawing from life, and sounds of war played back (``@recorded_sounds``: "recorded
   sounds of shelling", "أصوات قصف مسجلة") are no events; sounds heard today are.
4. Detentions ended by ransoms (``excludes_later`` of arrest: "released only after relatives paid ransoms") are
   kidnappings; the arrest of kidnappers, or a release on bail, is an arrest.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from config.errors import ConfigError
from config.lexicons import load_lexicons
from streams.detection import Detector
from tests.unit.detection.arabic_tagging import categories as ar_categories
from tests.unit.detection.tagging import categories_on

en_categories = categories_on(datetime(2026, 11, 26, tzinfo=UTC))

# --- 1. match reports ---------------------------------------------------------------------------------------------

EN_MATCH = (
    "Leeds 2-2 Fulham: late header rescues a point\n"
    "Fulham looked set for a first away win of the season in the Premier League until the final minute.\n"
    "The visitors went ahead through a penalty kick after the referee spotted a handball in the box.\n"
    "{line}\n"
    "Leeds equalised in stoppage time with a header from a corner, and the hosts stay 14th in the table."
)

EN_PLAY = [
    "Fulham manager Marco Silva had withdrawn his captain at half-time with a knee problem, and his side retreated deep in the second half.",
    "The home side launched attack after attack down the right flank in the second half but could not find a way through.",
    "There was a brief clash between the two goalkeepers in the second half, and both were booked.",
    "Leeds pulled out of the press in the second half and their defenders pulled back towards their own goal.",
]


@pytest.mark.parametrize("line", EN_PLAY)
def test_en_play_in_a_match_report_is_no_event(detector: Detector, line: str) -> None:
    assert en_categories(detector, EN_MATCH.format(line=line)) == set()


EN_NEWS_IN_MATCH = [
    # an air strike on a stadium, a bomb at a match: a real attack's weapons
    ("An air strike hit the stadium in the second half, killing three spectators, and the match was abandoned.", "airstrike"),
    ("A bomb exploded outside the stadium at half-time, wounding six fans, police said.", "explosion"),
    # fans arrested, fans protesting: arrests and protests are no play
    ("Police arrested 14 fans after the final whistle following fights outside the ground.", "arrest"),
    ("Before kick-off, hundreds of supporters protested outside the ground against the club's owners, chanting for their sale.",
     "protest"),
    # a real pullout told in the report's aside, with no word of play
    ("Elsewhere, Russian troops withdrew from two villages near Kupiansk on Saturday, Ukraine's army said.", "withdrawal"),
]


@pytest.mark.parametrize(("line", "category"), EN_NEWS_IN_MATCH)
def test_en_real_events_in_a_match_report_stay_events(detector: Detector, line: str, category: str) -> None:
    assert category in en_categories(detector, EN_MATCH.format(line=line))


def test_en_a_news_article_with_a_sport_aside_keeps_its_news(detector: Detector) -> None:
    text = (
        "Israeli forces withdrew from the town of Tubas on Monday after a three-day raid, residents said.\n"
        "In sport, the national team drew 1-1 with Jordan in a World Cup qualifier; the referee sent off a substitute "
        "in stoppage time and the goalkeeper saved a penalty kick in the first half."
    )
    assert "withdrawal" in en_categories(detector, text)


def test_en_one_sport_word_makes_no_match_report(detector: Detector) -> None:
    # a news article that names a stadium (a shelter) is no match report: its withdrawal is news
    text = (
        "Government troops withdrew from the eastern district on Sunday, and families sheltering in the football "
        "stadium began to leave, a local official said."
    )
    assert "withdrawal" in en_categories(detector, text)


AR_MATCH = (
    "الشرطة يتعادل مع الطليعة في الدوري\n"
    "تعادل فريق الشرطة مع ضيفه الطليعة بهدف لمثله، في المباراة التي أقيمت مساء السبت على ملعب الجلاء ضمن الجولة الخامسة.\n"
    "{line}\n"
    "وبهذه النتيجة رفع الشرطة رصيده إلى تسع نقاط في المركز السادس، بينما بقي الطليعة في المركز العاشر."
)

AR_PLAY = [
    # a club called the Army, and a side withdrawing into its half
    "وفي الشوط الثاني انسحب الجيش إلى منطقته الدفاعية، فيما أجرى المدرب تبديلاً بسحب المهاجم وإشراك لاعب الوسط.",
    # raids on the goal, a rocket shot
    "وشن لاعبو الطليعة سلسلة من الهجمات على مرمى الشرطة، وأطلق المهاجم قذيفة صاروخية ارتطمت بالعارضة في الدقيقة 70.",
    "وشهدت الدقائق الأخيرة اشتباكاً بين لاعبي الفريقين، قبل أن يتدخل حكم المباراة ويشهر البطاقة الصفراء.",
]


@pytest.mark.parametrize("line", AR_PLAY)
def test_ar_play_in_a_match_report_is_no_event(detector: Detector, line: str) -> None:
    assert ar_categories(detector, AR_MATCH.format(line=line)) == set()


AR_NEWS_IN_MATCH = [
    ("واستهدفت غارة جوية محيط الملعب خلال الشوط الثاني، ما أدى إلى مقتل ثلاثة مشجعين وتوقف المباراة.", "airstrike"),
    ("وانفجرت عبوة ناسفة قرب بوابة الملعب بعد نهاية المباراة، ما أدى إلى إصابة خمسة مشجعين.", "explosion"),
    ("واعتقلت الشرطة 12 مشجعاً بعد نهاية المباراة إثر أعمال شغب خارج الملعب.", "arrest"),
    ("وفي سياق آخر، انسحبت القوات الإسرائيلية صباح اليوم من بلدة في ريف القنيطرة بعد توغل استمر ساعات.", "withdrawal"),
]


@pytest.mark.parametrize(("line", "category"), AR_NEWS_IN_MATCH)
def test_ar_real_events_in_a_match_report_stay_events(detector: Detector, line: str, category: str) -> None:
    assert category in ar_categories(detector, AR_MATCH.format(line=line))


def test_ar_one_sport_word_makes_no_match_report(detector: Detector) -> None:
    text = "انسحب الجيش من مواقعه في محيط ملعب البلدة صباح اليوم بعد اشتباكات مع مسلحين، بحسب مصادر محلية."
    assert "withdrawal" in ar_categories(detector, text)


def test_a_sport_reports_list_must_exist(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text(
        'version: 1\nlanguage: fr\nsport_reports:\n  words: [match, "@missing"]\n  categories: [withdrawal]\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError) as error:
        load_lexicons(tmp_path)
    assert "unknown word list '@missing'" in str(error.value) and "sport_reports.words" in str(error.value)


def test_sport_reports_name_known_categories(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text(
        "version: 1\nlanguage: fr\nsport_reports:\n  words: [match]\n  categories: [football]\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"sport_reports\.categories"):
        load_lexicons(tmp_path)


# --- 2. titles of works --------------------------------------------------------------------------------------------

TITLES = [
    ('The theatre in Homs is staging the play "The Final Retreat", about a family waiting for a missing son.', "en"),
    ('"Night Raid", a novel by a young Iraqi writer, won the prize on Monday.', "en"),
    ('Her new film "The Withdrawal" opens in Beirut cinemas next week.', "en"),
    ("تعرض دار الأوبرا في دمشق مسرحية «الانسحاب الكبير» للمخرجة سلمى يوسف حتى نهاية الشهر.", "ar"),
    ("«ليلة القصف».. فيلم وثائقي جديد عن حلب", "ar"),
    ('يعرض المسرح القومي العمل المسرحي "الاشتباك" للمخرج سامر علي منذ أسبوع.', "ar"),
]


@pytest.mark.parametrize(("text", "lang"), TITLES)
def test_an_event_word_in_a_works_title_is_no_event(detector: Detector, text: str, lang: str) -> None:
    assert (en_categories(detector, text) if lang == "en" else ar_categories(detector, text)) == set()


TITLE_NEAR_MISSES = [
    ('Russian shelling hit the theatre in Kherson on Sunday during the play "The Last Retreat".', "en", "shelling"),
    ("A film festival in Idlib was cancelled after shelling hit the city on Sunday.", "en", "shelling"),
    ('The army said it had completed the withdrawal "of all its units" from the town of Tubas on Monday.', "en", "withdrawal"),
    ("ألغي مهرجان السينما في إدلب بعد قصف مدفعي استهدف المدينة صباح اليوم.", "ar", "shelling"),
    ("أطلق الجيش عملية «درع الشمال» فجر اليوم في ريف حلب.", "ar", "military_operation"),
    ('قصفت المدفعية مسرح المدينة في حمص صباح اليوم أثناء عرض العمل المسرحي "القصف الأخير"، ما أدى إلى إصابة ثلاثة أشخاص.', "ar",
     "shelling"),
]


@pytest.mark.parametrize(("text", "lang", "category"), TITLE_NEAR_MISSES)
def test_news_beside_a_quote_or_a_works_title_stays(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category in (en_categories(detector, text) if lang == "en" else ar_categories(detector, text))


# --- 3. words named as words, metaphors, recorded sounds ---------------------------------------------------------

NAMED = [
    ('Officials avoided the word "withdrawal" and spoke only of changes at the front.', "en"),
    ("The installation plays recorded sounds of shelling in a dark room at a gallery in Kyiv.", "en"),
    ("تجنب المسؤولون استخدام كلمة «انسحاب» في البيان وتحدثوا عن تغييرات على الجبهة.", "ar"),
    ("وقالت الكاتبة إن الانسحاب في العنوان لا يعني الجيش، وإن روايتها عن الحب.", "ar"),
    ("وقال المخرج إن العمل يروي انسحاب الإنسان من حياته ومن أصدقائه بعد الحرب.", "ar"),
    ("يعتمد العرض على أصوات قصف مسجلة تتكرر بين المشاهد في مسرح حمص.", "ar"),
    ("ويرفض الجنرالات مصطلح الانسحاب ويفضلون الحديث عن إعادة التموضع.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), NAMED)
def test_a_word_named_a_metaphor_or_a_recording_is_no_event(detector: Detector, text: str, lang: str) -> None:
    assert (en_categories(detector, text) if lang == "en" else ar_categories(detector, text)) == set()


NAMED_NEAR_MISSES = [
    ("He chose his words carefully after troops withdrew from the town of Tubas on Monday.", "en", "withdrawal"),
    ("Residents of Kharkiv heard the sound of shelling through the night, officials said.", "en", "shelling"),
    ("ألقى وزير الدفاع كلمة بعد انسحاب القوات من البلدة صباح اليوم.", "ar", "withdrawal"),
    ("سمع سكان حمص أصوات قصف مدفعي على الأحياء الشرقية فجر اليوم.", "ar", "shelling"),
    # كلمة before an unquoted noun is a speech, not the word: the sit-in's speech
    ("ألقى رئيس النقابة كلمة الاعتصام أمام مبنى المحافظة في السويداء صباح اليوم.", "ar", "protest"),
    ("The protesters gave their word that the sit-in outside parliament in Baghdad would stay peaceful on Monday.", "en", "protest"),
]


@pytest.mark.parametrize(("text", "lang", "category"), NAMED_NEAR_MISSES)
def test_a_speech_or_sounds_heard_today_stay_events(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category in (en_categories(detector, text) if lang == "en" else ar_categories(detector, text))


def test_work_titles_lists_must_exist(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text('version: 1\nlanguage: fr\nwork_titles: [film, "@missing"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_lexicons(tmp_path)
    assert "unknown word list '@missing'" in str(error.value) and "work_titles" in str(error.value)


# --- 4. detentions ended by ransoms ---------------------------------------------------------------------------------

RANSOMED = [
    ("Several were detained at checkpoints on the road and freed only after their families paid ransoms.", "en"),
    ("احتجز بعضهم على الحواجز في الطريق ولم يفرج عنهم إلا بعد أن دفع أهاليهم فديات.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), RANSOMED)
def test_a_detention_ended_by_ransoms_is_no_arrest(detector: Detector, text: str, lang: str) -> None:
    assert (en_categories(detector, text) if lang == "en" else ar_categories(detector, text)) == set()


ARRESTS_BESIDE_RANSOM = [
    ("Police arrested five men who held a trader for ransom in Basra on Monday.", "en"),
    ("اعتقلت الشرطة خمسة أشخاص خطفوا تاجراً مقابل فدية في البصرة أمس.", "ar"),
    ("اعتقلت قوات الأمن عشرات الشبان في درعا أمس وأطلق سراحهم مقابل كفالة مالية.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), ARRESTS_BESIDE_RANSOM)
def test_arrests_of_kidnappers_or_on_bail_stay(detector: Detector, text: str, lang: str) -> None:
    assert "arrest" in (en_categories(detector, text) if lang == "en" else ar_categories(detector, text))


def test_excludes_later_lists_must_exist(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text(
        'version: 1\nlanguage: fr\ncategories:\n  arrest:\n    terms: [arrestation]\n    excludes_later: ["@missing"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as error:
        load_lexicons(tmp_path)
    assert "unknown word list '@missing'" in str(error.value) and "excludes_later" in str(error.value)
