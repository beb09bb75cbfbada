"""A chat's silences from the bot (/silence, /silences, /unsilence): real getUpdates round trips
against the Bot API stand-in, real Redis, and the real dispatcher delivering to the stand-in."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as redis_asyncio

from alerts.bot.bot import MAX_CHAT_SILENCES
from alerts.dispatch.dispatcher import Dispatcher
from alerts.dispatch.service import build
from alerts.notify.base import Target
from alerts.silence import Silence, SilenceStore, silencing
from alerts.subscriptions import Subscription, SubscriptionStore, chat_scope
from config.channels import load_channels
from config.settings import load_settings
from tests.integration.alerts.telegram.conftest import StartBot, ask
from tests.support.telegram_api import DEFAULT_TOKEN, TelegramAPIStandIn
from tests.support.webhook_receiver import sample_alert

PREFIX = "bs:"
_ID = re.compile(r"/unsilence ([0-9a-f]+)")


def chat(chat_id: int) -> Target:
    return Target(kind="telegram", channel="telegram", address=str(chat_id))


@pytest.fixture
def bot_prefix() -> str:
    return PREFIX


@pytest.fixture
async def dispatcher(
    api: TelegramAPIStandIn, redis_url: str, gazetteer_file: Path, tmp_path: Path,
) -> AsyncIterator[Dispatcher]:
    """The dispatcher as `nadhir dispatch` builds it, Telegram delivering to the stand-in."""
    settings = load_settings(redis_url=redis_url, redis_prefix=PREFIX, telegram_token=DEFAULT_TOKEN,
                             telegram_api_base=api.base_url, gazetteer_file=gazetteer_file)
    path = tmp_path / "channels.yaml"
    path.write_text("version: 1\nwebhooks: []\n", encoding="utf-8")
    service = build(settings, load_channels(path, environ={}, allowlist=[], resolve=False), poll_interval_s=0.05)
    stop = asyncio.Event()
    task = asyncio.create_task(service.dispatcher.run(stop))
    try:
        yield service.dispatcher
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
        await service.dispatcher.aclose()
        await service.redis.aclose()


def silence_id(reply: str) -> str:
    found = _ID.search(reply)
    assert found is not None, reply
    return found.group(1)


async def test_english_round_trip(start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis) -> None:
    await start_bot()
    silences = SilenceStore(redis, PREFIX)
    assert "/silence" in await ask(api, 701, "/help") and "/unsilence" in await ask(api, 701, "/help")
    assert "No active silences" in await ask(api, 701, "/silences")
    reply = await ask(api, 701, "/silence airstrike Hamah 4h known strike <b>series</b>", user_id=9001,
                      chat_type="group")
    assert "Silenced here until" in reply and "Airstrike · Hama" in reply
    hama_id = silence_id(reply)
    silence = await silences.get(hama_id)
    assert silence is not None
    assert silence.matchers == ["category=airstrike", "region=Hama"]
    assert silence.scope == "telegram:telegram:701" and silence.created_by == "9001"
    assert silence.comment == "known strike <b>series</b>"
    assert timedelta(hours=4) - timedelta(seconds=5) < silence.ends_at - datetime.now(UTC) <= timedelta(hours=4)
    # a country resolves to the alert's country field: it silences every region of it
    syria_id = silence_id(await ask(api, 701, "/silence shelling سوريا 30m"))
    syria = await silences.get(syria_id)
    assert syria is not None and syria.matchers == ["category=shelling", "country=Syria"]
    assert silencing([syria], sample_alert(category="shelling", region="Aleppo"), chat(701)) is syria
    everywhere = await silences.get(silence_id(await ask(api, 701, "/silence protest 1d")))
    assert everywhere is not None and everywhere.matchers == ["category=protest"]

    listing = await ask(api, 701, "/silences")
    assert "Silences in this chat" in listing
    for line in (f"{hama_id} Airstrike · Hama — until {silence.ends_at:%Y-%m-%d %H:%M} UTC",
                 f"{syria_id} Shelling · Syria", "Protest · everywhere", "“known strike <b>series</b>”"):
        assert line in listing, listing
    assert "&lt;b&gt;series&lt;/b&gt;" in api.messages_to(701)[-1].text  # a comment is text, not markup

    assert "Usage: /silence" in await ask(api, 701, "/silence airstrike Hama")
    assert "Unknown category “weather”" in await ask(api, 701, "/silence weather 4h")
    assert "Unknown region" in await ask(api, 701, "/silence airstrike Atlantis 4h")
    assert "Usage: /unsilence" in await ask(api, 701, "/unsilence")
    assert "Usage: /unsilence" in await ask(api, 701, "/unsilence <b>")
    assert "No silence ffff in this chat" in await ask(api, 701, "/unsilence ffff")

    assert f"Silence {hama_id} lifted: Airstrike · Hama" in await ask(api, 701, f"/unsilence {hama_id}")
    assert {s.id for s in await silences.active()} == {syria_id, everywhere.id}
    assert "already ended" in await ask(api, 701, f"/unsilence {hama_id}")
    assert hama_id not in await ask(api, 701, "/silences")


async def test_arabic_round_trip(start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis) -> None:
    await start_bot()
    silences = SilenceStore(redis, PREFIX)
    help_text = await ask(api, 702, "/help", language_code="ar")
    assert "/silence" in help_text and "رفع كتم" in help_text
    assert "لا يوجد كتم نشط" in await ask(api, 702, "/silences", language_code="ar")
    reply = await ask(api, 702, "/silence غارات حماة ٤ ساعات تدريب الدفاع المدني", language_code="ar")
    assert "تم الكتم في هذه المحادثة" in reply and "غارة جوية · حماة" in reply
    found = silence_id(reply)
    silence = await silences.get(found)
    assert silence is not None
    assert silence.matchers == ["category=airstrike", "region=Hama"]
    assert silence.comment == "تدريب الدفاع المدني" and silence.scope == "telegram:telegram:702"
    assert silence.ends_at - silence.starts_at == timedelta(hours=4)
    listing = await ask(api, 702, "/silences", language_code="ar")
    assert "الكتم في هذه المحادثة" in listing and found in listing and "غارة جوية · حماة — حتى" in listing
    assert "«تدريب الدفاع المدني»" in listing
    assert "فئة غير معروفة" in await ask(api, 702, "/silence طقس ٤ ساعات", language_code="ar")
    assert "الاستخدام: /silence" in await ask(api, 702, "/silence غارات حماة", language_code="ar")
    assert "لا يوجد كتم" in await ask(api, 702, "/unsilence abc123", language_code="ar")
    assert f"تم رفع الكتم {found}" in await ask(api, 702, f"/unsilence {found}", language_code="ar")
    assert await silences.active() == []
    # the chat's language, once set, wins over the user's client
    assert "Language set to English" in await ask(api, 702, "/lang en", language_code="ar")
    assert "No active silences" in await ask(api, 702, "/silences", language_code="ar")


async def test_a_bot_silence_mutes_only_that_chat_and_only_matching_alerts(
    start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis, dispatcher: Dispatcher,
) -> None:
    await start_bot()
    silences = SilenceStore(redis, PREFIX)
    quiet, other = 711, -712
    assert "Subscribed" in await ask(api, quiet, "/subscribe airstrike")
    assert "Subscribed" in await ask(api, other, "/subscribe airstrike", user_id=55)
    found = silence_id(await ask(api, quiet, "/silence airstrike Hama 2h"))
    replies_to_quiet = len(api.messages_to(quiet))

    hama = sample_alert(region="Hama")
    report = await dispatcher.intake([hama])
    assert (report.recorded, report.silenced) == (1, 1)
    [delivery_id] = report.delivery_ids
    delivery = await dispatcher.store.get(delivery_id)
    assert delivery is not None and delivery.target == chat(other)
    assert "Hama" in (await api.await_sent(other, 2))[-1].plain

    aleppo = sample_alert(region="Aleppo")  # same category, another region: not silenced
    report = await dispatcher.intake([aleppo])
    assert (report.recorded, report.silenced) == (2, 0)
    to_quiet = await api.await_sent(quiet, replies_to_quiet + 1)
    assert "Aleppo" in to_quiet[-1].plain
    assert "Aleppo" in (await api.await_sent(other, 3))[-1].plain
    await asyncio.sleep(0.3)
    assert len(api.messages_to(quiet)) == replies_to_quiet + 1  # the Aleppo alert, never the Hama one

    # another chat can neither see nor lift it
    assert "No active silences" in await ask(api, other, "/silences", user_id=55)
    assert "No silence" in await ask(api, other, f"/unsilence {found}", user_id=55)
    still = await silences.get(found)
    assert still is not None and still.active(datetime.now(UTC))
    hama_later = sample_alert(region="Hama", window_start=datetime(2024, 5, 1, 13, 0, tzinfo=UTC))
    assert (await dispatcher.intake([hama_later])).silenced == 1
    await api.await_sent(other, 5)  # its /silences and /unsilence replies, then this alert

    # /unsilence restores delivery to the chat
    assert "lifted" in await ask(api, quiet, f"/unsilence {found}")
    replies_to_quiet = len(api.messages_to(quiet))
    hama_again = sample_alert(region="Hama", window_start=datetime(2024, 5, 1, 14, 0, tzinfo=UTC))
    report = await dispatcher.intake([hama_again])
    assert (report.recorded, report.silenced) == (2, 0)
    assert "Hama" in (await api.await_sent(quiet, replies_to_quiet + 1))[-1].plain


async def test_lockdown_applies_as_for_subscribe(
    start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis,
) -> None:
    await start_bot(lockdown=True, allowlist=[721], admins=[700])
    silences = SilenceStore(redis, PREFIX)
    assert "Silenced here" in await ask(api, 721, "/silence airstrike 1h")
    assert "lock-down" in await ask(api, -722, "/silence airstrike 1h", user_id=42)
    assert [s.scope for s in await silences.active()] == ["telegram:telegram:721"]
    await ask(api, 700, "/approve -722")
    assert "Silenced here" in await ask(api, -722, "/silence airstrike 1h", user_id=42)


async def test_a_chat_cannot_pile_up_silences(
    start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis,
) -> None:
    bot = await start_bot()
    for _ in range(MAX_CHAT_SILENCES):
        await bot.silences.add("category=airstrike", timedelta(hours=1), scope="telegram:telegram:731")
    await bot.silences.add("category=airstrike", timedelta(hours=1), scope="telegram:telegram:732")
    assert f"already has {MAX_CHAT_SILENCES} active silences" in await ask(api, 731, "/silence shelling 1h")
    assert "Silenced here" in await ask(api, 733, "/silence shelling 1h")
    # a silence scoped to the chat by `nadhir silence add` is listed with its raw matchers
    await bot.silences.add("category=airstrike,severity!=critical", timedelta(hours=1),
                           scope="telegram:telegram:733")
    assert "category=airstrike, severity!=critical" in await ask(api, 733, "/silences")


async def subscribe_and_silence_hama(api: TelegramAPIStandIn, group: int) -> str:
    """A group subscribes to airstrikes and silences those in Hama for 2 h; the silence's id."""
    assert "Subscribed" in await ask(api, group, "/subscribe airstrike", user_id=-group)
    return silence_id(await ask(api, group, "/silence airstrike Hama 2h", user_id=-group))


