"""``/health``, ``/ready`` and ``/metrics`` for one process (aiohttp), plus any extra routes.

- ``/health``: 200 while the process runs and its event loop answers; the body says how late the
  loop's last heartbeat was (a blocked loop does not answer at all, which is the failure signal).
- ``/ready``: 200 when every readiness check passes (broker, Redis, consumer group joined...),
  else 503; the body names each check with a detail.
- ``/metrics``: Prometheus text format, after the process's ``refresh`` hook updated its gauges.

The worker serves the same payloads through faust's own web server (`nadhir.ops.worker`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from nadhir.ops import metrics

log = logging.getLogger("nadhir.ops")

CheckResult = tuple[bool, str]
Check = Callable[[], Awaitable[CheckResult]]
Refresh = Callable[[], Awaitable[None]]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
CHECK_TIMEOUT_S = 3.0


@dataclass
class Heartbeat:
    """Measures how late the event loop runs a 0.25 s sleep (0 on an idle, healthy loop)."""

    interval_s: float = 0.25
    started_at: float = field(default_factory=time.time)
    last_beat: float = field(default_factory=time.monotonic)
    worst_recent_s: float = 0.0
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="ops-heartbeat")

    async def _run(self) -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(self.interval_s)
            now = time.monotonic()
            self.worst_recent_s = max(self.worst_recent_s * 0.9, now - before - self.interval_s)
            self.last_beat = now

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def payload(self, role: str) -> dict[str, Any]:
        return {
            "status": "ok", "role": role, "pid": os.getpid(),
            "uptime_s": round(time.time() - self.started_at, 1),
            "loop_lag_s": round(self.worst_recent_s, 4),
            "last_heartbeat_s": round(time.monotonic() - self.last_beat, 3),
        }


async def run_checks(role: str, checks: Mapping[str, Check]) -> tuple[bool, dict[str, Any]]:
    """Run every check (each bounded by CHECK_TIMEOUT_S); the ``/ready`` verdict and body."""

    async def one(check: Check) -> CheckResult:
        try:
            return await asyncio.wait_for(check(), CHECK_TIMEOUT_S)
        except TimeoutError:
            return False, f"no answer within {CHECK_TIMEOUT_S:g}s"
        except Exception as exc:  # a check that raises is a failed check, with its reason
            return False, f"{type(exc).__name__}: {exc}"[:300]

    names = list(checks)
    results = await asyncio.gather(*(one(checks[name]) for name in names))
    ready = all(ok for ok, _ in results)
    metrics.READY.labels(role).set(1 if ready else 0)
    body = {"ready": ready, "role": role, "pid": os.getpid(),
            "checks": {name: {"ok": ok, "detail": detail} for name, (ok, detail) in zip(names, results, strict=True)}}
    return ready, body


async def refreshed_metrics(refresh: Refresh | None) -> bytes:
    if refresh is not None:
        try:
            await refresh()
        except Exception:
            metrics.OPS_ERRORS.labels("refresh").inc()
            log.exception("refreshing gauges for /metrics failed; serving the last values")
    return metrics.render()


class OpsServer:
    """An aiohttp server on ``host:port`` (0: any free port; `port` holds the bound one)."""

    def __init__(
        self,
        role: str,
        *,
        host: str,
        port: int,
        checks: Mapping[str, Check],
        refresh: Refresh | None = None,
        routes: Sequence[tuple[str, Handler]] = (),
    ) -> None:
        self.role = role
        self.host = host
        self.port = port
        self.checks = dict(checks)
        self.refresh = refresh
        self.heartbeat = Heartbeat()
        self.app = web.Application()
        self.app.router.add_get("/health", self._health)
        self.app.router.add_get("/ready", self._ready)
        self.app.router.add_get("/metrics", self._metrics)
        for path, handler in routes:
            self.app.router.add_get(path, handler)
        self._runner: web.AppRunner | None = None

    async def _health(self, request: web.Request) -> web.Response:
        return web.json_response(self.heartbeat.payload(self.role))

    async def _ready(self, request: web.Request) -> web.Response:
        ready, body = await run_checks(self.role, self.checks)
        return web.json_response(body, status=200 if ready else 503)

    async def _metrics(self, request: web.Request) -> web.Response:
        body = await refreshed_metrics(self.refresh)
        return web.Response(body=body, headers={"Content-Type": metrics.CONTENT_TYPE})

    async def start(self) -> OpsServer:
        self.heartbeat.start()
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = int(sockets[0].getsockname()[1])
        log.info("%s: /health /ready /metrics on http://%s:%d", self.role, self.host, self.port)
        return self

    async def stop(self) -> None:
        await self.heartbeat.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> OpsServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


# --- checks shared by the processes ---------------------------------------------------------------
def redis_check(client: Any) -> Check:
    """Redis answers PING."""

    async def check() -> CheckResult:
        await client.ping()
        return True, "PING answered"

    return check


def broker_check(servers: Sequence[str]) -> Check:
    """At least one bootstrap server accepts a TCP connection."""

    async def check() -> CheckResult:
        problems = []
        for server in servers:
            host, _, port = server.rpartition(":")
            try:
                _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), 1.0)
            except (OSError, TimeoutError) as exc:
                problems.append(f"{server}: {type(exc).__name__}")
                continue
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            return True, f"{server} accepts connections"
        return False, "; ".join(problems) or "no broker configured"

    return check
