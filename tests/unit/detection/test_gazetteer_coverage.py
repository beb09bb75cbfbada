"""The shipped gazetteer's coverage beyond the Levant: Libya's districts, Egypt's governorates and
North Sinai, the Sahel, the Horn of Africa, Nigeria, the Maghreb, Karabakh, Iran, Afghanistan,
Pakistan (in its provinces), Israel, Gaza and the West Bank, and more towns of Syria, Iraq, Lebanon, Yemen and Sudan.

Each case is a short invented sentence naming one place with an event: the event must be placed in
the place's region (or only its country, where the gazetteer gives that country no regions). The
last cases check that names which are also common words, or another place's name, stay no place.
"""

from __future__ import annotations

import pytest

from config.gazetteer import load_gazetteer
from config.settings import DEFAULTS_DIR
from streams.detection import Detector
from tests.unit.test_gazetteer_data import norm

SHIPPED = DEFAULTS_DIR / "gazetteer.yaml"


def located(detector: Detector, text: str, lang: str, category: str) -> set[tuple[str | None, str | None]]:
    return {(event.region, event.country) for event in detector.tag(text, lang=lang).events if event.category == category}


def test_the_gazetteer_loads_with_the_added_countries_and_regions() -> None:
    gazetteer = load_gazetteer(SHIPPED)
    countries = {country.id for country in gazetteer.countries}
    assert {"SO", "ET", "SS", "TD", "NE", "BF", "NG", "TN", "DZ", "MA", "AZ", "AM"} <= countries
    regions_per_country: dict[str, int] = {}
    for region in gazetteer.regions:
        regions_per_country[region.country] = regions_per_country.get(region.country, 0) + 1
    assert regions_per_country["LY"] == 22 and regions_per_country["EG"] == 27 and regions_per_country["SO"] == 18
    assert regions_per_country["SS"] == 10
    # speed: the names are compiled into one automaton; the file stays a gazetteer, not a dump
    assert 2000 <= len(gazetteer.places) <= 4000


