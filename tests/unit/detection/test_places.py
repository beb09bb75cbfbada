"""Places and regions: clitics, descriptors, ambiguity, nearest place, enumerations, main place,
destinations. Uses the small test gazetteer (tests/unit/detection/fixtures/gazetteer.yaml)."""

from __future__ import annotations

import pytest

from streams.detection import Detector


def regions(detector: Detector, text: str, lang: str, category: str, title: str = "") -> set[str | None]:
    return {event.region for event in detector.tag(text, title=title, lang=lang).events if event.category == category}


@pytest.mark.parametrize(
    "text",
    [
        "غارة جوية على ريف حمص الشرقي",
        "غارة جوية بريف حمص",
        "غارة جوية على بادية حمص الشرقية",
        "غارة جوية على مدينة تدمر",
        "غارة جوية على تدمر وسط البلاد",
        "غارة جوية استهدفت موقعاً قرب السخنة",
        "غارات جوية استهدفت بادية حمص",
        "غارة جوية استهدفت محيط مدينة حمص",
    ],
)
def test_arabic_places_with_clitics_and_descriptors(small_detector: Detector, text: str) -> None:
    assert regions(small_detector, text, "ar", "airstrike") == {"Homs"}


@pytest.mark.parametrize(
    "text",
    [
        "An airstrike hit the eastern Homs countryside.",
        "An airstrike hit Palmyra on Monday.",
        "Airstrikes hit the outskirts of Sukhnah in Homs province.",
    ],
)
def test_english_places(small_detector: Detector, text: str) -> None:
    assert regions(small_detector, text, "en", "airstrike") == {"Homs"}


def test_multiword_and_apostrophe_variants(small_detector: Detector) -> None:
    assert regions(small_detector, "An airstrike hit Ma’arrat al-Nu’man.", "en", "airstrike") == {"Idlib"}
    assert regions(small_detector, "An airstrike hit Deir al Zour.", "en", "airstrike") == {"Deir ez-Zor"}
    assert regions(small_detector, "غارة جوية على ريف دمشق", "ar", "airstrike") == {"Rif Dimashq"}
    assert regions(small_detector, "غارة جوية على للرقة", "ar", "airstrike") == {"Raqqa"}


def test_ambiguous_place_only_after_a_cue(small_detector: Detector) -> None:
    assert regions(small_detector, "غارة جوية على مدينة الباب", "ar", "airstrike") == {"Aleppo"}
    assert None in regions(small_detector, "غارة جوية قرب الباب الرئيسي للمبنى", "ar", "airstrike")


def test_nearest_place_in_the_sentence(small_detector: Detector) -> None:
    text = "In Idlib, Russian airstrikes killed five people, while shelling hit villages near Hama."
    assert regions(small_detector, text, "en", "airstrike") == {"Idlib"}
    assert regions(small_detector, text, "en", "shelling") == {"Hama"}


def test_one_mention_applies_to_every_region_it_enumerates(small_detector: Detector) -> None:
    text = ("نفذ الطيران أكثر من 55 غارة جوية، تركزت على بادية أثريا بمحافظة حماة وبادية الرصافة ومعدان "
            "بمحافظة الرقة بالإضافة لبادية حمص الشرقية.")
    events = [e for e in small_detector.tag(text, lang="ar").events if e.category == "airstrike"]
    assert {(event.region, event.count) for event in events} == {("Hama", 55), ("Raqqa", 55), ("Homs", 55)}


def test_main_place_when_the_sentence_has_none(small_detector: Detector) -> None:
    text = "تتواصل المعارك في محيط مدينة تدمر. وشن الطيران غارات عنيفة خلال الليل."
    assert regions(small_detector, text, "ar", "airstrike") == {"Homs"}
    assert regions(small_detector, "Airstrikes continued overnight.", "en", "airstrike", title="Fighting near Palmyra") == {"Homs"}


def test_country_name_as_actor_is_not_the_place(small_detector: Detector) -> None:
    events = small_detector.tag("روسيا تسحب جزءاً من قواتها من تدمر", lang="ar").events
    assert [(event.category, event.region, event.country) for event in events] == [("withdrawal", "Homs", "Syria")]
    events = small_detector.tag("Iraq: an airstrike hit a convoy in Iraq.", lang="en").events
    assert [(event.region, event.country) for event in events] == [(None, "Iraq")]


