"""`streams.tagging.tag_records`: one outcome per record, in order, whatever the detector does."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from streams.detection import TagResult
from streams.tagging import RawRecord, TaggedArticle, tag_records, text_hash
from streams.validate import Rejection

LIMITS = {"max_record_bytes": 10_000, "max_article_bytes": 5_000}
RECORD_TIME_MS = 1_716_206_400_000  # 2024-05-20T12:00:00Z


def record(offset: int, **fields: object) -> RawRecord:
    return RawRecord(json.dumps(fields, ensure_ascii=False).encode(), "articles", 0, offset, RECORD_TIME_MS)


class FragileDetector:
    """Fails on one word; remembers the date each article was tagged as."""

    def __init__(self) -> None:
        self.dated: list[datetime | None] = []

    def tag(self, text: str, *, title: str = "", lang: str | None = None,
            published_at: datetime | None = None) -> TagResult:
        self.dated.append(published_at)
        if "boom" in text:
            raise ValueError("the engine tripped")
        return TagResult(lang or "en", [], f"  {text}\n")


def test_a_detector_error_rejects_that_record_only_and_keeps_the_order() -> None:
    detector = FragileDetector()
    outcomes = tag_records(detector, [
        record(0, id="a", text="calm morning", published_at="2026-11-20T08:00:00Z"),
        record(1, id="b", text="boom"),
        record(2, id="c", text="calm evening", lang="ar"),
        RawRecord(b"not json", "articles", 0, 3, RECORD_TIME_MS),
    ], **LIMITS)
    first, failed, third, broken = outcomes
    assert isinstance(first, TaggedArticle) and first.article.id == "a"
    assert first.text_hash == text_hash("calm morning")  # the engine's normalized text, whitespace folded
    assert failed == Rejection("schema", "detection failed: ValueError")
    assert isinstance(third, TaggedArticle) and third.lang == "ar"
    assert isinstance(broken, Rejection) and broken.reason == "invalid_json"


def test_an_article_without_published_at_is_dated_by_its_record() -> None:
    detector = FragileDetector()
    tag_records(detector, [record(0, id="a", text="x", published_at="2026-11-20T08:00:00Z"),
                           record(1, id="b", text="y")], **LIMITS)
    assert detector.dated == [datetime(2026, 11, 20, 8, tzinfo=UTC), datetime(2024, 5, 20, 12, tzinfo=UTC)]
