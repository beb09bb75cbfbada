"""`nadhir bench`: run the benchmarks and print one table, each figure next to its same-run baseline.

The benches live in the repository's ``bench/`` folder (`bench.run_all`); they start their own
embedded broker, Redis and processes, and stop them. ``--quick`` (the default) runs small sizes
in minutes; ``--full`` runs the sizes the README quotes (1M articles through a worker for the
memory figure: tens of minutes on two cores).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

HELP = "run the benchmarks (tagging, e2e, latency, deliveries, memory) and print one table with baselines"
BENCHES = ("tagging", "e2e", "latency", "deliveries", "memory")
ROOT = Path(__file__).resolve().parents[2]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", dest="mode", action="store_const", const="quick", help="small sizes (default)")
    size.add_argument("--full", dest="mode", action="store_const", const="full", help="the README's sizes")
    parser.set_defaults(mode="quick")
    parser.add_argument("--only", default=",".join(BENCHES),
                        help=f"comma-separated benches to run (default all: {','.join(BENCHES)})")
    parser.add_argument("--json", type=Path, default=None, metavar="PATH", help="also write the figures as JSON")


def run(args: argparse.Namespace) -> int:
    chosen = tuple(name.strip() for name in args.only.split(",") if name.strip())
    unknown = [name for name in chosen if name not in BENCHES]
    if unknown or not chosen:
        print(f"nadhir bench: unknown bench {unknown or args.only!r}; choose from {', '.join(BENCHES)}", file=sys.stderr)
        return 2
    if not (ROOT / "bench" / "run_all.py").exists():
        print(f"nadhir bench: no bench/ folder next to {ROOT / 'nadhir'} (run from a source checkout)", file=sys.stderr)
        return 2
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    # By name: bench/ is a folder of scripts, outside the typed packages mypy checks.
    run_all = importlib.import_module("bench.run_all")
    result = run_all.run(args.mode, chosen, progress=lambda message: print(message, file=sys.stderr, flush=True))
    print(run_all.table(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    failed = [row for row in result["rows"] if row["metric"] == "failed"]
    return 1 if failed else 0
