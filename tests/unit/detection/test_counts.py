"""Reported counts attached to event terms."""

from __future__ import annotations

import pytest

from streams.detection import Detector


def count_of(detector: Detector, text: str, lang: str, category: str = "airstrike") -> tuple[int | None, bool]:
    events = [event for event in detector.tag(text, lang=lang).events if event.category == category]
    assert events, f"no {category} in {text!r}"
    best = max(events, key=lambda event: -1 if event.count is None else event.count)
    return best.count, best.approx


@pytest.mark.parametrize(
    ("lang", "text", "count", "approx"),
    [
        ("ar", "نفذ الطيران أكثر من 55 غارة جوية على البادية", 55, False),
        ("ar", "وصل عدد الغارات إلى نحو 290 غارة منذ مطلع الشهر", 290, True),
        ("ar", "شن الطيران 15 ضربة جوية على المواقع", 15, False),
        ("ar", "شن الطيران ١٥ ضربة جوية على المواقع", 15, False),
        ("ar", "شن الطيران ثلاث غارات على القرية", 3, False),
        ("ar", "شن الطيران خمس عشرة غارة على القرية", 15, False),
        ("ar", "شن الطيران خمسا وعشرين غارة على القرية", 25, False),
        ("ar", "شن الطيران عشرات الغارات على القرية", None, True),
        ("ar", "شن الطيران غارتين على القرية", 2, False),
        ("ar", "شن الطيران بين 10 و15 غارة على القرية", 15, True),
        ("ar", "شن الطيران حوالي عشرين غارة على القرية", 20, True),
        ("en", "Warplanes carried out 12 airstrikes on the town.", 12, False),
        ("en", "Warplanes carried out twelve airstrikes on the town.", 12, False),
        ("en", "Warplanes carried out at least 18 airstrikes on the town.", 18, False),
        ("en", "Warplanes carried out about 40 airstrikes on the town.", 40, True),
        ("en", "Warplanes carried out dozens of airstrikes on the town.", None, True),
        ("en", "Warplanes carried out 10-15 airstrikes on the town.", 15, True),
        ("en", "Warplanes carried out between 10 and 15 airstrikes on the town.", 15, True),
        ("en", "Russian jets carried out twenty-five airstrikes on the town.", 25, False),
        ("en", "Warplanes carried out seven Russian airstrikes on the town.", 7, False),
    ],
)
def test_counts(detector: Detector, lang: str, text: str, count: int | None, approx: bool) -> None:
    assert count_of(detector, text, lang) == (count, approx)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2022 airstrikes killed hundreds of civilians in the province."),
        ("en", "On May 3 airstrikes hit the town."),
        ("en", "At 10:30 airstrikes hit the town."),
        ("en", "Five people were killed in airstrikes on the town."),
        ("ar", "قتل 5 مدنيين في غارة على البلدة"),
        ("ar", "منذ عام 2015 غارات متواصلة على المنطقة"),
    ],
)
def test_dates_times_and_casualties_are_not_counts(detector: Detector, lang: str, text: str) -> None:
    count, _ = count_of(detector, text, lang)
    assert count is None


def test_count_nouns_after_the_term(detector: Detector) -> None:
    assert count_of(detector, "Police arrested 30 people in the town.", "en", "arrest") == (30, False)
    assert count_of(detector, "اعتقلت قوات الأمن 12 شخصاً في البلدة", "ar", "arrest") == (12, False)
    assert count_of(detector, "Eleven people were rounded up in the town.", "en", "arrest") == (11, False)


def test_largest_count_per_region(small_detector: Detector) -> None:
    text = "شن الطيران 15 غارة على حماة. وفي وقت لاحق شن الطيران 40 غارة على حماة."
    events = [event for event in small_detector.tag(text, lang="ar").events if event.category == "airstrike"]
    assert [(event.region, event.count) for event in events] == [("Hama", 40)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a time word before a pause is no date of the number after it (SOHR's usual phrasing)
        ("نفذت طائرات حربية روسية، منذ صباح اليوم، ٨ غارات جوية على ريف حماة الشرقي.", 8),
        ("Russian jets carried out, since the morning, 8 airstrikes on the countryside of Hama.", 8),
    ],
)
def test_a_pause_separates_a_date_word_from_the_count(detector: Detector, text: str, count: int) -> None:
    lang = "ar" if any("\u0600" <= char <= "\u06ff" for char in text) else "en"
    assert count_of(detector, text, lang) == (count, False)


def test_a_date_word_right_before_the_number_still_makes_it_a_date(detector: Detector) -> None:
    events = detector.tag("شن الطيران غارات على القرية يوم 8 الشهر الجاري", lang="ar").events
    assert [event.count for event in events if event.category == "airstrike"] == [None]