def test_withdrawal_destination_is_recorded_not_an_event(small_detector: Detector) -> None:
    text = "انسحبت القوات من تدمر باتجاه قاعدة حميميم بمحافظة اللاذقية."
    events = small_detector.tag(text, lang="ar").events
    assert [(e.category, e.region, e.destination, e.destination_region) for e in events] == [
        ("withdrawal", "Homs", "Hmeimim", "Latakia")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Warplanes struck Palmyra in central Syria."),
        ("en", "In Palmyra, central Syria, warplanes struck."),
        ("ar", "شن الطيران غارات على مدينة تدمر وسط سوريا."),
        ("ar", "في مدينة تدمر وسط سوريا شن الطيران غارات."),
    ],
)
def test_a_country_that_only_contains_the_place_is_no_second_event(small_detector: Detector, lang: str, text: str) -> None:
    events = [event for event in small_detector.tag(text, lang=lang).events if event.category == "airstrike"]
    assert [(event.region, event.place) for event in events] == [("Homs", "Palmyra")]


@pytest.mark.parametrize(
    "text", ["شهدت حماة والرقة اشتباكات عنيفة.", "شهدت محافظتا حماة والرقة اشتباكات عنيفة."]
)
def test_places_enumerated_right_before_the_mention_all_count(small_detector: Detector, text: str) -> None:
    assert regions(small_detector, text, "ar", "armed_clash") == {"Hama", "Raqqa"}


def test_a_place_far_before_the_mention_is_no_enumeration(small_detector: Detector) -> None:
    text = "قال مسؤول في حماة إن مصادر محلية في مدينة الرقة تحدثت عن اشتباكات عنيفة."
    assert regions(small_detector, text, "ar", "armed_clash") == {"Raqqa"}


@pytest.mark.parametrize(
    ("lang", "text", "category", "region"),
    [
        ("en", "Two rockets fired from Syria landed in the Turkish border town of Kilis.", "shelling", "Kilis"),
        ("ar", "شن الطيران الإسرائيلي عدوانا جويا من اتجاه شمال غرب لبنان مستهدفا نقاطا في محيط مدينة مصياف.", "airstrike", "Hama"),
        # a locative after the origin cue makes the place the target
        ("ar", "شن الطيران غارات من اتجاه البحر على جبلة.", "airstrike", "Latakia"),
        # a destination-like cue of shelling is its target
        ("ar", "قصف مدفعي باتجاه بلدة كفرنبل في ريف إدلب.", "shelling", "Idlib"),
    ],
)
def test_where_a_strike_came_from_is_not_where_it_happened(
    detector: Detector, lang: str, text: str, category: str, region: str
) -> None:
    assert regions(detector, text, lang, category) == {region}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Turkish drones struck a car in al-Bab.", "Al-Bab"),
        ("Turkish drones struck a car in Al-Bab.", "Al-Bab"),
        ("Turkish drones struck a car near al-bab market.", None),  # not a name: no capital after the article
    ],
)
def test_an_ambiguous_name_after_a_transliterated_article_needs_its_own_capital(
    detector: Detector, text: str, place: str | None
) -> None:
    events = [event for event in detector.tag(text, lang="en").events if event.category == "airstrike"]
    assert [event.place for event in events] == [place]


def test_a_region_right_after_an_ambiguous_name_picks_the_homonym_of_that_region(detector: Detector) -> None:
    # the gazetteer's الحميدية is in Tartus; this one is qualified as Quneitra's
    text = "انسحبت القوات الإسرائيلية من قرية الحميدية بريف القنيطرة بعد توغل استمر ساعات."
    assert regions(detector, text, "ar", "withdrawal") == {"Quneitra"}


def test_a_bare_incursion_verb_needs_forces_nearby(detector: Detector) -> None:
    assert not detector.tag("توغل المتسوقون في السوق المزدحم وسط مدينة حمص.", lang="ar").events
    assert regions(detector, "توغلت دبابات إسرائيلية في قرية جملة بريف درعا الغربي.", "ar", "military_operation") == {"Daraa"}


