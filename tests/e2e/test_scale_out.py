"""Two workers and two dispatchers (separate processes) against one broker and one Redis, topics of
4 partitions: the partitions are split, every alert is delivered exactly once; one worker is then
SIGKILLed mid-stream and the other takes over its partitions with nothing lost and nothing doubled."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from nadhir.runtime import EmbeddedBroker
from tests.e2e.faults_support import (
    Deployment,
    fired_by,
    iter_received,
    make_topics,
    plant_surges,
    tally,
)

PARTITIONS = 4


@pytest.mark.slow
def test_two_workers_two_dispatchers_split_partitions_and_survive_a_worker_sigkill(
    broker: EmbeddedBroker, redis_url: str, tmp_path: Path, ci_mode: bool
) -> None:
    surges = plant_surges(32 if ci_mode else 48, PARTITIONS)
    topics = make_topics(broker.bootstrap, PARTITIONS)
    by_partition = {surge.alert_id: surge.partition for surge in surges}
    with Deployment(tmp_path, broker.bootstrap, redis_url, topics, PARTITIONS) as deployment:
        deployment.start_receiver()
        deployment.start_dispatcher("dispatcher-a")
        deployment.start_dispatcher("dispatcher-b")
        deployment.start_worker("worker-a")
        deployment.start_worker("worker-b")
        workers = deployment.wait_split(["worker-a", "worker-b"], "worker")
        dispatchers = deployment.wait_split(["dispatcher-a", "dispatcher-b"], "dispatcher")
        print(f"partitions: workers {workers}, dispatchers {dispatchers}")

        feeder = deployment.feed(surges, interval_s=0.1)
        # Kill worker-a once a quarter of the surges were delivered and it fired some of them itself.
        victim, survivor = "worker-a", "worker-b"
        victim_log = deployment.workers[victim][0].log_path
        survivor_log = deployment.workers[survivor][0].log_path
        assert victim_log is not None and survivor_log is not None
        deployment.wait_for(
            lambda: len(deployment.delivered_alert_ids()) >= len(surges) // 4 and fired_by(victim_log)
            and fired_by(survivor_log), 120, "a quarter of the alerts, fired by both workers")
        before_kill = {name: set(fired_by(log)) for name, log in ((victim, victim_log), (survivor, survivor_log))}
        killed_partitions = workers[victim]
        killed_at = deployment.kill(deployment.workers[victim][0])
        delivered_at_kill = len(deployment.delivered_alert_ids())
        assert delivered_at_kill < len(surges), "the stream was over before the kill"

        deployment.wait_for(lambda: deployment.worker_partitions(survivor) == set(range(PARTITIONS)), 120,
                            f"{survivor} to take over every partition")
        took_over_s = time.time() - killed_at
        expected = {surge.alert_id for surge in surges}
        deployment.wait_for(lambda: expected <= deployment.delivered_alert_ids(), 180, "every alert delivered")
        complete_s = time.time() - killed_at
        feeder.finish()
        time.sleep(2)  # a double send, if any, would arrive now
        result = tally(deployment, surges)

        # What the survivor fired from the killed worker's partitions after the kill: the failover.
        survivor_fired = fired_by(survivor_log)
        taken_over = {aid for aid in survivor_fired if by_partition.get(aid) in killed_partitions}
        received = dict(iter_received(deployment))
        first_after = min((received[aid] for aid in taken_over if aid in received and received[aid] > killed_at),
                          default=None)
        dispatcher_logs = [process.log_path.read_text() for process, _ in deployment.dispatchers.values()
                           if process.log_path is not None]

    print(f"scale-out: {result.line()}")
    print(f"worker alerts before the kill: {victim} {len(before_kill[victim])}, "
          f"{survivor} {len(before_kill[survivor])}; delivered at the kill {delivered_at_kill}/{len(surges)}")
    failover = f"{first_after - killed_at:.1f}s" if first_after is not None else "n/a"
    print(f"failover: {survivor} held all {PARTITIONS} partitions {took_over_s:.1f}s after the SIGKILL; first "
          f"alert from a partition of {victim} ({sorted(killed_partitions)}) delivered {failover} after it; "
          f"stream complete {complete_s:.1f}s after it")
    result.assert_exactly_once()
    # The partitions were split and both workers did work before the kill.
    assert before_kill[victim] and before_kill[survivor]
    assert set(workers) == {victim, survivor} and killed_partitions and workers[survivor]
    # Each worker fired only alerts of the partitions it held (before the kill).
    assert all(by_partition[aid] in workers[victim] for aid in before_kill[victim])
    # The survivor took over: it fired alerts of the killed worker's partitions.
    assert taken_over, f"{survivor} fired nothing from partitions {sorted(killed_partitions)}"
    assert first_after is not None
    # Both dispatchers delivered.
    assert all("to hook delivered" in log for log in dispatcher_logs), "a dispatcher delivered nothing"
