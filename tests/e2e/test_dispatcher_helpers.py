"""Helpers (no tests): start real `nadhir dispatch` and webhook-receiver processes for the e2e tests."""

from __future__ import annotations

import base64
import os
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from kafka import KafkaProducer

from nadhir.runtime import free_port, wait_for_port
from nadhir.runtime.process import ManagedProcess
from tests.support.webhook_receiver import read_jsonl

ROOT = Path(__file__).resolve().parents[2]


def new_secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(32)).decode()


def start_receiver(tmp: Path, secret: str, *args: str, port: int | None = None,
                   name: str = "receiver") -> tuple[ManagedProcess, str, Path]:
    port = port or free_port()
    jsonl = tmp / f"{name}.jsonl"
    process = ManagedProcess(name, [sys.executable, "-m", "tests.support.webhook_receiver", "--port", str(port),
                                    "--secret", secret, "--jsonl", str(jsonl), *args],
                             cwd=ROOT, log_path=tmp / f"{name}.log").start()
    wait_for_port("127.0.0.1", port, 15)
    return process, f"http://127.0.0.1:{port}/hook", jsonl


def write_channels(tmp: Path, webhooks: list[dict[str, Any]], **top: Any) -> Path:
    path = tmp / "channels.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "webhooks": webhooks, **top}), encoding="utf-8")
    return path


def dispatcher_env(broker: str, redis_url: str, channels: Path, prefix: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NADHIR_")}
    env.update({"NADHIR_BROKER": broker, "NADHIR_REDIS_URL": redis_url, "NADHIR_REDIS_PREFIX": prefix,
                "NADHIR_CHANNELS_FILE": str(channels), "NADHIR_LOG_LEVEL": "DEBUG",
                "NADHIR_SESSION_TIMEOUT_S": "6", "NADHIR_HEARTBEAT_INTERVAL_S": "1"})
    env.update(extra)
    return env


def start_dispatcher(tmp: Path, env: dict[str, str], topic: str, group: str, name: str) -> ManagedProcess:
    return ManagedProcess(name, [sys.executable, "-m", "nadhir", "dispatch", "--topic", topic, "--group", group],
                          env=env, cwd=ROOT, log_path=tmp / f"{name}.log").start()


def produce(bootstrap: str, topic: str, payloads: list[bytes]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, batch_size=1, linger_ms=0)
    try:
        for index, payload in enumerate(payloads):
            producer.send(topic, key=str(index).encode(), value=payload)
        producer.flush()
    finally:
        producer.close()


def delivered(jsonl: Path) -> list[dict[str, Any]]:
    return [row for row in read_jsonl(jsonl) if row["verified"] and 200 <= row["status"] < 300]


def wait_for(predicate: Any, timeout: float, what: str, processes: list[ManagedProcess] = ()) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        for process in processes:
            if not process.alive():
                log = process.log_path.read_text()[-3000:] if process.log_path else ""
                raise AssertionError(f"{process.name} exited while waiting for {what}:\n{log}")
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
