"""A dispatcher SIGKILLed in the middle of retries resumes after a restart: nothing lost, nothing doubled."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import redis

from tests.e2e.test_dispatcher_helpers import (
    delivered,
    dispatcher_env,
    new_secret,
    produce,
    start_dispatcher,
    start_receiver,
    wait_for,
    write_channels,
)
from tests.support.webhook_receiver import read_jsonl, sample_alert

ALERTS = 30
FAILURES = 45  # every first attempt and some second ones fail: the kill lands mid-retry


@pytest.mark.slow
def test_sigkilled_dispatcher_resumes_retries_without_loss_or_doubles(tmp_path: Path, broker, fresh_topics,
                                                                       redis_url):
    secret = new_secret()
    topic = fresh_topics("alerts", partitions=2)["alerts"]
    receiver, url, jsonl = start_receiver(tmp_path, secret, "--fail-first", str(FAILURES), "--status", "500")
    channels = write_channels(tmp_path, [{
        "name": "e2e", "url": url, "secret_env": "NADHIR_WEBHOOK_SECRET_E2E", "allow_private": True,
        "timeout_s": 2, "max_concurrency": 4, "retry_schedule": [0, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5],
    }], lease_margin_s=1, breaker={"failures": 1000, "cooldown_s": 1})
    prefix = f"e2e{uuid.uuid4().hex[:6]}:"
    env = dispatcher_env(broker.bootstrap, redis_url, channels, prefix, NADHIR_WEBHOOK_SECRET_E2E=secret)
    group = f"dispatch-{topic}"
    alerts = [sample_alert(region=f"region-{i}") for i in range(ALERTS)]
    produce(broker.bootstrap, topic, [a.to_json_bytes() for a in alerts])
    first = start_dispatcher(tmp_path, env, topic, group, "dispatcher-1")
    second = None
    try:
        # Kill while the receiver has only ever failed: no 2xx can be in flight at the kill.
        wait_for(lambda: len(read_jsonl(jsonl)) >= 34, 60, "failed first attempts", [first, receiver])
        first.kill()
        attempts_before = read_jsonl(jsonl)
        assert len(attempts_before) < FAILURES and delivered(jsonl) == []
        client = redis.Redis.from_url(redis_url)
        statuses = [client.hget(key, "status") for key in client.scan_iter(f"{prefix}alerts:delivery:*")
                    if not key.endswith(b":alerts")]
        client.close()
        assert len(statuses) == ALERTS  # every alert was recorded before the crash
        assert b"retrying" in statuses or b"sending" in statuses

        second = start_dispatcher(tmp_path, env, topic, group, "dispatcher-2")
        wait_for(lambda: len(delivered(jsonl)) >= ALERTS, 90, "all deliveries", [second, receiver])
        second.stop()  # graceful: let it finish and release
        ids = [row["webhook_id"] for row in delivered(jsonl)]
        assert len(ids) == len(set(ids)) == ALERTS, "lost or doubled deliveries"
        regions = sorted(row["body"]["alerts"][0]["region"] for row in delivered(jsonl))
        assert regions == sorted(a.region for a in alerts)
        # Retries kept their webhook-id: every id that failed before the kill was delivered after it.
        failed_ids = {row["webhook_id"] for row in attempts_before}
        assert failed_ids <= set(ids)
    finally:
        for process in (first, second, receiver):
            if process is not None:
                process.stop()
