"""`nadhir up` starts the real broker and Redis and Nadhir's processes, and stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import redis
from kafka import KafkaConsumer, KafkaProducer

from nadhir.runtime.topics import list_topics
from tests.support.procs import pid_alive, read_state, wait_until


def start_up(tmp_path: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], Path]:
    run_dir = tmp_path / "run"
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("NADHIR_")}
    child_env.update({"NADHIR_PARTITIONS": "3", "NADHIR_WORKER_PORT": "0", "NADHIR_DISPATCHER_PORT": "0"})
    child_env.update(env or {})
    process = subprocess.Popen(
        [sys.executable, "-m", "nadhir", "up", "--run-dir", str(run_dir), *extra],
        env=child_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    return process, run_dir


def all_pids(state: dict[str, object]) -> list[int]:
    pids = [int(pid) for pid in state["pids"].values()]  # type: ignore[union-attr]
    pids += [int(state[key]) for key in ("embedded_broker_pid", "embedded_redis_pid") if state.get(key)]  # type: ignore[call-overload]
    return pids


def test_up_starts_services_and_sigterm_leaves_nothing_behind(tmp_path: Path) -> None:
    process, run_dir = start_up(tmp_path, "--no-worker", "--no-dispatcher")
    try:
        wait_until(lambda: read_state(run_dir) is not None, 30, what="state.json")
        state = read_state(run_dir)
        assert state is not None
        bootstrap = str(state["broker"])
        redis_url = str(state["redis_url"])
        pids = all_pids(state)
        assert len(pids) == 2 and all(pid_alive(pid) for pid in pids)

        # Topics exist with the configured partition count.
        partitions = {info.name: info.partitions for info in list_topics(bootstrap)}
        for topic in ("articles", "articles.dlq", "events", "alerts"):
            assert partitions[topic] == 3

        # The broker is a real Kafka-protocol broker; Redis is a real Redis.
        topic = f"probe-{uuid.uuid4().hex[:6]}"
        producer = KafkaProducer(bootstrap_servers=bootstrap)
        producer.send(topic, b"hello").get(timeout=10)
        producer.close()
        consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", consumer_timeout_ms=4000)
        assert [message.value for message in consumer] == [b"hello"]
        consumer.close()
        client = redis.Redis.from_url(redis_url)
        assert client.ping()
        client.close()
    finally:
        process.send_signal(signal.SIGTERM)
        output = process.communicate(timeout=30)[0].decode()
    assert process.returncode == 0, output
    assert all(not pid_alive(pid) for pid in pids), "a process outlived `nadhir up`"
    assert not (run_dir / "state.json").exists()


def test_up_killed_hard_takes_its_children_along(tmp_path: Path) -> None:
    """Even a SIGKILLed `up` leaves no broker or Redis behind (PDEATHSIG)."""
    process, run_dir = start_up(tmp_path, "--no-worker", "--no-dispatcher")
    try:
        wait_until(lambda: read_state(run_dir) is not None, 30, what="state.json")
        state = read_state(run_dir)
        assert state is not None
        pids = all_pids(state)
    finally:
        process.kill()
        process.wait(timeout=10)
    wait_until(lambda: all(not pid_alive(pid) for pid in pids), 10, what="children to exit")
