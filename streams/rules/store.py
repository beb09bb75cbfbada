"""The rule engine's state behind one small interface, and its in-memory implementation.

The stream uses `streams.rules.redis_store.RedisStore` (shared by every worker); `nadhir replay`
and the unit tests use `MemoryStore`. Both implement `StateStore` with the same semantics:

- `admit`: in order, per article: an id seen before is a *redelivery* (processed again with the
  event time it had the first time; counting is idempotent); an unseen id is *late* when its
  event time is older than the watermark (max event time seen - allowed lateness); else a
  *duplicate* when another id already owns the same text hash; else *new*.
- `record`: per (rule, key, bucket) the articles counted with their reported count (the max when
  an article is written twice); returns each write's delta, the state of each episode asked for
  and the bucket series asked for, except that a range whose (rule, key) is among those episodes
  and is ``pending`` or ``open`` comes back empty (no crossing is looked for while its alert is
  on, and reading it cost Redis most of the batch's work during a surge).
- episodes: one per (rule, key) (`get_episodes` reads many in one round trip): ``pending`` (claimed, alert not yet acknowledged by the broker),
  ``open`` (alert published), ``resolved``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple, Protocol

AdmitStatus = Literal["new", "redelivered", "duplicate", "late"]
EpisodeState = Literal["pending", "open", "resolved"]


# The per-article and per-write records are named tuples: immutable like a frozen dataclass, and
# built several times faster (one to three of each per article in the stream).
class Admission(NamedTuple):
    article_id: str
    text_hash: str
    event_ms: int


class Admitted(NamedTuple):
    status: AdmitStatus
    event_ms: int
    detail: str = ""  # the owning article id of a duplicate


class Write(NamedTuple):
    """One article counted in one (rule, key, bucket), with the evidence to show for it."""

    rule: str
    key: str
    bucket: int
    article_id: str
    reported: int
    ttl_s: int
    evidence_json: str
    event_ms: int = 0  # read by the decisions (the crossing's event time), not stored


@dataclass(frozen=True)
class BucketRange:
    rule: str
    key: str
    lo: int
    hi: int


BucketValues = tuple[int, int]  # (distinct articles, sum of reported counts)


@dataclass(frozen=True)
class Recorded:
    deltas: list[BucketValues]
    series: list[list[BucketValues]]
    states: list[EpisodeState | None]


@dataclass(frozen=True)
class Episode:
    rule: str
    key: str
    state: EpisodeState
    alert_json: str
    fire_end: int
    checked_through: int
    resolved_end_ms: int = 0
    updated_ms: int = 0


class StateStore(Protocol):
    async def admit(
        self, items: Sequence[Admission], *, lateness_ms: int, horizon_s: int
    ) -> tuple[list[Admitted], int]: ...
    async def clock(self) -> int: ...
    async def advance_clock(self, now_ms: int, live_within_ms: int) -> int: ...
    async def record(
        self, writes: Sequence[Write], ranges: Sequence[BucketRange], pairs: Sequence[tuple[str, str]]
    ) -> Recorded: ...
    async def fetch(self, ranges: Sequence[BucketRange]) -> list[list[BucketValues]]: ...
    async def window_members(self, rule: str, key: str, lo: int, hi: int) -> dict[str, int]: ...
    async def evidence(self, rule: str, key: str, article_ids: Sequence[str]) -> list[str | None]: ...
    async def claim(self, episode: Episode, *, fire_end_ms: int, cooldown_ms: int) -> bool: ...
    async def get_episode(self, rule: str, key: str) -> Episode | None: ...
    async def get_episodes(self, pairs: Sequence[tuple[str, str]]) -> list[Episode | None]: ...
    async def set_open(self, rule: str, key: str, now_ms: int) -> None: ...
    async def set_checked(self, rule: str, key: str, window_end: int) -> None: ...
    async def set_resolved(self, rule: str, key: str, resolved_end_ms: int, keep_s: int) -> None: ...
    async def active(self) -> list[tuple[str, str]]: ...


@dataclass
class MemoryStore:
    """`StateStore` in process memory (no TTLs: a replay is bounded)."""

    max_event_ms: int = -1
    ids: dict[str, int] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    counts: dict[tuple[str, str, int], dict[str, int]] = field(default_factory=dict)
    totals: dict[tuple[str, str, int], BucketValues] = field(default_factory=dict)  # what `counts` sums to
    evidences: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    episodes: dict[tuple[str, str], Episode] = field(default_factory=dict)

    async def admit(
        self, items: Sequence[Admission], *, lateness_ms: int, horizon_s: int
    ) -> tuple[list[Admitted], int]:
        results: list[Admitted] = []
        for item in items:
            if item.article_id in self.ids:
                results.append(Admitted("redelivered", self.ids[item.article_id]))
            elif self.max_event_ms >= 0 and item.event_ms < self.max_event_ms - lateness_ms:
                results.append(Admitted("late", item.event_ms))
            elif self.texts.get(item.text_hash, item.article_id) != item.article_id:
                results.append(Admitted("duplicate", item.event_ms, self.texts[item.text_hash]))
            else:
                self.texts[item.text_hash] = item.article_id
                self.ids[item.article_id] = item.event_ms
                self.max_event_ms = max(self.max_event_ms, item.event_ms)
                results.append(Admitted("new", item.event_ms))
        return results, self.max_event_ms

    async def clock(self) -> int:
        return self.max_event_ms

    async def advance_clock(self, now_ms: int, live_within_ms: int) -> int:
        if self.max_event_ms >= 0 and now_ms - self.max_event_ms <= live_within_ms:
            self.max_event_ms = max(self.max_event_ms, now_ms)
        return self.max_event_ms

    def _values(self, rule: str, key: str, bucket: int) -> BucketValues:
        return self.totals.get((rule, key, bucket), (0, 0))

    async def record(
        self, writes: Sequence[Write], ranges: Sequence[BucketRange], pairs: Sequence[tuple[str, str]]
    ) -> Recorded:
        deltas: list[BucketValues] = []
        for write in writes:
            bucket_key = (write.rule, write.key, write.bucket)
            members = self.counts.setdefault(bucket_key, {})
            old = members.get(write.article_id)
            if old is None:
                members[write.article_id] = write.reported
                delta = (1, write.reported)
            elif old < write.reported:
                members[write.article_id] = write.reported
                delta = (0, write.reported - old)
            else:
                delta = (0, 0)
            deltas.append(delta)
            articles, reported = self.totals.get(bucket_key, (0, 0))
            self.totals[bucket_key] = (articles + delta[0], reported + delta[1])
            self.evidences.setdefault((write.rule, write.key), {})[write.article_id] = write.evidence_json
        states = [episode.state if (episode := self.episodes.get(pair)) else None for pair in pairs]
        on = {pair for pair, state in zip(pairs, states, strict=True) if state == "pending" or state == "open"}
        series = [[] if (r.rule, r.key) in on else values for r, values in zip(ranges, await self.fetch(ranges), strict=True)]
        return Recorded(deltas, series, states)

    async def fetch(self, ranges: Sequence[BucketRange]) -> list[list[BucketValues]]:
        return [[self._values(r.rule, r.key, b) for b in range(r.lo, r.hi + 1)] for r in ranges]

    async def window_members(self, rule: str, key: str, lo: int, hi: int) -> dict[str, int]:
        members: dict[str, int] = {}
        for bucket in range(lo, hi + 1):
            for article_id, reported in self.counts.get((rule, key, bucket), {}).items():
                members[article_id] = max(reported, members.get(article_id, 0))
        return members

    async def evidence(self, rule: str, key: str, article_ids: Sequence[str]) -> list[str | None]:
        stored = self.evidences.get((rule, key), {})
        return [stored.get(article_id) for article_id in article_ids]

    async def claim(self, episode: Episode, *, fire_end_ms: int, cooldown_ms: int) -> bool:
        current = self.episodes.get((episode.rule, episode.key))
        if current is not None and (
            current.state != "resolved" or fire_end_ms <= current.resolved_end_ms + cooldown_ms
        ):
            return False
        self.episodes[(episode.rule, episode.key)] = replace(episode, state="pending")
        return True

    async def get_episode(self, rule: str, key: str) -> Episode | None:
        return self.episodes.get((rule, key))

    async def get_episodes(self, pairs: Sequence[tuple[str, str]]) -> list[Episode | None]:
        return [self.episodes.get(pair) for pair in pairs]

    async def set_open(self, rule: str, key: str, now_ms: int) -> None:
        self.episodes[(rule, key)] = replace(self.episodes[(rule, key)], state="open", updated_ms=now_ms)

    async def set_checked(self, rule: str, key: str, window_end: int) -> None:
        self.episodes[(rule, key)] = replace(self.episodes[(rule, key)], checked_through=window_end)

    async def set_resolved(self, rule: str, key: str, resolved_end_ms: int, keep_s: int) -> None:
        self.episodes[(rule, key)] = replace(
            self.episodes[(rule, key)], state="resolved", resolved_end_ms=resolved_end_ms
        )

    async def active(self) -> list[tuple[str, str]]:
        return sorted(pair for pair, episode in self.episodes.items() if episode.state != "resolved")
