"""`streams.batches.BatchRunner`: batches tagged ahead are still processed and acknowledged in order."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Sequence
from types import SimpleNamespace
from typing import Any

from streams.batches import BatchRunner
from streams.tagging import RawRecord, TagOutcome
from streams.validate import Rejection


def faust_event(offset: int) -> Any:
    message = SimpleNamespace(value=b"{}", topic="articles", partition=0, offset=offset, timestamp=1.0)
    return SimpleNamespace(message=message)


class RecordingStream:
    def __init__(self) -> None:
        self.acked: list[int] = []

    async def ack(self, event: Any) -> None:
        self.acked.append(event.message.offset)


class RecordingProcessor:
    """Records the order batches reach it and how they were tagged."""

    def __init__(self, fail_first: int = 0) -> None:
        self.processed: list[tuple[int, str]] = []
        self.stats: Counter[str] = Counter()
        self.fail_first = fail_first

    async def process_tagged(self, records: Sequence[RawRecord], tagged: Sequence[TagOutcome]) -> list[Awaitable[Any]]:
        if self.fail_first:
            self.fail_first -= 1
            raise ConnectionError("Redis went away")
        assert len(tagged) == len(records)
        self.processed.append((records[0].offset, "ahead"))
        await asyncio.sleep(0.01)  # Redis and the broker
        return []

    async def process_nowait(self, records: Sequence[RawRecord]) -> list[Awaitable[Any]]:
        self.processed.append((records[0].offset, "here"))
        return []


class SlowFirstTagger:
    """Tags the first batch slowest, so that later batches are ready before it; fails on offset 666."""

    processes = 2
    restarts = 0

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, records: Sequence[RawRecord]) -> asyncio.Task[list[TagOutcome]]:
        delay = 0.2 if self.submitted == 0 else 0.0
        self.submitted += 1

        async def tag() -> list[TagOutcome]:
            await asyncio.sleep(delay)
            if records[0].offset == 666:
                raise RuntimeError("the tagging process could not pickle its answer")
            return [Rejection("schema", "test") for _ in records]

        return asyncio.ensure_future(tag())


def run_batches(processor: RecordingProcessor, offsets: list[int]) -> RecordingStream:
    stream = RecordingStream()

    async def main() -> None:
        runner = BatchRunner(processor, stream, SlowFirstTagger(), depth=3)  # type: ignore[arg-type]
        for offset in offsets:
            await runner.run([faust_event(offset), faust_event(offset + 1)])
        for _ in range(100):
            if len(stream.acked) == 2 * len(offsets):
                break
            await asyncio.sleep(0.02)
        await runner.close()

    asyncio.run(main())
    return stream


def test_batches_tagged_ahead_are_processed_and_acked_in_order() -> None:
    processor = RecordingProcessor()
    stream = run_batches(processor, [10, 20, 30, 40])
    assert processor.processed == [(10, "ahead"), (20, "ahead"), (30, "ahead"), (40, "ahead")]
    assert stream.acked == [10, 11, 20, 21, 30, 31, 40, 41]


def test_a_batch_the_tagger_fails_on_is_tagged_in_the_loop_and_a_failing_batch_retried() -> None:
    processor = RecordingProcessor(fail_first=1)  # the first batch meets a Redis error once
    stream = run_batches(processor, [10, 666, 30])
    assert processor.processed == [(10, "ahead"), (666, "here"), (30, "ahead")]
    assert processor.stats["batch_retries"] == 1
    assert stream.acked == [10, 11, 666, 667, 30, 31]
