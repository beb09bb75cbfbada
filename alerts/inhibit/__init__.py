"""Inhibition: a firing alert for a whole country suppresses the same category's regional alerts.

Sources are remembered in Redis (``<prefix>alerts:inhibit:<rule>:<equal values>|<country>``)
so every dispatcher sees them; a resolved source, or ``ttl_s`` without news, lifts the
inhibition. Only alerts that arrive after their source are inhibited (arrival order matters, as
in Alertmanager, which also does not recall notifications already sent).
"""

from __future__ import annotations

from collections.abc import Sequence

import redis.asyncio as aioredis

from alerts.model import Alert
from config.channels import InhibitRule


def _is_country_level(alert: Alert) -> bool:
    return alert.region is None and alert.country is not None


def _equal_values(rule: InhibitRule, alert: Alert) -> str:
    return "|".join(str(getattr(alert, name)) for name in rule.equal)


class Inhibitor:
    """Applies the ``inhibit`` rules of channels.yaml to batches of alerts."""

    def __init__(self, redis: aioredis.Redis[bytes], prefix: str, rules: Sequence[InhibitRule]) -> None:
        self.redis = redis
        self.base = f"{prefix}alerts:inhibit:"
        self.rules = list(rules)

    def _source_key(self, index: int, rule: InhibitRule, alert: Alert) -> str:
        return f"{self.base}{index}:{_equal_values(rule, alert)}|{alert.country}"

    async def observe(self, alerts: Sequence[Alert]) -> None:
        """Record firing country-level alerts as sources, forget resolved ones."""
        if not self.rules:
            return
        async with self.redis.pipeline(transaction=False) as pipe:
            queued = False
            for alert in alerts:
                if not _is_country_level(alert):
                    continue
                for index, rule in enumerate(self.rules):
                    key = self._source_key(index, rule, alert)
                    if alert.status == "firing":
                        pipe.set(key, alert.id, px=int(rule.ttl_s * 1000))
                    else:
                        pipe.delete(key)
                    queued = True
            if queued:
                await pipe.execute()

    async def inhibited(self, alerts: Sequence[Alert]) -> list[str | None]:
        """For each alert, the id of the source alert inhibiting it, or None."""
        result: list[str | None] = [None] * len(alerts)
        if not self.rules:
            return result
        keys: list[str] = []
        owners: list[int] = []
        for position, alert in enumerate(alerts):
            if alert.region is None or alert.country is None:
                continue
            for index, rule in enumerate(self.rules):
                keys.append(self._source_key(index, rule, alert))
                owners.append(position)
        if not keys:
            return result
        for position, source in zip(owners, await self.redis.mget(keys), strict=True):
            if source is not None and result[position] is None:
                result[position] = source.decode() if isinstance(source, bytes) else str(source)
        return result
