"""Silences in Redis: a set of matchers muting matching alerts until ``ends_at``.

Each silence is a key ``<prefix>alerts:silence:<id>`` (JSON) that Redis expires a day after the
silence ends (so ``list --all`` still shows recent ones), plus an index set. A silence may be
scoped to one target (``scope`` = a ``Target.key`` such as ``telegram:telegram:12345``, or a
channel name); unscoped silences apply to every target.

A Telegram group that becomes a supergroup takes its scoped silences along:
``SubscriptionStore.migrate`` reads them with `SilenceStore.watch_scoped` and rescopes them with
`SilenceStore.queue_rescope` in the same MULTI/EXEC that moves the chat's subscriptions.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Any

import redis.asyncio as aioredis
from pydantic import BaseModel, ConfigDict, Field
from redis.asyncio.client import Pipeline

from alerts.model import Alert
from alerts.notify.base import Target
from alerts.silence.matchers import Matcher, all_match, parse_matchers

KEEP_AFTER_END = timedelta(days=1)


class Silence(BaseModel):
    """One silence (schema version 1)."""

    model_config = ConfigDict(frozen=True)

    schema_version: int = 1
    id: str
    matchers: list[str] = Field(description="Matcher expressions, e.g. 'category=airstrike'.")
    starts_at: datetime
    ends_at: datetime
    comment: str = ""
    created_by: str = ""
    scope: str | None = Field(default=None, description="Target key or channel it applies to; None: all.")
    former_scopes: list[str] = Field(
        default_factory=list,
        description="Scopes it had before its chat migrated: it still mutes deliveries addressed there "
        "(a batch routed just before the move).",
    )

    @cached_property
    def parsed(self) -> list[Matcher]:
        return parse_matchers(",".join(self.matchers))

    def active(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def applies_to(self, target: Target | None) -> bool:
        if self.scope is None or target is None:
            return True
        names = (target.key, target.channel)
        return self.scope in names or any(scope in names for scope in self.former_scopes)


class SilenceStore:
    """Add, list and expire silences; check alerts against the active ones."""

    def __init__(self, redis: aioredis.Redis[bytes], prefix: str) -> None:
        self.redis = redis
        self.base = f"{prefix}alerts:silence:"
        self.index = f"{prefix}alerts:silences"

    async def add(self, matchers: str | list[Matcher], duration: timedelta, *, comment: str = "",
                  created_by: str = "", scope: str | None = None, now: datetime | None = None) -> Silence:
        parsed = parse_matchers(matchers) if isinstance(matchers, str) else list(matchers)
        if duration.total_seconds() <= 0:
            raise ValueError("a silence must last longer than 0 seconds")
        starts = now or datetime.now(UTC)
        silence = Silence(id=secrets.token_hex(6), matchers=[str(m) for m in parsed], starts_at=starts,
                          ends_at=starts + duration, comment=comment, created_by=created_by, scope=scope)
        await self._save(silence)
        return silence

    async def _save(self, silence: Silence) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            self._queue_save(pipe, silence)
            await pipe.execute()

    def _queue_save(self, pipe: Pipeline[Any], silence: Silence) -> None:
        expire_at = silence.ends_at + KEEP_AFTER_END
        pipe.set(self.base + silence.id, silence.model_dump_json(), exat=int(expire_at.timestamp()) + 1)
        pipe.sadd(self.index, silence.id)

    async def watch_scoped(self, pipe: Pipeline[Any], scope: str) -> list[Silence]:
        """Every stored silence (ended ones too) scoped to ``scope``, read under ``pipe``'s WATCH.

        The index and every silence stay watched, so the caller's EXEC fails (``WatchError``)
        when a silence is added, lifted or rewritten before it; ``pipe`` must not be in MULTI yet.
        """
        await pipe.watch(self.index)
        ids = sorted(_text(member) for member in await pipe.smembers(self.index))
        if not ids:
            return []
        keys = [self.base + silence_id for silence_id in ids]
        await pipe.watch(*keys)
        found = [Silence.model_validate_json(raw) for raw in await pipe.mget(keys) if raw is not None]
        return [silence for silence in found if silence.scope == scope]

    def queue_rescope(self, pipe: Pipeline[Any], silences: list[Silence], scope: str) -> None:
        """Queue (in ``pipe``'s MULTI) the move of ``silences`` to ``scope``; ids, matchers,
        times and expiry stay as they were, and the old scope is kept in ``former_scopes``."""
        for silence in silences:
            former = [*silence.former_scopes]
            if silence.scope is not None and silence.scope != scope and silence.scope not in former:
                former.append(silence.scope)
            self._queue_save(pipe, silence.model_copy(update={"scope": scope, "former_scopes": former}))

    async def get(self, silence_id: str) -> Silence | None:
        raw = await self.redis.get(self.base + silence_id)
        return None if raw is None else Silence.model_validate_json(raw)

    async def silences(self, *, include_expired: bool = False, now: datetime | None = None) -> list[Silence]:
        moment = now or datetime.now(UTC)
        ids = sorted(_text(member) for member in await self.redis.smembers(self.index))
        if not ids:
            return []
        raws = await self.redis.mget([self.base + silence_id for silence_id in ids])
        found: list[Silence] = []
        gone: list[str] = []
        for silence_id, raw in zip(ids, raws, strict=True):
            if raw is None:
                gone.append(silence_id)
                continue
            silence = Silence.model_validate(json.loads(raw))
            if include_expired or silence.active(moment):
                found.append(silence)
        if gone:
            await self.redis.srem(self.index, *gone)
        return sorted(found, key=lambda s: s.starts_at)

    async def expire(self, silence_id: str, now: datetime | None = None) -> Silence | None:
        """End a silence now; None when there is no such silence."""
        silence = await self.get(silence_id)
        if silence is None:
            return None
        moment = now or datetime.now(UTC)
        ended = silence.model_copy(update={"ends_at": min(silence.ends_at, moment)})
        await self._save(ended)
        return ended

    async def active(self, now: datetime | None = None) -> list[Silence]:
        return await self.silences(now=now)


def _text(value: bytes | str) -> str:
    return value if isinstance(value, str) else value.decode()


def silencing(silences: list[Silence], alert: Alert, target: Target | None = None) -> Silence | None:
    """The first silence that mutes ``alert`` for ``target``, or None."""
    for silence in silences:
        if silence.applies_to(target) and all_match(silence.parsed, alert):
            return silence
    return None
