"""The faust app: topics, one batching agent over `articles`, the episode timer, a health page.

The agent is thin: it turns a batch of faust events into `RawRecord`s, hands them to
`streams.pipeline.ArticleProcessor` and acknowledges the batch only once the processor
returned, i.e. once every DLQ record, event and alert of the batch is acknowledged by the
broker and the counts are in Redis. A Redis or broker error is retried on the same batch
(processing is idempotent), so offsets never move past unprocessed records.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Sequence
from typing import TYPE_CHECKING, Any

from config.settings import Settings
from nadhir.runtime.ports import free_port
from streams.pipeline import ArticleProcessor
from streams.startup import collect_young_objects_less_often, exclude_startup_objects_from_gc
from streams.tagging import RawRecord, TagOutcome

if TYPE_CHECKING:
    import faust

log = logging.getLogger("nadhir.streams")

RETRY_DELAYS_S = (0.2, 0.5, 1.0, 2.0, 5.0)
TAG_AHEAD = 1  # with a tag pool: batches queued, tagged or tagging, besides the one being finished


class FaustPublisher:
    """`streams.pipeline.Publisher`: alerts through the app's own producer (one record per batch,
    as tansu needs for anything read back by offset); the bulk topics (``events``, the DLQ)
    through a second aiokafka producer, one record batch per partition and event-loop turn
    (`BulkSender`): nothing reads those two topics by ``end_offsets()``."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.bulk_topics = {settings.topic_events, settings.topic_articles_dlq}
        self._bulk: BulkSender | None = None

    async def send(self, topic: str, key: bytes | None, value: bytes) -> Any:
        if topic in self.bulk_topics:
            if self._bulk is None:
                from aiokafka import AIOKafkaProducer

                producer = AIOKafkaProducer(
                    bootstrap_servers=self.settings.bootstrap_servers, linger_ms=2, acks=1,
                    max_batch_size=512 * 1024, max_request_size=4 * 1024 * 1024,
                )
                await producer.start()
                self._bulk = BulkSender(producer)
            return self._bulk.add(topic, key, value)
        return await self.app.producer.send(topic, key, value, partition=None, timestamp=None, headers=None)

    async def close(self) -> None:
        if self._bulk is not None:
            await self._bulk.producer.stop()
            self._bulk = None


class BulkSender:
    """Records handed over during one event-loop turn leave as one record batch per partition.

    ``add`` only buffers (a few µs instead of aiokafka's ~40 µs per ``send``) and returns the
    turn's future, done once the broker acknowledged every batch of that turn (or failed with
    the first error). Partitions are those of aiokafka's default partitioner: a key always goes
    to the same partition, records without a key to any."""

    MAX_CACHED_KEYS = 10_000

    def __init__(self, producer: Any) -> None:
        from aiokafka.partitioner import DefaultPartitioner

        self.producer = producer
        self._partitioner = DefaultPartitioner()
        self._partitions: dict[str, list[int]] = {}
        self._partition_of_key: dict[tuple[str, bytes], int] = {}
        self._pending: list[tuple[str, bytes | None, bytes]] = []
        self._turn: asyncio.Future[None] | None = None
        self._flushing: set[asyncio.Future[None]] = set()

    def add(self, topic: str, key: bytes | None, value: bytes) -> asyncio.Future[None]:
        self._pending.append((topic, key, value))
        if self._turn is None:
            self._turn = asyncio.get_running_loop().create_future()
            flush = asyncio.ensure_future(self._flush())  # runs once the caller yields to the loop
            self._flushing.add(flush)
            flush.add_done_callback(self._flushing.discard)
        return self._turn

    async def _flush(self) -> None:
        pending, turn = self._pending, self._turn
        self._pending, self._turn = [], None
        assert turn is not None
        try:
            builders: dict[tuple[str, int], Any] = {}
            sent: list[asyncio.Future[Any]] = []
            for topic in {topic for topic, _, _ in pending} - self._partitions.keys():
                self._partitions[topic] = sorted(await self.producer.partitions_for(topic))
            for topic, key, value in pending:
                partition = self._partition(topic, key)
                builder = builders.get((topic, partition))
                if builder is None:
                    builder = builders[(topic, partition)] = self.producer.create_batch()
                if builder.append(timestamp=None, key=key, value=value) is None:  # full
                    sent.append(await self.producer.send_batch(builder, topic, partition=partition))
                    builder = builders[(topic, partition)] = self.producer.create_batch()
                    builder.append(timestamp=None, key=key, value=value)
            for (topic, partition), builder in builders.items():
                sent.append(await self.producer.send_batch(builder, topic, partition=partition))
            await asyncio.gather(*sent)
        except asyncio.CancelledError:  # shutdown: the records' awaiters must not hang
            turn.cancel()
            raise
        except Exception as exc:  # the batch of these records stays uncommitted (streams.app._ack_when_sent)
            turn.set_exception(exc)
        else:
            turn.set_result(None)

    def _partition(self, topic: str, key: bytes | None) -> int:
        """The record's partition (the topic's partitions are known: `_flush` asked for them)."""
        partitions = self._partitions[topic]
        if key is None:
            return int(self._partitioner(None, partitions, partitions))
        found = self._partition_of_key.get((topic, key))
        if found is None:
            if len(self._partition_of_key) >= self.MAX_CACHED_KEYS:
                self._partition_of_key.clear()
            found = self._partition_of_key[(topic, key)] = int(self._partitioner(key, partitions, partitions))
        return found


