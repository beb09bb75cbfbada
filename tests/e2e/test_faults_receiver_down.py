"""The webhook receiver is down for 60 s (10 s in CI mode) while alerts fire, then comes back on the
same port: every alert fired during the outage is delivered after it, once, after visible retries,
and none is dead-lettered (the channel's retry schedule spans the outage)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from nadhir.runtime import EmbeddedBroker
from tests.e2e.faults_support import (
    Deployment,
    dead_letters,
    deliveries_in_redis,
    fired_by,
    make_topics,
    outage_schedule,
    plant_surges,
    tally,
)

PARTITIONS = 2


@pytest.mark.slow
def test_receiver_down_then_back_gets_every_alert_once(
    broker: EmbeddedBroker, redis_url: str, tmp_path: Path, ci_mode: bool
) -> None:
    outage_s = 10.0 if ci_mode else 60.0
    surges = plant_surges(24, PARTITIONS)
    before, during = surges[:8], surges[8:]
    topics = make_topics(broker.bootstrap, PARTITIONS)
    # A breaker that opens after 5 failures and tries again every 3 s: a dead endpoint costs few attempts.
    with Deployment(tmp_path, broker.bootstrap, redis_url, topics, PARTITIONS,
                    retry_schedule=outage_schedule(outage_s), breaker={"failures": 5, "cooldown_s": 3}) as deployment:
        deployment.start_receiver()
        deployment.start_dispatcher("dispatcher")
        deployment.start_worker("worker")
        deployment.wait_split(["worker"], "worker")
        deployment.wait_split(["dispatcher"], "dispatcher")
        worker_log = deployment.workers["worker"][0].log_path
        assert worker_log is not None

        first = deployment.feed(before)
        deployment.wait_for(lambda: {s.alert_id for s in before} <= deployment.delivered_alert_ids(), 120,
                            "the alerts before the outage")
        first.finish()

        assert deployment.receiver is not None
        down_at = deployment.kill(deployment.receiver)
        outage_ids = {surge.alert_id for surge in during}
        second = deployment.feed(during)
        # The outage lasts outage_s, and at least until every alert of it fired and failed once.
        deployment.wait_for(lambda: outage_ids <= set(fired_by(worker_log)), 120, "the outage's alerts to fire")
        def recorded_and_failing() -> bool:
            records = deliveries_in_redis(redis_url, deployment.prefix)
            return outage_ids <= set(records) and any(int(records[aid].get("attempts", 0)) for aid in outage_ids)

        deployment.wait_for(recorded_and_failing, 120, "the outage's deliveries recorded, some attempted")
        second.finish()
        time.sleep(max(0.0, down_at + outage_s - time.time()))  # the outage itself, not a wait for a result
        during_outage = deliveries_in_redis(redis_url, deployment.prefix)
        failed_during = sum(int(during_outage[aid].get("attempts", 0)) for aid in outage_ids)
        assert not outage_ids & deployment.delivered_alert_ids()
        assert all(during_outage[aid]["status"] in ("pending", "retrying", "sending") for aid in outage_ids)

        up_at = time.time()
        deployment.start_receiver()
        deployment.wait_for(lambda: outage_ids <= deployment.delivered_alert_ids(), outage_s + 120,
                            "the outage's alerts delivered after it")
        caught_up_s = time.time() - up_at
        time.sleep(2)  # a double send, if any, would arrive now
        result = tally(deployment, surges)
        records = deliveries_in_redis(redis_url, deployment.prefix)
        dead = dead_letters(redis_url, deployment.prefix)
        fired_at = fired_by(worker_log)
        received = {alert["id"]: row["received_at"] for row in deployment.delivered_rows()
                    for alert in row["body"]["alerts"]}

    attempts = Counter(int(records[aid]["attempts"]) for aid in outage_ids)
    print(f"receiver down {up_at - down_at:.1f}s: {result.line()}; dead letters {dead}")
    print(f"outage alerts {len(outage_ids)}: {failed_during} failed attempts during the outage, attempts per "
          f"delivery {dict(sorted(attempts.items()))}, all delivered {caught_up_s:.1f}s after the receiver came back")
    result.assert_exactly_once()
    assert dead == 0, f"{dead} deliveries dead-lettered"
    assert all(records[aid]["status"] == "delivered" for aid in outage_ids)
    # Produced during the outage, delivered after it.
    assert all(down_at < fired_at[aid] < up_at for aid in outage_ids), "an outage alert fired outside the outage"
    assert all(received[aid] >= up_at for aid in outage_ids)
    # Retries were visible: attempts failed while the receiver was down and were recorded in Redis.
    assert failed_during >= 1
    assert sum(count * n for n, count in attempts.items()) > len(outage_ids)
