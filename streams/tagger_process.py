"""Validation and tagging of the worker's batches in a helper process, one batch ahead of the loop.

Tagging is most of a batch's CPU; the event loop also decodes fetches, counts in Redis and
publishes. Run in one process they take turns on one core; here `tag_records` runs in a child
process (a `ProcessPoolExecutor` started with *spawn*: the worker has threads, which ``fork``
must not copy) while the loop processes the previous batch. Nothing is kept in the child
between batches, so a child that dies loses no state:

- the pool is rebuilt and the batch tagged again (`BrokenProcessPool`);
- if the batch breaks the new pool too, its records are tagged one by one in fresh pools, and a
  record that kills the child is rejected (reason ``schema``: it goes to the DLQ), so one
  poisonous article cannot stall a partition.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from streams.tagging import Detector, RawRecord, TagOutcome, tag_records
from streams.validate import Rejection

log = logging.getLogger("nadhir.streams")

PARENT_CHECK_S = 0.2

_detector: Detector | None = None
_limits: tuple[int, int] = (0, 0)


def shipped_detector(lexicon_dir: Path, gazetteer_file: Path) -> Detector:
    """The detector of these lexicons and gazetteer (`streams.detection.load_detector`)."""
    from streams.detection import load_detector

    return load_detector(lexicon_dir=lexicon_dir, gazetteer_file=gazetteer_file)


def _start_child(detector_factory: Callable[[], Detector], max_record_bytes: int, max_article_bytes: int) -> None:
    """The child's initializer: build the detector once (the costly part: the automaton)."""
    global _detector, _limits
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the worker's to handle; it stops the pool
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), name="parent-watch", daemon=True).start()
    _detector = detector_factory()
    _limits = (max_record_bytes, max_article_bytes)
    gc.collect()
    gc.freeze()  # the detector's tables are never garbage: keep the cyclic GC off them


def _exit_with_parent(parent_pid: int) -> None:
    """A worker killed with SIGKILL (or leaving by ``os._exit``) does not stop its pool, and the
    pool's queue gives the child no end-of-file (the child holds both ends of its pipe): the child
    leaves on its own once it has another parent."""
    while os.getppid() == parent_pid:
        time.sleep(PARENT_CHECK_S)
    os._exit(0)


def _tag_in_child(records: Sequence[RawRecord]) -> list[TagOutcome]:
    assert _detector is not None, "the pool's initializer builds the detector"
    return tag_records(_detector, records, max_record_bytes=_limits[0], max_article_bytes=_limits[1])


def _ready() -> bool:
    return _detector is not None


class ProcessTagger:
    """`tag_records` for the worker's batches, in ``processes`` child processes.

    ``detector_factory`` builds each child's detector; it is pickled by reference (a module-level
    function or a `functools.partial` of one), e.g. ``partial(shipped_detector, lexicon_dir, gazetteer_file)``.

    ``submit`` starts a batch at once and returns a task with its outcomes, so the caller can
    submit the next batch before awaiting this one. ``restarts`` counts the pools rebuilt after
    a child died."""

    def __init__(self, detector_factory: Callable[[], Detector], *, max_record_bytes: int, max_article_bytes: int,
                 processes: int = 1) -> None:
        self._initargs = (detector_factory, max_record_bytes, max_article_bytes)
        self.processes = processes
        self.restarts = 0
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> asyncio.Future[bool]:
        """Start the child processes now (they build the detector while the worker joins its
        group); the future is done once one of them is ready."""
        return asyncio.get_running_loop().run_in_executor(self._executor(), _ready)

    def submit(self, records: Sequence[RawRecord]) -> asyncio.Task[list[TagOutcome]]:
        records = list(records)
        pool = self._executor()
        first = asyncio.get_running_loop().run_in_executor(pool, _tag_in_child, records)
        return asyncio.ensure_future(self._outcomes(records, first, pool))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    # --- internals -----------------------------------------------------------------------------
    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_child, initargs=self._initargs,
            )
        return self._pool

    def _rebuild(self, broken: ProcessPoolExecutor, reason: str) -> None:
        if self._pool is broken:  # a later batch may have rebuilt it already
            broken.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            self.restarts += 1
            log.error("the tagging process died (%s); starting a new one", reason)

    async def _outcomes(self, records: list[RawRecord], first: asyncio.Future[list[TagOutcome]],
                        pool: ProcessPoolExecutor) -> list[TagOutcome]:
        try:
            return await first
        except BrokenProcessPool:
            self._rebuild(pool, f"batch of {len(records)} records from {_where(records[0])}")
        pool = self._executor()
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, _tag_in_child, records)
        except BrokenProcessPool:
            self._rebuild(pool, "the same batch again: looking for the record that kills it")
        return [await self._one(record) for record in records]

    async def _one(self, record: RawRecord) -> TagOutcome:
        pool = self._executor()
        try:
            (outcome,) = await asyncio.get_running_loop().run_in_executor(pool, _tag_in_child, [record])
            return outcome
        except BrokenProcessPool:
            self._rebuild(pool, f"record {_where(record)}")
            return Rejection("schema", "detection failed: the record killed the tagging process")


def _where(record: RawRecord) -> str:
    return f"{record.topic}[{record.partition}]@{record.offset}"
