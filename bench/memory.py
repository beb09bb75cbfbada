"""Resident memory (RSS) of one `nadhir worker` as articles flow through it: it must stay flat,
because every per-article state lives in Redis with a TTL and windows expire.

    .venv/bin/python -m bench.memory [--checkpoints 10000,100000,1000000]

Real processes: the embedded broker, our own redis-server, `nadhir worker`. The corpus is
`bench.replay.generate`'s (Arabic and English, 60 % with an event, surges, 0.5 % copies,
0.1 % bad lines, event time spread over 30 days), produced by this process while the worker
consumes. At each checkpoint (records the worker has taken, from its ``/health/`` stats) the
worker's VmRSS is read from ``/proc/<pid>/status``, with Redis's ``used_memory`` next to it (Redis
keeps the 7-day de-duplication horizon and the windows' buckets until their TTLs, so it grows with
distinct articles; the worker should not). The first checkpoint is the baseline.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def run(checkpoints: tuple[int, ...] = (10_000, 100_000, 1_000_000), timeout_s: float = 3600) -> dict[str, Any]:
    """RSS (MB) of the worker and Redis memory at each checkpoint; stops at the last one."""
    import httpx
    import redis
    from kafka import KafkaProducer

    from bench.e2e import base_env
    from bench.replay import generate
    from nadhir.runtime import EmbeddedBroker, EmbeddedRedis, free_port
    from nadhir.runtime.process import ManagedProcess
    from nadhir.runtime.topics import create_topics

    total = max(checkpoints)
    samples: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="nadhir-bench-memory-") as scratch:
        tmp = Path(scratch)
        corpus = tmp / "corpus.jsonl"
        generate(corpus, total)
        broker = EmbeddedBroker(log_path=tmp / "tansu.log").start()
        redis_server = EmbeddedRedis(data_dir=tmp / "redis").start()
        worker: ManagedProcess | None = None
        stop = threading.Event()
        try:
            suffix = str(int(time.time()))
            topics = {name: f"mem-{name}-{suffix}" for name in ("articles", "dlq", "events", "alerts")}
            create_topics(broker.bootstrap, topics.values(), 4)
            port = free_port()
            env = base_env(broker.bootstrap, redis_server.url, topics, f"bench-memory-{suffix}",
                           NADHIR_WORKER_PORT=str(port))
            worker = ManagedProcess("worker", [sys.executable, "-m", "nadhir", "worker"], env=env, cwd=ROOT,
                                    log_path=tmp / "worker.log").start()

            def feed() -> None:
                producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=20, acks=1,
                                         batch_size=256 * 1024)
                with corpus.open("rb") as lines:
                    for line in lines:
                        if stop.is_set():
                            break
                        producer.send(topics["articles"], line.rstrip(b"\n"))
                producer.flush()
                producer.close()

            feeder = threading.Thread(target=feed, daemon=True)
            feeder.start()
            client = redis.Redis.from_url(redis_server.url)
            started = time.monotonic()
            pending = sorted(checkpoints)
            while pending and time.monotonic() - started < timeout_s:
                time.sleep(1.0)
                if not worker.alive():
                    raise RuntimeError(f"the worker died; see {tmp / 'worker.log'}")
                try:
                    stats = httpx.get(f"http://127.0.0.1:{port}/health/", timeout=5).json()["stats"]
                except (httpx.HTTPError, ValueError):
                    continue
                taken = int(stats.get("records", 0))
                while pending and taken >= pending[0]:
                    samples.append({"articles": pending.pop(0), "taken": taken, "rss_mb": rss_mb(worker.pid),
                                    "redis_mb": int(client.info("memory")["used_memory"]) / 2**20,
                                    "elapsed_s": time.monotonic() - started})
            client.close()
        finally:
            stop.set()
            if worker is not None:
                worker.stop()
            redis_server.stop()
            broker.stop()
    return {"samples": samples, "complete": len(samples) == len(checkpoints)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkpoints", default="10000,100000,1000000")
    args = parser.parse_args()
    figures = run(tuple(int(part) for part in args.checkpoints.split(",")))
    first = figures["samples"][0]["rss_mb"] if figures["samples"] else 0.0
    for sample in figures["samples"]:
        print(f"after {sample['articles']:>9,} articles ({sample['elapsed_s']:6.0f} s): worker RSS "
              f"{sample['rss_mb']:6.1f} MB ({sample['rss_mb'] / first:.2f}x the first), Redis {sample['redis_mb']:6.1f} MB")
    return 0 if figures["complete"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