@pytest.mark.parametrize(
    "text",
    ["اعتقلت قوات النظام شابين في مدينة درعا.", "اعتقلت قوات النظام شابين اثنين في مدينة درعا."],
)
def test_a_dual_count_noun_is_two(detector: Detector, text: str) -> None:
    assert count_of(detector, text, "ar", "arrest") == (2, False)


def test_a_plural_that_looks_dual_is_no_count(detector: Detector) -> None:
    # مدنيين is nearly always the plural: no count without a number
    assert count_of(detector, "اعتقلت قوات النظام مدنيين في مدينة درعا.", "ar", "arrest") == (None, False)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Security forces detained 45 suspected Islamic State members in Deir ez-Zor.", 45),
        ("Security forces detained 45 people in Deir ez-Zor.", 45),
        # a number before a pause or another number does not reach the noun
        ("Security forces detained, on 3 occasions, people in Deir ez-Zor.", None),
    ],
)
def test_a_count_noun_may_follow_its_number_past_modifiers(detector: Detector, text: str, count: int | None) -> None:
    assert count_of(detector, text, "en", "arrest") == (count, False)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russian jets carried out half a dozen airstrikes on Idlib.", 6),
        ("Russian jets carried out two dozen airstrikes on Idlib.", 24),
        # a cue word "#" (any number) also works as the first word of a cue: "strike" after a number
        ("Russian jets carried out 20 strikes on Idlib.", 20),
    ],
)
def test_dozens_and_numbered_strikes(detector: Detector, text: str, count: int) -> None:
    assert count_of(detector, text, "en") == (count, False)


@pytest.mark.parametrize(
    ("text", "count", "approx"),
    [
        ("Israeli warplanes carried out some 20 strikes on Mahmoudiyeh on Thursday.", 20, True),
        ("The coalition conducted more than 30 strikes near Baghouz.", 30, False),
    ],
)
def test_a_hedged_number_of_strikes_after_the_attack_verb(detector: Detector, text: str, count: int, approx: bool) -> None:
    assert count_of(detector, text, "en") == (count, approx)


@pytest.mark.parametrize(
    "text", ["Teachers staged some 20 strikes across Daraa.", "Unions held more than 20 strikes in Damascus this year."]
)
def test_a_hedged_number_of_strikes_alone_is_no_airstrike(detector: Detector, text: str) -> None:
    assert not [event for event in detector.tag(text, lang="en").events if event.category == "airstrike"]


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        # العام and اليوم before a number are no date heads ("الأمن العام" is an authority; "اليوم" is today)
        ("اعتقل الأمن العام 6 أشخاص في المدينة.", "arrest", 6),
        ("سقطت مساء اليوم أربع قذائف هاون على حي سكني.", "shelling", 4),
        # count nouns: others, "of them", a nationality
        ("اعتقلت الدورية ستة آخرين بعد مطاردة في الوادي.", "arrest", 6),
        ("حاصرت الشرطة المطلوبين في مزرعة واعتقلت ثلاثة منهم.", "arrest", 3),
        ("داهم الجيش مخيماً للاجئين واعتقل 9 فلسطينيين بينهم طالب.", "arrest", 9),
        # the arrested come after a long subject (Lebanese usage)
        ("أوقف عناصر حاجز للأمن الداخلي عند مدخل المدينة ثلاثة أشخاص مطلوبين.", "arrest", 3),
    ],
)
def test_arabic_counts_after_authorities_and_today(detector: Detector, text: str, category: str, count: int) -> None:
    assert count_of(detector, text, "ar", category) == (count, False)


def test_a_day_number_after_yawm_is_still_a_date(detector: Detector) -> None:
    assert count_of(detector, "شنت الطائرات في يوم 5 غارات على القرية", "ar") == (None, False)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("تعرضت المدينة فجراً لهجوم واسع بـ40 مسيرة انتحارية، وفق الدفاع المدني.", 40),
        ("تعرّضت محطة الكهرباء لهجوم ليلي بـ7 مسيرات.", 7),
    ],
)
def test_a_number_and_an_adjective_between_attack_and_drones(detector: Detector, text: str, count: int) -> None:
    assert count_of(detector, text, "ar") == (count, False)


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        # an adjective of the arrested, a missile's model, an accomplice as the count noun
        ("Police said 6 young men were detained at a checkpoint outside the port city.", "arrest", 6),
        ("Five young women detained at a roadblock were released hours later, their families said.", "arrest", 5),
        ("Moscow fired three Kalibr cruise missiles at the port of Odesa on Sunday.", "shelling", 3),
        ("Special forces killed the cell's leader and captured four of his aides.", "arrest", 4),
        # the launch verb before the drones counts them
        ("The militia launched 9 drones at a fuel depot in the city overnight.", "airstrike", 9),
    ],
)
def test_english_counts_past_adjectives_and_models(detector: Detector, text: str, category: str, count: int) -> None:
    assert count_of(detector, text, "en", category) == (count, False)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        # a number right after the arrest term is its count, with no count noun
        ("ar", "أسفرت الحملة عن اعتقال 4 في البلدة.", 4),
        ("ar", "واعتُقل ثلاثة عشر في أحياء المدينة خلال المداهمات.", 13),
        # times and durations are no counts
        ("ar", "اعتقل 3 مرات خلال حياته.", None),
        ("en", "The activist was detained 40 days ago in the capital.", None),
    ],
)
def test_a_number_right_after_the_arrest_term(detector: Detector, lang: str, text: str, count: int | None) -> None:
    assert count_of(detector, text, lang, "arrest")[0] == count


