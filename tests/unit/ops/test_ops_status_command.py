"""`nadhir status` prints a readable report and exits 1 when nothing runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from nadhir.cli import main
from nadhir.commands.status import _print


def test_nothing_running_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--run-dir", str(tmp_path)]) == 1
    assert "nothing runs" in capsys.readouterr().err


def test_report_names_what_is_not_ready(capsys: pytest.CaptureFixture[str]) -> None:
    _print({
        "run_dir": "/r", "broker": "127.0.0.1:9092", "ready": False,
        "processes": [
            {"name": "worker", "pid": 10, "port": 6066, "alive": True, "healthy": True, "ready": True,
             "detail": "group nadhir: articles[0]"},
            {"name": "dispatch", "pid": 11, "port": 6067, "alive": False, "healthy": False, "ready": False,
             "detail": "process is not running"},
        ],
        "lag": [{"group": "nadhir", "topic": "articles", "lag": 42,
                 "partitions": {"0": {"lag": 40}, "1": {"lag": 2}}, "detail": ""}],
        "redis": {"ok": True, "keys": 12, "used_memory": "1M", "deliveries": 3, "dead_letters": 1,
                  "queues": {"news": 2}, "recent_alerts": 5},
    })
    out = capsys.readouterr().out
    assert "process is not running" in out and "0:40, 1:2" in out and "dead letters 1" in out
    assert "NOT ready" in out
