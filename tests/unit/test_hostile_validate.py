"""Hostile bytes against article decoding: the stream's `validate_record`, the DLQ record, and
`nadhir ingest`'s line reader and decoder. Nothing raises; every rejection is a documented one."""

from __future__ import annotations

import base64
import io
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nadhir.ingest.jsonl import read_lines
from nadhir.ingest.records import InvalidRecord, Limits, decode_line, encode_article, validate_article
from streams.detection import load_detector
from streams.dlq import MAX_ORIGINAL_BYTES, dlq_record
from streams.validate import REASONS, Article, Rejection, validate_record
from tests.fuzz.hostile import MAX_ARTICLE_BYTES, MAX_RECORD_BYTES, hostile_corpus

LIMITS = {"max_record_bytes": 200_000, "max_article_bytes": 100_000}

# JSON values as Python builds them, with the awkward corners: huge and non-finite numbers,
# lone surrogates, controls, bidi and zero-width characters, nesting.
awkward_text = st.text(alphabet=st.one_of(
    st.characters(), st.sampled_from(["\u202e", "\u200d", "\u200c", "\ufeff", "\x00", "\x1b", "\ud800", "\udfff", "غ", "<"])
), max_size=60)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=10**300, max_value=10**301),
                    st.floats(allow_nan=True, allow_infinity=True), awkward_text)
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                            st.dictionaries(awkward_text, inner, max_size=4)),
                           max_leaves=20)
articles = st.fixed_dictionaries(
    {"id": st.one_of(awkward_text, json_values), "text": st.one_of(awkward_text, json_values)},
    optional={name: st.one_of(awkward_text, json_values) for name in ("title", "lang", "source", "url", "published_at")},
)


def _encode(value: object, ensure_ascii: bool) -> bytes:
    # allow_nan: NaN and Infinity are written as Python does, which is what hostile producers send.
    return json.dumps(value, ensure_ascii=ensure_ascii, allow_nan=True).encode("utf-8", "surrogatepass")


def _check(outcome: Article | Rejection) -> None:
    if isinstance(outcome, Rejection):
        assert outcome.reason in REASONS and outcome.detail
        return
    assert outcome.id.strip() and len(outcome.id) <= 256
    assert outcome.text.strip()
    outcome.text.encode("utf-8")  # no lone surrogate reaches the engine
    outcome.title.encode("utf-8")
    assert outcome.published_at is None or outcome.published_at.tzinfo is not None


@settings(max_examples=500, deadline=None)
@given(raw=st.binary(max_size=400))
def test_arbitrary_bytes_are_an_article_or_a_documented_rejection(raw: bytes) -> None:
    _check(validate_record(raw, **LIMITS))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.one_of(articles, json_values), ensure_ascii=st.booleans())
def test_arbitrary_json_is_an_article_or_a_documented_rejection(value: object, ensure_ascii: bool) -> None:
    outcome = validate_record(_encode(value, ensure_ascii), **LIMITS)
    _check(outcome)
    if not isinstance(value, dict):
        assert isinstance(outcome, Rejection) and outcome.reason in {"schema", "invalid_json", "invalid_utf8"}


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=200) | st.tuples(st.binary(max_size=8), st.integers(-4, 4), st.binary(max_size=8)).map(
    lambda parts: parts[0] + b"\xd8" * (MAX_ORIGINAL_BYTES - len(parts[0]) + parts[1]) + parts[2]))
def test_dlq_record_is_json_and_keeps_the_original(raw: bytes) -> None:
    record = json.loads(dlq_record(reason="invalid_json", detail="x\u202e\x00", topic="t", partition=0, offset=1,
                                   original=raw))
    kept = base64.b64decode(record["original_b64"]) if "original_b64" in record else record["original"].encode()
    assert kept == raw[:MAX_ORIGINAL_BYTES]
    assert record.get("truncated", False) == (len(raw) > MAX_ORIGINAL_BYTES)


