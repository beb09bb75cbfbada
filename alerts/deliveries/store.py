"""Deliveries in Redis: the record of every notification, the retry schedule and dead letters.

One delivery = one target + a group of alerts (usually one) + its attempts. Keys (``P`` is
``<redis_prefix>alerts:``):

- ``P delivery:<id>`` hash (target, status, attempts, last error, times) and
  ``P delivery:<id>:alerts`` list of alert JSON;
- ``P notified:<target key>:<notification id>`` → delivery id: the idempotency claim (SET NX
  inside the recording script), kept ``retention_s``; a re-read alert finds it and is skipped;
- ``P open:<target key>`` → the delivery still collecting alerts for ``group_wait``;
- ``P due:<channel>`` sorted set (score = when the next attempt is due); any dispatcher claims
  from it atomically, moving the id to ``P leases`` (score = lease expiry) with a fencing token;
  a lease that expires (its dispatcher died) puts the delivery back on ``due``;
- ``P dead`` sorted set of dead letters; ``P index`` sorted set of all deliveries by creation;
- ``P disabled`` hash channel → why it was disabled (HTTP 410).

Every transition is one Lua script, so two dispatchers can never both hold the same attempt.

Statuses: ``pending`` (first attempt due, or still grouping), ``sending`` (claimed),
``retrying``, ``delivered``, ``dead`` (retries exhausted, permanent error or endpoint disabled),
``dropped`` (the channel gave the target up, e.g. a Telegram chat that blocked the bot).

The delivery id is derived from (target, first notification id) and is the Standard Webhooks
``webhook-id``: it stays the same across retries, replays and dispatcher crashes.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis

from alerts.model import Alert
from alerts.notify.base import Target

TERMINAL = ("delivered", "dead", "dropped")

_RECORD = """
local existing = redis.call('GET', KEYS[1])
if existing then return {0, existing} end
local gw = tonumber(ARGV[3])
if gw > 0 then
  local open = redis.call('GET', KEYS[2])
  if open then
    local okey = ARGV[10] .. 'delivery:' .. open
    if redis.call('HGET', okey, 'status') == 'pending' then
      redis.call('RPUSH', okey .. ':alerts', ARGV[4])
      redis.call('HINCRBY', okey, 'size', 1)
      redis.call('SET', KEYS[1], open, 'EX', ARGV[9])
      return {2, open}
    end
  end
end
if redis.call('EXISTS', KEYS[3]) == 1 then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[9])
  return {0, ARGV[1]}
end
redis.call('HSET', KEYS[3], 'id', ARGV[1], 'kind', ARGV[5], 'channel', ARGV[6], 'address', ARGV[7],
  'target_key', ARGV[8], 'status', 'pending', 'attempts', 0, 'size', 1, 'created_at', ARGV[2],
  'updated_at', ARGV[2], 'next_attempt_at', ARGV[11], 'last_error', '', 'last_status_code', '')
redis.call('RPUSH', KEYS[4], ARGV[4])
redis.call('ZADD', KEYS[5], ARGV[11], ARGV[1])
redis.call('ZADD', KEYS[6], ARGV[2], ARGV[1])
if gw > 0 then redis.call('SET', KEYS[2], ARGV[1], 'PX', gw) end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[9])
return {1, ARGV[1]}
"""

_CLAIM = """
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
local out = {}
local disabled = redis.call('HGET', KEYS[3], ARGV[6])
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  local dkey = ARGV[5] .. 'delivery:' .. id
  if redis.call('EXISTS', dkey) == 1 then
    local okey = ARGV[5] .. 'open:' .. redis.call('HGET', dkey, 'target_key')
    if redis.call('GET', okey) == id then redis.call('DEL', okey) end
    if disabled then
      redis.call('HSET', dkey, 'status', 'dead', 'updated_at', ARGV[1],
        'last_error', 'endpoint disabled (' .. disabled .. '); not attempted')
      redis.call('ZADD', KEYS[4], ARGV[1], id)
    else
      redis.call('ZADD', KEYS[2], ARGV[3], id)
      redis.call('HSET', dkey, 'status', 'sending', 'lease_token', ARGV[4], 'lease_until', ARGV[3])
      out[#out + 1] = {id, redis.call('HGETALL', dkey), redis.call('LRANGE', dkey .. ':alerts', 0, -1)}
    end
  end
end
return out
"""

_FINISH = """
if redis.call('HGET', KEYS[1], 'lease_token') ~= ARGV[2] then return -1 end
redis.call('ZREM', KEYS[2], ARGV[1])
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('HSET', KEYS[1], 'status', ARGV[4], 'updated_at', ARGV[3], 'last_attempt_at', ARGV[3],
  'last_error', ARGV[6], 'last_status_code', ARGV[7], 'lease_token', '')
if ARGV[4] == 'retrying' then
  redis.call('HSET', KEYS[1], 'next_attempt_at', ARGV[5])
  redis.call('ZADD', KEYS[3], ARGV[5], ARGV[1])
else
  redis.call('HDEL', KEYS[1], 'next_attempt_at')
  if ARGV[4] == 'dead' then redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1]) end
  if ARGV[4] == 'delivered' then redis.call('HSET', KEYS[1], 'delivered_at', ARGV[3]) end
  redis.call('EXPIRE', KEYS[1], ARGV[8])
  redis.call('EXPIRE', KEYS[6], ARGV[8])
