"""Arabic classes seen on the harbor development set, fixed by construction.

1. A game's "battle" for points, the lead or the title ("مباراة يصفها المدربان بأنها «معركة نقاط»", "معركة الصدارة")
   is no clash; a battle in the countryside, or battles at the front's positions (نقاط التماس), stay.
2. Levantine "there is none" ("ما في قذائف ولا قصف", "ما صار اي اشتباك") negates as لم does; "صار في قصف" reports, and so
   do the MSA "what is in" and "what became" ("ما في وسعها", "كل ما في الأمر أن", "ما صار يعرف بـ").
3. A page's or a channel's name tells no event: in the body's masthead line ("يوميات قذيفة هاون في دمشق | الجمعة
   27-11-2026 | 10:40 ص") and in hashtags ("#يوميات_قذيفة_هاون"). A first line of news with a bar ("عاجل | قصف مدفعي على
   ...") and the events under a masthead stay.
4. A speech's "bombardment" of voices or critics ("تمارس قصفاً ممنهجاً لكل صوت مخالف") is no shelling; a
   systematic bombardment of districts stays.
5. A threat in the participle ("متوعداً بهجوم مضاد", "متوعدة بشن غارات") reports nothing; a counter-attack launched stays.
6. An attack "with some 60 drones" (هجوماً بنحو 60 طائرة مسيرة) is an air strike, not a military operation; a ground
   attack on positions stays one.
7. Ground said to be full of shells and mines (مليئة بالقذائف والألغام) is the war's remnants; shells that fell stay.
8. A withdrawal pressed for (تضغط باتجاه انسحاب) or asked permission for (طلب الإذن بالانسحاب), and what historians
   recount, report none; a withdrawal done under pressure stays.
9. "The same year" as a year told before (منذ آب من العام نفسه) dates its clause, and a "while" clause (فيما) takes the
   date of the clause it continues; today's battles beside today's strikes stay.
10. The fighting a withdrawal came after by days or weeks (بعد أيام من القتال) is its background (as labeled/ar-withdrawal-003
    labels it); two days or hours of it, and battles after days of calm, stay.
11. Yemen's Ibb (إب) needs a place cue: a locative alone read the month آب ("في آب") and the door باب ("باب الحوار", ب + إب
    once hamzas are folded) as Ibb; "مدينة إب" and "محافظة إب" stay.

The masthead and hashtag reading (3.) is shared code: an English masthead and hashtag are checked here too.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.arabic_tagging import AS_OF, categories, counts, events, regions


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. sport's battles
        ("رياضياً، يستضيف الكرامة جاره الوثبة مساء الجمعة على ملعب خالد بن الوليد في حمص، في مواجهة يصفها المدربان بأنها "
         "«معركة نقاط» لا تحتمل التعادل.", "armed_clash"),
        ("يخوض الاتحاد مساء اليوم في حلب معركة الصدارة أمام ضيفه حطين.", "armed_clash"),
        ("تنتظر جماهير تشرين في اللاذقية معركة اللقب الأسبوع المقبل.", "armed_clash"),
        # 2. Levantine negation
        ("توضيح: الأصوات اللي انسمعت بصحنايا الصبح ما في قذائف ولا قصف، لا تصدقوا الإشاعات", "shelling"),
        ("تحديث: مصادرنا بتأكد انو ما صار اي اشتباك بمحيط القدموس لهلأ والوضع هادي", "armed_clash"),
        ("الأهالي بجاسم بيقولو ماصار في قصف عالبلدة اليوم، والأصوات كانت من بعيد", "shelling"),
        # 3. a page's name
        ("يوميات قذيفة هاون في دمشق | الجمعة 27-11-2026 | 10:40 ص\nازدحام خانق على المتحلق الجنوبي بسبب أعمال صيانة", "shelling"),
        ("شبكة أخبار الغارات | الخميس 26-11-2026\nانقطاع الكهرباء عن أحياء في حمص بسبب أعمال صيانة على الخط الرئيسي", "airstrike"),
        ("انقطاع الكهرباء عن أحياء في حمص بسبب أعمال صيانة على الخط الرئيسي\n#يوميات_قذيفة_هاون #حمص", "shelling"),
        ("افتتاح سوق شعبي جديد في جرمانا بحضور محافظ ريف دمشق\n#قصف_جرمانا #غارات_ريف_دمشق", "airstrike"),
        # 4. a speech's bombardment
        ("وقال رئيس الكتلة في دمشق إن «الحكومة تمارس قصفاً ممنهجاً لكل صوت معارض»", "shelling"),
        ("قصف الوزير منتقديه في مؤتمر صحفي بدرعا واتهمهم بالتضليل", "shelling"),
        ("ويرى مراقبون في حمص أن الحزب يمارس قصفاً يومياً على الأصوات المخالفة داخل المجلس", "shelling"),
        # 5. a threat in the participle
        ("انسحب نواب المعارضة من جلسة المجلس في حمص، متوعداً رئيس الكتلة بـ«هجوم مضاد» في جلسة الموازنة", "military_operation"),
        ("أصدرت الفصائل بياناً في درعا متوعدة بشن غارات على مواقع الخصوم", "airstrike"),
        ("خرج قائد المجموعة في مقطع مصور من ريف حماة متوعداً بقصف مدفعي على القرى المجاورة", "shelling"),
        # 6. an attack by drones
        ("وفي كييف، قالت السلطات إن روسيا شنت خلال الليل هجوماً بنحو 60 طائرة مسيرة", "military_operation"),
        ("شنت القوات الروسية ليلاً هجوماً بأكثر من 100 طائرة مسيرة على مدن أوكرانية", "military_operation"),
        ("أعلنت كييف أن روسيا شنت فجر اليوم هجوماً بـ45 مسيرة وصاروخين على خاركيف", "military_operation"),
        # 7. littered ground
        ("يقول الأهالي إن الأراضي الزراعية في سهل الغاب ما زالت مليئة بالقذائف والألغام", "shelling"),
        ("تبقى الحقول المحيطة بكفرنبل مزروعة بالقذائف والألغام بعد سنوات الحرب", "shelling"),
        ("حذر المزارعون في ريف درعا من الحقول الملوثة بالقذائف قبل موسم الحراثة", "shelling"),
        # 8. pressed for, asked for, recounted by historians
        ("وتقول مصادر دبلوماسية إن واشنطن تضغط باتجاه انسحاب إسرائيلي من النقاط الخمس في جنوب لبنان", "withdrawal"),
        ("وقالت مصادر إن باريس تدفع نحو انسحاب القوات من التلال المحيطة بالقنيطرة", "withdrawal"),
        ("وتؤكد أوساط دبلوماسية أن العواصم الأوروبية تضغط من أجل انسحاب القوات من التلال المحيطة بالقنيطرة", "withdrawal"),
        ("طلب قائد اللواء الإذن بالانسحاب من البلدة في ريف حماة، لكن القيادة رفضت", "withdrawal"),
        ("ويروي المؤرخون أن الحامية الفرنسية أخلت مواقعها في حمص تحت جنح الليل", "withdrawal"),
        # 9. the same year, and a "while" clause
        ("في صيف 2016، حاصرت القوات مدينة حلب. وفي آب من العام نفسه دارت معارك شرسة في أحيائها الجنوبية.", "armed_clash"),
        ("في مثل هذه الأيام من عام 1942، طوقت القوات المدينة.\nكانت المدينة قد تعرضت منذ آب من العام نفسه لقصف جوي متواصل، "
         "فيما دارت معارك شرسة من شارع إلى شارع.", "armed_clash"),
        ("وكانت البلدة قد تعرضت في ربيع 2014 لقصف عنيف، فيما دارت معارك في محيطها لأسابيع.", "armed_clash"),
        # 10. fighting days before
        ("أعلنت هيئة الأركان اليوم أن قواتها انسحبت من قرية في مقاطعة زابوريجيا، بعد أيام من القتال العنيف على هذا المحور.",
         "armed_clash"),
        ("انسحبت الفصائل من بلدة في ريف حماة الشمالي بعد أسابيع من المعارك.", "armed_clash"),
        ("سلمت المجموعات المسلحة مواقعها في ريف درعا وانسحبت منها بعد أيام من الاشتباكات المتقطعة.", "armed_clash"),
    ],
)
def test_not_an_event(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. real battles
        ("اندلعت معركة عنيفة فجر اليوم بين قوات الأمن ومسلحين في ريف حماة", "armed_clash"),
        ("دارت معارك على نقاط التماس في ريف إدلب الجنوبي فجر اليوم", "armed_clash"),
        # 2. Levantine "there was"
        ("صار في قصف مدفعي على بلدة كفرنبل من الصبح", "shelling"),
        ("في قصف مدفعي عنيف على أطراف درعا البلد من الصبح", "shelling"),
        # (and the MSA "what is in", "what became")
        ("بذلت القوات ما في وسعها لصد الهجوم على الحاجز في ريف درعا اليوم", "armed_clash"),
        ("وقال المصدر إن كل ما في الأمر أن القوات انسحبت من البلدة في ريف حماة اليوم", "withdrawal"),
        ("اندلعت اليوم اشتباكات في ما صار يعرف بمحور الكسارات في ريف حماة", "armed_clash"),
        # 3. under a masthead, and a bar that is news
        ("شبكة أخبار الغارات | الخميس 26-11-2026\nسقطت قذيفة هاون على حي باب توما في دمشق", "shelling"),
        ("عاجل | قصف مدفعي على أطراف درعا البلد", "shelling"),
        ("يوميات قذيفة هاون في دمشق | الجمعة 27-11-2026 | 10:40 ص\nعاجل | انفجار عبوة ناسفة بسيارة في جرمانا من شوي",
         "explosion"),
        # 4. a bombardment of districts
        ("تمارس قوات النظام قصفاً ممنهجاً على أحياء درعا البلد منذ الصباح", "shelling"),
        # 5. a counter-attack launched
        ("شن الجيش هجوماً مضاداً على مواقع التنظيم في ريف حماة الشمالي", "military_operation"),
        # 6. a ground attack, and the drones' strike
        ("شن الجيش هجوماً على مواقع المسلحين في ريف حماة الشمالي", "military_operation"),
        ("وفي كييف، قالت السلطات إن روسيا شنت خلال الليل هجوماً بنحو 60 طائرة مسيرة", "airstrike"),
        # 7. shells that fell
        ("سقطت قذائف على الحقول الزراعية في سهل الغاب صباح اليوم", "shelling"),
        # 8. a withdrawal done under pressure
        ("تحت ضغط أمريكي، انسحبت القوات الإسرائيلية اليوم من نقطتين في جنوب لبنان", "withdrawal"),
        ("تضغط القوات الحكومية بقصف مدفعي عنيف على أحياء درعا البلد منذ الصباح", "shelling"),
        ("منحت القيادة الإذن بالانسحاب، وانسحبت القوات من البلدة في ريف حماة اليوم", "withdrawal"),
        ("بعد أن طلب الإذن من القيادة، انسحب اللواء من البلدة في ريف حماة", "withdrawal"),
        # 9. today's battles beside today's strikes
        ("شنت الطائرات اليوم غارات على إدلب، فيما دارت معارك شرسة في ريف حماة.", "armed_clash"),
        # 10. two days or hours of fighting, and battles after calm
        ("أعلنت قوات الدعم السريع إعادة التموضع خارج مدينة بارا، بعد يومين من المعارك مع الجيش.", "armed_clash"),
        ("انسحبت المجموعة من الحاجز في ريف درعا بعد ساعات من الاشتباكات مع قوات الأمن.", "armed_clash"),
        ("اندلعت اليوم معارك عنيفة في ريف حماة بعد أيام من الهدوء", "armed_clash"),
        ("أعلنت هيئة الأركان اليوم أن قواتها انسحبت من قرية في مقاطعة زابوريجيا، بعد أيام من القتال العنيف على هذا المحور.",
         "withdrawal"),
    ],
)
def test_still_an_event(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


def test_a_drone_attack_keeps_its_count(detector: Detector) -> None:
    text = "وفي كييف، قالت السلطات إن روسيا شنت خلال الليل هجوماً بنحو 60 طائرة مسيرة"
    assert counts(detector, text, "airstrike") == {60}


@pytest.mark.parametrize(
    "text",
    [
        "اعتقلت دورية من الأمن العام اليوم ثلاثة مطلوبين في حلب فارين منذ آب الماضي",
        "قصف مدفعي عنيف اليوم على أطراف البلدة، والحكومة تقول إن باب الحوار ما زال مفتوحاً",
        "سقطت قذائف اليوم قرب باب المنزل في الحي الغربي",
        "اعتقلت القوات اليوم شابين من باب الحارة",
    ],
)
def test_august_and_doors_are_no_ibb(detector: Detector, text: str) -> None:
    assert all(event.region != "Ibb" for event in events(detector, text))


@pytest.mark.parametrize("text", ["شنت طائرات مسيرة اليوم غارات على مدينة إب", "غارات جوية اليوم على محافظة إب وسط اليمن"])
def test_ibb_named_as_a_place_stays(detector: Detector, text: str) -> None:
    assert regions(detector, text, "airstrike") == {"Ibb"}


def _english(detector: Detector, text: str) -> set[str]:
    return {event.category for event in detector.tag(text, lang="en", published_at=AS_OF).events}


def test_an_english_masthead_and_hashtags_name_no_event(detector: Detector) -> None:
    text = ("SHELLING DIARIES | Homs | November 26, 2026\nTraffic was heavy on the Homs ring road on Thursday because of "
            "repairs.\n#airstrike_watch #Homs")
    assert _english(detector, text) == set()


def test_english_news_under_a_masthead_stays(detector: Detector) -> None:
    text = "SHELLING DIARIES | Homs | November 26, 2026\nArtillery shelled the outskirts of Talbiseh in Homs on Thursday."
    assert "shelling" in _english(detector, text)
