"""Replay equals stream: the same corpus through the real worker (embedded broker + Redis) and
through `nadhir replay` gives the same alerts, with the same deterministic ids."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from alerts.model import Alert
from nadhir.cli import main
from nadhir.runtime import EmbeddedBroker
from tests.integration.replay.replay_corpus import ALLOWED_LATENESS_S, RULES, surge_corpus
from tests.integration.streams.harness import produce, read_topic, start_worker, worker_env

WALL_CLOCK_FIELDS = {"emitted_at"}


def comparable(alert: Alert) -> dict[str, object]:
    return {name: value for name, value in alert.model_dump(mode="json").items() if name not in WALL_CLOCK_FIELDS}


def test_replay_gives_the_alerts_the_worker_gives(
    broker: EmbeddedBroker, redis_url: str, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    corpus = surge_corpus()
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)

    # The stream: a real worker process on one partition, the corpus produced in file order.
    topics = fresh_topics("articles", "articles.dlq", "events", "alerts", partitions=1)
    env = worker_env(broker.bootstrap, redis_url, topics, tmp_path / "data", rules_file=rules, partitions=1,
                     allowed_lateness_s=ALLOWED_LATENESS_S)
    produce(broker.bootstrap, topics["articles"], corpus, partition=0)
    worker = start_worker(env, tmp_path / "worker.log")
    try:
        records = read_topic(broker.bootstrap, topics["alerts"], until=lambda got: len(got) >= 4, timeout=90, grace=3)
        dead = read_topic(broker.bootstrap, topics["articles.dlq"], until=lambda got: len(got) >= 2, timeout=10,
                          grace=0.5)
    finally:
        worker.stop()
    streamed = [Alert.model_validate(record) for record in records]

    # The replay: `nadhir replay` in this process, same rules and lateness, no broker, no Redis.
    corpus_file = tmp_path / "corpus.jsonl"
    corpus_file.write_bytes(b"\n".join(corpus) + b"\n")
    out = tmp_path / "alerts.jsonl"
    monkeypatch.setenv("NADHIR_ALLOWED_LATENESS_S", str(ALLOWED_LATENESS_S))
    monkeypatch.delenv("NADHIR_RULES_FILE", raising=False)
    assert main(["replay", str(corpus_file), "--rules", str(rules), "--out", str(out)]) == 0
    replayed = [Alert.model_validate_json(text) for text in out.read_text(encoding="utf-8").splitlines()]
    printed = capsys.readouterr()

    def identities(alerts: list[Alert]) -> set[tuple[str, str, str, str]]:
        return {(alert.id, alert.status, alert.rule, alert.key) for alert in alerts}

    for alert in streamed:
        print(f"stream {alert.status:8} {alert.rule:14} {alert.key:18} {alert.value:g} {alert.id}")
    assert identities(replayed) == identities(streamed)
    assert identities(streamed) >= {
        (alert.id, status, rule, key)
        for alert in streamed
        for status in ("firing", "resolved")
        for rule, key in (("airstrikes-3", "airstrike|Aleppo"), ("spike-country", "airstrike|Syria"))
        if (alert.rule, alert.key) == (rule, key)
    }
    assert {(alert.rule, alert.key, alert.status) for alert in streamed} == {
        (rule, key, status)
        for rule, key in (("airstrikes-3", "airstrike|Aleppo"), ("spike-country", "airstrike|Syria"))
        for status in ("firing", "resolved")
    }
    assert len(streamed) == len(replayed) == 4
    # Beyond identity: values, windows, evidence and event times match too; only the wall clock differs.
    assert sorted((comparable(a) for a in replayed), key=json.dumps) == sorted(
        (comparable(a) for a in streamed), key=json.dumps)
    evidence = {e.article_id for a in replayed if a.rule == "airstrikes-3" and a.status == "firing" for e in a.evidence}
    assert evidence == {"en-1", "ar-2", "en-3"}  # the syndicated copy is not counted, in either
    # The stream's dead letters are the replay's bad lines (line numbers = positions in the file).
    assert sorted(record["reason"] for record in dead) == ["invalid_json", "schema"]
    assert f"{corpus_file}:7: invalid_json" in printed.err and f"{corpus_file}:10: schema" in printed.err
