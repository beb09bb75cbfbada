"""What the detection engine returns: plain records, read-only by convention.

They are plain classes with an explicit ``__init__`` rather than dataclasses: the engine is compiled
with mypyc, which turns such classes into native ones, while a dataclass keeps the interpreted
``__init__`` that `dataclasses` generates (a cost paid for every event of every article).
"""

from __future__ import annotations

from typing import Any


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

    __slots__ = (
        "approx", "category", "count", "country", "destination", "destination_region", "evidence", "field",
        "mentions", "place", "places", "region", "span", "term",
    )

    def __init__(
        self,
        category: str,
        place: str | None,
        region: str | None,
        country: str | None,
        count: int | None,
        approx: bool,
        evidence: str,
        span: tuple[int, int],
        field: str = "text",
        term: str = "",
        places: tuple[str, ...] = (),
        destination: str | None = None,
        destination_region: str | None = None,
        mentions: int = 1,
    ) -> None:
        self.category = category
        self.place = place
        self.region = region
        self.country = country
        self.count = count
        self.approx = approx
        self.evidence = evidence
        self.span = span
        self.field = field
        self.term = term
        self.places = places
        self.destination = destination
        self.destination_region = destination_region
        self.mentions = mentions

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

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DetectedEvent) and self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash((self.category, self.region, self.country, self.span, self.evidence))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.to_dict().items())
        return f"DetectedEvent({fields})"


class TagResult:
    """The language of an article and the events it reports."""

    __slots__ = ("_matched_text", "events", "lang")

    def __init__(self, lang: str, events: list[DetectedEvent] | None = None, matched_text: str = "") -> None:
        self.lang = lang
        self.events: list[DetectedEvent] = events if events is not None else []
        self._matched_text = matched_text  # the text as the matcher read it (normalized, layout kept)

    @property
    def normalized(self) -> str:
        """The article's text as `streams.detection.normalize` gives it (what the stream compares to
        recognise syndicated copies), from the normalization tagging already did."""
        return " ".join(self._matched_text.split())

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "events": [event.to_dict() for event in self.events]}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TagResult) and self.lang == other.lang and self.events == other.events

    def __hash__(self) -> int:
        return hash((self.lang, len(self.events)))

    def __repr__(self) -> str:
        return f"TagResult(lang={self.lang!r}, events={self.events!r})"
