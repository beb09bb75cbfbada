"""Each self-alert fires and resolves through the real dispatcher to a real local ops webhook.

The dispatcher runs in-process (`serve_with_ops`) against the embedded broker and our Redis; the
self-alerts travel the whole path: evaluator ▸ alerts topic ▸ dispatcher ▸ ops channel.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from pathlib import Path
from typing import Any

import yaml
from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata

from config.channels import load_channels
from nadhir.ops.dispatcher import serve_with_ops
from nadhir.runtime.ports import free_port
from tests.integration.ops.conftest import new_secret, ops_settings, produce
from tests.support.webhook_receiver import Behaviour, WebhookReceiver, sample_alert


def ops_notifications(receiver: WebhookReceiver) -> list[tuple[str, str, str]]:
    """(rule, status, subject) of every self-alert the ops endpoint accepted, in order."""
    found = []
    for request in receiver.delivered():
        for alert in request.body["alerts"]:
            found.append((alert["rule"], alert["status"], alert["labels"].get("subject", "")))
    return found


async def wait_for_notification(receiver: WebhookReceiver, rule: str, status: str, within: float = 30.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if any(seen[:2] == (rule, status) for seen in ops_notifications(receiver)):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"no {status} {rule} within {within}s; the ops endpoint got {ops_notifications(receiver)}")


def load(tmp_path: Path, hooks: list[dict[str, Any]], secrets: dict[str, str]) -> Any:
    path = tmp_path / "channels.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "webhooks": hooks}), encoding="utf-8")
    return load_channels(path, environ=secrets, allowlist=[], resolve=False)


def hook(name: str, url: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "url": url, "secret_env": f"SECRET_{name.upper()}", "allow_private": True,
            "retry_schedule": [0, 0.2, 0.4], "timeout_s": 2, **fields}


@contextlib.asynccontextmanager
async def dispatcher(settings: Any, channels: Any) -> Any:
    stop = asyncio.Event()
    task = asyncio.create_task(serve_with_ops(settings, channels, stop, port=free_port()))
    try:
        yield task
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 30)


async def test_delivery_failure_rate_and_dead_letters_fire_and_resolve(broker, fresh_topics, redis_url, tmp_path):
    topics = fresh_topics("alerts", "articles", partitions=2)
    settings = ops_settings(broker.bootstrap, redis_url, topics, ops_interval_s=0.5, ops_window_s=4,
                            ops_failure_min_attempts=3, ops_failure_rate=0.5, ops_dead_letters=1,
                            ops_max_lag=1_000_000, ops_silent_after_s=3600)
    news_secret, ops_secret = new_secret(), new_secret()
    news = WebhookReceiver(secret=news_secret, behaviour=Behaviour(status=500)).start()
    ops = WebhookReceiver(secret=ops_secret).start()
    channels = load(tmp_path, [hook("news", news.url), hook("ops", ops.url, ops=True)],
                    {"SECRET_NEWS": news_secret, "SECRET_OPS": ops_secret})
    try:
        async with dispatcher(settings, channels):
            produce(broker.bootstrap, topics["alerts"], [sample_alert(region=f"failing-{i}").to_json_bytes()
                                                         for i in range(2)])
            await wait_for_notification(ops, "nadhir.delivery_failure_rate", "firing")
            await wait_for_notification(ops, "nadhir.dead_letters", "firing")
            # The endpoint recovers: new alerts go through, the window forgets the failures.
            news.behaviour.status = None
            produce(broker.bootstrap, topics["alerts"], [sample_alert(region=f"fine-{i}").to_json_bytes()
                                                         for i in range(3)])
            await wait_for_notification(ops, "nadhir.delivery_failure_rate", "resolved")
            await wait_for_notification(ops, "nadhir.dead_letters", "resolved")
            await asyncio.sleep(1.5)  # a few more evaluations: nothing fires again
        seen = ops_notifications(ops)
    finally:
        news.stop()
        ops.stop()
    assert ("nadhir.delivery_failure_rate", "firing", "news") in seen
    assert ("nadhir.dead_letters", "firing", "all") in seen
    # One episode each: exactly one firing and one resolved notification per signal.
    for rule in ("nadhir.delivery_failure_rate", "nadhir.dead_letters"):
        assert [status for name, status, _ in seen if name == rule] == ["firing", "resolved"], seen
    # Nothing about lag or input, and the failing channel never received the self-alerts.
    assert {rule for rule, _, _ in seen} == {"nadhir.delivery_failure_rate", "nadhir.dead_letters"}
    assert all(request.body["alerts"][0]["rule"].startswith("airstrike") for request in news.attempts())
    # The ops payload says what happened.
    firing = next(request.body["alerts"][0] for request in ops.delivered()
                  if request.body["alerts"][0]["rule"] == "nadhir.dead_letters")
    assert firing["category"] == "nadhir" and firing["labels"]["ops"] == "true"
    assert "dead-lettered" in firing["labels"]["summary"] and firing["value"] >= 1


async def test_consumer_lag_and_silent_input_fire_and_resolve(broker, fresh_topics, redis_url, tmp_path):
    topics = fresh_topics("alerts", "articles", partitions=2)
    settings = ops_settings(broker.bootstrap, redis_url, topics, ops_interval_s=0.5, ops_max_lag=5,
                            ops_silent_after_s=2.5)
    ops_secret = new_secret()
    ops = WebhookReceiver(secret=ops_secret).start()
    channels = load(tmp_path, [hook("ops", ops.url, ops=True)], {"SECRET_OPS": ops_secret})
    # Eight articles and no worker: the worker group is 8 records behind.
    produce(broker.bootstrap, topics["articles"], [b'{"id": "a%d"}' % i for i in range(8)])
    try:
        async with dispatcher(settings, channels):
            await wait_for_notification(ops, "nadhir.consumer_lag", "firing")
            await wait_for_notification(ops, "nadhir.silent_input", "firing")
            # The worker catches up (its group commits the high watermark) and an article arrives.
            committer = KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=settings.app_id,
                                      enable_auto_commit=False)
            partitions = [TopicPartition(topics["articles"], p) for p in range(2)]
            committer.assign(partitions)
            committer.seek_to_beginning(*partitions)
            records = committer.poll(timeout_ms=3000, max_records=100)
            while sum(len(batch) for batch in records.values()) < 8:
                more = committer.poll(timeout_ms=1000, max_records=100)
                assert more, "could not read the 8 articles back"
                for tp, batch in more.items():
                    records.setdefault(tp, []).extend(batch)
            committer.commit({tp: OffsetAndMetadata(batch[-1].offset + 1, "", -1) for tp, batch in records.items()})
            committer.close()
            await wait_for_notification(ops, "nadhir.consumer_lag", "resolved")
            produce(broker.bootstrap, topics["articles"], [b'{"id": "late-news"}'])
            await wait_for_notification(ops, "nadhir.silent_input", "resolved")
        seen = ops_notifications(ops)
    finally:
        ops.stop()
    assert ("nadhir.consumer_lag", "firing", settings.app_id) in seen
    assert ("nadhir.silent_input", "firing", topics["articles"]) in seen
    lag_alert = next(request.body["alerts"][0] for request in ops.delivered()
                     if request.body["alerts"][0]["rule"] == "nadhir.consumer_lag")
    assert lag_alert["value"] == 8 and lag_alert["threshold"] == 5
    for rule in ("nadhir.consumer_lag", "nadhir.silent_input"):
        statuses = [status for name, status, _ in seen if name == rule]
        assert statuses[:2] == ["firing", "resolved"], seen
