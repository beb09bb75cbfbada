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

# Batch: ARGV = prefix, now, retention_s, then 9 fields per item (see DeliveryStore.record).
# Keys are built here from the prefix: Nadhir's Redis is one instance, not a cluster.
_RECORD = """
local prefix, now, retention = ARGV[1], ARGV[2], ARGV[3]
local out = {}
for i = 4, #ARGV, 9 do
  local id, gw, alert, kind, channel, address, tkey, nid, due =
    ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2], ARGV[i + 3], ARGV[i + 4], ARGV[i + 5], ARGV[i + 6],
    ARGV[i + 7], ARGV[i + 8]
  local notified = prefix .. 'notified:' .. tkey .. ':' .. nid
  local open_key = prefix .. 'open:' .. tkey
  local existing = redis.call('GET', notified)
  local done = false
  if existing then
    out[#out + 1] = 0; out[#out + 1] = existing; done = true
  end
  if not done and gw > 0 then
    local open = redis.call('GET', open_key)
    if open then
      local okey = prefix .. 'delivery:' .. open
      if redis.call('HGET', okey, 'status') == 'pending' then
        redis.call('RPUSH', okey .. ':alerts', alert)
        redis.call('HINCRBY', okey, 'size', 1)
        redis.call('SET', notified, open, 'EX', retention)
        out[#out + 1] = 2; out[#out + 1] = open; done = true
      end
    end
  end
  local dkey = prefix .. 'delivery:' .. id
  if not done and redis.call('EXISTS', dkey) == 1 then
    redis.call('SET', notified, id, 'EX', retention)
    out[#out + 1] = 0; out[#out + 1] = id; done = true
  end
  if not done then
    redis.call('HSET', dkey, 'id', id, 'kind', kind, 'channel', channel, 'address', address,
      'target_key', tkey, 'status', 'pending', 'attempts', 0, 'size', 1, 'created_at', now,
      'updated_at', now, 'next_attempt_at', due, 'last_error', '', 'last_status_code', '')
    redis.call('RPUSH', dkey .. ':alerts', alert)
    redis.call('ZADD', prefix .. 'due:' .. channel, due, id)
    redis.call('ZADD', prefix .. 'index', now, id)
    if gw > 0 then redis.call('SET', open_key, id, 'PX', gw) end
    redis.call('SET', notified, id, 'EX', retention)
    out[#out + 1] = 1; out[#out + 1] = id
  end
end
return out
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
      local f = redis.call('HMGET', dkey, 'kind', 'channel', 'address', 'attempts', 'created_at')
      out[#out + 1] = {id, f[1], f[2], f[3], f[4], f[5], redis.call('LRANGE', dkey .. ':alerts', 0, -1)}
    end
  end
end
return out
"""

# Batch: ARGV = prefix, now, retention_s, then 8 fields per result (see DeliveryStore.finish_many).
_FINISH = """
local prefix, now, retention = ARGV[1], ARGV[2], ARGV[3]
local out = {}
for i = 4, #ARGV, 8 do
  local id, token, status, next_at, err, code, channel, disable =
    ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4], ARGV[i + 5], ARGV[i + 6], ARGV[i + 7]
  local dkey = prefix .. 'delivery:' .. id
  if redis.call('HGET', dkey, 'lease_token') ~= token then
    out[#out + 1] = -1
  else
    redis.call('ZREM', prefix .. 'leases', id)
    local attempts = redis.call('HINCRBY', dkey, 'attempts', 1)
    redis.call('HSET', dkey, 'status', status, 'updated_at', now, 'last_attempt_at', now,
      'last_error', err, 'last_status_code', code, 'lease_token', '')
    if status == 'retrying' then
      redis.call('HSET', dkey, 'next_attempt_at', next_at)
      redis.call('ZADD', prefix .. 'due:' .. channel, next_at, id)
    else
      redis.call('HDEL', dkey, 'next_attempt_at')
      if status == 'dead' then redis.call('ZADD', prefix .. 'dead', now, id) end
      if status == 'delivered' then redis.call('HSET', dkey, 'delivered_at', now) end
      redis.call('EXPIRE', dkey, retention)
      redis.call('EXPIRE', dkey .. ':alerts', retention)
    end
    if disable ~= '' then redis.call('HSET', prefix .. 'disabled', channel, disable) end
    out[#out + 1] = attempts
  end
end
return out
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
class Finish:
    """The result of one attempt, to record: the new status and what to remember about it."""

    delivery: Delivery
    status: str
    next_attempt_at: float | None = None
    error: str = ""
    status_code: int | None = None
    disable_reason: str = ""


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
        """Durably record (target, alert, group_wait_s) items in one script call, idempotently.

        When this returns, every item is in Redis (or was already): the caller may commit the
        Kafka offset. Alerts for a target with an open group join it.
        """
        if not items:
            return []
        moment = time.time() if now is None else now
        args: list[str | bytes | int] = [self.base, repr(moment), self.retention_s]
        encoded: dict[int, bytes] = {}
        for target, alert, group_wait_s in items:
            raw = encoded.get(id(alert))
            if raw is None:
                raw = encoded[id(alert)] = alert.to_json_bytes()
            args += [delivery_id_for(target, alert.notification_id), int(group_wait_s * 1000), raw, target.kind,
                     target.channel, target.address, target.key, alert.notification_id,
                     repr(moment + group_wait_s)]
        reply = await self._record(args=args)
        names = {0: "duplicate", 1: "created", 2: "grouped"}
        return [
            Recorded(result=names[int(reply[2 * index])], delivery_id=_text(reply[2 * index + 1]), target=item[0])
            for index, item in enumerate(items)
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
        # A compact reply (not HGETALL): parsing Redis replies is a large part of a delivery's CPU.
        return [
            Delivery.from_redis(
                {"id": _text(delivery_id), "kind": _text(kind), "channel": _text(channel_name),
                 "address": _text(address), "attempts": _text(attempts), "created_at": _text(created_at),
                 "status": "sending", "lease_token": token, "size": str(len(alerts))},
                alerts,
            )
            for delivery_id, kind, channel_name, address, attempts, created_at, alerts in reply
        ]

    async def finish(self, delivery: Delivery, *, status: str, next_attempt_at: float | None = None,
                     error: str = "", status_code: int | None = None, disable_reason: str = "",
                     now: float | None = None) -> int:
        """Record an attempt's result. Returns the attempt count, or -1 if the lease was lost."""
        result = Finish(delivery, status, next_attempt_at, error, status_code, disable_reason)
        return (await self.finish_many([result], now=now))[0]

    async def finish_many(self, results: Sequence[Finish], now: float | None = None) -> list[int]:
        """Record several attempts' results in one round trip (see :meth:`finish`)."""
        if not results:
            return []
        moment = time.time() if now is None else now
        args: list[str | bytes | int] = [self.base, repr(moment), self.retention_s]
        for result in results:
            delivery = result.delivery
            next_at = result.next_attempt_at if result.next_attempt_at is not None else moment
            args += [delivery.id, delivery.lease_token, result.status, repr(next_at), result.error,
                     "" if result.status_code is None else result.status_code, delivery.target.channel,
                     result.disable_reason]
        return [int(count) for count in await self._finish(args=args)]

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
