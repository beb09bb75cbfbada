"""`nadhir replay CORPUS.jsonl`: the alerts the stream would have raised on a corpus, offline.

Runs the stream's own validation, detection, de-duplication and rule engine over the corpus in
event-time order, at full speed, without a broker or Redis (see `streams.replay`). Prints the
alerts as a table, bad lines with their numbers (the stream's DLQ reasons) on stderr, and its
own articles/s. For tuning rules before deploying them, like ElastAlert2's rule test.

Exit codes: 0 replayed (bad lines are reported, not fatal); 2 unreadable corpus or invalid
rules (the error names file, line and field).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from streams.replay import BadLine, ReplayResult

HELP = "replay a JSONL corpus through detection and the rules offline; print the alerts that would fire"
SHOWN_BAD_LINES = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corpus", metavar="CORPUS.jsonl", help="articles, one JSON object per line")
    parser.add_argument("--rules", default=None, metavar="PATH", help="rules file (default: NADHIR_RULES_FILE)")
    parser.add_argument("--out", default=None, metavar="ALERTS.jsonl", help="write the alerts as JSONL")
    parser.add_argument("--plot", default=None, metavar="TIMELINE.png",
                        help="draw the metric per window of every key that fired (or --key)")
    parser.add_argument("--key", action="append", default=[], metavar="KEY",
                        help="plot this key, e.g. 'airstrike|Hama' (repeatable)")
    parser.add_argument("--batch-size", type=int, default=None, metavar="N",
                        help="records per processing batch (default: NADHIR_WORKER_BATCH_SIZE, as the worker)")


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from config.rules import load_rules
    from config.settings import load_settings
    from nadhir.ingest.jsonl import read_lines
    from streams.detection import load_detector
    from streams.replay import BadLine, event_time_order, replay

    settings = load_settings()
    out = Console(highlight=False)
    if not out.is_terminal:
        out = Console(highlight=False, width=140)  # a file or a pipe: do not wrap the table at 80 columns
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    rules = load_rules(args.rules or settings.rules_file).rules  # ConfigError: exit 2 with file, line, field
    corpus = Path(args.corpus)
    if args.batch_size is not None and args.batch_size < 1:
        print("nadhir replay: --batch-size must be at least 1", file=sys.stderr)
        return 2

    started = time.perf_counter()
    oversize: list[BadLine] = []
    lines: list[tuple[int, bytes]] = []
    try:
        with corpus.open("rb") as stream:
            for line in read_lines(stream, str(corpus), settings.max_record_bytes):
                if line.oversize:
                    oversize.append(BadLine(line.line_number, "too_large",
                                            f"record is {line.size} bytes; the limit is {settings.max_record_bytes}"))
                else:
                    lines.append((line.line_number, line.raw))
    except OSError as exc:
        print(f"nadhir replay: cannot read {corpus}: {exc.strerror}", file=sys.stderr)
        return 2
    records = event_time_order(lines, settings=settings)
    detector = load_detector(lexicon_dir=settings.lexicon_dir, gazetteer_file=settings.gazetteer_file)
    result = _run_with_progress(err, len(records), lambda on_progress: asyncio.run(replay(
        records, settings=settings, rules=rules, detector=detector,
        batch_size=args.batch_size, on_progress=on_progress,
    )))
    result.bad_lines = sorted([*oversize, *result.bad_lines], key=lambda bad: bad.line)
    total_s = time.perf_counter() - started

    _report_bad_lines(err, corpus, result.bad_lines)
    _print_alerts(out, result)
    if args.out:
        _write_alerts(Path(args.out), result)
        out.print(f"wrote {len(result.alerts)} alerts to {args.out}")
    if args.plot:
        _plot(out, err, result, args.key, Path(args.plot))
    stats = result.stats
    out.print(
        f"{corpus}: {len(records) + len(oversize)} lines: {stats['new']} articles counted, {stats['duplicate']} duplicates, "
        f"{len(result.bad_lines)} bad lines, {result.events} events, {len(result.alerts)} alerts "
        f"({len(result.open_at_end)} still firing at the end)"
    )
    out.print(f"replayed in {result.elapsed_s:.1f} s: {result.articles_per_s:,.0f} articles/s "
              f"({total_s:.1f} s in all, with reading and loading the detector)")
    return 0


def _run_with_progress(
    err: Console, total: int, run_work: Callable[[Callable[[int], None]], ReplayResult]
) -> ReplayResult:
    """Run ``run_work(on_progress)`` with a rich progress bar on a terminal, plain lines otherwise."""
    if err.is_terminal:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = (TextColumn("replaying"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]} articles/s"), TimeRemainingColumn())
        with Progress(*columns, console=err) as progress:
            task = progress.add_task("replay", total=total, rate="-")
            began = time.perf_counter()
            done = 0

            def advance(count: int) -> None:
                nonlocal done
                done += count
                rate = done / max(time.perf_counter() - began, 1e-9)
                progress.update(task, advance=count, rate=f"{rate:,.0f}")

            return run_work(advance)
    step = max(total // 10, 1)
    reported = 0
    done = 0

    def plain(count: int) -> None:
        nonlocal done, reported
        done += count
        if done - reported >= step or done == total:
            reported = done
            print(f"replayed {done}/{total} records", file=sys.stderr, flush=True)

    return run_work(plain)


def _report_bad_lines(err: Console, corpus: Path, bad_lines: list[BadLine]) -> None:
    if not bad_lines:
        return
    from collections import Counter

    for bad in bad_lines[:SHOWN_BAD_LINES]:
        err.print(f"{corpus}:{bad.line}: {bad.reason}: {bad.detail[:200]}", markup=False)
    if len(bad_lines) > SHOWN_BAD_LINES:
        err.print(f"... and {len(bad_lines) - SHOWN_BAD_LINES} more bad lines")
    reasons = Counter(bad.reason for bad in bad_lines)
    err.print("skipped bad lines: " + ", ".join(f"{reason} {count}" for reason, count in reasons.most_common()))


def _print_alerts(out: Console, result: ReplayResult) -> None:
    from rich.table import Table

    if not result.alerts:
        out.print("no alert would have fired")
        return
    table = Table(title=f"{len(result.alerts)} alerts that would have fired", title_justify="left")
    for column in ("time (event, UTC)", "status", "rule", "key", "value / threshold", "severity", "alert id"):
        table.add_column(column, overflow="fold")
    for alert in sorted(result.alerts, key=lambda alert: (alert.event_time, alert.status != "firing")):
        status = "[red]firing[/]" if alert.status == "firing" else "[green]resolved[/]"
        table.add_row(f"{alert.event_time:%Y-%m-%d %H:%M}", status, alert.rule, _plain(alert.key),
                      f"{alert.value:g} / {alert.threshold:g}", alert.severity, alert.id[:12])
    out.print(table)


def _plain(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _write_alerts(path: Path, result: ReplayResult) -> None:
    with path.open("w", encoding="utf-8") as out:
        for alert in result.alerts:
            out.write(alert.model_dump_json() + "\n")


def _plot(out: Console, err: Console, result: ReplayResult, keys: list[str], path: Path) -> None:
    from streams.replay import counted_keys, fired_keys
    from streams.replay_plot import draw_timeline

    if keys:
        pairs = [pair for key in keys for pair in counted_keys(result, key)]
        missing = [key for key in keys if not counted_keys(result, key)]
        if missing:
            err.print(f"no rule counted anything for {', '.join(missing)}", markup=False)
    else:
        pairs = fired_keys(result)
    drawn = draw_timeline(result, pairs, path) if pairs else 0
    if drawn:
        out.print(f"timeline of {drawn} rule keys written to {path}")
    else:
        err.print("nothing to plot: no key fired (choose keys with --key)")
