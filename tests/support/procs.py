"""Process helpers for tests that start and kill real processes."""

from __future__ import annotations

import json
import time
from pathlib import Path


def pid_alive(pid: int) -> bool:
    """True if ``pid`` runs and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    state = stat.rsplit(")", 1)[1].split()[0]
    return state not in {"Z", "X"}


def wait_until(predicate: object, timeout: float, interval: float = 0.1, what: str = "condition") -> None:
    """Poll ``predicate()`` until true; AssertionError naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


def read_state(run_dir: Path) -> dict[str, object] | None:
    path = run_dir / "state.json"
    if not path.exists():
        return None
    try:
        loaded: dict[str, object] = json.loads(path.read_text())
    except json.JSONDecodeError:
        return None
    return loaded
