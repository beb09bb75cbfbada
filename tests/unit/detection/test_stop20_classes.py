"""Classes left open by stop 19, fixed by class in both languages: protesters clashing with police (a violent
demonstration, `protest` only), casualty duals read as counts, the terms of a deal read as a withdrawal, history told in
a "since ..., when" clause, a single past event told "last month", and a blast told after an accident.

Every sentence here is written for this file; none is taken from an evaluation set. Each class has near misses: the
same words telling news, which must stay events (or keep their count)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import DetectedEvent, Detector

AS_OF = datetime(2026, 11, 27, tzinfo=UTC)


def events(detector: Detector, text: str) -> list[DetectedEvent]:
    return detector.tag(text, published_at=AS_OF).events


def categories(detector: Detector, text: str) -> set[str]:
    return {event.category for event in events(detector, text)}


def counts(detector: Detector, text: str, category: str) -> set[int | None]:
    return {event.count for event in events(detector, text) if event.category == category}


# --- 1. protesters clashing with police: a violent demonstration -----------------------------------------------------
# The rule (labeling README, "Category boundaries"): protesters or rioters who clash with police or security forces are
# `protest` only; gunmen, fighters or an armed group exchanging fire with security forces stay `armed_clash`, also
# during a protest.

RIOTS = [
    "Protesters clashed with police in central Baghdad on Friday, throwing stones as officers fired tear gas.",
    "Hundreds of demonstrators clashed with security forces outside the governorate building in Sweida.",
    "Clashes broke out between protesters and riot police in Tahrir Square, leaving dozens injured.",
    "Police and protesters clashed in the streets of Nasiriyah after a rally against power cuts.",
    "اندلعت اشتباكات بين المحتجين وقوات الأمن في ساحة التحرير وسط بغداد.",
    "شهدت مدينة السويداء مواجهات بين المتظاهرين والشرطة بعد أن رشق المحتجون عناصر الأمن بالحجارة.",
    "تظاهر مئات في البصرة واشتبكوا مع قوات مكافحة الشغب التي أطلقت الغاز المسيل للدموع.",
    "اشتبك محتجون مع عناصر الشرطة أمام مبنى المحافظة في درعا.",
    "أصيب عشرات في مواجهات بين قوات الأمن ومحتجين غاضبين في الناصرية.",
]

ARMED_CLASHES_AT_PROTESTS = [
    "Gunmen opened fire on troops guarding the protest in Daraa and clashes followed.",
    "Tribal gunmen exchanged fire with the army near a sit-in in Deir ez-Zor on Tuesday.",
    "أطلق مسلحون النار على عناصر الأمن الذين كانوا يحرسون التظاهرة في درعا، واندلعت اشتباكات بين الطرفين.",
    "تبادل مسلحون إطلاق النار مع قوات الأمن قرب اعتصام في دير الزور.",
]

ARMED_CLASHES = [
    "Fighters of a local armed group clashed with security forces in Sweida on Tuesday.",
    "Clashes erupted between government forces and gunmen in Jasim, the observatory said.",
    "اندلعت اشتباكات بين قوات الأمن ومسلحين محليين في ريف درعا الغربي.",
    "اشتبك مقاتلون من فصيل محلي مع قوات الأمن في السويداء.",
]


@pytest.mark.parametrize("text", RIOTS)
def test_protesters_clashing_with_police_are_a_protest_only(detector: Detector, text: str) -> None:
    assert categories(detector, text) == {"protest"}


def test_residents_protesting_who_clash_with_police_are_a_protest(detector: Detector) -> None:
    text = "Angry residents protesting the arrests clashed with security forces in Jasim on Monday, local media reported."
    assert categories(detector, text) == {"protest"}


@pytest.mark.parametrize("text", ARMED_CLASHES_AT_PROTESTS)
def test_gunmen_firing_on_forces_at_a_protest_are_both(detector: Detector, text: str) -> None:
    assert {"armed_clash", "protest"} <= categories(detector, text)


@pytest.mark.parametrize("text", ARMED_CLASHES)
def test_armed_men_clashing_with_forces_stay_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text)


# --- 2. casualty duals are no counts ---------------------------------------------------------------------------------
# The rule (README, "Count"): a count quantifies strikes, shells, blasts, people arrested, demonstrations -- never the
# dead or wounded, also when the number is a dual («طفلين», «شابين») or "two".

CASUALTY_DUALS = [
    ("قصفت قوات النظام بلدة كفرنبل ما أدى إلى إصابة طفلين.", "shelling"),
    ("أسفرت غارة جوية على مدينة إدلب عن مقتل شابين.", "airstrike"),
    ("انفجرت عبوة ناسفة في درعا ما أدى إلى جرح مدنيين اثنين.", "explosion"),
    ("قتل شابان بانفجار لغم في ريف حماة.", "explosion"),
    ("أصيب مدنيان جراء قصف مدفعي على أطراف مدينة أريحا.", "shelling"),
    ("أدى القصف إلى مقتل امرأتين في بلدة سرمين.", "shelling"),
    ("Two children were wounded in the air strike on Sarmin, the observatory said.", "airstrike"),
    ("Jets struck the town of Sarmin on Monday, wounding two children.", "airstrike"),
    ("Regime shelling killed two civilians in Ariha on Thursday.", "shelling"),
    ("A roadside bomb in Daraa wounded two soldiers.", "explosion"),
    ("Two men were killed when a landmine exploded near Hama.", "explosion"),
]

COUNTED_DUALS = [
    ("اعتقلت قوات الأمن شابين في مدينة جاسم.", "arrest"),
    ("أفاد ناشطون باعتقال شابين من بلدة الحراك على حاجز للأمن العسكري.", "arrest"),
    ("داهمت دورية أمنية بلدة نوى واعتقلت شابين.", "arrest"),
    ("شنت طائرات حربية غارتين على مدينة إدلب ما أدى إلى إصابة طفلين.", "airstrike"),
    ("هز انفجاران مدينة الباب صباح اليوم.", "explosion"),
    ("Security forces arrested two young men in Jasim on Monday.", "arrest"),
    ("Two air strikes hit Idlib city, wounding three civilians.", "airstrike"),
]


@pytest.mark.parametrize(("text", "category"), CASUALTY_DUALS)
def test_a_casualty_dual_is_no_count(detector: Detector, text: str, category: str) -> None:
    assert counts(detector, text, category) == {None}


def test_two_wounded_in_a_strike_give_it_no_count(detector: Detector) -> None:
    assert 2 not in counts(detector, "Two children were wounded in the strike on Sarmin, the observatory said.", "airstrike")


@pytest.mark.parametrize(("text", "category"), COUNTED_DUALS)
def test_a_dual_of_the_event_or_of_people_arrested_is_two(detector: Detector, text: str, category: str) -> None:
    assert counts(detector, text, category) == {2}


# --- 3. the terms of a deal are no event -----------------------------------------------------------------------------
# A withdrawal the parties agreed on, that a deal provides for or that will happen under it is a plan; one that began or
# took place under the deal is news.

DEAL_TERMS = [
    "The deal provides for the withdrawal of Kurdish fighters from Manbij.",
    "Under the agreement, troops will pull back from the town of Tal Rifaat.",
    "The two sides agreed that government forces would withdraw from Sweida city.",
    "The ceasefire calls for Israeli troops to withdraw from southern Lebanon within 60 days.",
    "اتفق الطرفان على أن تنسحب القوات الحكومية من مدينة السويداء.",
    "ينص الاتفاق على انسحاب قوات سوريا الديمقراطية من منبج.",
    "وبموجب الاتفاق، تنسحب الفصائل المسلحة من الأحياء الشرقية خلال مدة أقصاها أسبوعان.",
    "يقضي الاتفاق بانسحاب المقاتلين من بلدة تل رفعت.",
]

DEAL_CARRIED_OUT = [
    "Troops began withdrawing from Manbij under the deal on Tuesday.",
    "Under the agreement, Kurdish fighters withdrew from Tal Rifaat on Monday.",
    "بدأت القوات الحكومية الانسحاب من مدينة السويداء بموجب الاتفاق.",
    "انسحبت قوات سوريا الديمقراطية من منبج اليوم تنفيذاً للاتفاق.",
]


@pytest.mark.parametrize("text", DEAL_TERMS)
def test_the_terms_of_a_deal_are_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_a_present_tense_under_a_deal_is_a_plan(detector: Detector) -> None:
    assert "withdrawal" not in categories(detector, "وبموجب الاتفاق، تنسحب الفصائل المسلحة من الأحياء الشرقية خلال أسبوع.")


@pytest.mark.parametrize("text", DEAL_CARRIED_OUT)
def test_a_withdrawal_carried_out_under_a_deal_is_news(detector: Detector, text: str) -> None:
    assert "withdrawal" in categories(detector, text)


# --- 4. history told in a "since ..., when" clause -------------------------------------------------------------------
# The clause dates its event by the "since": a year or an earlier month is history, a day of this week is news.

SINCE_WHEN_HISTORY = [
    ("The base has stood empty since 2019, when U.S. troops pulled out of the town.", "withdrawal"),
    ("Residents have not returned since 2016, when rebels withdrew from eastern Aleppo.", "withdrawal"),
    ("The bridge has been closed since March, when an air strike destroyed it.", "airstrike"),
    ("The market has not reopened since 2018, when Russian jets bombed it.", "airstrike"),
    ("المنطقة خالية منذ عام 2019 حين انسحبت القوات الأمريكية منها.", "withdrawal"),
    ("لم يعد الأهالي إلى البلدة منذ عام 2016 عندما انسحبت الفصائل منها.", "withdrawal"),
    ("لا يزال الجسر مغلقاً منذ آذار الماضي حين دمرته غارة جوية.", "airstrike"),
]

SINCE_WHEN_NEWS = [
    ("Traffic has been cut since November 3, when troops withdrew from the checkpoint near Daraa.", "withdrawal"),
    ("The town has been tense since Tuesday, when the army withdrew from its outskirts.", "withdrawal"),
    ("Shops in Daraa have stayed shut since Monday, when police arrested 12 traders.", "arrest"),
    ("يسود التوتر المدينة منذ يوم الثلاثاء حين انسحب الجيش من أطرافها.", "withdrawal"),
    ("تغلق المحال أبوابها في درعا منذ يوم الاثنين عندما اعتقلت الشرطة 12 تاجراً.", "arrest"),
]


@pytest.mark.parametrize(("text", "category"), SINCE_WHEN_HISTORY)
def test_an_event_told_in_a_since_when_clause_of_a_year_is_history(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(("text", "category"), SINCE_WHEN_NEWS)
def test_an_event_told_in_a_since_when_clause_of_this_week_is_news(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- 5. "last month" with a single past event ------------------------------------------------------------------------
# A single event or a tally dated "last month" is background; "the heaviest since last month" is a comparison.

LAST_MONTH = [
    ("Last month, jets struck a market in Maarat al-Numan, killing 12 people.", "airstrike"),
    ("Russian warplanes bombed a hospital in Idlib last month.", "airstrike"),
    ("Last month, police arrested 40 people in Sweida.", "arrest"),
    ("The army launched an offensive on the area last month.", "military_operation"),
    ("وكانت طائرات حربية قد قصفت الشهر الماضي سوقاً في مدينة سرمين.", "airstrike"),
    ("واعتقلت قوات الأمن الشهر الماضي عشرة شبان في جاسم.", "arrest"),
    ("وفي الشهر الماضي، انفجرت سيارة مفخخة في مدينة الباب.", "explosion"),
]

LAST_MONTH_NEWS = [
    ("Jets carried out the heaviest strikes since last month on Idlib on Wednesday.", "airstrike"),
    ("شنت طائرات حربية اليوم أعنف غارات منذ الشهر الماضي على ريف إدلب.", "airstrike"),
    ("Protesters rallied in Sweida on Thursday against arrests made last month.", "protest"),
    ("تظاهر العشرات في السويداء اليوم احتجاجاً على اعتقالات جرت الشهر الماضي.", "protest"),
]


@pytest.mark.parametrize(("text", "category"), LAST_MONTH)
def test_an_event_of_last_month_is_background(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(("text", "category"), LAST_MONTH_NEWS)
def test_last_month_as_a_comparison_or_a_cause_leaves_the_news(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


def test_arrests_of_last_month_named_as_a_protest_s_cause_are_no_arrest(detector: Detector) -> None:
    assert "arrest" not in categories(detector, "Protesters rallied in Sweida on Thursday against arrests made last month.")


# --- 6. a blast told after an accident, in a later sentence ----------------------------------------------------------
# The blast of a gas cylinder, a boiler or a fuel tanker is the accident's; a blast with a weapon of its own is news.

ACCIDENT_BLASTS = [
    "A gas cylinder exploded in a restaurant in Damascus. The blast shattered windows of nearby shops.",
    "A fuel tanker caught fire on the Homs highway. The explosion was heard across the city.",
    "A boiler exploded at a factory in Aleppo's industrial zone. The blast killed two workers.",
    "انفجرت أسطوانة غاز في مطعم بحي المزة. وأدى الانفجار إلى تحطم زجاج المحال المجاورة.",
    "اندلع حريق في صهريج وقود على طريق حمص. وسمع دوي الانفجار في أرجاء المدينة.",
    "انفجر مرجل في معمل بالمدينة الصناعية في حلب. وأسفر الانفجار عن مقتل عاملين.",
]

BLASTS_AFTER_ACCIDENTS = [
    "A fire broke out at an ammunition depot near Hama. The explosions were heard across the city.",
    "اندلع حريق في مستودع ذخيرة قرب حماة. وسمع دوي الانفجارات في أرجاء المدينة.",
    "A gas cylinder exploded in a restaurant in Damascus. Hours later, a car bomb went off in Mezzeh.",
    "انفجرت أسطوانة غاز في مطعم بدمشق. وفي سياق آخر، انفجرت عبوة ناسفة بسيارة في درعا.",
]


@pytest.mark.parametrize("text", ACCIDENT_BLASTS)
def test_a_blast_told_after_an_accident_is_the_accident(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text)


@pytest.mark.parametrize("text", BLASTS_AFTER_ACCIDENTS)
def test_a_bomb_told_after_an_accident_is_news(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)