@pytest.mark.parametrize(("raw", "reason"), [
    (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),
    (b'{"id": "x", "text": "t", "n": ' + b"9" * 100_000 + b"}", "invalid_json"),
    (b'{"id": "x", "text": "t", "n": NaN}', "invalid_json"),
    (b'{"id": "x", "text": "t", "n": -Infinity}', "invalid_json"),
    (b'\xef\xbb\xbf{"id": "x", "text": "t"}', "invalid_json"),
    (b'{"id": "x", "text": "a\x01b"}', "invalid_json"),
    (b'{"id": "x", "text": "\\udc00"}', "invalid_utf8"),
    (b'{"id": "x", "text": "ok", "title": "\\ud800"}', "invalid_utf8"),
    (b'"just a string"', "schema"),
    (b'{"id": "x", "text": "t", "published_at": "9999-99-99T99:99:99Z"}', "bad_timestamp"),
])
def test_named_hostile_records(raw: bytes, reason: str) -> None:
    outcome = validate_record(raw, **LIMITS)
    assert isinstance(outcome, Rejection) and outcome.reason == reason, outcome


@settings(max_examples=50, deadline=None)
@given(digits=st.integers(min_value=4301, max_value=6000), where=st.sampled_from(["id", "text", "extra"]))
def test_integers_past_pythons_digit_limit_are_invalid_json(digits: int, where: str) -> None:
    fields = {"id": '"x"', "text": '"airstrike"', "extra": "1"}
    fields[where] = "7" * digits
    raw = ("{" + ", ".join(f'"{name}": {value}' for name, value in fields.items()) + "}").encode()
    outcome = validate_record(raw, **LIMITS)
    assert isinstance(outcome, Rejection) and outcome.reason == "invalid_json"


def test_huge_floats_in_unread_fields_are_harmless() -> None:
    outcome = validate_record(b'{"id": "x", "text": "airstrike", "score": 1e999, "n": -1e-999}', **LIMITS)
    assert isinstance(outcome, Article) and outcome.text == "airstrike"


def test_the_hostile_corpus_gets_its_documented_outcome_in_process() -> None:
    """The records the pipeline test sends (without the 20 MB ones): each bad one gets its reason,
    each valid one, however disguised, is an airstrike in Hama."""
    detector = load_detector()
    kinds: Counter[str] = Counter()
    for item in hostile_corpus(400, big=1):
        outcome = validate_record(item.raw, max_record_bytes=MAX_RECORD_BYTES, max_article_bytes=MAX_ARTICLE_BYTES)
        if item.reason is not None:
            assert isinstance(outcome, Rejection) and outcome.reason == item.reason, (item.kind, outcome)
        else:
            assert isinstance(outcome, Article), (item.kind, outcome)
            events = detector.tag(outcome.text, title=outcome.title, lang=outcome.lang).events
            assert ("airstrike", "Hama") in {(event.category, event.region) for event in events}, item.kind
        kinds[item.kind] += 1
    assert len(kinds) >= 30, kinds


# --- nadhir ingest -------------------------------------------------------------------------------
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=300) | st.one_of(articles, json_values).map(lambda value: _encode(value, False)))
def test_ingest_decoding_raises_only_invalid_record(raw: bytes) -> None:
    limits = Limits(max_record_bytes=200_000, max_text_bytes=100_000)
    try:
        article = validate_article(decode_line(raw, limits), limits=limits, fill_published_at=True)
        value = encode_article(article, limits)
    except InvalidRecord as exc:
        assert exc.reason and exc.detail
        return
    # What ingest produces, the stream accepts (except a time the stream finds late or out of range).
    outcome = validate_record(value, **LIMITS)
    assert isinstance(outcome, Article) or outcome.reason == "bad_timestamp", outcome


@settings(max_examples=300, deadline=None)
@given(chunks=st.lists(st.one_of(st.binary(max_size=80), st.sampled_from([b"\n", b"\r\n", b"\xef\xbb\xbf", b"\x00",
                                                                          b"x" * 300])), max_size=30))
def test_line_reader_never_raises_and_bounds_every_line(chunks: list[bytes]) -> None:
    data = b"".join(chunks)
    numbers = []
    for line in read_lines(io.BytesIO(data), "<test>", max_line_bytes=100):
        assert len(line.raw) <= 102
        assert line.oversize == (line.size > 102 or (line.oversize and line.size > 100))
        numbers.append(line.line_number)
    assert numbers == sorted(set(numbers))
    assert len(numbers) <= data.count(b"\n") + 1
