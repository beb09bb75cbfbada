"""What the class tests read of a tagged text, defined once: the categories the engine tags in it, read as of a date
(the date matters: a year or a month before it tells history)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from streams.detection import Detector, TagResult

AS_OF = datetime(2026, 11, 25, tzinfo=UTC)
"""The day most class tests read their sentences as of."""


class Categories(Protocol):
    """``categories(detector, text, title="")``: the categories tagged in ``text`` under ``title``."""

    def __call__(self, detector: Detector, text: str, title: str = "") -> set[str]: ...


def categories_of(result: TagResult) -> set[str]:
    """The categories of the events in ``result``."""
    return {event.category for event in result.events}


def categories(
    detector: Detector, text: str, title: str = "", *, lang: str | None = None, published_at: datetime = AS_OF
) -> set[str]:
    """The categories of ``text`` under ``title``, in ``lang`` (``None``: the engine detects it), published at
    ``published_at``."""
    return categories_of(detector.tag(text, title=title, lang=lang, published_at=published_at))


def categories_on(published_at: datetime = AS_OF, lang: str | None = "en") -> Categories:
    """``categories`` bound to one date and one language (English unless told), for a file whose tests share them."""

    def categories_at(detector: Detector, text: str, title: str = "") -> set[str]:
        return categories(detector, text, title, lang=lang, published_at=published_at)

    return categories_at


def places(
    detector: Detector,
    text: str,
    category: str | None = None,
    title: str = "",
    *,
    lang: str | None = None,
    published_at: datetime = AS_OF,
) -> set[tuple[str | None, str | None]]:
    """The (region, country) of each event of ``category`` (of every event when ``None``) in ``text``."""
    result = detector.tag(text, title=title, lang=lang, published_at=published_at)
    return {(event.region, event.country) for event in result.events if category is None or event.category == category}


def regions(
    detector: Detector, text: str, category: str | None = None, title: str = "", *, lang: str | None = None
) -> set[str | None]:
    """The regions of the events of ``category`` (of every event when ``None``) in ``text``."""
    return {region for region, _ in places(detector, text, category, title, lang=lang)}


def countries(
    detector: Detector, text: str, category: str | None = None, title: str = "", *, lang: str | None = None
) -> set[str | None]:
    """The countries of the events of ``category`` (of every event when ``None``) in ``text``."""
    return {country for _, country in places(detector, text, category, title, lang=lang)}
