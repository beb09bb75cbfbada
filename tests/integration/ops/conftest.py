"""Helpers for the operations tests: settings on fresh topics, producing records, HTTP probes."""

from __future__ import annotations

import base64
import os
import time
import uuid
from typing import Any

import httpx
from kafka import KafkaProducer

from config.settings import Settings, load_settings

PREFIX = "ops:"


def new_secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(32)).decode()


def ops_settings(broker: str, redis_url: str, topics: dict[str, str], **overrides: Any) -> Settings:
    """Settings on the given fresh topics, with a unique app id (so unique consumer groups)."""
    values: dict[str, Any] = {
        "broker": broker, "redis_url": redis_url, "redis_prefix": PREFIX, "app_id": f"ops-{uuid.uuid4().hex[:8]}",
        "partitions": 2, "topic_alerts": topics.get("alerts", "alerts"),
        "topic_articles": topics.get("articles", "articles"),
        "topic_articles_dlq": topics.get("articles.dlq", "articles.dlq"), "topic_events": topics.get("events", "events"),
    }
    values.update(overrides)
    return load_settings(**values)


def produce(bootstrap: str, topic: str, values: list[bytes], *, partition: int | None = None,
            batched: bool = False) -> None:
    """Send and flush. ``batched``: several records per batch (what tansu's ListOffsets gets wrong)."""
    producer = KafkaProducer(bootstrap_servers=bootstrap, batch_size=16384 if batched else 1,
                             linger_ms=50 if batched else 0)
    try:
        for index, value in enumerate(values):
            producer.send(topic, key=str(index).encode(), value=value, partition=partition)
        producer.flush()
    finally:
        producer.close()


def get(url: str, timeout: float = 3.0) -> httpx.Response:
    return httpx.get(url, timeout=timeout)


def wait_ready(base: str, within: float = 40.0) -> dict[str, Any]:
    """Poll ``base/ready`` until 200; AssertionError with the last body after ``within`` s."""
    deadline = time.monotonic() + within
    last: Any = None
    while time.monotonic() < deadline:
        try:
            response = get(f"{base}/ready")
            last = response.text
            if response.status_code == 200:
                body: dict[str, Any] = response.json()
                return body
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(0.3)
    raise AssertionError(f"{base}/ready not 200 within {within}s; last answer: {last}")


def metric_value(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus text format (labels must match exactly those given)."""
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        sample, _, label_text = head.partition("{")
        if sample != name:
            continue
        found = dict(part.split("=", 1) for part in label_text.rstrip("}").split(",") if "=" in part)
        found = {key: raw.strip('"') for key, raw in found.items()}
        if all(found.get(key) == wanted for key, wanted in labels.items()):
            return float(value)
    return None
