"""Reading a topic back with a real kafka-python consumer, and running `nadhir ingest` as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer

ROOT = Path(__file__).resolve().parents[3]


def read_topic(bootstrap: str, topic: str, expect: int, timeout_s: float = 20.0, settle_s: float = 1.0) -> list[Any]:
    """Every record of ``topic`` from the beginning: waits for ``expect`` records, then ``settle_s``
    more so that extra records (which must not exist) would be seen too."""
    consumer = KafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest",
        enable_auto_commit=False, consumer_timeout_ms=200,
    )
    records: list[Any] = []
    try:
        deadline = time.monotonic() + timeout_s
        settle_until: float | None = None
        while time.monotonic() < deadline:
            for message in consumer:
                records.append(message)
            if len(records) >= expect:
                settle_until = settle_until or time.monotonic() + settle_s
                if time.monotonic() >= settle_until:
                    break
    finally:
        consumer.close()
    return records


def values(records: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(record.value) for record in records]


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`python -m nadhir ingest ARGS` with no NADHIR_* from the caller's environment except ``env``."""
    full_env = {key: value for key, value in os.environ.items() if not key.startswith("NADHIR_")}
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "nadhir", "ingest", *args],
        input=stdin if stdin is not None else b"", capture_output=True, cwd=ROOT, env=full_env,
        timeout=timeout, check=False,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    )
