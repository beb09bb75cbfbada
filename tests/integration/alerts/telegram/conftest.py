"""Fixtures shared by the Telegram integration tests: the local Bot API stand-in, an async
client on the test's own Redis database, a small gazetteer, and bots polling the stand-in.

A test module names the Redis prefix of its bots by overriding ``bot_prefix``, and may give
other places by overriding ``gazetteer_text``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as redis_asyncio

from alerts.bot import TelegramBot
from alerts.notify.telegram import TelegramClient
from alerts.subscriptions.vocabulary import Places
from tests.support.telegram_api import DEFAULT_TOKEN, TelegramAPIStandIn

GAZETTEER = """\
version: 1
countries:
  - {id: SY, name: Syria, names: {ar: [سوريا, سورية], en: [Syria]}}
regions:
  - {id: SY-HM, name: Hama, country: SY, names: {ar: [حماة], en: [Hama, Hamah]}}
  - {id: SY-AL, name: Aleppo, country: SY, names: {ar: [حلب], en: [Aleppo]}}
"""

#: ``await start_bot(**options)``: a running bot; options go to `TelegramBot` (``prefix`` too).
StartBot = Callable[..., Awaitable[TelegramBot]]


@pytest.fixture
def api() -> Iterator[TelegramAPIStandIn]:
    with TelegramAPIStandIn() as stand_in:
        yield stand_in


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[redis_asyncio.Redis]:
    client = redis_asyncio.Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def bot_prefix() -> str:
    """The Redis prefix of the bots `start_bot` starts (a module overrides it with its own)."""
    return "tg:"


@pytest.fixture
def gazetteer_text() -> str:
    """Syria, Hama and Aleppo, with Arabic and English names."""
    return GAZETTEER


@pytest.fixture
def gazetteer_file(tmp_path: Path, gazetteer_text: str) -> Path:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(gazetteer_text, encoding="utf-8")
    return path


@pytest.fixture
async def start_bot(
    api: TelegramAPIStandIn, redis: redis_asyncio.Redis, gazetteer_file: Path, bot_prefix: str,
) -> AsyncIterator[StartBot]:
    """Start bots long-polling the stand-in (1 s polls); each is stopped and its client closed at
    the end of the test."""
    running: list[tuple[TelegramClient, asyncio.Event, asyncio.Task[None]]] = []

    async def start(**options: Any) -> TelegramBot:
        client = TelegramClient(DEFAULT_TOKEN, api.base_url)
        prefix = options.pop("prefix", bot_prefix)
        bot = TelegramBot(client, redis, prefix=prefix, places=Places.from_gazetteer_file(gazetteer_file),
                          poll_timeout_s=1, **options)
        stop = asyncio.Event()
        await bot.start()
        running.append((client, stop, asyncio.create_task(bot.run(stop))))
        return bot

    yield start
    for client, stop, task in running:
        stop.set()
        await asyncio.wait_for(task, 5)
        await client.aclose()


async def ask(api: TelegramAPIStandIn, chat_id: int, text: str, **message: Any) -> str:
    """Send ``text`` as a user of ``chat_id`` and return the plain text of the bot's reply."""
    before = len(api.messages_to(chat_id))
    api.push_message(chat_id, text, **message)
    replies = await api.await_sent(chat_id, before + 1)
    return replies[-1].plain
