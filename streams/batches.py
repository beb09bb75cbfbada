"""The agent's batches, processed strictly in order and acknowledged once their outputs are sent.

With a `streams.tagger_process.ProcessTagger`, a batch is handed to the tagging process as soon
as faust takes it, and the agent goes back to taking the next one: batch N+1 is validated and
tagged in the child while the loop counts and publishes batch N (at most ``depth`` batches are
between take and processed). Without one, each batch is tagged and processed in the loop before
the agent takes the next.

Either way a batch is acknowledged only after its DLQ records and events are acknowledged by the
broker and its counts are in Redis; a failing batch is retried as it was (processing is idempotent),
so offsets never move past unprocessed records.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine, Sequence
from typing import Any

from streams.pipeline import ArticleProcessor
from streams.tagger_process import ProcessTagger
from streams.tagging import RawRecord, TagOutcome

log = logging.getLogger("nadhir.streams")

RETRY_DELAYS_S = (0.2, 0.5, 1.0, 2.0, 5.0)


class BatchRunner:
    """See the module docstring. ``stream`` is the agent's faust stream (``ack`` per event)."""

    def __init__(self, processor: ArticleProcessor, stream: Any, tagger: ProcessTagger | None = None,
                 *, depth: int = 2) -> None:
        self.processor = processor
        self.stream = stream
        self.tagger = tagger
        self._slots = asyncio.Semaphore(depth)
        self._previous: asyncio.Future[None] | None = None  # the last submitted batch's processing
        self._tasks: set[asyncio.Future[None]] = set()

    async def run(self, events: Sequence[Any]) -> None:
        """Take one batch of faust events; returns when the agent may take the next."""
        records = [
            RawRecord(
                value=event.message.value or b"",
                topic=event.message.topic,
                partition=event.message.partition,
                offset=event.message.offset,
                timestamp_ms=int(event.message.timestamp * 1000),
            )
            for event in events
        ]
        if self.tagger is None:
            outputs = await _process_with_retries(self.processor, records)
            # The next batch starts while these outputs fly (faust commits an offset only when
            # every earlier one is acked).
            self._spawn(_ack_when_sent(self.stream, events, outputs))
            return
        await self._slots.acquire()
        tagged = self.tagger.submit(records)
        processed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._spawn(self._process_in_turn(self._previous, processed, records, tagged, events))
        self._previous = processed

    async def close(self) -> None:
        """Cancel the batches still in flight (their offsets stay uncommitted: redelivered)."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _process_in_turn(self, previous: asyncio.Future[None] | None, processed: asyncio.Future[None],
                               records: list[RawRecord], tagged: asyncio.Task[list[TagOutcome]],
                               events: Sequence[Any]) -> None:
        assert self.tagger is not None
        try:
            if previous is not None:
                await previous
            try:
                outcomes: list[TagOutcome] | None = await tagged
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("the tagging process failed on a batch of %d records; tagging it here", len(records))
                outcomes = None
            self.processor.stats["tagging_process.restarts"] = self.tagger.restarts
            outputs = await _process_with_retries(self.processor, records, outcomes)
        finally:
            if not processed.done():
                processed.set_result(None)
            self._slots.release()
        await _ack_when_sent(self.stream, events, outputs)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


async def _ack_when_sent(stream: Any, events: Sequence[Any], outputs: list[Awaitable[Any]]) -> None:
    try:
        for output in outputs:
            await output
    except Exception:
        # Not acking leaves a gap: faust commits nothing past it, the batch comes back on restart.
        log.exception("a DLQ record or event of a batch was not acknowledged; its offsets stay uncommitted")
        return
    for event in events:
        await stream.ack(event)


async def _process_with_retries(processor: ArticleProcessor, records: list[RawRecord],
                                tagged: Sequence[TagOutcome] | None = None) -> list[Awaitable[Any]]:
    """``processor.process_tagged`` (``process_nowait`` when the batch is not tagged yet), retried
    on Redis or broker errors until it succeeds."""
    attempt = 0
    while True:
        try:
            if tagged is None:
                return await processor.process_nowait(records)
            return await processor.process_tagged(records, tagged)
        except asyncio.CancelledError:
            raise
        except Exception:
            delay = RETRY_DELAYS_S[min(attempt, len(RETRY_DELAYS_S) - 1)]
            processor.stats["batch_retries"] += 1
            first = records[0]
            log.exception("batch of %d records from %s[%d]@%d failed; retrying in %.1fs",
                          len(records), first.topic, first.partition, first.offset, delay)
            attempt += 1
            await asyncio.sleep(delay)
