"""The Telegram notifier against real Redis and the real local Bot API stand-in."""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
import traceback
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import redis.asyncio as redis_asyncio

from alerts.model import Alert, Evidence
from alerts.notify.base import Notifier, Target
from alerts.notify.telegram import TelegramClient, TelegramNotifier, TelegramTransportError
from alerts.ratelimit import Limit, RedisRateLimiter
from alerts.subscriptions import Subscription, SubscriptionStore
from config.settings import Settings, load_settings
from nadhir.runtime.ports import free_port
from tests.support.telegram_api import DEFAULT_TOKEN, TelegramAPIStandIn

PREFIX = "t:"
START = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
GAZETTEER = """\
version: 1
countries:
  - {id: SY, name: Syria, names: {ar: [سوريا], en: [Syria]}}
regions:
  - {id: SY-HM, name: Hama, country: SY, names: {ar: [حماة], en: [Hama]}}
"""


def make_alert(evidence: list[Evidence] | None = None, **overrides: object) -> Alert:
    fields: dict[str, object] = dict(
        id="a1", status="firing", rule="airstrike-surge", rule_type="threshold", category="airstrike",
        region="Hama", country="Syria", key="airstrike|Hama", metric="articles", value=12, threshold=5,
        severity="critical", window_start=START, window_end=START + timedelta(minutes=10),
        event_time=START, emitted_at=START, evidence=evidence or [Evidence(article_id="e1", title="t")],
    )
    fields.update(overrides)
    return Alert.model_validate(fields)


def target(chat_id: int) -> Target:
    return Target(kind="telegram", channel="telegram", address=str(chat_id))


@pytest.fixture
def settings(api: TelegramAPIStandIn, tmp_path: Any) -> Settings:
    gazetteer = tmp_path / "gazetteer.yaml"
    gazetteer.write_text(GAZETTEER, encoding="utf-8")
    return load_settings(telegram_token=DEFAULT_TOKEN, telegram_api_base=api.base_url, redis_prefix=PREFIX,
                         gazetteer_file=gazetteer)


@pytest.fixture
async def notifier(settings: Settings, redis: redis_asyncio.Redis) -> AsyncIterator[TelegramNotifier]:
    instance = TelegramNotifier(settings, redis)
    yield instance
    await instance.aclose()


async def test_is_a_notifier_and_delivers_in_the_chats_language(
    notifier: TelegramNotifier, api: TelegramAPIStandIn, redis: redis_asyncio.Redis,
) -> None:
    checked: Notifier = notifier  # mypy (in alerts/notify/telegram/notifier.py) checks the protocol
    assert checked.kind == "telegram"
    store = SubscriptionStore(redis, PREFIX)
    await store.subscribe(501, Subscription("airstrike", "Hama"))
    await store.set_language(501, "ar")
    [routed] = await store.targets_for(make_alert())
    outcome = await notifier.deliver(routed, [make_alert()], "d-1")
    assert outcome.ok, outcome
    [message] = api.messages_to(501)
    assert message.parse_mode == "HTML"
    assert "غارة جوية" in message.plain and "حماة" in message.plain
    # the same delivery again (a dispatcher retry after a lost outcome) sends nothing new
    again = await notifier.deliver(routed, [make_alert()], "d-1")
    assert again.ok and len(api.messages_to(501)) == 1


async def test_html_injection_in_article_text_is_shown_as_text(
    notifier: TelegramNotifier, api: TelegramAPIStandIn,
) -> None:
    injection = '<a href="javascript:alert(1)">click</a> <b>bold</b> & co'
    alert = make_alert([
        Evidence(article_id="e1", title=injection, url="javascript:alert(1)", snippet="<b>& snippet</b>"),
        Evidence(article_id="e2", title="ok", url="https://news.example/story?a=1&b=2"),
    ])
    outcome = await notifier.deliver(target(502), [alert], "d-inj")
    assert outcome.ok, outcome  # the stand-in parses HTML like Telegram: unescaped text would be a 400
    [message] = api.messages_to(502)
    assert injection in message.plain and "<b>& snippet</b>" in message.plain
    assert message.links == ["https://news.example/story?a=1&b=2"]


