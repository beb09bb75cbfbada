"""`nadhir status`: the processes of a running `nadhir up`, their /health and /ready, topic lag
and Redis sizes. Exit 0 when every process is ready, 1 when one is down or not ready (or nothing
runs), so scripts and health checks can use it.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

HELP = "show the health and readiness of `nadhir up`'s processes, consumer lag and Redis sizes (exit 1: not ready)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--run-dir", type=Path, default=Path(".nadhir/run"),
                        help="the run directory of `nadhir up` (default .nadhir/run)")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    parser.add_argument("--timeout", type=float, default=3.0, help="seconds per HTTP probe (default 3)")


def _pid_alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] not in {"Z", "X"}


def probe_process(name: str, pid: int, host: str, port: int | None, timeout: float) -> dict[str, Any]:
    import httpx

    row: dict[str, Any] = {"name": name, "pid": pid, "port": port, "alive": _pid_alive(pid),
                           "healthy": False, "ready": False, "detail": ""}
    if not row["alive"]:
        row["detail"] = "process is not running"
        return row
    if port is None:
        row["detail"] = "no HTTP port recorded in state.json"
        return row
    base = f"http://{host}:{port}"
    try:
        with httpx.Client(timeout=timeout) as client:
            health = client.get(f"{base}/health")
            row["healthy"] = health.status_code == 200
            ready = client.get(f"{base}/ready")
            body = ready.json() if ready.headers.get("content-type", "").startswith("application/json") else {}
    except (httpx.HTTPError, ValueError) as exc:
        row["detail"] = f"{base} does not answer ({type(exc).__name__})"
        return row
    row["ready"] = ready.status_code == 200 and bool(body.get("ready"))
    checks = body.get("checks", {})
    row["checks"] = checks
    failing = [f"{check}: {result.get('detail', '')}" for check, result in checks.items() if not result.get("ok")]
    row["detail"] = "; ".join(failing) if failing else "; ".join(
        str(result.get("detail", "")) for result in checks.values())
    return row


def topic_lag(broker: str, groups: list[tuple[str, str]], timeout: float) -> list[dict[str, Any]]:
    from nadhir.ops.lag import LagUnavailable, group_lag

    rows: list[dict[str, Any]] = []
    for group, topic in groups:
        try:
            lags = group_lag(broker, group, topic, timeout_s=timeout)
        except LagUnavailable as exc:
            rows.append({"group": group, "topic": topic, "lag": None, "detail": str(exc)})
            continue
        rows.append({"group": group, "topic": topic, "lag": sum(item.lag for item in lags),
                     "partitions": {str(item.partition): {"highwater": item.highwater, "committed": item.committed,
                                                          "lag": item.lag} for item in lags},
                     "detail": ""})
    return rows


def redis_sizes(url: str, prefix: str) -> dict[str, Any]:
    import redis

    client = redis.Redis.from_url(url, socket_timeout=3, socket_connect_timeout=3)
    try:
        client.ping()
        base = f"{prefix}alerts:"
        queues = {}
        for key in client.scan_iter(match=f"{base}due:*", count=200):
            name = key.decode() if isinstance(key, bytes) else str(key)
            queues[name[len(base) + len("due:"):]] = int(client.zcard(name))
        memory = client.info("memory")
        return {
            "ok": True, "keys": int(client.dbsize()), "used_memory": memory.get("used_memory_human", "?"),
            "dead_letters": int(client.zcard(f"{base}dead")), "deliveries": int(client.zcard(f"{base}index")),
            "queues": dict(sorted(queues.items())), "recent_alerts": int(client.zcard(f"{prefix}ops:recent")),
        }
    except redis.RedisError as exc:
        return {"ok": False, "detail": f"Redis does not answer ({type(exc).__name__})"}
    finally:
        client.close()


def collect(run_dir: Path, timeout: float) -> dict[str, Any] | None:
    from config.settings import load_settings

    path = run_dir / "state.json"
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    settings = load_settings()
    host = str(state.get("host") or settings.host)
    ports: dict[str, int] = state.get("ports") or {}
    processes = [probe_process(name, int(pid), host, ports.get(name), timeout)
                 for name, pid in (state.get("pids") or {}).items()]
    groups = [(settings.app_id, settings.topic_articles), (f"{settings.app_id}-dispatch", settings.topic_alerts)]
    report = {
        "run_dir": str(run_dir), "broker": state.get("broker"), "processes": processes,
        "lag": topic_lag(str(state.get("broker")), groups, timeout) if state.get("broker") else [],
        "redis": redis_sizes(str(state["redis_url"]), settings.redis_prefix) if state.get("redis_url") else {},
    }
    report["ready"] = bool(processes) and all(row["ready"] for row in processes) and bool(
        report["redis"].get("ok"))
    return report


def _print(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"nadhir up in {report['run_dir']} (broker {report['broker']})")
    for column in ("process", "pid", "port", "alive", "health", "ready", "detail"):
        table.add_column(column)

    def mark(value: bool) -> str:
        return "[green]yes[/]" if value else "[red]no[/]"

    for row in report["processes"]:
        table.add_row(row["name"], str(row["pid"]), str(row["port"] or "-"), mark(row["alive"]), mark(row["healthy"]),
                      mark(row["ready"]), row["detail"])
    console.print(table)
    lag = Table(title="consumer lag (Fetch high watermark - committed)")
    for column in ("group", "topic", "lag", "per partition"):
        lag.add_column(column)
    for row in report["lag"]:
        per = ", ".join(f"{p}:{v['lag']}" for p, v in row.get("partitions", {}).items()) or row["detail"]
        lag.add_row(row["group"], row["topic"], "?" if row["lag"] is None else str(row["lag"]), per)
    console.print(lag)
    redis_info = report["redis"]
    if redis_info.get("ok"):
        queues = ", ".join(f"{name}={size}" for name, size in redis_info["queues"].items()) or "empty"
        console.print(f"Redis: {redis_info['keys']} keys, {redis_info['used_memory']}; deliveries "
                      f"{redis_info['deliveries']}, dead letters {redis_info['dead_letters']}, queues {queues}, "
                      f"recent alerts {redis_info['recent_alerts']}")
    else:
        console.print(f"[red]Redis: {redis_info.get('detail', 'unknown')}[/]")
    console.print("[green]ready[/]" if report["ready"] else "[red]NOT ready[/]")


def run(args: argparse.Namespace) -> int:
    import sys

    report = collect(args.run_dir, args.timeout)
    if report is None:
        message = f"nadhir status: nothing runs (no readable {args.run_dir / 'state.json'}; start `nadhir up`)"
        if args.json:
            print(json.dumps({"ready": False, "detail": message}))
        else:
            print(message, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        _print(report)
    return 0 if report["ready"] else 1
