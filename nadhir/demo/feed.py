"""The demo's moving parts: samples rebased to now, fed one by one; alerts read back from the
`alerts` topic; deliveries received by a local, signature-checking webhook receiver."""

from __future__ import annotations

import json
import queue
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from config.settings import Settings
from nadhir.demo.receiver import DemoReceiver, new_secret
from nadhir.runtime.stack import Stack

SECRET_ENV = "NADHIR_WEBHOOK_SECRET_DEMO"


def load_samples(folder: Path) -> list[dict[str, Any]]:
    """Every article in ``folder`` (one JSON object per .json file, one per line in .jsonl)."""
    articles: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.json")):
        articles.append(json.loads(path.read_text(encoding="utf-8")))
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                articles.append(json.loads(line))
    return articles


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def rebase_to_now(articles: list[dict[str, Any]], now: datetime | None = None) -> list[dict[str, Any]]:
    """Shift every ``published_at`` by one offset so the newest is now; sort by event time.

    The samples keep their relative timing (a surge over two hours, calm afterwards) while the
    windows they fall in are current.
    """
    dated = [article for article in articles if article.get("published_at")]
    if not dated:
        return articles
    newest = max(_parse_time(str(article["published_at"])) for article in dated)
    shift = (now or datetime.now(UTC)) - newest - timedelta(seconds=1)
    rebased = []
    for article in articles:
        copy = dict(article)
        if copy.get("published_at"):
            moved = _parse_time(str(copy["published_at"])) + shift
            copy["published_at"] = moved.isoformat().replace("+00:00", "Z")
        rebased.append(copy)
    return sorted(rebased, key=lambda item: str(item.get("published_at") or ""))


def render_alert(alert: dict[str, Any]) -> str:
    where = alert.get("region") or alert.get("country") or "all regions"
    status = str(alert.get("status", "?")).upper()
    line = (
        f"  ⚠ [{status}] {alert.get('severity', '?')}: {alert.get('category')} in {where} — "
        f"{alert.get('metric')} {alert.get('value', 0):g} (threshold {alert.get('threshold', 0):g}, "
        f"rule {alert.get('rule')}, id {str(alert.get('id', ''))[:12]})"
    )
    titles = [
        f"      · {item.get('source') or '?'}: {item.get('title') or item.get('article_id')}"
        for item in alert.get("evidence", [])[:3]
    ]
    return "\n".join([line, *titles])


def render_delivery(payload: dict[str, Any], verified: bool) -> str:
    alerts = payload.get("alerts") or []
    names = ", ".join(f"{item.get('rule')}:{item.get('status')}" for item in alerts if isinstance(item, dict))
    check = "signature verified" if verified else "SIGNATURE INVALID"
    return f"  ↳ webhook 'demo' received {len(alerts)} alert(s) [{names}] ({check})"


def demo_channels(run_dir: Path, url: str) -> Path:
    path = run_dir / "demo-channels.yaml"
    path.write_text(
        "# Written by `nadhir demo`: one webhook on a local receiver.\n"
        "version: 1\n"
        "webhooks:\n"
        "  - name: demo\n"
        f"    url: {url}\n"
        f"    secret_env: {SECRET_ENV}\n"
        "    allow_private: true\n"
        "    retry_schedule: [0, 1, 5, 30]\n",
        encoding="utf-8",
    )
    return path


class DemoFeed:
    """Start the stack, then each :meth:`step` sends at most one article and prints what came back."""

    def __init__(self, settings: Settings, run_dir: Path, samples: Path, *, pace_s: float) -> None:
        self.settings = settings
        self.run_dir = run_dir
        self.samples = samples
        self.pace_s = pace_s
        self.alerts_seen = 0
        self.deliveries_seen = 0
        self._deliveries: queue.Queue[str] = queue.Queue()
        self.receiver = DemoReceiver(secret := new_secret(), self._on_delivery)
        self._secret = secret
        self.stack: Stack | None = None
        self.pending: list[dict[str, Any]] = []
        self.consumer: Any = None
        self.producer: Any = None

    def _on_delivery(self, payload: dict[str, Any], verified: bool) -> None:
        self._deliveries.put(render_delivery(payload, verified))

    def start(self) -> None:
        from kafka import KafkaConsumer, KafkaProducer

        print("nadhir demo: starting the embedded broker, Redis, the stream worker and the dispatcher…", flush=True)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.receiver.start()
        channels = demo_channels(self.run_dir, self.receiver.url)
        self.stack = Stack(
            self.settings, self.run_dir, roles=("worker", "dispatch"),
            extra_env={"NADHIR_CHANNELS_FILE": str(channels), SECRET_ENV: self._secret},
        )
        self.stack.start()
        not_ready = self.stack.wait_ready(90)
        if not_ready:
            print(f"nadhir demo: {', '.join(not_ready)} not ready after 90 s; see the logs in {self.run_dir}/",
                  flush=True)
        self.consumer = KafkaConsumer(
            self.settings.topic_alerts, bootstrap_servers=self.stack.bootstrap,
            auto_offset_reset="earliest", group_id=None, consumer_timeout_ms=int(max(self.pace_s, 0.1) * 1000),
        )
        self.producer = KafkaProducer(bootstrap_servers=self.stack.bootstrap, linger_ms=0)
        self.pending = rebase_to_now(load_samples(self.samples))
        print(
            f"nadhir demo: broker {self.stack.bootstrap}, Redis {self.stack.redis_url}, logs in {self.run_dir}/\n"
            f"nadhir demo: pids {' '.join(f'{name}={pid}' for name, pid in self._pids().items())}\n"
            f"nadhir demo: status page http://{self.settings.host}:{self.stack.ports.get('dispatch', 0)}/status\n"
            f"nadhir demo: feeding {len(self.pending)} sample articles to '{self.settings.topic_articles}'; "
            "alerts appear below as they fire (Ctrl-C stops)",
            flush=True,
        )

    def _pids(self) -> dict[str, int]:
        assert self.stack is not None
        state = self.stack.state()
        pids = dict(state.pids)
        if state.embedded_broker_pid:
            pids["broker"] = state.embedded_broker_pid
        if state.embedded_redis_pid:
            pids["redis"] = state.embedded_redis_pid
        return pids

    def step(self) -> None:
        assert self.stack is not None
        if self.pending:
            article = self.pending.pop(0)
            self.producer.send(
                self.settings.topic_articles,
                key=str(article.get("id", "")).encode(),
                value=json.dumps(article, ensure_ascii=False).encode("utf-8"),
            ).get(timeout=10)
            title = str(article.get("title") or "")[:70]
            print(f"→ {article.get('source') or '?'} ({article.get('lang') or '?'}): {title}", flush=True)
            if not self.pending:
                print("nadhir demo: all samples sent; waiting for alerts and deliveries (Ctrl-C stops)", flush=True)
        for message in self.consumer:
            self.alerts_seen += 1
            print(render_alert(json.loads(message.value)), flush=True)
        while not self._deliveries.empty():
            self.deliveries_seen += 1
            print(self._deliveries.get(), flush=True)
        self.stack.poll()

    def stop(self) -> None:
        for client in (self.consumer, self.producer):
            if client is not None:
                client.close()
        if self.stack is not None:
            self.stack.stop()
        self.receiver.stop()
