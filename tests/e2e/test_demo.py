"""`make run` (= `nadhir demo`) shows the sample article's alerts firing and delivered, and
leaves no process behind."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nadhir.demo.feed import load_samples, rebase_to_now
from tests.support.procs import pid_alive

ROOT = Path(__file__).resolve().parents[2]


def test_rebase_keeps_relative_timing_and_ends_now() -> None:
    articles = load_samples(ROOT / "samples")
    now = datetime(2030, 1, 1, tzinfo=UTC)
    rebased = rebase_to_now(articles, now)
    times = [datetime.fromisoformat(str(a["published_at"]).replace("Z", "+00:00")) for a in rebased]
    assert times == sorted(times)
    assert (now - times[-1]).total_seconds() == pytest.approx(1, abs=0.01)
    original = sorted(datetime.fromisoformat(str(a["published_at"]).replace("Z", "+00:00")) for a in articles)
    assert times[-1] - times[0] == original[-1] - original[0]
    assert rebased[0]["id"] == "sy24-2022-05-badia"  # the project's first article leads the stream


@pytest.mark.slow
def test_demo_fires_and_delivers_the_sample_alerts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NADHIR_")}
    env.update({"NADHIR_WORKER_PORT": "0", "NADHIR_DISPATCHER_PORT": "0"})
    result = subprocess.run(
        [sys.executable, "-m", "nadhir", "demo", "--run-dir", str(tmp_path / "demo"), "--pace", "0.1",
         "--exit-after", "8", "--timeout", "240"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    out = result.stdout
    assert result.returncode == 0, result.stderr[-3000:]
    # The SY24 article's 55 reported airstrikes fire in each region it names.
    for region in ("Hama", "Raqqa", "Homs"):
        assert f"[FIRING] warning: airstrike in {region} — reported 55" in out, out[-4000:]
    assert "airstrike in Idlib — articles 5 (threshold 5, rule airstrikes-per-region" in out
    assert "[FIRING] info: withdrawal in Homs" in out
    assert "[RESOLVED]" in out
    # Deliveries reached the local receiver, signed and verified; none failed verification.
    assert out.count("(signature verified)") >= 6
    assert "SIGNATURE INVALID" not in out
    # Nothing it started is left running.
    pid_line = next(line for line in out.splitlines() if line.startswith("nadhir demo: pids "))
    pids = {name: int(pid) for name, pid in (item.split("=") for item in pid_line.split()[3:])}
    assert {"worker", "dispatch", "broker", "redis"} <= set(pids)
    assert all(not pid_alive(pid) for pid in pids.values()), pids
