"""Alert latency from the article that crosses a rule to the webhook that receives the alert.

    .venv/bin/python -m bench.latency [--seconds 30] [--rate 500]

Real processes only: the embedded broker (tansu), our own redis-server, `nadhir worker`,
`nadhir dispatch` and a signature-verifying webhook receiver (`tests.support.webhook_receiver`).
Articles are produced at ``--rate`` per second to a one-partition topic; every 0.2 s a fresh
(category, region) key gets its 3rd article, which crosses a `threshold: 3` rule (the other
articles report nothing). For each
crossing, two latencies from the moment the crossing article was handed to the producer:

- **on the `alerts` topic** (the baseline, measured in the same run): a consumer watching the
  topic sees the alert — the worker's share;
- **at the webhook**: the receiver gets the signed POST — worker + dispatcher + HTTP.

Prints p50 and p99 of both; not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.e2e import KEY_REGIONS, REGIONS, base_env, make_article  # noqa: E402

BASE_EPOCH = 1_716_206_400  # 2024-05-20T12:00:00Z; one 10 s event-time round per 0.2 s of wall time
WARMUP_ROUNDS = 10  # 2 s: the first batches of a fresh worker are slow


def _epoch(value: str) -> int:
    return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp())


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def run(seconds: float = 30.0, rate: int = 500) -> dict[str, Any]:
    """Run the whole set-up for ``seconds`` of production at ``rate``; latencies in milliseconds."""
    import base64

    import yaml
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    from nadhir.runtime import EmbeddedBroker, EmbeddedRedis, free_port, wait_for_port
    from nadhir.runtime.process import ManagedProcess
    from nadhir.runtime.topics import create_topics

    with tempfile.TemporaryDirectory(prefix="nadhir-bench-latency-") as scratch:
        tmp = Path(scratch)
        broker = EmbeddedBroker(log_path=tmp / "tansu.log").start()
        redis_server = EmbeddedRedis(data_dir=tmp / "redis").start()
        processes: list[ManagedProcess] = []
        stop = threading.Event()
        on_topic: dict[tuple[str, int], float] = {}
        decided: dict[tuple[str, int], float] = {}  # the alert's emitted_at: when the worker decided
        try:
            suffix = str(int(time.time()))
            topics = {name: f"lat-{name}-{suffix}" for name in ("articles", "dlq", "events", "alerts")}
            # One partition: with no lateness allowed, a crossing read from one partition after a
            # later round from another would be late (and dead-lettered) instead of alerted.
            create_topics(broker.bootstrap, topics.values(), 1)
            secret = "whsec_" + base64.b64encode(os.urandom(32)).decode()
            port = free_port()
            jsonl = tmp / "received.jsonl"
            processes.append(ManagedProcess("receiver", [
                sys.executable, "-m", "tests.support.webhook_receiver", "--port", str(port), "--secret", secret,
                "--jsonl", str(jsonl)], cwd=ROOT, log_path=tmp / "receiver.log").start())
            wait_for_port("127.0.0.1", port, 15)
            rules = tmp / "rules.yaml"
            rules.write_text("version: 1\nrules:\n  - {name: bench, type: threshold, categories: [airstrike], "
                             "key: category+region, window: 10s, hop: 10s, threshold: 3, evidence_articles: 3}\n")
            channels = tmp / "channels.yaml"
            channels.write_text(yaml.safe_dump({"version": 1, "webhooks": [{
                "name": "bench", "url": f"http://127.0.0.1:{port}/hook", "secret_env": "NADHIR_BENCH_SECRET",
                "allow_private": True, "retry_schedule": [0, 1, 5], "group_wait_s": 0}]}))
            env = base_env(broker.bootstrap, redis_server.url, topics, f"bench-latency-{suffix}",
                           NADHIR_RULES_FILE=str(rules), NADHIR_CHANNELS_FILE=str(channels),
                           # No lateness: each surge resolves as soon as the next round's window closes,
                           # so its key can fire again 8 rounds later (event time runs 50x wall time).
                           NADHIR_ALLOWED_LATENESS_S="0", NADHIR_WORKER_BATCH_WITHIN_S="0.01",
                           NADHIR_PARTITIONS="1",
                           NADHIR_BENCH_SECRET=secret, NADHIR_DISPATCHER_PORT=str(free_port()))
            processes.append(ManagedProcess("worker", [sys.executable, "-m", "nadhir", "worker"], env=env, cwd=ROOT,
                                            log_path=tmp / "worker.log").start())
            processes.append(ManagedProcess("dispatcher", [sys.executable, "-m", "nadhir", "dispatch"], env=env,
                                            cwd=ROOT, log_path=tmp / "dispatcher.log").start())

            def watch() -> None:
                consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, fetch_max_wait_ms=10)
                consumer.assign([TopicPartition(topics["alerts"], 0)])
                while not stop.is_set():
                    for batch in consumer.poll(timeout_ms=50).values():
                        for message in batch:
                            alert = json.loads(message.value)
                            if alert["status"] == "firing":
                                found = (alert["key"], _epoch(alert["window_start"]))
                                on_topic.setdefault(found, time.time())
                                decided.setdefault(found, datetime.fromisoformat(alert["emitted_at"]).timestamp())
                consumer.close()

            watcher = threading.Thread(target=watch, daemon=True)
            watcher.start()
            producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=2, acks=1)
            sent: dict[tuple[str, int], float] = {}
            # Production starts once a probe crossing (the round before round 0, a key never used
            # again) is at the webhook: worker and dispatcher have started and joined their groups. A
            # fixed 10 s was shorter than the worker's start on a busy machine (23-26 s at load 8-9),
            # and the measured rounds then queued behind it.
            probe = (f"airstrike|{KEY_REGIONS[-1][0]}", BASE_EPOCH - 10)
            waited = time.perf_counter()
            for index in range(3):
                producer.send(topics["articles"], make_article(-1 - index, time.strftime(
                    "%Y-%m-%dT%H:%M:%SZ", time.gmtime(probe[1])), len(KEY_REGIONS) - 1))
            producer.flush()
            while probe not in _delivered(jsonl) and time.perf_counter() - waited < 120:
                time.sleep(0.2)
            ready_s = time.perf_counter() - waited
            index, round_no = 0, 0
            per_round = rate // 5
            started = time.perf_counter()
            while time.perf_counter() - started < seconds:
                round_start = time.perf_counter()
                window = BASE_EPOCH + 10 * round_no
                published = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(window))
                region = round_no % len(REGIONS)
                for position in range(per_round):
                    crossing = position in (10, 40, 70)
                    producer.send(topics["articles"], make_article(index, published, region if crossing else None))
                    if position == 70 and round_no >= WARMUP_ROUNDS:
                        sent[(f"airstrike|{REGIONS[region][0]}", window)] = time.time()
                    index += 1
                    time.sleep(max(0.0, round_start + (position + 1) / rate - time.perf_counter()))
                round_no += 1
            producer.flush()
            producer.close()
            achieved_rate = index / (time.perf_counter() - started)
            # Wait for every crossing's alert at the webhook (not for as many POSTs: warm-up rounds
            # post alerts too, and counting rows stopped the wait before the last crossing arrived).
            deadline = time.time() + 20
            while time.time() < deadline and not sent.keys() <= _delivered(jsonl).keys():
                time.sleep(0.5)
        finally:
            stop.set()
            for process in reversed(processes):
                process.stop()
            redis_server.stop()
            broker.stop()
        at_webhook = _delivered(jsonl)
    topic_ms = [(on_topic[key] - at) * 1000 for key, at in sent.items() if key in on_topic]
    decided_ms = [(decided[key] - at) * 1000 for key, at in sent.items() if key in decided]
    webhook_ms = [(at_webhook[key] - at) * 1000 for key, at in sent.items() if key in at_webhook]
    figures: dict[str, Any] = {"rate": rate, "achieved_rate": achieved_rate, "ready_s": ready_s, "crossings": len(sent),
                               "on_topic": len(topic_ms), "at_webhook": len(webhook_ms),
                               "missing_on_topic": [f"{key} @ round {(window - BASE_EPOCH) // 10}"
                                                    for key, window in sorted(sent, key=lambda k: k[1])
                                                    if (key, window) not in on_topic]}
    for name, values in (("decided", decided_ms), ("topic", topic_ms), ("webhook", webhook_ms)):
        if values:
            figures[f"{name}_p50_ms"] = statistics.median(values)
            figures[f"{name}_p99_ms"] = _percentile(values, 0.99)
            figures[f"{name}_max_ms"] = max(values)
    return figures


def _delivered(jsonl: Path) -> dict[tuple[str, int], float]:
    """(key, window start) of each firing alert the receiver verified -> when it first arrived."""
    from tests.support.webhook_receiver import read_jsonl

    at_webhook: dict[tuple[str, int], float] = {}
    for row in read_jsonl(jsonl) if jsonl.exists() else []:
        if not row.get("verified"):
            continue
        body = row["body"] if isinstance(row["body"], dict) else json.loads(row["body"])
        for alert in body.get("alerts", []):
            if alert["status"] == "firing":
                at_webhook.setdefault((alert["key"], _epoch(alert["window_start"])), float(row["received_at"]))
    return at_webhook


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rate", type=int, default=500)
    args = parser.parse_args()
    figures = run(args.seconds, args.rate)
    print(f"worker and dispatcher started and delivered a probe alert in {figures['ready_s']:.1f} s")
    print(f"{figures['crossings']} crossings at {figures['achieved_rate']:.0f} articles/s: "
          f"{figures['on_topic']} seen on the alerts topic, {figures['at_webhook']} at the webhook")
    if figures["missing_on_topic"]:
        print(f"  not seen on the alerts topic: {', '.join(figures['missing_on_topic'])}")
    for name, label in (("decided", "decided (the alert's emitted_at)"), ("topic", "on the alerts topic (worker)"),
                        ("webhook", "at the webhook (worker + dispatcher)")):
        if f"{name}_p50_ms" in figures:
            print(f"  {label:40} p50 {figures[f'{name}_p50_ms']:7.1f} ms   p99 {figures[f'{name}_p99_ms']:7.1f} ms   "
                  f"max {figures[f'{name}_max_ms']:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
