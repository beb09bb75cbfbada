"""The Telegram channel: one delivery attempt of a group of alerts to one chat.

- Language: the chat's stored language (``/lang``), else English.
- Limits (shared by every dispatcher through Redis): one message per second per chat, 20 per
  minute per group (negative chat ids), 30 per second for the bot. A slot within
  ``horizon_s`` is waited for; a later one hands the delivery back as retryable.
- Parts already sent for a ``delivery_id`` are remembered, so a retry after a partial send (or
  after a dispatcher crash that lost the outcome) does not repeat them.
- 429: retryable after Telegram's ``retry_after`` (and the chat's limiter is blocked that long,
  so other dispatchers wait too). 403 or 400 "chat not found": the chat is deactivated and the
  target disabled. ``migrate_to_chat_id``: the stored chat (settings, subscriptions and the
  silences scoped to it) moves to the new id and the send is retried once there.
- Lock-down mode: only allow-listed or approved chats receive anything.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from prometheus_client import Counter
from redis.asyncio import Redis

from alerts.model import Alert
from alerts.notify.base import Notifier, Outcome, Target
from alerts.notify.telegram.client import TelegramAPIError, TelegramClient, TelegramError
from alerts.notify.telegram.render import render_alerts
from alerts.ratelimit import Limit, RedisRateLimiter
from alerts.subscriptions.store import SubscriptionStore
from alerts.subscriptions.vocabulary import Places
from config.settings import Settings

log = logging.getLogger(__name__)

SENT = Counter("nadhir_telegram_messages_total", "Telegram sendMessage attempts by the notifier, by result.",
               ["result"])

PER_CHAT = (1, 1.0)
PER_GROUP = (20, 60.0)
GLOBAL = (30, 1.0)
SENT_PARTS_TTL_S = 3 * 24 * 3600


def chat_limits(chat_id: int) -> list[Limit]:
    """Telegram's limits that a message to ``chat_id`` counts against."""
    limits = [Limit(f"telegram:chat:{chat_id}", *PER_CHAT), Limit("telegram:global", *GLOBAL)]
    if chat_id < 0:
        limits.append(Limit(f"telegram:group:{chat_id}", *PER_GROUP))
    return limits


