"""Record validation: every reason, and the DLQ record that carries it."""

from __future__ import annotations

import base64
import json

import pytest

from streams.dlq import MAX_ORIGINAL_BYTES, dlq_record
from streams.validate import REASONS, Article, Rejection, validate_record

LIMITS = {"max_record_bytes": 5000, "max_article_bytes": 1000}


def check(raw: bytes) -> Article | Rejection:
    return validate_record(raw, **LIMITS)


def test_valid_article() -> None:
    article = check(json.dumps({"id": "a1", "text": "نص", "published_at": "2022-05-20T00:00:00Z", "lang": "ar"}).encode())
    assert isinstance(article, Article)
    assert article.published_at is not None and article.published_at.utcoffset() is not None
    naive = check(b'{"id": "a2", "text": "x", "published_at": "2022-05-20T10:00:00"}')
    assert isinstance(naive, Article) and naive.published_at is not None and naive.published_at.hour == 10


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"x" * 5001, "too_large"),
        (json.dumps({"id": "a", "text": "x" * 1001}).encode(), "too_large"),
        (b'{"id": "a", "text": "\xff\xfe"}', "invalid_utf8"),
        (b'{"id": "a", "text": "\\ud800"}', "invalid_utf8"),
        # a lone surrogate anywhere cannot be encoded downstream (Redis, Kafka): the batch would be
        # retried forever and stall the partition
        (b'{"id": "a\\ud800", "text": "x"}', "invalid_utf8"),
        (b'{"id": "a", "text": "x", "url": "https://e.x/\\udfff"}', "invalid_utf8"),
        (b'{"id": "a", "text": "x", "source": "\\ud83d"}', "invalid_utf8"),
        (b'{"id": "a", "text": "x", "lang": "\\ud800"}', "invalid_utf8"),
        (b'{"id": "a", "text": ', "invalid_json"),
        (b"", "invalid_json"),
        (b"[1, 2]", "schema"),
        (b'{"text": "x"}', "schema"),
        (b'{"id": 7, "text": "x"}', "schema"),
        (b'{"id": "a", "text": ""}', "schema"),
        (b'{"id": "a", "text": "x", "title": 3}', "schema"),
        (b'{"id": "a", "text": "x", "published_at": 1653004800}', "schema"),
        (b'{"id": "a", "text": "x", "published_at": "yesterday"}', "bad_timestamp"),
        (b'{"id": "a", "text": "x", "published_at": "2022-13-45T00:00:00Z"}', "bad_timestamp"),
    ],
)
def test_rejections(raw: bytes, reason: str) -> None:
    outcome = check(raw)
    assert isinstance(outcome, Rejection) and outcome.reason == reason and outcome.detail
    assert reason in REASONS


def test_dlq_record_keeps_the_original() -> None:
    text_record = json.loads(dlq_record(reason="schema", detail="d", topic="articles", partition=1, offset=9,
                                        original=b'{"id": 1}'))
    assert text_record["original"] == '{"id": 1}' and "original_b64" not in text_record
    assert (text_record["partition"], text_record["offset"], text_record["reason"]) == (1, 9, "schema")
    binary = json.loads(dlq_record(reason="invalid_utf8", detail="d", topic="t", partition=0, offset=0,
                                   original=b"\xff\x00"))
    assert base64.b64decode(binary["original_b64"]) == b"\xff\x00" and "original" not in binary
    large = json.loads(dlq_record(reason="too_large", detail="d", topic="t", partition=0, offset=0,
                                  original=b"a" * (MAX_ORIGINAL_BYTES + 10)))
    assert large["truncated"] is True and len(large["original"]) == MAX_ORIGINAL_BYTES