def test_a_domestic_authority_places_an_article_that_names_no_place(small_detector: Detector) -> None:
    events = small_detector.tag("Iraqi police arrested 12 people on Monday, the interior ministry said.", lang="en").events
    assert [(event.category, event.region, event.country, event.place) for event in events] == [("arrest", None, "Iraq", None)]
    assert small_detector.tag("الشرطة العراقية اعتقلت 12 شخصا يوم الاثنين.", lang="ar").events[0].country == "Iraq"


def test_a_named_place_wins_over_a_domestic_authority(small_detector: Detector) -> None:
    events = small_detector.tag("Iraqi police arrested 12 people in Raqqa on Monday.", lang="en").events
    assert [(event.category, event.region) for event in events] == [("arrest", "Raqqa")]


@pytest.mark.parametrize(
    ("lang", "text", "category", "region"),
    [
        # a cue before an ambiguous name ("مدينة الطبقة"); a camp that is its own place
        ("ar", "تظاهر العشرات في مدينة الطبقة احتجاجاً على انقطاع المياه.", "protest", "Raqqa"),
        ("ar", "اعتقلت القوات الإسرائيلية خمسة شبان خلال اقتحام مخيم جنين.", "arrest", "West Bank"),
        # places often in the news that were missing
        ("ar", "سقطت قذائف على قرية أم الكيف في ريف ناحية زركان.", "shelling", "Hasakah"),
        ("ar", "اندلعت اشتباكات في محلة باب التبانة شمالي طرابلس.", "armed_clash", "North Lebanon"),
        ("ar", "تظاهر المئات في حي الحاضر بمدينة حماة.", "protest", "Hama"),
        ("en", "A drone struck a car near Chamchamal on Friday.", "airstrike", "Sulaymaniyah"),
        ("en", "Protesters rallied outside the governorate building in Sulaimani demanding salaries.", "protest", "Sulaymaniyah"),
        ("en", "Israeli drones struck a motorcycle in Aitaroun on Monday.", "airstrike", "Nabatieh"),
        ("en", "Clashes erupted between troops and PKK militants in Hakkari province.", "armed_clash", "Hakkari"),
        # a longer gazetteer name wins: وادي حوران is in Anbar, حوران alone in Daraa
        ("ar", "نفذت القوات العراقية عملية أمنية في وادي حوران غربي الأنبار.", "military_operation", "Anbar"),
    ],
)
def test_added_places_and_forms(detector: Detector, lang: str, text: str, category: str, region: str) -> None:
    assert regions(detector, text, lang, category) == {region}


def test_an_israeli_town_has_its_country(detector: Detector) -> None:
    events = detector.tag("A rocket landed in an open area near Bat Yam, police said.", lang="en").events
    assert [(event.category, event.country) for event in events] == [("shelling", "Israel")]


def test_an_ambiguous_name_that_starts_with_a_place_cue_needs_no_other(small_detector: Detector) -> None:
    # the longest hit is the gazetteer's "مدينة الطبقة": the cue is inside it, not before it
    assert regions(small_detector, "غارة جوية على مدينة الطبقة", "ar", "airstrike") == {"Raqqa"}
    assert regions(small_detector, "غارة جوية على الطبقة الثانية من المبنى", "ar", "airstrike") == {None}


@pytest.mark.parametrize(
    ("lang", "text", "category", "region"),
    [
        ("en", "Security forces arrested six men in Qatana, west of Damascus, on Monday.", "arrest", "Rif Dimashq"),
        ("en", "In Qatana, west of Damascus, security forces arrested six men.", "arrest", "Rif Dimashq"),
        ("en", "Protesters rallied in Jaramana, southeast of Damascus.", "protest", "Rif Dimashq"),
        ("en", "A bomb went off in Qatana, about 25 km south-west of Damascus.", "explosion", "Rif Dimashq"),
        ("ar", "اعتقلت قوات الأمن ستة شبان في مدينة قطنا غربي دمشق.", "arrest", "Rif Dimashq"),
        ("ar", "اعتقلت قوات الأمن ستة شبان في قطنا جنوب غربي مدينة دمشق.", "arrest", "Rif Dimashq"),
    ],
)
def test_a_place_only_locating_the_place_before_it_is_no_second_location(
    detector: Detector, lang: str, text: str, category: str, region: str
) -> None:
    assert regions(detector, text, lang, category) == {region}


