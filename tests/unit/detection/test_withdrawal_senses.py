"""Senses of "withdrawal" that are no withdrawal of forces, in whole articles, with the real news that looks alike.

1. A bare withdrawal refers back (``Category.agents``, engine `_refers_back_to_dropped`): a sentence naming no force,
   met before any withdrawal has counted in the article, takes the sense of the withdrawal named right before it when
   that one did not count: the UN's staff ("The withdrawal leaves the town without a clinic"), a club's ("the team had
   withdrawn"), candidates' ("طلبات الانسحاب"), agencies' ("انسحابها"). A sentence that names a force stays; after a
   withdrawal of forces has counted, a bare one stays too.
2. People of a civil body taken out (``@civil_staff``): "withdrew its international staff", "انسحاب فرقهما"; troops
   or fighters of a division ("عناصر الفرقة الرابعة") stay.
3. A withdrawal framed as a timetable, a scenario, a lesson, a cause argued for or pressed for, or a fear
   (``@withdrawal_frames``, ``excludes_in_clause``): "calendar for coalition drawdown", "جدول انسحاب", "سيناريوهات ما
   بعد الانسحاب", "lessons of the Afghanistan withdrawal", "advocates of a pullout", "تضغط باتجاه انسحاب", "في حال
   تأخر الانسحاب".
4. A withdrawal set as a condition (``@conditions``, ``excludes_later``): "sets pullout as condition for truce", "is our
   first condition", "مشترطاً انسحاب".
5. A company's pullout from a market (``@businesses``: brewers, grocers, telecoms).

Every sentence here is written for this file; none is taken from an evaluation set or from the corpus the classes
were found on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector

PUBLISHED = datetime(2026, 11, 26, tzinfo=UTC)


def _tag(detector: Detector, text: str, title: str = "", lang: str = "en") -> set[str]:
    return {event.category for event in detector.tag(text, title=title, lang=lang, published_at=PUBLISHED).events}


# --- 1. a bare withdrawal refers back ---------------------------------------------------------------------------------

NOT_FORCES_REFERRED_BACK = [
    ("en", "WFP pulls staff from Kadugli",
     "NAIROBI, Nov. 24 (AP) -\nThe World Food Programme withdrew its international staff from Kadugli on Monday.\n"
     "The withdrawal leaves the town without a functioning clinic for the first time this year, a local official said."),
    ("en", "Champions quit regional cup",
     "BAGHDAD, Nov. 23 -\nAl-Zawraa announced their withdrawal from the West Asian Club Cup on Sunday after a row over "
     "travel costs.\nThe federation said the team had withdrawn without notice and would be fined."),
    ("en", "",
     "ERBIL, Nov. 22 (Rudaw) -\nTwo independent candidates in Duhok withdrew from the provincial council race on "
     "Saturday.\nThe commission said it had received the withdrawal requests too late to reprint the ballots."),
    ("ar", "",
     "النجف - شفق نيوز\nأعلن مرشحان عن محافظة النجف انسحابهما من السباق الانتخابي.\n"
     "وأكدت المفوضية أنها تسلمت طلبات الانسحاب بعد انتهاء المهلة القانونية."),
    ("ar", "",
     "الخرطوم - سودان تربيون\nأعلنت منظمة دولية سحب موظفيها من مدينة الدلنج بسبب تدهور الأوضاع.\n"
     "وانتقد مسؤول محلي القرار، معتبراً أن انسحابها يترك آلاف النازحين دون رعاية."),
]

FORCES_REFERRED_BACK = [
    # the force is named in the sentence itself
    ("en", "",
     "BEIRUT, Nov. 24 -\nThe World Food Programme withdrew its staff from Marjayoun on Monday.\n"
     "Hours later Israeli troops withdrew from the nearby village of Khiam, the Lebanese army said."),
    # a withdrawal of forces has counted before the bare one
    ("en", "",
     "ALEPPO, Nov. 24 -\nSDF fighters withdrew from three villages east of Aleppo on Monday.\n"
     "The withdrawal was completed by noon, and army units took over the positions."),
    ("ar", "",
     "دير الزور - فرات بوست\nانسحبت عناصر قسد من بلدة الكسرة بريف دير الزور الغربي صباح اليوم.\n"
     "وجاء الانسحاب بعد اتفاق مع وجهاء العشائر."),
    # the first withdrawal named is the day's, with no one who withdrew named in the rest of its paragraph
    ("ar", "",
     "درعا - تجمع أحرار حوران\nانسحبت قوات الاحتلال من قرية كويا في حوض اليرموك فجر اليوم بعد توغل استمر ساعات."),
]


@pytest.mark.parametrize(("lang", "title", "text"), NOT_FORCES_REFERRED_BACK)
def test_bare_withdrawal_takes_the_sense_before_it(detector: Detector, lang: str, title: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, title, lang)


@pytest.mark.parametrize(("lang", "title", "text"), FORCES_REFERRED_BACK)
def test_withdrawal_of_forces_stays(detector: Detector, lang: str, title: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, title, lang)


# --- 2. people of a civil body ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The International Organization for Migration has withdrawn its remaining staff from Ras Issa, a spokesman said."),
    ("en", "The embassy withdrew its diplomats from the capital on Friday as fighting neared the airport road."),
    ("ar", "أعلنت منظمتان إنسانيتان انسحاب فرقهما من مخيمات ريف إدلب الشمالي."),
])
def test_civil_staff_withdrawn(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Government troops withdrew their remaining units from the airport on Friday, residents said."),
    ("ar", "وأكد ناشطون انسحاب عناصر الفرقة الرابعة من حواجزها في مدينة الصنمين بريف درعا."),
])
def test_force_withdrawn_beside_such_words(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 3. timetables, scenarios, lessons, advocacy ----------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Kabul and Washington agree timetable for coalition drawdown", "KABUL, Nov. 20 -\nOfficials met on Thursday."),
    ("en", "Ten lessons of the Kabul pullout for Syria", "WASHINGTON, Nov. 20 -\nAn essay on policy choices."),
    ("en", "", "Advocates of a pullout say the mission in the desert is over."),
    ("en", "", "Negotiators agreed on a calendar for the withdrawal of the remaining units from Erbil by next September."),
    ("ar", "دمشق وأنقرة تبحثان جدول انسحاب القوات التركية", "أنقرة - الأناضول\nعقد الجانبان اجتماعاً أمنياً."),
    ("ar", "قراءة في سيناريوهات ما بعد الانسحاب الروسي", "مركز دراسات\nتتعدد الاحتمالات."),
    ("ar", "", "وناقش الطرفان الجدول الزمني للمرحلة الأخيرة من انسحاب القوات الأجنبية من البلاد."),
    ("ar", "", "وتضغط أحزاب عراقية باتجاه انسحاب كامل لقوات التحالف قبل نهاية العام."),
    ("ar", "", "وحذر قادة محليون من فراغ أمني في حال تأخر الانسحاب الأميركي من المنطقة."),
])
def test_framed_withdrawal(detector: Detector, lang: str, title: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, title, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian units completed their pullout from the airbase on Tuesday, satellite images showed."),
    ("ar", "انسحبت القوات التركية من نقطة مورك باتجاه ريف إدلب الجنوبي."),
    ("ar", "وأكملت القوات الأميركية انسحابها من قاعدة التنف صباح اليوم."),
])
def test_real_withdrawal_beside_frames(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 4. conditions ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Baku sets Armenian pullout from border posts as condition for peace deal", "BAKU, Nov. 21 -\nTalks resume."),
    ("en", "", '"The withdrawal of these militias from the valley is our first condition," the minister told reporters.'),
    ("ar", "", "وجدد الوزير موقف بلاده، مشترطاً انسحاب المسلحين من المنطقة الحدودية قبل أي تطبيع."),
])
def test_withdrawal_as_condition(detector: Detector, lang: str, title: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, title, lang)


def test_withdrawal_told_with_conditions_after_it(detector: Detector) -> None:
    text = "The militias withdrew from the valley on Monday, meeting a condition set by the mediators last week."
    assert "withdrawal" in _tag(detector, text)


# --- 5. companies ---------------------------------------------------------------------------------------------------

def test_brewer_pullout_from_market(detector: Detector) -> None:
    assert "withdrawal" not in _tag(detector, "OSLO, Nov. 20 -\nThe group sold its plants.", "Norwegian brewer completes pullout from Belarus")


# --- 6. other categories in the same articles -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    # a review or a handover done by the book is no operation, even after a military one was named
    ("قررت اللجنة سحب الجنسية من 300 شخص في دفعة جديدة.\nوأكدت اللجنة أن عمليات المراجعة مستمرة.", "military_operation"),
    ("انسحبت الفصائل من مواقعها في القضاء وتسلمها الجيش.\nوأضاف البيان أن عملية التسليم تمت دون حوادث.", "military_operation"),
    # a sit-in called off by those who called it
    ("وألغت اللجنة النقابية دعوتها إلى اعتصام أمام وزارة المالية كان مقرراً الأسبوع المقبل.", "protest"),
    # a fighting to prevent
    ("ودعا البيان إلى حوار وطني شامل يحفظ السلم الأهلي ويمنع الاقتتال بين أبناء المحافظة.", "armed_clash"),
])
def test_other_senses_in_withdrawal_articles(detector: Detector, text: str, category: str) -> None:
    assert category not in _tag(detector, text, lang="ar")


@pytest.mark.parametrize(("text", "category"), [
    ("نفذت قوات الأمن عملية أمنية في حي المعادي بحثاً عن خلايا التنظيم.", "military_operation"),
    ("نفذ عمال المرفأ اعتصاماً أمام مبنى الإدارة صباح اليوم للمطالبة بأجورهم.", "protest"),
    ("اندلع اقتتال بين فصيلين مسلحين في مدينة الباب بريف حلب الشرقي.", "armed_clash"),
])
def test_other_categories_stay(detector: Detector, text: str, category: str) -> None:
    assert category in _tag(detector, text, lang="ar")


# --- 7. found on a second, fresh round of articles: deal terms, courts and blocs, a habit over a period ---------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The proposal provides for a gradual pullback of both armies from the disputed plateau over 30 days."),
    ("en", "The accord stipulates that foreign fighters withdraw from the capital within three months."),
    ("en", "Niger said on Monday it was withdrawing from the regional court, calling it biased."),
    ("ar", "وينص الاتفاق الموقع برعاية قطرية على انسحاب الفصائل المسلحة من الأحياء الشرقية للمدينة."),
    ("ar", "نص اتفاق التهدئة الذي أعلن مساء أمس على انسحاب المسلحين من محيط المستشفى."),
])
def test_deal_terms_and_courts(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Under a deal brokered by the mediators, the militia withdrew from the hospital compound on Monday."),
    ("ar", "انسحب المسلحون من محيط المستشفى صباح اليوم، وفق ما ينص عليه التفاهم الأخير."),
])
def test_withdrawal_under_a_deal_stays(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


def test_strikes_as_a_habit_over_a_period(detector: Detector) -> None:
    text = "Israel has carried out near-daily strikes in the border district since the ceasefire, officials said."
    assert "airstrike" not in _tag(detector, text)
    assert "airstrike" in _tag(detector, "Israel carried out two strikes in the border district on Monday, officials said.")


# --- 8. probed after the second round: background since, a date to come, unconfirmed news, shrinking numbers ----------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Since the Turkish withdrawal, the border villages have had no clinic."),
    ("en", "The mission will keep cutting its troop numbers ahead of its withdrawal at the end of next year."),
    ("en", "The bloc said it would pull its warships out of the Gulf of Aden next month."),
    ("en", "The council renewed the mission's mandate for a last year before its full withdrawal from the country."),
    ("en", "Local pages shared unconfirmed reports that Russian troops had left a post near Tal Tamr."),
    ("en", "The convoy pulled into the airbase late on Sunday."),
    ("en", "Two peacekeepers were pulled from patrol duty after the incident."),
    ("ar", "ومنذ انسحاب القوات الحكومية من الناحية، يشكو الأهالي من انعدام الأمن."),
    ("ar", "وتقلص البعثة عدد عناصرها تمهيداً لانسحابها من البلاد."),
    ("ar", "وأعلنت الحكومة سحب قواتها من المهمة الدولية في الساحل الشهر المقبل."),
    ("ar", "وتناقلت صفحات محلية أنباء عن انسحاب القوات الروسية من مطار القامشلي دون تأكيد رسمي."),
    ("ar", "وتراجعت أعداد عناصر الفصائل الموالية لإيران في البوكمال خلال الأشهر الماضية."),
    ("ar", "وتراجع نفوذ القوات الإيرانية في المنطقة بعد سقوط النظام."),
    ("ar", "وأعادت الوزارة تموضع مكاتبها الإدارية في مبنى جديد وسط العاصمة."),
])
def test_background_future_unconfirmed_and_shrinking(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkish troops withdrew from two posts near Tal Tamr on Sunday, residents said."),
    ("en", "Regime forces have withdrawn from the village after heavy clashes this morning."),
    ("ar", "انسحبت القوات الحكومية من الناحية صباح اليوم بعد اشتباكات مع مسلحين محليين."),
    ("ar", "وتراجعت عناصر الفصائل إلى خطوطها الخلفية بعد قصف مكثف على مواقعها."),
    ("ar", "وأعادت القوات تموضعها خارج البلدة بعد انسحابها من الحاجز الرئيسي."),
])
def test_withdrawal_of_the_day_stays(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 9. forces doing what is no withdrawal: pulling out the wounded, leaving people without, taking words back -------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rescue troops pulled four survivors from the rubble of the collapsed school."),
    ("en", "Soldiers pulled the body of a shepherd from the river near the border."),
    ("en", "The blockade by government forces left the town's residents without bread for a week."),
    ("en", "The army abandoned the use of old tanks in its training units."),
    ("en", "The general staff withdrew its statement on the casualties hours later."),
    ("en", "The ministry withdrew an order that would have sent two reserve brigades to the north."),
    ("en", "The brigade's commander was withdrawn from his post after the inquiry."),
    ("en", "Officers discussed withdrawing from the hill but chose to hold it."),
    ("en", "A withdrawal of the remaining troops from the base is not expected before the summer."),
    ("en", "After the war the group's fighters retreated from public view."),
    ("ar", "وتراجعت الفصائل عن قرارها إغلاق المعبر بعد وساطة عشائرية."),
    ("ar", "وتراجع الجيش عن بيانه حول الحادثة بعد ساعات."),
    ("ar", "وقررت وزارة الدفاع سحب قائد الكتيبة من منصبه بعد التحقيق."),
    ("ar", "وانسحب ممثلو الفصائل من اجتماع اللجنة احتجاجاً على جدول الأعمال."),
])
def test_forces_doing_no_withdrawal(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Government forces pulled back from the river crossing on Monday after heavy shelling."),
    ("en", "The army abandoned two positions on the hill overnight, a war monitor said."),
    ("en", "Government forces left the town on Sunday, and rebel fighters entered it hours later."),
    ("ar", "وتراجعت القوات الحكومية عن مواقعها في التلة إلى خطوط خلفية بعد هجوم مباغت."),
    ("ar", "وسحب الجيش قواته من محيط البلدة صباح اليوم."),
])
def test_withdrawal_beside_those_words_stays(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 10. a withdrawal weeks or months back, told as the background of today's news ----------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The pullout last month of the militia from the dam reopened the road to farmers."),
    ("en", "After Turkish-backed factions withdrew earlier this year, the market was rebuilt."),
    ("en", "Shops reopened in the quarter that the gunmen vacated weeks ago."),
    ("ar", "وأعاد انسحاب الفصائل من السد الشهر الماضي فتح الطريق أمام المزارعين."),
    ("ar", "وتعرضت الثكنة للنهب بعد انسحاب القوات منها مطلع العام."),
    ("ar", "وما زال الحي خالياً بعد أشهر من انسحاب المسلحين منه."),
    ("ar", "ويرى محللون أن الانسحاب الروسي الأخير من المطار شجع خلايا التنظيم."),
])
def test_withdrawal_as_background(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The militia withdrew from the dam on Monday, a month after it seized it."),
    ("ar", "أكملت القوات انسحابها من القاعدة الجوية اليوم، بعد مفاوضات بدأت العام الماضي."),
    ("ar", "وسحب الجيش آلياته من التلة للمرة الأولى منذ أشهر."),
    ("ar", "انسحبت القوات من البلدة الأسبوع الماضي بحسب مصادر محلية."),
])
def test_withdrawal_of_the_day_dated_beside_others(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 11. a withdrawal dated by a month alone, or by the fall of the former government --------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkish troops withdrew from most of the border strip in April but kept three posts."),
    ("en", "The militia retreated from the river town in July, ending a year of occupation."),
    ("en", "Iran pulled its advisers out of Syria after the fall of Assad."),
    ("en", "When the regime collapsed, conscripts abandoned their posts along the highway."),
    ("ar", "وانسحبت القوات التركية من معظم الشريط الحدودي في نيسان لكنها أبقت على ثلاث نقاط."),
    ("ar", "وسحبت إيران مستشاريها من سوريا بعد سقوط النظام."),
    ("ar", "وعندما سقط النظام ترك المجندون مواقعهم على الطريق الدولي."),
])
def test_withdrawal_dated_back(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkish troops withdrew from two border posts on Tuesday, residents said."),
    ("ar", "تظاهر المئات في الساحة ابتهاجاً بسقوط النظام، فيما انسحبت آخر الوحدات العسكرية من الثكنة المجاورة."),
])
def test_withdrawal_of_the_day_beside_a_fall(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 12. look-alike words in conflict reports: smoke clouds, empty streets, the 1974 line's observers, drawn weapons ---

@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وتصاعدت سحب الدخان من مواقع الفصائل بعد القصف."),
    ("ar", "وخلت شوارع البلدة من المارة بعد انتشار الحواجز العسكرية."),
    ("ar", "وقالت قوة مراقبة فك الاشتباك إنها رصدت آليات في المنطقة العازلة."),
    ("en", "Two gunmen pulled out pistols and fired at the checkpoint guards."),
    ("en", "The militia left a trail of burned houses in the valley."),
    ("en", "The brigade left Kharkiv for the eastern front on Sunday."),
    ("en", "Guards left the detainees to starve in the basement, witnesses said."),
])
def test_look_alike_words_in_conflict_reports(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وسحبت الفصائل عناصرها من مواقعها على خط التماس."),
    ("ar", "وبدأ فك الاشتباك بين القوات في محيط البلدة صباح اليوم."),
    ("en", "The militia left the valley on Sunday after talks with tribal elders."),
])
def test_withdrawal_among_look_alikes_stays(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 13. parties, alliances and governments left; a scheme withdrawn; a building site cleared -------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The coalition left the government after a row over the budget."),
    ("en", "The far-right party pulled out of the coalition in protest at the prisoner deal."),
    ("en", "Two factions have withdrawn from the alliance ahead of the vote, its spokesman said."),
    ("en", "Several groups withdrew from the umbrella movement over its leadership."),
    ("en", "The government retreated from its position on fuel prices."),
    ("en", "The party abandoned its position on electoral reform."),
    ("ar", "وأعلنت القوى السياسية الكردية انسحابها من التحالف الحاكم."),
    ("ar", "وأعلنت الفصائل السياسية انسحابها من الإطار التنسيقي."),
    ("ar", "وسحبت الحكومة آلية الدعم النقدي بعد شهرين من إطلاقها."),
    ("ar", "وتقرر إخلاء موقع البناء بعد انهيار جزئي في المبنى."),
])
def test_political_bodies_left(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Coalition forces withdrew from the air base on Thursday, Iraqi officials said."),
    ("en", "Government troops retreated from their positions on the ridge after the assault."),
    ("ar", "وانسحبت قوات التحالف الدولي من قاعدة في ريف دير الزور صباح اليوم."),
    ("ar", "وسحب الجيش آلياته العسكرية من محيط البلدة بعد الاتفاق مع الوجهاء."),
])
def test_forces_of_a_coalition_stay(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 14. found on a third, fresh round: claims told in the pluperfect, a chain's shops closed --------------------------

@pytest.mark.parametrize(("lang", "title", "text"), [
    ("ar", "", "حماة - مصادر محلية\nنفت وزارة الدفاع صحة الأنباء عن انسحاب الجيش من مواقعه في ريف حماة الشمالي.\n"
               "وكانت حسابات على مواقع التواصل قد نشرت مقطعاً مصوراً وقالت إن القوات أخلت ثلاث نقاط قرب اللطامنة."),
    ("en", "", "BEIRUT, Nov. 24 -\nThe army denied reports that its units had withdrawn from posts near the border.\n"
               "Several local pages had claimed that soldiers abandoned two posts overnight."),
    ("en", "", "A Lebanese supermarket chain said it was pulling out of Syria and would close its nine branches in Damascus."),
])
def test_claims_and_chains(detector: Detector, lang: str, title: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, title, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وقالت صفحات محلية إن القوات أخلت ثلاث نقاط قرب اللطامنة صباح اليوم."),
    ("en", "US troops began pulling out of Syria's Hasakah province on Monday, local sources said."),
])
def test_reports_of_the_day_stay(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" in _tag(detector, text, lang=lang)


# --- 15. figures of speech of forces ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two armies pulled back from the brink after a call between their leaders."),
    ("en", "The military pulled back on spending after the budget cuts."),
    ("en", "Government forces' morale retreated after the defeat, officers said."),
    ("en", "The regime's forces abandoned any pretence of neutrality."),
    ("ar", "وسحبت القوات اعتراضها على خطوط الدوريات الجديدة."),
])
def test_figures_of_speech_of_forces(detector: Detector, lang: str, text: str) -> None:
    assert "withdrawal" not in _tag(detector, text, lang=lang)


def test_pull_back_to_positions_on_a_hill_stays(detector: Detector) -> None:
    assert "withdrawal" in _tag(detector, "The troops pulled back to positions on the hill overnight.")
