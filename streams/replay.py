"""Offline replay: the stream's own processing over a corpus, in event-time order, without a broker.

`nadhir replay` (and tests) hand `replay` the lines of a JSONL corpus. Every line becomes a
`streams.pipeline.RawRecord` (offset = its line number) and goes through the very
`ArticleProcessor` the faust worker runs (validation, detection, de-duplication, window counts,
rules, resolution), with a `MemoryStore` instead of Redis and a `CollectingPublisher` instead of
the broker. What the stream would have sent to ``articles.dlq`` comes back as `BadLine`s, what it
would have sent to ``alerts`` as `Alert`s with the same ids.

Differences from a live stream, by design:

- Records are processed in event-time order (``published_at``; a record without one, or with an
  invalid one, keeps its place in file order after the record before it), so nothing is late
  unless two copies of one article id disagree. The stream processes in arrival order.
- A record without ``published_at`` takes the event time of the record before it (the stream
  uses the broker's timestamp, i.e. when it was ingested).
- The clock is event time: ``emitted_at`` of an alert is the latest event time seen when the
  alert was decided (the end of its batch), not the wall clock. No timer runs: an episode still open when the corpus
  ends stays open (`ReplayResult.open_at_end`).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from alerts.model import Alert
from config.rules import RuleBase, Spike, Threshold
from config.settings import Settings
from streams.pipeline import ArticleProcessor
from streams.rules.engine import Series, read_window
from streams.rules.store import MemoryStore
from streams.rules.windows import bucket_of, history_span, to_datetime, window_end_ms
from streams.tagging import Detector, RawRecord
from streams.validate import Article, validate_record

ProgressCallback = Callable[[int], None]


@dataclass(frozen=True)
class BadLine:
    """A corpus line the stream would have dead-lettered, with the DLQ's reason (`streams.validate.REASONS`)."""

    line: int
    reason: str
    detail: str


class _Acknowledged:
    """An already acknowledged send: awaiting it returns at once."""

    def __await__(self) -> Generator[None, None, None]:
        yield from ()


_ACKNOWLEDGED = _Acknowledged()