def shorten_fetch_wait(fetch_max_wait_ms: int) -> None:
    """Make faust's aiokafka consumers wait at most ``fetch_max_wait_ms`` per Fetch (process-wide).

    faust hard-codes 1500 ms, and tansu answers a Fetch only when that wait is over, not when a
    record arrives: at 500 records/s the records waited 0.4-1.5 s in the broker before the worker
    saw them (aiokafka alone: p50 394 ms at 1500 ms, 7 ms at 20 ms). A short wait costs a few
    more Fetch requests per second while idle."""
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    create = AIOKafkaConsumerThread._create_worker_consumer
    if getattr(create, "fetch_max_wait_ms", None) == fetch_max_wait_ms:
        return
    original = getattr(create, "original", create)

    def create_worker_consumer(self: Any, transport: Any) -> Any:
        consumer = original(self, transport)
        consumer._fetch_max_wait_ms = fetch_max_wait_ms  # read by AIOKafkaConsumer.start()
        return consumer

    create_worker_consumer.original = original  # type: ignore[attr-defined]
    create_worker_consumer.fetch_max_wait_ms = fetch_max_wait_ms  # type: ignore[attr-defined]
    AIOKafkaConsumerThread._create_worker_consumer = create_worker_consumer  # type: ignore[method-assign]


def faust_settings(settings: Settings) -> dict[str, Any]:
    """The faust options that work against the configured broker flavour (see notes/broker.md)."""
    return {
        "broker": [f"kafka://{server}" for server in settings.bootstrap_servers],
        "broker_session_timeout": settings.session_timeout_s,
        "broker_heartbeat_interval": settings.heartbeat_interval_s,
        "broker_rebalance_timeout": settings.rebalance_timeout_s,
        "producer_max_batch_size": settings.effective_producer_batch_size,
        "topic_partitions": settings.partitions,
        "topic_replication_factor": settings.replication_factor,
        "consumer_auto_offset_reset": "earliest",
        "web_host": settings.host,
        "web_bind": settings.host,
        # faust refuses port 0; "any free port" is picked here instead.
        "web_port": settings.worker_port or free_port(settings.host),
        "datadir": str(settings.worker_data_dir),
        "store": "memory://",
        "autodiscover": False,
    }


