"""`nadhir demo` (what `make run` runs): the embedded stack, the shipped sample articles, and the
alerts they fire, printed as they arrive. Ctrl-C stops everything.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

HELP = "run the embedded stack, feed the shipped sample articles and show alerts as they fire"

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--run-dir", type=Path, default=Path(".nadhir/demo"), help="logs and state")
    parser.add_argument("--samples", type=Path, default=SAMPLES_DIR, help="folder with *.json / *.jsonl articles")
    parser.add_argument("--exit-after", type=int, default=0, help="stop after this many alerts (0: run until Ctrl-C)")
    parser.add_argument("--timeout", type=float, default=0.0, help="stop after this many seconds (0: no limit)")


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
    windows they fall in are current, so nothing is dropped as late.
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
        f"[{status}] {alert.get('severity', '?')}: {alert.get('category')} in {where} — "
        f"{alert.get('metric')} {alert.get('value'):g} (threshold {alert.get('threshold'):g}, rule {alert.get('rule')})"
    )
    titles = [f"    · {item.get('source') or '?'}: {item.get('title') or item.get('article_id')}" for item in alert.get("evidence", [])[:3]]
    return "\n".join([line, *titles])


class _Stop(Exception):
    pass


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    raise _Stop()


def run(args: argparse.Namespace) -> int:
    from kafka import KafkaConsumer, KafkaProducer

    from config.settings import load_settings
    from nadhir.logging_setup import configure_logging
    from nadhir.runtime.stack import Stack

    settings = load_settings()
    configure_logging("WARNING", "demo")
    stack = Stack(settings, args.run_dir.resolve(), roles=("worker", "dispatch"))
    signal.signal(signal.SIGTERM, _raise_stop)
    seen = 0
    started = time.monotonic()
    try:
        print("nadhir demo: starting the embedded broker, Redis, the stream worker and the dispatcher…", flush=True)
        stack.start()
        consumer = KafkaConsumer(
            settings.topic_alerts,
            bootstrap_servers=stack.bootstrap,
            auto_offset_reset="earliest",
            group_id=None,
            consumer_timeout_ms=500,
        )
        articles = rebase_to_now(load_samples(args.samples))
        producer = KafkaProducer(bootstrap_servers=stack.bootstrap, linger_ms=5)
        for article in articles:
            producer.send(
                settings.topic_articles,
                key=str(article.get("id", "")).encode(),
                value=json.dumps(article, ensure_ascii=False).encode("utf-8"),
            )
        producer.flush()
        producer.close()
        print(
            f"nadhir demo: sent {len(articles)} sample articles to '{settings.topic_articles}' on {stack.bootstrap}; "
            f"waiting for alerts (logs in {args.run_dir}/, Ctrl-C stops)",
            flush=True,
        )
        while True:
            for message in consumer:
                alert = json.loads(message.value)
                seen += 1
                print(render_alert(alert), flush=True)
                if args.exit_after and seen >= args.exit_after:
                    raise _Stop()
            stack.poll()
            if args.timeout and time.monotonic() - started > args.timeout:
                raise _Stop()
    except (_Stop, KeyboardInterrupt):
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        print(f"nadhir demo: {seen} alert(s) seen; stopping everything", file=sys.stderr, flush=True)
        stack.stop()
    return 0
