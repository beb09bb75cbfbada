"""Classes found by the stop 25 probe of real Arabic news (Iraq, Yemen, Sudan, Libya, Gaza, Sinai, Somalia, the Sahel).

Each class is fixed in lexicon data only (ar.yaml):

- the aircraft as the subject of «قصفت» ("قصفت طائرات ... بالصواريخ"): the rockets are the aircraft's, no shelling;
- a court's conviction for a past bombing ("أدانت المحكمة ... بتفجير", "لإدانتهم بزرع عبوة"): history, no explosion;
- the purpose of forces sent ("وذلك لشن غارات", "بهدف شن"): strikes still to come (not "عادت الطائرات لشن غارات");
- a sports column's "our team", "our match", net and crossbar: a «قذيفة أرض–جو» shot is no shelling;
- ministers walking out of a cabinet session "as a message of protest", a bloc citing "protesters' demands": neither a
  withdrawal nor a protest (a defence minister announcing a pullout still is one);
- an army's campaign named by its size ("حملة موسعة", a force in its sentence): a military operation (not a
  vaccination, a clean-up or a wave of arrests; and a bare «حملة موسعة» after an operation still opens one);
- "air operations" carried out ("عمليات جوية نفذت"): an air strike (not the command that runs them, nor airline flights);
- a half-year's tally ("خلال النصف الأول من العام"): background;
- a "suicidal" infiltration push is no bombing, and a suicide attack on a barracks is the explosion, not a clash;
- the construct dual «راعيي» counts two.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

_categories = categories_on(lang="ar")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the aircraft is the verb's subject: its rockets are the air strike's
        (
            "قصفت طائرات حربية بالصواريخ قرى حدودية في قضاء زاخو شمال العراق صباح اليوم.",
            "airstrike",
            "shelling",
        ),
        ("قصفت مسيرات تركية بالصواريخ مواقع قرب قضاء سوران في أربيل اليوم.", "airstrike", "shelling"),
        # a court's conviction for a past bombing
        (
            "أدانت المحكمة الجنائية اليوم ثلاثة رجال بتفجير سيارة مفخخة قرب سوق في البصرة قبل عامين.",
            None,
            "explosion",
        ),
        (
            "حكم قاض في الموصل على أربعة رجال بالسجن لإدانتهم بزرع عبوة ناسفة انفجرت قرب دورية للشرطة.",
            None,
            "explosion",
        ),
        # strikes that are the purpose of forces sent
        (
            "قرر الرئيس إرسال سرب من المقاتلات إلى القاعدة وذلك لشن غارات على مواقع التنظيم في الصحراء.",
            None,
            "airstrike",
        ),
        ("أرسلت الحكومة طائرات مسيرة إلى الإقليم بهدف شن ضربات على معاقل المسلحين.", None, "airstrike"),
        # ministers walking out of a session in protest
        (
            "شهد اجتماع الحكومة في بعبدا انسحاب وزراء الكتلة من القاعة بعد خلاف على جدول الأعمال.",
            None,
            "withdrawal",
        ),
        ("غادر وزراء التكتل إلى مكتب مجاور في رسالة احتجاج على إدراج البند في بعبدا.", None, "protest"),
        ("ناقشت الكتلة الانسحاب من الحكومة للضغط من أجل تلبية مطالب المتظاهرين في البصرة.", None, "protest"),
        # an army's campaign named by its size
        (
            "أطلق الجيش صباح اليوم حملة موسعة في قرى جنوب العريش بحثاً عن عناصر مسلحة.",
            "military_operation",
            None,
        ),
        ("شنت قوات الأمن حملة موسعة في أحياء مدينة تلكلخ غرب حمص اليوم.", "military_operation", None),
        # air operations carried out
        (
            "أعلنت وزارة الدفاع تدمير آليات للمسلحين خلال عمليات جوية نفذت فجر اليوم في إقليم باي.",
            "airstrike",
            None,
        ),
        # a half-year's tally
        (
            "شن التنظيم خلال النصف الأول من هذا العام أكثر من أربعين هجوماً على حواجز الجيش في أبين.",
            None,
            "armed_clash",
        ),
        (
            "نفذ التنظيم 40 هجوماً على حواجز الجيش خلال النصف الأول من العام في محافظتي أبين وشبوة.",
            None,
            "armed_clash",
        ),
        # a suicidal push of fighters and a suicide attack on a barracks
        (
            "دفع المسلحون بعشرات من عناصرهم في محاولة تسلل انتحارية نحو أطراف الحديدة فجر اليوم.",
            "armed_clash",
            "explosion",
        ),
        ("استهدف هجوم انتحاري ثكنة عسكرية شمال مقديشو صباح اليوم.", "explosion", "armed_clash"),
    ],
)
def test_stop25_probe_classes(
    detector: Detector, text: str, expected: str | None, absent: str | None
) -> None:
    categories = _categories(detector, text)
    if expected is not None:
        assert expected in categories
    if absent is not None:
        assert absent not in categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a strike told with a return or a take-off verb stays one
        ("عادت الطائرات الحربية لشن غارات على بلدة معرة مصرين صباح اليوم.", "airstrike"),
        ("أقلعت المقاتلات من القاعدة لشن غارات على ريف إدلب الجنوبي صباح اليوم.", "airstrike"),
        # a defence minister announcing a real pullout
        ("أعلن وزير الدفاع انسحاب القوات من بلدة القصير في ريف حمص اليوم.", "withdrawal"),
        # a sit-in in protest
        ("اعتصم العشرات أمام مبنى المحافظة في السويداء اليوم احتجاجاً على الاعتقالات.", "protest"),
        # the artillery's own shelling beside an air strike
        ("شنت الطائرات الحربية غارات على بلدة كفرنبل، وقصفت القوات الحكومية أطرافها.", "shelling"),
        # a conviction's verb with a government as its subject is a condemnation: the blast is news
        ("أدانت الحكومة انفجار سيارة مفخخة قرب سوق في كركوك صباح اليوم.", "explosion"),
        # a new campaign after an operation, no force in its sentence (the one-word term does not shadow it)
        (
            "أطلقت قوات الأمن العام اليوم حملة أمنية في ريف درعا الشرقي.\nوفي سياق منفصل، بدأت حملة موسعة في ريف حلب الشمالي.",
            "military_operation",
        ),
        # a bomber who blew himself up
        ("فجر انتحاري نفسه قرب حاجز للجيش في مقديشو صباح اليوم.", "explosion"),
    ],
)
def test_stop25_near_misses_still_fire(detector: Detector, text: str, expected: str) -> None:
    assert expected in _categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت مديرية الصحة بالتعاون مع الجيش حملة موسعة للتطعيم ضد الحصبة في ريف حمص.",
        "أطلقت البلدية حملة موسعة لتنظيف شوارع حمص بمشاركة عناصر الدفاع المدني.",
        "التقى الوزير قائد العمليات الجوية في بغداد اليوم لبحث خطط التدريب.",
        "استأنفت الشركة الوطنية عمليات جوية تجارية إلى مطار دمشق الدولي اليوم.",
    ],
)
def test_stop25_negatives_stay_quiet(detector: Detector, text: str) -> None:
    categories = _categories(detector, text)
    assert "military_operation" not in categories
    assert "airstrike" not in categories
    assert "armed_clash" not in categories


def test_stop25_sports_column_shot_is_no_shelling(detector: Detector) -> None:
    text = (
        "فاز منتخبنا على ضيفه بثلاثة أهداف مقابل هدفين في مباراتنا الحاسمة أمس. "
        "وسجل المهاجم الهدف الأول في الدقيقة 20 بقذيفة أرض–أرض سكنت الشباك، "
        "وكاد أن يضيف الهدف الثاني لكن قذيفته هذه المرة كانت أرض–جو ردتها العارضة."
    )
    assert "shelling" not in _categories(detector, text)


def test_stop25_construct_dual_of_shepherd_counts_two(detector: Detector) -> None:
    result = detector.tag(
        "اعتقلت قوة إسرائيلية راعيي أغنام قرب بلدة جباتا الخشب في ريف القنيطرة مساء اليوم.",
        lang="ar",
        published_at=AS_OF,
    )
    arrests = [event for event in result.events if event.category == "arrest"]
    assert arrests and arrests[0].count == 2
