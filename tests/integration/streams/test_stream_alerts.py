"""The sample article plus a planted stream produce exactly the expected alerts: threshold and spike
rules, Arabic and English articles, each alert firing once and later resolved with the same id."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from alerts.model import Alert, alert_id
from nadhir.runtime import EmbeddedBroker
from tests.integration.streams.harness import ROOT, article, produce, read_topic, start_worker, worker_env

RULES = """version: 1
rules:
  - {name: airstrikes-3, type: threshold, categories: [airstrike], window: 1h, hop: 15m, threshold: 3}
  - {name: reported-hama, type: threshold, categories: [airstrike], regions: [Hama], metric: reported,
     window: 1d, hop: 1h, threshold: 50, severity: {warning: 1.0, critical: 4.0}}
  - {name: withdrawals, type: threshold, categories: [withdrawal], window: 6h, hop: 1h, threshold: 1}
  - {name: spike-country, type: spike, categories: [airstrike], key: category+country, window: 1h, hop: 1h,
     ratio: 2, baseline_windows: 2, min_count: 4}
"""


def at(hhmm: str, day: int = 20) -> str:
    return f"2022-05-{day:02d}T{hhmm}:00Z"


def en(article_id: str, region: str, when: str) -> bytes:
    text = f"Russian warplanes carried out airstrikes on the countryside of {region} on Monday ({article_id})."
    return article(article_id, text, published_at=when, lang="en", source="Planted EN", title=f"Raids on {region}")


def ar(article_id: str, region: str, when: str) -> bytes:
    text = f"شن الطيران الحربي الروسي غارات جوية على ريف {region} اليوم ({article_id})."
    return article(article_id, text, published_at=when, lang="ar", source="Planted AR")


def start(day: int, hhmm: str) -> datetime:
    return datetime.fromisoformat(f"2022-05-{day:02d}T{hhmm}:00+00:00").astimezone(UTC)


def test_sample_and_planted_stream_fire_and_resolve_exactly_the_expected_alerts(
    broker: EmbeddedBroker, redis_url: str, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path
) -> None:
    sample = (ROOT / "samples" / "sy24-badia-airstrikes-withdrawal.json").read_bytes()
    stream = [
        sample,  # 2022-05-20T00:00Z: ~55 raids on Hama (and Raqqa, Homs), withdrawal from Palmyra (Homs)
        en("en-1", "Aleppo", at("02:00")), en("en-2", "Aleppo", at("02:10")), en("en-3", "Aleppo", at("02:20")),
        ar("ar-1", "إدلب", at("03:00")), ar("ar-2", "إدلب", at("03:05")), ar("ar-3", "إدلب", at("03:10")),
        # a copy of ar-3 from another outlet is a duplicate and does not count
        article("ar-3-copy", json.loads(ar("ar-3", "إدلب", at("03:10")))["text"], published_at=at("03:11")),
        en("mix-1", "Daraa", at("05:00")), ar("mix-2", "درعا", at("05:10")),
        en("mix-3", "Daraa", at("05:20")), ar("mix-4", "درعا", at("05:30")),
        # a day later: the watermark passes every window above, so every alert resolves
        article("later", "The municipal council met on Tuesday to discuss water supplies.", published_at=at("12:00", 21)),
    ]
    expected = {
        ("reported-hama", "airstrike|Hama", start(19, "01:00")),
        ("withdrawals", "withdrawal|Homs", start(19, "19:00")),
        ("airstrikes-3", "airstrike|Aleppo", start(20, "01:30")),
        ("airstrikes-3", "airstrike|Idlib", start(20, "02:15")),
        ("airstrikes-3", "airstrike|Daraa", start(20, "04:30")),
        ("spike-country", "airstrike|Syria", start(20, "05:00")),
    }
    expected_ids = {alert_id(rule, key, window_start): (rule, key) for rule, key, window_start in expected}

    topics = fresh_topics("articles", "articles.dlq", "events", "alerts", partitions=1)
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    env = worker_env(broker.bootstrap, redis_url, topics, tmp_path / "data", rules_file=rules, partitions=1,
                     allowed_lateness_s=1800)
    produce(broker.bootstrap, topics["articles"], stream, partition=0)
    worker = start_worker(env, tmp_path / "worker.log")
    try:
        records = read_topic(broker.bootstrap, topics["alerts"], until=lambda got: len(got) >= 2 * len(expected),
                             timeout=90, grace=3)
    finally:
        worker.stop()
    alerts = [Alert.model_validate(record) for record in records]
    for alert in alerts:
        print(f"{alert.status:8} {alert.rule:14} {alert.key:20} value {alert.value:6.1f} {alert.severity:8} "
              f"window {alert.window_start:%m-%d %H:%M}")

    assert Counter((a.id, a.status) for a in alerts) == {(i, s): 1 for i in expected_ids for s in ("firing", "resolved")}
    by = {(a.rule, a.key, a.status): a for a in alerts}
    for alert in alerts:
        assert (alert.rule, alert.key) == expected_ids[alert.id]
    firing = by[("airstrikes-3", "airstrike|Aleppo", "firing")]
    assert firing.value == 3 and firing.severity == "warning" and firing.region == "Aleppo"
    assert {e.article_id for e in firing.evidence} == {"en-1", "en-2", "en-3"}
    assert firing.evidence[0].source == "Planted EN" and "Aleppo" in firing.evidence[0].snippet
    idlib = by[("airstrikes-3", "airstrike|Idlib", "firing")]
    assert "ar-3-copy" not in {e.article_id for e in idlib.evidence}
    reported = by[("reported-hama", "airstrike|Hama", "firing")]
    assert reported.metric == "reported" and reported.value >= 50
    assert [e.article_id for e in reported.evidence] == ["sy24-2022-05-badia"]
    assert reported.evidence[0].reported_count == reported.value and "حماة" in reported.evidence[0].snippet
    spike = by[("spike-country", "airstrike|Syria", "firing")]
    assert (spike.value, spike.baseline, spike.country, spike.region) == (4, 1.5, "Syria", None)
    for rule, key, _window_start in expected:
        resolved = by[(rule, key, "resolved")]
        assert resolved.window_start > by[(rule, key, "firing")].window_start
        assert resolved.value < by[(rule, key, "firing")].threshold or resolved.rule_type == "spike"
