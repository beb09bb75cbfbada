"""What the Arabic class tests (test_{ground,outpost,summit}_ar_classes.py) read of a tagged sentence, defined once:
its events, their categories, counts and regions, dated as of the day those classes were fixed."""

from __future__ import annotations

from datetime import UTC, datetime

from streams.detection import DetectedEvent, Detector
from tests.unit.detection.tagging import categories_on

AS_OF = datetime(2026, 11, 26, tzinfo=UTC)


def events(detector: Detector, text: str, title: str = "") -> list[DetectedEvent]:
    return detector.tag(text, title=title, lang="ar", published_at=AS_OF).events


categories = categories_on(AS_OF, lang="ar")


def counts(detector: Detector, text: str, category: str) -> set[int | None]:
    return {event.count for event in events(detector, text) if event.category == category}


def regions(detector: Detector, text: str, category: str) -> set[str | None]:
    return {event.region for event in events(detector, text) if event.category == category}