class CollectingPublisher:
    """`streams.pipeline.Publisher` that keeps alerts and dead letters in memory and counts events."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.alerts: list[Alert] = []
        self.bad_lines: list[BadLine] = []
        self.events = 0

    async def send(self, topic: str, key: bytes | None, value: bytes) -> Awaitable[Any]:
        if topic == self.settings.topic_alerts:
            self.alerts.append(Alert.from_json_bytes(value))
        elif topic == self.settings.topic_articles_dlq:
            record = json.loads(value)
            self.bad_lines.append(BadLine(int(record["offset"]), str(record["reason"]), str(record["detail"])))
        else:
            self.events += 1
        return _ACKNOWLEDGED


@dataclass
class ReplayResult:
    """What a replay produced: alerts in the order they were decided, dead-lettered lines, counters."""

    alerts: list[Alert]
    bad_lines: list[BadLine]
    records: int
    events: int
    elapsed_s: float
    stats: Counter[str]
    rules: list[RuleBase]
    store: MemoryStore = field(repr=False)

    @property
    def articles_per_s(self) -> float:
        return self.records / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def open_at_end(self) -> list[Alert]:
        """Firing alerts with no resolution by the end of the corpus."""
        resolved = {alert.id for alert in self.alerts if alert.status == "resolved"}
        return [alert for alert in self.alerts if alert.status == "firing" and alert.id not in resolved]


def event_time_order(lines: Iterable[tuple[int, bytes]], *, settings: Settings) -> list[RawRecord]:
    """Records for ``(line number, raw line)`` pairs, stably sorted by event time.

    A line whose ``published_at`` is missing or unreadable (or that is not a valid article at all)
    inherits the event time of the line before it, so it keeps its place after that line; lines
    before the first dated one take the first dated one's time.
    """
    keyed: list[tuple[int | None, int, bytes]] = []
    for line_number, raw in lines:
        outcome = validate_record(raw, max_record_bytes=settings.max_record_bytes,
                                  max_article_bytes=settings.max_article_bytes)
        published = outcome.published_at if isinstance(outcome, Article) else None
        keyed.append((_epoch_ms(published) if published else None, line_number, raw))
    first_known = next((event_ms for event_ms, _, _ in keyed if event_ms is not None), int(time.time() * 1000))
    records: list[RawRecord] = []
    previous = first_known
    for event_ms, line_number, raw in keyed:
        previous = event_ms if event_ms is not None else previous
        records.append(RawRecord(value=raw, topic="corpus", partition=0, offset=line_number, timestamp_ms=previous))
    records.sort(key=lambda record: record.timestamp_ms)
    return records


def _epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


async def replay(
    records: Sequence[RawRecord],
    *,
    settings: Settings,
    rules: Sequence[RuleBase],
    detector: Detector,
    batch_size: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> ReplayResult:
    """Run ``records`` (already in the order wanted, see `event_time_order`) through the stream's
    processor in batches of ``batch_size`` (default: the worker's ``worker_batch_size``);
    ``on_progress(n)`` is called after each batch with the number of records it held."""
    store = MemoryStore()
    publisher = CollectingPublisher(settings)
    processor = ArticleProcessor(settings, rules, detector, store, publisher,
                                 wall_clock_ms=lambda: max(store.max_event_ms, 0))
    size = batch_size or settings.worker_batch_size
    started = time.perf_counter()
    for start in range(0, len(records), size):
        batch = records[start : start + size]
        await processor.process(batch)
        if on_progress is not None:
            on_progress(len(batch))
    elapsed = time.perf_counter() - started
    bad_lines = sorted(publisher.bad_lines, key=lambda bad: bad.line)
    return ReplayResult(publisher.alerts, bad_lines, len(records), publisher.events, elapsed,
                        processor.stats, list(rules), store)


# --- the metric over time, for plots -----------------------------------------------------------
@dataclass(frozen=True)
class TimelinePoint:
    """One window of one (rule, key): its metric, the value it had to reach, and whether it did."""

    window_end: datetime  # exclusive end of the window
    value: float
    trigger: float
    over: bool


def fired_keys(result: ReplayResult) -> list[tuple[str, str]]:
    """(rule, key) pairs that fired, in the order they first fired."""
    seen: dict[tuple[str, str], None] = {}
    for alert in result.alerts:
        seen.setdefault((alert.rule, alert.key), None)
    return list(seen)


def counted_keys(result: ReplayResult, key: str) -> list[tuple[str, str]]:
    """(rule, ``key``) pairs that counted anything for ``key``, in rule order."""
    present = {(rule, counted) for rule, counted, _bucket in result.store.counts}
    return [(rule.name, key) for rule in result.rules if (rule.name, key) in present]


def timeline(result: ReplayResult, rule_name: str, key: str, *, max_points: int = 5000) -> list[TimelinePoint]:
    """The rule's reading of every window of ``key`` from the first counted article to the last
    window that holds one, as the engine decides it (threshold, or a spike's
    max(min_count, ratio x baseline)). At most ``max_points`` windows, the latest kept."""
    rule = next(rule for rule in result.rules if rule.name == rule_name)
    buckets = sorted(bucket for name, counted, bucket in result.store.counts if name == rule_name and counted == key)
    if not buckets:
        return []
    first = buckets[0]
    last = buckets[-1] + rule.window_buckets - 1
    for alert in result.alerts:  # show the resolving window too
        if alert.rule == rule_name and alert.key == key:
            last = max(last, bucket_of(int(alert.window_end.timestamp() * 1000) - 1, rule))
    first, last = first - 1, last + 1  # one empty window either side: the rise and the fall show
    first = max(first, last - max_points + 1)
    lo = first - rule.window_buckets + 1 - history_span(rule)
    values = []
    for bucket in range(lo, last + 1):
        members = result.store.counts.get((rule_name, key, bucket), {})
        values.append(float(len(members) if rule.metric == "articles" else sum(members.values())))
    series = _PrefixSeries(lo, values)
    points = []
    for window_end in range(first, last + 1):
        verdict = read_window(rule, series, window_end)
        points.append(TimelinePoint(to_datetime(window_end_ms(window_end, rule)), verdict.value,
                                    trigger_of(rule, verdict.baseline), verdict.over))
    return points


class _PrefixSeries(Series):
    """A `Series` that is not modified, with window sums from prefix sums: O(1) per window, so a
    timeline over months of 15-minute buckets stays fast. Decisions are `read_window`'s own."""

    def __init__(self, lo: int, values: list[float]) -> None:
        super().__init__(lo, values)
        self._prefix = [0.0]
        for value in values:
            self._prefix.append(self._prefix[-1] + value)

    def window_value(self, window_end: int, buckets: int) -> float:
        first = min(max(window_end - buckets + 1 - self.lo, 0), len(self.values))
        last = min(max(window_end + 1 - self.lo, 0), len(self.values))
        return self._prefix[last] - self._prefix[first]


def trigger_of(rule: RuleBase, baseline: float | None) -> float:
    """What the metric must reach: a threshold, or a spike's max(min_count, ratio x baseline)."""
    if isinstance(rule, Spike):
        return max(rule.min_count, rule.ratio * (baseline or 0.0))
    assert isinstance(rule, Threshold)
    return rule.threshold
