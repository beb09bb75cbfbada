"""Consumer lag from the Fetch high watermark: records in a partition not yet processed.

``lag = high watermark - committed offset``. The high watermark comes from a Fetch response
(kafka-python's and aiokafka's ``highwater(tp)``), never from ListOffsets (``end_offsets``): the
embedded broker answers ListOffsets wrongly for multi-record batches (notes/broker.md).

- `group_lag` probes any group from outside (``nadhir status``, the consumer-lag self-alert): a
  kafka-python consumer that never joins the group reads its committed offsets, fetches once from
  there and reads the high watermark from the answer. Blocking: call it in a thread.
- `track` / `tracked_lag` serve a process's own aiokafka consumer (the dispatcher's) to its
  ``/ready`` and ``/metrics``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from nadhir.ops import metrics


class LagUnavailable(Exception):
    """The lag of a group could not be measured (topic missing, broker not answering)."""


@dataclass(frozen=True)
class PartitionLag:
    topic: str
    partition: int
    committed: int | None
    highwater: int

    @property
    def lag(self) -> int:
        # Nothing committed yet: the group starts from the earliest offset (0 here: nothing is
        # ever deleted from Nadhir's topics on the embedded broker).
        return max(0, self.highwater - (self.committed or 0))


def group_lag(bootstrap: str | Sequence[str], group: str, topic: str, *, timeout_s: float = 5.0) -> list[PartitionLag]:
    """The lag of ``group`` on every partition of ``topic``; LagUnavailable when not measurable."""
    from kafka import KafkaConsumer, TopicPartition
    from kafka.errors import KafkaError

    servers = [bootstrap] if isinstance(bootstrap, str) else list(bootstrap)
    try:
        consumer = KafkaConsumer(
            bootstrap_servers=servers, group_id=group, enable_auto_commit=False,
            max_partition_fetch_bytes=1024, fetch_max_wait_ms=10, session_timeout_ms=6000, heartbeat_interval_ms=1000,
            request_timeout_ms=max(7000, int(timeout_s * 1000)), bootstrap_timeout_ms=int(timeout_s * 1000),
        )
    except KafkaError as exc:
        raise LagUnavailable(f"broker {','.join(servers)} does not answer ({type(exc).__name__})") from None
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            raise LagUnavailable(f"topic {topic!r} does not exist")
        tps = [TopicPartition(topic, partition) for partition in sorted(partitions)]
        consumer.assign(tps)
        committed = {tp: consumer.committed(tp) for tp in tps}
        for tp in tps:
            consumer.seek(tp, committed[tp] or 0)
        deadline = time.monotonic() + timeout_s
        highwaters: dict[Any, int | None] = {tp: None for tp in tps}
        while any(value is None for value in highwaters.values()):
            if time.monotonic() > deadline:
                missing = sorted(tp.partition for tp, value in highwaters.items() if value is None)
                raise LagUnavailable(f"no high watermark for {topic} partitions {missing} within {timeout_s:g}s")
            # Only the fetch answer matters (it carries the high watermark); the records are dropped.
            consumer.poll(timeout_ms=100, max_records=1)
            highwaters = {tp: consumer.highwater(tp) for tp in tps}
        return [PartitionLag(topic, tp.partition, committed[tp], int(highwaters[tp] or 0)) for tp in tps]
    except KafkaError as exc:
        raise LagUnavailable(f"measuring {group} on {topic} failed ({type(exc).__name__})") from None
    finally:
        consumer.close(autocommit=False)


def total(lags: Sequence[PartitionLag]) -> int:
    return sum(item.lag for item in lags)


# --- a process's own consumers ------------------------------------------------------------------
_tracked: dict[int, tuple[str, Any]] = {}
_published: dict[str, set[tuple[str, str, str]]] = {}


def track(consumer: Any, group: str) -> None:
    """Register a started aiokafka consumer of ``group`` for /ready and /metrics of this process."""
    _tracked[id(consumer)] = (group, consumer)


def untrack(consumer: Any) -> None:
    _tracked.pop(id(consumer), None)


def tracked() -> list[tuple[str, Any]]:
    return list(_tracked.values())


async def aiokafka_lag(consumer: Any) -> list[PartitionLag]:
    """Lag of an aiokafka group consumer on its assigned partitions (those fetched at least once)."""
    found = []
    for tp in sorted(consumer.assignment(), key=lambda tp: (tp.topic, tp.partition)):
        highwater = consumer.highwater(tp)
        if highwater is None:
            continue
        found.append(PartitionLag(tp.topic, tp.partition, await consumer.committed(tp), int(highwater)))
    return found


def publish(group: str, lags: Sequence[PartitionLag]) -> None:
    """Set ``nadhir_consumer_lag`` for ``group``; partitions no longer listed are removed."""
    labels = {(group, item.topic, str(item.partition)) for item in lags}
    for item in lags:
        metrics.CONSUMER_LAG.labels(group, item.topic, str(item.partition)).set(item.lag)
    for stale in _published.get(group, set()) - labels:
        metrics.CONSUMER_LAG.remove(*stale)
    _published[group] = labels
