"""The embedded broker and Redis are real: kafka-python and redis-py talk to them."""

from __future__ import annotations

import uuid

import redis
from kafka import KafkaConsumer, KafkaProducer

from nadhir.runtime import EmbeddedBroker, EmbeddedRedis
from nadhir.runtime.topics import create_topics, list_topics


def test_produce_and_consume_through_embedded_broker(broker: EmbeddedBroker) -> None:
    topic = f"roundtrip-{uuid.uuid4().hex[:8]}"
    create_topics(broker.bootstrap, [topic], partitions=3)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap)
    for index in range(5):
        producer.send(topic, key=str(index).encode(), value=f"غارة {index}".encode()).get(timeout=10)
    producer.close()
    consumer = KafkaConsumer(
        topic, bootstrap_servers=broker.bootstrap, auto_offset_reset="earliest", consumer_timeout_ms=4000
    )
    values = sorted(message.value.decode() for message in consumer)
    consumer.close()
    assert values == [f"غارة {index}" for index in range(5)]


def test_topics_get_the_partition_count_asked_for(broker: EmbeddedBroker) -> None:
    names = [f"parts-{uuid.uuid4().hex[:8]}", f"parts-{uuid.uuid4().hex[:8]}"]
    created = create_topics(broker.bootstrap, names, partitions=6)
    assert sorted(created) == sorted(names)
    assert create_topics(broker.bootstrap, names, partitions=6) == []  # idempotent
    partitions = {info.name: info.partitions for info in list_topics(broker.bootstrap)}
    assert partitions[names[0]] == 6 and partitions[names[1]] == 6


def test_embedded_redis_answers_and_stops(tmp_path: object) -> None:
    server = EmbeddedRedis().start()
    try:
        client = redis.Redis.from_url(server.url)
        client.set("k", "v")
        assert client.get("k") == b"v"
        client.close()
        pid = server.pid
    finally:
        server.stop()
    assert not server.alive()
    import os

    try:
        os.kill(pid, 0)
        still_there = True
    except ProcessLookupError:
        still_there = False
    assert not still_there
