"""The embedded broker on durable storage (tansu's s3:// engine against a local S3-compatible server)
is SIGKILLed mid-stream and restarted on the same port: the worker and the dispatcher recover by
themselves (same processes) and every expected alert is delivered once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nadhir.runtime.broker import EmbeddedBroker
from nadhir.runtime.s3 import EmbeddedS3
from tests.e2e.faults_support import Deployment, make_topics, plant_surges, recover, start_flowing

PARTITIONS = 2


@pytest.fixture
def s3(tmp_path: Path) -> Iterator[EmbeddedS3]:
    server = EmbeddedS3(log_path=tmp_path / "moto.log").start()
    try:
        yield server
    finally:
        server.stop()


def durable_broker(s3: EmbeddedS3, log: Path, port: int | None = None) -> EmbeddedBroker:
    return EmbeddedBroker(port=port, storage=s3.storage_url, extra_env=s3.broker_env(), log_path=log).start()


@pytest.mark.slow
def test_durable_broker_sigkill_and_restart_mid_stream_loses_and_doubles_nothing(
    s3: EmbeddedS3, redis_url: str, tmp_path: Path, ci_mode: bool
) -> None:
    down_s = 2.0 if ci_mode else 10.0
    surges = plant_surges(32, PARTITIONS)
    log = tmp_path / "tansu.log"
    broker = durable_broker(s3, log)
    try:
        topics = make_topics(broker.bootstrap, PARTITIONS)
        with Deployment(tmp_path, broker.bootstrap, redis_url, topics, PARTITIONS) as deployment:
            flowing = start_flowing(deployment, surges)
            killed_at = time.time()
            broker.kill()  # SIGKILL: no flush, no goodbye
            delivered_at_kill = len(deployment.delivered_alert_ids())
            time.sleep(down_s)  # the outage itself
            broker = durable_broker(s3, log, port=broker.port)
            restarted_at = time.time()
            recovery = recover(deployment, surges, flowing, restarted_at, 240)
    finally:
        broker.stop()

    print(f"broker (s3://) SIGKILLed at {delivered_at_kill}/{len(surges)} delivered, down "
          f"{restarted_at - killed_at:.1f}s: {recovery.result.line()}; feeder re-sent {flowing.feeder.resent} "
          f"record(s); all delivered {recovery.complete_s:.1f}s after the restart; the same worker fired "
          f"{recovery.fired_after} after the restart")
    assert delivered_at_kill < len(surges), "the stream was over before the kill"
    assert recovery.fired_after >= 1, "the worker fired nothing after the broker came back"
    recovery.result.assert_exactly_once()
