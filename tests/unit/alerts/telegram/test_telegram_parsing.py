"""What users type: commands, /subscribe arguments in English and Arabic, durations."""

from __future__ import annotations

import pytest

from alerts.bot.parsing import ArgumentError, Command, parse_command, parse_duration, parse_subscribe
from alerts.subscriptions.vocabulary import PlaceName, Places, category_from_words

PLACES = Places([
    PlaceName("Hama", "region", {"en": "Hama", "ar": "حماة"}),
    PlaceName("Deir ez-Zor", "region", {"en": "Deir ez-Zor", "ar": "دير الزور"}),
    PlaceName("Syria", "country", {"en": "Syria", "ar": "سوريا"}),
])


def test_commands() -> None:
    assert parse_command("/subscribe airstrike Hama", "nadhir_bot") == Command("subscribe", ("airstrike", "Hama"))
    assert parse_command("/List@Nadhir_Bot", "nadhir_bot") == Command("list", ())
    assert parse_command("/list@other_bot", "nadhir_bot") is None
    assert parse_command("hello", "nadhir_bot") is None
    assert parse_command("/" + "x" * 100, "nadhir_bot") == Command("", ())
    assert parse_command("/help " + "a " * 10_000, "nadhir_bot") is not None  # long text is capped


@pytest.mark.parametrize(("words", "category"), [
    ("airstrike", "airstrike"), ("Airstrikes", "airstrike"), ("غارة", "airstrike"), ("غارات", "airstrike"),
    ("الغارات", "airstrike"), ("انسحاب", "withdrawal"), ("armed clash", "armed_clash"),
    ("armed_clash", "armed_clash"), ("اشتباكات", "armed_clash"), ("عملية عسكرية", "military_operation"),
    ("مظاهرات", "protest"), ("قصف", "shelling"), ("قصف جوي", "airstrike"), ("weather", None),
])
def test_categories_in_both_languages(words: str, category: str | None) -> None:
    assert category_from_words(words) == category


def test_subscribe_arguments() -> None:
    request = parse_subscribe(("غارات", "حماه", "تحذير"), PLACES)  # حماه: taa marbuta variant
    assert (request.category, request.region, request.min_severity) == ("airstrike", "Hama", "warning")
    request = parse_subscribe(("shelling", "deir", "ez-zor", "critical"), PLACES)
    assert (request.category, request.region, request.min_severity) == ("shelling", "Deir ez-Zor", "critical")
    request = parse_subscribe(("عملية", "عسكرية", "سوريا"), PLACES)
    assert (request.category, request.region, request.min_severity) == ("military_operation", "Syria", "info")
    assert parse_subscribe(("protest", "all"), PLACES).region is None
    with pytest.raises(ArgumentError) as unknown_category:
        parse_subscribe(("weather", "Hama"), PLACES)
    assert unknown_category.value.kind == "unknown_category"
    with pytest.raises(ArgumentError) as unknown_region:
        parse_subscribe(("airstrike", "Atlantis"), PLACES)
    assert unknown_region.value.kind == "unknown_region"
    # without a gazetteer, any region text is accepted as typed
    assert parse_subscribe(("airstrike", "Atlantis"), Places()).region == "Atlantis"


@pytest.mark.parametrize(("text", "seconds"), [
    ("30m", 1800), ("4h", 14400), ("1d", 86400), ("1h30m", 5400), ("2 hours", 7200),
    ("٢ ساعة", 7200), ("3 أيام", 3 * 86400), ("30", None), ("0m", None), ("abc", None), ("400d", None),
    ("5x", None), ("1h junk", None), ("9" * 50, None),
])
def test_durations(text: str, seconds: int | None) -> None:
    assert parse_duration(text) == seconds