def test_demonstrations_are_counted_by_where_they_were_held(detector: Detector) -> None:
    assert count_of(detector, "Protests spread to 9 provinces by Sunday evening.", "en", "protest") == (9, False)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a partitive names the arrested: "N of the ..."
        ("اعتقلت القوات خلال المداهمة سبعة من عناصر الخلية.", 7),
        ("داهمت الشرطة المقهى واعتقلت اثنين من روّاده.", 2),
        # a distance before "من" is no count
        ("اعتقلت قوات الأمن في البلدة الواقعة على بعد 3 كم من الحدود شاباً.", None),
    ],
)
def test_arabic_partitive_arrest_counts(detector: Detector, text: str, count: int | None) -> None:
    assert count_of(detector, text, "ar", "arrest")[0] == count


@pytest.mark.parametrize(
    ("lang", "text", "category", "count"),
    [
        # four digits below 1900 are a quantity, not a year that makes the report history
        ("ar", "شن الطيران 1500 غارة على المحافظة منذ مطلع الشهر.", "airstrike", 1500),
        ("ar", "أعلنت الوزارة توقيف 1133 شخصاً منذ بدء الاحتجاجات.", "arrest", 1133),
        ("en", "Police detained 1200 people during the week of protests.", "arrest", 1200),
    ],
)
def test_four_digit_counts_below_1900_are_no_years(detector: Detector, lang: str, text: str, category: str, count: int) -> None:
    assert count_of(detector, text, lang, category)[0] == count


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # duals whose plural is another word mean two on their own
        ("أطلق الحوثيون صاروخين باليستيين على ميناء إيلات.", "shelling"),
        ("نصب المسلحون كمينين لقوات الجيش على الطريق.", "armed_clash"),
        ("سُمع دوي انفجارين في المدينة بعد منتصف الليل.", "explosion"),
    ],
)
def test_arabic_duals_of_event_terms(detector: Detector, text: str, category: str) -> None:
    assert count_of(detector, text, "ar", category) == (2, False)


def test_a_masculine_plural_participle_is_no_dual(detector: Detector) -> None:
    assert count_of(detector, "خرج متظاهرين إلى الشارع الرئيسي.", "ar", "protest") == (None, False)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # dismantling a cell or a network arrests its members, counted by its size
        ("تمكنت قوى الأمن من تفكيك خلية مؤلفة من خمسة أشخاص في المدينة.", 5),
        ("فككت الشرطة شبكة لتهريب البشر تضم سبعة أشخاص.", 7),
    ],
)
def test_arabic_a_dismantled_cell_is_an_arrest_of_its_members(detector: Detector, text: str, count: int) -> None:
    assert count_of(detector, text, "ar", "arrest") == (count, False)


@pytest.mark.parametrize("text", ["فككت فرق الهندسة عبوة ناسفة.", "فكك العمال شبكة المياه القديمة."])
def test_arabic_dismantling_a_device_or_a_water_network_is_no_arrest(detector: Detector, text: str) -> None:
    assert all(event.category != "arrest" for event in detector.tag(text, lang="ar").events)


@pytest.mark.parametrize(
    ("text", "count", "approx"),
    [
        # a number word joined by و to ten is a range's upper bound, not a compound teen ("خمسة عشر" has no و)
        ("نفذت المسيرات ما بين ثماني وعشر ضربات على قرى في إدلب.", 10, True),
        ("شنت الطائرات ما بين خمس وعشر غارات على إدلب.", 10, True),
        ("شنت الطائرات خمس عشرة غارة على إدلب.", 15, False),
    ],
)
def test_arabic_a_unit_joined_to_ten_is_a_range(detector: Detector, text: str, count: int, approx: bool) -> None:
    assert count_of(detector, text, "ar") == (count, approx)


