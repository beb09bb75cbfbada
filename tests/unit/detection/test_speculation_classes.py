"""Speculation, hypothesis, debate and opinion: what a mention is judged, weighed or offered as, not what happened.

1. Speculation told after the mention ("is plausible", "remains unlikely", "غير وارد", "مستبعد"), in its clause and
   past a pause only into a parenthetical; a report followed by an appositive judgement, or by a day and another
   clause judged, stays.
2. A choice ("either ... or", "إما ... أو"): neither branch is a report; an alternative of time after a report stays,
   and أما ("as for", folded like إما) opens no choice.
3. Hints, debates, questions, guesses, ideas, advice ("should withdraw", "it is time", "آن الأوان") and talks held about it, and bills that would have required it; a
   withdrawal under way that is discussed stays, and so does a report followed by what its event would bring ("in a raid
   that would leave the town without power").
4. The right to respond kept in reserve is no exchange of fire; returned fire stays.
5. A state's diplomatic protest is no street protest; a rally outside an embassy stays.
6. (A recall fix beside them) a force named far before that pulls out of the village it raided withdraws; banks leaving
   a town do not.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector
from tests.unit.detection.arabic_tagging import categories as ar_categories
from tests.unit.detection.tagging import categories_on

AS_OF = datetime(2026, 11, 26, tzinfo=UTC)

en_categories = categories_on(AS_OF)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. judged after the mention
        ("A renewed offensive by the rebels against the provincial capital is plausible before the rains.", "military_operation"),
        ("A full pullout of the brigade from the eastern hills remains unlikely this winter, diplomats in Amman said.",
         "withdrawal"),
        ("A withdrawal of Turkish troops from the border strip, floated by Ankara for months, would strip the militia of its cover.",
         "withdrawal"),
        ("Any large ground offensive on the port city would be a mistake, the envoy told reporters.", "military_operation"),
        ("A phased withdrawal of the peacekeepers from the buffer zone is under discussion in New York.", "withdrawal"),
        # 2. a choice
        ("The militia was told to either withdraw its fighters from the ridge or face a military operation within a week.",
         "withdrawal"),
        ("The militia was told to either withdraw its fighters from the ridge or face a military operation within a week.",
         "military_operation"),
        # 3. hints, debates, briefings, failed bills
        ("Some ministers have hinted at a military offensive in the north if the ceasefire collapses.", "military_operation"),
        ("The defence minister briefed lawmakers on counter-insurgency operations in the Sahel on Wednesday.", "military_operation"),
        ("The debate over a pullout of French troops from Chad has divided the parliament in Paris.", "withdrawal"),
        ("The draft law that would have required the government to withdraw troops from Mali failed in the assembly.",
         "withdrawal"),
        ("There has been talk of a pullout of Western troops from the Sahel since the coup in Niamey.", "withdrawal"),
        ("Commanders are contemplating a ground offensive on the Houthi-held port of Hodeidah.", "military_operation"),
        ("In theory, a withdrawal of the militias from Tripoli could calm the capital.", "withdrawal"),
        ("The idea of a military operation against the PKK in Sinjar has resurfaced in Ankara.", "military_operation"),
        ("A hasty withdrawal of U.S. forces from eastern Syria would embolden the Islamic State, the senator argued.",
         "withdrawal"),
        ("A full withdrawal of Russian troops from the Kherson region is only a matter of time, the general claimed.",
         "withdrawal"),
        ("The withdrawal of foreign fighters from Libya is on the agenda of talks in Geneva next week.", "withdrawal"),
        ("Washington should withdraw its remaining troops from eastern Syria before the election.", "withdrawal"),
        ("It is time for Paris to withdraw its soldiers from Chad.", "withdrawal"),
        ("Whether Ankara launches an offensive in Kobani depends on Washington.", "military_operation"),
        ("A ground offensive in Rafah seems increasingly likely.", "military_operation"),
        ("Imagine a withdrawal of U.S. troops from Syria next year.", "withdrawal"),
        # 4. the right to respond
        ("The army said it reserves the right to respond to any attack on its positions near Kfarshouba.", "armed_clash"),
        # 5. a diplomatic protest
        ("The Foreign Ministry in Baghdad protested formally to the Turkish ambassador over the closure of the crossing.",
         "protest"),
        ("Tripoli has protested diplomatically but has not recalled its envoy.", "protest"),
        # 6. not a force
        ("Two banks are pulling out of the town as the economy slows.", "withdrawal"),
    ],
)
def test_en_speculation_is_no_event(detector: Detector, text: str, category: str) -> None:
    assert category not in en_categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Israeli troops withdrew from the village of Kafr Kila on Monday, a move analysts said was unlikely to last.",
         "withdrawal"),
        ("Troops withdrew from two outposts near Kafr Kila on Monday, a move analysts described as unlikely to last.",
         "withdrawal"),
        ("An offensive launched by the army against the rebels in Darfur on Monday is unlikely to end soon.",
         "military_operation"),
        ("Russian jets struck the outskirts of Idlib either late on Sunday or early on Monday, residents said.", "airstrike"),
        ("Clashes broke out on either side of the border near Qusayr on Tuesday.", "armed_clash"),
        ("The withdrawal of troops from Kafr Kila, which began on Tuesday, was discussed by the cabinet on Wednesday.",
         "withdrawal"),
        ("Hundreds of protesters rallied outside the Turkish embassy in Baghdad on Friday to protest the closure of the crossing.",
         "protest"),
        ("Protesters gathered in Basra on Friday and protested outside the provincial government building.", "protest"),
        ("Israeli jets struck a fuel depot near Tyre on Monday in a raid that would leave the town without power for days.",
         "airstrike"),
        ("Troops withdrew from two villages near Kupiansk on Sunday in a move that would allow them to shorten the front.",
         "withdrawal"),
        ("The Security Council discussed the air strike on a hospital in Khan Younis that killed 30 people on Monday.",
         "airstrike"),
        ("Lawmakers raised questions about the drone strike in Deir ez-Zor that killed four civilians on Sunday.", "airstrike"),
        ("It was unclear whether the air strike on the convoy near Rafah killed anyone.", "airstrike"),
        ("The bomb that exploded in the market must have been planted overnight, police in Mogadishu said.", "explosion"),
        ("Officials said residents should stay indoors as clashes continued in the old city of Tripoli on Sunday.", "armed_clash"),
        ("It took a long time for the troops to withdraw from the village of Rafid on Monday.", "withdrawal"),
        ("Clashes erupted in Tripoli on Monday and a quick resolution is unlikely.", "armed_clash"),
        ("Israeli jets struck Nabatieh on Monday and a new truce looks unlikely.", "airstrike"),
        ("Drones struck Kharkiv overnight as talks on a ceasefire remain under discussion in Geneva.", "airstrike"),
        ("Parliament debated the drone strike on a wedding party in Helmand that killed 12 people.", "airstrike"),
        ("The air strike on the consulate in Damascus raised the risk of a wider regional war, analysts said.", "airstrike"),
        ("Government forces raided the hamlet of Tall Abyad overnight and arrested four suspects, local sources said, before "
         "pulling out of the village at dawn.", "withdrawal"),
    ],
)
def test_en_near_misses_stay_events(detector: Detector, text: str, category: str) -> None:
    assert category in en_categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. judged after the mention
        ("وقال مصدر دبلوماسي إن انسحاب القوات التركية من كامل الشريط الحدودي غير وارد في المرحلة الحالية.", "withdrawal"),
        ("ويرى مراقبون أن شن عملية عسكرية واسعة على مدينة إدلب خلال الشتاء مستبعد.", "military_operation"),
        # 2. a choice
        ("ونقلت الرسالة شروطاً واضحة: إما انسحاب الفصائل من كامل المنطقة الواقعة شرق الطريق، أو عملية عسكرية واسعة على معاقلها.",
         "withdrawal"),
        ("ونقلت الرسالة شروطاً واضحة: إما انسحاب الفصائل من كامل المنطقة الواقعة شرق الطريق، أو عملية عسكرية واسعة على معاقلها.",
         "military_operation"),
        # 3. speculation, questions and talks
        ("ولا تستبعد أوساط سياسية في بيروت أن تلجأ الحكومة إلى سحب قواتها من النقاط الحدودية قبل نهاية العام.", "withdrawal"),
        ("ويطرح القرار تساؤلات حول انسحاب القوات الأمريكية من قاعدة التنف.", "withdrawal"),
        ("وناقش وزير الدفاع مع نظيره التركي انسحاب القوات من المواقع الحدودية في اجتماع عقد في أنقرة.", "withdrawal"),
        ("وتعود مسألة انسحاب القوات الأجنبية من ليبيا إلى الواجهة مع اقتراب موعد الانتخابات.", "withdrawal"),
        ("يبدو أن الجيش التركي يتجه نحو عملية عسكرية جديدة في شمال سوريا.", "military_operation"),
        ("وتتزايد التكهنات حول انسحاب القوات الروسية من قاعدة حميميم.", "withdrawal"),
        ("وتدور فرضيات حول عملية عسكرية إسرائيلية واسعة في جنوب لبنان.", "military_operation"),
        ("وانسحاب القوات الأمريكية من شرق سوريا مسألة وقت لا أكثر، وفق مصادر في واشنطن.", "withdrawal"),
        ("ويتصدر ملف انسحاب القوات الأجنبية من ليبيا جدول أعمال اجتماع جنيف.", "withdrawal"),
        ("وانسحاب القوات التركية من شمال سوريا من شأنه أن يغير المعادلة بالكامل.", "withdrawal"),
        ("آن الأوان لانسحاب القوات الأجنبية من ليبيا.", "withdrawal"),
        ("ويرى الكاتب أن انسحاب القوات الأمريكية من العراق سيمنح إيران نصراً مجانياً.", "withdrawal"),
        ("وتدرس واشنطن سحب جزء من قواتها من العراق، بحسب تقارير.", "withdrawal"),
        ("ويبقى انسحاب القوات التركية من شمال سوريا رهناً بالتفاهمات مع موسكو.", "withdrawal"),
        ("وتبدو العملية العسكرية الإسرائيلية في رفح أقرب من أي وقت مضى.", "military_operation"),
        # 4. the right to respond
        ("وأكدت قيادة اللواء أنها تحتفظ بحق الرد على مصادر النيران في أي وقت.", "armed_clash"),
        # 5. a diplomatic protest
        ("واحتجت وزارة الخارجية العراقية لدى السفارة التركية في بغداد على إغلاق المعبر.", "protest"),
    ],
)
def test_ar_speculation_is_no_event(detector: Detector, text: str, category: str) -> None:
    assert category not in ar_categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("وردت القوات على مصادر النيران في محيط بلدة الكبانة بريف اللاذقية مساء الأحد.", "armed_clash"),
        ("وتعرضت مواقع الجيش لقصف مدفعي، ما دفع القوات إلى الرد على مصادر النيران.", "armed_clash"),
        ("وتظاهر مئات أمام السفارة التركية في بغداد يوم الجمعة احتجاجاً على إغلاق المعبر.", "protest"),
        ("انسحبت القوات الإسرائيلية من بلدة الرفيد يوم الاثنين، في خطوة قال محللون إنها لن تدوم طويلاً.", "withdrawal"),
        ("شنت طائرات حربية غارات على أطراف مدينة إدلب إما مساء الأحد أو فجر الاثنين، بحسب الأهالي.", "airstrike"),
        ("أما في درعا، فقد شنت طائرات مسيرة غارة على سيارة في بلدة طفس أو على مقربة منها.", "airstrike"),
        ("شنت طائرات حربية غارات على ريف إدلب الجنوبي يوم الأحد في خطوة من شأنها أن تصعد التوتر في المنطقة.", "airstrike"),
        ("وتوجه رتل عسكري نحو مواقع الاشتباكات في ريف دير الزور الشرقي مساء الأحد.", "armed_clash"),
        ("وأدان الوزير خلال اتصال هاتفي مع نظيره القطري الغارة الإسرائيلية على الدوحة أمس.", "airstrike"),
        ("اعتقلت الشرطة ثلاثة شبان في حي الشعار بحلب ولا يزالون رهن الاعتقال حتى الآن.", "arrest"),
        ("وقال القيادي إن القصف على البلدة أمس سيكون له رد مناسب.", "shelling"),
        ("وانسحبت القوات من البلدة صباح اليوم، بعد يومين من الاشتباكات التي ستترك آثارها على المنطقة.", "withdrawal"),
        ("اندلعت اشتباكات في طرابلس يوم الاثنين والتوصل إلى حل سريع غير وارد.", "armed_clash"),
        ("شنت طائرات إسرائيلية غارات على النبطية يوم الاثنين وهدنة جديدة تبدو مستبعدة.", "airstrike"),
        ("أما الجيش فقد شن غارات على مواقع المسلحين في بلدة طفس أو محيطها.", "airstrike"),
    ],
)
def test_ar_near_misses_stay_events(detector: Detector, text: str, category: str) -> None:
    assert category in ar_categories(detector, text)
