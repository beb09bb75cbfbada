"""Classes of error found on the wild evaluation set (tests/data/wild), fixed in lexicons, gazetteer or rules.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories


@pytest.mark.parametrize(
    "text",
    [
        "Hospital employees in Mosul began an open-ended strike on Sunday over unpaid salaries.",
        "Civil servants across Jordan launched a 48-hour strike to press for a pay rise.",
        "Dockworkers in Aden launched an indefinite strike, halting the unloading of grain ships.",
    ],
)
def test_a_labour_strike_is_a_protest_not_an_airstrike(detector: Detector, text: str) -> None:
    found = categories(detector, text, lang="en")
    assert "airstrike" not in found
    assert "protest" in found


def test_a_military_strike_launched_stays_an_airstrike(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "Israeli forces launched a strike on a warehouse near Tyre on Monday.", lang="en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Correction: An earlier version of this story said that soldiers detained four students in Kirkuk. No one was detained.", "en"),
        ("The agency had wrongly reported that troops pulled out of their positions near Kupiansk; the unit remains there.", "en"),
        ("Correction: this story has been corrected to remove a reference to a drone strike on Saraqib that never happened.", "en"),
        ("تصحيح: ذكرنا خطأً أن دورية اعتقلت ثلاثة شبان في بلدة جاسم، والصحيح أنهم راجعوا المخفر طوعاً.", "ar"),
        ("ورد خطأً في تقرير سابق أن الجيش انسحب من مواقعه قرب الحدود، والصواب أن الوحدة بدّلت عناصرها فقط.", "ar"),
    ],
)
def test_a_correction_retracts_the_event_it_names(detector: Detector, text: str, lang: str) -> None:
    assert categories(detector, text, lang=lang) == set()


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # a strike by mistake is a strike
        ("قصفت طائرة مسيّرة بالخطأ سيارة مدنية قرب مدينة الباب.", "ar", "airstrike"),
        ("Police arrested a journalist by mistake in Basra on Monday, his newspaper said.", "en", "arrest"),
    ],
)
def test_a_mistaken_act_is_still_an_event(detector: Detector, text: str, lang: str, kept: str) -> None:
    assert kept in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        # arrest warrants are no memoirs
        "اعتقلت قوى الأمن الداخلي رجلاً صادرة بحقه مذكرات قبض عدة في بلدة بر الياس.",
        "أوقف الجيش مطلوبَين بموجب مذكرات توقيف غيابية في مدينة الهرمل.",
        # the Palestinian Prisoners' Club is a source, not a sports club
        "نادي الأسير: اعتقل جيش الاحتلال فجر اليوم تسعة شبان من بلدة بيت أمر شمال الخليل.",
    ],
)
def test_warrants_and_a_club_as_source_keep_the_arrest(detector: Detector, text: str) -> None:
    assert "arrest" in categories(detector, text, lang="ar")


def test_memoirs_still_tell_history(detector: Detector) -> None:
    assert categories(detector, "يروي الضابط المتقاعد في مذكراته كيف اعتقلت المخابرات عشرات الطلاب في حماة.", lang="ar") == set()


def counts(detector: Detector, text: str, lang: str) -> dict[str, int | None]:
    return {event.category: event.count for event in detector.tag(text, lang=lang, published_at=AS_OF).events}


@pytest.mark.parametrize(
    ("text", "lang", "category", "count"),
    [
        # an outlet's name with a number, cut from the term by a colon
        ("السويداء 24: اعتقلت دورية للأمن العام شابين عند حاجز في بلدة المزرعة.", "ar", "arrest", 2),
        ("Deir ez-Zor 24: gunmen attacked a checkpoint near al-Busayrah, sparking an exchange of fire.", "en", "armed_clash", None),
        # a unit or a law article named by its number
        ("اشتبك عناصر من الفرقة 25 مع مهربين قرب الحدود في ريف حمص.", "ar", "armed_clash", None),
        ("اعتقلت الاستخبارات أربعة مطلوبين وفق المادة 4 إرهاب في محافظة الأنبار.", "ar", "arrest", 4),
        ("Brigade 92 repelled two assaults near Kupiansk overnight, the General Staff said.", "en", "armed_clash", 2),
    ],
)
def test_numbers_that_name_are_no_counts(detector: Detector, text: str, lang: str, category: str, count: int | None) -> None:
    found = counts(detector, text, lang)
    assert category in found
    assert found[category] == count


def test_a_brigade_named_combat_is_no_fighting(detector: Detector) -> None:
    text = "أعلن اللواء 444 قتال سحب وحداته من محيط المطار وتسليم النقاط لقوة محايدة."
    assert "armed_clash" not in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "The Rapid Support Forces withdrew from their positions around Babanusa on Sunday.",
        "Units of the Stability Support Apparatus pulled out of the camp overnight under a local truce.",
    ],
)
def test_a_force_named_support_withdraws(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "The party withdrew its support for the prime minister after the vote.",
        "Several Gulf donors are withdrawing their backing from the reconstruction plan.",
    ],
)
def test_withdrawn_support_is_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The defence ministry plans on withdrawing ageing Grad launchers from service by the end of next year.", "en"),
        ("The navy is withdrawing two frigates from active service.", "en"),
        ("أعلن الجيش سحب طائرات الميغ القديمة من الخدمة واستبدالها بطائرات حديثة.", "ar"),
    ],
)
def test_weapons_retired_from_service_are_no_withdrawal(detector: Detector, text: str, lang: str) -> None:
    assert "withdrawal" not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("أصيب شاب بحروق إثر انفجار بطارية دراجته الكهربائية أثناء الشحن في حي الوعر بمدينة حمص.", False),
        ("أوقفت الشركة بيع الجهاز بعد حوادث انفجار بطارياته في عدة محافظات.", False),
        # a bomb beside a battery shop is a bombing
        ("انفجرت عبوة ناسفة قرب محل لبيع البطاريات في مدينة الباب.", True),
    ],
)
def test_a_battery_that_bursts_is_an_accident(detector: Detector, text: str, kept: bool) -> None:
    assert ("explosion" in categories(detector, text, lang="ar")) is kept


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Doctors in Taiz still fit prosthetic limbs for children hurt in last year's drone strikes.", "en"),
        ("Residents are rebuilding the homes damaged in last year\u2019s shelling of the old town.", "en"),
        ("يستعيد المسلسل الجديد أيام الحصار والقصف المدفعي على الأحياء الشرقية لمدينة حلب.", "ar"),
        ("تدور أحداث فيلمها الأول حول ليلة الغارات الجوية على مدينة دير الزور.", "ar"),
    ],
)
def test_films_and_last_years_events_are_history(detector: Detector, text: str, lang: str) -> None:
    assert categories(detector, text, lang=lang) == set()


def test_a_strike_after_last_years_strikes_is_news(detector: Detector) -> None:
    text = "Jets struck the port of Hodeidah again on Monday, a year after last year's air strikes on it."
    assert "airstrike" in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        # a headline's present tense
        ("Russian jets bomb a market in Idlib's countryside, civil defence says", "airstrike", None),
        # counterattacks repelled, counted
        ("Ukrainian troops repelled three counterattacks near Vovchansk overnight, the brigade said.", "armed_clash", 3),
        # a battle told by its length
        ("Government forces took the town after a three-day battle with tribal fighters, officials said.", "armed_clash", None),
        # a count of marches
        ("Students held two marches in Khartoum North on Sunday against the war, organisers said.", "protest", 2),
    ],
)
def test_event_phrasings_the_wild_set_showed(detector: Detector, text: str, category: str, count: int | None) -> None:
    found = counts(detector, text, "en")
    assert category in found
    assert found[category] == count


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The talks were held 3 March in Geneva, diplomats said.", "protest"),
        ("The candidate faces a fierce battle for the party's presidential nomination.", "armed_clash"),
    ],
)
def test_their_look_alikes_stay_out(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text, lang="en")


def test_attacks_a_suspect_is_charged_with_are_no_clash(detector: Detector) -> None:
    text = "Police detained nine men accused of involvement in attacks on army checkpoints near Homs, the ministry said."
    found = categories(detector, text, lang="en")
    assert "arrest" in found
    assert "armed_clash" not in found


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("The monitor recorded at least 41 arbitrary arrests across Deir ez-Zor province this month.", "arrest", 41),
        ("Israeli tanks fired some 20 shells at the outskirts of Khiam on Tuesday, the agency said.", "shelling", 20),
    ],
)
def test_tallies_with_a_qualifier_or_a_munition_are_counted(detector: Detector, text: str, category: str, count: int) -> None:
    assert counts(detector, text, "en").get(category) == count


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        # the Sudanese protest march, a dual
        ("سيّرت تنسيقيات لجان المقاومة في أم درمان موكبين سلميين نحو البرلمان رفضاً للحرب.", "protest", 2),
        # positions vacated, a dual
        ("أخلت مجموعة مسلحة موقعين لها قرب ناحية جرف الصخر ونقلت عتادها إلى مكان آخر.", "withdrawal", None),
        # an incursion whose force is named by its tanks, a dual
        ("توغلت دبابتان إسرائيليتان في أطراف بلدة كفرشوبا قبل أن تنسحبا ليلاً.", "military_operation", None),
        # terrorists counted after their noun
        ("ألقت مفارز الاستخبارات القبض على إرهابيين اثنين في قضاء الحويجة.", "arrest", 2),
    ],
)
def test_arabic_phrasings_the_wild_set_showed(detector: Detector, text: str, category: str, count: int | None) -> None:
    found = counts(detector, text, "ar")
    assert category in found
    assert found[category] == count


@pytest.mark.parametrize(
    "text",
    [
        "وصل موكب الرئيس إلى مدينة بحري وسط إجراءات أمنية مشددة.",
        "انطلق موكب الزفاف من حي الثورة في أم درمان بعد صلاة العصر.",
    ],
)
def test_a_motorcade_or_a_wedding_procession_is_no_protest(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text, lang="ar")


def places(detector: Detector, text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(event.region, event.country) for event in detector.tag(text, lang=lang, published_at=AS_OF).events}


@pytest.mark.parametrize(
    ("text", "lang", "region", "country"),
    [
        # Beirut's protest sites, with the colloquial spelling
        ("اعتصم موظفون متقاعدون في شارع الحمرا احتجاجاً على تآكل رواتبهم.", "ar", "Beirut", "Lebanon"),
        ("Depositors staged a sit-in at Riad al-Solh and marched towards the Grand Serail on Friday.", "en", "Beirut", "Lebanon"),
        ("اعتصم عشرات الطلاب أمام السراي الحكومي للمطالبة بتثبيت الأساتذة المتعاقدين.", "ar", "Beirut", "Lebanon"),
        # Hamra Street of Damascus when the article names Syria's capital
        ("تجمع محتجون في شارع الحمراء بدمشق للمطالبة بالكشف عن مصير المفقودين.", "ar", "Damascus", "Syria"),
        # Israel's protest sites
        ("Tens of thousands rallied outside the Knesset on Monday against the judicial overhaul.", "en", None, "Israel"),
        ("Protesters gathered on Balfour Street demanding a hostage deal, police said.", "en", None, "Israel"),
    ],
)
def test_protest_sites_place_their_protests(
    detector: Detector, text: str, lang: str, region: str | None, country: str
) -> None:
    assert (region, country) in places(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a saint's name: churches of Mar Elias (Saint Elias) stand across the Levant; only the camp is Beirut's
        ("A suicide bomber blew himself up inside Mar Elias Church in Dweilaa, Damascus, during Sunday mass.", "en"),
        ("فجّر انتحاري نفسه داخل كنيسة مار الياس في حي الدويلعة بدمشق.", "ar"),
    ],
)
def test_a_saints_church_is_no_beirut_neighbourhood(detector: Detector, text: str, lang: str) -> None:
    regions = places(detector, text, lang)
    assert ("Damascus", "Syria") in regions
    assert all(country != "Lebanon" for _, country in regions)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said troops would return to the border villages if shelling of the towns resumed.",
        "Commanders vowed to hit back hard if drone attacks on the bases continue.",
    ],
)
def test_an_event_under_if_is_a_condition(detector: Detector, text: str) -> None:
    assert categories(detector, text, lang="en") == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("It was not immediately clear if the airstrike on the convoy near Deir ez-Zor killed anyone.", "airstrike"),
        ("Local officials did not say if the shelling of Nikopol on Monday caused casualties.", "shelling"),
    ],
)
def test_a_question_about_a_reported_event_keeps_it(detector: Detector, text: str, kept: str) -> None:
    assert kept in categories(detector, text, lang="en")


def test_a_skip_phrase_covers_the_cue_it_reaches_over() -> None:
    from streams.detection.cues import CueSet, Vocabulary, Words, split_words

    vocabulary = Vocabulary([])
    cues = CueSet(["if"], vocabulary)
    skip = CueSet(["not clear if"], vocabulary)
    words = Words.of(split_words("it was not clear if the strike"), vocabulary)
    assert cues.find(words) == 4
    assert cues.find(words, skip=skip) == -1
    assert skip.covers(words, 4)
    assert not skip.covers(words, 5)
    # a phrase covers a cue only whole: "will be" does not cover the "be held" of an announced rally
    held = CueSet(["be held"], vocabulary)
    will_be = CueSet(["will be"], vocabulary)
    rally = Words.of(split_words("a rally will be held on friday"), vocabulary)
    assert held.find(rally, skip=will_be) == 3


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a device made safe before it went off did not explode
        ("أبطلت فرق الهندسة مفعول عبوة ناسفة وُضعت قرب مدرسة في بلدة نوى قبل انفجارها بساعات.", False),
        ("تمكّن عناصر الأمن من تفكيك لغم أرضي على طريق المطار قبل أن ينفجر بإحدى السيارات.", False),
        # "before it exploded" with no device made safe is the blast
        ("قال شهود إنهم رأوا السيارة متوقفة قرب الحاجز قبل انفجارها بدقائق في مدينة الباب.", True),
    ],
)
def test_a_device_defused_before_it_exploded_is_no_explosion(detector: Detector, text: str, kept: bool) -> None:
    assert ("explosion" in categories(detector, text, lang="ar")) is kept


def test_the_russian_summary_formula_names_artillery_strikes(detector: Detector) -> None:
    text = ("قالت وزارة الدفاع الروسية إن قوات الصواريخ والمدفعية وجّهت ضربات إلى نقاط تمركز للقوات الأوكرانية "
            "قرب مدينة سلوفيانسك خلال اليوم الماضي.")
    assert "shelling" in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("خرجت مواكب في مدن ود مدني وسنار وكوستي تطالب بوقف الحرب وعودة الحكم المدني.", True),
        ("انطلق موكب العروس من حي الثورة في أم درمان وسط الزغاريد.", False),
    ],
)
def test_marches_that_set_out_with_a_demand(detector: Detector, text: str, kept: bool) -> None:
    assert ("protest" in categories(detector, text, lang="ar")) is kept


@pytest.mark.parametrize(
    ("text", "lang", "region", "country"),
    [
        ("Russian artillery shelled Soledar and Velyka Novosilka overnight, the regional governor said.", "en", "Donetsk Oblast", "Ukraine"),
        ("A drone strike hit an apartment block in Hlukhiv on Sunday.", "en", "Sumy Oblast", "Ukraine"),
        ("اعتقلت قوات الاحتلال أربعة شبان من بلدة قباطية فجر اليوم.", "ar", "West Bank", "Palestine"),
        ("أوقفت دورية من الجيش مطلوباً في مدينة المنية شمال لبنان.", "ar", "North Lebanon", "Lebanon"),
    ],
)
def test_more_towns_of_the_regions(detector: Detector, text: str, lang: str, region: str, country: str) -> None:
    assert (region, country) in places(detector, text, lang)


def test_death_is_no_town(detector: Detector) -> None:
    result = detector.tag("وافته المنية أمس بعد صراع مع المرض، ونعته نقابة الصحفيين.", lang="ar", published_at=AS_OF)
    assert result.events == []


@pytest.mark.parametrize(
    ("text", "lang", "region", "elsewhere"),
    [
        # the grievance after a comma names other places; the protest stood where its own chain of places ends
        ("اعتصم مئات الطلاب أمام مبنى البلدية في حلب، تنديداً بالقصف المستمر على إدلب.", "ar", "Aleppo", "Idlib"),
        ("Hundreds rallied in central Homs on Friday, denouncing the strikes on Daraa.", "en", "Homs", "Daraa"),
    ],
)
def test_places_past_a_comma_and_a_phrase_of_their_own_leave_the_chain(
    detector: Detector, text: str, lang: str, region: str, elsewhere: str
) -> None:
    found = {event.region for event in detector.tag(text, lang=lang, published_at=AS_OF).events if event.category == "protest"}
    assert region in found
    assert elsewhere not in found


def test_an_enumeration_keeps_its_commas(detector: Detector) -> None:
    text = "Warplanes struck Saraqib, Maarat al-Numan and Ariha on Tuesday."
    found = {event.region for event in detector.tag(text, lang="en", published_at=AS_OF).events}
    assert found == {"Idlib"}
