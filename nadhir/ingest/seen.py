"""Which feed entries were already published, so a poll publishes only new ones.

Two stores with one interface: `RedisSeenStore` (shared by every poller and surviving restarts;
keys ``{prefix}ingest:seen:{article_id}`` with a TTL) and `MemorySeenStore` (one process).
Ids are marked only after the broker acknowledged them: a failed publish is retried next poll.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Protocol


class SeenStore(Protocol):
    def unseen(self, article_ids: Sequence[str]) -> list[str]:
        """The ids, in order, that were not marked within the TTL."""
        ...

    def mark(self, article_ids: Sequence[str]) -> None:
        """Remember the ids for the TTL."""
        ...


class MemorySeenStore:
    """In-process store; entries expire after ``ttl_s`` so memory stays bounded on a long run."""

    def __init__(self, ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self._expires: dict[str, float] = {}

    def unseen(self, article_ids: Sequence[str]) -> list[str]:
        now = time.monotonic()
        return [item for item in article_ids if self._expires.get(item, 0.0) <= now]

    def mark(self, article_ids: Sequence[str]) -> None:
        now = time.monotonic()
        if len(self._expires) > 10_000:
            self._expires = {key: expires for key, expires in self._expires.items() if expires > now}
        for item in article_ids:
            self._expires[item] = now + self.ttl_s


class RedisSeenStore:
    """Redis store (`redis.Redis` client, synchronous: the poller is not an event loop)."""

    def __init__(self, url: str, *, prefix: str = "nadhir:", ttl_s: int) -> None:
        import redis

        self.ttl_s = ttl_s
        self.key_prefix = f"{prefix}ingest:seen:"
        self._client = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=10)

    def key(self, article_id: str) -> str:
        return self.key_prefix + article_id

    def unseen(self, article_ids: Sequence[str]) -> list[str]:
        if not article_ids:
            return []
        pipe = self._client.pipeline(transaction=False)
        for item in article_ids:
            pipe.exists(self.key(item))
        found = pipe.execute()
        return [item for item, exists in zip(article_ids, found, strict=True) if not exists]

    def mark(self, article_ids: Sequence[str]) -> None:
        if not article_ids:
            return
        pipe = self._client.pipeline(transaction=False)
        for item in article_ids:
            pipe.set(self.key(item), b"1", ex=self.ttl_s)
        pipe.execute()

    def close(self) -> None:
        self._client.close()
