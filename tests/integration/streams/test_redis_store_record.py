"""The Redis store's batch write (`RedisStore.record`) on a real Redis: one batch of many writes
to a few buckets counts exactly what the memory store counts, sets every key's TTL, rebuilds a
lost total, and skips the series of a key whose alert is on."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from streams.rules.redis_store import RedisStore
from streams.rules.store import BucketRange, Episode, MemoryStore, Write

RULE, KEY = "r", "airstrike|Hama"


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[aioredis.Redis[Any]]:
    client = aioredis.Redis.from_url(redis_url)
    prefix = f"rec{random.randrange(10**9)}:"
    client.test_prefix = prefix  # type: ignore[attr-defined]
    try:
        yield client
    finally:
        keys = [key async for key in client.scan_iter(f"{prefix}*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


def _writes(seed: int) -> list[Write]:
    """Repeated articles, reported counts that grow and shrink, three buckets, two keys."""
    chooser = random.Random(seed)
    writes = []
    for _ in range(300):
        article = f"a{chooser.randrange(40)}"
        key = KEY if chooser.random() < 0.8 else "airstrike|Homs"
        writes.append(Write(RULE, key, 100 + chooser.randrange(3), article, chooser.randrange(1, 9), 600,
                            f'{{"article_id": "{article}", "n": {chooser.randrange(5)}}}'))
    return writes


async def test_a_batch_counts_what_the_memory_store_counts(client: aioredis.Redis[Any]) -> None:
    redis_store, memory = RedisStore(client, client.test_prefix), MemoryStore()  # type: ignore[attr-defined]
    ranges = [BucketRange(RULE, KEY, 98, 104), BucketRange(RULE, "airstrike|Homs", 99, 103)]
    first = _writes(1)
    recorded = await redis_store.record(first, ranges, [])
    assert recorded == await memory.record(first, ranges, [])
    # into an empty store, each (key, bucket, article) is added once, however often it is written
    assert sum(added for added, _ in recorded.deltas) == len({(w.key, w.bucket, w.article_id) for w in first})
    second = _writes(2)  # meets what the first batch stored
    assert await redis_store.record(second, ranges, []) == await memory.record(second, ranges, [])
    for bucket in range(100, 103):
        assert await redis_store.window_members(RULE, KEY, bucket, bucket) == await memory.window_members(RULE, KEY, bucket, bucket)
    ids = [f"a{n}" for n in range(40)]
    assert await redis_store.evidence(RULE, KEY, ids) == await memory.evidence(RULE, KEY, ids)
    base = f"{client.test_prefix}streams:"  # type: ignore[attr-defined]
    for name in (f"count:{RULE}:{KEY}:100", f"sum:{RULE}:{KEY}:100", f"evidence:{RULE}:{KEY}"):
        assert 0 < await client.ttl(base + name) <= 600, name


async def test_a_lost_total_is_rebuilt_from_its_count_hash(client: aioredis.Redis[Any]) -> None:
    store = RedisStore(client, client.test_prefix)  # type: ignore[attr-defined]
    writes = [Write(RULE, KEY, 7, "a", 3, 600, "{}"), Write(RULE, KEY, 7, "b", 4, 600, "{}")]
    await store.record(writes, [], [])
    await client.delete(f"{client.test_prefix}streams:sum:{RULE}:{KEY}:7")  # type: ignore[attr-defined]
    assert await store.fetch([BucketRange(RULE, KEY, 7, 7)]) == [[(2, 7)]]
    recorded = await store.record([Write(RULE, KEY, 7, "c", 1, 600, "{}")], [BucketRange(RULE, KEY, 7, 7)], [])
    assert recorded.series == [[(3, 8)]]


@pytest.mark.parametrize("state", ["pending", "open", "resolved"])
async def test_the_series_of_a_key_whose_alert_is_on_is_not_read(client: aioredis.Redis[Any], state: str) -> None:
    redis_store, memory = RedisStore(client, client.test_prefix), MemoryStore()  # type: ignore[attr-defined]
    for store in (redis_store, memory):
        await store.record([Write(RULE, KEY, 5, "a", 1, 600, "{}"), Write(RULE, "airstrike|Homs", 5, "b", 1, 600, "{}")], [], [])
        assert await store.claim(Episode(RULE, KEY, "pending", "{}", 5, 5), fire_end_ms=1, cooldown_ms=0)
        if state == "open":
            await store.set_open(RULE, KEY, 1)
        elif state == "resolved":
            await store.set_resolved(RULE, KEY, 0, 60)
    ranges = [BucketRange(RULE, KEY, 4, 6), BucketRange(RULE, "airstrike|Homs", 4, 6)]
    pairs = [(RULE, KEY), (RULE, "airstrike|Homs")]
    writes = [Write(RULE, KEY, 5, "c", 2, 600, "{}")]
    expected = await memory.record(writes, ranges, pairs)
    actual = await redis_store.record(writes, ranges, pairs)
    assert actual == expected
    assert actual.states == [state, None]
    hama = [] if state != "resolved" else [(0, 0), (2, 3), (0, 0)]
    assert actual.series == [hama, [(0, 0), (1, 1), (0, 0)]]
    assert actual.deltas == [(1, 2)]  # the write itself is counted either way
    assert await redis_store.fetch([ranges[0]]) == [[(0, 0), (2, 3), (0, 0)]]
