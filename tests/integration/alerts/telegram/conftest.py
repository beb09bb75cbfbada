"""Fixtures shared by the Telegram integration tests: the local Bot API stand-in and an async
client on the test's own Redis database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import redis.asyncio as redis_asyncio

from tests.support.telegram_api import TelegramAPIStandIn


@pytest.fixture
def api() -> Iterator[TelegramAPIStandIn]:
    with TelegramAPIStandIn() as stand_in:
        yield stand_in


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[redis_asyncio.Redis]:
    client = redis_asyncio.Redis.from_url(redis_url)
    yield client
    await client.aclose()
