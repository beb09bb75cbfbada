"""Page types of stop 23 (lexicon ``page_types``, kind ``opinion``): an op-ed, a column or an analysis argues over past
offensives and reports no event of the day; its body mentions stay events only with a mark of the day's news (a weekday,
casualties, a source) or when the headline reports the category, and a page is typed only from its headline and lead.
A monitor's monthly report is no such page: the labelled sets count its tallies as events (tests/data/wild,
wd-en-arrest-031: "SNHR monthly report ... documented at least 37 arbitrary arrests"), so no ``report`` kind vetoes
them (branch pages23)."""

from __future__ import annotations

from typing import Any


def _categories(detector: Any, title: str, text: str) -> set[str]:
    return {event.category for event in detector.tag(text, title=title).events}


def test_an_op_ed_about_past_offensives_reports_none(detector: Any) -> None:
    title = "Opinion: The offensives that never ended"
    text = ("The writer is a fellow at a Beirut think tank. Every spring for a decade, this column has argued the same "
            "point.\nThe army stormed the eastern suburbs and shelled the old quarter, then withdrew from the plain; militias "
            "clashed over the spoils.")
    assert _categories(detector, title, text) == set()


def test_an_analysis_page_keeps_today_s_strikes_with_casualties(detector: Any) -> None:
    title = "Analysis: Why the raids on Idlib will not stop"
    text = ("This analysis argues that the offensive has only begun.\nOn Monday, Russian warplanes carried out airstrikes "
            "on the town of Ariha in Idlib, killing five civilians, according to the civil defence.")
    assert "airstrike" in _categories(detector, title, text)


def test_a_monthly_report_s_tally_of_arrests_and_blasts_stays_events(detector: Any) -> None:
    title = "Monthly report: the south's toll in October"
    text = ("The monitor's monthly report documented a rise in detentions during the month of October.\nSecurity "
            "forces arrested 43 people in Daraa province, and improvised explosive devices exploded in Tafas and Nawa.")
    assert _categories(detector, title, text) == {"arrest", "explosion"}


def test_a_report_page_whose_headline_reports_the_day_s_arrests_keeps_them(detector: Any) -> None:
    title = "Security forces arrest 12 in Daraa as monthly report documents detentions"
    text = ("The monitor's monthly report documented a rise in detentions in October.\nSecurity forces arrested 12 young "
            "men in the town of Tafas in Daraa province.")
    assert "arrest" in _categories(detector, title, text)


def test_an_untitled_post_with_opinion_words_is_never_typed(detector: Any) -> None:
    text = ("Opinion and analysis aside, the facts are these.\nGovernment forces shelled the town of Ariha in Idlib, and "
            "troops stormed the village of Kansafra.")
    assert "shelling" in _categories(detector, "", text)


def test_an_arabic_opinion_piece_about_past_offensives_reports_none(detector: Any) -> None:
    title = "مقال رأي: الهجمات التي لم تنتهِ"
    text = ("يرى الكاتب أن ما جرى قبل عشر سنوات لم يُطوَ بعد.\nاقتحمت القوات الأحياء الشرقية وقصفت المدينة القديمة، ثم انسحبت من "
            "السهل، واشتبكت الميليشيات على الغنائم.")
    assert _categories(detector, title, text) == set()


def test_an_arabic_analysis_page_keeps_today_s_strikes_with_casualties(detector: Any) -> None:
    title = "تحليل: لماذا لن تتوقف الغارات على إدلب"
    text = ("قراءة في أسباب التصعيد الأخير.\nوشنت طائرات حربية روسية صباح الاثنين غارات جوية على مدينة أريحا في ريف إدلب، ما أدى "
            "إلى مقتل خمسة مدنيين بحسب الدفاع المدني.")
    assert "airstrike" in _categories(detector, title, text)


def test_an_arabic_monthly_report_s_tally_of_arrests_and_blasts_stays_events(detector: Any) -> None:
    title = "التقرير الشهري: حصيلة الانتهاكات في الجنوب خلال تشرين الأول"
    text = ("وثقت الشبكة في تقريرها الشهري ارتفاع حالات الاحتجاز خلال شهر تشرين الأول.\nواعتقلت الأجهزة الأمنية 43 شخصاً في "
            "محافظة درعا، وانفجرت عبوات ناسفة في طفس ونوى.")
    assert _categories(detector, title, text) == {"arrest", "explosion"}


def test_an_arabic_report_page_whose_headline_reports_the_day_s_arrests_keeps_them(detector: Any) -> None:
    title = "اعتقال 12 شاباً في درعا والتقرير الشهري يوثق حملات الاحتجاز"
    text = ("وثقت الشبكة في تقريرها الشهري ارتفاع حالات الاحتجاز.\nواعتقلت الأجهزة الأمنية 12 شاباً في بلدة طفس بريف "
            "درعا.")
    assert "arrest" in _categories(detector, title, text)


def test_an_arabic_untitled_post_with_opinion_words_is_never_typed(detector: Any) -> None:
    text = ("بعيداً عن الرأي والتحليل، هذه هي الوقائع.\nقصفت قوات النظام مدينة أريحا في ريف إدلب، واقتحمت القوات بلدة كنصفرة.")
    assert "shelling" in _categories(detector, "", text)


def test_an_anniversary_page_tells_the_past_two_years_on(detector: Any) -> None:
    title = "Two years on, Jableh remembers the night of the raids"
    text = ("Two years on, families gathered at the memorial.\nThe army stormed the old quarter and shelled the port road.")
    assert _categories(detector, title, text) == set()


def test_an_arabic_anniversary_page_tells_the_past_two_years_on(detector: Any) -> None:
    title = "عامان على مجزرة جبلة"
    text = ("في ذكرى المجزرة، تجمع الأهالي عند النصب التذكاري.\nاقتحمت القوات الحي القديم وقصفت طريق الميناء.")
    assert _categories(detector, title, text) == set()
