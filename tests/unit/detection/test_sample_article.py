"""The SY24 article that started the project must be understood completely
(samples/sy24-badia-airstrikes-withdrawal.json; fact table in the samples README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.detection import DetectedEvent, Detector

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "sy24-badia-airstrikes-withdrawal.json"


@pytest.fixture(scope="module")
def events(detector: Detector) -> list[DetectedEvent]:
    article = json.loads(SAMPLE.read_text(encoding="utf-8"))
    result = detector.tag(article["text"], title=article["title"], lang=article["lang"])
    assert result.lang == "ar"
    return result.events


def one(events: list[DetectedEvent], category: str, region: str | None, country: str | None = "Syria") -> DetectedEvent:
    found = [e for e in events if e.category == category and e.region == region and e.country == country]
    assert len(found) == 1, f"{category}/{region}: {[e.to_dict() for e in events]}"
    return found[0]


def test_airstrikes_in_hama(events: list[DetectedEvent]) -> None:
    event = one(events, "airstrike", "Hama")
    assert event.count == 55 and not event.approx  # "أكثر من 15 ضربة" and "أكثر من 55 غارة": the largest
    assert {"Ithriya", "Aqirbat"} <= set(event.places)
    assert event.place == "Ithriya"


@pytest.mark.parametrize(("region", "place"), [("Raqqa", "Rusafa"), ("Homs", None)])
def test_airstrikes_in_raqqa_and_homs(events: list[DetectedEvent], region: str, place: str | None) -> None:
    event = one(events, "airstrike", region)
    assert (event.count, event.approx) == (55, False)
    if place is not None:
        assert any(place in name for name in event.places)


def test_about_290_airstrikes_on_the_syrian_desert(events: list[DetectedEvent]) -> None:
    event = one(events, "airstrike", None)
    assert (event.count, event.approx) == (290, True)
    assert event.place == "Syrian Desert" and event.country == "Syria"


def test_combing_campaign_in_homs_and_hama(events: list[DetectedEvent]) -> None:
    homs = one(events, "military_operation", "Homs")
    assert {"Palmyra", "Sukhnah"} <= {name.replace("Al-", "").replace("al-", "") for name in homs.places}
    hama = one(events, "military_operation", "Hama")
    assert "Ithriya" in hama.places


def test_withdrawal_from_palmyra_towards_hmeimim(events: list[DetectedEvent]) -> None:
    event = one(events, "withdrawal", "Homs")
    assert "Palmyra" in event.places and "Muhin" in event.places
    assert event.destination is not None and "Hmeimim" in event.destination
    assert event.destination_region == "Latakia"
    # the destination is recorded on the event; it is not a withdrawal from Latakia
    assert not [e for e in events if e.category == "withdrawal" and e.region == "Latakia"]


def test_spans_and_evidence_point_into_the_original(events: list[DetectedEvent]) -> None:
    article = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for event in events:
        source = article[event.field]
        start, end = event.span
        assert 0 <= start < end <= len(source)
        assert source[start:end] == event.term
        assert event.term in event.evidence or len(event.evidence) >= 250
        assert event.evidence and event.evidence in source
