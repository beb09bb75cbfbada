"""Shared helper of the English class tests: the categories the engine tags in a text, read as of a date
(the date matters: a year or a month before it tells history)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from streams.detection import Detector


def categories_on(published_at: datetime) -> Callable[[Detector, str], set[str]]:
    """``categories(detector, text)``: the categories of an English ``text`` published at ``published_at``."""

    def categories(detector: Detector, text: str) -> set[str]:
        return {event.category for event in detector.tag(text, lang="en", published_at=published_at).events}

    return categories
