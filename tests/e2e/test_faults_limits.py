"""What is *not* guaranteed, shown on the real services (README, Guarantees): the in-memory embedded
broker forgets everything when it restarts; a Redis without AOF forgets the retry schedule; tansu
0.6.0 refuses Kafka transactions, so there is no exactly-once processing on the embedded broker."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from alerts.deliveries.store import DeliveryStore
from alerts.routing import webhook_target
from nadhir.runtime import EmbeddedBroker, EmbeddedRedis
from nadhir.runtime.topics import create_topics
from tests.support.webhook_receiver import sample_alert


def test_in_memory_broker_restart_loses_every_message(tmp_path: Path) -> None:
    broker = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()
    try:
        create_topics(broker.bootstrap, ["kept"], 1)
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks=1, linger_ms=0)
        for index in range(20):
            producer.send("kept", f"m{index}".encode(), partition=0).get(timeout=10)
        producer.close()
        broker.kill()
        broker = EmbeddedBroker(port=broker.port, log_path=tmp_path / "tansu.log").start()
        consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, consumer_timeout_ms=3000)
        try:
            topics = consumer.topics()
            if "kept" in topics:
                consumer.assign([TopicPartition("kept", 0)])
                consumer.seek_to_beginning()
                survived = [message.value for message in consumer]
            else:
                survived = []
        finally:
            consumer.close()
    finally:
        broker.stop()
    print(f"in-memory broker: 20 acknowledged messages before the SIGKILL, {len(survived)} after the restart")
    assert survived == []


@pytest.mark.parametrize("durable", [True, False], ids=["aof", "no-aof"])
async def test_redis_restart_keeps_the_retry_schedule_only_with_aof(tmp_path: Path, durable: bool) -> None:
    server = EmbeddedRedis(data_dir=tmp_path / "redis", durable=durable, log_path=tmp_path / "redis.log").start()
    try:
        client: aioredis.Redis[bytes] = aioredis.Redis.from_url(server.url)
        store = DeliveryStore(client, "limits:")
        alerts = [sample_alert(region=f"r{index}") for index in range(5)]
        await store.record([(webhook_target("hook"), alert, 0.0) for alert in alerts])
        assert await store.pending_count("hook") == 5
        await client.aclose()  # type: ignore[attr-defined]
        await asyncio.to_thread(server.restart)
        client = aioredis.Redis.from_url(server.url)
        store = DeliveryStore(client, "limits:")
        pending = await store.pending_count("hook")
        await client.aclose()  # type: ignore[attr-defined]
    finally:
        server.stop()
    print(f"redis {'with' if durable else 'without'} AOF: 5 deliveries due before the restart, {pending} after")
    assert pending == (5 if durable else 0)


async def test_tansu_refuses_transactions_so_no_exactly_once(broker: EmbeddedBroker) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, transactional_id="nadhir-eos-probe",
                                enable_idempotence=True)
    try:
        with pytest.raises(KafkaError):
            await asyncio.wait_for(producer.start(), 30)
    finally:
        await producer.stop()


def test_readme_guarantees_name_tests_that_exist() -> None:
    """Every `path::test` the README's Guarantees section cites is a test function in that file."""
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Guarantees", 1)[1].split("\n## ", 1)[0]
    cited = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", section)
    cited += [(path, name) for path, name in re.findall(r"`(tests/[\w/]+\.py)::\w+`, `::(\w+)`", section)]
    assert len(cited) >= 10, "the Guarantees section cites too few tests"
    for path, name in cited:
        source = (root / path).read_text(encoding="utf-8")
        assert re.search(rf"^(async )?def {name}\(", source, re.MULTILINE), f"README cites {path}::{name}: not found"
