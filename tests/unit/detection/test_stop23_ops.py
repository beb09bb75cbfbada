"""False-positive classes found on the ops23 blind set (stop 23), fixed by rules general enough for unseen pages.

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses: the
same words telling news, which must stay events."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def categories_of(detector: Detector, text: str, title: str = "") -> set[str]:
    result = detector.tag(text, title=title, published_at=AS_OF)
    return {event.category for event in result.events}


def events(detector: Detector, text: str, title: str = "") -> list[tuple[str, str | None]]:
    result = detector.tag(text, title=title, published_at=AS_OF)
    return sorted((event.category, event.region or event.country) for event in result.events)


# --- 1. a civil campaign or operation after a real one ----------------------------------------------------------------
# An indefinite "a campaign" / «حملة» opens a campaign of its own: it is no anaphor of the operation told before it, and
# counts as an operation only when its sentence names an armed party and no civil purpose (traffic, inspections,
# donations, aid, removal of encroachments). A traffic or transport authority's operation to inspect vehicles is none.

_OPERATION_EN = "Israeli forces on Thursday launched a military operation in Jenin camp, the army said.\n"
_OPERATION_AR = "أطلقت قوات الأمن العام، اليوم الخميس، حملة أمنية واسعة في ريف درعا الشرقي بحثاً عن مطلوبين.\n"


@pytest.mark.parametrize(
    "text",
    [
        _OPERATION_EN + "In Bahrain, meanwhile, the General Directorate of Traffic launched a campaign to inspect school buses.",
        _OPERATION_EN + "In Amman, the health ministry began a campaign for blood donors in public hospitals.",
        _OPERATION_EN + "In Nairobi, the transport authority began a week-long operation to inspect public service vehicles.",
        _OPERATION_AR + "وفي عمّان، أطلقت مديرية الأمن العام حملة مرورية لضبط السرعات على الطريق الصحراوي.",
        _OPERATION_AR + "كما تتواصل حملة «شتاء دافئ» لتوزيع المساعدات على اللاجئين في المفرق.",
        _OPERATION_AR + "وأعلنت محافظة دمشق عن حملة لإزالة الإشغالات من الأرصفة في الأسواق القديمة.",
        _OPERATION_AR + "وأطلقت وزارة الصحة في نابلس حملة للتبرع بالدم في مستشفيات الشمال.",
    ],
)
def test_a_civil_campaign_after_an_operation_adds_none(detector: Detector, text: str) -> None:
    assert [category for category, _ in events(detector, text)].count("military_operation") == 1


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (_OPERATION_EN + "Separately, troops launched a campaign to flush out militants in the villages of Idlib province.", "Idlib"),
        (_OPERATION_AR + "وفي ريف حماة، أطلقت القوات حملة واسعة لملاحقة خلايا التنظيم.", "Hama"),
        (_OPERATION_EN + "Separately, Turkey launched a new operation in northern Iraq.", "Iraq"),
        (_OPERATION_AR + "وفي سياق منفصل، بدأت حملة واسعة في ريف حلب الشمالي.", "Aleppo"),
        (_OPERATION_AR + "وفي ريف دير الزور، بدأت وحدات الجيش عملية تفتيش واسعة في القرى بحثاً عن مسلحين.", "Deir ez-Zor"),
    ],
)
def test_a_new_armed_campaign_after_an_operation_stays(detector: Detector, text: str, region: str) -> None:
    assert ("military_operation", region) in events(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces launched an operation in Tulkarm camp on Thursday. The operation targeted armed cells, the army said.",
        "أطلقت قوات الاحتلال عملية عسكرية في مخيم جنين فجر اليوم. وقال الجيش إن العملية تستهدف خلايا مسلحة.",
        "The army launched a campaign in the villages east of Palmyra on Thursday, targeting Islamic State cells.",
        "أطلقت قوات الأمن العام حملة تمشيط في قرى ريف جبلة بحثاً عن مسلحين فارين.\nوأوضحت المصادر أن الحملة تشمل قرى عدة.",
    ],
)
def test_operations_told_as_news_stay(detector: Detector, text: str) -> None:
    assert "military_operation" in categories_of(detector, text)


# --- 2. a strike or a protest only called for, threatened or debated ----------------------------------------------------
# A strike called for a coming day, threatened or planned is none, and so is a later bare «الإضراب» / «المظاهرة» in a
# sentence naming no one who strikes or marches, before any protest has counted: it is that one. A call still to be made
# ("would also call demonstrations": "also" after an auxiliary ends no clause), a promise, and the right or the law of
# protest as a debate's topic report none either.


@pytest.mark.parametrize(
    "text",
    [
        "لوّحت نقابة المعلمين بالدخول في إضراب عام الأسبوع المقبل.\nوقال الكاتب العام إن الهيئة ستنعقد لضبط تاريخ الإضراب.",
        "دعت لجنة المتابعة إلى إضراب شامل ومظاهرة قطرية يوم السبت المقبل.\nوقال رئيس اللجنة إن «الإضراب والمظاهرة رسالة واضحة للحكومة».",
        "دعت الأحزاب إلى إضراب شامل يوم السبت المقبل.\nوأكدت التزامها بإنجاح الإضراب، داعية الأهالي إلى المشاركة في المظاهرة.",
        "وواصلت لجنة الحقوق نقاشها حول مشروع القانون المنظم للاجتماعات العامة والمظاهرات.",
        "وانتقد نواب ما وصفوه بالتضييق على حق التظاهر في تونس.",
        "The union issued a strike notice on Thursday. He said the union would also call nationwide demonstrations during the strike.",
        "In the Senate, lawmakers debated a motion on the right to picket outside public hospitals.",
    ],
)
def test_a_protest_called_for_threatened_or_debated_is_none(detector: Detector, text: str) -> None:
    assert "protest" not in categories_of(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "أضرب المعلمون في المدارس الحكومية اليوم الأحد للمطالبة بتحسين الأجور.\nوشلّ الإضراب الدوام في معظم المدارس.",
        "نفّذ عمال النظافة إضراباً عن العمل في بلدية صيدا اليوم احتجاجاً على تأخر الرواتب.",
        "خرج مئات المتظاهرين في ساحة الكرامة بالسويداء اليوم للمطالبة بالإفراج عن المعتقلين.",
        "دعت النقابة إلى إضراب عام في السويداء.\nوبلغت نسبة الالتزام بالإضراب تسعين في المئة بحسب النقابة.",
        "دعت لجان المقاومة إلى مظاهرات في الخرطوم.\nوفرقت الشرطة المظاهرة بالغاز المسيل للدموع.",
        "دعا ناشطون إلى إضراب عام في درعا.\nوأغلقت المحال التجارية أبوابها استجابة للإضراب في معظم البلدات.",
        "Hundreds of doctors went on strike in Nairobi on Thursday and marched to the health ministry to demand unpaid wages.",
        "Residents would also block the road, they said, as hundreds protested in the town against power cuts.",
    ],
)
def test_a_protest_held_stays(detector: Detector, text: str) -> None:
    assert "protest" in categories_of(detector, text)


# --- 3. operations told as past, to come, praised in general, or as a war's lessons -------------------------------------
# An anaphor qualified as past or to come ("past offensives", "the next campaign", «العمليات السابقة», «عمليات نوعية
# مقبلة») or praised in general ("praised counter-ISIS operations", «نتائج العمليات») is not the day's operation; an
# offensive promised is none; the lessons of a battle are history («دروس معركة مدني», "the lessons of the battle").


@pytest.mark.parametrize(
    "text",
    [
        "The army has promised a counter-offensive to liberate Darfur, a pledge it has made repeatedly.",
        "Analysts say a new offensive is possible. Past offensives, from Wad Madani to Khartoum, show that gains rarely last.",
        "Officials in Damascus have praised counter-ISIS operations in the Badia in general terms.",
        "Officials in Damascus have spoken of joint campaigns with the coalition in the Badia.",
        "وأضاف أن القيادة تضع حالياً خططاً لعمليات نوعية مقبلة في المناطق الصحراوية بين الأنبار ونينوى.",
        "وقال الناطق في مؤتمر صحفي ببغداد إن نتائج العمليات «كانت مميزة على جميع الصعد».",
        "ويرى الخبير أن العمليات في الخرطوم «بُنيت على دروس معركة مدني» قبل عامين.",
        "ويبقى السؤال ما إذا كانت المنطقة مقبلة على جولة جديدة من القتال في ريف حلب.",
    ],
)
def test_an_operation_past_to_come_or_praised_is_none(detector: Detector, text: str) -> None:
    assert not categories_of(detector, text) & {"military_operation", "armed_clash"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Houthi forces on Thursday launched a new offensive on government positions in Marib province.", "military_operation"),
        ("The army launched a counter-offensive in the villages east of El Fasher on Thursday, the military said.", "military_operation"),
        ("أطلق الجيش العراقي اليوم عملية عسكرية واسعة في صحراء الأنبار لملاحقة خلايا داعش.", "military_operation"),
        ("اندلعت جولة جديدة من القتال بين الجيش وقوات الدعم السريع في مدينة الفاشر اليوم.", "armed_clash"),
        ("اندلعت معركة عنيفة بين الفصائل وقوات النظام في ريف إدلب الجنوبي فجر اليوم.", "armed_clash"),
        ("علقت المدارس الدروس في مدينة أريحا بسبب القصف المدفعي المستمر على المدينة اليوم.", "shelling"),
        ("Witnesses spoke of heavy shelling on the town of Sarmin overnight.", "shelling"),
        ("Despite their promise, regime forces shelled the town of Ariha on Monday.", "shelling"),
    ],
)
def test_an_operation_or_battle_of_the_day_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories_of(detector, text)


# --- 4. towing and pumping gear is no withdrawal ------------------------------------------------------------------------
# «معدات سحب» (towing equipment), «آليات لسحب المياه» (pumps): a tool named by «سحب», not forces pulling out.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأشار المتحدث إلى أن فرق الدفاع المدني في جدة مزودة بقوارب مطاطية ومعدات سحب وأجهزة اتصال حديثة.", False),
        ("ودفعت البلدية بآليات لسحب المياه من الأنفاق في حلب بعد الأمطار الغزيرة.", False),
        ("سحب الجيش معداته الثقيلة من محيط مطار كويرس شرق حلب اليوم.", True),
        ("سحبت القوات الروسية آلياتها من مطار القامشلي صباح اليوم.", True),
    ],
)
def test_towing_gear_is_no_withdrawal(detector: Detector, text: str, expected: bool) -> None:
    assert ("withdrawal" in categories_of(detector, text)) is expected


# --- 5. a game's second person ------------------------------------------------------------------------------------------
# "asks you to call in airstrikes": a game's instruction, not a report (the news of one stays).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skyfall Protocol, the new tactical game, asks you to call in airstrikes on a fictional city.", False),
        ("Russian jets carried out airstrikes on the town of Ariha in Idlib province on Monday, the observatory said.", True),
    ],
)
def test_a_game_asking_you_to_strike_is_none(detector: Detector, text: str, expected: bool) -> None:
    assert ("airstrike" in categories_of(detector, text)) is expected
