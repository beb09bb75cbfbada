"""Stop 22's count leftovers (counts22's misses): a rising total of detainees, drones launched beside those shot down,
bare "raids" of warplanes, and a grenade thrown beside one that exploded."""

from __future__ import annotations

import pytest

from streams.detection import Detector


def counts(detector: Detector, text: str, lang: str, category: str) -> list[int | None]:
    return [event.count for event in detector.tag(text, lang=lang).events if event.category == category]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        # a running total of detainees that rises counts arrests
        ("ar", "في المقابل، قال ناشطون محليون إن عدد المعتقلين تجاوز الخمسين، وإن بينهم طلاباً وعمالاً.", 50),
        ("ar", "وقال نادي الأسير إن عدد المعتقلين منذ صباح اليوم ارتفع إلى 23.", 23),
        ("ar", "وارتفع عدد المعتقلين في الضفة منذ فجر اليوم إلى 23 مواطناً.", 23),
        ("en", "Activists said the number of detainees had exceeded 50, including students and workers.", 50),
        ("en", "The number of detainees rose to 50 since the start of the crackdown, the group said.", 50),
    ],
)
def test_a_rising_total_of_detainees_counts_arrests(detector: Detector, lang: str, text: str, count: int) -> None:
    assert counts(detector, text, lang, "arrest") == [count]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a stock held in prisons, former or released detainees, administrative detention, a total not given: no arrest
        ("ar", "وبلغ عدد المعتقلين في سجون الاحتلال 9500 معتقل، بحسب نادي الأسير في يوم الأسير."),
        ("ar", "وقالت هيئة شؤون الأسرى في يوم الأسير إن عدد الأسرى والمعتقلين في سجون الاحتلال بلغ 9500."),
        ("ar", "وقال إن عدد المعتقلين السابقين الذين أفرج عنهم تجاوز الخمسين."),
        ("ar", "وبلغ عدد المعتقلين الإداريين 3400."),
        ("ar", "وقال معتقلون سابقون إنهم تعرضوا للتعذيب."),
        ("ar", "وطالبت المنظمة بالكشف عن عدد المعتقلين في السجون."),
        ("ar", "ولم يعرف عدد المعتقلين حتى الآن."),
        ("en", "The number of detainees in Israeli prisons reached 9,500, the prisoners' society said on Prisoners' Day."),
        ("en", "The number of former detainees who testified rose to 50."),
        ("en", "The number of detainees released rose to 50."),
        ("en", "Former detainees said they had been beaten in custody."),
        ("en", "The number of administrative detainees reached 3,400."),
        ("en", "The number of detainees remains unknown."),
    ],
)
def test_detainees_held_before_or_released_are_no_arrest(detector: Detector, lang: str, text: str) -> None:
    assert counts(detector, text, lang, "arrest") == []


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        # the devices that went off, not those thrown or planted
        ("en", "He said two grenades had been thrown at the market but only one exploded.", 1),
        ("en", "A grenade attack: two grenades were thrown, one exploded, wounding three people.", 1),
        ("en", "Attackers threw two grenades at the police station; one exploded.", 1),
        ("en", "Two bombs were planted near the post; one exploded and the other was defused.", 1),
        # near misses: nothing said of the ones that went off, the count stays
        ("en", "Attackers threw two grenades at the police station, wounding four officers.", 2),
        ("en", "Two grenades exploded in the market, wounding 12 people.", 2),
        ("en", "Attackers hurled three grenades at a police post in Srinagar on Sunday.", 3),
        ("ar", "ألقى مسلحون قنبلتين على مركز للشرطة، ما أدى إلى إصابة عنصرين.", 2),
        ("ar", "ألقى مجهولون قنبلة يدوية على منزل في المدينة.", None),
    ],
)
def test_an_explosions_count_is_of_the_devices_that_went_off(detector: Detector, lang: str, text: str, count: int | None) -> None:
    assert counts(detector, text, lang, "explosion") == [count]


