"""The one small interface every delivery channel implements.

A channel (webhook, telegram, ...) is a module under ``alerts/notify/<kind>/`` with a class that
satisfies :class:`Notifier`. The dispatcher owns retries, idempotency, grouping and records; a
notifier only makes one attempt and says how it went. Adding a channel touches no other channel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from alerts.model import Alert


@dataclass(frozen=True)
class Target:
    """Where one notification goes.

    ``channel`` names the configured channel (a webhook from channels.yaml, or ``telegram``),
    ``address`` the destination inside it (the webhook channel's name again, or a chat id).
    """

    kind: str
    channel: str
    address: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.channel}:{self.address}"


@dataclass(frozen=True)
class Outcome:
    """The result of one delivery attempt. ``detail`` must never contain a secret."""

    ok: bool
    retryable: bool = False
    retry_after: float | None = None
    disable_target: bool = False
    status_code: int | None = None
    detail: str = ""


class Notifier(Protocol):
    """One attempt to deliver a group of alerts (usually one) to one target."""

    kind: str

    async def deliver(self, target: Target, alerts: Sequence[Alert], delivery_id: str) -> Outcome:
        """Send once. ``delivery_id`` is stable across retries (Standard Webhooks' webhook-id)."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...