def create_app(settings: Settings, processor: ArticleProcessor | None = None) -> faust.App:
    """Build the worker's app. Without ``processor``, one is built from ``settings`` (rules file,
    detection engine, Redis at ``settings.redis_url``)."""
    import faust

    shorten_fetch_wait(settings.fetch_max_wait_ms)
    app = faust.App(settings.app_id, **faust_settings(settings))
    articles = app.topic(
        settings.topic_articles, partitions=settings.partitions, key_type=bytes, value_type=bytes,
        key_serializer="raw", value_serializer="raw",
    )
    publisher = FaustPublisher(app, settings)
    the_processor = processor or build_processor(settings, publisher)

    def close_bulk_producer(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> Awaitable[None]:
        if the_processor.tag_pool is not None:
            the_processor.tag_pool.shutdown()
        return publisher.close()

    app.on_before_shutdown.connect(close_bulk_producer)

    in_flight: set[asyncio.Future[None]] = set()

    @app.agent(articles, name=f"{settings.app_id}.articles")
    async def process_articles(stream: Any) -> None:  # a faust.Stream of raw bytes
        exclude_startup_objects_from_gc()
        collect_young_objects_less_often()
        batches = stream.noack_take(settings.worker_batch_size, within=settings.worker_batch_within_s)
        if the_processor.tag_pool is not None:
            await _process_with_pool(stream, batches, the_processor, in_flight)
            return
        async for events in batches:
            outputs = await _process_with_retries(the_processor, _raw_records(events))
            _ack_later(stream, events, outputs, in_flight)

    async def check_episodes() -> None:
        try:
            await the_processor.tick()
        except Exception:
            log.exception("episode check failed; retrying at the next tick")

    app.timer(interval=settings.resolve_interval_s, name=f"{settings.app_id}.episodes")(check_episodes)

    @app.page("/health/")
    async def health(web: Any, request: Any) -> Any:
        return web.json({"status": "ok", "stats": dict(the_processor.stats)})

    from nadhir.ops.worker import install as install_ops

    install_ops(app, settings, the_processor)  # /health, /ready, /metrics; events per region (nadhir.ops)
    return app


def _raw_records(events: Sequence[Any]) -> list[RawRecord]:
    return [
        RawRecord(
            value=event.message.value or b"",
            topic=event.message.topic,
            partition=event.message.partition,
            offset=event.message.offset,
            timestamp_ms=int(event.message.timestamp * 1000),
        )
        for event in events
    ]


async def _process_with_pool(stream: Any, batches: AsyncIterator[Sequence[Any]], processor: ArticleProcessor,
                             in_flight: set[asyncio.Future[None]]) -> None:
    """The agent's loop with a tag pool: each batch goes to the pool as soon as faust hands it over;
    a second task does the batches in order (admit, count, publish, then the ack as without a pool)
    while the pool tags the next ones (at most `TAG_AHEAD` + 1 batches ahead)."""
    queue: asyncio.Queue[tuple[Sequence[Any], list[RawRecord], Awaitable[list[TagOutcome]] | None]] = (
        asyncio.Queue(maxsize=TAG_AHEAD))

    async def finish() -> None:
        while True:
            events, records, tagging = await queue.get()
            outputs = await _process_with_retries(processor, records, tagging=tagging)
            _ack_later(stream, events, outputs, in_flight)

    finisher = asyncio.ensure_future(finish())
    try:
        async for events in batches:
            records = _raw_records(events)
            tagging = processor.start_tagging(records)
            put = asyncio.ensure_future(queue.put((events, records, tagging)))
            await asyncio.wait([put, finisher], return_when=asyncio.FIRST_COMPLETED)
            if finisher.done():  # it only ends by an error: surface it (faust restarts the agent)
                put.cancel()
                finisher.result()
    finally:
        finisher.cancel()


def _ack_later(stream: Any, events: Sequence[Any], outputs: list[Awaitable[Any]],
               in_flight: set[asyncio.Future[None]]) -> None:
    """Ack the batch's events once its outputs are acknowledged, without waiting here: offsets are
    committed only then, and the next batch starts meanwhile (faust commits an offset only when
    every earlier one is acked). ``in_flight`` holds the pending acks (and forgets the done ones)."""
    in_flight.add(asyncio.ensure_future(_ack_when_sent(stream, events, outputs)))
    in_flight.difference_update([task for task in in_flight if task.done()])


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
                                tagging: Awaitable[list[TagOutcome]] | None = None) -> list[Awaitable[Any]]:
    """``tagging``: the batch's outcomes under way in the tag pool, for the first attempt (a retry
    tags the batch again: the pool may have lost a process)."""
    attempt = 0
    while True:
        try:
            return await processor.process_nowait(records, tagging)
        except asyncio.CancelledError:
            raise
        except Exception:
            delay = RETRY_DELAYS_S[min(attempt, len(RETRY_DELAYS_S) - 1)]
            processor.stats["batch_retries"] += 1
            first = records[0]
            log.exception("batch of %d records from %s[%d]@%d failed; retrying in %.1fs",
                          len(records), first.topic, first.partition, first.offset, delay)
            attempt += 1
            tagging = None
            await asyncio.sleep(delay)


def build_processor(settings: Settings, publisher: FaustPublisher) -> ArticleProcessor:
    """The processor of a real worker: rules file, detection engine and Redis from settings."""
    import redis.asyncio as aioredis

    from config.errors import ConfigError
    from config.rules import load_rules
    from streams.detection import load_detector
    from streams.rules.redis_store import RedisStore

    if settings.redis_url is None:
        raise ConfigError.single("NADHIR_REDIS_URL", "no Redis configured (run `nadhir up` for the embedded one)")
    rules = load_rules(settings.rules_file).rules
    detector = load_detector(lexicon_dir=settings.lexicon_dir, gazetteer_file=settings.gazetteer_file)
    client = aioredis.Redis.from_url(settings.redis_url)
    processor = ArticleProcessor(settings, rules, detector, RedisStore(client, settings.redis_prefix), publisher)
    if settings.tag_processes > 0:
        from streams.tagpool import TagPool

        processor.tag_pool = TagPool(settings.tag_processes, lexicon_dir=settings.lexicon_dir,
                                     gazetteer_file=settings.gazetteer_file, max_record_bytes=settings.max_record_bytes,
                                     max_article_bytes=settings.max_article_bytes)
        processor.tag_pool.start()
        log.info("tagging in %d processes", settings.tag_processes)
    return processor
