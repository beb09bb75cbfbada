"""`StateStore` on Redis, shared by every worker: one round trip per batch and step.

Keys (after ``settings.redis_prefix``), all under ``streams:``:

- ``id:<article id>`` -> first event time (ms), TTL = dedupe horizon
- ``text:<hash of normalized text>`` -> owning article id, TTL = dedupe horizon
- ``clock`` -> max event time seen (ms)
- ``count:<rule>:<key>:<bucket>`` hash article id -> reported count, TTL per rule
- ``sum:<rule>:<key>:<bucket>`` string ``"<articles>:<sum of reported counts>"`` of the count
  hash, kept with it so that reading a window costs one MGET, not a call per article or bucket
  (rebuilt from the count hash when missing, e.g. for buckets an older version wrote)
- ``evidence:<rule>:<key>`` hash article id -> evidence JSON, TTL per rule
- ``episode:<rule>:<key>`` hash (state, alert, fire_end, checked, resolved_end_ms, updated_ms)
- ``episodes:active`` set of ``<rule>\\x1f<key>`` with a pending or open episode

The two batch scripts take their items as one JSON argument (packing thousands of arguments
cost the worker more than the scripts) and build bucket keys from prefixes in it: fine on one
server or a replicated pair, not on Redis Cluster.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import redis.asyncio as aioredis

from streams.jsonenc import compact_encoder
from streams.rules.store import (
    Admission,
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
-- One reply string of per-item codes ('n'/'r' + event ms, 'l', 'd'), then the clock, then the
-- owner of each duplicate in order: one bulk string per batch instead of two per article.
local codes, owners = {}, {}
for _, item in ipairs(cjson.decode(ARGV[4])) do
  local id, hash, ev_raw = item[1], item[2], item[3]
  local ev = tonumber(ev_raw)
  local id_key = prefix .. 'id:' .. id
  local seen = redis.call('GET', id_key)
  if seen then
    table.insert(codes, 'r' .. seen)
  elseif max_ms >= 0 and ev < max_ms - lateness then
    table.insert(codes, 'l')
  else
    local text_key = prefix .. 'text:' .. hash
    local owner = redis.call('GET', text_key)
    if owner and owner ~= id then
      table.insert(codes, 'd'); table.insert(owners, owner)
    else
      redis.call('SET', text_key, id, 'EX', horizon)
      redis.call('SET', id_key, ev_raw, 'EX', horizon)
      if ev > max_ms then max_ms = ev; max_raw = ev_raw; changed = true end
      table.insert(codes, 'n' .. ev_raw)
    end
  end
end
if changed then redis.call('SET', clock_key, max_raw) end
local out = {table.concat(codes, ','), max_raw or '-1'}
for _, owner in ipairs(owners) do table.insert(out, owner) end
return out
"""

