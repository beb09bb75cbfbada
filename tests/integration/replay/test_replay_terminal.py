"""`nadhir replay` in a terminal (a pseudo-terminal here) shows a rich progress bar and its rate."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

from tests.integration.replay.replay_corpus import ALLOWED_LATENESS_S, RULES, at, en

ROOT = Path(__file__).resolve().parents[3]


def run_in_terminal(command: list[str], env: dict[str, str], timeout: float = 120) -> tuple[int, str]:
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower, env=env, cwd=ROOT,
                               close_fds=True)
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        code = process.wait(timeout=max(deadline - time.monotonic(), 1))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_gets_a_progress_bar_and_the_rate(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b"\n".join(en(f"t-{i}", "Hama", at(f"{i % 24:02d}:{i % 60:02d}")) for i in range(300)) + b"\n")
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    env = {key: value for key, value in os.environ.items() if not key.startswith("NADHIR_")}
    env.update({"NADHIR_ALLOWED_LATENESS_S": str(ALLOWED_LATENESS_S), "COLUMNS": "120", "TERM": "xterm"})
    code, output = run_in_terminal(
        [sys.executable, "-m", "nadhir", "replay", str(corpus), "--rules", str(rules), "--batch-size", "20"], env)
    assert code == 0, output
    assert "replaying" in output and "━" in output  # rich's bar
    assert "300/300" in output
    assert "articles/s" in output and "300 articles counted" in output
    assert "replayed 300/300 records" not in output  # the plain progress lines are for pipes only
