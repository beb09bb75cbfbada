"""Official statements, situation reports and authority releases (stop 27, sitrep27; a probe of real statements kept
outside the repo).

Classes:

1. An aircraft's missiles are its air strike, not a shelling: a salvo or missiles named as the instrument of an air
   raid or an aircraft a few words before them («نفذ العدو عدواناً جوياً برشقات من الصواريخ», «غارات بالصواريخ»,
   «استهدفت طائرة مسيرة بصاروخين», «قامت حوامة بإطلاق صواريخ»; "aircraft fired a barrage of missiles", "jets launched
   missiles"), and the state agency's "aerial aggression". A launching party or a ground launcher in the clause keeps the
   shelling («رداً على الغارات أطلق حزب الله صواريخ»).
2. «قصف أميركي/بريطاني» is the US or British air forces' bombing: an air strike.
3. The Gulf's domestic authorities (Kuwaiti, Saudi, Emirati, Qatari, Bahraini, Omani; more Egyptian forms) place the
   arrest they announce when no other place is named: the gazetteer had no authority entries for them, so the scan had
   nothing to match (the Iraqi and Jordanian ones had). Residents «مقيماً» seized are arrested; a gang holding people
   is no arrest (a gang the police catch, "arrested a gang of four", is left: the category's bare "gang" exclusion).
4. Houthi abductions of UN and aid staff are detentions by the de facto authorities (README: abductions by authorities
   are arrests), the Houthis told as the agent next to the verb; gunmen's kidnappings, and a Houthi abducted, stay none.
5. A bomber shot or killed before his charge went off is no explosion (README: bombs that go off).
6. The bombardment told before its consequence, the air raids named later in its sentence, is the air strike.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories, countries, regions

# --- 1. an aircraft's missiles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("شن العدو الإسرائيلي عدواناً جوياً برشقات من الصواريخ مستهدفاً نقاطاً في ريف حماة.", "ar"),
        ("أطلقت مقاتلات حربية رشقة من الصواريخ على مستودع قرب مدينة تدمر.", "ar"),
        ("نفذت الطائرات الحربية غارات بالصواريخ على أطراف بلدة الطيبة جنوب لبنان.", "ar"),
        ("استهدفت طائرة مسيرة إسرائيلية بصاروخين دراجة نارية عند مدخل بلدة عيترون.", "ar"),
        ("قامت حوامة معادية بإطلاق ثلاثة صواريخ على مبنى في مدينة القنيطرة.", "ar"),
        ("استشهد شاب جراء عدوان جوي برشقات صاروخية على محيط مدينة جبلة.", "ar"),
        ("Israeli aircraft fired a salvo of missiles at sites near Hama, the military source said.", "en"),
        ("Israeli jets launched missiles at an air base near Homs overnight.", "en"),
    ],
)
def test_an_aircrafts_missiles_are_its_air_strike(detector: Detector, text: str, lang: str) -> None:
    assert categories(detector, text, lang=lang) == {"airstrike"}


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("The Israeli enemy launched an aerial aggression on some positions in the vicinity of Tartus at dawn.", "en", "Tartus"),
        ("At about 2 a.m. the Israeli enemy carried out an air aggression targeting sites in Quneitra.", "en", "Quneitra"),
    ],
)
def test_the_state_agencys_aerial_aggression_is_an_air_strike(detector: Detector, text: str, lang: str, region: str) -> None:
    assert regions(detector, text, "airstrike", lang=lang) == {region}


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # a launching party or a ground launcher in the clause: the rockets are theirs; air raids and rockets a few words
        # apart in a roundup stay both
        ("رداً على الغارات أطلق حزب الله رشقة صواريخ على مستوطنة المطلة.", "ar", {"airstrike", "shelling"}),
        ("أطلقت الفصائل رشقات صاروخية على مستوطنات الغلاف.", "ar", {"shelling"}),
        ("قصفت المدفعية بالصواريخ أطراف بلدة كفرنبل.", "ar", {"shelling"}),
        ("تعرضت البلدة لغارات جوية ورشقات صاروخية مكثفة منذ الصباح.", "ar", {"airstrike", "shelling"}),
        pytest.param(
            "شنت الطائرات غارات على أطراف البلدة واستهدفت قوات النظام بالصواريخ قرية مجاورة.", "ar", {"airstrike", "shelling"},
            # a ground force named between the air raid and «بالصواريخ» in one clause: the clause-wide instrument rule
            # (iraqleb27) drops the shelling; kept over an adjacent-only rule, which cost the untouched meridian a false
            # positive (stop 27 merge). Known limitation, strict so that a fix shows.
            marks=pytest.mark.xfail(strict=True, reason="clause-wide missile-as-instrument rule; ground force between"),
        ),
        ("Hamas fired rockets at Sderot as Israeli jets launched strikes on Khan Younis.", "en", {"shelling", "airstrike"}),
        ("Russian forces launched missiles at Odesa overnight.", "en", {"shelling"}),
    ],
)
def test_ground_launched_rockets_stay_shelling(detector: Detector, text: str, lang: str, kept: set[str]) -> None:
    assert categories(detector, text, lang=lang) == kept


# --- 2. US and British bombing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قصف أمريكي بريطاني يستهدف مواقع في مديرية باجل بالحديدة.",
        "ذكرت القناة أن قصفاً أميركياً طال مواقع في محافظة صعدة.",
    ],
)
def test_us_and_british_bombing_is_an_air_strike(detector: Detector, text: str) -> None:
    assert categories(detector, text, lang="ar") == {"airstrike"}
    assert countries(detector, text, "airstrike", lang="ar") == {"Yemen"}


@pytest.mark.parametrize(
    "text",
    [
        "قصف مدفعي سعودي على مديرية رازح الحدودية.",
        "قصف إسرائيلي على أطراف بلدة الخيام.",
        "قصفت قوات النظام بالمدفعية مواقع قرب القاعدة الأمريكية في ريف دير الزور.",
    ],
)
def test_other_bombing_stays_shelling(detector: Detector, text: str) -> None:
    assert categories(detector, text, lang="ar") == {"shelling"}


# --- 3. the Gulf's authorities place their arrests ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("أعلنت وزارة الداخلية الكويتية ضبط ثلاثة متهمين بتهريب المخدرات.", "ar", "Kuwait"),
        ("الداخلية السعودية تعلن القبض على مقيمين بتهمة الاحتيال.", "ar", "Saudi Arabia"),
        ("ألقت القيادة العامة لشرطة أبوظبي القبض على خمسة أشخاص.", "ar", "United Arab Emirates"),
        ("أوقفت الداخلية القطرية شخصاً بتهمة غسل الأموال.", "ar", "Qatar"),
        ("أعلنت الداخلية البحرينية القبض على مطلوبين اثنين.", "ar", "Bahrain"),
        ("أعلنت الداخلية الكويتية أن جهاز أمن الدولة ضبط مقيماً ينتمي إلى تنظيم محظور.", "ar", "Kuwait"),
        ("Kuwaiti police arrested two men over a shooting at a wedding.", "en", "Kuwait"),
        ("Saudi authorities detained a blogger over his posts.", "en", "Saudi Arabia"),
        ("Dubai Police arrested three men over a string of burglaries.", "en", "United Arab Emirates"),
        ("The Egyptian Interior Ministry said police arrested five suspects in a fraud case.", "en", "Egypt"),
    ],
)
def test_a_gulf_authority_places_its_arrest(detector: Detector, text: str, lang: str, country: str) -> None:
    assert countries(detector, text, "arrest", lang=lang) == {country}


def test_a_place_named_wins_over_the_gulf_authority(detector: Detector) -> None:
    assert countries(detector, "أعلنت الداخلية الكويتية القبض على متهم في بيروت.", "arrest", lang="ar") == {"Lebanon"}


def test_a_gulf_ministrys_warning_is_no_event(detector: Detector) -> None:
    assert categories(detector, "الداخلية الكويتية تحذر المواطنين من رسائل احتيال مصرفية.", lang="ar") == set()


@pytest.mark.parametrize(
    "text",
    [
        "An armed gang detained three travellers on the highway.",
        "The merchant was held by a gang for two days.",
    ],
)
def test_a_gang_holding_people_is_no_arrest(detector: Detector, text: str) -> None:
    assert "arrest" not in categories(detector, text, lang="en")


# --- 4. Houthi abductions -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اختطف الحوثيون أربعة موظفين في منظمة إغاثة بصنعاء.", "ar"),
        ("اختطفت جماعة الحوثي موظفَين أمميين في مدينة الحديدة.", "ar"),
        ("الحوثيون اختطفوا ثلاثة موظفين أمميين في صنعاء.", "ar"),
        ("The Houthis abducted three UN staff members in Sanaa on Thursday.", "en"),
    ],
)
def test_houthi_abductions_are_arrests(detector: Detector, text: str, lang: str) -> None:
    assert "arrest" in categories(detector, text, lang=lang)
    assert countries(detector, text, "arrest", lang=lang) == {"Yemen"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen kidnapped two aid workers near Taiz and demanded a ransom.", "en"),
        ("اختطف مسلحون مجهولون تاجراً في مدينة تعز.", "ar"),
        # a Houthi as the one abducted, not the agent
        ("Tribesmen abducted a Houthi commander near Marib.", "en"),
        ("اختطف مسلحون قيادياً في جماعة الحوثي قرب مأرب.", "ar"),
    ],
)
def test_kidnappings_by_gunmen_are_no_arrests(detector: Detector, text: str, lang: str) -> None:
    assert "arrest" not in categories(detector, text, lang=lang)


# --- 5. a bomber stopped before his charge went off -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتلت القوات الأمنية انتحارياً قبل أن يفجر حزامه الناسف عند مدخل السوق.", "ar"),
        ("A suicide bomber was shot dead by guards when he tried to detonate his vest outside a wedding hall.", "en"),
    ],
)
def test_a_bomber_stopped_is_no_explosion(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("فجر انتحاري نفسه قرب سوق شعبي في كركوك.", "ar"),
        ("A suicide bomber blew himself up near a mosque in Kirkuk.", "en"),
    ],
)
def test_a_bomber_who_blew_himself_up_is_an_explosion(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" in categories(detector, text, lang=lang)


# --- 6. the bombardment before its consequence ------------------------------------------------------------------


def test_the_bombardment_before_its_consequence_is_the_later_named_air_raid(detector: Detector) -> None:
    text = "قال المرصد إن القصف أدى إلى مقتل خمسة عناصر بضربات جوية على ريف دير الزور."
    assert categories(detector, text, lang="ar") == {"airstrike"}


def test_the_bombardment_before_its_consequence_alone_stays_shelling(detector: Detector) -> None:
    text = "قال الدفاع المدني إن القصف أدى إلى دمار منازل في بلدة كفرنبل."
    assert categories(detector, text, lang="ar") == {"shelling"}
