"""Redis (AOF) is stopped and started again on the same port while alerts flow: the worker and the
dispatcher reconnect by themselves (same processes), every alert is delivered once, and every
window count still equals the truth (nothing lost from Redis, nothing counted twice). And a webhook
that answered 2xx while Redis was down is recorded as delivered once Redis is back, not sent again."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import redis

from nadhir.runtime import EmbeddedBroker, EmbeddedRedis
from tests.e2e.faults_support import (
    PER_SURGE,
    RULE,
    Deployment,
    make_topics,
    plant_surges,
    recover,
    start_flowing,
)
from tests.e2e.test_dispatcher_helpers import (
    dispatcher_env,
    new_secret,
    produce,
    start_dispatcher,
    wait_for,
    write_channels,
)
from tests.support.webhook_receiver import WebhookReceiver, sample_alert

PARTITIONS = 2


@pytest.mark.slow
def test_redis_restart_while_alerts_flow_loses_and_doubles_nothing(
    broker: EmbeddedBroker, tmp_path: Path, ci_mode: bool
) -> None:
    down_s = 3.0 if ci_mode else 10.0
    surges = plant_surges(40, PARTITIONS)
    topics = make_topics(broker.bootstrap, PARTITIONS)
    server = EmbeddedRedis(data_dir=tmp_path / "redis", durable=True, log_path=tmp_path / "redis.log").start()
    try:
        # Leases as long as in production (timeout + 30 s): longer than the outage.
        with Deployment(tmp_path, broker.bootstrap, server.url, topics, PARTITIONS,
                        lease_margin_s=30) as deployment:
            flowing = start_flowing(deployment, surges)
            worker, dispatcher = flowing.worker, flowing.dispatcher
            assert server.process is not None
            server.process.stop()  # SIGTERM: Redis writes its AOF and exits
            stopped_at = time.time()
            delivered_at_stop = len(deployment.delivered_alert_ids())
            time.sleep(down_s)  # the outage itself
            server.start()
            restarted_at = time.time()
            recovery = recover(deployment, surges, flowing, restarted_at, 180)
            logs = {name: p.log_path.read_text(errors="replace") for name, p in
                    (("worker", worker), ("dispatcher", dispatcher)) if p.log_path is not None}

        client = redis.Redis.from_url(server.url)
        try:
            counts = {}
            for surge in surges:
                bucket = int(surge.hour.timestamp()) // 3600  # the rule's hop is 1 h
                members = client.hkeys(f"nadhir:streams:count:{RULE}:airstrike|{surge.region}:{bucket}")
                counts[surge.index] = len(members)
        finally:
            client.close()
    finally:
        server.stop()

    worker_retries = logs["worker"].count("failed; retrying")
    dispatcher_errors = sum(logs["dispatcher"].count(marker) for marker in ("failed", "ERROR"))
    print(f"redis down {restarted_at - stopped_at:.1f}s at {delivered_at_stop}/{len(surges)} delivered: "
          f"{recovery.result.line()}; all delivered {recovery.complete_s:.1f}s after the restart, "
          f"{recovery.fired_after} fired after it")
    print(f"worker batches retried {worker_retries}, dispatcher error lines {dispatcher_errors}; "
          f"window counts off the truth: {sum(1 for n in counts.values() if n != PER_SURGE)}")
    assert delivered_at_stop < len(surges), "the stream was over before Redis stopped"
    assert recovery.fired_after >= 1, "the worker fired nothing after Redis came back"
    recovery.result.assert_exactly_once()
    assert all(n == PER_SURGE for n in counts.values()), f"window counts != {PER_SURGE}: {counts}"
    # The outage was seen (and survived) by both processes.
    assert worker_retries >= 1, "the worker never noticed Redis was down"
    assert dispatcher_errors >= 1, "the dispatcher never noticed Redis was down"



class GatedReceiver(WebhookReceiver):
    """A receiver that holds its answer to each request until ``gate`` opens (blocking its own loop
    thread is fine: the test sends one request at a time)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.arrived = threading.Event()
        self.gate = threading.Event()

    def _decide(self, verified: bool) -> int:
        self.arrived.set()
        self.gate.wait(60)
        return super()._decide(verified)


@pytest.mark.slow
def test_2xx_answered_while_redis_is_down_is_recorded_not_resent(
    broker: EmbeddedBroker, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path
) -> None:
    secret = new_secret()
    topic = fresh_topics("alerts", partitions=1)["alerts"]
    server = EmbeddedRedis(data_dir=tmp_path / "redis", durable=True, log_path=tmp_path / "redis.log").start()
    receiver = GatedReceiver(secret=secret).start()
    lease_s = 2 + 8  # timeout_s + lease_margin_s: longer than the outage below
    channels = write_channels(tmp_path, [{
        "name": "hook", "url": receiver.url, "secret_env": "NADHIR_WEBHOOK_SECRET_E2E", "allow_private": True,
        "timeout_s": 2, "retry_schedule": [0, 0.5, 0.5, 0.5],
    }], lease_margin_s=lease_s - 2)
    prefix = f"e2e{uuid.uuid4().hex[:6]}:"
    env = dispatcher_env(broker.bootstrap, server.url, channels, prefix, NADHIR_WEBHOOK_SECRET_E2E=secret,
                         NADHIR_DISPATCHER_PORT="0")
    dispatcher = start_dispatcher(tmp_path, env, topic, f"dispatch-{topic}", "dispatcher")
    try:
        produce(broker.bootstrap, topic, [sample_alert(region="gated").to_json_bytes()])
        wait_for(receiver.arrived.is_set, 90, "the attempt to reach the receiver", [dispatcher])
        assert server.process is not None
        server.process.stop()  # Redis goes away while the receiver still holds its 2xx
        receiver.gate.set()
        wait_for(lambda: len(receiver.delivered()) == 1, 30, "the 2xx answer", [dispatcher])
        answered_at = time.monotonic()
        time.sleep(3)  # the outage itself
        server.start()
        client = redis.Redis.from_url(server.url, decode_responses=True)
        try:
            key = f"{prefix}alerts:delivery:{receiver.delivered()[0].webhook_id}"
            wait_for(lambda: client.hget(key, "status") == "delivered", 60, "the delivery recorded", [dispatcher])
            record = client.hgetall(key)
        finally:
            client.close()
        # Past the lease and a reaper round: a lost outcome would have been re-sent by now.
        time.sleep(max(0.0, answered_at + lease_s + 3 - time.monotonic()))
        attempts = receiver.attempts()
        log = dispatcher.log_path.read_text() if dispatcher.log_path else ""
    finally:
        dispatcher.stop()
        receiver.stop()
        server.stop()
    print(f"2xx during the Redis outage: requests at the receiver {len(attempts)}, delivered "
          f"{len(delivered_rows := [a for a in attempts if 200 <= a.status < 300])}, recorded attempts "
          f"{record.get('attempts')}, reclaimed {record.get('reclaimed', '0')}; lost 0, duplicated "
          f"{len(delivered_rows) - 1}")
    assert len(attempts) == 1, f"the delivery was sent {len(attempts)} times"
    assert "recording 1 attempt outcome(s) failed" in log, "the outage did not hit the outcome's write"
    assert record["attempts"] == "1" and record.get("reclaimed", "0") == "0"
