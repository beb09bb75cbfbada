"""The Redis store and the memory store answer the same sequence of calls identically."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from streams.rules.redis_store import RedisStore
from streams.rules.store import Admission, BucketRange, Episode, MemoryStore, StateStore, Write

HOUR_MS = 3_600_000


@pytest.fixture
async def stores(redis_url: str) -> AsyncIterator[list[StateStore]]:
    client = aioredis.Redis.from_url(redis_url)
    try:
        yield [MemoryStore(), RedisStore(client, "test:")]
    finally:
        await client.aclose()


async def scenario(store: StateStore) -> list[object]:
    seen: list[object] = []
    base = 1_653_000_000_000
    admitted, clock = await store.admit(
        [
            Admission("a", "h1", base),
            Admission("b", "h1", base + 1),  # syndicated copy of a
            Admission("a", "h9", base + 5),  # a again: a redelivery keeps its first event time
            Admission("c", "h2", base + 10 * HOUR_MS),
            Admission("d", "h3", base + 2 * HOUR_MS),  # 8 h behind the max, lateness 6 h: late
            Admission("e", "h4", base + 5 * HOUR_MS),  # within lateness
        ],
        lateness_ms=6 * HOUR_MS, horizon_s=3600,
    )
    seen += [admitted, clock]
    writes = [
        Write("r", "airstrike|Hama", 5, "a", 3, 600, '{"article_id": "a"}'),
        Write("r", "airstrike|Hama", 5, "a", 7, 600, '{"article_id": "a", "v": 2}'),  # max wins
        Write("r", "airstrike|Hama", 5, "a", 2, 600, '{"article_id": "a"}'),
        Write("r", "airstrike|Hama", 6, "c", 1, 600, '{"article_id": "c"}'),
    ]
    recorded = await store.record(writes, [BucketRange("r", "airstrike|Hama", 3, 7)], [("r", "airstrike|Hama")])
    seen += [recorded.deltas, recorded.series, recorded.states]
    seen.append(await store.window_members("r", "airstrike|Hama", 4, 6))
    seen.append(await store.evidence("r", "airstrike|Hama", ["a", "zz"]))
    episode = Episode("r", "airstrike|Hama", "pending", '{"id": "x"}', 6, 6, 0, 100)
    seen.append(await store.claim(episode, fire_end_ms=7000, cooldown_ms=1000))
    seen.append(await store.claim(episode, fire_end_ms=7000, cooldown_ms=1000))  # already pending
    await store.set_open("r", "airstrike|Hama", 200)
    await store.set_checked("r", "airstrike|Hama", 9)
    seen += [await store.get_episode("r", "airstrike|Hama"), await store.active()]
    seen.append(await store.get_episodes([("r", "airstrike|Hama"), ("r", "airstrike|Homs"), ("q", "airstrike|Hama")]))
    await store.set_resolved("r", "airstrike|Hama", 10_000, 60)
    seen += [await store.active(), (await store.get_episode("r", "airstrike|Hama"))]
    seen.append(await store.claim(episode, fire_end_ms=10_500, cooldown_ms=1000))  # within cooldown
    seen.append(await store.claim(episode, fire_end_ms=11_500, cooldown_ms=1000))
    seen.append(await store.advance_clock(base + 10 * HOUR_MS + 5000, 60_000))  # live: follows wall clock
    seen.append(await store.advance_clock(base + 20 * HOUR_MS, 60_000))  # too far ahead: historical
    return seen


async def test_redis_store_matches_memory_store(stores: list[StateStore]) -> None:
    expected = await scenario(stores[0])
    actual = await scenario(stores[1])
    assert actual == expected
    admitted = expected[0]
    assert [a.status for a in admitted] == ["new", "duplicate", "redelivered", "new", "late", "new"]  # type: ignore[attr-defined]
    assert admitted[2].event_ms == admitted[0].event_ms  # type: ignore[index]
    assert expected[2] == [(1, 3), (0, 4), (0, 0), (1, 1)]
    assert expected[3] == [[(0, 0), (0, 0), (1, 7), (1, 1), (0, 0)]]
    assert expected[7:9] == [True, False]
    assert expected[11] == [expected[9], None, None]
    assert expected[-4:-2] == [False, True]
