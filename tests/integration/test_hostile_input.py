"""1,050 hostile records through the real pipeline: embedded broker, our Redis, `nadhir worker` as a
child process. Interleaved with plain articles: invalid UTF-8, three 20 MB bodies, 10k-deep JSON,
JSON that is not an object, 5000-digit integers, NaN, wrong types, BOMs, escaped lone surrogates,
raw control characters, and disguised valid articles (``<script>`` markup, right-to-left
overrides, zero-width joiners inside keywords, a 1 MB line without spaces, 2M diacritics, a
keyword repeated 30,000 times). `tests.fuzz.hostile` builds them, each with its expected outcome.

Asserted: the worker never dies (one PID throughout), every bad record is in `articles.dlq` with
its documented reason and its own offset, every valid one is tagged (an airstrike event in Hama on
`events`), and what the disguised ones carry (markup, bidi controls) reaches `events` and `alerts`
as data that decodes and validates.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx
from kafka import KafkaProducer

from alerts.model import Alert
from nadhir.runtime import EmbeddedBroker
from tests.fuzz.hostile import MAX_ARTICLE_BYTES, MAX_RECORD_BYTES, hostile_corpus
from tests.integration.streams.harness import read_topic, start_worker, worker_env

HOSTILE = 1050


def test_hostile_records_through_the_real_pipeline(
    broker: EmbeddedBroker, redis_url: str, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path, ci_mode: bool
) -> None:
    topics = fresh_topics("articles", "articles.dlq", "events", "alerts", partitions=1)
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\nrules:\n  - {name: hostile, type: threshold, categories: [airstrike], "
                     "key: category+region, window: 1h, hop: 15m, threshold: 3}\n")
    env = worker_env(broker.bootstrap, redis_url, topics, tmp_path / "data", partitions=1, rules_file=rules,
                     max_article_bytes=MAX_ARTICLE_BYTES, max_record_bytes=MAX_RECORD_BYTES)
    corpus = list(hostile_corpus(HOSTILE, big=3))
    bad = [item for item in corpus if item.reason is not None]
    valid = [item for item in corpus if item.reason is None]
    assert len(corpus) - sum(item.kind == "plain" for item in corpus) == HOSTILE

    worker = start_worker(env, tmp_path / "worker.log")
    pid = worker.pid
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=5, acks=1,
                             max_request_size=32 * 1024 * 1024)
    try:
        for item in corpus:  # one partition: a record's offset is its index in the corpus
            producer.send(topics["articles"], value=item.raw, partition=0)
        producer.flush(timeout=120)
    finally:
        producer.close()

    try:
        dead = read_topic(broker.bootstrap, topics["articles.dlq"], until=lambda got: len(got) >= len(bad), timeout=240)
        events = read_topic(broker.bootstrap, topics["events"],
                            until=lambda got: {e["article_id"] for e in got} >= {v.id for v in valid}, timeout=120)
        alerts = read_topic(broker.bootstrap, topics["alerts"], until=lambda got: bool(got), timeout=30)
        health = httpx.get(f"http://127.0.0.1:{env['NADHIR_WORKER_PORT']}/health/", timeout=5).json()
        assert worker.alive() and worker.pid == pid, "the worker died on hostile input"
    finally:
        worker.stop()

    log = (tmp_path / "worker.log").read_text(encoding="utf-8", errors="replace")
    print(f"{len(corpus)} records ({sum(len(item.raw) for item in corpus) / 1e6:.0f} MB): {len(bad)} bad, "
          f"{len(valid)} valid; DLQ reasons {dict(Counter(record['reason'] for record in dead))}; "
          f"worker stats {health['stats']}")
    assert "Traceback" not in log, log[log.index("Traceback"):][:3000]

    # every bad record, and only those, in the DLQ with its reason and original bytes
    by_offset = {record["offset"]: record for record in dead}
    assert len(by_offset) == len(dead) == len(bad)
    for offset, item in enumerate(corpus):
        if item.reason is None:
            assert offset not in by_offset, f"valid {item.kind} {item.id} was dead-lettered: {by_offset[offset]['detail']}"
            continue
        record = by_offset.get(offset)
        assert record is not None, f"{item.kind} at offset {offset} is not in the DLQ"
        assert record["reason"] == item.reason, (item.kind, record["reason"], record["detail"])
        assert record["detail"] and record["topic"] == topics["articles"] and record["partition"] == 0
        original = base64.b64decode(record["original_b64"]) if "original_b64" in record else record["original"].encode()
        assert original == item.raw[: len(original)] and (record.get("truncated") or original == item.raw)

    # every valid article tagged: an airstrike in Hama, whatever disguise it wore
    tagged = {event["article_id"] for event in events if (event["category"], event["region"]) == ("airstrike", "Hama")}
    missing = [(item.kind, item.id) for item in valid if item.id not in tagged]
    assert not missing, f"{len(missing)} valid articles not tagged, e.g. {missing[:5]}"
    assert health["stats"]["new"] == len(valid)
    assert sum(count for key, count in health["stats"].items() if key.startswith("dlq.")) == len(bad)

    # hostile-but-valid content travels downstream as data
    markup = [event for event in events if "<script>" in event["evidence"] + event["title"]]
    bidi = [event for event in events if "\u202e" in event["evidence"]]
    assert markup and bidi, "markup and RTL overrides should be kept as data in the evidence"
    for event in markup + bidi:
        assert json.loads(json.dumps(event, ensure_ascii=False)) == event
    parsed = [Alert.model_validate(record) for record in alerts]
    assert any(alert.key == "airstrike|Hama" and alert.status == "firing" for alert in parsed)
