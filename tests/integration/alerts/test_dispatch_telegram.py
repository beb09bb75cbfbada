"""The dispatcher with the Telegram channel plugged in through its registry (kind -> Notifier)."""

from __future__ import annotations

import asyncio

from alerts.dispatch.service import build
from alerts.subscriptions.store import Subscription, SubscriptionStore
from config.settings import load_settings
from tests.integration.alerts.conftest import eventually, hook
from tests.support.telegram_api import DEFAULT_TOKEN, TelegramAPIStandIn
from tests.support.webhook_receiver import sample_alert


async def test_one_alert_reaches_a_webhook_and_a_subscribed_chat(redis_url, aredis, receiver, secret,
                                                                 write_channels):
    api = TelegramAPIStandIn().start()
    try:
        settings = load_settings(redis_url=redis_url, redis_prefix="tg:", telegram_token=DEFAULT_TOKEN,
                                 telegram_api_base=api.base_url)
        await SubscriptionStore(aredis, "tg:").subscribe(42, Subscription(category="airstrike"))
        await SubscriptionStore(aredis, "tg:").subscribe(43, Subscription(category="airstrike"))
        api.fail(43, "blocked")
        channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
        service = build(settings, channels)
        dispatcher = service.dispatcher
        assert set(dispatcher.runtimes) == {"ops", "telegram"}
        stop = asyncio.Event()
        task = asyncio.create_task(dispatcher.run(stop))
        try:
            report = await dispatcher.intake([sample_alert()])
            assert report.recorded == 3
            sent = await api.await_sent(42, 1)
            assert "Hama" in sent[0].text
            await asyncio.to_thread(receiver.wait_for, 1)
            # The blocked chat: the notifier deactivates it, the delivery is recorded as dropped.
            store = dispatcher.store

            async def dropped():
                found = await store.recent(10, "dropped")
                return found[0] if found else None

            delivery = await eventually(dropped)
            assert delivery.target.address == "43"
            # Re-reading the alert sends nothing anywhere.
            assert (await dispatcher.intake([sample_alert()])).recorded == 0
        finally:
            stop.set()
            await asyncio.wait_for(task, 15)
            await dispatcher.aclose()
            await service.redis.aclose()
    finally:
        api.stop()