async def test_a_chats_silences_follow_it_when_the_bot_reads_the_migration(
    start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis, dispatcher: Dispatcher,
) -> None:
    await start_bot()
    silences = SilenceStore(redis, PREFIX)
    group, supergroup = -741, -1000000000741
    found = await subscribe_and_silence_hama(api, group)
    assert (await dispatcher.intake([sample_alert(region="Hama")])).silenced == 1  # before: muted for the group

    api.push_migration(group, supergroup)
    await ask(api, 749, "/help")  # updates are handled in order: the migration is done
    moved = await silences.get(found)
    assert moved is not None and moved.scope == chat_scope(supergroup) and moved.active(datetime.now(UTC))

    hama = sample_alert(region="Hama", window_start=datetime(2024, 5, 1, 13, 0, tzinfo=UTC))
    report = await dispatcher.intake([hama])
    assert (report.recorded, report.silenced) == (0, 1)
    report = await dispatcher.intake([sample_alert(region="Aleppo")])
    assert (report.recorded, report.silenced) == (1, 0)
    assert "Aleppo" in (await api.await_sent(supergroup, 1))[-1].plain
    await asyncio.sleep(0.3)
    assert ["Aleppo" in message.plain for message in api.messages_to(supergroup)] == [True]

    # the supergroup sees the silence as its own and can lift it
    assert found in await ask(api, supergroup, "/silences", user_id=741)
    assert "lifted" in await ask(api, supergroup, f"/unsilence {found}", user_id=741)
    hama_again = sample_alert(region="Hama", window_start=datetime(2024, 5, 1, 14, 0, tzinfo=UTC))
    assert (await dispatcher.intake([hama_again])).recorded == 1


