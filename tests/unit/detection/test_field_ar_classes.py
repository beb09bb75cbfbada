"""Classes of error found on the Arabic items of the field evaluation set (tests/data/field), fixed in the Arabic
lexicon, the gazetteer or the rules.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import DetectedEvent, Detector
from tests.unit.detection.tagging import AS_OF, categories_on


def events(detector: Detector, text: str) -> list[DetectedEvent]:
    return detector.tag(text, lang="ar", published_at=AS_OF).events


categories = categories_on(AS_OF, lang="ar")


def regions(detector: Detector, text: str, category: str) -> set[str | None]:
    return {event.region for event in events(detector, text) if event.category == category}


# --- the verb of a combing operation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("وحدات الجيش تمشط أحياء مدينة بابنوسة بحثاً عن مسلحين متوارين.", "West Kordofan"),
        ("مشطت دوريات الأمن العام البساتين المحيطة بمدينة جاسم بعد منتصف الليل.", "Daraa"),
        ("يمشط عناصر الأمن قرى ريف حمص الغربي منذ صباح اليوم.", "Homs"),
    ],
)
def test_forces_combing_an_area_is_a_military_operation(detector: Detector, text: str, region: str) -> None:
    assert region in regions(detector, text, "military_operation")


@pytest.mark.parametrize(
    "text",
    [
        "اشترت الفتاة مشطاً خشبياً لشعرها من سوق المدينة القديمة في حلب.",
        "مشط الشعر العاجي معروض في متحف حماة منذ سنوات.",
    ],
)
def test_a_comb_is_no_operation(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text)


# --- rounds of a shoulder-fired launcher are a firefight's weapon, not shelling ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات بين مسلحين ودورية للشرطة في بلدة نوى استخدمت فيها قذائف آر بي جي والرشاشات.",
        "تبادل عناصر الأمن ومهربون إطلاق النار قرب مدينة القصير، وأطلق المهربون قذيفة RPG على الدورية.",
    ],
)
def test_rpg_rounds_in_a_firefight_are_no_shelling(detector: Detector, text: str) -> None:
    found = categories(detector, text)
    assert "armed_clash" in found
    assert "shelling" not in found


def test_mortar_rounds_stay_shelling(detector: Detector) -> None:
    assert "shelling" in categories(detector, "سقطت ثلاث قذائف هاون على حي الميدان في دمشق صباح اليوم.")


# --- returning fire is a clash ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("تعرض حاجز للجيش عند مدخل بلدة اللبوة لإطلاق نار من سيارة مسرعة، فردت العناصر على مصادر النيران.", "Baalbek-Hermel"),
        ("أطلق مجهولون النار على دورية للأمن العام قرب مدينة الصنمين، وتعاملت الدورية مع مصدر إطلاق النار.", "Daraa"),
    ],
)
def test_fire_returned_at_its_source_is_a_clash(detector: Detector, text: str, region: str) -> None:
    assert region in regions(detector, text, "armed_clash")


@pytest.mark.parametrize(
    "text",
    [
        "لم ترد الوزارة على أسئلة الصحفيين حول مصادر التمويل في حمص.",
        "ردت محافظة حمص على الشكاوى بشأن انقطاع المياه عن الأحياء الشرقية.",
    ],
)
def test_a_reply_is_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text)


# --- Levantine dialect: arrests and withdrawals, colloquial numbers -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "count"),
    [
        ("صحنايا: مسكو الأمن تلاتة من الشباب قدام الجامع اليوم.", "Rif Dimashq", 3),
        ("جرمانا: عناصر الأمن العام لقطو شابين عالحاجز اليوم المسا.", "Rif Dimashq", 2),
    ],
)
def test_a_colloquial_arrest_is_an_arrest(detector: Detector, text: str, region: str, count: int) -> None:
    found = [event for event in events(detector, text) if event.category == "arrest"]
    assert [(event.region, event.count) for event in found] == [(region, count)]


@pytest.mark.parametrize(
    "text",
    [
        "لقطنا صور حلوة بحديقة تشرين بدمشق امبارح.",
        "مسكت الطفلة يد أمها في سوق حمص القديم.",
    ],
)
def test_catching_without_an_authority_is_no_arrest(detector: Detector, text: str) -> None:
    assert "arrest" not in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "عناصر الجيش فلّو من الحاجز اللي عند مدخل بصرى الشام اليوم الضهر وما ضل حدا.",
        "عناصر الأمن انسحبو من حاجز بلدة نوى اليوم الصبح.",
    ],
)
def test_forces_leaving_a_post_in_dialect_is_a_withdrawal(detector: Detector, text: str) -> None:
    assert "Daraa" in regions(detector, text, "withdrawal")


def test_a_dialect_plural_verb_of_arrest_is_an_arrest(detector: Detector) -> None:
    found = [(event.region, event.count) for event in events(detector, "الأمن العام اعتقلو شابين من جرمانا امبارح.") if event.category == "arrest"]
    assert found == [("Rif Dimashq", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "ابو احمد فل من البيت الصبح وراح عالشغل بدرعا.",
        "فلت المطلوب من الحاجز في مدينة جاسم بعد مطاردة قصيرة.",
        "وزعت البلدية الفل والياسمين على المارة في اللاذقية.",
    ],
)
def test_a_person_leaving_or_jasmine_is_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


# --- the Israeli army's name for the West Bank ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعتقلت قوات الاحتلال خمسة شبان في أنحاء يهودا والسامرة الليلة الماضية.", "ar"),
        ("Troops detained five suspects across Judea and Samaria overnight, the army said.", "en"),
    ],
)
def test_judea_and_samaria_is_the_west_bank(detector: Detector, text: str, lang: str) -> None:
    found = detector.tag(text, lang=lang, published_at=AS_OF).events
    assert [(event.category, event.region) for event in found] == [("arrest", "West Bank")]


# --- a counterfactual after a label ("مقال رأي: لو ...") ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تحليل: لو شنت الطائرات غارات على مواقع الفصائل في ريف حلب لتغير ميزان القوى، ولاندلعت اشتباكات في منبج.", "ar"),
        ("رأي: لو أن الجيش انسحب من حاجز بصرى الشام لانفلت الوضع الأمني في المنطقة.", "ar"),
        ("Analysis: had the troops withdrawn from Tal Tamr, ISIS would have filled the gap within weeks.", "en"),
    ],
)
def test_a_counterfactual_after_a_label_reports_nothing(detector: Detector, text: str, lang: str) -> None:
    assert detector.tag(text, lang=lang, published_at=AS_OF).events == []


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("عاجل: انسحبت القوات الأميركية من قاعدة الشدادي صباح اليوم.", "ar", "withdrawal"),
        ("بيان: شنت الطائرات الحربية غارتين على مواقع في ريف حلب الشرقي، ولو أن الأضرار كانت محدودة.", "ar", "airstrike"),
        ("Update: troops withdrew from Tal Tamr on Monday.", "en", "withdrawal"),
    ],
)
def test_a_report_after_a_label_stays(detector: Detector, text: str, lang: str, category: str) -> None:
    found = {event.category for event in detector.tag(text, lang=lang, published_at=AS_OF).events}
    assert category in found


# --- a future act announced with an auxiliary; unexploded ordnance blown up ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ستقوم وحدة من الجيش بتفجير ذخائر في حقل رماية قرب بعلبك يوم الخميس المقبل.",
        "سيقوم الطيران الحربي بتنفيذ غارات على مواقع التنظيم في بادية حمص.",
        "سوف تنسحب القوات من حاجز بلدة نوى خلال الأيام القادمة.",
        "فجّرت فرق الهندسة ذخائر غير منفجرة عُثر عليها في بستان قرب مدينة الرستن.",
        "قامت وحدة من الجيش بتفجير قذائف منتهية الصلاحية في موقع معزول شرق مدينة حماة.",
    ],
)
def test_a_planned_act_or_a_controlled_detonation_is_no_event(detector: Detector, text: str) -> None:
    assert events(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "قامت مجموعة مسلحة بتفجير مستودع ذخائر في بلدة القصير فجر اليوم.",
        "قتل شخصان بانفجار قذيفة غير منفجرة في بلدة كفرنبل.",
    ],
)
def test_a_blast_stays_an_explosion(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- the origin of fire named as positions somewhere ("مصدرها مواقع ... في ريف درعا") -------------------------------


@pytest.mark.parametrize(
    ("text", "region", "count"),
    [
        ("تعرضت بلدة المزرعة بريف السويداء لقصف بعشر قذائف هاون مصدرها مواقع فصائل مسلحة في ريف درعا الشرقي.", "Suwayda", 10),
        ("سقطت ثلاث قذائف على قرية في ريف اللاذقية مصدرها نقاط للمسلحين في محيط مدينة جسر الشغور.", "Latakia", 3),
    ],
)
def test_positions_the_fire_came_from_are_its_origin(detector: Detector, text: str, region: str, count: int) -> None:
    found = [(event.region, event.count) for event in events(detector, text) if event.category == "shelling"]
    assert found == [(region, count)]


def test_a_locative_after_a_direction_is_where_the_fire_fell(detector: Detector) -> None:
    found = [event.place for event in events(detector, "سقطت خمس قذائف من اتجاه البحر على مدينة جبلة.") if event.category == "shelling"]
    assert found == ["Jableh"]


# --- "the countrysides of Damascus and X"; a capital as the addressee of a message -----------------------------------


def test_the_dual_countrysides_of_damascus_are_rif_dimashq(detector: Detector) -> None:
    text = "اشتباكات متقطعة في ريفي دمشق والقنيطرة بين عناصر الأمن العام ومسلحين محليين."
    assert regions(detector, text, "armed_clash") == {"Rif Dimashq", "Quneitra"}


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت غارات إسرائيلية مواقع في ريف درعا، ويرى محللون أن الضربات تحمل رسالة إلى دمشق.",
        "حلب - «مراسلنا»: قصفت المدفعية التركية قرى في ريف الحسكة. ويقرأ مراقبون في القصف رسالة واضحة إلى دمشق.",
    ],
)
def test_a_capital_addressed_by_a_message_is_no_place_of_the_event(detector: Detector, text: str) -> None:
    assert all(event.region != "Damascus" for event in events(detector, text))
    assert all(event.region not in (None, "Aleppo") for event in events(detector, text))


def test_a_capital_where_the_strike_fell_stays(detector: Detector) -> None:
    text = "وصلت رسالة إلى دمشق من أنقرة، فيما شنت الطائرات غارات على حي المزة في دمشق."
    assert regions(detector, text, "airstrike") == {"Damascus"}
