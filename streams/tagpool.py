"""`tag_records` in a pool of processes (``NADHIR_TAG_PROCESSES`` > 0), beside faust's consumption.

Tagging (validate, detect, hash: `streams.tagging`) is the CPU-bound, pure half of the worker's
work; the rest (admit, count, decide, publish) waits on Redis and the broker. With a pool, the
worker's process sends each batch's record values to the children in chunks and, while they tag
it, consumes, counts and publishes the batch before (`streams.app`). Outcomes are those of
in-process `tag_records`, in the same order.

- Children start with ``forkserver`` (faust runs threads: no plain ``fork``), load the detector
  once (the initializer) and die with the worker: ``PR_SET_PDEATHSIG`` (Linux; the forkserver
  exits when the worker's end of its pipe closes, its children then get SIGKILL), else a thread
  that watches the worker's pid.
- What crosses the boundary is plain data: ``(value, partition, offset, timestamp_ms)`` per record
  out; back, per record, a tuple for a `Rejection` or for a `TaggedArticle` whose events are the
  positional arguments of `DetectedEvent` (a mypyc class: its instances do not pickle).
- A child that dies breaks the pool (``BrokenProcessPool``): the pool is replaced, with a log
  line, and the error propagates, so that the batch is retried (`streams.app._process_with_retries`).
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from streams.tagging import RawRecord, TaggedArticle, TagOutcome, tag_records
from streams.validate import Article, Rejection

log = logging.getLogger("nadhir.streams")

__all__ = ["TagPool"]

# A task costs the worker's process a few hundred µs of CPU (executor threads, wake-ups) besides the
# pickling: with batches of 200, 8 tasks per batch cost 28-32 µs per article, 1-2 tasks 12-15 µs.
MIN_CHUNK = 32  # records per task at least
CHUNKS_PER_PROCESS = 1

# (value, partition, offset, timestamp_ms): what a child needs of a record
_Wire = tuple[bytes, int, int, int]
# ("", reason, detail) or (article fields, lang, events as DetectedEvent arguments, text hash)
_Result = tuple[Any, ...]

_PR_SET_PDEATHSIG = 1
_child: dict[str, Any] = {}  # the child's detector and limits (set by `_init_child`)


# --- in the child ---------------------------------------------------------------------------------
def _init_child(parent_pid: int, start_method: str, lexicon_dir: str, gazetteer_file: str, max_record_bytes: int,
                max_article_bytes: int) -> None:
    _die_with(parent_pid, start_method)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the worker stops us
    from streams.detection import load_detector
    from streams.startup import exclude_startup_objects_from_gc

    _child["detector"] = load_detector(lexicon_dir=Path(lexicon_dir), gazetteer_file=Path(gazetteer_file))
    _child["limits"] = {"max_record_bytes": max_record_bytes, "max_article_bytes": max_article_bytes}
    exclude_startup_objects_from_gc()


def _die_with(parent_pid: int, start_method: str) -> None:
    """Exit when the worker (``parent_pid``) is gone, even when it was SIGKILLed."""
    parent = os.getppid()  # the worker (spawn) or the fork server, which exits when the worker is gone
    armed = start_method == "spawn" or (start_method == "forkserver" and _release_fork_server())
    if armed and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    else:
        armed = False
    if os.getppid() != parent or not _alive(parent_pid):  # gone before prctl took effect
        os._exit(1)
    if not armed:
        def watch() -> None:
            while _alive(parent_pid):
                time.sleep(1.0)
            os._exit(1)

        threading.Thread(target=watch, name="nadhir-parent-watch", daemon=True).start()


def _release_fork_server() -> bool:
    """Close this child's copy of the fork server's "alive" pipe. The fork server exits once every
    write end of that pipe is closed; it hands one to each child it forks (so that a child can start
    processes of its own), which would keep it, and so this child, alive after the worker's SIGKILL."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if not isinstance(fd, int):
        return False
    try:
        os.close(fd)
    except OSError:
        return False
    server._forkserver_alive_fd = None  # type: ignore[union-attr]
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _tag_chunk(wire: Sequence[_Wire]) -> list[_Result]:
    records = [RawRecord(value, "", partition, offset, timestamp_ms) for value, partition, offset, timestamp_ms in wire]
    results: list[_Result] = []
    for outcome in tag_records(_child["detector"], records, **_child["limits"]):
        if isinstance(outcome, Rejection):
            results.append(("", outcome.reason, outcome.detail))
            continue
        events = [
            (e.category, e.place, e.region, e.country, e.count, e.approx, e.evidence, e.span, e.field, e.term,  # type: ignore[attr-defined]
             e.places, e.destination, e.destination_region, e.mentions)  # type: ignore[attr-defined]
            for e in outcome.events
        ]
        results.append((tuple(outcome.article), outcome.lang, events, outcome.text_hash))
    return results


