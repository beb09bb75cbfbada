"""Wiring: settings + channels.yaml → a running dispatcher (Kafka consumer, sender, reaper).

Notifiers form a registry kind → Notifier. Webhooks are always there; Telegram joins when
``NADHIR_TELEGRAM_TOKEN`` is set and its modules (``alerts.notify.telegram``,
``alerts.subscriptions``) are installed, with its subscriptions as a target source.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

import redis.asyncio as aioredis

from alerts.deliveries.store import DeliveryStore
from alerts.dispatch.consumer import consume_alerts
from alerts.dispatch.dispatcher import Dispatcher, TargetSource
from alerts.inhibit import Inhibitor
from alerts.notify.base import Notifier
from alerts.notify.webhook import WebhookNotifier
from alerts.silence.store import SilenceStore
from config.channels import Channels
from config.errors import ConfigError
from config.settings import Settings

log = logging.getLogger("nadhir.dispatch")


def secrets_of(settings: Settings, channels: Channels) -> list[str]:
    """Every secret value the dispatcher holds (for the log redactor)."""
    found = [hook.secret.get_secret_value() for hook in channels.webhooks.values()]
    found += [hook.secret.get_secret_value().removeprefix("whsec_") for hook in channels.webhooks.values()]
    if settings.telegram_token is not None:
        found.append(settings.telegram_token.get_secret_value())
    return found


def telegram_parts(settings: Settings, redis: aioredis.Redis[bytes]) -> tuple[Notifier, TargetSource] | None:
    """The Telegram notifier and subscription source, when configured and installed."""
    if settings.telegram_token is None:
        return None
    try:
        from alerts.notify.telegram import TelegramNotifier
        from alerts.subscriptions import SubscriptionStore
    except ImportError as exc:
        log.warning("NADHIR_TELEGRAM_TOKEN is set but the Telegram channel is not available (%s)", exc.name)
        return None
    notifier: Notifier = TelegramNotifier(settings, redis)
    source: TargetSource = SubscriptionStore(redis, settings.redis_prefix)
    return notifier, source


@dataclass
class DispatcherService:
    dispatcher: Dispatcher
    redis: aioredis.Redis[bytes]


def build(settings: Settings, channels: Channels, *, instance: str | None = None,
          poll_interval_s: float = 0.1) -> DispatcherService:
    if settings.redis_url is None:
        raise ConfigError.single("NADHIR_REDIS_URL", "the dispatcher needs Redis (run `nadhir up`, or set it)")
    redis: aioredis.Redis[bytes] = aioredis.Redis.from_url(settings.redis_url)
    notifiers: dict[str, Notifier] = {"webhook": WebhookNotifier(channels.webhooks)}
    sources: list[TargetSource] = []
    telegram = telegram_parts(settings, redis)
    if telegram is not None:
        notifiers["telegram"], source = telegram
        sources.append(source)
    prefix = settings.redis_prefix
    dispatcher = Dispatcher(
        store=DeliveryStore(redis, prefix, retention_s=settings.dedupe_horizon_s),
        channels=channels,
        notifiers=notifiers,
        silences=SilenceStore(redis, prefix),
        inhibitor=Inhibitor(redis, prefix, channels.inhibit),
        target_sources=sources,
        instance=instance,
        poll_interval_s=poll_interval_s,
    )
    return DispatcherService(dispatcher=dispatcher, redis=redis)


async def serve(settings: Settings, channels: Channels, stop: asyncio.Event, *, group_id: str | None = None,
                topic: str | None = None, ready: asyncio.Event | None = None) -> None:
    """Run until ``stop`` is set: consume, send, reap; then drain and close."""
    service = build(settings, channels)
    dispatcher = service.dispatcher
    log.info("dispatcher %s: channels %s", dispatcher.instance, ", ".join(sorted(dispatcher.runtimes)) or "(none)")
    tasks = [
        asyncio.create_task(dispatcher.run(stop), name="dispatcher"),
        asyncio.create_task(
            consume_alerts(
                dispatcher,
                bootstrap_servers=settings.bootstrap_servers,
                topic=topic or settings.topic_alerts,
                group_id=group_id or f"{settings.app_id}-dispatch",
                stop=stop,
                session_timeout_ms=int(settings.session_timeout_s * 1000),
                heartbeat_interval_ms=int(settings.heartbeat_interval_s * 1000),
                fetch_max_wait_ms=settings.fetch_max_wait_ms,
                ready=ready,
            ),
            name="consumer",
        ),
    ]
    try:
        done, _pending = await asyncio.wait([*tasks, asyncio.create_task(stop.wait())],
                                            return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task in tasks and not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        stop.set()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(task, 15)
        await dispatcher.aclose()
        await service.redis.aclose()  # type: ignore[attr-defined]