async def test_long_groups_are_split_under_4096(notifier: TelegramNotifier, api: TelegramAPIStandIn) -> None:
    evidence = [Evidence(article_id=f"e{i}", title=f"Story {i}", url=f"https://n.example/{i}",
                         snippet="long snippet & <text> " * 30) for i in range(20)]
    outcome = await notifier.deliver(target(503), [make_alert(evidence)], "d-long")
    assert outcome.ok, outcome
    messages = api.messages_to(503)
    assert len(messages) >= 2
    assert all(len(message.text) <= 4096 for message in messages)
    stories = [line for message in messages for line in message.plain.splitlines() if line.startswith("• Story")]
    assert len(stories) == 20


async def test_429_is_honoured(settings: Settings, redis: redis_asyncio.Redis, api: TelegramAPIStandIn) -> None:
    notifier = TelegramNotifier(settings, redis, horizon_s=0.5)
    try:
        api.fail(504, "429", retry_after=2)
        first = await notifier.deliver(target(504), [make_alert()], "d-429")
        assert (first.ok, first.retryable, first.retry_after, first.status_code) == (False, True, 2.0, 429)
        # within retry_after the limiter holds the chat: nothing reaches the API
        requests_before = len(api.requests)
        second = await notifier.deliver(target(504), [make_alert()], "d-429")
        assert not second.ok and second.retryable and 1.0 < (second.retry_after or 0) <= 2.0
        assert len(api.requests) == requests_before
        await asyncio.sleep(second.retry_after or 0)
        third = await notifier.deliver(target(504), [make_alert()], "d-429")
        assert third.ok, third
        assert len(api.messages_to(504)) == 1
    finally:
        await notifier.aclose()


@pytest.mark.parametrize(("chat_id", "kind", "status"), [(505, "blocked", 403), (-506, "kicked", 403),
                                                         (-507, "not_found", 400)])
async def test_gone_chats_are_deactivated(
    notifier: TelegramNotifier, api: TelegramAPIStandIn, redis: redis_asyncio.Redis,
    chat_id: int, kind: str, status: int,
) -> None:
    store = SubscriptionStore(redis, PREFIX)
    await store.subscribe(chat_id, Subscription("airstrike"))
    assert await store.targets_for(make_alert()) == [target(chat_id)]
    api.fail(chat_id, kind)
    outcome = await notifier.deliver(target(chat_id), [make_alert()], "d-gone")
    assert (outcome.ok, outcome.retryable, outcome.disable_target, outcome.status_code) == (False, False, True, status)
    assert await store.targets_for(make_alert()) == []
    state = await store.chat(chat_id)
    assert state is not None and not state.active and state.subscriptions  # kept for a comeback
    assert (await notifier.deliver(target(chat_id), [make_alert()], "d-later")).disable_target


async def test_migrate_to_chat_id_moves_the_subscription_and_retries_once(
    notifier: TelegramNotifier, api: TelegramAPIStandIn, redis: redis_asyncio.Redis,
) -> None:
    store = SubscriptionStore(redis, PREFIX)
    await store.subscribe(-508, Subscription("airstrike", "Hama", "warning"), language="en")
    api.fail(-508, "migrate", migrate_to=-1000000000508)
    outcome = await notifier.deliver(target(-508), [make_alert()], "d-mig")
    assert outcome.ok, outcome
    assert len(api.messages_to(-1000000000508)) == 1 and api.messages_to(-508) == []
    assert await store.targets_for(make_alert()) == [target(-1000000000508)]
    assert await store.resolve(-508) == -1000000000508
    await store.migrate(-508, -1000000000508)  # learning it twice (bot and notifier) changes nothing
    assert await store.targets_for(make_alert()) == [target(-1000000000508)]
    assert await store.subscriptions(-1000000000508) == [Subscription("airstrike", "Hama", "warning")]
    # a delivery still addressed to the old id goes to the new one without another error
    assert (await notifier.deliver(target(-508), [make_alert(id="a2")], "d-mig-2")).ok
    assert len(api.messages_to(-1000000000508)) == 2


