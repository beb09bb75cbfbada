"""`streams.app.BulkSender` on the real broker: the records of one event-loop turn leave as one
batch per partition, every record arrives once, a key always lands on the partition aiokafka's
default partitioner picks for it, and the turn's future is done only once the broker acked them."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable

from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import DefaultPartitioner
from kafka import KafkaConsumer, TopicPartition

from nadhir.runtime import EmbeddedBroker
from streams.app import BulkSender

PARTITIONS = 4
KEYS = [f"airstrike|region-{index}".encode() for index in range(12)]


def read_all(bootstrap: str, topic: str, expected: int) -> list[tuple[int, bytes | None, bytes]]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=1500)
    consumer.assign([TopicPartition(topic, partition) for partition in range(PARTITIONS)])
    consumer.seek_to_beginning()
    found = [(message.partition, message.key, message.value) for message in consumer]
    consumer.close()
    assert len(found) == expected, f"read {len(found)} records of {expected}"
    return found


def test_one_turn_of_keyed_and_unkeyed_records_all_arrive_on_their_partitions(
    broker: EmbeddedBroker, fresh_topics: Callable[..., dict[str, str]]
) -> None:
    topics = fresh_topics("events", "dlq", partitions=PARTITIONS)
    keyed = [(KEYS[index % len(KEYS)], f"event-{index}".encode()) for index in range(600)]
    unkeyed = [f"dead-{index}".encode() for index in range(50)]

    async def send() -> tuple[int, int]:
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=2, acks=1,
                                    max_batch_size=16 * 1024)  # small: some partitions need several batches
        await producer.start()
        try:
            sender = BulkSender(producer)
            turns = {id(sender.add(topics["events"], key, value)) for key, value in keyed}
            turns |= {id(sender.add(topics["dlq"], None, value)) for value in unkeyed}
            last = sender.add(topics["events"], KEYS[0], b"last")
            await last  # acknowledged by the broker
            second = sender.add(topics["events"], KEYS[1], b"next turn")
            await second
            return len(turns | {id(last)}), len(turns | {id(second)})
        finally:
            await producer.stop()

    first_turns, with_second = asyncio.run(send())
    assert first_turns == 1, "records added in one loop turn share one future"
    assert with_second == 2, "a record added after the flush belongs to the next turn"

    events = read_all(broker.bootstrap, topics["events"], len(keyed) + 2)
    partitions = list(range(PARTITIONS))
    for partition, key, _value in events:
        assert key is not None
        assert partition == DefaultPartitioner()(key, partitions, partitions), f"{key!r} on partition {partition}"
    assert Counter(value for _, _, value in events) == Counter([value for _, value in keyed] + [b"last", b"next turn"])
    in_order = [value for _, key, value in events if key == KEYS[5]]
    assert in_order == [value for key, value in keyed if key == KEYS[5]], "records of one key keep their order"
    dead = read_all(broker.bootstrap, topics["dlq"], len(unkeyed))
    assert sorted(value for _, _, value in dead) == sorted(unkeyed)