def test_a_reference_locates_a_place_that_has_no_region(detector: Detector) -> None:
    text = "Syrian troops carried out a combing operation in the Badia east of Salamiyah."
    assert "Hama" in regions(detector, text, "en", "military_operation")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Warplanes struck Saraqib and north of Hama."),
        ("en", "Warplanes struck Saraqib, northern Hama and western Aleppo."),
        ("ar", "شنت طائرات حربية غارات على قرية كفرنبل وشمال حماة."),
    ],
)
def test_a_conjunction_or_a_bare_compass_adjective_enumerates(detector: Detector, lang: str, text: str) -> None:
    assert {"Idlib", "Hama"} <= regions(detector, text, lang, "airstrike")


def test_a_country_attacked_is_where_the_attack_happened(detector: Detector) -> None:
    events = detector.tag("Russia attacked Ukraine overnight with 50 attack drones.", lang="en").events
    assert {(event.category, event.country) for event in events} == {("airstrike", "Ukraine")}
    # a bare country name before the verb is still the actor
    events = detector.tag("Russia attacked Kharkiv with guided aerial bombs.", lang="en").events
    assert "Russia" not in {event.country for event in events}


@pytest.mark.parametrize(
    ("lang", "text", "wanted", "dropped"),
    [
        # the places come before the mention; a reference point inside the list only locates the place before it
        ("ar", "في مدينة الطبقة شمال شرقي سوريا ودرعا أضرب التجار عن العمل.", {"Raqqa", "Daraa"}, "Syria"),
        ("ar", "في قطنا غربي دمشق وجاسم اعتصم المئات أمام المباني الحكومية.", {"Rif Dimashq", "Daraa"}, "Damascus"),
    ],
)
def test_a_reference_inside_an_enumeration_before_the_mention(
    detector: Detector, lang: str, text: str, wanted: set[str], dropped: str
) -> None:
    found = regions(detector, text, lang, "protest")
    assert wanted <= found and dropped not in found


def test_a_dateline_in_capitals_names_an_ambiguous_place(detector: Detector) -> None:
    # a name that needs a place cue or a capital mid-sentence is a place as a dateline opening the text
    assert regions(detector, "AMMAN — Gunfire was exchanged overnight with smugglers, the army said.", "en", "armed_clash") == {"Amman"}
    # written in title case at the start, it stays unproven
    assert regions(detector, "Amman — Gunfire was exchanged overnight with smugglers, the army said.", "en", "armed_clash") == {None}


def test_infiltrators_clash_where_they_are_stopped(detector: Detector) -> None:
    text = "Border guards in Mafraq clashed with gunmen trying to sneak in from Syria overnight."
    events = [event for event in detector.tag(text, lang="en").events if event.category == "armed_clash"]
    assert {event.country for event in events} == {"Jordan"}


def test_a_mountain_only_locates_the_village_on_its_slopes(detector: Detector) -> None:
    text = "اعتُقل راعيان قرب جمجمال عند سفح جبل قنديل."
    assert regions(detector, text, "ar", "arrest") == {"Sulaymaniyah"}
    # alone, the mountain is still the place
    events = detector.tag("اعتقلت القوات ثلاثة رعاة قرب جبال قنديل.", lang="ar").events
    assert [(event.place, event.country) for event in events] == [("Qandil Mountains", "Iraq")]


def test_an_authority_acting_in_a_sentence_without_a_place_places_it(detector: Detector) -> None:
    # the article is about Suwayda; the arrests are the Jordanian army's own, at its border
    text = (
        "Jets struck farms on the outskirts of Suwayda on Monday. "
        "Later, the Jordanian army arrested three smugglers in a desert ambush, a statement said."
    )
    events = [event for event in detector.tag(text, lang="en").events if event.category == "arrest"]
    assert {event.country for event in events} == {"Jordan"}
    # a sentence that names a place keeps it
    text = "The Jordanian army arrested three smugglers near Suwayda on Monday."
    assert regions(detector, text, "en", "arrest") == {"Suwayda"}


def located(detector: Detector, text: str, lang: str, category: str) -> set[tuple[str | None, str | None]]:
    return {(event.region, event.country) for event in detector.tag(text, lang=lang).events if event.category == category}


