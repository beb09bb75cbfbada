"""Validation of article records before they are produced to the `articles` topic.

A record is a JSON object ``{id, source, url, lang, title, text, published_at}``: ``id`` and
``text`` are required non-empty strings, the others are optional strings (or null), and
``published_at`` is ISO 8601. Fields beyond these are passed through unchanged. The stream
validates again on its side (other producers exist); this check lets `nadhir ingest` report a
bad line with its file and line number instead of dead-lettering it silently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

REQUIRED_FIELDS = ("id", "text")
OPTIONAL_STRING_FIELDS = ("source", "url", "lang", "title", "published_at")

# Reasons, as counted in the summary; the detail says what exactly was wrong.
INVALID_UTF8 = "invalid UTF-8"
INVALID_JSON = "invalid JSON"
NOT_AN_OBJECT = "not a JSON object"
MISSING_FIELD = "missing field"
WRONG_TYPE = "wrong type"
EMPTY_FIELD = "empty field"
TOO_LARGE = "too large"
INVALID_TIME = "invalid published_at"


@dataclass(frozen=True)
class Limits:
    """Size limits (bytes); the defaults are `Settings.max_record_bytes` / `max_article_bytes`."""

    max_record_bytes: int = 2_000_000
    max_text_bytes: int = 1_000_000


DEFAULT_LIMITS = Limits()


class InvalidRecord(ValueError):
    """A record that must not be produced. ``reason`` is a short category, ``detail`` the message."""

    def __init__(self, reason: str, detail: str | None = None) -> None:
        self.reason = reason
        self.detail = detail or reason
        super().__init__(self.detail)


def now_iso() -> str:
    """The current time as ISO 8601 in UTC with a ``Z`` suffix (seconds precision)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_iso8601(value: str) -> datetime:
    """Parse an ISO 8601 timestamp (``Z`` accepted); raises ValueError."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def decode_line(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    """Decode one JSONL line (without its line break) into an object; raises InvalidRecord."""
    if len(raw) > limits.max_record_bytes:
        raise InvalidRecord(TOO_LARGE, f"too large: {len(raw)} bytes > {limits.max_record_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidRecord(INVALID_UTF8, f"invalid UTF-8 at byte {exc.start + 1}") from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise InvalidRecord(INVALID_JSON, f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    except (ValueError, RecursionError) as exc:  # NaN/Infinity, integers of > 4300 digits, deep nesting
        raise InvalidRecord(INVALID_JSON, f"invalid JSON: {str(exc)[:120]}") from None
    if not isinstance(value, dict):
        raise InvalidRecord(NOT_AN_OBJECT, f"not a JSON object: got {type(value).__name__}")
    return value


def validate_article(
    record: Mapping[str, Any], *, limits: Limits = DEFAULT_LIMITS, fill_published_at: bool = False
) -> dict[str, Any]:
    """The article to produce, or InvalidRecord naming the field at fault.

    With ``fill_published_at`` a missing or null ``published_at`` becomes the current time.
    The returned dict is a copy; the input is not changed.
    """
    if not isinstance(record, Mapping):
        raise InvalidRecord(NOT_AN_OBJECT, f"not a JSON object: got {_json_type(record)}")
    for name in REQUIRED_FIELDS:
        if name not in record or record[name] is None:
            raise InvalidRecord(MISSING_FIELD, f"missing field '{name}'")
        if not isinstance(record[name], str):
            raise InvalidRecord(WRONG_TYPE, f"field '{name}' must be a string, got {_json_type(record[name])}")
        if not record[name].strip():
            raise InvalidRecord(EMPTY_FIELD, f"field '{name}' is empty")
    for name in OPTIONAL_STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InvalidRecord(WRONG_TYPE, f"field '{name}' must be a string or null, got {_json_type(value)}")
    text_bytes = len(record["text"].encode("utf-8", "surrogatepass"))
    if text_bytes > limits.max_text_bytes:
        raise InvalidRecord(TOO_LARGE, f"too large: text is {text_bytes} bytes > {limits.max_text_bytes}")
    article = dict(record)
    published_at = article.get("published_at")
    if published_at is None or published_at == "":
        if fill_published_at:
            article["published_at"] = now_iso()
    else:
        try:
            parse_iso8601(published_at)
        except ValueError:
            raise InvalidRecord(INVALID_TIME, f"invalid published_at {published_at[:40]!r}: not ISO 8601") from None
    return article


def encode_article(article: Mapping[str, Any], limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The record's value as produced: compact UTF-8 JSON; raises InvalidRecord when too large."""
    try:
        value = json.dumps(article, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidRecord(INVALID_UTF8, "invalid UTF-8: lone surrogate in a string") from None
    if len(value) > limits.max_record_bytes:
        raise InvalidRecord(TOO_LARGE, f"too large: record is {len(value)} bytes > {limits.max_record_bytes}")
    return value


def _refuse_constant(name: str) -> Any:
    # json.loads accepts NaN and ±Infinity, which RFC 8259 JSON (and the stream's validation) refuse.
    raise ValueError(f"{name} is not a JSON value")


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__