def _ready() -> int:
    return os.getpid()


# --- in the worker --------------------------------------------------------------------------------
def _outcomes(results: Sequence[_Result]) -> list[TagOutcome]:
    from streams.detection import DetectedEvent

    new = tuple.__new__  # the named tuples' own __new__, without their Python-level argument handling
    outcomes: list[TagOutcome] = []
    for result in results:
        if result[0] == "":
            outcomes.append(Rejection(result[1], result[2]))
        else:
            fields, lang, events, digest = result
            article = new(Article, fields)
            outcomes.append(new(TaggedArticle, (article, lang, [DetectedEvent(*event) for event in events], digest)))
    return outcomes


class TagPool:
    """``processes`` children that run `tag_records`; `submit` a batch, await its outcomes."""

    def __init__(self, processes: int, *, lexicon_dir: Path, gazetteer_file: Path, max_record_bytes: int,
                 max_article_bytes: int, start_method: str = "forkserver") -> None:
        if processes < 1:
            raise ValueError("a tag pool needs at least one process")
        self.processes = processes
        self.start_method = start_method
        self._initargs = (os.getpid(), start_method, str(lexicon_dir), str(gazetteer_file), max_record_bytes, max_article_bytes)
        self.replaced = 0
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            # imported once by the fork server, not again by every child it forks
            context.set_forkserver_preload(["streams.tagpool", "streams.detection"])  # type: ignore[attr-defined]
        return ProcessPoolExecutor(self.processes, mp_context=context, initializer=_init_child,
                                   initargs=self._initargs)

    def start(self) -> list[Future[int]]:
        """Start every child now (each loads the detector, seconds) rather than on the first batch."""
        return [self._executor.submit(_ready) for _ in range(self.processes)]

    def pids(self) -> list[int]:
        """The children's pids (for tests and diagnostics)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return sorted(processes)

    def chunks(self, records: Sequence[RawRecord]) -> list[list[_Wire]]:
        size = max(MIN_CHUNK, -(-len(records) // (self.processes * CHUNKS_PER_PROCESS)))
        wire = [(record.value, record.partition, record.offset, record.timestamp_ms) for record in records]
        return [wire[start : start + size] for start in range(0, len(wire), size)]

    def submit(self, records: Sequence[RawRecord]) -> asyncio.Future[list[TagOutcome]]:
        """Start tagging ``records`` now (in chunks over the children); the future's result is
        `tag_records`' (same outcomes, same order). It raises ``BrokenProcessPool`` when a child
        died, once the pool is replaced (the caller retries the batch)."""
        executor = self._executor
        try:
            futures = [executor.submit(_tag_chunk, chunk) for chunk in self.chunks(records)]
        except BrokenProcessPool as exc:
            self._replace(executor)
            failed: asyncio.Future[list[TagOutcome]] = asyncio.get_running_loop().create_future()
            failed.set_exception(exc)
            return failed
        return asyncio.ensure_future(self._collect(executor, futures))

    async def tag(self, records: Sequence[RawRecord]) -> list[TagOutcome]:
        return await self.submit(records)

    async def _collect(self, executor: ProcessPoolExecutor, futures: list[Future[list[_Result]]]) -> list[TagOutcome]:
        waiting = [asyncio.wrap_future(future) for future in futures]
        try:
            parts = await asyncio.gather(*waiting)
        except BrokenProcessPool:
            self._replace(executor)
            raise
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        outcomes: list[TagOutcome] = []
        for part in parts:
            outcomes.extend(_outcomes(part))
        return outcomes

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        if self._executor is not broken:  # another batch of the same pool replaced it already
            return
        log.error("a tagging process died (pool of %d); starting a new pool, the batch will be retried",
                  self.processes)
        broken.shutdown(wait=False, cancel_futures=True)
        self.replaced += 1
        self._executor = self._new_executor()
        self.start()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
