"""Classes of error found on the Arabic items of the horizon evaluation set (tests/data/horizon), fixed in the Arabic
lexicon or the count reader.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.arabic_tagging import categories, counts, regions

# --- a woman player, a place in a ranking -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "انسحبت اللاعبة الأردنية من بطولة الشارقة للريشة الطائرة بسبب الإرهاق.",
        "انسحبت لاعبة الجمباز من النهائي قبل دقائق من انطلاقه بسبب آلام في الركبة.",
    ],
)
def test_a_woman_player_withdrawing_is_no_withdrawal(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text)


def test_a_group_designated_a_terrorist_one_is_no_seed(detector: Detector) -> None:
    text = "شنت الطائرات غارات على مواقع الحزب المصنف إرهابياً في ريف إدلب."
    assert "airstrike" in categories(detector, text)


def test_attacking_a_place_in_a_ranking_is_no_operation(detector: Detector) -> None:
    text = "واصل الدراج الهولندي الهجوم على المركز الثاني في المرحلة الأخيرة من الطواف."
    assert "military_operation" not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("واصلت القوات الهجوم على المركز الأمني في البلدة لليوم الثاني.", "military_operation"),
        ("انسحبت القوات من المركز الأمني في بلدة نوى بعد ساعات من دخوله.", "withdrawal"),
    ],
)
def test_a_security_centre_is_no_ranking(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)


# --- a detonation "under control" ----------------------------------------------------------------------------------


def test_a_detonation_under_control_is_no_explosion(detector: Detector) -> None:
    text = "قالت الشرطة إن الدوي الذي سمعه السكان ناتج عن تفجير مسيطر عليه لقذائف قديمة في ميدان رماية."
    assert categories(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت سيارة مفخخة في بلدة مسيطر عليها من قبل الفصائل قرب جرابلس.",
        "قتل شخصان بتفجير عبوة ناسفة في حي مسيطر عليه من قبل الفصائل في عفرين.",
    ],
)
def test_a_bomb_in_a_controlled_area_stays_an_explosion(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text)


# --- a pain that "pounds" ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "صداع نصفي يقصف رأسي منذ الصباح، فما العلاج؟",
        "آلام المفاصل تقصف كبار السن مع أول موجة برد.",
    ],
)
def test_a_headache_or_a_pain_that_pounds_is_no_shelling(detector: Detector, text: str) -> None:
    assert "shelling" not in categories(detector, text)


def test_shelling_a_town_named_ras_stays_shelling(detector: Detector) -> None:
    assert regions(detector, "قصفت المدفعية أطراف بلدة رأس العين بعشرات القذائف.", "shelling") == {"Hasakah"}


# --- a speaker's own belief ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال المحلل في الاستوديو: لا أعتقد أن موسكو ستجازف بعملية عسكرية واسعة في الشمال.",
        "قالت الباحثة: نستبعد أن تنسحب القوات الأمريكية من قاعدة التنف هذا العام.",
        "أظن أن الجيش سيتجنب هجوماً برياً على المدينة قبل الربيع، يقول الضابط المتقاعد.",
    ],
)
def test_what_a_speaker_believes_will_happen_has_not_happened(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_what_is_believed_of_a_strike_keeps_the_strike(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "يعتقد أن الغارة استهدفت قيادياً في الحزب قرب النبطية.")


# --- a bombing the arrested are charged with -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أوقفت الشرطة في حمص شاباً قالت إنه متورط في تفجير عبوة ناسفة العام الماضي.",
        "اعتقلت القوات أربعة أشخاص بتهمة تفجير سيارة مفخخة في منبج الصيف الماضي.",
        "أوقف الأمن العام في اللاذقية أربعة أشخاص يشتبه بمسؤوليتهم عن انفجار عبوة في سوق المدينة.",
    ],
)
def test_a_bombing_the_arrested_are_charged_with_is_no_explosion(detector: Detector, text: str) -> None:
    assert categories(detector, text) == {"arrest"}


def test_a_bombing_of_the_day_the_arrested_are_charged_with_stays_an_explosion(detector: Detector) -> None:
    text = "اعتقلت الشرطة خمسة متهمين بتفجير عبوة قرب مدرسة في الموصل صباح اليوم."
    assert categories(detector, text) == {"arrest", "explosion"}
    assert counts(detector, text, "arrest") == {5}


def test_the_official_in_charge_reporting_a_blast_keeps_it(detector: Detector) -> None:
    assert "explosion" in categories(detector, "قال المسؤول عن أمن المعبر إن انفجار عبوة ناسفة وقع قرب البوابة.")


# --- a video or a picture passed around as an event ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "الصورة المتداولة على أنها لقصف مدفعي على درعا اليوم ملتقطة في مدينة أخرى.",
        "مقطع يتداول على أنه لانفجار في ميناء عدن، والمقطع قديم.",
    ],
)
def test_what_is_passed_around_as_an_event_reports_none(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_footage_passed_around_that_shows_a_strike_keeps_it(detector: Detector) -> None:
    assert "airstrike" in categories(detector, "نشر ناشطون مقطعاً متداولاً يظهر غارة جوية على أطراف سراقب اليوم.")


# --- an artist's album or song -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أطلق المغني ألبومه الجديد «قصف عشوائي» في حفل ببيروت.",
        "تتصدر أغنيتها «انفجار» قوائم الاستماع هذا الأسبوع.",
    ],
)
def test_an_albums_or_a_songs_title_is_no_event(detector: Detector, text: str) -> None:
    assert categories(detector, text) == set()


def test_an_album_of_photos_of_a_strike_keeps_it(detector: Detector) -> None:
    text = "نشر الدفاع المدني ألبوم صور للغارة التي استهدفت حي الصالحين اليوم."
    assert "airstrike" in categories(detector, text)


# --- columns of forces withdrawn, in the accusative ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("سحب الجيش رتلاً من دباباته المنتشرة في محيط بلدة تل رفعت.", "Aleppo"),
        ("سحبت القوات التركية أرتالها من نقطة المراقبة في مورك.", "Hama"),
    ],
)
def test_columns_withdrawn_are_a_withdrawal(detector: Detector, text: str, region: str) -> None:
    assert regions(detector, text, "withdrawal") == {region}


# --- a march broken up, or held for a cause ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "فرقت قوات الأمن مسيرة لطلاب الجامعة في الخرطوم بالغاز المسيل للدموع.",
        "خرجت مسيرة في تعز تنديداً بغلاء الأسعار.",
    ],
)
def test_a_march_broken_up_or_held_for_a_cause_is_a_protest(detector: Detector, text: str) -> None:
    assert "protest" in categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت مسيرة إسرائيلية سيارة في بنت جبيل، وسط تنديد رسمي.",
        "أنهى المدرب مسيرته الطويلة مع النادي رافضاً العروض الجديدة.",
    ],
)
def test_a_drone_or_a_career_is_no_march(detector: Detector, text: str) -> None:
    assert "protest" not in categories(detector, text)


# --- the object's number after the adjuncts of a verb-first sentence -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("أوقفت دورية من أمن الدولة، فجر اليوم، في بلدة عرسال البقاعية، خمسة سوريين دخلوا خلسة.", 5),
        ("احتجزت دورية من الشرطة العسكرية، بعد منتصف الليل، في حي الشيخ مقصود بحلب، تسعة مطلوبين.", 9),
    ],
)
def test_a_number_after_the_adjuncts_counts_the_arrested(detector: Detector, text: str, count: int) -> None:
    assert counts(detector, text, "arrest") == {count}


def test_the_arrested_named_first_keep_their_number(detector: Detector) -> None:
    text = "اعتقلت الشرطة ثلاثة مطلوبين في البلدة، وقالت إن خمسة أشخاص فروا."
    assert counts(detector, text, "arrest") == {3}