@pytest.mark.parametrize(
    ("lang", "text", "category", "region", "country"),
    [
        # Libya
        ("ar", "اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في مدينة مصراتة مساء الأحد.", "armed_clash", "Misrata District", "Libya"),
        ("ar", "قصفت طائرة مسيرة مواقع في محيط مدينة غريان صباح اليوم.", "airstrike", "Jabal al-Gharbi District", "Libya"),
        ("ar", "اعتقلت الأجهزة الأمنية خمسة أشخاص في مدينة درنة.", "arrest", "Derna District", "Libya"),
        ("ar", "انسحبت قوات من تمركزاتها قرب مدينة سرت فجر الثلاثاء.", "withdrawal", "Sirte District", "Libya"),
        ("en", "Armed groups clashed in Tajoura overnight, residents said.", "armed_clash", "Tripoli District", "Libya"),
        ("en", "Hundreds of people protested in Benghazi on Friday over power cuts.", "protest", "Benghazi District", "Libya"),
        ("en", "A drone struck a military airbase near Sabha late on Tuesday.", "airstrike", "Sabha District", "Libya"),
        ("en", "Clashes broke out between militias near Zintan after a checkpoint dispute.", "armed_clash", "Jabal al-Gharbi District", "Libya"),
        # Egypt, North Sinai
        ("ar", "انفجرت عبوة ناسفة بمدرعة للجيش جنوب مدينة الشيخ زويد.", "explosion", "North Sinai", "Egypt"),
        ("ar", "شنت القوات حملة أمنية واسعة في بئر العبد.", "military_operation", "North Sinai", "Egypt"),
        ("en", "Security forces arrested four suspects in Arish on Sunday.", "arrest", "North Sinai", "Egypt"),
        ("en", "Workers staged a protest in Mahalla al-Kubra over unpaid wages.", "protest", "Gharbia", "Egypt"),
        # Somalia, Ethiopia, South Sudan, the Sahel, Nigeria
        ("ar", "انفجرت سيارة مفخخة قرب نقطة تفتيش في مقديشو.", "explosion", "Banadir", "Somalia"),
        ("ar", "شنت طائرات أمريكية غارة جوية على مواقع لحركة الشباب قرب كسمايو.", "airstrike", "Lower Juba", "Somalia"),
        ("en", "Al-Shabaab fighters attacked a base near Beledweyne on Monday.", "armed_clash", "Hiran", "Somalia"),
        ("en", "Fighting broke out between militias and federal troops near Gondar.", "armed_clash", "Amhara", "Ethiopia"),
        ("en", "Government troops withdrew from Nasir county after heavy fighting.", "withdrawal", "Upper Nile", "South Sudan"),
        ("ar", "اندلعت اشتباكات بين الجيش ومسلحين قرب مدينة ديفا في جنوب شرق البلاد.", "armed_clash", "Diffa", "Niger"),
        ("en", "Jihadists ambushed a convoy near Djibo in northern Burkina Faso.", "armed_clash", "Sahel Region", "Burkina Faso"),
        ("ar", "اعتقلت الشرطة عشرين شخصاً في مايدوغوري.", "arrest", "Borno", "Nigeria"),
        ("en", "Gunmen attacked a village near Gwoza, killing several farmers.", "armed_clash", "Borno", "Nigeria"),
        ("en", "Refugees protested in Adre over cuts to food rations.", "protest", "Ouaddai", "Chad"),
        # the Maghreb and the Caucasus
        ("ar", "تظاهر المئات في مدينة صفاقس احتجاجاً على البطالة.", "protest", "Sfax", "Tunisia"),
        ("en", "Police arrested dozens of protesters in Tunis on Saturday.", "arrest", "Tunis", "Tunisia"),
        ("en", "Azerbaijani artillery shelled positions near Stepanakert.", "shelling", "Karabakh", "Azerbaijan"),
        # Palestine: Gaza's governorates, West Bank villages
        ("ar", "شنت طائرات الاحتلال غارات على منطقة الصفطاوي شمال غزة.", "airstrike", "Gaza Strip", "Palestine"),
        ("ar", "اقتحمت قوات الاحتلال بلدة بيت فوريك واعتقلت ثلاثة شبان.", "arrest", "West Bank", "Palestine"),
        ("en", "Israeli troops raided Qusra and detained two men at dawn.", "arrest", "West Bank", "Palestine"),
        ("en", "Israeli strikes hit tents in Khan Younis governorate overnight.", "airstrike", "Gaza Strip", "Palestine"),
        # Syria, Iraq, Lebanon, Yemen, Sudan: towns and neighbourhoods that were missing
        ("ar", "انفجرت عبوة ناسفة بسيارة في حي الشعار بمدينة حلب.", "explosion", "Aleppo", "Syria"),
        ("ar", "اعتقلت قوى الأمن شخصين في حي القصاع.", "arrest", "Damascus", "Syria"),
        ("en", "A roadside bomb went off near Khan Tuman on Wednesday.", "explosion", "Aleppo", "Syria"),
        # Kurdish names of Syrian towns
        ("en", "Turkish drones struck a car on the road outside Til Temir.", "airstrike", "Hasakah", "Syria"),
        ("ar", "اندلعت اشتباكات في محيط بلدة المعبدة شرقي القامشلي.", "armed_clash", "Hasakah", "Syria"),
        ("en", "Protesters gathered in Marjeh Square on Thursday evening.", "protest", "Damascus", "Syria"),
        ("ar", "نفذت القوات العراقية عملية تفتيش في ناحية العظيم.", "military_operation", "Diyala", "Iraq"),
        ("en", "A Turkish drone struck a vehicle in Sidakan's Bradost area.", "airstrike", "Erbil", "Iraq"),
        ("en", "An explosion hit a market in Al-Madain district south of the capital.", "explosion", "Baghdad", "Iraq"),
        ("ar", "غارة إسرائيلية استهدفت دراجة نارية في بلدة جبشيت.", "airstrike", "Nabatieh", "Lebanon"),
        ("en", "An Israeli drone strike hit a car in Burj Rahal on Sunday.", "airstrike", "South Lebanon", "Lebanon"),
        ("ar", "اندلعت مواجهات عنيفة في جبهة مديرية حيس والحوبان.", "armed_clash", "Taiz", "Yemen"),
        ("en", "US warplanes struck targets in Bani Hushaysh east of the capital.", "airstrike", "Sanaa Governorate", "Yemen"),
        ("ar", "قصفت قوات الدعم السريع معسكر كلمة للنازحين.", "shelling", "South Darfur", "Sudan"),
        ("en", "The army's drones struck RSF positions near Al-Dibeibat.", "airstrike", "South Kordofan", "Sudan"),
        # Pakistan's places are in its provinces since stop 25
        ("en", "Militants attacked a police post in Miranshah overnight.", "armed_clash", "Khyber Pakhtunkhwa", "Pakistan"),
    ],
)
def test_a_place_added_to_the_gazetteer_locates_its_event(
    detector: Detector, lang: str, text: str, category: str, region: str, country: str
) -> None:
    assert (region, country) in located(detector, text, lang, category)