@pytest.mark.parametrize(
    ("lang", "text", "category", "region", "country"),
    [
        # Sudan: states and towns of Darfur and Kordofan, the capital
        ("ar", "قصفت قوات الدعم السريع مدينة كادقلي بالمدفعية الثقيلة.", "shelling", "South Kordofan", "Sudan"),
        ("ar", "انسحبت قوات الدعم السريع من مدينة بارا بشمال كردفان بعد معارك.", "withdrawal", "North Kordofan", "Sudan"),
        ("ar", "شنت مسيرات الجيش غارات على مدينة النهود في غرب كردفان.", "airstrike", "West Kordofan", "Sudan"),
        ("ar", "قصفت قوات الدعم السريع الفاشر بالمدفعية.", "shelling", "North Darfur", "Sudan"),
        ("en", "The RSF shelled the town of Dilling with artillery on Monday.", "shelling", "South Kordofan", "Sudan"),
        ("en", "Drones struck a power station in Kosti overnight.", "airstrike", "White Nile", "Sudan"),
        ("en", "The army withdrew from Um Sumeima, west of El Obeid.", "withdrawal", "North Kordofan", "Sudan"),
        ("en", "Protesters marched in Omdurman on Tuesday.", "protest", "Khartoum State", "Sudan"),
        # Ukraine: oblasts and cities, Arabic spellings
        ("ar", "هجوم روسي بالمسيرات على خاركيف الليلة الماضية.", "airstrike", "Kharkiv Oblast", "Ukraine"),
        ("ar", "قصف مدفعي روسي على مدينة زابوروجيه.", "shelling", "Zaporizhzhia Oblast", "Ukraine"),
        ("ar", "غارات بالمسيرات الروسية على دنيبرو فجراً.", "airstrike", "Dnipropetrovsk Oblast", "Ukraine"),
        ("ar", "تواصلت المعارك على مشارف مدينة ميرنوهراد.", "armed_clash", "Donetsk Oblast", "Ukraine"),
        ("ar", "أعلنت القوات الأوكرانية انسحابها من مواقع غربي غولياي بولي.", "withdrawal", "Zaporizhzhia Oblast", "Ukraine"),
        ("en", "Russian forces shelled Kherson on Tuesday, killing one man.", "shelling", "Kherson Oblast", "Ukraine"),
        ("en", "Ukrainian forces withdrew from positions near Pokrovsk.", "withdrawal", "Donetsk Oblast", "Ukraine"),
        ("en", "A drone struck a port facility in Odesa overnight.", "airstrike", "Odesa Oblast", "Ukraine"),
        ("en", "Russian glide bombs hit Zaporizhzhia Oblast.", "airstrike", "Zaporizhzhia Oblast", "Ukraine"),
        # Russia: border regions and struck cities
        ("ar", "مسيرات أوكرانية تضرب مصفاة نفط في سامارا الروسية.", "airstrike", "Samara Oblast", "Russia"),
        ("en", "Ukrainian drones struck an oil depot in the Belgorod region.", "airstrike", "Belgorod Oblast", "Russia"),
        ("en", "A drone attack hit a refinery in Tuapse overnight.", "airstrike", "Krasnodar Krai", "Russia"),
        # Jordan, Lebanon, Iraq, Yemen, Palestine
        ("ar", "تظاهر المئات بمنطقة الرابية قرب السفارة.", "protest", "Amman", "Jordan"),
        ("en", "Police arrested three men in Karak on Tuesday.", "arrest", "Karak", "Jordan"),
        ("ar", "اندلعت اشتباكات في مخيم عين الحلوة قرب صيدا.", "armed_clash", "South Lebanon", "Lebanon"),
        ("ar", "أطلق الجيش اللبناني حملة أمنية في حي الشراونة بمدينة بعلبك.", "military_operation", "Baalbek-Hermel", "Lebanon"),
        ("en", "An Israeli drone struck a car in Yater on Monday.", "airstrike", "Nabatieh", "Lebanon"),
        ("en", "F-16 jets carried out two airstrikes on hideouts in Wadi al-Shay.", "airstrike", "Kirkuk", "Iraq"),
        ("en", "A drone attack targeted the Sarsang oil field late on Tuesday.", "airstrike", "Duhok", "Iraq"),
        ("en", "Clashes broke out in the Khanasor area, north of Sinjar.", "armed_clash", "Nineveh", "Iraq"),
        ("en", "Houthi fighters retreated from positions near Sirwah.", "withdrawal", "Marib", "Yemen"),
        ("en", "Gunmen opened fire at the forces in Tammun on Tuesday.", "armed_clash", "West Bank", "Palestine"),
        # Syrian places the fresh set named
        ("en", "A drone struck a farm near Umm Shama in Suwayda.", "airstrike", "Suwayda", "Syria"),
        ("en", "Security forces launched a security campaign in Beit Yashout.", "military_operation", "Latakia", "Syria"),
        ("en", "An IED exploded on the highway near Ghabaghib.", "explosion", "Daraa", "Syria"),
        ("ar", "توغلت قوة إسرائيلية في قرية الرويحينة.", "military_operation", "Quneitra", "Syria"),
        ("ar", "اشتباكات في محيط قرية بيت عانا.", "armed_clash", "Latakia", "Syria"),
        ("en", "Hundreds rallied in al-Karama Square on Tuesday.", "protest", "Suwayda", "Syria"),
        # Pakistan: its places are in its provinces since stop 25
        ("en", "A suicide blast hit a police station in Peshawar.", "explosion", "Khyber Pakhtunkhwa", "Pakistan"),
    ],
)
def test_places_of_the_region_beyond_syria(
    detector: Detector, lang: str, text: str, category: str, region: str, country: str
) -> None:
    assert located(detector, text, lang, category) == {(region, country)}


