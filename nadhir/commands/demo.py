"""`nadhir demo` (what `make run` runs): the embedded stack, the shipped sample articles fed as a
stream, the alerts they fire as they arrive on `alerts`, and their signed delivery to a local
webhook receiver. Ctrl-C stops everything."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from types import FrameType

HELP = "run the embedded stack, feed the shipped sample articles and show alerts as they fire"

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--run-dir", type=Path, default=Path(".nadhir/demo"), help="logs and state")
    parser.add_argument("--samples", type=Path, default=SAMPLES_DIR, help="folder with *.json / *.jsonl articles")
    parser.add_argument("--pace", type=float, default=0.3, help="seconds between two articles (default 0.3)")
    parser.add_argument("--exit-after", type=int, default=0, help="stop after this many alerts (0: run until Ctrl-C)")
    parser.add_argument("--timeout", type=float, default=0.0, help="stop after this many seconds (0: no limit)")


class _Stop(Exception):
    pass


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    raise _Stop()


def run(args: argparse.Namespace) -> int:
    import logging

    from config.settings import load_settings
    from nadhir.demo.feed import DemoFeed
    from nadhir.logging_setup import configure_logging

    settings = load_settings()
    configure_logging("WARNING", "demo")
    logging.getLogger("kafka").setLevel(logging.CRITICAL)
    feed = DemoFeed(settings, args.run_dir.resolve(), args.samples, pace_s=args.pace)
    signal.signal(signal.SIGTERM, _raise_stop)
    started = time.monotonic()
    try:
        feed.start()
        while True:
            feed.step()
            if args.exit_after and feed.alerts_seen >= args.exit_after:
                break
            if args.timeout and time.monotonic() - started > args.timeout:
                break
    except (_Stop, KeyboardInterrupt):
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        print(
            f"nadhir demo: {feed.alerts_seen} alert(s) fired, {feed.deliveries_seen} webhook delivery(ies) "
            "received; stopping everything",
            file=sys.stderr,
            flush=True,
        )
        feed.stop()
    return 0