async def test_a_chats_silences_follow_it_when_a_send_meets_the_migration(
    start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis, dispatcher: Dispatcher,
) -> None:
    await start_bot()
    silences = SilenceStore(redis, PREFIX)
    group, supergroup = -751, -1000000000751
    found = await subscribe_and_silence_hama(api, group)
    api.fail(group, "migrate", migrate_to=supergroup)  # Telegram's 400 with parameters.migrate_to_chat_id

    report = await dispatcher.intake([sample_alert(region="Aleppo")])  # not silenced: sent, and meets the 400
    assert (report.recorded, report.silenced) == (1, 0)
    assert "Aleppo" in (await api.await_sent(supergroup, 1))[-1].plain
    moved = await silences.get(found)
    assert moved is not None and moved.scope == chat_scope(supergroup)
    report = await dispatcher.intake([sample_alert(region="Hama")])
    assert (report.recorded, report.silenced) == (0, 1)

    # the bot has not read the migration yet: a /silence still arriving from the group's old id
    # is scoped to the supergroup, which is where its alerts now go
    late = silence_id(await ask(api, group, "/silence shelling 1h", user_id=751))
    late_silence = await silences.get(late)
    assert late_silence is not None and late_silence.scope == chat_scope(supergroup)
    listing = await ask(api, supergroup, "/silences", user_id=751)
    assert found in listing and late in listing


