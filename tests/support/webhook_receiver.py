"""A real webhook receiver on 127.0.0.1 that verifies Standard Webhooks signatures.

Runs in a thread (``WebhookReceiver(...).start()``) or as its own process::

    python -m tests.support.webhook_receiver --port P --secret whsec_... --jsonl out.jsonl \
        [--fail-first N] [--status 500|429|410|...] [--retry-after S] [--hang [SECONDS]]

Every request is verified with the ``standardwebhooks`` library; each one is recorded (in memory
and, with ``--jsonl``, one JSON line per request, flushed) as
``{"webhook_id", "webhook_timestamp", "verified", "status", "received_at", "content_type", "body"}``.
Behaviour: the first ``fail_first`` verified requests are answered ``fail_status`` (with
``Retry-After`` when set); ``status`` answers every request with that code; ``hang`` accepts the
request and never answers (for ``hang_s``). Down = stop the thread or kill the process.
HTTP/1.1 with keep-alive, on asyncio streams: fast enough to benchmark a dispatcher against.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
           410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}


@dataclass
class Behaviour:
    """What the receiver answers; change fields at any time (thread mode)."""

    fail_first: int = 0
    fail_status: int = 500
    retry_after: str | None = None
    status: int | None = None  # answer every request with this status
    hang: bool = False
    hang_s: float = 3600.0
    ok_status: int = 200


@dataclass
class Request:
    webhook_id: str
    webhook_timestamp: str
    verified: bool
    status: int
    received_at: float
    content_type: str
    body: Any

    def as_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class WebhookReceiver:
    secret: str
    port: int = 0
    host: str = "127.0.0.1"
    behaviour: Behaviour = field(default_factory=Behaviour)
    jsonl: Path | None = None
    keep_bodies: bool = True

    def __post_init__(self) -> None:
        self.verifier = Webhook(self.secret)
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._failed = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._stopping: asyncio.Event | None = None
        self._file: Any = None

    # --- views used by tests -------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/hook"

    def delivered(self) -> list[Request]:
        """Verified requests answered 2xx (what the sender may count as delivered)."""
        with self._lock:
            return [r for r in self.requests if r.verified and 200 <= r.status < 300]

    def delivered_ids(self) -> list[str]:
        return [r.webhook_id for r in self.delivered()]

    def attempts(self) -> list[Request]:
        with self._lock:
            return list(self.requests)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Request]:
        """Block until ``count`` deliveries arrived; AssertionError after ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            delivered = self.delivered()
            if len(delivered) >= count:
                return delivered
            time.sleep(0.02)
        raise AssertionError(f"expected {count} deliveries within {timeout}s, got {len(self.delivered())}")

    # --- HTTP ------------------------------------------------------------------------------------
    def _decide(self, verified: bool) -> int:
        behaviour = self.behaviour
        if not verified:
            return 401
        if behaviour.status is not None:
            return behaviour.status
        with self._lock:
            if self._failed < behaviour.fail_first:
                self._failed += 1
                return behaviour.fail_status
        return behaviour.ok_status

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)
            if self._file is not None:
                self._file.write(json.dumps(request.as_json(), ensure_ascii=False) + "\n")
                self._file.flush()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                headers: dict[str, str] = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0") or 0)
                body = await reader.readexactly(length) if length else b""
                if self.behaviour.hang:
                    await asyncio.sleep(self.behaviour.hang_s)
                    return
                try:
                    parsed = self.verifier.verify(body, headers)
                    verified = True
                except (WebhookVerificationError, ValueError):
                    parsed, verified = None, False
                status = self._decide(verified)
                self._record(Request(
                    webhook_id=headers.get("webhook-id", ""), webhook_timestamp=headers.get("webhook-timestamp", ""),
                    verified=verified, status=status, received_at=time.time(),
                    content_type=headers.get("content-type", ""), body=parsed if self.keep_bodies else None,
                ))
                extra = ""
                if status in (429, 503) and self.behaviour.retry_after is not None:
                    extra = f"Retry-After: {self.behaviour.retry_after}\r\n"
                payload = b'{"ok":true}' if status < 300 else b'{"ok":false}'
                writer.write(
                    f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(payload)}\r\n{extra}\r\n".encode() + payload
                )
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def serve(self, ready: threading.Event | None = None) -> None:
        """Serve until ``stop()`` (or cancellation)."""
        self._stopping = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        if self.jsonl is not None:
            self._file = self.jsonl.open("a", encoding="utf-8")
        self._server = await asyncio.start_server(self._handle, self.host, self.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]
        if ready is not None:
            ready.set()
        try:
            await self._stopping.wait()
        finally:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 1)
            if self._file is not None:
                self._file.close()
                self._file = None

    def start(self) -> WebhookReceiver:
        """Serve in a daemon thread; returns once the port is open."""
        self._started.clear()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._serve_and_cancel()),
                                        name="webhook-receiver", daemon=True)
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("webhook receiver did not start")
        return self

    async def _serve_and_cancel(self) -> None:
        await self.serve(self._started)
        # Connections still hanging belong to this loop: cancel them so the thread ends.
        current = asyncio.current_task()
        for task in asyncio.all_tasks():
            if task is not current:
                task.cancel()

    def stop(self) -> None:
        """Stop serving (the endpoint is then down: connections are refused)."""
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def sample_alert(**overrides: Any) -> Any:
    """A valid ``alerts.model.Alert`` for tests and benches; fields overridable by keyword."""
    from datetime import UTC, datetime, timedelta

    from alerts.model import Alert, alert_id

    start = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    fields: dict[str, Any] = {
        "status": "firing", "rule": "airstrike-surge", "rule_type": "threshold", "category": "airstrike",
        "region": "Hama", "country": "Syria", "metric": "articles", "value": 7.0, "threshold": 5.0,
        "severity": "warning", "window_start": start, "window_end": start + timedelta(hours=1),
        "event_time": start + timedelta(minutes=40), "emitted_at": start + timedelta(minutes=41),
    }
    fields.update(overrides)
    fields.setdefault("key", f"{fields['category']}|{fields['region'] or fields['country'] or 'all'}")
    fields.setdefault("id", alert_id(fields["rule"], fields["key"], fields["window_start"]))
    return Alert(**fields)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The requests a receiver process recorded (tolerates a torn last line)."""
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(json.JSONDecodeError):
            rows.append(json.loads(line))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--secret", required=True)
    parser.add_argument("--jsonl", type=Path, default=None)
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--fail-status", type=int, default=None, help="status of the first failures (default --status or 500)")
    parser.add_argument("--status", type=int, default=None, help="with --fail-first: the failure status; alone: every answer")
    parser.add_argument("--retry-after", default=None)
    parser.add_argument("--hang", nargs="?", type=float, const=3600.0, default=None)
    parser.add_argument("--no-bodies", action="store_true")
    args = parser.parse_args(argv)
    behaviour = Behaviour(retry_after=args.retry_after)
    if args.fail_first:
        behaviour.fail_first = args.fail_first
        behaviour.fail_status = args.fail_status or args.status or 500
    elif args.status is not None:
        behaviour.status = args.status
    if args.hang is not None:
        behaviour.hang, behaviour.hang_s = True, args.hang
    receiver = WebhookReceiver(secret=args.secret, port=args.port, host=args.host, behaviour=behaviour,
                               jsonl=args.jsonl, keep_bodies=not args.no_bodies)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(receiver.serve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
