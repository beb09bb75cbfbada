"""With s3:// storage (a local S3-compatible server), a SIGKILLed broker restarts with every
message and every committed offset: the basis of the broker-restart guarantee."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from nadhir.runtime.broker import EmbeddedBroker
from nadhir.runtime.s3 import EmbeddedS3
from nadhir.runtime.topics import create_topics


@pytest.fixture
def s3(tmp_path: Path) -> Iterator[EmbeddedS3]:
    server = EmbeddedS3(log_path=tmp_path / "moto.log").start()
    try:
        yield server
    finally:
        server.stop()


def test_broker_sigkill_and_restart_keeps_messages_and_offsets(s3: EmbeddedS3, tmp_path: Path) -> None:
    broker = EmbeddedBroker(storage=s3.storage_url, extra_env=s3.broker_env(), log_path=tmp_path / "tansu.log").start()
    try:
        create_topics(broker.bootstrap, ["durable"], partitions=2)
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=5)
        for index in range(300):
            producer.send("durable", key=str(index).encode(), value=f"m{index}".encode())
        producer.flush()
        producer.close()

        consumer = KafkaConsumer(
            "durable", bootstrap_servers=broker.bootstrap, group_id="g", auto_offset_reset="earliest",
            enable_auto_commit=False, consumer_timeout_ms=4000, session_timeout_ms=6000, heartbeat_interval_ms=1000,
        )
        first = [message.value for message in consumer]
        consumer.commit()
        consumer.close()
        assert len(first) == 300

        broker.kill()  # SIGKILL: no flush, no goodbye
        broker = EmbeddedBroker(
            port=broker.port, storage=s3.storage_url, extra_env=s3.broker_env(), log_path=tmp_path / "tansu.log"
        ).start()

        reader = KafkaConsumer(bootstrap_servers=broker.bootstrap, auto_offset_reset="earliest", consumer_timeout_ms=4000)
        reader.assign([TopicPartition("durable", 0), TopicPartition("durable", 1)])
        after = sorted(message.value for message in reader)
        reader.close()
        assert after == sorted(first)

        resumed = KafkaConsumer(
            "durable", bootstrap_servers=broker.bootstrap, group_id="g", auto_offset_reset="earliest",
            enable_auto_commit=False, consumer_timeout_ms=4000, session_timeout_ms=6000, heartbeat_interval_ms=1000,
        )
        assert [message.value for message in resumed] == []  # committed offsets survived
        resumed.close()
    finally:
        broker.stop()
