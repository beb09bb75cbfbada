"""Telegram subscriptions in Redis: which chats want which alerts, and in which language.

Keys (``<prefix>alerts:telegram:``...):

- ``chat:<id>``: hash ``language``, ``active`` (1/0), ``muted_until`` (epoch s), ``reason`` (why
  inactive), ``migrated_to`` (set on a group that became a supergroup);
- ``subs:<id>``: hash ``<category>|<region or empty>`` → minimum severity;
- ``by-category:<category>``: set of chat ids with a subscription to that category (the routing
  index, so an alert reads only the chats that may want it);
- ``approved``: set of chat ids an admin approved (lock-down mode).

A chat's silences (``/silence``) are :mod:`alerts.silence` silences scoped to `chat_scope`; a
migration moves them with the chat.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import WatchError

from alerts.model import SEVERITY_ORDER, Alert
from alerts.notify.base import Target
from alerts.silence.store import SilenceStore

_MAX_MIGRATION_HOPS = 8
# A migration is retried when a key it read changed before its EXEC; more than a few conflicts in
# a row means something rewrites the chat or the silences in a loop.
_MAX_MIGRATION_ATTEMPTS = 20


def chat_scope(chat_id: int) -> str:
    """The silence scope of a chat: its Telegram target's key (``telegram:telegram:<chat_id>``)."""
    return Target(kind="telegram", channel="telegram", address=str(chat_id)).key


@dataclass(frozen=True)
class Subscription:
    """One chat's wish: alerts of ``category`` (in ``region``, a region or country name, or
    anywhere) of at least ``min_severity``."""

    category: str
    region: str | None = None
    min_severity: str = "info"

    @property
    def field(self) -> str:
        return f"{self.category}|{self.region or ''}"

    def matches(self, alert: Alert) -> bool:
        if alert.category != self.category:
            return False
        if SEVERITY_ORDER.get(alert.severity, 0) < SEVERITY_ORDER.get(self.min_severity, 0):
            return False
        if self.region is None:
            return True
        wanted = self.region.casefold()
        return any(name is not None and name.casefold() == wanted for name in (alert.region, alert.country))


@dataclass(frozen=True)
class ChatState:
    chat_id: int
    language: str | None
    active: bool
    muted_until: float | None
    reason: str | None
    migrated_to: int | None
    subscriptions: tuple[Subscription, ...]

    def muted(self, now: float | None = None) -> bool:
        return self.muted_until is not None and self.muted_until > (time.time() if now is None else now)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _subscription(field: Any, severity: Any) -> Subscription:
    category, _, region = (_text(field) or "").partition("|")
    return Subscription(category=category, region=region or None, min_severity=_text(severity) or "info")


