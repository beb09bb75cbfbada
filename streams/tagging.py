"""Validate ▸ tag one batch of raw records: the CPU-bound half of the stream's work.

`tag_records` is pure (raw records in, one `TagOutcome` per record out, no I/O): what turns a
batch into articles and their events, apart from what `streams.pipeline.ArticleProcessor` then
does with them (admit, count, decide, publish). `nadhir replay` and the worker share it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple, Protocol

from streams.validate import Article, Rejection, validate_record

log = logging.getLogger("nadhir.streams")


class DetectedEventLike(Protocol):
    """What the processor reads of `streams.detection.DetectedEvent`."""

    @property
    def category(self) -> str: ...
    @property
    def region(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def count(self) -> int | None: ...

    def to_dict(self) -> dict[str, Any]: ...


class TagResultLike(Protocol):
    @property
    def lang(self) -> str: ...
    @property
    def events(self) -> Sequence[DetectedEventLike]: ...
    @property
    def normalized(self) -> str: ...


class Detector(Protocol):
    def tag(
        self, text: str, *, title: str = "", lang: str | None = None, published_at: datetime | None = None
    ) -> TagResultLike: ...


class RawRecord(NamedTuple):
    """One record of the batch (a named tuple: the agent builds one per record)."""

    value: bytes
    topic: str
    partition: int
    offset: int
    timestamp_ms: int


class TaggedArticle(NamedTuple):
    """A valid article, its language, the events it reports and the hash of its normalized text
    (what de-duplication compares to recognise syndicated copies)."""

    article: Article
    lang: str
    events: Sequence[DetectedEventLike]
    text_hash: str


TagOutcome = TaggedArticle | Rejection


def text_hash(normalized: str) -> str:
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:32]


def tag_records(
    detector: Detector, records: Sequence[RawRecord], *, max_record_bytes: int, max_article_bytes: int
) -> list[TagOutcome]:
    """One outcome per record, in order; never raises on any input (a detector error is a
    `Rejection` with reason ``schema``, so that one article cannot take the worker down)."""
    outcomes: list[TagOutcome] = []
    tag = detector.tag
    for record in records:
        outcome = validate_record(record.value, max_record_bytes=max_record_bytes, max_article_bytes=max_article_bytes)
        if isinstance(outcome, Rejection):
            outcomes.append(outcome)
            continue
        try:
            # dated as its event time: a sentence naming an earlier year tells history
            published = outcome.published_at or datetime.fromtimestamp(record.timestamp_ms / 1000, UTC)
            result = tag(outcome.text, title=outcome.title, lang=outcome.lang, published_at=published)
            normalized = result.normalized  # the engine's normalization, not a second one
        except Exception as exc:
            log.exception("detection failed on article %r (partition %d, offset %d)",
                          outcome.id, record.partition, record.offset)
            outcomes.append(Rejection("schema", f"detection failed: {type(exc).__name__}"))
            continue
        outcomes.append(TaggedArticle(outcome, result.lang, result.events, text_hash(normalized)))
    return outcomes
