"""What the detection engine returns: plain, frozen records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class DetectedEvent:
    """One event an article reports: one per (category, region) per article.

    ``span`` is the ``[start, end)`` offset of the event term in the *original* (un-normalized)
    string named by ``field``: ``"title"`` or ``"text"``; it is always inside that string.
    ``evidence`` is the original sentence around the term (at most ~300 characters).
    When an article reports the category several times for one region, the event keeps the
    mention with the largest reported ``count`` (``None`` when no number is given; ``approx`` when
    the number is approximate: "about 290", "dozens of", a range).

    Optional extras: ``places`` (every gazetteer place of this region the mentions were attached
    to), ``destination`` and ``destination_region`` (where withdrawing forces went, e.g. the
    Hmeimim base in Latakia: a destination is recorded on the event, it does not create an event
    of its own), ``mentions`` (how many mentions were merged), ``term`` (the matched surface form).
    """

    category: str
    place: str | None
    region: str | None
    country: str | None
    count: int | None
    approx: bool
    evidence: str
    span: tuple[int, int]
    field: str = "text"
    term: str = ""
    places: tuple[str, ...] = ()
    destination: str | None = None
    destination_region: str | None = None
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the shape of one event in `nadhir tag` output."""
        return {
            "category": self.category,
            "place": self.place,
            "region": self.region,
            "country": self.country,
            "count": self.count,
            "approx": self.approx,
            "evidence": self.evidence,
            "span": [self.span[0], self.span[1]],
            "field": self.field,
            "term": self.term,
            "places": list(self.places),
            "destination": self.destination,
            "destination_region": self.destination_region,
            "mentions": self.mentions,
        }


@dataclass(frozen=True, slots=True)
class TagResult:
    """The language of an article and the events it reports."""

    lang: str
    events: list[DetectedEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "events": [event.to_dict() for event in self.events]}
