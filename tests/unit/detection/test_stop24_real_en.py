"""Classes of stop 24 found by a probe of real English news (branch realen24), closed together.

1. A blast told as perceived ("a blast was heard", "witnesses reported around 20 explosions", "there are explosions in
   the city") after a strike or a shelling told before it, or in its sentence, is what was perceived of that strike, not
   an explosion of its own, whatever its count (`Category.perceived`); one with no strike before, a device's, or one
   opened by a new report stays an explosion.
2. A withdrawal named as a strategy, a decision or a will ("a strategy to withdraw", "seems fixed on pulling out") is
   no withdrawal, nor is a crowd leaving its protest site ("withdrawing from sit-in camps").
3. "The capital" is no money: forces withdraw from it and shell it (the finance words name capital as money only).
4. A statement condemning an attack with its day or its toll right after it reports that attack (`negation.causes`);
   a bare condemnation or a crowd's denunciation still reports none.
5. A markets headline's "300-point rally" and a candidate's campaign rally are no protest (a number hyphened to a
   word is the cue "#-word").

Every sentence here is written for this file; none is taken from an evaluation set or from the probe's pages."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from streams.detection.cues import Vocabulary, Words
from tests.unit.detection.tagging import AS_OF


def _events(detector: Detector, text: str, lang: str, title: str = "") -> list[tuple[str, str | None, int | None]]:
    return [
        (event.category, event.region or event.country, event.count)
        for event in detector.tag(text, title=title, lang=lang, published_at=AS_OF).events
    ]


def _categories(detector: Detector, text: str, lang: str, title: str = "") -> set[str]:
    return {category for category, _, _ in _events(detector, text, lang, title)}


# 1. Blasts perceived of a strike ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "strike"),
    [
        ("Israeli jets struck a building in Khan Younis on Friday, killing six people.\n\nSix more were hurt.\n\n"
         "Later that evening, a blast was heard in the city and smoke rose from a tower.", "en", "airstrike"),
        ("Russian drones attacked Odesa for three hours overnight, with witnesses reporting around 15 explosions across the port.",
         "en", "airstrike"),
        ("Russian artillery shelled the northern districts of Kherson on Tuesday.\n"
         "\"There are explosions in the city, stay in the shelters,\" the governor wrote.", "en", "shelling"),
        ("U.S. jets hit Houthi depots near Hodeidah, officials said. Residents reported hearing strikes and explosions late on Friday.",
         "en", "airstrike"),
        ("شنت طائرات حربية غارات على مدينة أريحا في إدلب صباح اليوم.\n\nوسمعت انفجارات في أحياء المدينة بعد الظهر.", "ar",
         "airstrike"),
        ("قصفت طائرات مسيرة مدينة الباب ظهر اليوم، وأفاد شهود بسماع 12 انفجاراً في المدينة.", "ar", "airstrike"),
    ],
)
def test_blasts_perceived_after_a_strike_are_the_strike(detector: Detector, text: str, lang: str, strike: str) -> None:
    found = _events(detector, text, lang)
    assert strike in {category for category, _, _ in found}
    assert "explosion" not in {category for category, _, _ in found}


def test_a_tally_of_blasts_heard_is_no_count_of_the_strike(detector: Detector) -> None:
    text = "Russian drones attacked Odesa for three hours overnight, with witnesses reporting around 15 explosions across the port."
    assert [count for category, _, count in _events(detector, text, "en") if category == "airstrike"] == [None]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no strike or shelling told before
        ("A loud explosion was heard near the market in Azaz on Monday, police said.", "en"),
        ("سمعت انفجارات في أحياء مدينة إدلب بعد الظهر.", "ar"),
        # a new report opens the sentence
        ("Jets struck the outskirts of Idlib on Monday.\n\nSeparately, a loud blast was heard at a checkpoint in Azaz.", "en"),
        ("شنت طائرات حربية غارات على أريحا صباح اليوم.\n\nوفي سياق منفصل، سمعت انفجارات في مدينة الباب.", "ar"),
        # a device's blast, heard
        ("Jets struck the outskirts of Idlib on Monday. Hours later a car bomb explosion was heard in Azaz.", "en"),
        # a blast after a strike, told as no sound or sight
        ("Jets struck the outskirts of Idlib on Monday.\n\nIn Azaz, an explosion ripped through a crowded market, killing four.", "en"),
    ],
)
def test_a_blast_of_its_own_stays_an_explosion(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" in _categories(detector, text, lang)


# 2. A withdrawal planned, wished for, or of a crowd -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Pentagon is working on a strategy to withdraw all American forces from Syria, officials said.", "en"),
        ("A decision to withdraw the last 2,000 troops from Syria, if confirmed, would upend assumptions.", "en"),
        ("The administration seems fixed on pulling out all U.S. forces from Iraq.", "en"),
        ("Washington wants to pull its troops out of the Deir ez-Zor bases.", "en"),
        ("Supporters of the cleric began withdrawing from sit-in camps in Baghdad on Saturday as security forces watched.", "en"),
        ("تعمل وزارة الدفاع على استراتيجية لسحب القوات الأمريكية من سوريا.", "ar"),
        ("قرار بسحب القوات الأمريكية من سوريا قد يغير الحسابات في المنطقة.", "ar"),
        ("تبدو الإدارة مصممة على سحب القوات الأمريكية من العراق.", "ar"),
        ("بدأ أنصار التيار الانسحاب من خيام الاعتصام في بغداد يوم السبت بينما راقبت قوات الأمن.", "ar"),
    ],
)
def test_a_withdrawal_planned_or_of_a_crowd_is_none(detector: Detector, text: str, lang: str) -> None:
    assert "withdrawal" not in _categories(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkish troops withdrew from the village of Tal Tamr on Sunday after talks with Russian officers.", "en"),
        ("After weeks of debate over strategy, U.S. forces withdrew from the Shaddadi base on Monday.", "en"),
        ("Security forces withdrew from Tahrir Square on Friday after clashes with protesters.", "en"),
        ("انسحبت قوات الأمن من ساحة التحرير يوم الجمعة بعد مواجهات مع المحتجين.", "ar"),
        ("انسحبت القوات الأمريكية من قاعدة الشدادي يوم الاثنين.", "ar"),
        ("انسحبت قوات النظام من بلدة جاسم يوم الجمعة بعد اشتباكات مع مسلحين.", "ar"),
    ],
)
def test_a_withdrawal_made_stays_one(detector: Detector, text: str, lang: str) -> None:
    assert "withdrawal" in _categories(detector, text, lang)


# 3. The capital is a place ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rebel fighters withdrew from the capital on Sunday.", "en"),
        ("The paramilitary forces admitted they had withdrawn from the capital Khartoum.", "en"),
        ("انسحب المقاتلون من العاصمة الخرطوم يوم الأحد.", "ar"),
    ],
)
def test_a_withdrawal_from_the_capital_is_one(detector: Detector, text: str, lang: str) -> None:
    assert "withdrawal" in _categories(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Foreign funds pulled capital out of the bond market as the withdrawal of capital from Turkey accelerated.", "en"),
        ("The bank said capital flight and the withdrawal of foreign capital weighed on the lira.", "en"),
        ("سحب المستثمرون رؤوس أموالهم من السوق مع تراجع الليرة.", "ar"),
    ],
)
def test_capital_as_money_is_no_withdrawal(detector: Detector, text: str, lang: str) -> None:
    assert "withdrawal" not in _categories(detector, text, lang)


# 4. A condemnation of the day's attack ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Turkey on Monday condemned a suicide attack in Kabul that left at least 12 people dead.", "en", "explosion"),
        ("Ankara condemned a suicide bombing in Kabul on Monday that killed 12 people.", "en", "explosion"),
        ("The ministry condemned the airstrikes on Ariha overnight, which killed four civilians.", "en", "airstrike"),
        ("أدانت وزارة الخارجية التركية التفجير الانتحاري الذي وقع اليوم في كابول.", "ar", "explosion"),
        ("خرج المئات في إدلب تنديداً بالتفجير الذي أودى بحياة خمسة أشخاص في سوق المدينة.", "ar", "explosion"),
    ],
)
def test_a_condemned_attack_with_its_day_or_toll_is_reported(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category in _categories(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("The foreign ministry condemned the airstrikes on Gaza.", "en", "airstrike"),
        ("Thousands rallied in Paris to denounce the strikes on Iran on Monday.", "en", "airstrike"),
        ("Students condemning the raids marched through the campus.", "en", "airstrike"),
        ("خرج المئات في إدلب تنديداً بالغارات على غزة.", "ar", "airstrike"),
    ],
)
def test_a_bare_condemnation_reports_no_attack(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category not in _categories(detector, text, lang)


# 5. Rallies of markets and campaigns --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Oil, Iran and a 300-point rally", "Traders breathed again this week.", "en"),
        ("Trump rally: GOP governor candidate gets endorsement", "Supporters cheered outside the venue.", "en"),
        ("Dow closes with 500-point rally as oil slips", "Stocks rose across the board.", "en"),
        ("المؤشر يرتفع 300 نقطة في موجة صعود", "ارتفعت الأسهم في ختام التداولات.", "ar"),
        ("مهرجان انتخابي للمرشح في بغداد", "شارك الآلاف في مهرجان انتخابي للمرشح يوم الجمعة.", "ar"),
    ],
)
def test_a_market_or_campaign_rally_is_no_protest(detector: Detector, title: str, text: str, lang: str) -> None:
    assert "protest" not in _categories(detector, text, lang, title)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A 300-strong rally marched through Aden on Friday demanding the release of detainees.", "en"),
        ("Hundreds held a rally against the candidate outside the party office in Basra on Friday.", "en"),
        ("Thousands held a rally in Idlib on Friday against the airstrikes.", "en"),
        ("تظاهر المئات في عدن يوم الجمعة للمطالبة بالإفراج عن المعتقلين.", "ar"),
    ],
)
def test_a_crowd_s_rally_stays_a_protest(detector: Detector, text: str, lang: str) -> None:
    assert "protest" in _categories(detector, text, lang)


def test_a_number_hyphened_to_a_word_is_the_cue_number_word() -> None:
    vocabulary = Vocabulary(())
    cues = vocabulary.cues(["#-point"])
    assert cues.find(Words.of(["a", "300-point", "rally"], vocabulary)) == 1
    assert cues.find(Words.of(["a", "point", "rally"], vocabulary)) == -1
    assert cues.find(Words.of(["a", "12-year-old", "boy"], Vocabulary(()))) == -1


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("Russian warplanes struck the town of Ariha in Idlib on Monday.\n\nIn Aleppo city, a loud blast was heard in the "
         "Sheikh Maqsoud district in the evening.", "en", "Aleppo"),
        ("شنت طائرات حربية غارات على مدينة أريحا في ريف إدلب صباح اليوم.\n\nوفي مدينة حلب سمعت انفجارات في حي الشيخ مقصود مساء.",
         "ar", "Aleppo"),
    ],
)
def test_a_blast_heard_elsewhere_than_the_strikes_stays_an_explosion(
    detector: Detector, text: str, lang: str, region: str
) -> None:
    assert ("explosion", region) in {(category, place) for category, place, _ in _events(detector, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("U.S. jets struck Houthi depots in Yemen on Friday.\n\nWitnesses in Sanaa reported hearing explosions late at night.", "en"),
        ("Israeli jets struck Gaza on Friday.\n\nOn Saturday, a blast was heard in Gaza City and smoke rose from a tower.", "en"),
        ("شنت طائرات حربية غارات على ريف إدلب صباح اليوم.\n\nوسمعت انفجارات في مدينة أريحا بعد الظهر.", "ar"),
    ],
)
def test_a_blast_heard_where_the_strikes_fell_is_the_strike(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" not in _categories(detector, text, lang)
