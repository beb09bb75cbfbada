"""Stop 23's arrests23 classes: a place is no rise of a detainee tally, time held before trial and a court extending it,
denials told by a participle or a perfect with "yet", a boiler or liquefied gas blast, a trial's charges and testimony,
a government's condemnation of the day's bombing, and the Algerian army's "support elements" arrested. Each negative
stands beside a near miss that must keep firing."""

from __future__ import annotations

import pytest

from streams.detection import Detector


def categories(detector: Detector, text: str, lang: str, title: str = "") -> set[str]:
    return {event.category for event in detector.tag(text, title=title, lang=lang).events}


def counts(detector: Detector, text: str, lang: str, category: str) -> list[int | None]:
    return [event.count for event in detector.tag(text, lang=lang).events if event.category == category]


# --- 1. a place in the sentence tells no rise of a detainee tally -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In a separate statement, Qatar welcomed the release of a number of detainees as part of an exchange in Sudan."),
        ("en", "The delegation met a number of detainees in Damascus."),
        ("ar", "ورحبت قطر بالإفراج عن عدد من المعتقلين في السودان."),
        ("ar", "وقال إن عدد المعتقلين في دمشق كبير."),
    ],
)
def test_a_place_is_no_rise_of_detainees(detector: Detector, lang: str, text: str) -> None:
    assert "arrest" not in categories(detector, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Activists in Daraa said the number of detainees had exceeded 50, including students.", 50),
        ("ar", "وقال ناشطون في درعا إن عدد المعتقلين تجاوز الخمسين.", 50),
        ("ar", "وارتفع عدد المعتقلين في الضفة منذ فجر اليوم إلى 23 مواطناً.", 23),
    ],
)
def test_a_told_rise_of_detainees_still_counts(detector: Detector, lang: str, text: str, count: int) -> None:
    assert counts(detector, text, lang, "arrest") == [count]


# --- 2. time held before trial, and a court extending it, are no arrest -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The suspects, who have been held in remand custody for more than seven years, were produced before the bench."),
        ("en", "His lawyers said one of the men had been held in pretrial detention for more than two years."),
        ("en", "The court extended the detention of the activist by 30 days."),
        ("en", "Another court extended the arrest of a businessman on tax evasion charges by two months."),
        ("ar", "وقال محاميه إنه محتجز رهن الحبس الاحتياطي منذ سبع سنوات."),
        ("ar", "ومددت المحكمة اعتقال الناشط شهرين إضافيين."),
        ("ar", "ومددت محكمة أخرى توقيف رجل أعمال بتهمة التهرب الضريبي شهرين."),
    ],
)
def test_time_held_and_its_extension_are_no_arrest(detector: Detector, lang: str, text: str) -> None:
    assert "arrest" not in categories(detector, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested five men in Homs on Monday and placed them in pretrial detention."),
        ("en", "Five suspects were taken into custody in Aleppo on Monday."),
        ("en", "Police extended the crackdown in Yerevan on Thursday, arresting 12 people."),
        ("ar", "اعتقلت قوات الأمن خمسة شبان في حمص يوم الاثنين وأودعتهم الحبس الاحتياطي."),
        ("ar", "واعتقلت الشرطة رجل أعمال في بغداد اليوم بتهمة التهرب الضريبي."),
    ],
)
def test_an_arrest_of_the_day_stays(detector: Detector, lang: str, text: str) -> None:
    assert "arrest" in categories(detector, text, lang)


# --- 3. denials by a participle, nothing announced, a perfect with "yet" --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The official said no Russian personnel had yet left the crossing."),
        ("en", "None of the troops have yet withdrawn from the base near Agarak, the official said."),
        ("ar", "وفي مديرية مرخة، أكدت السلطة المحلية استقرار الأوضاع الأمنية، نافية تسجيل أي اشتباكات أو انفجارات خلال الأسبوع."),
        ("ar", "وفي بنغازي، قالت مديرية الأمن إن التحقيقات مستمرة في قضية التهريب، من دون أن تعلن عن توقيفات جديدة."),
    ],
)
def test_denied_or_unannounced_events_are_none(detector: Detector, lang: str, text: str) -> None:
    assert categories(detector, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        ("en", "The official said Russian troops left the crossing on Thursday.", "withdrawal"),
        ("ar", "وفي مديرية مرخة، اندلعت اشتباكات عنيفة بين مسلحين قبليين، وقتل شخصان، نافية السلطة المحلية أي علاقة لها.",
         "armed_clash"),
        ("ar", "وقالت الشرطة إنها أوقفت خمسة أشخاص في بنغازي، من دون أن تعلن عن أسمائهم.", "arrest"),
    ],
)
def test_events_told_beside_a_denial_stay(detector: Detector, lang: str, text: str, category: str) -> None:
    assert category in categories(detector, text, lang)


