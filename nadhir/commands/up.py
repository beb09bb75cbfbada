"""`nadhir up`: the embedded deployment, supervised, until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from types import FrameType

HELP = "start broker + Redis (embedded unless configured), create topics, run worker and dispatcher"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--run-dir", type=Path, default=Path(".nadhir/run"), help="logs and state (default .nadhir/run)")
    parser.add_argument("--workers", type=int, default=1, help="stream worker processes (default 1)")
    parser.add_argument("--no-dispatcher", action="store_true", help="do not run the alert dispatcher")
    parser.add_argument("--no-worker", action="store_true", help="do not run the stream worker")
    parser.add_argument("--bot", action="store_true", help="also run the Telegram bot (needs NADHIR_TELEGRAM_TOKEN)")


class _Stop(Exception):
    pass


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    raise _Stop()


def roles_from(args: argparse.Namespace, has_token: bool) -> tuple[str, ...]:
    roles: list[str] = []
    if not args.no_worker:
        roles.append("worker")
    if not args.no_dispatcher:
        roles.append("dispatch")
    if args.bot or has_token:
        roles.append("bot")
    return tuple(roles)


def run(args: argparse.Namespace) -> int:
    from config.settings import load_settings
    from nadhir.logging_setup import configure_logging
    from nadhir.runtime.stack import Stack

    settings = load_settings()
    configure_logging(settings.log_level, "up")
    stack = Stack(
        settings,
        args.run_dir.resolve(),
        roles=roles_from(args, settings.telegram_token is not None),
        workers=args.workers,
    )
    signal.signal(signal.SIGTERM, _raise_stop)
    try:
        stack.start()
        print(
            f"nadhir up: broker {stack.bootstrap}, redis {stack.redis_url}, "
            f"processes {', '.join(f'{name}={pid}' for name, pid in stack.state().pids.items())}\n"
            f"  logs in {args.run_dir}/ — produce articles with `NADHIR_BROKER={stack.bootstrap} nadhir ingest FILE`;"
            " Ctrl-C stops everything",
            flush=True,
        )
        while True:
            stack.poll()
            time.sleep(0.5)
    except (_Stop, KeyboardInterrupt):
        print("nadhir up: stopping", file=sys.stderr, flush=True)
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        stack.stop()
    return 0
