"""Run `python -m nadhir worker` as a child process against the test broker and Redis; produce and
read records with kafka-python."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from nadhir.runtime.ports import free_port
from nadhir.runtime.process import ManagedProcess

ROOT = Path(__file__).resolve().parents[3]


def worker_env(bootstrap: str, redis_url: str, topics: dict[str, str], data_dir: Path, **extra: object) -> dict[str, str]:
    import os

    env = {key: value for key, value in os.environ.items() if not key.startswith("NADHIR_")}
    env.update({
        "NADHIR_BROKER": bootstrap,
        "NADHIR_REDIS_URL": redis_url,
        "NADHIR_TOPIC_ARTICLES": topics["articles"],
        "NADHIR_TOPIC_ARTICLES_DLQ": topics["articles.dlq"],
        "NADHIR_TOPIC_EVENTS": topics["events"],
        "NADHIR_TOPIC_ALERTS": topics["alerts"],
        "NADHIR_APP_ID": f"nadhir-test-{topics['articles']}",
        "NADHIR_WORKER_PORT": str(free_port()),
        "NADHIR_WORKER_DATA_DIR": str(data_dir),
        "NADHIR_REDIS_PREFIX": "nadhir:",
        "PYTHONUNBUFFERED": "1",
    })
    if "NADHIR_TAG_PROCESSES" in os.environ:  # the suite runs with the worker's tag pool too
        env["NADHIR_TAG_PROCESSES"] = os.environ["NADHIR_TAG_PROCESSES"]
    env.update({f"NADHIR_{key.upper()}": str(value) for key, value in extra.items()})
    return env


def start_worker(env: dict[str, str], log_path: Path) -> ManagedProcess:
    return ManagedProcess("worker", [sys.executable, "-m", "nadhir", "worker"], env=env, log_path=log_path,
                          cwd=ROOT).start()


def producer(bootstrap: str) -> KafkaProducer:
    return KafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, acks=1)


def produce(bootstrap: str, topic: str, values: Iterable[bytes], *, partition: int | None = None) -> int:
    client = producer(bootstrap)
    count = 0
    try:
        for value in values:
            client.send(topic, value=value, partition=partition)
            count += 1
        client.flush()
    finally:
        client.close()
    return count


def article(article_id: str, text: str, **fields: Any) -> bytes:
    return json.dumps({"id": article_id, "text": text, **fields}, ensure_ascii=False).encode()


def read_topic(
    bootstrap: str, topic: str, *, until: Callable[[list[Any]], bool], timeout: float, grace: float = 1.5
) -> list[Any]:
    """Every record of ``topic`` from the start (value JSON-decoded), polling until ``until(records)``
    holds, then a short grace for stragglers; returns what was read at the deadline otherwise."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=200)
    partitions = consumer.partitions_for_topic(topic) or set()
    consumer.assign([TopicPartition(topic, p) for p in sorted(partitions)])
    consumer.seek_to_beginning()
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    satisfied_at: float | None = None
    try:
        while time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=200).values():
                records.extend(json.loads(message.value) for message in batch)
            if satisfied_at is None and until(records):
                satisfied_at = time.monotonic()
            if satisfied_at is not None and time.monotonic() - satisfied_at >= grace:
                break
    finally:
        consumer.close()
    return records
