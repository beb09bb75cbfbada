"""A rate limiter kept in Redis, so every dispatcher (and the bot) shares one budget.

Each :class:`Limit` is a sliding window: at most ``max_events`` in any ``window_s`` seconds.
A caller *reserves* a slot across several limits at once (a Telegram message counts against
its chat, its group and the bot's global budget): one Lua script finds the earliest instant at
which every limit allows one more event, and books it, atomically. Time comes from the Redis
server (``TIME``), so processes on different hosts agree on it.

A slot further away than the caller's ``horizon_s`` is not booked: the caller learns how long
to wait and can hand the work back (a retryable outcome) instead of holding it.

Keys: ``<prefix>alerts:ratelimit:<limit key>`` (a sorted set of booked instants, in ms) and
``...:blocked`` (an instant before which nothing is allowed, set after a 429).
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local horizon = tonumber(ARGV[1])
local member = ARGV[2]
local slot = now
local count = #KEYS / 2
for i = 1, count do
  local key = KEYS[2 * i - 1]
  local max_events = tonumber(ARGV[1 + 2 * i])
  local window = tonumber(ARGV[2 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local blocked = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
  if blocked > slot then slot = blocked end
  local booked = redis.call('ZCARD', key)
  if booked > 0 then
    -- slots are booked in order, so the window test only needs to look backwards
    local last = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
    if tonumber(last[2]) > slot then slot = tonumber(last[2]) end
  end
  if booked >= max_events then
    local oldest = redis.call('ZRANGE', key, booked - max_events, booked - max_events, 'WITHSCORES')
    local free_at = tonumber(oldest[2]) + window
    if free_at > slot then slot = free_at end
  end
end
local wait = slot - now
if wait > horizon then
  return {0, wait}
end
for i = 1, count do
  local key = KEYS[2 * i - 1]
  local window = tonumber(ARGV[2 + 2 * i])
  redis.call('ZADD', key, slot, member .. ':' .. slot)
  redis.call('PEXPIRE', key, window + wait + 1000)
end
return {1, wait}
"""

_BLOCK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ms = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ms > current then
  redis.call('SET', KEYS[1], until_ms, 'PX', tonumber(ARGV[1]) + 1000)
end
return until_ms - now
"""


@dataclass(frozen=True)
class Limit:
    """At most ``max_events`` in any ``window_s`` seconds, for everything sharing ``key``."""

    key: str
    max_events: int
    window_s: float

    def __post_init__(self) -> None:
        if self.max_events < 1 or self.window_s <= 0:
            raise ValueError(f"limit {self.key!r}: need max_events >= 1 and window_s > 0")


@dataclass(frozen=True)
class Reservation:
    """``granted``: a slot is booked ``wait_s`` from now. Otherwise nothing is booked and the
    earliest slot was ``wait_s`` away (beyond the caller's horizon)."""

    granted: bool
    wait_s: float


class RedisRateLimiter:
    """Sliding-window limits shared through Redis; see the module docstring."""

    def __init__(self, redis: Redis[Any], prefix: str) -> None:
        self._redis = redis
        self._prefix = f"{prefix}alerts:ratelimit:"
        self._reserve: Any = redis.register_script(_RESERVE)
        self._block: Any = redis.register_script(_BLOCK)

    def _key(self, limit_key: str) -> str:
        return self._prefix + limit_key

    async def reserve(self, limits: Sequence[Limit], *, horizon_s: float) -> Reservation:
        """Book the earliest slot allowed by every limit, unless it is beyond ``horizon_s``."""
        if not limits:
            return Reservation(granted=True, wait_s=0.0)
        keys: list[str] = []
        args: list[str | int] = [int(horizon_s * 1000), secrets.token_hex(6)]
        for limit in limits:
            keys += [self._key(limit.key), self._key(limit.key) + ":blocked"]
            args += [limit.max_events, int(limit.window_s * 1000)]
        granted, wait_ms = await self._reserve(keys=keys, args=args)
        return Reservation(granted=bool(int(granted)), wait_s=max(0.0, int(wait_ms) / 1000.0))

    async def acquire(self, limits: Sequence[Limit], *, horizon_s: float) -> Reservation:
        """Reserve, and when granted sleep until the booked slot; the caller may then act."""
        reservation = await self.reserve(limits, horizon_s=horizon_s)
        if reservation.granted and reservation.wait_s > 0:
            await asyncio.sleep(reservation.wait_s)
        return reservation

    async def block(self, limit_key: str, seconds: float) -> None:
        """Allow nothing under ``limit_key`` for ``seconds`` (e.g. Telegram's ``retry_after``)."""
        if seconds <= 0:
            return
        await self._block(keys=[self._key(limit_key) + ":blocked"], args=[int(seconds * 1000)])