class TelegramNotifier:
    """:class:`alerts.notify.base.Notifier` for Telegram chats (``Target.address`` = chat id)."""

    kind = "telegram"

    def __init__(
        self,
        settings: Settings,
        redis: Redis[Any],
        *,
        client: TelegramClient | None = None,
        horizon_s: float = 3.0,
        places: Places | None = None,
    ) -> None:
        self._redis = redis
        self._sent_prefix = f"{settings.redis_prefix}alerts:telegram:sent:"
        self._store = SubscriptionStore(redis, settings.redis_prefix)
        self._limiter = RedisRateLimiter(redis, settings.redis_prefix)
        self._horizon_s = horizon_s
        self._lockdown = settings.telegram_lockdown
        self._allowlist = set(settings.telegram_allowlist)
        self._places = places if places is not None else Places.from_gazetteer_file(settings.gazetteer_file)
        self._client = client
        if client is None and settings.telegram_token is not None and settings.telegram_token.get_secret_value():
            self._client = TelegramClient(settings.telegram_token, settings.telegram_api_base)

    @property
    def store(self) -> SubscriptionStore:
        return self._store

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def deliver(self, target: Target, alerts: Sequence[Alert], delivery_id: str) -> Outcome:
        if self._client is None:
            return Outcome(ok=False, retryable=False, detail="telegram: no bot token configured (NADHIR_TELEGRAM_TOKEN)")
        try:
            requested_chat = int(target.address)
        except ValueError:
            return Outcome(ok=False, retryable=False, disable_target=True,
                           detail=f"telegram: target address {target.address[:40]!r} is not a chat id")
        chat_id = await self._store.resolve(requested_chat)
        if self._lockdown and chat_id not in self._allowlist and not await self._store.is_approved(chat_id):
            # chats that subscribed before lock-down was switched on, or whose approval was revoked
            return Outcome(ok=False, retryable=False, disable_target=True,
                           detail=f"telegram: chat {chat_id} is not allowed in lock-down mode")
        state = await self._store.chat(chat_id)
        if state is not None and not state.active:
            return Outcome(ok=False, retryable=False, disable_target=True,
                           detail=f"telegram: chat {chat_id} is inactive ({state.reason or 'no reason'})")
        language = (state.language if state is not None else None) or "en"
        parts = render_alerts(alerts, language, self._places)
        sent_key = f"{self._sent_prefix}{delivery_id}:{requested_chat}"
        already = {int(index) for index in await self._redis.smembers(sent_key)}
        for index, text in enumerate(parts):
            if index in already:
                continue
            outcome = await self._send_part(chat_id, text)
            if isinstance(outcome, int):
                chat_id = outcome
            elif not outcome.ok:
                return outcome
            pipe = self._redis.pipeline(transaction=True)
            pipe.sadd(sent_key, str(index))
            pipe.expire(sent_key, SENT_PARTS_TTL_S)
            await pipe.execute()
        return Outcome(ok=True, status_code=200, detail=f"telegram: {len(parts)} message(s) to chat {chat_id}")

    async def _send_part(self, chat_id: int, text: str) -> Outcome | int:
        """Send one message, following one migration. Returns the chat id it went to, or the
        failed Outcome."""
        migrated = False
        while True:
            reservation = await self._limiter.acquire(chat_limits(chat_id), horizon_s=self._horizon_s)
            if not reservation.granted:
                SENT.labels("rate_limited").inc()
                return Outcome(ok=False, retryable=True, retry_after=reservation.wait_s,
                               detail=f"telegram: rate limit for chat {chat_id}, next slot in {reservation.wait_s:.1f}s")
            try:
                assert self._client is not None
                await self._client.send_message(chat_id, text)
            except TelegramAPIError as error:
                if error.migrate_to_chat_id is not None and not migrated:
                    log.info("telegram chat %s migrated to %s", chat_id, error.migrate_to_chat_id)
                    await self._store.migrate(chat_id, error.migrate_to_chat_id)
                    chat_id, migrated = error.migrate_to_chat_id, True
                    SENT.labels("migrated").inc()
                    continue
                return await self._failure(chat_id, error)
            except TelegramError as error:
                SENT.labels("transport_error").inc()
                log.warning("telegram send to chat %s failed: %s", chat_id, error)
                return Outcome(ok=False, retryable=True, detail=f"telegram: {error}")
            SENT.labels("ok").inc()
            return chat_id

    async def _failure(self, chat_id: int, error: TelegramAPIError) -> Outcome:
        detail = f"telegram: chat {chat_id}: {error.error_code} {error.description}"
        if error.error_code == 429:
            retry_after = error.retry_after if error.retry_after is not None else 1.0
            await self._limiter.block(f"telegram:chat:{chat_id}", retry_after)
            SENT.labels("429").inc()
            log.warning("telegram 429 for chat %s, retry after %ss", chat_id, retry_after)
            return Outcome(ok=False, retryable=True, retry_after=retry_after, status_code=429, detail=detail)
        if error.chat_gone:
            await self._store.deactivate(chat_id, f"{error.error_code} {error.description}")
            SENT.labels("chat_gone").inc()
            log.info("telegram chat %s deactivated: %s %s", chat_id, error.error_code, error.description)
            return Outcome(ok=False, retryable=False, disable_target=True, status_code=error.error_code, detail=detail)
        SENT.labels(str(error.error_code)).inc()
        log.warning("telegram send to chat %s refused: %s", chat_id, detail)
        retryable = error.error_code >= 500
        return Outcome(ok=False, retryable=retryable, status_code=error.error_code, detail=detail)


def _satisfies_the_protocol(notifier: TelegramNotifier) -> Notifier:
    return notifier  # mypy fails here if TelegramNotifier drifts from the channel interface