@pytest.mark.parametrize(
    ("text", "count", "approx"),
    [
        # the aircraft word of a drone term stands between the number and the term
        ("أطلقت قوات الدعم السريع نحو 20 طائرة مسيّرة انتحارية باتجاه مدينة كوستي.", 20, True),
        ("استهدفت 5 طائرات مسيرة مواقع في إدلب.", 5, False),
        # warplanes are not their raids: "4 طائرات حربية" counts the aircraft
        ("شنت 4 طائرات حربية غارات على إدلب.", None, False),
    ],
)
def test_arabic_a_drone_counted_with_its_aircraft_word(detector: Detector, text: str, count: int | None, approx: bool) -> None:
    assert count_of(detector, text, "ar") == (count, approx)


@pytest.mark.parametrize(
    ("lang", "text", "category", "count", "approx"),
    [
        # a running total: "the number of <term> ... rose to N", the number after a link word later in the clause
        ("en", "The civil defence now says the number of air strikes on Gaza since midnight has risen to 31.", "airstrike", 31, False),
        ("en", "The total number of protests in Tunisia reached more than 40 on Friday.", "protest", 40, False),
        ("en", "Police arrested 5 people in Tunis. The number of arrests since Monday has risen to about 30.", "arrest", 30, True),
        ("ar", "ارتفع عدد الغارات على خان يونس ورفح منذ منتصف الليل إلى 19، وفق الدفاع المدني.", "airstrike", 19, False),
        ("ar", "بلغ عدد الغارات على إدلب 40 غارة.", "airstrike", 40, False),
    ],
)
def test_a_running_total_counts_after_its_link_word(
    detector: Detector, lang: str, text: str, category: str, count: int, approx: bool
) -> None:
    assert count_of(detector, text, lang, category) == (count, approx)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a participle clause after counted strikes counts their munitions, not strikes
        ("Russian forces carried out 72 air strikes on Ukraine on Tuesday, dropping 130 guided bombs.", 72),
        ("Russian forces carried out 72 air strikes on Ukraine, using 130 guided bombs.", 72),
        # with no counted strike before it, the munitions are the attack's count
        ("Russian jets dropped 130 guided bombs on Ukraine.", 130),
        ("Russian forces attacked Ukraine overnight, launching 62 drones.", 62),
    ],
)
def test_munitions_of_counted_strikes_are_not_their_count(detector: Detector, text: str, count: int) -> None:
    assert count_of(detector, text, "en") == (count, False)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        # a tally's next item after a pause ("، و11 انفجاراً", ", and 11 explosions") shares its clause's date: last
        # month's figures are background beside today's three blasts
        ("ar", "هزت ثلاثة انفجارات مدينة درعا اليوم. ويوثّق التجمع عشرات عمليات الاغتيال والتفجير في المحافظة، إذ سجّل الشهر الماضي "
         "38 عملية اغتيال، و11 انفجاراً.", 3),
        ("en", "Three bombs exploded in Daraa today. The group, which tracks attacks, recorded 38 assassinations last month, and "
         "11 explosions.", 3),
        # an item that names a day of its own is its own clause
        ("ar", "هزت ثلاثة انفجارات مدينة درعا اليوم. وسجل التجمع عام 2019 مقتل 5 أشخاص، و11 انفجاراً اليوم.", 11),
    ],
)
def test_a_tally_items_date_is_its_clauses(detector: Detector, lang: str, text: str, count: int) -> None:
    assert count_of(detector, text, lang, "explosion") == (count, False)


def test_an_item_with_a_day_of_its_own_after_a_dated_clause_is_news(detector: Detector) -> None:
    text = "Police arrested 4 people in Tunis in 2019, and 9 protests took place in Tunisia today."
    assert count_of(detector, text, "en", "protest") == (9, False)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a drone as the subject of its strike's verb, its dual counting two
        ("وأضاف أن مسيّرتين أصابتا مبنى إدارياً في بلدة شيبيكينو في روسيا، من دون وقوع إصابات.", 2),
        ("وقال إن مسيّرة قصفت منزلاً في بلدة سرمدا في إدلب.", None),
    ],
)
def test_arabic_a_drone_before_its_strike_verb(detector: Detector, text: str, count: int | None) -> None:
    assert count_of(detector, text, "ar") == (count, False)


def test_arabic_a_march_aimed_at_something_is_no_drone(detector: Detector) -> None:
    text = "وخرجت مسيرة استهدفت تسليط الضوء على معاناة الأسرى في رام الله."
    assert all(event.category != "airstrike" for event in detector.tag(text, lang="ar").events)
