"""The dispatcher's Kafka side against the embedded broker: commit after record, re-reads are idempotent."""

from __future__ import annotations

import asyncio
import contextlib

from aiokafka import AIOKafkaConsumer, TopicPartition
from kafka import KafkaProducer

from alerts.dispatch.service import serve
from config.settings import load_settings
from tests.integration.alerts.conftest import PREFIX, hook
from tests.support.webhook_receiver import sample_alert


def produce(bootstrap: str, topic: str, payloads: list[bytes]) -> None:
    # batch_size=1: tansu reports wrong offsets for multi-record batches (docs: broker notes).
    producer = KafkaProducer(bootstrap_servers=bootstrap, batch_size=1, linger_ms=0)
    try:
        for index, payload in enumerate(payloads):
            producer.send(topic, key=str(index).encode(), value=payload)
        producer.flush()
    finally:
        producer.close()


async def committed(bootstrap: str, topic: str, group: str, partitions: int) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        total = 0
        for partition in range(partitions):
            offset = await consumer.committed(TopicPartition(topic, partition))
            total += offset or 0
        return total
    finally:
        await consumer.stop()


async def run_for(settings, channels, topic: str, group: str, until, within: float = 30.0) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, channels, stop, group_id=group, topic=topic))
    try:
        deadline = asyncio.get_running_loop().time() + within
        while not await until():
            if task.done():
                task.result()
            assert asyncio.get_running_loop().time() < deadline, "timed out"
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 20)


async def test_consumes_records_commits_and_skips_invalid(broker, fresh_topics, redis_url, receiver, secret,
                                                          write_channels):
    topic = fresh_topics("alerts", partitions=2)["alerts"]
    alerts = [sample_alert(region=f"r{i}") for i in range(20)]
    produce(broker.bootstrap, topic, [a.to_json_bytes() for a in alerts] + [b"{not json", b'{"id": 1}'])
    settings = load_settings(broker=broker.bootstrap, redis_url=redis_url, redis_prefix=PREFIX)
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    group = f"dispatch-{topic}"
    async def all_delivered() -> bool:
        return len(receiver.delivered()) >= 20

    await run_for(settings, channels, topic, group, all_delivered)
    assert sorted(r.body["alerts"][0]["region"] for r in receiver.delivered()) == sorted(
        a.region for a in alerts)
    assert await committed(broker.bootstrap, topic, group, 2) == 22
    # A new group re-reads everything: every notification is already recorded, none is re-sent.
    async def reread() -> bool:
        return await committed(broker.bootstrap, topic, group + "-again", 2) == 22

    await run_for(settings, channels, topic, group + "-again", reread)
    await asyncio.sleep(0.5)
    assert len(receiver.attempts()) == 20
