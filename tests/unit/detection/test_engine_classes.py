"""General constructions the engine reads (Arabic): counts past a parenthetical or after their noun, the
pluperfect with the event as subject or cut by clauses of time, opening adverbials that are clauses, years
of comparison, relative clauses of anniversaries, demonstratives that refer back, and the data classes
that go with them (metaphorical blasts, eras, seminars).

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def events(detector: Detector, text: str, lang: str = "ar") -> dict[str, int | None]:
    """category -> the largest count of its events."""
    found: dict[str, int | None] = {}
    for event in detector.tag(text, lang=lang, published_at=AS_OF).events:
        previous = found.get(event.category)
        if event.category not in found or (event.count is not None and (previous is None or event.count > previous)):
            found[event.category] = event.count
    return found


# ---------------------------------------------------------------------------------------------- counts
@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        # a dual noun after a time phrase between commas
        ("اعتقلت قوى الأمن، ليل الأحد، شابين في مدينة الرستن.", "arrest", 2),
        ("أوقفت دورية من الشرطة، صباحاً، رجلين في بلدة تلكلخ بريف حمص.", "arrest", 2),
        # "two" written after its noun, however far from the verb
        ("اعتقلت دورية من الأمن العسكري في بلدة الصنمين بريف درعا مساء أمس مواطنين اثنين.", "arrest", 2),
        ("ألقى الأمن الداخلي القبض على مهربين اثنين قرب الحدود في ريف حمص.", "arrest", 2),
        # the construct dual of a munition noun
        ("سقطت قذيفتا هاون على سوق في مدينة جرمانا.", "shelling", 2),
        ("استهدفت غارتا الطيران أطراف بلدة سرمين في ريف إدلب.", "airstrike", 2),
        # thousands in digits and a word
        ("اعتقلت قوات الأمن 15 ألف مطلوب في حملة واسعة بمحافظة الأنبار.", "arrest", 15000),
        # "two" after its noun, past the time and place adjuncts of a verb-first sentence
        ("أوقفت دورية من الجمارك، ظهر الأربعاء، في قرية الرفيد - ناحية الخشنية، مهربين اثنين قرب الحدود.", "arrest", 2),
        # a count of operations of the event ("N عملية X")
        # the article's month: September, two months back, dates the tally as background (README, "The month before
        # the article's"); the count is what this test reads
        ("رصدت الشبكة في ريف الرقة 44 عملية اعتقال تعسفي خلال تشرين الثاني.", "arrest", 44),
        ("سجلت المنظمة في ريف حمص الشرقي ثماني حالات اعتقال خلال أسبوع.", "arrest", 8),
        # the singular of one armed assault, counted
        ("وثق المرصد في بادية الميادين إحدى عشرة هجمة لخلايا مسلحة على حواجز للأمن.", "armed_clash", 11),
        # a number before a conjoined term belongs to the conjunct before it
        ("مداهمات في حي المزة 86 واعتقال 7 مطلوبين.", "arrest", 7),
    ],
)
def test_counts(detector: Detector, text: str, category: str, count: int) -> None:
    assert events(detector, text).get(category, -1) == count


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a pause that opens no parenthetical still ends the count's reach
        ("اعتقلت قوات الأمن في مدينة الرستن عددا من المطلوبين خلال حملة تفتيش واسعة، وأفرجت لاحقا عن شابين.", "arrest"),
        # a pause and a new clause end the reach of "two" after its noun
        ("اعتقلت الشرطة شابا في مدينة حماة، وأصيب مواطنان اثنان بجروح في شجار.", "arrest"),
        # weekdays before the term are no numbers
        ("قصفت الطائرات الحربية مساء الأحد مواقع في مدينة جسر الشغور بغارات عدة.", "airstrike"),
        ("شنت المقاتلات فجر الاثنين غارات على أطراف مدينة الباب.", "airstrike"),
        # "الاثنين" after the noun is Monday
        ("اعتقلت الشرطة العسكرية مواطنين الاثنين الماضي في مدينة حماة.", "arrest"),
        # a number after a partitive "من" is no count: "شاب من أحد الأحياء"
        ("اعتقلت دورية للشرطة شابا من أحد أحياء مدينة حمص.", "arrest"),
    ],
)
def test_no_count(detector: Detector, text: str, category: str) -> None:
    assert events(detector, text).get(category, -1) in (None, 1)


# ---------------------------------------------------------------------------------------------- pluperfect
@pytest.mark.parametrize(
    "text",
    [
        # the event as the subject of the pluperfect
        "وكانت مواجهات عنيفة قد اندلعت في مدينة جاسم بين مسلحين وعناصر من الأمن.",
        "وكانت غارات جوية قد استهدفت أطراف بلدة معرة مصرين في ريف إدلب.",
        # a pluperfect cut by clauses of time is background to its end
        "وكانت الفصائل قد سيطرت على بلدة خان شيخون بعد معارك طاحنة، قبل أن تنسحب منها تحت القصف.",
        "وكان الجيش قد دخل قرية الطيبة عقب اشتباكات مع مسلحين، حين انسحب منها مقاتلو العشائر.",
    ],
)
def test_pluperfect_is_background(detector: Detector, text: str) -> None:
    assert events(detector, text) == {}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # dated today: news
        ("وكانت اشتباكات عنيفة قد اندلعت صباح اليوم في مدينة جاسم بين مسلحين وعناصر من الأمن.", "armed_clash"),
        # no auxiliary: a plain report
        ("اندلعت اشتباكات عنيفة في مدينة جاسم بين مسلحين وعناصر من الأمن.", "armed_clash"),
        # the pluperfect is another clause, ended by a pause and a new subject
        ("وكانت القوات قد انسحبت من البلدة الشهر الماضي، فيما شنت الطائرات صباح اليوم غارتين على مدينة سراقب.",
         "airstrike"),
    ],
)
def test_pluperfect_look_alikes_stay(detector: Detector, text: str, category: str) -> None:
    assert category in events(detector, text)


# ---------------------------------------------------------------------------------------------- years
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a first comma segment that is a clause of its own dates only itself
        ("عرفت مدينة تلبيسة معارك منذ عام 2013، كما قصفت الطائرات صباح اليوم أحياءها الشرقية بالصواريخ.", "airstrike"),
        # a year of comparison after a superlative and "since"
        ("شنت الطائرات الحربية اليوم غارات على مدينة أريحا هي الأعنف منذ عام 2020.", "airstrike"),
        ("خرجت في مدينة السويداء تظاهرة حاشدة تعد الأكبر منذ عام 2023.", "protest"),
        ("شهدت بلدة الكسوة اليوم اشتباكات للمرة الأولى منذ عام 2018.", "armed_clash"),
        # a state since a past year, in a clause told as today's
        ("قصفت المدفعية فجر اليوم بلدة تفتناز الخاضعة لسيطرة الفصائل منذ عام 2016.", "shelling"),
        ("اعتقلت دورية للأمن مساء أمس في مدينة تلكلخ شاباً متوارياً عن الأنظار منذ عام 2021.", "arrest"),
    ],
)
def test_years_that_do_not_date(detector: Detector, text: str, category: str) -> None:
    assert category in events(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # an opening time adverbial still dates the clause after it
        "في ربيع عام 2016، انسحبت الفصائل من مدينة تدمر.",
        "خلال صيف 2014، شنت الطائرات مئات الغارات على مدينة الرقة.",
        # a clause after "بعد" continues a dated one
        "تعيش بلدة نوى منذ عام 2018 ظروفا قاسية، بعد معارك طويلة أعقبها انسحاب الفصائل منها.",
        # a tally since a past date
        "اعتقلت السلطات أكثر من 3 آلاف شخص في محافظة دير الزور منذ الأول من آذار 2024.",
        # an era of the last century
        "وثق الكاتب حملات الاعتقال في مدينة حماة خلال ثمانينيات القرن الماضي.",
    ],
)
def test_dated_clauses_are_history(detector: Detector, text: str) -> None:
    assert events(detector, text) == {}


# ---------------------------------------------------------------------------------------------- anniversaries
@pytest.mark.parametrize(
    "text",
    [
        # a relative clause describing the anniversary's object, however long the object
        "أحيا ناشطون ذكرى مجزرة السوق الشعبي في مدينة أريحا التي قصفت فيها الطائرات الحربية الحي بالصواريخ.",
        # a clause after a comma and "حين" continues the object, and so does the verb coordinated with it
        "أحيا الأهالي الذكرى العاشرة لحصار مدينة داريا، حين قصفت الطائرات المدينة بالبراميل واعتقلت القوات المئات.",
    ],
)
def test_anniversary_objects_are_history(detector: Detector, text: str) -> None:
    assert events(detector, text) == {}


def test_event_after_the_anniversary_stays(detector: Detector) -> None:
    # the relative clause is before the anniversary, not part of its object
    text = "قصفت الطائرات التي أقلعت من مطار حماة اليوم بلدة كفرنبل، في الذكرى السنوية لسقوط المدينة."
    assert "airstrike" in events(detector, text)


def test_clause_of_time_ends_a_denial(detector: Detector) -> None:
    # "حين" opens a clause: the denial of injuries does not reach the shell
    assert "shelling" in events(detector, "لم تسجل أي إصابات حين سقطت قذيفة هاون على حي الميدان في دمشق.")


# ---------------------------------------------------------------------------------------------- references back
def test_demonstrative_refers_back_to_no_event(detector: Detector) -> None:
    text = ("تبادل نائبان اشتباكاً كلامياً في جلسة البرلمان اللبناني في بيروت.\n"
            "وقال رئيس الجلسة إن هذا الاشتباك معيب.")
    assert "armed_clash" not in events(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "ذلك" as the object of "followed": a new event, not a demonstrative
        ("شنت الطائرات الحربية غارات على مدينة سرمين، وأعقب ذلك قصف مدفعي على بلدة آفس.", "shelling"),
        ("دخلت قوات الاحتلال مدينة طوباس، وتلا ذلك اشتباكات مع مسلحين في مخيم الفارعة.", "armed_clash"),
    ],
)
def test_pronoun_before_a_new_event_stays(detector: Detector, text: str, category: str) -> None:
    assert category in events(detector, text)


def test_demonstrative_after_a_reported_event_stays(detector: Detector) -> None:
    text = ("اندلعت اشتباكات عنيفة بين فصيلين مسلحين في مدينة عفرين.\n"
            "وأسفر هذا الاشتباك عن مقتل ثلاثة مقاتلين.")
    assert "armed_clash" in events(detector, text)


# ---------------------------------------------------------------------------------------------- data classes
@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a boom in trading is no blast
        ("شهدت البورصة في عمّان انفجاراً في أحجام التداول خلال جلسة الأحد.", "explosion"),
        # what a seminar recounts
        ("استضافت جامعة حلب ندوة تحدث فيها معتقلون سابقون عن حملات الاعتقال في المدينة.", "arrest"),
        # testimony heard at a trial
        ("استمعت المحكمة في كوبلنز إلى شاهد قال إنه اعتقل على حاجز في مدينة دوما.", "arrest"),
    ],
)
def test_no_event_classes(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in events(detector, text)


def test_air_attack_with_pronoun_and_weapons(detector: Detector) -> None:
    text = "شنت روسيا فجر اليوم واحدة من أوسع هجماتها الجوية على مدينة أوديسا، مستخدمة 250 طائرة مسيرة."
    assert events(detector, text).get("airstrike") == 250


def test_drones_attacking(detector: Detector) -> None:
    assert "airstrike" in events(detector, "هاجمت طائرات مسيرة محطة للكهرباء في مدينة زابوريجيا فجر اليوم.")


def test_drones_an_attack_was_waged_with(detector: Detector) -> None:
    text = "شنت روسيا ليلاً هجوماً كبيراً بنحو 350 طائرة مسيرة على مدينة دنيبرو."
    assert events(detector, text).get("airstrike") == 350


def test_wide_drone_attack_is_no_ground_operation(detector: Detector) -> None:
    found = events(detector, "شنت روسيا هجوماً واسعاً بمئات المسيرات على مدينة أوديسا ليل الجمعة.")
    assert "airstrike" in found
    assert "military_operation" not in found


def test_wide_ground_attack_stays(detector: Detector) -> None:
    assert "military_operation" in events(detector, "شنت القوات الحكومية هجوماً واسعاً على مواقع الفصائل في ريف حماة الشمالي.")


def test_phase_of_a_security_campaign(detector: Detector) -> None:
    text = "بدأت قوات الأمن العام المرحلة الثانية من حملة «درع الساحل» في ريف جبلة."
    assert "military_operation" in events(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت مديرية الصحة المرحلة الثالثة من حملة التلقيح ضد شلل الأطفال في مدينة إدلب.",
        "أطلق محافظ حلب المرحلة الأولى من حملة إعادة إعمار المدارس في المدينة.",
    ],
)
def test_phase_of_a_civil_campaign_is_no_operation(detector: Detector, text: str) -> None:
    assert "military_operation" not in events(detector, text)


def test_place_right_before_the_mention_beats_one_past_a_comma(detector: Detector) -> None:
    # the strikes hit Idlib; the clause after the comma names where one of them fell in another region
    text = "قصف الطيران الروسي أطراف مدينة إدلب بأربع غارات، سقطت إحداها قرب طريق مدينة حماة."
    found = detector.tag(text, lang="ar", published_at=AS_OF).events
    assert [(event.category, event.region, event.count) for event in found] == [("airstrike", "Idlib", 4)]


def test_places_after_a_parenthetical_still_count(detector: Detector) -> None:
    # no place right before the mention: the place after the time phrase between commas is where it happened
    text = "شنت الطائرات الحربية غارتين، صباح اليوم، على مدينة سراقب."
    assert {event.region for event in detector.tag(text, lang="ar", published_at=AS_OF).events} == {"Idlib"}


def test_sentence_without_place_goes_on_about_the_last_mention(detector: Detector) -> None:
    text = ("قصفت الطائرات الحربية الإسرائيلية مساء أمس مواقع قرب بلدة الكسوة في ريف دمشق.\n"
            "وذكر ناشطون أن عدد الغارات بلغ خمس غارات.")
    found = {(event.region, event.count) for event in detector.tag(text, title="غارات قرب دمشق", lang="ar", published_at=AS_OF).events}
    assert ("Rif Dimashq", 5) in found


def test_real_blast_beside_a_market_stays(detector: Detector) -> None:
    assert "explosion" in events(detector, "وقع انفجار عبوة ناسفة قرب سوق الهال في مدينة حلب.")


# ---------------------------------------------------------------------------------------------- passive subjects
@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the subject of a passive with a phrase after its noun
        ("Twelve suspected members of the network were arrested in Qardaha, Latakia, on Friday.", 12),
        ("Police said 9 members of the cell were arrested in Jableh.", 9),
    ],
)
def test_passive_subject_counts(detector: Detector, text: str, count: int) -> None:
    assert events(detector, text, lang="en").get("arrest") == count


def test_passive_subject_needs_its_phrase_unbroken(detector: Detector) -> None:
    # a pause between the subject and the verb: the number is not the subject's
    text = "Police searched 4 houses of the village, and residents were arrested in Jableh."
    assert events(detector, text, lang="en").get("arrest") is None