@pytest.mark.parametrize(
    ("lang", "text", "category", "country"),
    [
        ("en", "Clashes broke out in Kordofan on Tuesday.", "armed_clash", "Sudan"),
        ("ar", "تجددت الاشتباكات في دارفور.", "armed_clash", "Sudan"),
        ("en", "Fighting raged in the Donbas on Tuesday.", "armed_clash", "Ukraine"),
        ("ar", "انفجار في مسجد بمدينة قندهار.", "explosion", "Afghanistan"),
        ("en", "Israeli jets struck targets in Isfahan overnight.", "airstrike", "Iran"),
        ("ar", "انفجار عبوة ناسفة في مدينة الرملة.", "explosion", "Israel"),
        ("en", "Sirens sounded in Nir Am after a rocket was launched.", "shelling", "Israel"),
    ],
)
def test_places_with_no_region_have_their_country(
    detector: Detector, lang: str, text: str, category: str, country: str
) -> None:
    assert located(detector, text, lang, category) == {(None, country)}


@pytest.mark.parametrize(
    ("lang", "text", "category", "absent"),
    [
        # common words and homonyms that are no place of the added entries (a place or a country)
        ("ar", "شن الطيران غارات على مواقع قرب البيت الأبيض.", "airstrike", "El Obeid"),
        ("ar", "اشتبكت القوات مع المسلحين بعد أن تلقت دعما جويا في ريف إدلب.", "armed_clash", "Jwaya"),
        ("ar", "انفجرت عبوة قرب مكتب منظمة الفاو في مدينة حمص.", "explosion", "Al-Faw"),
        ("ar", "انفجار في مدينة درعا والدماء تسيل في الشوارع.", "explosion", "Tasil"),
        ("en", "The Verkhovna Rada voted as protesters rallied in Kyiv.", "protest", "Yemen"),
        ("en", "Security forces arrested an officer in the Homs neighbourhood of Karm al-Zeitoun.", "arrest", "Palestine"),
        ("ar", "سيطرت الفصائل على بلدتي كرناز والمغير بعد اشتباكات عنيفة.", "armed_clash", "Palestine"),
    ],
)
def test_common_words_and_homonyms_are_no_foreign_place(
    detector: Detector, lang: str, text: str, category: str, absent: str
) -> None:
    events = [event for event in detector.tag(text, lang=lang).events if event.category == category]
    assert events
    for event in events:
        assert absent not in {*event.places, event.country}, (event.places, event.country)


@pytest.mark.parametrize(
    ("lang", "text", "region"),
    [
        ("en", "Warplanes struck a market in Palmyra, deep in the Syrian Desert, on Monday.", "Homs"),
        ("en", "Drones hit a checkpoint outside Khurmala in the Kurdistan Region.", "Erbil"),
        ("ar", "استهدفت غارة جوية سوقاً في مدينة تدمر في البادية السورية.", "Homs"),
    ],
)
def test_an_area_without_a_region_adds_no_event_beside_a_place_inside_it(
    detector: Detector, lang: str, text: str, region: str
) -> None:
    assert regions(detector, text, lang, "airstrike") == {region}
