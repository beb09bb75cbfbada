"""`StateStore` on Redis, shared by every worker: one round trip per batch and step.

Keys (after ``settings.redis_prefix``), all under ``streams:``:

- ``id:<article id>`` -> first event time (ms), TTL = dedupe horizon
- ``text:<hash of normalized text>`` -> owning article id, TTL = dedupe horizon
- ``clock`` -> max event time seen (ms)
- ``count:<rule>:<key>:<bucket>`` hash article id -> reported count, TTL per rule
- ``evidence:<rule>:<key>`` hash article id -> evidence JSON, TTL per rule
- ``episode:<rule>:<key>`` hash (state, alert, fire_end, checked, resolved_end_ms, updated_ms)
- ``episodes:active`` set of ``<rule>\\x1f<key>`` with a pending or open episode

The two batch scripts build bucket keys from a prefix passed in ARGV: fine on one server or a
replicated pair, not on Redis Cluster.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import redis.asyncio as aioredis

from streams.rules.store import (
    Admission,
    AdmitStatus,
    Admitted,
    BucketRange,
    BucketValues,
    Episode,
    EpisodeState,
    Recorded,
    Write,
)

_ADMIT = """
local prefix, lateness, horizon = ARGV[1], tonumber(ARGV[2]), ARGV[3]
local clock_key = prefix .. 'clock'
local max_raw = redis.call('GET', clock_key)
local max_ms = -1
if max_raw then max_ms = tonumber(max_raw) end
local changed = false
local out = {}
local i = 4
while i <= #ARGV do
  local id, hash, ev_raw = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local ev = tonumber(ev_raw)
  local id_key = prefix .. 'id:' .. id
  local seen = redis.call('GET', id_key)
  if seen then
    table.insert(out, 'redelivered'); table.insert(out, seen)
  elseif max_ms >= 0 and ev < max_ms - lateness then
    table.insert(out, 'late'); table.insert(out, ev_raw)
  else
    local text_key = prefix .. 'text:' .. hash
    local owner = redis.call('GET', text_key)
    if owner and owner ~= id then
      table.insert(out, 'duplicate'); table.insert(out, owner)
    else
      redis.call('SET', text_key, id, 'EX', horizon)
      redis.call('SET', id_key, ev_raw, 'EX', horizon)
      if ev > max_ms then max_ms = ev; max_raw = ev_raw; changed = true end
      table.insert(out, 'new'); table.insert(out, ev_raw)
    end
  end
  i = i + 3
end
if changed then redis.call('SET', clock_key, max_raw) end
table.insert(out, max_raw or '-1')
return out
"""

_RECORD = """
local n_writes, n_ranges = tonumber(ARGV[1]), tonumber(ARGV[2])
local out = {}
local i = 3
for _ = 1, n_writes do
  local count_key, article, value, ttl = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2]), ARGV[i + 3]
  local evidence_key, evidence = ARGV[i + 4], ARGV[i + 5]
  local old = redis.call('HGET', count_key, article)
  if not old then
    redis.call('HSET', count_key, article, value)
    table.insert(out, 1); table.insert(out, value)
  elseif tonumber(old) < value then
    redis.call('HSET', count_key, article, value)
    table.insert(out, 0); table.insert(out, value - tonumber(old))
  else
    table.insert(out, 0); table.insert(out, 0)
  end
  redis.call('EXPIRE', count_key, ttl)
  redis.call('HSET', evidence_key, article, evidence)
  redis.call('EXPIRE', evidence_key, ttl)
  i = i + 6
end
-- Each range comes back as one string "articles:reported,..." (empty buckets as ""): parsing
-- hundreds of integers per key in Python cost more than the script itself.
for _ = 1, n_ranges do
  local base, lo, hi = ARGV[i], tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2])
  local parts = {}
  for bucket = lo, hi do
    local key = base .. string.format('%d', bucket)
    local articles = redis.call('HLEN', key)
    if articles > 0 then
      local reported = 0
      for _, v in ipairs(redis.call('HVALS', key)) do reported = reported + tonumber(v) end
      table.insert(parts, string.format('%d:%d', articles, reported))
    else
      table.insert(parts, '')
    end
  end
  table.insert(out, table.concat(parts, ','))
  i = i + 3