class SubscriptionStore:
    """Chats, their subscriptions and their settings; the router's source of Telegram targets."""

    def __init__(self, redis: Redis[Any], prefix: str) -> None:
        self._redis = redis
        self._prefix = f"{prefix}alerts:telegram:"
        self._silences = SilenceStore(redis, prefix)

    # --- keys ---------------------------------------------------------------------------------
    def _chat(self, chat_id: int) -> str:
        return f"{self._prefix}chat:{chat_id}"

    def _subs(self, chat_id: int) -> str:
        return f"{self._prefix}subs:{chat_id}"

    def _by_category(self, category: str) -> str:
        return f"{self._prefix}by-category:{category}"

    @property
    def _approved(self) -> str:
        return f"{self._prefix}approved"

    # --- routing ------------------------------------------------------------------------------
    async def targets_for(self, alert: Alert, *, now: float | None = None) -> list[Target]:
        """The Telegram targets of ``alert``: active, unmuted chats with a matching subscription."""
        members = await self._redis.smembers(self._by_category(alert.category))
        chat_ids = sorted(int(_text(member) or 0) for member in members)
        if not chat_ids:
            return []
        pipe = self._redis.pipeline(transaction=False)
        for chat_id in chat_ids:
            pipe.hmget(self._chat(chat_id), ["active", "muted_until"])
            pipe.hgetall(self._subs(chat_id))
        replies = await pipe.execute()
        moment = time.time() if now is None else now
        targets: list[Target] = []
        for index, chat_id in enumerate(chat_ids):
            (active, muted_until), subs = replies[2 * index], replies[2 * index + 1]
            if _text(active) != "1":
                continue
            if muted_until is not None and float(_text(muted_until) or 0) > moment:
                continue
            if any(_subscription(field, severity).matches(alert) for field, severity in subs.items()):
                targets.append(Target(kind="telegram", channel="telegram", address=str(chat_id)))
        return targets

    # --- subscriptions ------------------------------------------------------------------------
    async def subscribe(self, chat_id: int, subscription: Subscription, *, language: str | None = None) -> bool:
        """Add (or change the minimum severity of) a subscription; activates the chat.
        Returns True when it is new."""
        pipe = self._redis.pipeline(transaction=True)
        pipe.hset(self._subs(chat_id), subscription.field, subscription.min_severity)
        pipe.sadd(self._by_category(subscription.category), str(chat_id))
        pipe.hset(self._chat(chat_id), mapping={"active": "1", "reason": ""})
        if language is not None:
            pipe.hsetnx(self._chat(chat_id), "language", language)
        replies = await pipe.execute()
        return bool(replies[0])

    async def unsubscribe(self, chat_id: int, category: str | None = None, region: str | None = None) -> int:
        """Remove the chat's subscriptions to ``category`` (in ``region``), or all of them.
        Returns how many were removed."""
        current = await self.subscriptions(chat_id)
        doomed = [
            sub for sub in current
            if (category is None or sub.category == category)
            and (region is None or (sub.region or "").casefold() == region.casefold())
        ]
        if not doomed:
            return 0
        pipe = self._redis.pipeline(transaction=True)
        pipe.hdel(self._subs(chat_id), *[sub.field for sub in doomed])
        remaining = {sub.category for sub in current if sub not in doomed}
        for gone in {sub.category for sub in doomed} - remaining:
            pipe.srem(self._by_category(gone), str(chat_id))
        await pipe.execute()
        return len(doomed)

    async def subscriptions(self, chat_id: int) -> list[Subscription]:
        raw = await self._redis.hgetall(self._subs(chat_id))
        subs = [_subscription(field, severity) for field, severity in raw.items()]
        return sorted(subs, key=lambda sub: (sub.category, sub.region or ""))

    async def chat(self, chat_id: int) -> ChatState | None:
        """Everything stored about a chat, or None if it never subscribed or set anything."""
        raw = await self._redis.hgetall(self._chat(chat_id))
        if not raw:
            return None
        fields = {_text(key): _text(value) for key, value in raw.items()}
        muted = fields.get("muted_until")
        migrated = fields.get("migrated_to")
        return ChatState(
            chat_id=chat_id,
            language=fields.get("language") or None,
            active=fields.get("active") == "1",
            muted_until=float(muted) if muted else None,
            reason=fields.get("reason") or None,
            migrated_to=int(migrated) if migrated else None,
            subscriptions=tuple(await self.subscriptions(chat_id)),
        )

    # --- chat settings ------------------------------------------------------------------------
    async def mute(self, chat_id: int, until: float) -> None:
        await self._redis.hset(self._chat(chat_id), "muted_until", repr(float(until)))

    async def unmute(self, chat_id: int) -> bool:
        """Returns True when the chat was muted."""
        removed = await self._redis.hdel(self._chat(chat_id), "muted_until")
        return bool(removed)

    async def set_language(self, chat_id: int, language: str) -> None:
        await self._redis.hset(self._chat(chat_id), "language", language)

    async def language(self, chat_id: int) -> str | None:
        value = await self._redis.hget(self._chat(chat_id), "language")
        return _text(value) or None

    async def deactivate(self, chat_id: int, reason: str) -> None:
        """Stop delivering to a chat (bot blocked, kicked, chat gone); subscriptions are kept so
        a chat that comes back (``/start``, bot re-added) gets them again."""
        if await self._redis.exists(self._chat(chat_id)) or await self._redis.exists(self._subs(chat_id)):
            await self._redis.hset(self._chat(chat_id), mapping={"active": "0", "reason": reason[:200]})

    async def reactivate(self, chat_id: int) -> bool:
        """Deliver to a chat again; returns True if it had been deactivated."""
        state = await self.chat(chat_id)
        if state is None or state.active or state.migrated_to is not None:
            return False
        await self._redis.hset(self._chat(chat_id), mapping={"active": "1", "reason": ""})
        return True

    async def migrate(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: move its settings, subscriptions and silences to the new id.

        One MULTI/EXEC moves them together, so no reader of Redis finds the chat's subscriptions
        at the new id while its silences are still scoped to the old one (an alert routed there
        unsilenced). The keys read are WATCHed: a concurrent ``/subscribe`` or ``/silence``
        makes EXEC fail and the move is read and made again. Idempotent: the bot and a notifier
        may both learn of the same migration. A batch the dispatcher routed just before the EXEC
        still meets the silences: it reads them after routing, and a moved silence keeps its old
        scope in ``former_scopes``.
        """
        if old_chat_id == new_chat_id:
            return
        async with self._redis.pipeline(transaction=True) as pipe:
            for attempt in range(1, _MAX_MIGRATION_ATTEMPTS + 1):
                try:
                    await self._queue_migration(pipe, old_chat_id, new_chat_id)
                    await pipe.execute()
                    return
                except WatchError:
                    if attempt == _MAX_MIGRATION_ATTEMPTS:
                        raise
                    await pipe.reset()

    async def _queue_migration(self, pipe: Pipeline[Any], old_chat_id: int, new_chat_id: int) -> None:
        """Read the old chat under WATCH and queue its move in ``pipe``'s MULTI."""
        await pipe.watch(self._chat(old_chat_id), self._subs(old_chat_id), self._approved)
        silences = await self._silences.watch_scoped(pipe, chat_scope(old_chat_id))
        # Reads on other connections after the WATCH above are covered by it.
        old_state = await self.chat(old_chat_id)
        if old_state is not None and old_state.migrated_to is not None:
            # Already moved; a silence scoped to the old id since (``nadhir silence add --scope``)
            # still follows the chat.
            pipe.multi()
            self._silences.queue_rescope(pipe, silences, chat_scope(old_state.migrated_to))
            return
        old_subs = await self.subscriptions(old_chat_id)
        approved = await self.is_approved(old_chat_id)
        pipe.multi()
        for sub in old_subs:
            pipe.hset(self._subs(new_chat_id), sub.field, sub.min_severity)
            pipe.sadd(self._by_category(sub.category), str(new_chat_id))
            pipe.srem(self._by_category(sub.category), str(old_chat_id))
        if old_state is not None:
            carried: dict[str | bytes, bytes | float | int | str] = {
                "active": "1" if old_state.active else "0", "reason": old_state.reason or ""}
            if old_state.language:
                carried["language"] = old_state.language
            if old_state.muted_until is not None:
                carried["muted_until"] = repr(old_state.muted_until)
            pipe.hset(self._chat(new_chat_id), mapping=carried)
        if approved:
            pipe.sadd(self._approved, str(new_chat_id))
        pipe.delete(self._subs(old_chat_id))
        pipe.hset(self._chat(old_chat_id), mapping={
            "active": "0", "reason": f"migrated to {new_chat_id}", "migrated_to": str(new_chat_id),
        })
        self._silences.queue_rescope(pipe, silences, chat_scope(new_chat_id))

    async def resolve(self, chat_id: int) -> int:
        """The current id of a chat, following group → supergroup migrations."""
        current = chat_id
        for _ in range(_MAX_MIGRATION_HOPS):
            moved = _text(await self._redis.hget(self._chat(current), "migrated_to"))
            if not moved:
                return current
            current = int(moved)
        return current

    # --- lock-down ----------------------------------------------------------------------------
    async def approve(self, chat_id: int) -> bool:
        return bool(await self._redis.sadd(self._approved, str(chat_id)))

    async def revoke(self, chat_id: int) -> bool:
        return bool(await self._redis.srem(self._approved, str(chat_id)))

    async def is_approved(self, chat_id: int) -> bool:
        return bool(await self._redis.sismember(self._approved, str(chat_id)))
