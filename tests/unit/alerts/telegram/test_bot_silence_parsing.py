"""``/silence`` arguments: category and region as /subscribe reads them, then a duration, then a comment."""

from __future__ import annotations

import pytest

from alerts.bot.parsing import ArgumentError, parse_silence
from alerts.subscriptions.vocabulary import PlaceName, Places

PLACES = Places([
    PlaceName("Hama", "region", {"en": "Hama", "ar": "حماة"}),
    PlaceName("Deir ez-Zor", "region", {"en": "Deir ez-Zor", "ar": "دير الزور"}),
    PlaceName("Syria", "country", {"en": "Syria", "ar": "سوريا"}),
])


@pytest.mark.parametrize(("words", "category", "place", "kind", "seconds", "comment"), [
    ("airstrike Hama 4h", "airstrike", "Hama", "region", 4 * 3600, ""),
    ("airstrike 30m", "airstrike", None, None, 1800, ""),
    ("shelling all 1d night shift", "shelling", None, None, 86400, "night shift"),
    ("shelling deir ez-zor 1h30m known incident", "shelling", "Deir ez-Zor", "region", 5400, "known incident"),
    ("غارات حماه ٤ ساعات تدريب", "airstrike", "Hama", "region", 4 * 3600, "تدريب"),
    ("عملية عسكرية سوريا 2 hours", "military_operation", "Syria", "country", 7200, ""),
    ("armed clash Hama 1 day 2 hours until the ceasefire", "armed_clash", "Hama", "region", 93600,
     "until the ceasefire"),
])
def test_silence_arguments(words: str, category: str, place: str | None, kind: str | None, seconds: int,
                           comment: str) -> None:
    request = parse_silence(tuple(words.split()), PLACES)
    assert request.category == category
    resolved = (request.place.canonical, request.place.kind) if request.place else (None, None)
    assert resolved == (place, kind)
    assert (request.seconds, request.comment) == (seconds, comment)


@pytest.mark.parametrize(("words", "kind"), [
    ("", "usage"),
    ("airstrike", "usage"),
    ("airstrike Hama", "usage"),  # no duration
    ("airstrike Hama forever", "usage"),
    ("weather Hama 4h", "unknown_category"),
    ("airstrike Atlantis 4h", "unknown_region"),
    ("airstrike Hama 400d", "usage"),  # beyond a year
])
def test_silence_argument_errors(words: str, kind: str) -> None:
    with pytest.raises(ArgumentError) as caught:
        parse_silence(tuple(words.split()), PLACES)
    assert caught.value.kind == kind


def test_without_a_gazetteer_a_region_is_taken_as_typed_but_never_with_a_comma() -> None:
    request = parse_silence(("airstrike", "Atlantis", "1h"), Places())
    assert request.place is not None and (request.place.canonical, request.place.kind) == ("Atlantis", "region")
    with pytest.raises(ArgumentError) as caught:  # stored matchers are comma-separated
        parse_silence(("airstrike", "a,region=x", "1h"), Places())
    assert caught.value.kind == "unknown_region"


def test_comment_is_capped() -> None:
    request = parse_silence(("airstrike", "1h", *(["word"] * 200)), PLACES)
    assert len(request.comment) == 200
