"""SIGKILL the worker mid-stream and restart it: every expected alert id appears on `alerts`, none is
missing, and no count exceeds the truth (at-least-once delivery, idempotent counting)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis

from alerts.model import alert_id
from config.settings import Settings
from nadhir.runtime import EmbeddedBroker
from streams.detection import load_detector
from tests.integration.streams.harness import article, produce, producer, read_topic, start_worker, worker_env

SURGES = 30
PER_SURGE = 4  # the 3rd article crosses; the 4th is counted too
REGIONS = ["حماة", "حمص", "حلب", "إدلب", "الرقة", "درعا"]
START = datetime(2022, 5, 20, tzinfo=UTC)
RULES = """version: 1
rules:
  - {name: surge, type: threshold, categories: [airstrike], key: category+region, window: 1h, hop: 1h, threshold: 3}
"""


def surge_articles() -> list[tuple[bytes, str, datetime]]:
    """(record, article id, event hour) for every surge: one region, one hour, three hours apart."""
    out = []
    for surge in range(SURGES):
        hour = START + timedelta(hours=3 * surge)
        region = REGIONS[surge % len(REGIONS)]
        for index in range(PER_SURGE):
            article_id = f"s{surge}-{index}"
            published = (hour + timedelta(minutes=10 * index)).isoformat()
            text = f"شن الطيران الحربي الروسي غارات جوية على ريف {region} اليوم، التقرير {surge}-{index}."
            out.append((article(article_id, text, published_at=published, lang="ar", source="crash"), article_id, hour))
    return out


@pytest.mark.slow
def test_sigkill_mid_stream_loses_no_alert_and_inflates_no_count(
    broker: EmbeddedBroker, redis_url: str, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path
) -> None:
    settings = Settings()
    detector = load_detector(lexicon_dir=settings.lexicon_dir, gazetteer_file=settings.gazetteer_file)
    stream = surge_articles()
    expected: set[str] = set()
    key_of_surge: dict[int, str] = {}
    for surge in range(SURGES):
        text = f"شن الطيران الحربي الروسي غارات جوية على ريف {REGIONS[surge % len(REGIONS)]} اليوم."
        (event,) = detector.tag(text, lang="ar").events
        key_of_surge[surge] = f"airstrike|{event.region}"
        expected.add(alert_id("surge", key_of_surge[surge], START + timedelta(hours=3 * surge)))

    topics = fresh_topics("articles", "articles.dlq", "events", "alerts", partitions=1)
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    env = worker_env(broker.bootstrap, redis_url, topics, tmp_path / "data", rules_file=rules, partitions=1,
                     allowed_lateness_s=0, worker_batch_size=8, resolve_interval_s=0.5)

    def feed() -> None:
        client = producer(broker.bootstrap)
        for record, _article_id, _hour in stream[PER_SURGE:]:
            client.send(topics["articles"], record, partition=0)
            client.flush()
            time.sleep(0.05)
        client.close()

    produce(broker.bootstrap, topics["articles"], [record for record, _, _ in stream[:PER_SURGE]], partition=0)
    feeder = threading.Thread(target=feed)
    worker = start_worker(env, tmp_path / "worker-1.log")
    try:
        read_topic(broker.bootstrap, topics["alerts"], until=bool, timeout=60, grace=0)  # the worker is up
        feeder.start()
        # Kill once a third of the surges have alerted: the worker is mid-stream with batches in flight.
        before = read_topic(broker.bootstrap, topics["alerts"], until=lambda got: len(got) >= SURGES // 3,
                            timeout=90, grace=0)
        worker.kill()
        seen_before_kill = len({a["id"] for a in before if a["status"] == "firing"})
        assert seen_before_kill < SURGES, "the stream was over before the kill"
        killed_at = time.monotonic()
        worker = start_worker(env, tmp_path / "worker-2.log")
        alerts = read_topic(
            broker.bootstrap, topics["alerts"],
            until=lambda got: expected <= {a["id"] for a in got if a["status"] == "firing"}, timeout=120,
        )
    finally:
        feeder.join(timeout=30)
        worker.stop()

    firing = [a for a in alerts if a["status"] == "firing"]
    ids = Counter(a["id"] for a in firing)
    lost = expected - set(ids)
    duplicated = sum(count - 1 for count in ids.values())
    print(f"surges {SURGES}, firing alerts seen {len(firing)}, distinct {len(ids)}, lost {len(lost)}, "
          f"duplicated {duplicated}, {seen_before_kill} alerted before the kill, all in "
          f"{time.monotonic() - killed_at:.1f}s after it")
    assert not lost, f"alerts lost after the crash: {sorted(lost)}"
    assert set(ids) <= expected, f"unexpected alert ids: {set(ids) - expected}"
    for alert in firing:
        assert 3 <= alert["value"] <= PER_SURGE, f"alert {alert['id']} counts {alert['value']} > truth"

    # The counts in Redis equal the truth: each surge's bucket holds exactly its articles.
    client = redis.Redis.from_url(redis_url)
    try:
        for surge in range(SURGES):
            bucket = int((START + timedelta(hours=3 * surge)).timestamp()) // 3600
            members = client.hkeys(f"nadhir:streams:count:surge:{key_of_surge[surge]}:{bucket}")
            assert sorted(m.decode() for m in members) == [f"s{surge}-{i}" for i in range(PER_SURGE)]
    finally:
        client.close()