# --- 4. a boiler or liquefied gas blast is an accident ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        ("en", "Meanwhile, police said a blast that damaged a restaurant on Wednesday night was caused by a leaking LP gas "
               "cylinder.", ""),
        ("en", "An LPG cylinder exploded in a kitchen in Dhaka on Tuesday, injuring three.", ""),
        ("ar", "وأصيب ستة عمال إثر انفجار غلاية بخار داخل مصنع في العاشر من رمضان.", ""),
        ("ar", "قررت المحكمة تأجيل المحاكمة.", "تأجيل محاكمة 40 متهماً وانفجار غلاية بمصنع في العاشر من رمضان"),
    ],
)
def test_boiler_and_gas_blasts_are_accidents(detector: Detector, lang: str, text: str, title: str) -> None:
    assert "explosion" not in categories(detector, text, lang, title)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Meanwhile, police said a car bomb blast that damaged a restaurant on Wednesday night was caused by a leaking "
               "LP gas cylinder."),
        ("en", "A bomb exploded near a gas station in Quetta on Tuesday, injuring three."),
        ("en", "A blast rocked a restaurant in Homs. Separately, a gas cylinder caught fire in a nearby house."),
        ("ar", "وأصيب ستة عمال إثر انفجار عبوة ناسفة داخل مصنع في العاشر من رمضان."),
    ],
)
def test_a_bomb_beside_an_accident_stays(detector: Detector, lang: str, text: str) -> None:
    assert "explosion" in categories(detector, text, lang)


# --- 5. a trial's charges and a witness's account ---------------------------------------------------------------------


def test_a_trial_s_charges_and_testimony_are_no_events(detector: Detector) -> None:
    title = "Koblenz court hears ex-intelligence officer accused over Daraa detentions"
    text = (
        "Trial Monitoring Report, Day 38\n"
        "On November 26, the Higher Regional Court in Koblenz continued the trial of a former officer accused of crimes "
        "against humanity.\n"
        "He described mass arrests carried out after the first protests in the city, saying streets were emptied."
    )
    assert categories(detector, text, "en", title) == set()
    assert "arrest" in categories(detector, "Security forces in Daraa carried out mass detentions on Thursday, activists said.", "en")


def test_protesters_outside_a_trial_stay(detector: Detector) -> None:
    title = "Koblenz court hears ex-intelligence officer accused over Daraa detentions"
    text = (
        "Trial Monitoring Report, Day 38\n"
        "On November 26, the Higher Regional Court in Koblenz continued the trial of a former officer.\n"
        "Outside the court, dozens of Syrians protested on Thursday, carrying photographs of the missing."
    )
    assert "protest" in categories(detector, text, "en", title)


# --- 6. a government's condemnation names the day's bombing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The State of Qatar strongly condemned the car bomb explosion that targeted a crowded market in Idlib city on "
               "Thursday, killing and injuring a number of civilians."),
        ("en", "Jordan condemned the suicide bombing that targeted a mosque in Kabul on Monday, killing six."),
        ("ar", "أدانت دولة قطر بشدة التفجير بسيارة مفخخة الذي استهدف سوقاً مكتظة وسط مدينة إدلب اليوم الخميس."),
    ],
)
def test_a_condemned_bombing_is_the_day_s_blast(detector: Detector, lang: str, text: str) -> None:
    assert "explosion" in categories(detector, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched in Beirut condemning the bombing of the port.",
        "Hundreds of protesters rallied in Beirut on Friday and condemned the bombing of the port.",
    ],
)
def test_a_protest_condemning_a_bombing_is_the_protest_only(detector: Detector, text: str) -> None:
    assert categories(detector, text, "en") == {"protest"}


def test_an_accused_leak_is_no_accident(detector: Detector) -> None:
    text = "Two officials in Kabul were accused on Monday of leaking details of the bombing that killed 12 people."
    assert "explosion" in categories(detector, text, "en")


# --- 7. the Algerian army's "support elements" arrested ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("ar", "وأوقفت مفارز الجيش 12 عنصر دعم للجماعات الإرهابية.", 12),
        ("ar", "وأوقفت مفارز الجيش الوطني الشعبي خمسة عناصر دعم للجماعات الإرهابية في عدة ولايات.", 5),
        ("en", "Army detachments detained 12 support elements for terrorist groups in several provinces.", 12),
    ],
)
def test_support_elements_arrested_are_arrests(detector: Detector, lang: str, text: str, count: int) -> None:
    assert counts(detector, text, lang, "arrest") == [count]


def test_support_stopped_is_no_arrest(detector: Detector) -> None:
    assert "arrest" not in categories(detector, "وأوقفت الحكومة دعم الوقود عن المخابز.", "ar")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police in Minsk have yet again arrested 20 activists on Thursday.", "arrest"),
        ("The army has yet again shelled the town of Kupiansk on Tuesday.", "shelling"),
    ],
)
def test_yet_again_is_no_denial(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text, "en")
