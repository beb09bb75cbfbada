"""Arabic full-article classes of the three weakest categories on untouched full articles (withdrawal, military_operation,
explosion): a withdrawal only demanded or still to be completed, an operation still to come, blasts residents were
warned of or a controlled detonation made; and the real events beside them that stay events.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.arabic_tagging import categories


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a withdrawal demanded with the possessive noun, by a caller in the participle, or through pressure
        ("جدد المجلس المحلي مطالبته بانسحاب الفصائل المسلحة من بلدة الصنمين وتسليم الحواجز للشرطة.", "withdrawal"),
        ("أكدت الهيئة مطالبتها بانسحاب القوات الأجنبية من مطار القامشلي قبل نهاية العام.", "withdrawal"),
        ("طالبوا في بيانهم بانسحاب المسلحين من الأحياء الشرقية لمدينة منبج.", "withdrawal"),
        ("وختم الوزير كلمته داعياً الوسطاء إلى الضغط من أجل انسحاب الميليشيات من محيط مدينة الفاشر.", "withdrawal"),
        # a withdrawal whose completion is still to come
        ("قالت الحكومة إن الجدول يسير كما هو متفق عليه، على أن يكتمل الانسحاب من قاعدة حرير في الربيع المقبل.", "withdrawal"),
        # an operation told with its launch still ahead
        ("قال مصدر في وزارة الداخلية إن حملة أمنية مرتقبة ستشمل قرى ريف القصير لملاحقة المهربين.", "military_operation"),
        ("أكد قائد الفرقة أن عمليات نوعية ستنفذ قريباً لملاحقة الخلايا المتوارية في بادية تدمر.", "military_operation"),
        ("نقلت الصحيفة عن مسؤول أن عملية عسكرية ستنطلق في ريف الرقة الشمالي بعد انتهاء المهلة.", "military_operation"),
        # residents told beforehand not to be alarmed by the blasts of a disposal
        ("فجّر فريق الهندسة قذائف قديمة في واد معزول شرقي تلكلخ، وأبلغت البلدية السكان عبر مكبرات الصوت قبل الظهر لتفادي الهلع من دوي الانفجارات.", "explosion"),
        ("نوهت قيادة المنطقة إلى أن أصوات الانفجارات التي سمعها أهالي جبلة مصدرها إتلاف ذخائر مصادرة.", "explosion"),
        # an ability, not an act
        ("أكد الناطق أن كتائبه قادرة على الانسحاب من الحي المحاصر في أي لحظة.", "withdrawal"),
        ("قال الوزير إن الجيش قادر على تنفيذ عملية عسكرية واسعة في البادية.", "military_operation"),
        # a civil body pulling its machinery out
        ("قررت بلدية تل شهاب سحب آلياتها من الطريق الزراعي بعد خلاف مع المالكين على مسار التوسعة.", "withdrawal"),
        # a reading of what happened, not a report of it
        ("نقلت أنقرة بطاريات دفاع جوي من قاعدة قرب الباب، وهو ما اعتبره محللون بداية إعادة تموضع أوسع.", "withdrawal"),
        # any operation is a hypothetical one
        ("قال السفير إن أي عملية عسكرية في ريف منبج ستقابل برد حازم من التحالف.", "military_operation"),
        # a fuel tank or a sewer main bursting, a flood of rumours
        ("سُمع دوي انفجار خزان وقود في محطة على طريق السلمية، وهرعت فرق الإطفاء إلى المكان.", "explosion"),
        ("تسبب انفجار في خط الصرف الصحي بغرق شارعين في حي الشعار.", "explosion"),
        ("حذر الأطباء من انفجار الشائعات حول اللقاحات على مواقع التواصل.", "explosion"),
        # a controlled detonation in the participle محكوم
        ("أتلفت وحدة الهندسة بشكل محكوم عبوات عثر عليها في بستان، وسمع السكان صوت انفجار قوي.", "explosion"),
    ],
)
def test_ar_weak_category_non_event_is_dropped(detector: Detector, text: str, dropped: str) -> None:
    assert dropped not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near misses: the real events these cues sit beside
        ("انسحبت الفصائل المسلحة من بلدة الصنمين مساء الجمعة وسلمت الحواجز للشرطة.", "withdrawal"),
        ("أعادت القوات الحكومية تموضعها خارج مدينة شهبا ظهر اليوم بعد اتفاق مع الوجهاء.", "withdrawal"),
        ("بدأت قوات الأمن حملة أمنية في قرى ريف القصير فجر اليوم لملاحقة المهربين.", "military_operation"),
        ("أطلق الجيش عملية عسكرية في ريف الرقة الشمالي صباح اليوم بعد انتهاء المهلة.", "military_operation"),
        ("أثار دوي انفجار عنيف الهلع بين سكان حي الميدان إثر انفجار عبوة ناسفة بسيارة عسكرية.", "explosion"),
        ("انفجرت سيارة مفخخة قرب دوار المدينة في أعزاز ظهر اليوم، ما أوقع قتلى وجرحى.", "explosion"),
        ("سحب الجيش وحداته من مبنى البلدية في بلدة تل شهاب صباح اليوم.", "withdrawal"),
        ("انسحبت القوات من محيط مبنى البلدية في مدينة نوى بعد اشتباك قصير.", "withdrawal"),
        ("انفجرت عبوة ناسفة بسيارة قرب محطة وقود على طريق السلمية مساء أمس.", "explosion"),
    ],
)
def test_ar_weak_category_event_stays(detector: Detector, text: str, kept: str) -> None:
    assert kept in categories(detector, text)
