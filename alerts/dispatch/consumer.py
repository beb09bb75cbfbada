"""The Kafka side: read `alerts` in a consumer group, hand batches to intake, then commit.

The offset of a batch is committed only after ``Dispatcher.intake`` returned, that is after every
delivery is recorded in Redis. A crash before the commit re-reads the batch; the recording is
idempotent, so nothing is sent twice and nothing is lost. Records that are not valid alerts are
logged with topic/partition/offset, counted, and skipped (they can never become valid).
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import CommitFailedError, KafkaError
from pydantic import ValidationError

from alerts import metrics
from alerts.dispatch.dispatcher import Dispatcher
from alerts.model import Alert
from nadhir.ops import lag as ops_lag

log = logging.getLogger("nadhir.dispatch.consumer")


async def _intake_until_recorded(dispatcher: Dispatcher, alerts: list[Alert], stop: asyncio.Event) -> bool:
    delay = 0.2
    while True:
        try:
            await dispatcher.intake(alerts)
            return True
        except Exception as exc:
            metrics.DISPATCH_ERRORS.labels("intake").inc()
            log.error("recording %d alert(s) failed (%s); retrying in %.1fs, offsets not committed",
                      len(alerts), type(exc).__name__, delay)
            if stop.is_set():
                return False
            try:
                await asyncio.wait_for(stop.wait(), delay)
                return False
            except TimeoutError:
                delay = min(delay * 2, 5.0)


async def consume_alerts(
    dispatcher: Dispatcher,
    *,
    bootstrap_servers: list[str],
    topic: str,
    group_id: str,
    stop: asyncio.Event,
    session_timeout_ms: int = 6000,
    heartbeat_interval_ms: int = 1000,
    max_records: int = 500,
    fetch_max_wait_ms: int = 500,
    ready: asyncio.Event | None = None,
) -> None:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap_servers,
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=session_timeout_ms,
        heartbeat_interval_ms=heartbeat_interval_ms,
        max_poll_records=max_records,
        # tansu answers a Fetch only once its wait is over, not when a record arrives: the service
        # passes `Settings.fetch_max_wait_ms` (aiokafka's default 500 ms held alerts that long)
        fetch_max_wait_ms=fetch_max_wait_ms,
    )
    await consumer.start()
    ops_lag.track(consumer, group_id)  # /ready (group joined) and nadhir_consumer_lag (nadhir.ops)
    log.info("consuming %s as group %s", topic, group_id)
    if ready is not None:
        ready.set()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=200, max_records=max_records)
            if not batches:
                continue
            alerts: list[Alert] = []
            offsets = {}
            for partition, records in batches.items():
                for record in records:
                    try:
                        alerts.append(Alert.from_json_bytes(record.value or b""))
                    except ValidationError as exc:
                        metrics.ALERTS_INVALID.inc()
                        log.error("%s[%d]@%d is not a valid alert (%d error(s), first: %s); skipped",
                                  record.topic, record.partition, record.offset, exc.error_count(),
                                  exc.errors()[0]["msg"] if exc.errors() else "?")
                offsets[partition] = records[-1].offset + 1
            if not await _intake_until_recorded(dispatcher, alerts, stop):
                return
            try:
                await consumer.commit(offsets)
            except (CommitFailedError, KafkaError) as exc:
                # A rebalance moved the partition: its new owner re-reads and finds the records.
                log.warning("commit failed (%s); the next owner re-reads, recording is idempotent",
                            type(exc).__name__)
    finally:
        ops_lag.untrack(consumer)
        await consumer.stop()
