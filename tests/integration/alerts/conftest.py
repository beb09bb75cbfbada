"""Fixtures for the dispatcher's integration tests: real Redis, real local receivers, in-process dispatchers."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis
import yaml

from alerts.deliveries.store import DeliveryStore
from alerts.dispatch.dispatcher import Dispatcher
from alerts.inhibit import Inhibitor
from alerts.notify.webhook import WebhookNotifier
from alerts.silence.store import SilenceStore
from config.channels import Channels, load_channels
from tests.support.webhook_receiver import WebhookReceiver

PREFIX = "t:"


def new_secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(32)).decode()


@pytest.fixture
def secret() -> str:
    return new_secret()


@pytest.fixture
def receiver(secret: str) -> Iterator[WebhookReceiver]:
    server = WebhookReceiver(secret=secret).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def write_channels(tmp_path: Path) -> Callable[..., Channels]:
    """``write_channels(webhooks=[{...}], secrets={"ENV": value}, **top_level)`` -> loaded Channels."""

    def make(webhooks: list[dict[str, Any]], secrets: dict[str, str], **top: Any) -> Channels:
        document = {"version": 1, "webhooks": webhooks, **top}
        path = tmp_path / "channels.yaml"
        path.write_text(yaml.safe_dump(document), encoding="utf-8")
        return load_channels(path, environ=secrets, allowlist=[], resolve=False)

    return make


def hook(name: str, url: str, **fields: Any) -> dict[str, Any]:
    """A webhook entry for loopback receivers with a compressed retry schedule."""
    entry: dict[str, Any] = {"name": name, "url": url, "secret_env": f"SECRET_{name.upper()}",
                             "allow_private": True, "retry_schedule": [0, 0.2, 0.4, 0.6], "timeout_s": 2}
    entry.update(fields)
    return entry


@pytest.fixture
async def aredis(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client: aioredis.Redis = aioredis.Redis.from_url(redis_url)
    try:
        yield client
    finally:
        await client.aclose()


class Running:
    """An in-process dispatcher (sender + reaper, no Kafka): feed it with ``intake``."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self.dispatcher = dispatcher
        self.stop = asyncio.Event()
        self.tasks = [asyncio.create_task(dispatcher.run(self.stop))]

    async def close(self) -> None:
        self.stop.set()
        for task in self.tasks:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 10)
        await self.dispatcher.aclose()


@pytest.fixture
async def run_dispatcher(aredis: aioredis.Redis) -> AsyncIterator[Callable[..., Running]]:
    started: list[Running] = []

    def start(channels: Channels, **options: Any) -> Running:
        dispatcher = Dispatcher(
            store=DeliveryStore(aredis, PREFIX),
            channels=channels,
            notifiers={"webhook": WebhookNotifier(channels.webhooks)},
            silences=SilenceStore(aredis, PREFIX),
            inhibitor=Inhibitor(aredis, PREFIX, channels.inhibit),
            poll_interval_s=options.pop("poll_interval_s", 0.05),
            reap_interval_s=options.pop("reap_interval_s", 0.2),
            **options,
        )
        running = Running(dispatcher)
        started.append(running)
        return running

    try:
        yield start
    finally:
        for running in started:
            await running.close()


async def eventually(predicate: Callable[[], Any], within: float = 10.0, interval: float = 0.05) -> Any:
    """Await until ``predicate()`` (sync or async) is truthy; AssertionError on timeout."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        value = predicate()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {within}s")
        await asyncio.sleep(interval)