@pytest.mark.parametrize(
    ("lang", "text", "category", "country"),
    [
        # countries whose places have no region in this gazetteer
        ("ar", "اعتقلت السلطات عشرات المحتجين في مدينة زاهدان ومحافظة سيستان وبلوشستان.", "arrest", "Iran"),
        ("en", "A suicide bomber struck a market in Lashkar Gah on Friday.", "explosion", "Afghanistan"),
        ("ar", "سقطت صواريخ أطلقت من لبنان على مستوطنة كفار يونا.", "shelling", "Israel"),
    ],
)
def test_a_place_of_a_country_without_regions_has_its_country(
    detector: Detector, lang: str, text: str, category: str, country: str
) -> None:
    assert (None, country) in located(detector, text, lang, category)


@pytest.mark.parametrize(
    ("lang", "text", "category", "absent"),
    [
        # common words that are also names of added places: "المصدر" (the source), "الحدث" (the event),
        # "وانا" ('and I'), "أنصار" (supporters), "الدورة" (the session), "سرت" (took effect)
        ("ar", "وقال المصدر إن عبوة ناسفة انفجرت قرب دورية في ريف درعا.", "explosion", "Palestine"),
        ("ar", "وتابع موقع الحدث أن انفجاراً وقع في مدينة حمص.", "explosion", "Lebanon"),
        ("ar", "وانا أرى أن الاشتباكات في دير الزور ستتوسع، قال أحد السكان.", "armed_clash", "Pakistan"),
        ("ar", "اعتقلت قوات الأمن عدداً من أنصار الفصيل في حماة.", "arrest", "Lebanon"),
        ("ar", "تظاهر المئات في السويداء خلال انعقاد الدورة الجديدة للمجلس.", "protest", "Iraq"),
        ("ar", "قصف مدفعي على ريف إدلب بعد ساعات من سرت الهدنة.", "shelling", "Libya"),
        # a clitic and a word that spell a town: "والأم" ('and the mother') is not Ouallam, "وجدة"
        # ('and Jeddah') not Oujda; accusatives "برجاً" ('a tower') and "سرباً" ('a flight') are not
        # Barja or Sirba; "براك" is an envoy's name, not Brak
        ("ar", "أصيب الأب والأم بجروح في قصف مدفعي استهدف بلدة في ريف حماة.", "shelling", "Niger"),
        ("ar", "تظاهر العشرات في الرياض وجدة احتجاجاً على رفع الأسعار.", "protest", "Morocco"),
        ("ar", "دمرت غارة إسرائيلية برجاً سكنياً في مدينة غزة.", "airstrike", "Lebanon"),
        ("ar", "رصد الأهالي سرباً من الطائرات الحربية يشن غارات على ريف حلب.", "airstrike", "Sudan"),
        ("ar", "التقى المبعوث توم براك بمسؤولين بعد غارات على ريف السويداء.", "airstrike", "Libya"),
        # Tripoli alone is Lebanon's; Tahrir Square alone is not Cairo; Ansar Allah is no village
        ("en", "Clashes erupted in Tripoli's Bab al-Tabbaneh overnight.", "armed_clash", "Libya"),
        ("en", "Protesters filled Tahrir Square in Baghdad on Friday.", "protest", "Egypt"),
        ("en", "Ansar Allah said its forces shelled positions in Marib.", "shelling", "Lebanon"),
    ],
)
def test_common_words_and_shared_names_are_no_added_place(
    detector: Detector, lang: str, text: str, category: str, absent: str
) -> None:
    events = [event for event in detector.tag(text, lang=lang).events if event.category == category]
    assert events
    for event in events:
        assert event.country != absent, (event.places, event.country)


def test_no_added_name_is_a_bare_common_word() -> None:
    """Names that are everyday Arabic words appear in the gazetteer only with a place cue inside
    them ("بلدة الحدث"), never bare: a cue in the sentence before would otherwise make "قال المصدر"
    a village."""
    gazetteer = load_gazetteer(SHIPPED)
    bare = {norm(name) for name in ("المصدر", "الحدث", "وانا", "أنصار", "العبر", "القطن", "الملتقى", "الجراف", "يافع", "التربة")}
    names = {norm(name) for entry in (*gazetteer.countries, *gazetteer.regions, *gazetteer.places) for name in entry.names.ar}
    assert not bare & names
