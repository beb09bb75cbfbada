"""The bot through real getUpdates round trips: the local Bot API stand-in and real Redis."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis.asyncio as redis_asyncio

from alerts.bot import FatalBotError, TelegramBot
from alerts.model import Alert
from alerts.notify.base import Target
from alerts.notify.telegram import TelegramClient
from alerts.subscriptions import Subscription, SubscriptionStore
from tests.integration.alerts.telegram.conftest import StartBot, ask
from tests.support.telegram_api import DEFAULT_TOKEN, TelegramAPIStandIn

PREFIX = "b:"
ROOT = Path(__file__).resolve().parents[4]
START = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)


def make_alert(category: str = "airstrike", region: str | None = "Hama", severity: str = "warning") -> Alert:
    return Alert.model_validate(dict(
        id="a1", status="firing", rule="r", rule_type="threshold", category=category, region=region,
        country="Syria", key=f"{category}|{region}", metric="articles", value=9, threshold=5, severity=severity,
        window_start=START, window_end=START + timedelta(minutes=10), event_time=START, emitted_at=START,
    ))


def target(chat_id: int) -> Target:
    return Target(kind="telegram", channel="telegram", address=str(chat_id))


@pytest.fixture
def bot_prefix() -> str:
    return PREFIX


async def test_english_round_trip(start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis) -> None:
    await start_bot()
    store = SubscriptionStore(redis, PREFIX)
    assert "/subscribe" in await ask(api, 601, "/start")
    reply = await ask(api, 601, "/subscribe airstrike Hamah warning")
    assert "Subscribed: Airstrike · Hama · ≥ warning" in reply
    assert await store.targets_for(make_alert()) == [target(601)]
    assert await store.targets_for(make_alert(severity="info")) == []  # below the minimum
    assert await store.targets_for(make_alert(region="Aleppo")) == []
    assert "Subscribed: Shelling · everywhere" in await ask(api, 601, "/subscribe shelling")
    listing = await ask(api, 601, "/list")
    assert "Airstrike · Hama · ≥ warning" in listing and "Shelling · everywhere · ≥ info" in listing
    assert "Unknown category “weather”" in await ask(api, 601, "/subscribe weather")
    assert "Unknown region" in await ask(api, 601, "/subscribe airstrike Atlantis")
    assert "Muted until" in await ask(api, 601, "/mute 4h")
    assert await store.targets_for(make_alert()) == []
    assert "Muted until" in await ask(api, 601, "/list")
    assert "resumed" in await ask(api, 601, "/unmute")
    assert await store.targets_for(make_alert()) == [target(601)]
    assert "Removed 1" in await ask(api, 601, "/unsubscribe airstrike")
    assert await store.targets_for(make_alert()) == []
    assert "No subscriptions" in await ask(api, 601, "/unsubscribe") + await ask(api, 601, "/list")


async def test_arabic_round_trip(start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis) -> None:
    await start_bot()
    store = SubscriptionStore(redis, PREFIX)
    assert "الأوامر" in await ask(api, 602, "/help", language_code="ar")  # language from the user's client
    reply = await ask(api, 602, "/subscribe غارات حماة تحذير", language_code="ar")
    assert "تم الاشتراك: غارة جوية · حماة · ≥ تحذير" in reply
    assert await store.subscriptions(602) == [Subscription("airstrike", "Hama", "warning")]
    assert "اشتراكاتك" in await ask(api, 602, "/list", language_code="ar")
    assert "تم كتم" in await ask(api, 602, "/mute ١ يوم", language_code="ar")
    assert await store.targets_for(make_alert()) == []
    assert "تم استئناف" in await ask(api, 602, "/unmute", language_code="ar")
    # /lang switches the chat, whatever the user's client says
    assert "Language set to English" in await ask(api, 602, "/lang en", language_code="ar")
    assert "Your subscriptions" in await ask(api, 602, "/list", language_code="ar")
    assert "العربية" in await ask(api, 602, "/lang ar", language_code="en")
    assert "لا يوجد اشتراك مطابق" in await ask(api, 602, "/unsubscribe انسحاب")
    assert "تم إلغاء 1" in await ask(api, 602, "/unsubscribe الغارات حماة", language_code="en")
    assert await store.subscriptions(602) == []


async def test_lockdown_refuses_until_an_admin_approves(
    start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis,
) -> None:
    await start_bot(lockdown=True, allowlist=[603], admins=[700])
    store = SubscriptionStore(redis, PREFIX)
    assert "Subscribed" in await ask(api, 603, "/subscribe airstrike")  # allow-listed
    refused = await ask(api, -604, "/subscribe airstrike", user_id=42)
    assert "lock-down" in refused and "-604" in refused
    assert await store.subscriptions(-604) == []
    assert "Only administrators" in await ask(api, -604, "/approve -604", user_id=42)
    assert "-604" in await ask(api, 700, "/approve -604")
    assert "Subscribed" in await ask(api, -604, "/subscribe airstrike", user_id=42)
    assert [t.address for t in await store.targets_for(make_alert())] == ["-604", "603"]
    assert "no longer" in await ask(api, 700, "/revoke -604")
    assert [t.address for t in await store.targets_for(make_alert())] == ["603"]
    assert "lock-down" in await ask(api, -604, "/subscribe shelling", user_id=42)


async def test_membership_changes_and_migration(
    start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis,
) -> None:
    await start_bot()
    store = SubscriptionStore(redis, PREFIX)
    await ask(api, 605, "/subscribe airstrike")
    await ask(api, -606, "/subscribe airstrike Hama", user_id=77)
    api.push_my_chat_member(605, "kicked")  # the user blocked the bot
    api.push_migration(-606, -1000000000606)
    marker = api.push_message(608, "/help")
    await api.await_sent(608)
    assert marker  # updates are handled in order: the two before it are done
    assert await store.targets_for(make_alert()) == [target(-1000000000606)]
    assert "stopped" in await ask(api, 605, "/list")
    assert "resumed" in await ask(api, 605, "/start")
    assert [t.address for t in await store.targets_for(make_alert())] == ["-1000000000606", "605"]


async def test_garbage_never_crashes_it(start_bot: StartBot, api: TelegramAPIStandIn) -> None:
    await start_bot()
    assert "don't know that command" in await ask(api, 609, "/frobnicate")
    assert "Usage" in await ask(api, 609, "/subscribe")
    assert "Usage" in await ask(api, 609, "/mute forever")
    assert "Usage" in await ask(api, 609, "/lang fr")
    reply = await ask(api, 609, "/subscribe <b>x</b> " + "غ" * 5000)
    assert "Unknown category “<b>x</b>”" in reply  # echoed as text, not markup
    api.push_update({"edited_message": {"text": "/help"}})
    api.push_update({"message": {"chat": "nonsense", "text": 5}})
    api.push_update({"message": {"chat": {"id": 609, "type": "private"}, "photo": [{}]}})
    api.push_update({"callback_query": None})
    api.push_message(609, "/help@some_other_bot")
    assert "Send a command" in await ask(api, 609, "hello " * 2000)
    assert len(api.messages_to(609)) == 6


async def test_offset_survives_a_restart(api: TelegramAPIStandIn, redis: redis_asyncio.Redis) -> None:
    async def run_until_stopped(prefix: str, action: Callable[[], Awaitable[None]]) -> None:
        client = TelegramClient(DEFAULT_TOKEN, api.base_url)
        bot = TelegramBot(client, redis, prefix=prefix, poll_timeout_s=1)
        stop = asyncio.Event()
        task = asyncio.create_task(bot.run(stop))
        try:
            await action()
        finally:
            stop.set()
            await asyncio.wait_for(task, 5)
            await client.aclose()

    async def first_life() -> None:
        api.push_message(610, "/help")
        await api.await_sent(610, 1)

    async def second_life() -> None:
        await asyncio.sleep(1.5)  # more than a poll cycle: time to (wrongly) answer the old update
        assert len(api.messages_to(610)) == 1
        assert "No subscriptions" in await ask(api, 610, "/list")

    await run_until_stopped(PREFIX, first_life)
    api.forget_confirmations()  # as if it died before its next getUpdates confirmed the update
    await run_until_stopped(PREFIX, second_life)
    assert len(api.messages_to(610)) == 2

    # control: a bot without that stored offset does answer the old updates again
    async def amnesiac_life() -> None:
        await api.await_sent(610, 4)

    api.forget_confirmations()
    await run_until_stopped("other:", amnesiac_life)


def _bot_process(api: TelegramAPIStandIn, redis_url: str, gazetteer_file: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NADHIR_TELEGRAM_TOKEN": DEFAULT_TOKEN, "NADHIR_TELEGRAM_API_BASE": api.base_url,
           "NADHIR_REDIS_URL": redis_url, "NADHIR_REDIS_PREFIX": PREFIX, "NADHIR_LOG_LEVEL": "DEBUG",
           "NADHIR_GAZETTEER_FILE": str(gazetteer_file)}
    with log.open("ab") as sink:
        return subprocess.Popen([sys.executable, "-m", "nadhir", "bot", "--poll-timeout", "1", "--metrics-port", "0"],
                                cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)


def _stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_nadhir_bot_process_stops_on_sigterm_and_resumes_without_duplicates(
    api: TelegramAPIStandIn, redis_url: str, gazetteer_file: Path, tmp_path: Path,
) -> None:
    log = tmp_path / "bot.log"
    process = _bot_process(api, redis_url, gazetteer_file, log)
    try:
        api.push_message(611, "/subscribe غارات حلب", language_code="ar")
        [reply] = api.wait_sent(611, 1, timeout=30)
        assert "حلب" in reply.plain
    finally:
        code = _stop(process)
    assert code == 0, log.read_text()
    api.forget_confirmations()
    process = _bot_process(api, redis_url, gazetteer_file, log)
    try:
        api.push_message(611, "/list")
        replies = api.wait_sent(611, 2, timeout=30)
        time.sleep(1.5)
        assert len(api.messages_to(611)) == 2, [message.plain for message in api.messages_to(611)]
        assert "حلب" in replies[1].plain
    finally:
        code = _stop(process)
    assert code == 0
    text = log.read_text()
    assert "/bot<redacted>/getUpdates" in text  # httpx's DEBUG/INFO request lines were logged...
    assert DEFAULT_TOKEN not in text and DEFAULT_TOKEN.split(":")[1] not in text  # ...without the token


async def test_a_wrong_token_stops_the_bot_without_showing_it(
    api: TelegramAPIStandIn, redis: redis_asyncio.Redis,
) -> None:
    wrong = "123456:WRONG-secret-token"
    client = TelegramClient(wrong, api.base_url)
    bot = TelegramBot(client, redis, prefix=PREFIX, poll_timeout_s=1)
    with pytest.raises(FatalBotError) as caught:
        await bot.run(asyncio.Event())
    await client.aclose()
    assert "401" in str(caught.value) and wrong not in str(caught.value) and "WRONG" not in str(caught.value)
    assert api.paths == [f"/bot{wrong}/getMe"]  # the stand-in saw it, refused it like Telegram
