"""What a line must be to be produced, and the reason reported when it is not."""

from __future__ import annotations

import io
import json

import pytest

from nadhir.ingest.jsonl import read_lines
from nadhir.ingest.records import (
    DEFAULT_LIMITS,
    InvalidRecord,
    Limits,
    decode_line,
    encode_article,
    validate_article,
)

VALID = {"id": "a1", "source": "SOHR", "url": None, "lang": "en", "title": "t", "text": "body",
         "published_at": "2024-05-20T06:00:00Z"}


def reason_of(raw: bytes, limits: Limits = DEFAULT_LIMITS, **kwargs: bool) -> tuple[str, str]:
    with pytest.raises(InvalidRecord) as caught:
        validate_article(decode_line(raw, limits), limits=limits, **kwargs)
    return caught.value.reason, caught.value.detail


def test_valid_record_passes_unchanged() -> None:
    assert validate_article(decode_line(json.dumps(VALID).encode())) == VALID


def test_invalid_json_names_the_column() -> None:
    assert reason_of(b'{"id": "a" "text": "x"}') == ("invalid JSON", "invalid JSON: Expecting ',' delimiter at column 12")


def test_missing_and_mistyped_fields() -> None:
    assert reason_of(b'{"id": "a"}') == ("missing field", "missing field 'text'")
    assert reason_of(b'{"text": "a", "id": null}') == ("missing field", "missing field 'id'")
    assert reason_of(b'{"id": 7, "text": "a"}') == ("wrong type", "field 'id' must be a string, got number")
    assert reason_of(b'{"id": "a", "text": "  "}') == ("empty field", "field 'text' is empty")
    assert reason_of(b'{"id": "a", "text": "x", "lang": ["en"]}')[1] == "field 'lang' must be a string or null, got array"
    assert reason_of(b'[1, 2]') == ("not a JSON object", "not a JSON object: got list")


def test_invalid_utf8_and_sizes() -> None:
    assert reason_of(b'{"id": "a", "text": "\xff"}') == ("invalid UTF-8", "invalid UTF-8 at byte 22")
    small = Limits(max_record_bytes=60, max_text_bytes=10)
    assert reason_of(b'{"id": "a", "text": "' + b"x" * 100 + b'"}', small)[0] == "too large"
    assert reason_of('{"id": "a", "text": "ببببببب"}'.encode(), small) == ("too large", "too large: text is 14 bytes > 10")


def test_published_at_must_be_iso8601_and_can_be_filled() -> None:
    assert reason_of(b'{"id": "a", "text": "x", "published_at": "yesterday"}')[0] == "invalid published_at"
    assert "published_at" not in validate_article({"id": "a", "text": "x"})
    filled = validate_article({"id": "a", "text": "x"}, fill_published_at=True)
    assert filled["published_at"].endswith("Z") and filled["published_at"][:2] == "20"
    assert validate_article({"id": "a", "text": "x", "published_at": "2024-05-20T09:00:00+03:00"})


def test_lone_surrogate_is_rejected_at_encoding() -> None:
    article = validate_article(decode_line(b'{"id": "a", "text": "x\\ud800"}'))
    with pytest.raises(InvalidRecord) as caught:
        encode_article(article)
    assert caught.value.reason == "invalid UTF-8"


def test_reader_numbers_lines_skips_blanks_and_cuts_oversize_lines() -> None:
    data = b'\xef\xbb\xbf{"a": 1}\r\n\n   \n' + b"y" * 500 + b"\n{\"b\": 2}"
    lines = list(read_lines(io.BytesIO(data), "f.jsonl", max_line_bytes=100))
    assert [(line.line_number, line.oversize) for line in lines] == [(1, False), (4, True), (5, False)]
    assert lines[0].raw == b'{"a": 1}' and lines[2].raw == b'{"b": 2}'
    assert lines[1].size == 501 and len(lines[1].raw) <= 102
