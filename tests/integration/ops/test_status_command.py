"""`nadhir status` against a running `nadhir up`: exit 0 when every process is ready, 1 when one
does not answer, 1 when nothing runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.support.procs import read_state, wait_until

ROOT = Path(__file__).resolve().parents[3]


def status(run_dir: Path, env: dict[str, str]) -> tuple[int, dict[str, Any]]:
    done = subprocess.run([sys.executable, "-m", "nadhir", "status", "--run-dir", str(run_dir), "--json",
                           "--timeout", "2"], cwd=ROOT, env=env, capture_output=True, timeout=60, check=False)
    return done.returncode, json.loads(done.stdout.decode() or "{}")


def test_status_of_a_running_up(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NADHIR_")}
    env.update({"NADHIR_PARTITIONS": "2", "NADHIR_WORKER_PORT": "0", "NADHIR_DISPATCHER_PORT": "0"})
    up = subprocess.Popen([sys.executable, "-m", "nadhir", "up", "--run-dir", str(run_dir)], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    dispatcher_pid = None
    try:
        wait_until(lambda: read_state(run_dir) is not None, 60, what="state.json")
        state = read_state(run_dir)
        assert state is not None
        ports = state["ports"]
        assert isinstance(ports, dict) and set(ports) == {"worker", "dispatch"} and all(ports.values())

        last: list[tuple[int, dict[str, Any]]] = []

        def ready() -> bool:
            last.append(status(run_dir, env))
            return last[-1][0] == 0

        wait_until(ready, 90, interval=1, what=f"nadhir status to exit 0 (last: {last[-1:] if last else None})")
        report = last[-1][1]
        rows = {row["name"]: row for row in report["processes"]}
        assert set(rows) == {"worker", "dispatch"}
        for name, row in rows.items():
            assert row["alive"] and row["healthy"] and row["ready"], row
            assert row["port"] == ports[name]
        assert "articles[" in rows["worker"]["detail"] and "alerts[" in rows["dispatch"]["detail"]
        lags = {(row["group"], row["topic"]): row for row in report["lag"]}
        assert lags[("nadhir", "articles")]["lag"] == 0 and lags[("nadhir-dispatch", "alerts")]["lag"] == 0
        assert set(lags[("nadhir", "articles")]["partitions"]) == {"0", "1"}
        assert report["redis"]["ok"] and report["redis"]["dead_letters"] == 0

        # The dispatcher stops answering (SIGSTOP: alive, so `up` does not restart it): not ready.
        dispatcher_pid = int(state["pids"]["dispatch"])  # type: ignore[index]
        os.kill(dispatcher_pid, signal.SIGSTOP)
        code, report = status(run_dir, env)
        assert code == 1
        rows = {row["name"]: row for row in report["processes"]}
        assert rows["worker"]["ready"] and not rows["dispatch"]["healthy"] and not rows["dispatch"]["ready"]
        assert "does not answer" in rows["dispatch"]["detail"]
        os.kill(dispatcher_pid, signal.SIGCONT)
        dispatcher_pid = None
        last.clear()
        wait_until(ready, 60, interval=1, what="nadhir status to exit 0 again")
    finally:
        if dispatcher_pid is not None:
            os.kill(dispatcher_pid, signal.SIGCONT)
        up.send_signal(signal.SIGTERM)
        output = up.communicate(timeout=60)[0].decode(errors="replace")
    assert up.returncode == 0, output[-3000:]
    started = time.monotonic()
    code, report = status(run_dir, env)
    assert code == 1 and report["ready"] is False and "nothing runs" in report["detail"]
    assert time.monotonic() - started < 30
