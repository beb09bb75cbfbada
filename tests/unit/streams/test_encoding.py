"""The stream's compact JSON (events, evidence, Redis payloads) holds what ``json.dumps`` holds."""

from __future__ import annotations

import asyncio
import json
import math
from collections import Counter
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from config.settings import Settings
from streams.jsonenc import compact_encoder
from streams.pipeline import ArticleProcessor, _Candidate, _iso
from streams.rules.store import MemoryStore
from streams.tagging import RawRecord
from streams.validate import Article

_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
_values = st.recursive(_scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20)


@given(_values)
def test_compact_encoder_writes_what_json_dumps_writes(value: Any) -> None:
    encoded = compact_encoder()(value)
    assert json.loads(encoded) == json.loads(json.dumps(value))
    assert json.loads(compact_encoder(default=str)(value)) == json.loads(json.dumps(value, default=str))


def test_compact_encoder_text() -> None:
    encode = compact_encoder()
    assert encode({"a": [1, None, True, 1.5], "é": "\x1e"}) == '{"a":[1,null,true,1.5],"é":"\\u001e"}'.encode()
    assert encode([2**70, -(2**80)]) == f"[{2**70},{-(2**80)}]".encode()  # past orjson's 64 bits
    assert math.isclose(json.loads(encode(1e16)), 1e16)


def test_compact_encoder_default() -> None:
    when = datetime(2024, 5, 20, tzinfo=UTC)
    assert compact_encoder(default=str)({"at": when}) == b'{"at":"2024-05-20 00:00:00+00:00"}'  # str(), as json.dumps
    try:
        compact_encoder()({"at": when})
    except TypeError as exc:
        assert "not JSON serializable" in str(exc)
    else:
        raise AssertionError("no TypeError without a default")


class _Event:
    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields
        self.category, self.region, self.country, self.count = "airstrike", fields.get("region"), None, None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.fields)


class _Publisher:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes]] = []

    async def send(self, topic: str, key: bytes | None, value: bytes) -> Awaitable[Any]:
        self.sent.append((topic, key, value))
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


@given(st.lists(st.dictionaries(st.sampled_from(["category", "region", "title", "lang", "schema_version", "x"])
                                | st.text(max_size=5), _scalars, max_size=6), min_size=1, max_size=3),
       st.text(max_size=8), st.none() | st.text(max_size=8))
def test_event_records_are_the_merged_dict(fields: list[dict[str, Any]], title: str, url: str | None) -> None:
    """An event record is {"schema_version": 1, **event, **article} (later keys win)."""
    publisher = _Publisher()
    processor = ArticleProcessor(Settings(), [], None, MemoryStore(), publisher)  # type: ignore[arg-type]
    article = Article(id="a1", text="t", title=title, source="s", url=url)
    events = [_Event(each) for each in fields]
    candidate = _Candidate(RawRecord(b"", "articles", 0, 0, 0), article, "ar", events)
    acks: list[Awaitable[Any]] = []
    asyncio.run(processor._publish_events(candidate, 1_716_206_400_000, None, acks, Counter()))
    article_fields = {"article_id": "a1", "title": title, "source": "s", "url": url, "lang": "ar",
                      "event_time": "2024-05-20T12:00:00+00:00"}
    expected = [{"schema_version": 1, **each, **article_fields} for each in fields]
    assert [json.loads(value) for _, _, value in publisher.sent] == expected
    assert len(acks) == len(fields)  # one future per send here; the bulk sender shares one per turn


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       st.sampled_from([UTC, timezone(timedelta(hours=3))]), st.booleans())
def test_event_time_reuses_published_at_only_where_it_is_the_same_text(when: datetime, zone: timezone,
                                                                      whole: bool) -> None:
    """A UTC published_at on a whole second is its event time's text; anything else is computed."""
    published = (when.replace(microsecond=0) if whole else when).replace(tzinfo=zone)
    event_ms = int(published.timestamp() * 1000)
    publisher = _Publisher()
    processor = ArticleProcessor(Settings(), [], None, MemoryStore(), publisher)  # type: ignore[arg-type]
    candidate = _Candidate(RawRecord(b"", "articles", 0, 0, 0), Article(id="a", text="t", published_at=published),
                           "en", [_Event({"category": "airstrike"})])
    for ms in (event_ms, event_ms + 1000):  # the article's own event time, and a redelivery's other one
        publisher.sent.clear()
        asyncio.run(processor._publish_events(candidate, ms, published.isoformat(), [], Counter()))
        assert json.loads(publisher.sent[0][2])["event_time"] == _iso(ms)
