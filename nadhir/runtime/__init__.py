"""Real services started on loopback: the embedded Kafka-protocol broker and Redis.

Used by `nadhir up` and by the test fixtures alike, so the tests run what users run.
"""

from nadhir.runtime.broker import EmbeddedBroker
from nadhir.runtime.ports import free_port, wait_for_port
from nadhir.runtime.redis_server import EmbeddedRedis, redis_answers

__all__ = ["EmbeddedBroker", "EmbeddedRedis", "free_port", "redis_answers", "wait_for_port"]
