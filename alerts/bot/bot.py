"""The Telegram bot: long-polls ``getUpdates`` and edits subscriptions on users' commands.

A chat's silences (``/silence``) are ordinary :mod:`alerts.silence` silences scoped to the
chat's target key, so the dispatcher mutes them for that chat alone; ``/silences`` and
``/unsilence`` see and touch only silences of that scope. When a group becomes a supergroup its
silences move with its subscriptions (``SubscriptionStore.migrate``), and a command still
arriving from the old group id acts on the new one's silences.

Offsets: the next ``update_id`` to read is stored in Redis *before* an update is handled, so a
restarted bot (even one killed before its next ``getUpdates`` confirmed the update to Telegram)
never handles an update twice; a bot killed mid-update loses that one command, which its user
sees unanswered and can repeat.

Every update is handled inside its own ``try``: odd updates, garbage text or a failing reply are
logged and counted, never fatal. Only an invalid token (401) stops the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from prometheus_client import Counter
from redis.asyncio import Redis

from alerts.bot.parsing import (
    ArgumentError,
    Command,
    parse_command,
    parse_duration,
    parse_region,
    parse_silence,
    parse_subscribe,
    split_category,
)
from alerts.bot.texts import LANGUAGE_NAMES, say
from alerts.notify.telegram.client import TelegramAPIError, TelegramClient, TelegramError
from alerts.ratelimit import Limit, RedisRateLimiter
from alerts.silence import MatcherError, Silence, SilenceStore
from alerts.subscriptions.store import Subscription, SubscriptionStore, chat_scope
from alerts.subscriptions.vocabulary import LANGUAGES, Places, category_label, severity_label

log = logging.getLogger(__name__)

UPDATES = Counter("nadhir_bot_updates_total", "Telegram updates handled by the bot, by kind.", ["kind"])
COMMANDS = Counter("nadhir_bot_commands_total", "Bot commands handled, by command.", ["command"])
ERRORS = Counter("nadhir_bot_errors_total", "Updates whose handling failed, and failed polls.", ["stage"])

ALLOWED_UPDATES = ["message", "my_chat_member"]
GLOBAL_LIMIT = Limit("telegram:global", 30, 1.0)
# Every dispatcher intake reads all active silences: a chat may not pile up thousands.
MAX_CHAT_SILENCES = 20


class FatalBotError(Exception):
    """The bot cannot go on (its token was refused)."""


class TelegramBot:
    """Commands in English and Arabic; see :mod:`alerts.bot` for the list."""

    def __init__(
        self,
        client: TelegramClient,
        redis: Redis[Any],
        *,
        prefix: str,
        places: Places | None = None,
        lockdown: bool = False,
        allowlist: list[int] | None = None,
        admins: list[int] | None = None,
        poll_timeout_s: int = 25,
    ) -> None:
        self._client = client
        self._redis = redis
        self._prefix = prefix
        self.store = SubscriptionStore(redis, prefix)
        self.silences = SilenceStore(redis, prefix)
        self._limiter = RedisRateLimiter(redis, prefix)
        self._places = places or Places()
        self._lockdown = lockdown
        self._allowlist = set(allowlist or [])
        self._admins = set(admins or [])
        self._poll_timeout_s = poll_timeout_s
        self.username: str | None = None
        self._offset_key = f"{prefix}alerts:telegram:bot:offset"

    async def start(self) -> None:
        """Ask Telegram who we are (validates the token; names the offset key by bot id)."""
        try:
            me = await self._client.get_me()
        except TelegramAPIError as error:
            if error.error_code in (401, 404):
                raise FatalBotError(f"the bot token was refused ({error.error_code} {error.description})") from None
            raise
        self.username = str(me.get("username") or "") or None
        self._offset_key = f"{self._prefix}alerts:telegram:bot:{me.get('id')}:offset"
        log.info("telegram bot @%s started", self.username)

    async def stored_offset(self) -> int | None:
        raw = await self._redis.get(self._offset_key)
        return int(raw) if raw is not None else None

    # --- the loop -----------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event) -> None:
        """Poll and handle updates until ``stop`` is set."""
        if self.username is None:
            await self.start()
        offset = await self.stored_offset()
        failures = 0
        while not stop.is_set():
            poll = asyncio.ensure_future(
                self._client.get_updates(offset, timeout_s=self._poll_timeout_s, allowed_updates=ALLOWED_UPDATES))
            stopping = asyncio.ensure_future(stop.wait())
            await asyncio.wait({poll, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            if not poll.done():
                poll.cancel()
                with contextlib.suppress(asyncio.CancelledError, TelegramError):
                    await poll
                break
            try:
                updates = poll.result()
            except TelegramAPIError as error:
                if error.error_code == 401:
                    raise FatalBotError(f"the bot token was refused ({error.description})") from None
                failures += 1
                ERRORS.labels("poll").inc()
                log.warning("getUpdates failed: %s", error)
                await _sleep_unless(stop, min(30.0, float(error.retry_after or 2 ** min(failures, 5))))
                continue
            except TelegramError as error:
                failures += 1
                ERRORS.labels("poll").inc()
                log.warning("getUpdates failed: %s", error)
                await _sleep_unless(stop, min(30.0, 2.0 ** min(failures, 5)))
                continue
            failures = 0
            for update in updates:
                update_id = update.get("update_id")
                if not isinstance(update_id, int) or (offset is not None and update_id < offset):
                    continue
                offset = update_id + 1
                await self._redis.set(self._offset_key, offset)
                try:
                    await self.handle_update(update)
                except Exception:
                    ERRORS.labels("update").inc()
                    log.exception("update %s could not be handled", update_id)
        if offset is not None:
            # Confirm to Telegram what we handled, so it does not keep offering it.
            with contextlib.suppress(TelegramError):
                await self._client.get_updates(offset, timeout_s=0, limit=1, allowed_updates=ALLOWED_UPDATES)

    # --- updates ------------------------------------------------------------------------------
    async def handle_update(self, update: dict[str, Any]) -> None:
        if isinstance(update.get("my_chat_member"), dict):
            UPDATES.labels("my_chat_member").inc()
            await self._membership(update["my_chat_member"])
            return
        message = update.get("message")
        if not isinstance(message, dict):
            UPDATES.labels("other").inc()
            return
        UPDATES.labels("message").inc()
        chat = message.get("chat")
        if not isinstance(chat, dict) or not isinstance(chat.get("id"), int):
            return
        chat_id: int = chat["id"]
        if isinstance(message.get("migrate_to_chat_id"), int):
            await self.store.migrate(chat_id, message["migrate_to_chat_id"])
            log.info("chat %s migrated to %s", chat_id, message["migrate_to_chat_id"])
            return
        if isinstance(message.get("migrate_from_chat_id"), int):
            await self.store.migrate(message["migrate_from_chat_id"], chat_id)
            return
        text = message.get("text")
        if not isinstance(text, str):
            return
        sender = _dict(message.get("from"))
        language = await self._language(chat_id, sender)
        command = parse_command(text, self.username)
        if command is None:
            if chat.get("type") == "private":
                await self._reply(chat_id, say(language, "not_a_command"))
            return
        COMMANDS.labels(command.name if command.name in _HANDLERS else "unknown").inc()
        handler = _HANDLERS.get(command.name)
        if handler is None:
            await self._reply(chat_id, say(language, "unknown_command") + "\n\n" + say(language, "help"))
            return
        reply = await handler(self, chat_id, int(sender.get("id") or 0), language, command)
        if reply:
            await self._reply(chat_id, reply)

    async def _membership(self, change: dict[str, Any]) -> None:
        chat, new, old = (_dict(change.get(name)) for name in ("chat", "new_chat_member", "old_chat_member"))
        chat_id = chat.get("id")
        if not isinstance(chat_id, int):
            return
        status, old_status = new.get("status"), old.get("status")
        if status in ("kicked", "left"):
            await self.store.deactivate(chat_id, f"bot {status}")
            log.info("chat %s: bot %s, deliveries stopped", chat_id, status)
        elif status in ("member", "administrator") and old_status in ("kicked", "left"):
            await self.store.reactivate(chat_id)

    async def _language(self, chat_id: int, sender: dict[str, Any]) -> str:
        stored = await self.store.language(chat_id)
        if stored in LANGUAGES:
            return stored
        code = str(sender.get("language_code") or "")
        return "ar" if code.casefold().startswith("ar") else "en"

    async def _reply(self, chat_id: int, text: str) -> None:
        await self._limiter.acquire([GLOBAL_LIMIT], horizon_s=60.0)
        try:
            await self._client.send_message(chat_id, text)
        except TelegramAPIError as error:
            if error.chat_gone:
                await self.store.deactivate(chat_id, f"{error.error_code} {error.description}")
            log.warning("reply to chat %s failed: %s", chat_id, error)
        except TelegramError as error:
            ERRORS.labels("reply").inc()
            log.warning("reply to chat %s failed: %s", chat_id, error)

    # --- commands -----------------------------------------------------------------------------
    async def cmd_start(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        resumed = await self.store.reactivate(chat_id)
        text = say(language, "welcome") + "\n\n" + say(language, "help")
        return text + ("\n\n" + say(language, "resumed") if resumed else "")

    async def cmd_help(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        return say(language, "help")

    async def may_subscribe(self, chat_id: int) -> bool:
        if not self._lockdown:
            return True
        return chat_id in self._allowlist or await self.store.is_approved(chat_id)

    async def cmd_subscribe(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        if not await self.may_subscribe(chat_id):
            return say(language, "lockdown_refused", chat_id=chat_id)
        try:
            request = parse_subscribe(command.args, self._places)
        except ArgumentError as error:
            return self._argument_error(language, error, "subscribe_usage")
        subscription = Subscription(request.category, request.region, request.min_severity)
        created = await self.store.subscribe(chat_id, subscription, language=language)
        return say(language, "subscribed" if created else "subscription_updated", what=self._describe(subscription, language))

    async def cmd_unsubscribe(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        category: str | None = None
        region: str | None = None
        if command.args:
            try:
                category, rest = split_category(command.args)
                region = parse_region(rest, self._places)
            except ArgumentError as error:
                return self._argument_error(language, error, "subscribe_usage")
        removed = await self.store.unsubscribe(chat_id, category, region)
        return say(language, "unsubscribed", count=removed) if removed else say(language, "nothing_to_unsubscribe")

    async def cmd_list(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        state = await self.store.chat(chat_id)
        lines = [say(language, "list_language", language=LANGUAGE_NAMES.get(language, language))]
        if state is None or not state.subscriptions:
            lines.append(say(language, "list_empty"))
        else:
            lines.append(say(language, "list_header"))
            lines += [html.escape("• " + self._describe(sub, language)) for sub in state.subscriptions]
        if state is not None and state.muted():
            lines.append(say(language, "list_muted", until=_utc(state.muted_until or 0)))
        if state is not None and not state.active and state.subscriptions:
            lines.append(say(language, "list_inactive", reason=state.reason or "?"))
        return "\n".join(lines)

    async def cmd_mute(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        seconds = parse_duration(" ".join(command.args)) if command.args else None
        if seconds is None:
            return say(language, "mute_usage")
        until = time.time() + seconds
        await self.store.mute(chat_id, until)
        return say(language, "muted", until=_utc(until))

    async def cmd_unmute(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        return say(language, "unmuted") if await self.store.unmute(chat_id) else say(language, "not_muted")

    async def cmd_lang(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        wanted = command.args[0].casefold() if command.args else ""
        wanted = {"arabic": "ar", "عربي": "ar", "العربية": "ar", "english": "en", "انجليزي": "en"}.get(wanted, wanted)
        if wanted not in LANGUAGES:
            return say(language, "lang_usage")
        await self.store.set_language(chat_id, wanted)
        return say(wanted, "lang_set")

    async def cmd_silence(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        if not await self.may_subscribe(chat_id):
            return say(language, "lockdown_refused", chat_id=chat_id)
        try:
            request = parse_silence(command.args, self._places)
        except ArgumentError as error:
            return self._argument_error(language, error, "silence_usage")
        current = await self._chat_silences(chat_id)
        if len(current) >= MAX_CHAT_SILENCES:
            return say(language, "too_many_silences", count=len(current))
        matchers = [f"category={request.category}"]
        if request.place is not None:
            # A subscription's region matches an alert's region *or* country; matchers are ANDed
            # and name one field each, so the silence matches the field the name resolved to
            # (a gazetteer region → ``region``, a country → ``country``).
            matchers.append(f"{request.place.kind}={request.place.canonical}")
        silence = await self.silences.add(
            ",".join(matchers), timedelta(seconds=request.seconds), comment=request.comment,
            created_by=str(user_id), scope=await self._scope(chat_id))
        log.info("chat %s: silence %s (%s) until %s", chat_id, silence.id, ",".join(silence.matchers),
                 silence.ends_at.isoformat())
        return say(language, "silenced", id=silence.id, what=self._describe_silence(silence, language),
                   until=_utc(silence.ends_at.timestamp()))

    async def cmd_silences(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        current = await self._chat_silences(chat_id)
        if not current:
            return say(language, "silences_empty")
        lines = [say(language, "silences_header")]
        for silence in sorted(current, key=lambda s: s.ends_at):
            lines.append(say(language, "silence_line", id=silence.id, what=self._describe_silence(silence, language),
                             until=_utc(silence.ends_at.timestamp())))
            if silence.comment:
                lines.append(say(language, "silence_comment", comment=silence.comment))
        return "\n".join(lines)

    async def cmd_unsilence(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        if len(command.args) != 1 or not _SILENCE_ID.fullmatch(command.args[0]):
            return say(language, "unsilence_usage")
        silence_id = command.args[0].casefold()
        silence = await self.silences.get(silence_id)
        # Another chat's silence (or a global one) is answered as absent: ids are not secrets,
        # but a chat has no business learning what others silenced.
        if silence is None or silence.scope != await self._scope(chat_id):
            return say(language, "no_such_silence", id=silence_id)
        if not silence.active(datetime.now(UTC)):
            return say(language, "silence_already_ended", id=silence_id)
        await self.silences.expire(silence_id)
        log.info("chat %s: silence %s lifted by user %s", chat_id, silence_id, user_id)
        return say(language, "unsilenced", id=silence_id, what=self._describe_silence(silence, language))

    async def _scope(self, chat_id: int) -> str:
        """The silence scope of a chat, after any migration (a notifier may have learned of it
        before the bot reads the group's last messages)."""
        return chat_scope(await self.store.resolve(chat_id))

    async def _chat_silences(self, chat_id: int) -> list[Silence]:
        scope = await self._scope(chat_id)
        return [silence for silence in await self.silences.active() if silence.scope == scope]

    def _is_admin(self, chat_id: int, user_id: int) -> bool:
        return chat_id in self._admins or (user_id != 0 and user_id in self._admins)

    async def cmd_approve(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        if not self._is_admin(chat_id, user_id):
            return say(language, "admin_only")
        target = _chat_id_arg(command)
        if target is None:
            return say(language, "approve_usage")
        await self.store.approve(target)
        await self.store.reactivate(target)
        return say(language, "approved", chat_id=target)

    async def cmd_revoke(self, chat_id: int, user_id: int, language: str, command: Command) -> str:
        if not self._is_admin(chat_id, user_id):
            return say(language, "admin_only")
        target = _chat_id_arg(command)
        if target is None:
            return say(language, "revoke_usage")
        await self.store.revoke(target)
        if self._lockdown and target not in self._allowlist:
            await self.store.deactivate(target, "approval revoked")
        return say(language, "revoked", chat_id=target)

    # --- helpers ------------------------------------------------------------------------------
    def _describe(self, subscription: Subscription, language: str) -> str:
        where = self._places.display(subscription.region, language) if subscription.region else say(language, "anywhere")
        severity = say(language, "min_severity", severity=severity_label(subscription.min_severity, language))
        return f"{category_label(subscription.category, language)} · {where} · {severity}"

    def _describe_silence(self, silence: Silence, language: str) -> str:
        """``Airstrike · Hama`` for the shape ``/silence`` makes; the raw matchers for any other
        (a silence scoped to this chat by ``nadhir silence add``)."""
        raw = ", ".join(silence.matchers)
        try:
            matchers = silence.parsed
        except MatcherError:
            return raw
        shape = {matcher.name: matcher.value for matcher in matchers if matcher.operator == "="}
        category = shape.pop("category", None)
        places = [shape.pop(name) for name in ("region", "country") if name in shape]
        if category is None or shape or len(places) > 1 or len(matchers) != 1 + len(places):
            return raw
        where = self._places.display(places[0], language) if places else say(language, "anywhere")
        return f"{category_label(category, language)} · {where}"

    def _argument_error(self, language: str, error: ArgumentError, usage: str) -> str:
        if error.kind == "unknown_category":
            return say(language, "unknown_category", text=error.text) + "\n" + say(language, usage)
        if error.kind == "unknown_region":
            return say(language, "unknown_region", text=error.text)
        return say(language, usage)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


def _utc(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%d %H:%M")


_SILENCE_ID = re.compile(r"[0-9A-Fa-f]{1,32}")


def _chat_id_arg(command: Command) -> int | None:
    if len(command.args) != 1:
        return None
    try:
        return int(command.args[0])
    except ValueError:
        return None


_HANDLERS = {
    "start": TelegramBot.cmd_start,
    "help": TelegramBot.cmd_help,
    "subscribe": TelegramBot.cmd_subscribe,
    "unsubscribe": TelegramBot.cmd_unsubscribe,
    "list": TelegramBot.cmd_list,
    "mute": TelegramBot.cmd_mute,
    "unmute": TelegramBot.cmd_unmute,
    "silence": TelegramBot.cmd_silence,
    "silences": TelegramBot.cmd_silences,
    "unsilence": TelegramBot.cmd_unsilence,
    "lang": TelegramBot.cmd_lang,
    "approve": TelegramBot.cmd_approve,
    "revoke": TelegramBot.cmd_revoke,
}