async def test_at_every_moment_of_a_migration_the_chat_is_silenced(
    redis: redis_asyncio.Redis, redis_url: str,
) -> None:
    """Redis never holds the chat's subscription at the new id with its silence still at the old
    one: an observer reading routing index and silences atomically (one Lua call, one moment)
    while 30 chats migrate, each learned twice at once (bot and notifier), finds every chat it
    would route a Hama airstrike to silenced for it."""
    store, silences = SubscriptionStore(redis, PREFIX), SilenceStore(redis, PREFIX)
    moves = [(-760 - index, -1000000000760 - index) for index in range(30)]
    for group, _ in moves:
        await store.subscribe(group, Subscription("airstrike"))
        await silences.add("category=airstrike,region=Hama", timedelta(hours=1), scope=chat_scope(group))
    original_ids = {silence.id for silence in await silences.active()}
    observer = redis_asyncio.Redis.from_url(redis_url)
    snapshot = observer.register_script(
        "local routed = redis.call('SMEMBERS', KEYS[1])\n"
        "local stored = {}\n"
        "for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do\n"
        "  local raw = redis.call('GET', ARGV[1] .. id)\n"
        "  if raw then table.insert(stored, raw) end\n"
        "end\n"
        "return {routed, stored}\n")
    keys = [f"{PREFIX}alerts:telegram:by-category:airstrike", f"{PREFIX}alerts:silences"]
    hama = sample_alert(region="Hama")
    done = asyncio.Event()
    moments: list[int] = []
    unsilenced: list[str] = []

    async def observe() -> None:
        while not done.is_set():
            routed, stored = await snapshot(keys=keys, args=[f"{PREFIX}alerts:silence:"])
            active = [Silence.model_validate_json(raw) for raw in stored]
            moments.append(len(routed))
            unsilenced.extend(member.decode() for member in routed
                              if silencing(active, hama, chat(int(member))) is None)
            await asyncio.sleep(0)

    watcher = asyncio.create_task(observe())
    try:
        for group, supergroup in moves:
            await asyncio.gather(store.migrate(group, supergroup), store.migrate(group, supergroup))
            await asyncio.sleep(0)
    finally:
        done.set()
        await watcher
        await observer.aclose()
    assert len(moments) > len(moves) and set(moments) == {len(moves)}
    assert unsilenced == []
    after = await silences.active()
    assert {silence.id for silence in after} == original_ids  # moved, not copied or lost
    assert sorted(silence.scope or "" for silence in after) == sorted(chat_scope(new) for _, new in moves)
    assert sorted(int(t.address) for t in await store.targets_for(hama)) == sorted(new for _, new in moves)


class _MigratingSource:
    """The dispatcher's Telegram target source, with the chat's migration landing in the middle of
    routing a batch: just ``before`` the subscriptions are read, or just after."""

    def __init__(self, inner: Any, subscriptions: SubscriptionStore, old: int, new: int, before: bool) -> None:
        self.inner, self.subscriptions, self.old, self.new, self.before = inner, subscriptions, old, new, before

    async def targets_for(self, alert: Any) -> list[Target]:
        if self.before:
            await self.subscriptions.migrate(self.old, self.new)
            return list(await self.inner.targets_for(alert))
        targets = list(await self.inner.targets_for(alert))
        await self.subscriptions.migrate(self.old, self.new)
        return targets


@pytest.mark.parametrize("migrated_before_routing", [True, False], ids=["before-routing", "after-routing"])
async def test_a_batch_routed_during_a_migration_is_still_silenced(
    start_bot: StartBot, api: TelegramAPIStandIn, redis: redis_asyncio.Redis, dispatcher: Dispatcher,
    migrated_before_routing: bool,
) -> None:
    await start_bot()
    group, supergroup = -761, -1000000000761
    found = await subscribe_and_silence_hama(api, group)
    sent_before = len(api.messages_to(group)) + len(api.messages_to(supergroup))
    [inner] = dispatcher.target_sources
    dispatcher.target_sources = [
        _MigratingSource(inner, SubscriptionStore(redis, PREFIX), group, supergroup, migrated_before_routing)
    ]
    try:
        report = await dispatcher.intake([sample_alert(region="Hama")])
    finally:
        dispatcher.target_sources = [inner]
    assert (report.recorded, report.silenced) == (0, 1)
    moved = await SilenceStore(redis, PREFIX).get(found)
    assert moved is not None and moved.scope == chat_scope(supergroup)
    assert moved.former_scopes == [chat_scope(group)]
    await asyncio.sleep(0.3)
    assert len(api.messages_to(group)) + len(api.messages_to(supergroup)) == sent_before  # nothing delivered
