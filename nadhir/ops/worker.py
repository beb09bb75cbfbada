"""The stream worker's operations side, served by faust's own web server (``NADHIR_WORKER_PORT``).

`install(app, settings, processor)` adds ``/health``, ``/ready`` and ``/metrics`` pages (the same
payloads as `nadhir.ops.http`), and hooks the events-per-region counter of the status page into
the processor (`streams.pipeline.ArticleProcessor.on_admitted`).

Ready means: Redis answers, the broker accepts connections, and the faust consumer is in its
group with partitions of the articles topic assigned (not mid-rebalance). Lag per partition is
the consumer's Fetch high watermark minus faust's committed offset.
"""

from __future__ import annotations

from typing import Any

from config.settings import Settings
from nadhir.ops import lag
from nadhir.ops.http import (
    Check,
    CheckResult,
    Heartbeat,
    broker_check,
    redis_check,
    refreshed_metrics,
    run_checks,
)
from nadhir.ops.regions import RegionCounter

ROLE = "worker"


def _assigned(app: Any, topic: str) -> list[Any]:
    try:
        assignment = app.consumer.assignment()
    except Exception:  # the consumer is not started yet
        return []
    return sorted((tp for tp in assignment if tp.topic == topic), key=lambda tp: tp.partition)


def consumer_check(app: Any, settings: Settings) -> Check:
    async def check() -> CheckResult:
        if getattr(app, "rebalancing", False):
            return False, f"group {settings.app_id}: rebalancing"
        assigned = _assigned(app, settings.topic_articles)
        if not assigned:
            return False, f"group {settings.app_id}: no {settings.topic_articles} partitions assigned yet"
        return True, f"group {settings.app_id}: {', '.join(f'{tp.topic}[{tp.partition}]' for tp in assigned)}"

    return check


def worker_lag(app: Any, settings: Settings) -> list[lag.PartitionLag]:
    """Lag of this worker's assigned articles partitions (those it has fetched from at least once)."""
    committed_offsets = getattr(app.consumer, "_committed_offset", {})
    found = []
    for tp in _assigned(app, settings.topic_articles):
        try:
            highwater = app.consumer.highwater(tp)
        except Exception:
            highwater = None
        if highwater is None:
            continue
        committed = committed_offsets.get(tp)
        found.append(lag.PartitionLag(tp.topic, tp.partition, committed, int(highwater)))
    return found


def install(app: Any, settings: Settings, processor: Any) -> None:
    """Add the operations pages to a faust app and the region counter to its processor."""
    client = getattr(getattr(processor, "store", None), "client", None)
    checks: dict[str, Check] = {"broker": broker_check(settings.bootstrap_servers),
                                "articles_consumer": consumer_check(app, settings)}
    if client is not None:
        checks = {"redis": redis_check(client), **checks}
        if getattr(processor, "on_admitted", "absent") is None:
            processor.on_admitted = RegionCounter(client, settings.redis_prefix).record
    heartbeat = Heartbeat()

    async def start_heartbeat() -> None:
        heartbeat.start()

    async def refresh() -> None:
        lag.publish(settings.app_id, worker_lag(app, settings))

    async def health(web: Any, request: Any) -> Any:
        return web.json(heartbeat.payload(ROLE))

    async def ready(web: Any, request: Any) -> Any:
        ok, body = await run_checks(ROLE, checks)
        return web.json(body, status=200 if ok else 503)

    async def metrics_page(web: Any, request: Any) -> Any:
        # aiohttp refuses a charset inside content_type; Prometheus reads UTF-8 by default.
        return web.bytes(await refreshed_metrics(refresh), content_type="text/plain; version=0.0.4")

    app.task(start_heartbeat)
    app.page("/health")(health)
    app.page("/ready")(ready)
    app.page("/metrics")(metrics_page)
