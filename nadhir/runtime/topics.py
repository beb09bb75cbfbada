"""Create and list Nadhir's topics with explicit partition counts (kafka-python admin).

Topics must exist before workers start: auto-created ones get the broker's default partition
count and faust then fails with PartitionsMismatch against its changelog topics.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError


@dataclass(frozen=True)
class TopicInfo:
    name: str
    partitions: int


def _admin(bootstrap: str, timeout: float) -> KafkaAdminClient:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return KafkaAdminClient(bootstrap_servers=bootstrap, client_id="nadhir-admin", request_timeout_ms=10000)
        except KafkaError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def create_topics(
    bootstrap: str, names: Iterable[str], partitions: int, replication_factor: int = 1, timeout: float = 20.0
) -> list[str]:
    """Create the topics that do not exist yet; returns the names it created."""
    admin = _admin(bootstrap, timeout)
    try:
        existing = set(admin.list_topics())
        wanted = [name for name in names if name not in existing]
        created: list[str] = []
        for name in wanted:
            try:
                admin.create_topics(
                    [NewTopic(name=name, num_partitions=partitions, replication_factor=replication_factor)]
                )
                created.append(name)
            except TopicAlreadyExistsError:
                pass
        return created
    finally:
        admin.close()


def list_topics(bootstrap: str, timeout: float = 20.0) -> list[TopicInfo]:
    """Every topic with its partition count, sorted by name."""
    admin = _admin(bootstrap, timeout)
    try:
        described = admin.describe_topics()
        return sorted(
            (TopicInfo(name=item.get("topic") or item["name"], partitions=len(item["partitions"])) for item in described),
            key=lambda info: info.name,
        )
    finally:
        admin.close()
