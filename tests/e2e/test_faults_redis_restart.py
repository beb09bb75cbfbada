"""Redis (AOF) is stopped and started again on the same port while alerts flow: the worker and the
dispatcher reconnect by themselves (same processes), every alert is delivered once, and every
window count still equals the truth (nothing lost from Redis, nothing counted twice)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import redis

from nadhir.runtime import EmbeddedBroker, EmbeddedRedis
from tests.e2e.faults_support import PER_SURGE, RULE, Deployment, Feeder, make_topics, plant_surges, tally

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
        with Deployment(tmp_path, broker.bootstrap, server.url, topics, PARTITIONS) as deployment:
            deployment.start_receiver()
            dispatcher = deployment.start_dispatcher("dispatcher")
            worker = deployment.start_worker("worker")
            pids = (worker.pid, dispatcher.pid)
            deployment.wait_split(["worker"], "worker")
            deployment.wait_split(["dispatcher"], "dispatcher")
            feeder = Feeder(broker.bootstrap, topics["articles"], surges, interval_s=0.1)
            feeder.start()
            deployment.wait_for(lambda: len(deployment.delivered_alert_ids()) >= len(surges) // 4, 120,
                                "a quarter of the alerts")
            assert server.process is not None
            server.process.stop()  # SIGTERM: Redis writes its AOF and exits
            stopped_at = time.time()
            delivered_at_stop = len(deployment.delivered_alert_ids())
            time.sleep(down_s)  # the outage itself
            server.start()
            restarted_at = time.time()
            expected = {surge.alert_id for surge in surges}
            deployment.wait_for(lambda: expected <= deployment.delivered_alert_ids(), 180, "every alert delivered")
            complete_s = time.time() - restarted_at
            feeder.finish()
            time.sleep(2)  # a double send, if any, would arrive now
            result = tally(deployment, surges)
            assert (worker.pid, dispatcher.pid) == pids and worker.alive() and dispatcher.alive()
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
          f"{result.line()}; all delivered {complete_s:.1f}s after the restart")
    print(f"worker batches retried {worker_retries}, dispatcher error lines {dispatcher_errors}; "
          f"window counts off the truth: {sum(1 for n in counts.values() if n != PER_SURGE)}")
    assert delivered_at_stop < len(surges), "the stream was over before Redis stopped"
    result.assert_exactly_once()
    assert all(n == PER_SURGE for n in counts.values()), f"window counts != {PER_SURGE}: {counts}"
    # The outage was seen (and survived) by both processes.
    assert worker_retries >= 1, "the worker never noticed Redis was down"
    assert dispatcher_errors >= 1, "the dispatcher never noticed Redis was down"

