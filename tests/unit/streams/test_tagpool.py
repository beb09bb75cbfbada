"""`streams.tagpool.TagPool`: tag_records in child processes, same outcomes, same order; a dead child
costs a retry, not an article; the children do not outlive a SIGKILLed worker."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any

import pytest

from config.rules import load_rules
from config.settings import Settings
from streams.app import _process_with_retries
from streams.detection import load_detector
from streams.pipeline import ArticleProcessor
from streams.rules.store import MemoryStore
from streams.tagging import RawRecord, TaggedArticle, TagOutcome, tag_records
from streams.tagpool import TagPool
from streams.validate import Rejection

ROOT = Path(__file__).resolve().parents[3]
LIMITS = {"max_record_bytes": 4_000, "max_article_bytes": 2_000}
RECEIVED_AT = re.compile(rb'"received_at": "[^"]*"')
RECORD_TIME_MS = 1_653_004_800_000  # 2022-05-20T00:00:00Z


def demo_lines() -> list[bytes]:
    return [line.encode() for line in (ROOT / "samples" / "demo-stream.jsonl").read_text("utf-8").splitlines() if line]


def mixed_batch() -> list[RawRecord]:
    """The demo stream (Arabic and English reports) and every kind of bad record, interleaved."""
    bad = [
        b"{not json",
        b'{"id": "x", "text": "' + b"a" * 2_100 + b'"}',  # text over max_article_bytes
        b'{"id": "y", "text": "' + b"b" * 4_100 + b'"}',  # record over max_record_bytes
        b'{"id": "z", "text": "caf\xe9"}',  # not UTF-8
        b'["an", "array"]',
        b'{"id": "w", "text": "x", "published_at": "yesterday"}',
        json.dumps({"id": "undated", "text": "Three airstrikes hit the outskirts of Kansafra in Idlib."}).encode(),
    ]
    values: list[bytes] = []
    for index, line in enumerate(demo_lines()):
        values.append(line)
        if index % 3 == 2 and bad:
            values.append(bad.pop())
    values.extend(bad)
    return [RawRecord(value, "articles", offset % 4, offset, RECORD_TIME_MS + offset) for offset, value in
            enumerate(values * 2)]


def comparable(outcome: TagOutcome) -> Any:
    if isinstance(outcome, Rejection):
        return ("rejection", outcome.reason, outcome.detail)
    return (tuple(outcome.article), outcome.lang, [json.dumps(event.to_dict(), ensure_ascii=False)
                                                   for event in outcome.events], outcome.text_hash)


@pytest.fixture(scope="module")
def pool() -> Iterator[TagPool]:
    settings = Settings()
    the_pool = TagPool(2, lexicon_dir=settings.lexicon_dir, gazetteer_file=settings.gazetteer_file, **LIMITS)
    for started in the_pool.start():
        started.result(timeout=120)
    yield the_pool
    the_pool.shutdown()


def test_the_pool_gives_the_outcomes_of_tag_records_in_order(pool: TagPool) -> None:
    records = mixed_batch()
    expected = tag_records(load_detector(), records, **LIMITS)
    got = asyncio.run(pool.tag(records))
    assert [comparable(outcome) for outcome in got] == [comparable(outcome) for outcome in expected]
    assert len(pool.chunks(records)) > 1  # split over the processes
    tagged = [outcome for outcome in got if isinstance(outcome, TaggedArticle)]
    assert {outcome.lang for outcome in tagged if outcome.events} == {"ar", "en"}
    assert {outcome.reason for outcome in got if isinstance(outcome, Rejection)} == {
        "invalid_json", "too_large", "invalid_utf8", "schema", "bad_timestamp"}
    assert all(type(got_event) is type(event) for outcome, reference in zip(tagged, expected, strict=False)
               if isinstance(reference, TaggedArticle) for got_event, event in zip(outcome.events, reference.events,
                                                                                    strict=False))


class RecordingPublisher:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes]] = []

    async def send(self, topic: str, key: bytes | None, value: bytes) -> Awaitable[Any]:
        if topic == "articles.dlq":  # the one wall-clock field: when the worker dead-lettered it
            value = RECEIVED_AT.sub(b'"received_at": "-"', value)
        self.sent.append((topic, key, value))
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


def run_batches(batches: list[list[RawRecord]], pool: TagPool | None, kill_before: int | None = None,
                ) -> tuple[list[tuple[str, bytes | None, bytes]], ArticleProcessor]:
    settings = Settings()
    publisher = RecordingPublisher()
    store = MemoryStore()
    processor = ArticleProcessor(settings, load_rules(settings.rules_file).rules, load_detector(), store, publisher,
                                 wall_clock_ms=lambda: max(store.max_event_ms, 0))
    processor.tag_pool = pool

    async def main() -> None:
        for index, batch in enumerate(batches):
            if index == kill_before and pool is not None:
                os.kill(pool.pids()[0], signal.SIGKILL)
            for ack in await _process_with_retries(processor, batch, processor.start_tagging(batch)):
                await ack

    asyncio.run(main())
    return publisher.sent, processor


def test_a_killed_child_costs_a_retry_of_the_batch_and_no_article() -> None:
    settings = Settings()
    records = mixed_batch()
    batches = [records[: len(records) // 2], records[len(records) // 2 :]]
    expected, _ = run_batches(batches, None)
    pool = TagPool(1, lexicon_dir=settings.lexicon_dir, gazetteer_file=settings.gazetteer_file,
                   max_record_bytes=settings.max_record_bytes, max_article_bytes=settings.max_article_bytes)
    try:
        for started in pool.start():
            started.result(timeout=120)
        got, processor = run_batches(batches, pool, kill_before=1)
    finally:
        pool.shutdown()
    assert processor.stats["batch_retries"] >= 1
    assert pool.replaced == 1
    assert got == expected  # every DLQ record, event and alert, byte for byte, in order
    assert any(topic == settings.topic_events for topic, _, _ in got)


CHILD = textwrap.dedent("""
    import sys, time
    from multiprocessing import forkserver
    from config.settings import Settings
    from streams.tagpool import TagPool
    settings = Settings()
    pool = TagPool(2, lexicon_dir=settings.lexicon_dir, gazetteer_file=settings.gazetteer_file,
                   max_record_bytes=1000, max_article_bytes=1000)
    for started in pool.start():
        started.result(timeout=120)
    print(*pool.pids(), forkserver._forkserver._forkserver_pid, flush=True)
    time.sleep(600)
""")


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in {"Z", "X"}  # a zombie has exited
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_children_exit_when_the_worker_is_sigkilled() -> None:
    worker = subprocess.Popen([sys.executable, "-c", CHILD], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert worker.stdout is not None
        pids = [int(pid) for pid in worker.stdout.readline().split()]
        assert len(pids) == 3 and not any(_gone(pid) for pid in pids)  # two children and the fork server
        worker.send_signal(signal.SIGKILL)  # the worker only, not its process group
        worker.wait(timeout=10)
        deadline = time.monotonic() + 15
        while not all(_gone(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [pid for pid in pids if not _gone(pid)] == []
    finally:
        if worker.poll() is None:
            worker.kill()