end
while i <= #ARGV do
  local state = redis.call('HGET', ARGV[i], 'state')
  table.insert(out, state or '')
  i = i + 1
end
return out
"""

_CLAIM = """
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'pending' or state == 'open' then return 0 end
if state == 'resolved' then
  local resolved_end = tonumber(redis.call('HGET', KEYS[1], 'resolved_end_ms') or '0')
  if tonumber(ARGV[1]) <= resolved_end + tonumber(ARGV[2]) then return 0 end
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'state', 'pending', 'alert', ARGV[3], 'fire_end', ARGV[4],
           'checked', ARGV[4], 'resolved_end_ms', '0', 'updated_ms', ARGV[5])
redis.call('PERSIST', KEYS[1])
redis.call('SADD', KEYS[2], ARGV[6])
return 1
"""

_ADVANCE = """
local raw = redis.call('GET', KEYS[1])
if not raw then return '-1' end
local now, within = tonumber(ARGV[1]), tonumber(ARGV[2])
if now - tonumber(raw) <= within and now > tonumber(raw) then
  redis.call('SET', KEYS[1], ARGV[1])
  return ARGV[1]
end
return raw
"""


def _bucket_values(part: str) -> BucketValues:
    if not part:
        return (0, 0)
    articles, _, reported = part.partition(":")
    return int(articles), int(reported)


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


class RedisStore:
    """`StateStore` on a `redis.asyncio.Redis` client (created by the caller, closed by it)."""

    def __init__(self, client: aioredis.Redis[Any], prefix: str = "nadhir:") -> None:
        self.client = client
        self.base = f"{prefix}streams:"
        self._admit = client.register_script(_ADMIT)
        self._record = client.register_script(_RECORD)
        self._claim = client.register_script(_CLAIM)
        self._advance = client.register_script(_ADVANCE)

    def _count_base(self, rule: str, key: str) -> str:
        return f"{self.base}count:{rule}:{key}:"

    def _evidence_key(self, rule: str, key: str) -> str:
        return f"{self.base}evidence:{rule}:{key}"

    def _episode_key(self, rule: str, key: str) -> str:
        return f"{self.base}episode:{rule}:{key}"

    @property
    def _active_key(self) -> str:
        return f"{self.base}episodes:active"

    async def admit(
        self, items: Sequence[Admission], *, lateness_ms: int, horizon_s: int
    ) -> tuple[list[Admitted], int]:
        args: list[str | int] = [self.base, lateness_ms, horizon_s]
        for item in items:
            args += [item.article_id, item.text_hash, item.event_ms]
        reply = [_text(value) for value in await self._admit(args=args)]
        results = []
        for index in range(len(items)):
            status = cast(AdmitStatus, reply[2 * index])
            detail = reply[2 * index + 1]
            if status in ("new", "redelivered"):
                results.append(Admitted(status, int(detail)))
            elif status == "late":
                results.append(Admitted(status, items[index].event_ms))
            else:
                results.append(Admitted(status, items[index].event_ms, detail))
        return results, int(reply[-1])

    async def clock(self) -> int:
        raw = await self.client.get(f"{self.base}clock")
        return int(raw) if raw is not None else -1

    async def advance_clock(self, now_ms: int, live_within_ms: int) -> int:
        reply = await self._advance(keys=[f"{self.base}clock"], args=[now_ms, live_within_ms])
        return int(_text(reply))

    async def record(
        self, writes: Sequence[Write], ranges: Sequence[BucketRange], pairs: Sequence[tuple[str, str]]
    ) -> Recorded:
        args: list[str | int] = [len(writes), len(ranges)]
        for write in writes:
            args += [
                f"{self._count_base(write.rule, write.key)}{write.bucket}", write.article_id, write.reported,
                write.ttl_s, self._evidence_key(write.rule, write.key), write.evidence_json,
            ]
        for bucket_range in ranges:
            args += [self._count_base(bucket_range.rule, bucket_range.key), bucket_range.lo, bucket_range.hi]
        args += [self._episode_key(rule, key) for rule, key in pairs]
        reply = await self._record(args=args)
        deltas = [(int(reply[2 * i]), int(reply[2 * i + 1])) for i in range(len(writes))]
        position = 2 * len(writes)
        series: list[list[BucketValues]] = []
        for packed in reply[position : position + len(ranges)]:
            series.append([_bucket_values(part) for part in _text(packed).split(",")])
        position += len(ranges)
        states: list[EpisodeState | None] = [cast(EpisodeState, _text(value)) or None for value in reply[position:]]
        return Recorded(deltas, series, states)

    async def fetch(self, ranges: Sequence[BucketRange]) -> list[list[BucketValues]]:
        return (await self.record([], ranges, [])).series

    async def window_members(self, rule: str, key: str, lo: int, hi: int) -> dict[str, int]:
        async with self.client.pipeline(transaction=False) as pipe:
            for bucket in range(lo, hi + 1):
                pipe.hgetall(f"{self._count_base(rule, key)}{bucket}")
            replies = await pipe.execute()
        members: dict[str, int] = {}
        for reply in replies:
            for article_id, reported in reply.items():
                name = _text(article_id)
                members[name] = max(int(reported), members.get(name, 0))
        return members

    async def evidence(self, rule: str, key: str, article_ids: Sequence[str]) -> list[str | None]:
        if not article_ids:
            return []
        values = await self.client.hmget(self._evidence_key(rule, key), list(article_ids))
        return [None if value is None else _text(value) for value in values]

    async def claim(self, episode: Episode, *, fire_end_ms: int, cooldown_ms: int) -> bool:
        reply = await self._claim(
            keys=[self._episode_key(episode.rule, episode.key), self._active_key],
            args=[fire_end_ms, cooldown_ms, episode.alert_json, episode.fire_end, episode.updated_ms,
                  f"{episode.rule}\x1f{episode.key}"],
        )
        return bool(int(reply))

    async def get_episode(self, rule: str, key: str) -> Episode | None:
        raw = await self.client.hgetall(self._episode_key(rule, key))
        if not raw:
            return None
        fields = {_text(name): _text(value) for name, value in raw.items()}
        return Episode(
            rule=rule,
            key=key,
            state=cast(EpisodeState, fields["state"]),
            alert_json=fields.get("alert", ""),
            fire_end=int(fields.get("fire_end", "0")),
            checked_through=int(fields.get("checked", "0")),
            resolved_end_ms=int(fields.get("resolved_end_ms", "0")),
            updated_ms=int(fields.get("updated_ms", "0")),
        )

    async def set_open(self, rule: str, key: str, now_ms: int) -> None:
        await self.client.hset(self._episode_key(rule, key), mapping={"state": "open", "updated_ms": now_ms})

    async def set_checked(self, rule: str, key: str, window_end: int) -> None:
        await self.client.hset(self._episode_key(rule, key), "checked", window_end)

    async def set_resolved(self, rule: str, key: str, resolved_end_ms: int, keep_s: int) -> None:
        episode_key = self._episode_key(rule, key)
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.hset(episode_key, mapping={"state": "resolved", "resolved_end_ms": resolved_end_ms})
            pipe.expire(episode_key, max(keep_s, 1))
            pipe.srem(self._active_key, f"{rule}\x1f{key}")
            await pipe.execute()

    async def active(self) -> list[tuple[str, str]]:
        members = await self.client.smembers(self._active_key)
        pairs = []
        for member in members:
            rule, _, key = _text(member).partition("\x1f")
            pairs.append((rule, key))
        return sorted(pairs)
