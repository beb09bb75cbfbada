"""Delivery health, queue sizes and dead letters, read from the delivery store's Redis keys.

Read-only over ``<prefix>alerts:*`` (see `alerts.deliveries.store`): ``index`` (every delivery by
creation time), ``due:<channel>`` (waiting for an attempt), ``dead`` (dead letters by time of
death) and ``disabled``. Used by the status page, ``nadhir status``, the dispatcher's gauges and
the dead-letter self-alert.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

STATUSES = ("pending", "sending", "retrying", "delivered", "dead", "dropped")


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


@dataclass
class ChannelHealth:
    """One channel's deliveries created in the window, by status, and its live queue."""

    channel: str
    pending: int = 0
    sending: int = 0
    retrying: int = 0
    delivered: int = 0
    dead: int = 0
    dropped: int = 0
    queued: int = 0
    disabled: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class DeliveryView:
    """Queries over the delivery store's keys (``prefix`` is ``settings.redis_prefix``)."""

    def __init__(self, redis: Any, prefix: str) -> None:
        self.redis = redis
        self.base = f"{prefix}alerts:"

    async def channels_with_queues(self) -> list[str]:
        found = []
        async for key in self.redis.scan_iter(match=f"{self.base}due:*", count=200):
            found.append(_text(key)[len(self.base) + len("due:"):])
        return sorted(found)

    async def queue_sizes(self, channels: Iterable[str] | None = None) -> dict[str, int]:
        names = sorted(set(channels) if channels is not None else await self.channels_with_queues())
        async with self.redis.pipeline(transaction=False) as pipe:
            for name in names:
                pipe.zcard(f"{self.base}due:{name}")
            sizes = await pipe.execute()
        return {name: int(size) for name, size in zip(names, sizes, strict=True)}

    async def dead_letter_count(self) -> int:
        return int(await self.redis.zcard(f"{self.base}dead"))

    async def dead_since(self, since: float, *, limit: int = 1000) -> list[tuple[str, str]]:
        """(delivery id, channel) of deliveries dead-lettered at or after ``since`` (epoch s)."""
        ids = [_text(i) for i in await self.redis.zrangebyscore(f"{self.base}dead", since, "+inf", 0, limit)]
        async with self.redis.pipeline(transaction=False) as pipe:
            for delivery_id in ids:
                pipe.hget(f"{self.base}delivery:{delivery_id}", "channel")
            channels = await pipe.execute()
        return [(delivery_id, _text(channel) if channel is not None else "?")
                for delivery_id, channel in zip(ids, channels, strict=True)]

    async def health(self, *, window_s: float = 24 * 3600, limit: int = 5000,
                     channels: Iterable[str] = ()) -> dict[str, ChannelHealth]:
        """Per channel: deliveries created in the last ``window_s`` by status, queue and disabled state."""
        since = time.time() - window_s
        ids = [_text(i) for i in await self.redis.zrevrangebyscore(f"{self.base}index", "+inf", since, 0, limit)]
        async with self.redis.pipeline(transaction=False) as pipe:
            for delivery_id in ids:
                pipe.hmget(f"{self.base}delivery:{delivery_id}", ["channel", "status"])
            rows = await pipe.execute()
        found: dict[str, ChannelHealth] = {name: ChannelHealth(name) for name in channels}
        for channel_raw, status_raw in rows:
            if channel_raw is None:
                continue  # expired between the two reads
            channel, status = _text(channel_raw), _text(status_raw or b"")
            entry = found.setdefault(channel, ChannelHealth(channel))
            if status in STATUSES:
                setattr(entry, status, getattr(entry, status) + 1)
        for name, size in (await self.queue_sizes(set(found) | set(await self.channels_with_queues()))).items():
            found.setdefault(name, ChannelHealth(name)).queued = size
        disabled = await self.redis.hgetall(f"{self.base}disabled")
        for name, reason in disabled.items():
            found.setdefault(_text(name), ChannelHealth(_text(name))).disabled = _text(reason)
        return dict(sorted(found.items()))
