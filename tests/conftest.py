"""Fixtures that start real services on loopback and always stop them (by PID).

- ``broker``: an embedded tansu broker for the whole session (real Kafka protocol).
- ``redis_server``: a redis-server of our own for the whole session (never the machine's 6379).
- ``redis_url``: a fresh logical database per test on that server, flushed before use.
- ``fresh_topics``: a factory creating uniquely named topics with a partition count.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from nadhir.runtime import EmbeddedBroker, EmbeddedRedis
from nadhir.runtime.topics import create_topics

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
_db_numbers = itertools.cycle(range(1, 16))


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("tansu") / "tansu.log"
    embedded = EmbeddedBroker(log_path=log).start()
    try:
        yield embedded
    finally:
        embedded.stop()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRedis]:
    data = tmp_path_factory.mktemp("redis")
    embedded = EmbeddedRedis(data_dir=data, log_path=data / "redis.log").start()
    try:
        yield embedded
    finally:
        embedded.stop()


@pytest.fixture
def redis_url(redis_server: EmbeddedRedis) -> str:
    url = f"redis://{redis_server.host}:{redis_server.port}/{next(_db_numbers)}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
    return url


@pytest.fixture
def fresh_topics(broker: EmbeddedBroker) -> Callable[..., dict[str, str]]:
    """Create topics with unique names: ``fresh_topics("articles", "alerts", partitions=2)``."""

    def make(*logical_names: str, partitions: int = 2) -> dict[str, str]:
        suffix = uuid.uuid4().hex[:8]
        names = {name: f"{name}-{suffix}" for name in logical_names}
        create_topics(broker.bootstrap, names.values(), partitions)
        return names

    return make


@pytest.fixture
def ci_mode() -> bool:
    """True in CI (``CI=true``): long tests use their shorter schedules."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}
