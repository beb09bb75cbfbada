"""The dispatcher process's operations side, around `alerts.dispatch.service.serve`.

`serve_with_ops` runs the dispatcher plus, in the same event loop:

- the HTTP server on ``NADHIR_DISPATCHER_PORT``: ``/health``, ``/ready`` (Redis, broker, alerts
  consumer joined with partitions), ``/metrics``, and the status page (``/``, ``/status``,
  ``/api/status``);
- `nadhir.ops.recent.follow_alerts` (the page's recent alerts, group ``<app_id>-status``);
- `nadhir.ops.selfalerts.SelfAlerts` every ``NADHIR_OPS_INTERVAL_S``, when a channel has ``ops: true``.

None of these can stop the dispatcher: a port in use or a failing loop is logged and counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import redis.asyncio as aioredis
from aiohttp import web

from alerts.dispatch.service import serve
from config.channels import Channels
from config.errors import ConfigError
from config.settings import Settings
from nadhir.ops import lag, metrics
from nadhir.ops.http import Check, CheckResult, OpsServer, broker_check, redis_check
from nadhir.ops.recent import RecentAlerts, follow_alerts
from nadhir.ops.selfalerts import SelfAlerts, kafka_publisher
from nadhir.ops.snapshot import DeliveryView
from nadhir.ops.statuspage import render_page, status_payload

log = logging.getLogger("nadhir.ops")


def consumer_check(group: str) -> Check:
    """This process has a consumer of ``group`` that joined and holds partitions."""

    async def check() -> CheckResult:
        consumers = [consumer for name, consumer in lag.tracked() if name == group]
        if not consumers:
            return False, f"no consumer of group {group} started yet"
        assigned = sorted(f"{tp.topic}[{tp.partition}]" for consumer in consumers for tp in consumer.assignment())
        if not assigned:
            return False, f"group {group}: joining (no partitions assigned yet)"
        return True, f"group {group}: {', '.join(assigned)}"

    return check


def channel_names(settings: Settings, channels: Channels) -> list[str]:
    names = list(channels.webhooks)
    if settings.telegram_token is not None:
        names.append("telegram")
    return names


class DispatcherOps:
    """What `serve_with_ops` starts next to the dispatcher (usable on its own in tests)."""

    def __init__(self, settings: Settings, channels: Channels, *, group_id: str | None = None,
                 port: int | None = None) -> None:
        if settings.redis_url is None:
            raise ConfigError.single("NADHIR_REDIS_URL", "the dispatcher needs Redis (run `nadhir up`, or set it)")
        self.settings = settings
        self.channels = channel_names(settings, channels)
        self.ops_channels = [name for name, hook in channels.webhooks.items() if hook.config.ops]
        self.group = group_id or f"{settings.app_id}-dispatch"
        self.redis: aioredis.Redis[bytes] = aioredis.Redis.from_url(settings.redis_url)
        self.deliveries = DeliveryView(self.redis, settings.redis_prefix)
        self.server = OpsServer(
            "dispatch", host=settings.host, port=settings.dispatcher_port if port is None else port,
            checks={"redis": redis_check(self.redis), "broker": broker_check(settings.bootstrap_servers),
                    "alerts_consumer": consumer_check(self.group)},
            refresh=self.refresh,
            routes=[("/", self.page), ("/status", self.page), ("/api/status", self.api)],
        )
        self.producer: Any = None
        self.self_alerts: SelfAlerts | None = None
        self.tasks: list[asyncio.Task[None]] = []

    async def refresh(self) -> None:
        for channel, size in (await self.deliveries.queue_sizes(self.channels)).items():
            metrics.DELIVERY_QUEUE.labels(channel).set(size)
        metrics.DEAD_LETTERS.set(await self.deliveries.dead_letter_count())
        groups: dict[str, list[lag.PartitionLag]] = {}
        for group, consumer in lag.tracked():
            groups.setdefault(group, []).extend(await lag.aiokafka_lag(consumer))
        for group, lags in groups.items():
            lag.publish(group, lags)

    async def payload(self, request: web.Request) -> dict[str, Any]:
        hours = min(max(int(request.query.get("hours", "24") or 24), 1), 72)
        return await status_payload(self.redis, self.settings.redis_prefix, channels=self.channels, hours=hours)

    async def page(self, request: web.Request) -> web.Response:
        html = render_page(await self.payload(request))
        return web.Response(text=html, content_type="text/html", charset="utf-8",
                            headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})

    async def api(self, request: web.Request) -> web.Response:
        return web.json_response(await self.payload(request), headers={"Cache-Control": "no-store"})

    async def start(self, stop: asyncio.Event) -> None:
        from aiokafka import AIOKafkaProducer

        settings = self.settings
        try:
            await self.server.start()
        except OSError as exc:
            metrics.OPS_ERRORS.labels("http").inc()
            log.error("dispatcher: /health /ready /metrics and the status page are not served on %s:%s: %s",
                      settings.host, self.server.port, exc)
        self.producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, linger_ms=0)
        await self.producer.start()
        self.self_alerts = SelfAlerts(settings, self.redis, kafka_publisher(self.producer, settings.topic_alerts),
                                      channels=self.channels, ops_channels=self.ops_channels)
        if self.ops_channels:
            self.tasks.append(asyncio.create_task(self.self_alerts.run(stop), name="ops-self-alerts"))
        else:
            log.info("no channel has `ops: true` in channels.yaml: self-alerts are not evaluated")
        self.tasks += [
            asyncio.create_task(follow_alerts(
                RecentAlerts(self.redis, settings.redis_prefix), bootstrap_servers=settings.bootstrap_servers,
                topic=settings.topic_alerts, group_id=f"{settings.app_id}-status", stop=stop,
                session_timeout_ms=int(settings.session_timeout_s * 1000),
                heartbeat_interval_ms=int(settings.heartbeat_interval_s * 1000),
            ), name="ops-recent-alerts"),
        ]

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.producer is not None:
            with contextlib.suppress(Exception):
                await self.producer.stop()
        await self.server.stop()
        await self.redis.aclose()  # type: ignore[attr-defined]


async def serve_with_ops(settings: Settings, channels: Channels, stop: asyncio.Event, *, group_id: str | None = None,
                         topic: str | None = None, ready: asyncio.Event | None = None,
                         port: int | None = None) -> None:
    """`alerts.dispatch.service.serve` plus the operations side, until ``stop``."""
    ops = DispatcherOps(settings, channels, group_id=group_id, port=port)
    await ops.start(stop)
    try:
        await serve(settings, channels, stop, group_id=group_id, topic=topic, ready=ready)
    finally:
        stop.set()
        await ops.close()
