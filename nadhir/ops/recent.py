"""The most recent alerts (firing or resolved, latest state per alert id) for the status page.

`follow_alerts` reads the ``alerts`` topic in its own consumer group (``<app_id>-status``), so the
page sees every alert, routed anywhere or nowhere, without touching the dispatcher's path. It
commits after remembering (at-least-once; remembering is idempotent). Keys (after
``settings.redis_prefix``): ``ops:recent`` sorted set alert id → emitted_at, and
``ops:recent:alerts`` hash alert id → alert JSON; at most ``KEEP`` alerts are kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from alerts.model import Alert
from nadhir.ops import lag, metrics

log = logging.getLogger("nadhir.ops")

KEEP = 200


class RecentAlerts:
    def __init__(self, redis: Any, prefix: str, *, keep: int = KEEP) -> None:
        self.redis = redis
        self.index = f"{prefix}ops:recent"
        self.bodies = f"{prefix}ops:recent:alerts"
        self.keep = keep

    async def remember(self, alerts: Sequence[Alert]) -> None:
        """Keep each alert's latest state (by emitted_at), then trim to the newest ``keep``."""
        if not alerts:
            return
        newest: dict[str, Alert] = {}
        for alert in alerts:
            known = newest.get(alert.id)
            if known is None or alert.emitted_at >= known.emitted_at:
                newest[alert.id] = alert
        scores = await self.redis.zmscore(self.index, list(newest))
        async with self.redis.pipeline(transaction=False) as pipe:
            for (alert_id, alert), score in zip(newest.items(), scores, strict=True):
                emitted = alert.emitted_at.timestamp()
                if score is not None and float(score) > emitted:
                    continue  # a later state of this alert is already kept
                pipe.zadd(self.index, {alert_id: emitted})
                pipe.hset(self.bodies, alert_id, alert.model_dump_json())
            await pipe.execute()
        excess = int(await self.redis.zcard(self.index)) - self.keep
        if excess > 0:
            old = await self.redis.zrange(self.index, 0, excess - 1)
            if old:
                async with self.redis.pipeline(transaction=True) as pipe:
                    pipe.zrem(self.index, *old)
                    pipe.hdel(self.bodies, *old)
                    await pipe.execute()

    async def latest(self, limit: int = 50) -> list[Alert]:
        ids = await self.redis.zrevrange(self.index, 0, max(limit, 1) - 1)
        if not ids:
            return []
        bodies = await self.redis.hmget(self.bodies, ids)
        found = []
        for body in bodies:
            if body is None:
                continue
            with contextlib.suppress(ValidationError):
                found.append(Alert.from_json_bytes(body))
        return found


async def follow_alerts(recent: RecentAlerts, *, bootstrap_servers: list[str], topic: str, group_id: str,
                        stop: asyncio.Event, session_timeout_ms: int = 6000, heartbeat_interval_ms: int = 1000) -> None:
    """Remember every alert on ``topic`` until ``stop``; retries on broker or Redis errors."""
    from aiokafka import AIOKafkaConsumer

    while not stop.is_set():
        consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=bootstrap_servers, group_id=group_id, enable_auto_commit=False,
            auto_offset_reset="earliest", session_timeout_ms=session_timeout_ms,
            heartbeat_interval_ms=heartbeat_interval_ms,
            fetch_max_wait_ms=100,  # tansu answers only when the wait is over (aiokafka's default: 500 ms)
        )
        try:
            await consumer.start()
            lag.track(consumer, group_id)
            while not stop.is_set():
                batches = await consumer.getmany(timeout_ms=300, max_records=500)
                if not batches:
                    continue
                alerts = []
                for records in batches.values():
                    for record in records:
                        with contextlib.suppress(ValidationError):
                            alerts.append(Alert.from_json_bytes(record.value or b""))
                await recent.remember(alerts)
                await consumer.commit({tp: records[-1].offset + 1 for tp, records in batches.items()})
        except asyncio.CancelledError:
            raise
        except Exception:
            metrics.OPS_ERRORS.labels("recent_alerts").inc()
            log.exception("following %s for the status page failed; retrying in 2s", topic)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 2.0)
        finally:
            lag.untrack(consumer)
            with contextlib.suppress(Exception):
                await consumer.stop()
