"""`nadhir ingest [FILE ...|-] [--feed URL ...]`: publish articles to the `articles` topic.

JSONL files (or stdin) are validated line by line: valid lines are produced (keyed by article
id), invalid ones are reported on stderr with file and line number and not sent. Feeds are
polled every ``--interval`` seconds (or ``--once``), new entries published.

Exit codes: 0 everything valid was sent; 1 some lines were rejected (or, with ``--once``, a feed
failed); 2 broker failure, unreadable input or bad arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from config.settings import Settings
    from nadhir.ingest import ArticleProducer, IngestSummary, Limits

HELP = "publish JSONL articles (files or stdin) or RSS/Atom feed entries to the articles topic"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="JSONL files, one article per line; '-' is stdin")
    parser.add_argument("--feed", action="append", default=[], metavar="URL", help="RSS/Atom feed to poll (repeatable)")
    parser.add_argument("--broker", default=None, metavar="HOST:PORT", help="override NADHIR_BROKER")
    parser.add_argument("--topic", default=None, help="override NADHIR_TOPIC_ARTICLES")
    parser.add_argument("--published-at-now", action="store_true", help="fill a missing published_at with the current time")
    parser.add_argument("--interval", type=float, default=300.0, metavar="SECONDS", help="feed poll interval (default 300)")
    parser.add_argument("--once", action="store_true", help="poll every feed once and exit")
    parser.add_argument("--feed-timeout", type=float, default=20.0, metavar="SECONDS", help="HTTP timeout per feed")
    parser.add_argument("--seen-ttl", type=int, default=None, metavar="SECONDS",
                        help="how long a published feed entry is remembered (default NADHIR_DEDUPE_HORIZON_S)")
    parser.add_argument("--linger-ms", type=int, default=20, help="producer batching delay (default 20)")
    parser.add_argument("--connect-timeout", type=float, default=10.0, metavar="SECONDS", help="broker connect timeout")
    parser.add_argument("--ack-timeout", type=float, default=30.0, metavar="SECONDS",
                        help="give up (exit 2) when the broker has not acknowledged a record for this long (default 30)")


def run(args: argparse.Namespace) -> int:
    from config.settings import load_settings
    from nadhir.ingest import ArticleProducer, BrokerUnavailable, Limits
    from nadhir.ingest.feeds import check_feed_url

    settings = load_settings()
    files: list[str] = list(args.files)
    if not files and not args.feed:
        if sys.stdin.isatty():
            print("nadhir ingest: give FILE ..., '-' for stdin, or --feed URL", file=sys.stderr)
            return 2
        files = ["-"]
    for name in files:
        if name != "-" and not Path(name).is_file():
            print(f"nadhir ingest: cannot read {name}: no such file", file=sys.stderr)
            return 2
    try:
        for url in args.feed:
            check_feed_url(url)
    except ValueError as exc:
        print(f"nadhir ingest: {exc}", file=sys.stderr)
        return 2
    if args.interval <= 0:
        print("nadhir ingest: --interval must be positive", file=sys.stderr)
        return 2

    from nadhir.logging_setup import configure_logging

    configure_logging(settings.log_level, "ingest")
    # The broker's failures are reported once, clearly, by us; kafka-python's retries are noise.
    logging.getLogger("kafka").setLevel(logging.CRITICAL)

    broker = args.broker or ",".join(settings.bootstrap_servers)
    topic = args.topic or settings.topic_articles
    limits = Limits(max_record_bytes=settings.max_record_bytes, max_text_bytes=settings.max_article_bytes)
    try:
        producer = ArticleProducer(
            broker, topic, linger_ms=args.linger_ms, connect_timeout_s=args.connect_timeout,
            ack_timeout_s=args.ack_timeout, limits=limits,
        )
    except BrokerUnavailable as exc:
        print(f"nadhir ingest: {exc}", file=sys.stderr)
        return 2
    code = 0
    try:
        if files:
            code = _ingest_files(files, producer, args.published_at_now)
        if args.feed and code != 2:
            feed_code = _poll_feeds(args, settings, producer, limits)
            code = max(code, feed_code)
    finally:
        producer.close(timeout_s=5)
    return code


def _ingest_files(files: list[str], producer: ArticleProducer, fill_published_at: bool) -> int:
    from nadhir.ingest import BrokerUnavailable, Rejection, SourceLine, publish_lines, read_lines

    total_bytes = None if "-" in files else sum(Path(name).stat().st_size for name in files)
    with _progress(total_bytes) as (report, advance):

        def on_rejected(rejection: Rejection) -> None:
            report(f"{rejection.source}: line {rejection.line}: {rejection.detail}")

        last_line: list[SourceLine] = []

        def on_line(line: SourceLine) -> None:
            advance(line.size)
            last_line[:] = [line]

        def all_lines() -> Iterator[SourceLine]:
            for name in files:
                with _open_input(name) as stream:
                    yield from read_lines(stream, "<stdin>" if name == "-" else name, producer.limits.max_record_bytes)

        try:
            summary = publish_lines(
                producer, all_lines(), fill_published_at=fill_published_at, on_rejected=on_rejected, on_line=on_line
            )
        except BrokerUnavailable as exc:
            where = f" (stopped after {last_line[0].source} line {last_line[0].line_number})" if last_line else ""
            report(f"nadhir ingest: {exc}{where}")
            return 2
        except OSError as exc:
            report(f"nadhir ingest: cannot read input: {exc}")
            return 2
    print(_summary_text(summary), flush=True)
    return 1 if summary.rejected else 0


def _summary_text(summary: IngestSummary) -> str:
    return f"nadhir ingest: {summary.render()}"


@contextlib.contextmanager
def _open_input(name: str) -> Iterator[IO[bytes]]:
    if name == "-":
        yield sys.stdin.buffer
    else:
        with open(name, "rb") as stream:
            yield stream


@contextlib.contextmanager
def _progress(total_bytes: int | None) -> Iterator[tuple[Any, Any]]:
    """(report(message), advance(bytes)): a rich progress bar on a terminal, plain stderr otherwise."""
    if not sys.stderr.isatty():
        yield (lambda message: print(message, file=sys.stderr, flush=True)), (lambda size: None)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TransferSpeedColumn,
    )

    console = Console(stderr=True)
    columns = [TextColumn("ingest"), BarColumn(), DownloadColumn(), TransferSpeedColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=total_bytes)
        yield (
            lambda message: console.print(message, markup=False, highlight=False, soft_wrap=True),
            lambda size: progress.advance(task, size),
        )


def _poll_feeds(args: argparse.Namespace, settings: Settings, producer: ArticleProducer, limits: Limits) -> int:
    from nadhir.ingest.feeds import FeedPoller, FeedResult
    from nadhir.ingest.seen import MemorySeenStore, RedisSeenStore, SeenStore

    ttl = args.seen_ttl or settings.dedupe_horizon_s
    seen: SeenStore
    if settings.redis_url:
        seen = RedisSeenStore(settings.redis_url, prefix=settings.redis_prefix, ttl_s=ttl)
    else:
        seen = MemorySeenStore(ttl_s=ttl)
    poller = FeedPoller(
        args.feed, producer, seen, timeout_s=args.feed_timeout, fill_published_at=args.published_at_now, limits=limits
    )
    failed = False

    def on_poll(results: list[FeedResult]) -> None:
        nonlocal failed
        failed = any(result.status == "error" for result in results)
        published = sum(result.published for result in results)
        unchanged = sum(result.status == "not-modified" for result in results)
        errors = sum(result.status == "error" for result in results)
        print(
            f"nadhir ingest: polled {len(results)} feed(s): published {published}, "
            f"not modified {unchanged}, failed {errors}",
            flush=True,
        )

    try:
        if args.once:
            on_poll(poller.poll_once())
            return 1 if failed else 0
        stop = threading.Event()

        def on_term(signum: int, frame: FrameType | None) -> None:
            stop.set()

        previous = signal.signal(signal.SIGTERM, on_term)
        try:
            poller.run(args.interval, stop, on_poll=on_poll)
        finally:
            signal.signal(signal.SIGTERM, previous)
        return 0
    finally:
        poller.close()
        if isinstance(seen, RedisSeenStore):
            seen.close()
