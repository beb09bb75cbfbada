"""Two dispatcher processes share the alerts topic and never send a notification twice."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

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

ALERTS = 200


@pytest.mark.slow
def test_two_dispatchers_never_double_send(tmp_path: Path, broker, fresh_topics, redis_url):
    secret = new_secret()
    topic = fresh_topics("alerts", partitions=4)["alerts"]
    receiver, url, jsonl = start_receiver(tmp_path, secret, "--fail-first", "30", "--status", "503")
    channels = write_channels(tmp_path, [{
        "name": "e2e", "url": url, "secret_env": "NADHIR_WEBHOOK_SECRET_E2E", "allow_private": True,
        "timeout_s": 2, "max_concurrency": 8, "retry_schedule": [0, 0.3, 0.6, 1, 1, 1, 1],
    }], lease_margin_s=2, breaker={"failures": 1000, "cooldown_s": 1})
    prefix = f"e2e{uuid.uuid4().hex[:6]}:"
    env = dispatcher_env(broker.bootstrap, redis_url, channels, prefix, NADHIR_WEBHOOK_SECRET_E2E=secret)
    group = f"dispatch-{topic}"
    one = start_dispatcher(tmp_path, env, topic, group, "dispatcher-a")
    two = start_dispatcher(tmp_path, env, topic, group, "dispatcher-b")
    try:
        produce(broker.bootstrap, topic, [sample_alert(region=f"r{i}").to_json_bytes() for i in range(ALERTS)])
        # The same alerts again (a stream processor re-publishing after its own crash).
        produce(broker.bootstrap, topic, [sample_alert(region=f"r{i}").to_json_bytes() for i in range(50)])
        wait_for(lambda: len(delivered(jsonl)) >= ALERTS, 90, "all deliveries", [one, two, receiver])
        time.sleep(1.5)  # any double send would arrive now
        ids = [row["webhook_id"] for row in delivered(jsonl)]
        assert len(ids) == ALERTS, f"{len(ids)} deliveries for {ALERTS} alerts"
        assert len(set(ids)) == ALERTS
        # Both processes did work (the partitions were shared).
        logs = [p.log_path.read_text() for p in (one, two) if p.log_path]
        assert all("delivered" in log for log in logs), "one dispatcher did nothing"
        assert len(read_jsonl(jsonl)) == ALERTS + 30
    finally:
        for process in (one, two, receiver):
            process.stop()