async def test_one_message_per_second_per_chat_across_two_notifiers(
    settings: Settings, redis_url: str, api: TelegramAPIStandIn,
) -> None:
    first_redis, second_redis = redis_asyncio.Redis.from_url(redis_url), redis_asyncio.Redis.from_url(redis_url)
    first = TelegramNotifier(settings, first_redis, horizon_s=10)
    second = TelegramNotifier(settings, second_redis, horizon_s=10)
    try:
        outcomes = await asyncio.gather(*[
            notifier.deliver(target(509), [make_alert(id=f"a{n}")], f"d-{n}")
            for n, notifier in enumerate([first, second, first, second])
        ])
        assert all(outcome.ok for outcome in outcomes), outcomes
        times = sorted(message.at for message in api.messages_to(509))
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        print("gaps between messages to one chat:", [round(gap, 3) for gap in gaps])
        assert len(times) == 4 and min(gaps) >= 0.9
        # beyond the horizon: handed back as retryable, nothing sent
        impatient = TelegramNotifier(settings, first_redis, horizon_s=0.2)
        api_before = len(api.requests)
        await first.deliver(target(509), [make_alert(id="a5")], "d-5")
        late = await impatient.deliver(target(509), [make_alert(id="a6")], "d-6")
        assert not late.ok and late.retryable and (late.retry_after or 0) > 0.2
        assert len(api.requests) == api_before + 1
        await impatient.aclose()
    finally:
        await first.aclose()
        await second.aclose()
        await first_redis.aclose()
        await second_redis.aclose()


async def test_group_and_global_windows(redis: redis_asyncio.Redis) -> None:
    limiter = RedisRateLimiter(redis, PREFIX)
    group = [Limit("group:-1", 20, 60.0)]
    granted = [await limiter.reserve(group, horizon_s=0.0) for _ in range(20)]
    assert all(reservation.granted for reservation in granted)
    refused = await limiter.reserve(group, horizon_s=5.0)
    assert not refused.granted and 59.0 < refused.wait_s <= 60.0
    overall = [Limit("global", 30, 1.0)]
    started = time.monotonic()
    for _ in range(45):
        assert (await limiter.acquire(overall, horizon_s=5.0)).granted
    assert time.monotonic() - started >= 0.9  # the 31st had to wait for the window


async def test_token_never_in_logs_exceptions_or_outcomes(
    settings: Settings, redis: redis_asyncio.Redis, api: TelegramAPIStandIn, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    token = DEFAULT_TOKEN
    captured: list[str] = []
    working = TelegramNotifier(settings, redis)
    api.fail(510, "500")
    captured.append(str(await working.deliver(target(510), [make_alert()], "d-t1")))
    captured.append(str(await working.deliver(target(510), [make_alert()], "d-t1")))
    await working.aclose()
    down = settings.model_copy(update={"telegram_api_base": f"http://127.0.0.1:{free_port('127.0.0.1')}"})
    unreachable = TelegramNotifier(down, redis)
    outcome = await unreachable.deliver(target(511), [make_alert()], "d-t2")
    assert not outcome.ok and outcome.retryable
    captured.append(str(outcome))
    await unreachable.aclose()
    client = TelegramClient(token, down.telegram_api_base)
    with pytest.raises(TelegramTransportError) as caught:
        await client.get_me()
    captured.append("".join(traceback.format_exception(caught.value)))
    await client.aclose()
    assert "ConnectError" in captured[-1]
    assert all(token not in text and token.split(":")[1] not in text for text in captured), captured
    assert token not in caplog.text and token.split(":")[1] not in caplog.text
    assert "/bot<redacted>/sendMessage" in caplog.text  # httpx's request lines were captured, redacted


async def test_lockdown_delivers_only_to_allowed_chats(
    settings: Settings, redis: redis_asyncio.Redis, api: TelegramAPIStandIn,
) -> None:
    store = SubscriptionStore(redis, PREFIX)
    locked = TelegramNotifier(settings.model_copy(update={"telegram_lockdown": True, "telegram_allowlist": [512]}),
                              redis)
    try:
        assert (await locked.deliver(target(512), [make_alert()], "d-l1")).ok
        refused = await locked.deliver(target(513), [make_alert()], "d-l2")
        assert not refused.ok and refused.disable_target and api.messages_to(513) == []
        await store.approve(513)
        assert (await locked.deliver(target(513), [make_alert()], "d-l3")).ok
    finally:
        await locked.aclose()
