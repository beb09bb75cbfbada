"""Turn one raw record of the `articles` topic into an `Article`, or a `Rejection` saying why not.

Pure: no I/O. The reasons are a small, closed set (`REASONS`), the same in the DLQ record
(`streams.dlq`), in metrics and in tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, NamedTuple

Reason = Literal["too_large", "invalid_utf8", "invalid_json", "schema", "bad_timestamp", "late"]

#: Why a record went to the DLQ.
REASONS: dict[str, str] = {
    "too_large": "the record is larger than max_record_bytes, or its text than max_article_bytes",
    "invalid_utf8": "the record is not valid UTF-8",
    "invalid_json": "the record is not valid JSON (RFC 8259: no NaN or Infinity), or nests or numbers too deep to decode",
    "schema": "not a JSON object, a required field (id, text) is missing or empty, or a field has the wrong type",
    "bad_timestamp": "published_at is not an ISO 8601 date-time",
    "late": "its event time is older than the watermark (max event time seen - allowed lateness)",
}

_OPTIONAL_STRINGS = ("source", "url", "lang", "title")
MAX_ID_CHARS = 256


class Article(NamedTuple):
    """A valid article. ``published_at`` is timezone-aware (UTC assumed when the input has none).

    A named tuple (immutable, built several times faster than a frozen dataclass: one per record)."""

    id: str
    text: str
    title: str = ""
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True)
class Rejection:
    reason: Reason
    detail: str


def parse_timestamp(value: str) -> datetime:
    """ISO 8601 date-time (``Z`` accepted) as an aware datetime; ValueError otherwise."""
    text = value.strip()
    if len(text) < 10 or len(text) > 40:
        raise ValueError("not an ISO 8601 date-time")
    parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def validate_record(raw: bytes, *, max_record_bytes: int, max_article_bytes: int) -> Article | Rejection:
    """Validate one record's bytes; never raises on any input."""
    if len(raw) > max_record_bytes:
        return Rejection("too_large", f"record is {len(raw)} bytes; the limit is {max_record_bytes}")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection("invalid_utf8", f"invalid UTF-8 at byte {exc.start}")
    try:
        data: Any = _loads(decoded)
    except (ValueError, RecursionError) as exc:  # ValueError: also integers of more than 4300 digits
        return Rejection("invalid_json", str(exc)[:200])
    if not isinstance(data, dict):
        return Rejection("schema", f"expected a JSON object, got {type(data).__name__}")
    article_id = data.get("id")
    if not isinstance(article_id, str) or not article_id.strip():
        return Rejection("schema", "field 'id' must be a non-empty string")
    if len(article_id) > MAX_ID_CHARS:
        return Rejection("schema", f"field 'id' is longer than {MAX_ID_CHARS} characters")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejection("schema", f"article {article_id!r}: field 'text' must be a non-empty string")
    for name in _OPTIONAL_STRINGS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return Rejection("schema", f"article {article_id!r}: field {name!r} must be a string or null")
    # The text's size in UTF-8 (surrogates as 3 bytes each) and whether it holds any, in one encoding.
    surrogates = False
    if text.isascii():
        text_bytes = len(text)
    else:
        try:
            text_bytes = len(text.encode("utf-8"))
        except UnicodeEncodeError:
            text_bytes, surrogates = len(text.encode("utf-8", "surrogatepass")), True
    if text_bytes > max_article_bytes:
        return Rejection("too_large", f"article {article_id!r}: text is {text_bytes} bytes; the limit is {max_article_bytes}")
    if surrogates:
        return Rejection("invalid_utf8", f"article {article_id!r}: text holds unpaired surrogate escapes")
    # every other string too: a lone surrogate in the id or url cannot be encoded for Redis or Kafka
    # downstream, and retrying the batch would stall the partition
    for name in ("id", *_OPTIONAL_STRINGS):
        value = data.get(name)
        if value and _has_surrogates(value):
            return Rejection("invalid_utf8", f"article {article_id!a}: field {name!r} holds unpaired surrogate escapes")
    published_at = None
    raw_published = data.get("published_at")
    if raw_published is not None:
        if not isinstance(raw_published, str):
            return Rejection("schema", f"article {article_id!r}: field 'published_at' must be a string or null")
        try:
            published_at = parse_timestamp(raw_published)
        except ValueError:
            return Rejection("bad_timestamp", f"article {article_id!r}: published_at {raw_published[:60]!r} is not ISO 8601")
    # id, text, title, source, url, lang, published_at (positional: half the cost of keywords)
    return Article(article_id, text, data.get("title") or "", data.get("source"), data.get("url"), data.get("lang"),
                   published_at)


def _refuse_constant(name: str) -> Any:
    # json.loads accepts NaN and ±Infinity, which RFC 8259 JSON does not have.
    raise ValueError(f"{name} is not a JSON value")


# json.loads with an option builds a JSONDecoder per call; this is the same decoder, built once.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)
_scan_once: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]  # set in __init__


def _loads(text: str) -> Any:
    if text[:1] == "{":
        # What JSONDecoder.decode does for a text that starts with a value and has nothing after
        # it, without its two whitespace regex matches; any other case (an error, trailing
        # whitespace or data) takes the full path below, which decides or raises as before.
        try:
            value, end = _scan_once(text, 0)
        except (StopIteration, ValueError, RecursionError):
            pass
        else:
            if end == len(text):
                return value
    if text.startswith("\ufeff"):  # what json.loads refuses before decoding
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return _DECODER.decode(text)


def _has_surrogates(text: str) -> bool:
    # json.loads accepts "\ud800"; such text cannot be re-encoded as UTF-8 downstream.
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