# ARGV[1]: {"g": [[count prefix, total prefix, evidence key], ...] one per (rule, key),
#           "v": [evidence JSON, ...] each once (an event counted by several rules shares one);
#           without "v", ARGV[2] holds them joined by \x1e (JSON text has no raw control
#           character: not escaping them again in ARGV[1] saves the worker and the script work),
#           "w": [[group index (0-based), bucket, article, reported, ttl, evidence index (0-based)], ...],
#           "e": [episode key, ...],
#           "r": [[group index, lo, hi, episode index (0-based) or -1], ...]}
# Every key is read at most once and written once per batch (one HSET per count or evidence
# hash, one SET per total): a batch of a few hundred articles writes a handful of buckets, so
# per-write calls cost Redis several times what the values need. A range whose episode is
# pending or open comes back empty: no crossing is looked for while a key's alert is on.
_RECORD = """
local data = cjson.decode(ARGV[1])
local groups, evidences = data['g'], data['v']
if not evidences then
  evidences = {}
  local blob, start = ARGV[2], 1
  while true do
    local stop = string.find(blob, string.char(30), start, true)
    if not stop then table.insert(evidences, string.sub(blob, start)); break end
    table.insert(evidences, string.sub(blob, start, stop - 1))
    start = stop + 1
  end
end
-- A count hash without its total (written by a version that kept totals elsewhere, or whose
-- total expired first) gets it rebuilt from its members. Before a write, a total left behind by
-- a count hash that expired first is dropped.
local function rebuild(count_key, total_key, writing)
  local articles = redis.call('HLEN', count_key)
  if articles == 0 then
    if writing then redis.call('DEL', total_key) end
    return nil
  end
  local total = redis.call('GET', total_key)
  if not total then
    local reported = 0
    for _, v in ipairs(redis.call('HVALS', count_key)) do reported = reported + tonumber(v) end
    total = string.format('%d:%d', articles, reported)
    local ttl = redis.call('PTTL', count_key)
    if ttl > 0 then redis.call('SET', total_key, total, 'PX', ttl) else redis.call('SET', total_key, total) end
  end
  return total
end
local deltas = {}  -- 'added:grown' per write, sent back as one string
local buckets = {}  -- count key -> {total key, articles, reported, ttl, members = {article -> value}, changed = {...}}
local bucket_order = {}
local evidence_of = {}  -- evidence key -> {ttl, fields = {article -> evidence index}, order = {...}}
local evidence_order = {}
for _, w in ipairs(data['w']) do
  local group = groups[w[1] + 1]
  local bucket_id = string.format('%d', w[2])
  local count_key = group[1] .. bucket_id
  local article, value, ttl = w[3], w[4], w[5]
  local bucket = buckets[count_key]
  if not bucket then
    local total_key = group[2] .. bucket_id
    local articles, reported = 0, 0
    local total = rebuild(count_key, total_key, true)
    if total then
      local colon = string.find(total, ':', 1, true)
      articles, reported = tonumber(string.sub(total, 1, colon - 1)), tonumber(string.sub(total, colon + 1))
    end
    bucket = {total_key = total_key, articles = articles, reported = reported, members = {}, changed = {}}
    buckets[count_key] = bucket
    table.insert(bucket_order, count_key)
  end
  bucket.ttl = ttl
  local old = bucket.members[article]
  if old == nil then
    old = redis.call('HGET', count_key, article)
    old = old and tonumber(old) or false
  end
  local added, grown = 0, 0
  if not old then
    added, grown = 1, value
  elseif old < value then
    grown = value - old
  end
  if added > 0 or grown > 0 then
    if bucket.changed[article] == nil then table.insert(bucket.changed, article) end
    bucket.changed[article] = true
    bucket.members[article] = value
    bucket.articles, bucket.reported = bucket.articles + added, bucket.reported + grown
  else
    bucket.members[article] = old
  end
  table.insert(deltas, string.format('%d:%d', added, grown))
  local evidence = evidence_of[group[3]]
  if not evidence then
    evidence = {fields = {}, order = {}}
    evidence_of[group[3]] = evidence
    table.insert(evidence_order, group[3])
  end
  evidence.ttl = ttl
  if evidence.fields[article] == nil then table.insert(evidence.order, article) end
  evidence.fields[article] = w[6] + 1
end
for _, count_key in ipairs(bucket_order) do
  local bucket = buckets[count_key]
  local ttl = string.format('%d', bucket.ttl)
  if #bucket.changed > 0 then
    local pairs_ = {}
    for _, article in ipairs(bucket.changed) do
      pairs_[#pairs_ + 1] = article
      pairs_[#pairs_ + 1] = string.format('%d', bucket.members[article])
    end
    redis.call('HSET', count_key, unpack(pairs_))
  end
  redis.call('EXPIRE', count_key, ttl)
  if bucket.articles > 0 then
    redis.call('SET', bucket.total_key, string.format('%d:%d', bucket.articles, bucket.reported), 'EX', ttl)
  end
end
for _, key in ipairs(evidence_order) do
  local evidence = evidence_of[key]
  local pairs_ = {}
  for _, article in ipairs(evidence.order) do
    pairs_[#pairs_ + 1] = article
    pairs_[#pairs_ + 1] = evidences[evidence.fields[article]]
  end
  redis.call('HSET', key, unpack(pairs_))
  redis.call('EXPIRE', key, string.format('%d', evidence.ttl))
end
local out = {table.concat(deltas, ',')}
local states = {}
for index, key in ipairs(data['e']) do
  states[index] = redis.call('HGET', key, 'state') or ''
end
-- Each range comes back as one string "articles:reported,..." (empty buckets as ""): parsing
-- hundreds of integers per key in Python cost more than the script itself. A range's totals are
-- read with one MGET per 500 buckets, and its missing ones are looked at only when one of their
-- count hashes exists: most buckets of a range are empty.
for _, r in ipairs(data['r']) do
  local group = groups[r[1] + 1]
  local parts = {}
  local state = r[4] >= 0 and states[r[4] + 1] or ''
  local skip = state == 'pending' or state == 'open'
  for first = r[2], skip and r[2] - 1 or r[3], 500 do
    local last = math.min(first + 499, r[3])
    local keys = {}
    local total_prefix = group[2]
    for bucket = first, last do keys[bucket - first + 1] = total_prefix .. bucket end
    local totals = redis.call('MGET', unpack(keys))
    local missing = {}
    for index = 1, #keys do
      if not totals[index] then missing[#missing + 1] = index end
    end
    if #missing > 0 then
      local counts = {}
      local count_prefix = group[1]
      for position, index in ipairs(missing) do counts[position] = count_prefix .. (first + index - 1) end
      if redis.call('EXISTS', unpack(counts)) > 0 then
        for position, index in ipairs(missing) do
          totals[index] = rebuild(counts[position], keys[index], false) or false
        end
      end
    end
    for index = 1, #keys do
      parts[#parts + 1] = totals[index] or ''
    end
  end
  table.insert(out, skip and '-' or table.concat(parts, ','))
end
table.insert(out, table.concat(states, ','))
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


_to_json = compact_encoder()  # the scripts' JSON arguments (cjson reads them)


def _bucket_values(part: str) -> BucketValues:
    if not part:
        return (0, 0)
    articles, _, reported = part.partition(":")
    return int(articles), int(reported)


class _Parsed(dict[str, BucketValues]):
    """``"articles:reported"`` -> its values, parsed once: most parts of a reply repeat a few."""

    def __missing__(self, part: str) -> BucketValues:
        values = self[part] = _bucket_values(part)
        return values


_PARSED = _Parsed()


def _parse_packed(packed: str) -> list[BucketValues]:
    """A reply's ``"articles:reported,..."`` string (``""`` = an empty bucket) as values."""
    if len(_PARSED) >= 65_536:
        _PARSED.clear()
    return list(map(_PARSED.__getitem__, packed.split(",")))


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

    def _total_base(self, rule: str, key: str) -> str:
        return f"{self.base}sum:{rule}:{key}:"

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
        payload = _to_json([[item.article_id, item.text_hash, str(item.event_ms)] for item in items])
        reply = await self._admit(args=[self.base, lateness_ms, horizon_s, payload])
        codes = _text(reply[0]).split(",") if items else []
        owners = iter(reply[2:])
        results = []
        for item, code in zip(items, codes, strict=True):
            if code[0] == "n":
                results.append(Admitted("new", int(code[1:])))
            elif code[0] == "r":
                results.append(Admitted("redelivered", int(code[1:])))
            elif code == "l":
                results.append(Admitted("late", item.event_ms))
            else:
                results.append(Admitted("duplicate", item.event_ms, _text(next(owners))))
        return results, int(_text(reply[1]))

    async def clock(self) -> int:
        raw = await self.client.get(f"{self.base}clock")
        return int(raw) if raw is not None else -1

    async def advance_clock(self, now_ms: int, live_within_ms: int) -> int:
        reply = await self._advance(keys=[f"{self.base}clock"], args=[now_ms, live_within_ms])
        return int(_text(reply))

    async def record(
        self, writes: Sequence[Write], ranges: Sequence[BucketRange], pairs: Sequence[tuple[str, str]]
    ) -> Recorded:
        groups: dict[tuple[str, str], int] = {}
        group_rows: list[list[str]] = []
        evidences: dict[str, int] = {}  # evidence JSON -> its index in "v"

        def group_of(rule: str, key: str) -> int:
            index = groups[(rule, key)] = len(group_rows)
            group_rows.append([self._count_base(rule, key), self._total_base(rule, key),
                               self._evidence_key(rule, key)])
            return index

        rows = []
        for write in writes:
            group = groups.get((write.rule, write.key))
            if group is None:
                group = group_of(write.rule, write.key)
            evidence = evidences.get(write.evidence_json)
            if evidence is None:
                evidence = evidences[write.evidence_json] = len(evidences)
            rows.append([group, write.bucket, write.article_id, write.reported, write.ttl_s, evidence])
        episode_of = {pair: index for index, pair in enumerate(pairs)}
        range_rows = []
        for bucket_range in ranges:
            pair = (bucket_range.rule, bucket_range.key)
            group = groups.get(pair)
            if group is None:
                group = group_of(*pair)
            range_rows.append([group, bucket_range.lo, bucket_range.hi, episode_of.get(pair, -1)])
        payload: dict[str, list[Any]] = {
            "w": rows,
            "r": range_rows,
            "e": [self._episode_key(rule, key) for rule, key in pairs],
            "g": group_rows,
        }
        joined = "\x1e".join(evidences)
        if joined.count("\x1e") != max(len(evidences) - 1, 0):  # not JSON text: in the payload instead
            payload["v"], joined = list(evidences), ""
        reply = await self._record(args=[_to_json(payload), joined])
        deltas = _parse_packed(_text(reply[0])) if writes else []
        series = [[] if packed == "-" else _parse_packed(packed) for packed in map(_text, reply[1 : 1 + len(ranges)])]
        states: list[EpisodeState | None] = (
            [cast(EpisodeState, state) or None for state in _text(reply[-1]).split(",")] if pairs else []
        )
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
        return _episode(rule, key, await self.client.hgetall(self._episode_key(rule, key)))

    async def get_episodes(self, pairs: Sequence[tuple[str, str]]) -> list[Episode | None]:
        if not pairs:
            return []
        async with self.client.pipeline(transaction=False) as pipe:  # one round trip for all
            for rule, key in pairs:
                pipe.hgetall(self._episode_key(rule, key))
            replies = await pipe.execute()
        return [_episode(rule, key, raw) for (rule, key), raw in zip(pairs, replies, strict=True)]

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


def _episode(rule: str, key: str, raw: dict[Any, Any]) -> Episode | None:
    """An episode from its hash (HGETALL's reply; empty when there is none)."""
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
