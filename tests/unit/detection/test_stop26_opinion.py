"""Look-alikes from stop 26's probe of Arabic opinion columns and editorials (real excerpts kept outside the repo).

Classes, each beside the near misses that must keep firing:

1. A withdrawal discussed or studied is a plan («قسد تبحث الانسحاب من ...», «تدرس واشنطن سحب ...»), and one still to be
   carried out («أن الانسحاب سيجري ضمن فترة ...»).
2. What is judged imminent or put off is no report, told after its subject (negation `predicates`): «المعركة الحاسمة في
   إدلب باتت وشيكة», «الانسحاب الأميركي من سورية استحقاق مؤجّل».
3. Military operations cut back or still to start: «قرار بتقليص العمليات», «الأنباء عن قرب انطلاق عملية عسكرية».
4. Riots: confrontations told inside a clause that names the demonstrations, a frequency idiom between them («التظاهرات
   تتسع يوماً بعد الآخر رغم المواجهات»: "day after day" no longer breaks the clause), or followed by their own stones
   («مواجهات ... رشق خلالها شبان الجنود بالحجارة») are a protest, not an armed clash; stones thrown at forces are a
   protest (not settlers').
5. A columnist's «غارات إعلامية» and the war's toll in thousands laid on the raids («أصيب أكثر من 90 ألف آخرين جراء
   الغارات») are no air strike; an attack waged with one missile is the missile's, no military operation.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories

# --- 1. a withdrawal discussed, studied, or still to be carried out ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قوات سوريا الديمقراطية تبحث الانسحاب من ريف الرقة الشرقي تحت ضغوط أمريكية.",
        "تدرس وزارة الدفاع الأمريكية سحب قواتها من قاعدة التنف خلال الأشهر المقبلة.",
        "وقال المصدر إن الانسحاب سيجري على مراحل ولن يشمل القواعد الكبيرة في الحسكة.",
    ],
)
def test_a_withdrawal_discussed_or_to_come_is_none(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "انسحبت قوات سوريا الديمقراطية من ريف الرقة الشرقي فجر اليوم بعد اجتماع لبحث الوضع.",
        "سحبت الولايات المتحدة قواتها من قاعدة التنف صباح اليوم، بحسب مصادر محلية.",
        "أكمل الجيش انسحابه من البلدة مساء أمس وسلم مواقعه لقوات الأمن.",
    ],
)
def test_a_withdrawal_carried_out_still_fires(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text, lang="ar")


# --- 2. imminent or put off --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("يرى مراقبون أن المعركة الكبرى في ريف حلب الغربي باتت وشيكة.", "armed_clash"),
        ("الانسحاب الروسي من القاعدة الجوية في القامشلي استحقاق مؤجّل منذ سنوات.", "withdrawal"),
    ],
)
def test_a_battle_imminent_or_a_withdrawal_put_off_is_none(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("دارت معركة عنيفة في ريف حلب الغربي صباح اليوم بين قوات النظام وفصائل المعارضة.", "armed_clash"),
        ("انسحبت القوات الروسية من القاعدة الجوية في القامشلي اليوم بعد قرار مؤجل منذ أشهر.", "withdrawal"),
    ],
)
def test_a_battle_fought_or_a_withdrawal_made_still_fires(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text, lang="ar")


# --- 3. operations cut back or still to start ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أصدرت قيادة الجيش قراراً بتقليص العمليات في شمال القطاع استجابة للضغوط الدولية.",
        "تحدثت وسائل إعلام عن قرب انطلاق عملية عسكرية في ريف إدلب الجنوبي.",
        "تتحدث الأوساط المحلية عن اقتراب بدء عملية برية في محيط البلدة.",
    ],
)
def test_an_operation_cut_back_or_near_is_none(detector: Detector, text: str) -> None:
    assert "military_operation" not in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "أطلق الجيش عملية عسكرية واسعة في ريف إدلب الجنوبي فجر اليوم.",
        "بدأت القوات عملية برية في محيط البلدة صباح اليوم بعد قصف مكثف.",
    ],
)
def test_an_operation_launched_still_fires(detector: Detector, text: str) -> None:
    assert "military_operation" in categories(detector, text, lang="ar")


# --- 4. riots ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تتسع الاحتجاجات في البصرة يوماً بعد الآخر رغم المواجهات العنيفة التي شهدتها شوارع المدينة.",
        "اندلعت مواجهات في أحياء البلدة القديمة بالخليل، رشق خلالها شبان جنود الاحتلال بالحجارة.",
    ],
)
def test_a_riot_is_a_protest_not_a_clash(detector: Detector, text: str) -> None:
    found = categories(detector, text, lang="ar")
    assert "armed_clash" not in found
    assert "protest" in found


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات مسلحة بين قوات الجيش ومسلحين في أحياء البلدة القديمة يوماً بعد يوم.",
        "دارت مواجهات مسلحة بين فصيلين في ريف درعا الغربي صباح اليوم.",
    ],
)
def test_an_armed_clash_still_fires(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text, lang="ar")


def test_settlers_stoning_cars_is_no_protest(detector: Detector) -> None:
    text = "رشق مستوطنون سيارات المواطنين بالحجارة على الطريق قرب نابلس."
    assert "protest" not in categories(detector, text, lang="ar")


# --- 5. media raids, the war's toll, an attack of one missile ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("غارات إعلامية تشنها القنوات على الحكومة كل مساء.", "airstrike"),
        ("وتجاوز عدد الشهداء 40 ألفاً، فيما أصيب أكثر من 90 ألف آخرين جراء الغارات على القطاع.", "airstrike"),
        ("شنت الجماعة هجوماً بصاروخ باليستي على مدينة إيلات فجر اليوم.", "military_operation"),
    ],
)
def test_media_raids_tolls_and_missile_attacks(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("شنت طائرات حربية غارات على مقر مؤسسة إعلامية في مدينة غزة اليوم.", "airstrike"),
        ("قتل ثلاثة مدنيين جراء الغارات على بلدة معرة مصرين فجر اليوم.", "airstrike"),
        ("شنت الجماعة هجوماً بصاروخ باليستي على مدينة إيلات فجر اليوم.", "shelling"),
    ],
)
def test_strikes_and_missiles_still_fire(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text, lang="ar")