@pytest.mark.parametrize(
    ("text", "airstrike"),
    [
        # the bombs an air raid dropped are its munitions, no explosion of their own
        ("شن الطيران الحربي غارات على المدينة، ألقى خلالها 30 قنبلة.", [None]),
        ("شن الطيران الحربي 12 غارة على المدينة، ألقى خلالها 30 قنبلة.", [12]),
        ("ألقت الطائرات الحربية 30 قنبلة على المدينة.", []),
    ],
)
def test_arabic_bombs_dropped_in_a_raid_are_no_explosion(detector: Detector, text: str, airstrike: list[int | None]) -> None:
    assert counts(detector, text, "ar", "explosion") == []
    assert counts(detector, text, "ar", "airstrike") == airstrike


@pytest.mark.parametrize(
    "text",
    [
        "Two of the tyres exploded on the highway near the bridge.",
        "Police said one of the tyres exploded, and the bus overturned.",
    ],
)
def test_a_number_that_exploded_needs_a_device_in_its_sentence(detector: Detector, text: str) -> None:
    assert counts(detector, text, "en", "explosion") == []


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        # a share of the drones downed: the attack's size is the number launched
        ("en", "Ukraine's forces shot down 27 of 41 drones launched by Russia overnight across the south, the Southern Defence "
         "Forces said.", 41),
        ("en", "Air defences shot down 27 of 41 drones.", 41),
        # (was a negative of test_horizon_en_classes, for its air force; 9 of the 40 got through, as "most of the 40 drones")
        ("en", "Ukraine's air force said it had shot down 31 of the 40 drones launched overnight.", 40),
        ("en", "Russia launched 41 drones at Ukraine overnight, and air defences shot down 27.", 41),
        ("ar", "وقال سلاح الجو الأوكراني إنه أسقط 27 من أصل 41 مسيرة أطلقتها روسيا ليلاً.", 41),
        ("ar", "أطلقت روسيا 41 مسيرة على أوكرانيا ليلاً.", 41),
    ],
)
def test_drones_partly_downed_count_those_launched(detector: Detector, lang: str, text: str, count: int) -> None:
    assert counts(detector, text, lang, "airstrike") == [count]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # all of them downed is no strike; marches are no drones
        ("en", "Air defences shot down all 41 drones launched by Russia overnight."),
        ("en", "Air defences shot down 27 drones over the region."),
        ("ar", "أسقطت الدفاعات الجوية 20 طائرة مسيرة خلال الليل."),
        ("ar", "وقال سلاح الجو إنه أسقط جميع المسيرات الـ41 التي أطلقتها روسيا."),
        ("ar", "خرجت 3 مسيرات من أصل 5 في المدينة."),
    ],
)
def test_drones_all_downed_are_no_strike(detector: Detector, lang: str, text: str) -> None:
    assert counts(detector, text, lang, "airstrike") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # counted raids in a sentence of warplanes are air raids, however far the aircraft
        ("Warplanes carried out a series of strikes on Houthi-held areas of Yemen's Hodeidah province overnight, the group's "
         "al-Masirah television said on Wednesday, reporting 10 to 15 raids on the port city and the nearby district of al-Salif.", 15),
        ("Israeli jets carried out 10 to 15 raids on southern Lebanon on Tuesday.", 15),
    ],
)
def test_counted_raids_in_a_sentence_of_warplanes_are_airstrikes(detector: Detector, text: str, count: int) -> None:
    assert counts(detector, text, "en", "airstrike") == [count]


@pytest.mark.parametrize(
    "text",
    [
        # police or security forces' raids, raids on homes: no air strike
        "Police carried out 10 to 15 raids on homes in the city.",
        "Warplanes flew over the city as security forces conducted 12 raids in the old quarter.",
        "Police carried out 12 raids in the city, officials said.",
    ],
)
def test_ground_raids_stay_no_airstrike(detector: Detector, text: str) -> None:
    assert counts(detector, text, "en", "airstrike") == []


def test_arabic_counted_raids_of_the_air_force_keep_their_count(detector: Detector) -> None:
    assert counts(detector, "شن الطيران الحربي ما بين عشر وخمس عشرة غارة على المدينة.", "ar", "airstrike") == [15]