end
if ARGV[10] ~= '' then redis.call('HSET', KEYS[5], ARGV[9], ARGV[10]) end
return attempts
"""

_RELEASE = """
if redis.call('HGET', KEYS[1], 'lease_token') ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
local status = 'retrying'
if tonumber(redis.call('HGET', KEYS[1], 'attempts')) == 0 then status = 'pending' end
redis.call('HSET', KEYS[1], 'status', status, 'lease_token', '', 'next_attempt_at', ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
return 1
"""

_REAP = """
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  local dkey = ARGV[2] .. 'delivery:' .. id
  local channel = redis.call('HGET', dkey, 'channel')
  if channel then
    redis.call('HINCRBY', dkey, 'reclaimed', 1)
    redis.call('HSET', dkey, 'status', 'retrying', 'lease_token', '', 'next_attempt_at', ARGV[1])
    redis.call('ZADD', ARGV[2] .. 'due:' .. channel, ARGV[1], id)
  end
end
return #ids
"""

_REPLAY = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return 0 end
if status ~= 'dead' and status ~= 'dropped' then return -1 end
local channel = redis.call('HGET', KEYS[1], 'channel')
redis.call('HSET', KEYS[1], 'status', 'pending', 'attempts', 0, 'next_attempt_at', ARGV[2], 'updated_at', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'replays', 1)
redis.call('PERSIST', KEYS[1])
redis.call('PERSIST', KEYS[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', ARGV[3] .. 'due:' .. channel, ARGV[2], ARGV[1])
return 1
"""


def delivery_id_for(target: Target, notification_id: str) -> str:
    """Deterministic webhook-id for the delivery that starts with this notification."""
    digest = hashlib.sha256(f"{target.key}\x1f{notification_id}".encode()).hexdigest()
    return f"msg_{digest[:28]}"


@dataclass(frozen=True)
class Delivery:
    """A delivery as stored (alerts decoded lazily: they are untrusted text, kept as JSON)."""

    id: str
    target: Target
    status: str
    attempts: int
    size: int
    created_at: float
    updated_at: float
    next_attempt_at: float | None
    last_error: str
    last_status_code: int | None
    delivered_at: float | None
    replays: int
    reclaimed: int
    lease_token: str
    alert_json: tuple[bytes, ...]

    def alerts(self) -> list[Alert]:
        return [Alert.from_json_bytes(raw) for raw in self.alert_json]

    @classmethod
    def from_redis(cls, fields: dict[str, str], alert_json: Sequence[bytes]) -> Delivery:
        def number(name: str) -> float | None:
            value = fields.get(name, "")
            return float(value) if value not in ("", None) else None

        return cls(
            id=fields["id"],
            target=Target(kind=fields["kind"], channel=fields["channel"], address=fields["address"]),
            status=fields.get("status", "?"),
            attempts=int(fields.get("attempts", "0") or 0),
            size=int(fields.get("size", "1") or 1),
            created_at=number("created_at") or 0.0,
            updated_at=number("updated_at") or 0.0,
            next_attempt_at=number("next_attempt_at"),
            last_error=fields.get("last_error", ""),
            last_status_code=int(code) if (code := fields.get("last_status_code", "")) else None,
            delivered_at=number("delivered_at"),
            replays=int(fields.get("replays", "0") or 0),
            reclaimed=int(fields.get("reclaimed", "0") or 0),
            lease_token=fields.get("lease_token", ""),
            alert_json=tuple(alert_json),
        )


@dataclass(frozen=True)
class Recorded:
    """What recording one (target, alert) did: ``created`` / ``grouped`` / ``duplicate``."""

    result: str
    delivery_id: str
    target: Target


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _pairs(flat: Sequence[Any]) -> dict[str, str]:
    return {_text(flat[i]): _text(flat[i + 1]) for i in range(0, len(flat), 2)}


class DeliveryStore:
    """All delivery state transitions (one Lua script each) and the queries behind ``nadhir deliveries``."""

    def __init__(self, redis: aioredis.Redis[bytes], prefix: str, *, retention_s: int = 7 * 24 * 3600) -> None:
        self.redis = redis
        self.base = f"{prefix}alerts:"
        self.retention_s = retention_s
        self.leases = self.base + "leases"
        self.dead_key = self.base + "dead"
        self.index = self.base + "index"
        self.disabled_key = self.base + "disabled"
        self._record = redis.register_script(_RECORD)
        self._claim = redis.register_script(_CLAIM)
        self._finish = redis.register_script(_FINISH)
        self._release = redis.register_script(_RELEASE)
        self._reap = redis.register_script(_REAP)
        self._replay = redis.register_script(_REPLAY)

    def due_key(self, channel: str) -> str:
        return f"{self.base}due:{channel}"

    def delivery_key(self, delivery_id: str) -> str:
        return f"{self.base}delivery:{delivery_id}"

    # --- recording ------------------------------------------------------------------------------
    async def record(self, items: Sequence[tuple[Target, Alert, float]], now: float | None = None) -> list[Recorded]:
        """Durably record (target, alert, group_wait_s) items in one round trip, idempotently.

        When this returns, every item is in Redis (or was already): the caller may commit the
        Kafka offset. Alerts for a target with an open group join it.
        """
        if not items:
            return []
        moment = time.time() if now is None else now
        async with self.redis.pipeline(transaction=False) as pipe:
            for target, alert, group_wait_s in items:
                delivery_id = delivery_id_for(target, alert.notification_id)
                dkey = self.delivery_key(delivery_id)
                await self._record(
                    keys=[
                        f"{self.base}notified:{target.key}:{alert.notification_id}",
                        f"{self.base}open:{target.key}",
                        dkey,
                        dkey + ":alerts",
                        self.due_key(target.channel),
                        self.index,
                    ],
                    args=[
                        delivery_id, repr(moment), int(group_wait_s * 1000), alert.to_json_bytes(),
                        target.kind, target.channel, target.address, target.key, self.retention_s,
                        self.base, repr(moment + group_wait_s),
                    ],
                    client=pipe,
                )
            replies = await pipe.execute()
        names = {0: "duplicate", 1: "created", 2: "grouped"}
        return [
            Recorded(result=names[int(reply[0])], delivery_id=_text(reply[1]), target=item[0])
            for reply, item in zip(replies, items, strict=True)
        ]

    # --- attempts -------------------------------------------------------------------------------
    async def claim(self, channel: str, limit: int, lease_s: float, token: str,
                    now: float | None = None) -> list[Delivery]:
        """Atomically take up to ``limit`` due deliveries of ``channel`` under a lease."""
        moment = time.time() if now is None else now
        reply = await self._claim(
            keys=[self.due_key(channel), self.leases, self.disabled_key, self.dead_key],
            args=[repr(moment), limit, repr(moment + lease_s), token, self.base, channel],
        )
        return [Delivery.from_redis(_pairs(fields), alerts) for _id, fields, alerts in reply]

    async def finish(self, delivery: Delivery, *, status: str, next_attempt_at: float | None = None,
                     error: str = "", status_code: int | None = None, disable_reason: str = "",
                     now: float | None = None) -> int:
        """Record an attempt's result. Returns the attempt count, or -1 if the lease was lost."""
        moment = time.time() if now is None else now
        dkey = self.delivery_key(delivery.id)
        reply = await self._finish(
            keys=[dkey, self.leases, self.due_key(delivery.target.channel), self.dead_key,
                  self.disabled_key, dkey + ":alerts"],
            args=[delivery.id, delivery.lease_token, repr(moment), status,
                  repr(next_attempt_at if next_attempt_at is not None else moment), error,
                  "" if status_code is None else status_code, self.retention_s, delivery.target.channel,
                  disable_reason],
        )
        return int(reply)

    async def release(self, delivery: Delivery, now: float | None = None) -> bool:
        """Give a claimed delivery back without counting an attempt (graceful shutdown)."""
        moment = time.time() if now is None else now
        reply = await self._release(
            keys=[self.delivery_key(delivery.id), self.leases, self.due_key(delivery.target.channel)],
            args=[delivery.id, delivery.lease_token, repr(moment)],
        )
        return int(reply) == 1

    async def reap(self, now: float | None = None, limit: int = 500) -> int:
        """Put deliveries whose lease expired (their dispatcher died) back on the schedule."""
        moment = time.time() if now is None else now
        return int(await self._reap(keys=[self.leases], args=[repr(moment), self.base, limit]))

    # --- queries and operations -------------------------------------------------------------------
    async def get(self, delivery_id: str) -> Delivery | None:
        dkey = self.delivery_key(delivery_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(dkey)
            pipe.lrange(dkey + ":alerts", 0, -1)
            fields, alerts = await pipe.execute()
        if not fields:
            return None
        return Delivery.from_redis({_text(k): _text(v) for k, v in fields.items()}, alerts)

    async def _from_zset(self, key: str, limit: int) -> list[Delivery]:
        ids = [_text(i) for i in await self.redis.zrevrange(key, 0, max(limit, 1) - 1)]
        found: list[Delivery] = []
        gone: list[str] = []
        for delivery_id in ids:
            delivery = await self.get(delivery_id)
            if delivery is None:
                gone.append(delivery_id)
            else:
                found.append(delivery)
        if gone:
            await self.redis.zrem(key, *gone)
        return found

    async def recent(self, limit: int = 50, status: str | None = None) -> list[Delivery]:
        """Newest deliveries first, optionally only one status."""
        if status is None:
            return await self._from_zset(self.index, limit)
        found = await self._from_zset(self.index, max(limit * 20, 1000))
        return [d for d in found if d.status == status][:limit]

    async def dead(self, limit: int = 1000) -> list[Delivery]:
        found = await self._from_zset(self.dead_key, limit)
        return [d for d in found if d.status == "dead"]

    async def replay(self, delivery_id: str, now: float | None = None) -> int:
        """Schedule a dead (or dropped) delivery again, same webhook-id, attempts from 0.

        Returns 1 when scheduled, 0 when unknown, -1 when it is not dead.
        """
        moment = time.time() if now is None else now
        dkey = self.delivery_key(delivery_id)
        return int(await self._replay(keys=[dkey, self.dead_key, dkey + ":alerts"],
                                      args=[delivery_id, repr(moment), self.base]))

    async def replay_all(self) -> int:
        ids = [_text(i) for i in await self.redis.zrange(self.dead_key, 0, -1)]
        scheduled = 0
        for delivery_id in ids:
            if await self.replay(delivery_id) == 1:
                scheduled += 1
        return scheduled

    async def disabled(self) -> dict[str, str]:
        raw = await self.redis.hgetall(self.disabled_key)
        return {_text(k): _text(v) for k, v in raw.items()}

    async def enable(self, channel: str) -> bool:
        return bool(await self.redis.hdel(self.disabled_key, channel))

    async def pending_count(self, channel: str) -> int:
        return int(await self.redis.zcard(self.due_key(channel)))

    async def next_due(self, channels: Sequence[str]) -> float | None:
        """The earliest due time over ``channels`` (None when nothing is scheduled)."""
        earliest: float | None = None
        for channel in channels:
            first = await self.redis.zrange(self.due_key(channel), 0, 0, withscores=True)
            if first:
                score = float(first[0][1])
                earliest = score if earliest is None else min(earliest, score)
        return earliest
