"""Runs each atheris target for a bounded number of inputs (a smoke run; longer runs by hand:
see `tests.fuzz.atheris_targets`). Skipped where atheris is not installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("target", ["validate", "ingest", "rules"])
def test_atheris_finds_no_crash(target: str, ci_mode: bool) -> None:
    runs = 20000 if ci_mode else 100000
    completed = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.atheris_targets", target, f"-runs={runs}", "-max_total_time=25",
         "-max_len=4096", "-timeout=10", "-rss_limit_mb=1024"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    assert "Done" in completed.stderr or "max_total_time" in completed.stderr, completed.stderr[-2000:]
