"""100 bad records of every kind land in the DLQ with their reason, partition, offset and original,
while valid articles interleaved with them all flow (worker as a child process, real broker/Redis)."""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx

from nadhir.runtime import EmbeddedBroker
from tests.integration.streams.harness import article, produce, read_topic, start_worker, worker_env

PER_KIND = 100
NOW = "2024-05-20T12:00:00Z"
LATE = "2024-05-20T09:00:00Z"  # 3 h before NOW; allowed lateness is 1 h


def bad_records(index: int) -> dict[str, bytes]:
    return {
        "invalid_json": b'{"id": "broken-%d", "text": "unterminated' % index,
        "schema": article(f"types-{index}", "text", title=["not", "a", "string"]) if index % 2 else
                  json.dumps({"title": "no id", "text": "x"}).encode(),
        "invalid_utf8": b'{"id": "bytes-%d", "text": "\xff\xfe\xfd"}' % index,
        "too_large": article(f"big-{index}", "airstrike " * 600, published_at=NOW),
        "bad_timestamp": article(f"date-{index}", "text", published_at="20/05/2024 noon"),
        "late": article(f"late-{index}", f"شن الطيران الحربي الروسي غارات جوية على ريف حماة، تقرير متأخر {index}.",
                        published_at=LATE, lang="ar"),
    }


def valid(index: int) -> bytes:
    return article(f"ok-{index}", f"شن الطيران الحربي الروسي غارات جوية على ريف حماة اليوم، التقرير رقم {index}.",
                   published_at=NOW, lang="ar", source="test")


def test_bad_records_go_to_the_dlq_and_valid_ones_flow(
    broker: EmbeddedBroker, redis_url: str, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path
) -> None:
    topics = fresh_topics("articles", "articles.dlq", "events", "alerts", partitions=1)
    env = worker_env(broker.bootstrap, redis_url, topics, tmp_path / "data", max_article_bytes=4000,
                     allowed_lateness_s=3600, partitions=1)
    records = [valid(-1)]  # sets the watermark first
    kinds = list(bad_records(0))
    for index in range(PER_KIND):
        records.append(valid(index))
        records.extend(bad_records(index).values())
    produce(broker.bootstrap, topics["articles"], records, partition=0)

    worker = start_worker(env, tmp_path / "worker.log")
    try:
        dead = read_topic(broker.bootstrap, topics["articles.dlq"], until=lambda got: len(got) >= PER_KIND * len(kinds),
                          timeout=120)
        events = read_topic(broker.bootstrap, topics["events"], until=lambda got: len(got) >= PER_KIND + 1, timeout=30)
        health = httpx.get(f"http://127.0.0.1:{env['NADHIR_WORKER_PORT']}/health/", timeout=5).json()
        assert worker.alive(), "the worker died on bad input"
    finally:
        worker.stop()

    print("DLQ reasons:", dict(Counter(record["reason"] for record in dead)), "worker stats:", health["stats"])
    assert Counter(record["reason"] for record in dead) == dict.fromkeys(kinds, PER_KIND)
    offsets = sorted(record["offset"] for record in dead)
    assert len(set(offsets)) == len(offsets) and all(record["partition"] == 0 for record in dead)
    assert all(record["topic"] == topics["articles"] for record in dead)
    for record in dead:
        original = base64.b64decode(record["original_b64"]) if "original_b64" in record else record["original"].encode()
        assert original == records[record["offset"]], f"DLQ record at offset {record['offset']} lost its original"
    assert {record["reason"] for record in dead if "original_b64" in record} == {"invalid_utf8"}
    # every valid article was processed and tagged: one airstrike event each, Hama
    assert health["stats"]["new"] == PER_KIND + 1
    processed = {event["article_id"] for event in events}
    assert processed == {f"ok-{index}" for index in range(-1, PER_KIND)}
    assert all(event["category"] == "airstrike" for event in events)
