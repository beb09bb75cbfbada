"""`nadhir bench` still runs: the quick tagging bench prints its row with a same-run baseline and a ratio."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_tagging_bench_prints_its_row(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    completed = subprocess.run([sys.executable, "-m", "nadhir", "bench", "--quick", "--only", "tagging", "--json", str(out)],
                               cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert completed.returncode == 0, completed.stderr[-2000:]
    rows = [line for line in completed.stdout.splitlines() if line.startswith("| tagging |")]
    assert len(rows) == 1, completed.stdout
    cells = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert float(cells[2].replace(",", "")) > 0 and float(cells[4].replace(",", "")) > 0 and cells[5].endswith("x")
    assert "cores, Python" in completed.stdout
    figures = json.loads(out.read_text())
    assert figures["mode"] == "quick" and figures["machine"]["cores"] >= 1
    assert figures["rows"][0]["ratio"] == figures["rows"][0]["value"] / figures["rows"][0]["baseline"]


def test_unknown_bench_is_refused() -> None:
    completed = subprocess.run([sys.executable, "-m", "nadhir", "bench", "--only", "nope"], cwd=ROOT,
                               capture_output=True, text=True, timeout=60, check=False)
    assert completed.returncode == 2 and "unknown bench" in completed.stderr
