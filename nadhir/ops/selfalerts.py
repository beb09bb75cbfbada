"""Nadhir's alerts about itself, published on the ``alerts`` topic for ``ops: true`` channels.

Four signals, evaluated every ``NADHIR_OPS_INTERVAL_S`` in the dispatcher process:

| signal | key | fires when | resolves when |
|---|---|---|---|
| ``delivery_failure_rate`` | channel | failed attempts / attempts in ``ops_window_s`` >= ``ops_failure_rate`` (at least ``ops_failure_min_attempts`` attempts) | no failure in the window, or the rate is below again |
| ``dead_letters`` | ``all`` | >= ``ops_dead_letters`` deliveries dead-lettered in ``ops_window_s`` | none in the window |
| ``consumer_lag`` | group | lag (Fetch high watermark - committed) of the worker or dispatcher group >= ``ops_max_lag`` | below it |
| ``silent_input`` | articles topic | the articles topic's high watermark has not moved for ``ops_silent_after_s`` (ElastAlert2's flatline) | it moves |

Deliveries to ops channels are left out of the first two signals, so an ops endpoint that is
down cannot feed alerts about itself. The failure rate is this process's own attempts (each
dispatcher judges what it sends); the others are read from Redis and the broker.

An episode lives in Redis (``<prefix>ops:selfalert:<signal>|<key>``): the first evaluator to see
it claims its start time (HSETNX), so every dispatcher derives the same alert id
(`alerts.model.alert_id` of rule ``nadhir.<signal>``, the key and that start); firing and resolved
notifications are de-duplicated downstream on that id.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from prometheus_client import REGISTRY

from alerts.model import Alert, Severity, alert_id
from config.settings import Settings
from nadhir.ops import metrics
from nadhir.ops.lag import LagUnavailable, PartitionLag, group_lag, total
from nadhir.ops.snapshot import DeliveryView

log = logging.getLogger("nadhir.ops.selfalerts")

SIGNALS = ("delivery_failure_rate", "dead_letters", "consumer_lag", "silent_input")
FAILED_OUTCOMES = ("retry", "dead", "disabled")
ATTEMPT_OUTCOMES = ("delivered", "retry", "dead", "disabled", "dropped")
LagProbe = Callable[[str, str], Awaitable[list[PartitionLag]]]
Publish = Callable[[Alert], Awaitable[None]]


@dataclass(frozen=True)
class Reading:
    """One signal for one key at one evaluation. ``firing`` None: hold the current state."""

    signal: str
    key: str
    firing: bool | None
    value: float
    threshold: float
    severity: Severity
    summary: str


def _utc(epoch_s: float) -> datetime:
    return datetime.fromtimestamp(epoch_s, tz=UTC)


class SelfAlerts:
    def __init__(
        self,
        settings: Settings,
        redis: Any,
        publish: Publish,
        *,
        channels: Sequence[str],
        ops_channels: Sequence[str],
        lag_probe: LagProbe | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.redis = redis
        self.publish = publish
        self.channels = [name for name in channels if name not in set(ops_channels)]
        self.ops_channels = set(ops_channels)
        self.deliveries = DeliveryView(redis, settings.redis_prefix)
        self.lag_probe = lag_probe or self._probe
        self.clock = clock
        self.base = f"{settings.redis_prefix}ops:"
        self._attempts: dict[str, deque[tuple[float, float, float]]] = {}
        self.active: set[tuple[str, str]] = set()  # (signal, key) episodes seen firing here

    async def _probe(self, group: str, topic: str) -> list[PartitionLag]:
        return await asyncio.to_thread(group_lag, self.settings.bootstrap_servers, group, topic, timeout_s=5.0)

    # --- signals ----------------------------------------------------------------------------------
    def _counter(self, channel: str, outcomes: Sequence[str]) -> float:
        return sum(REGISTRY.get_sample_value("nadhir_deliveries_total", {"channel": channel, "outcome": outcome}) or 0.0
                   for outcome in outcomes)

    def failure_rates(self, now: float) -> list[Reading]:
        s = self.settings
        readings = []
        for channel in self.channels:
            samples = self._attempts.setdefault(channel, deque())
            samples.append((now, self._counter(channel, ATTEMPT_OUTCOMES), self._counter(channel, FAILED_OUTCOMES)))
            while len(samples) > 1 and samples[1][0] <= now - s.ops_window_s:
                samples.popleft()
            _, attempts_then, failures_then = samples[0]
            attempts, failures = samples[-1][1] - attempts_then, samples[-1][2] - failures_then
            rate = failures / attempts if attempts else 0.0
            firing: bool | None
            if attempts >= s.ops_failure_min_attempts and rate >= s.ops_failure_rate:
                firing = True
            elif failures == 0 or attempts >= s.ops_failure_min_attempts:
                firing = False
            else:
                firing = None  # too few attempts to judge, some failing: keep the current state
            readings.append(Reading(
                "delivery_failure_rate", channel, firing, round(rate, 4), s.ops_failure_rate, "warning",
                f"channel {channel}: {failures:g} of {attempts:g} delivery attempts failed in the last "
                f"{s.ops_window_s:g}s ({rate:.0%}; threshold {s.ops_failure_rate:.0%})",
            ))
        return readings

    async def dead_letters(self, now: float) -> Reading:
        s = self.settings
        dead = [(d, channel) for d, channel in await self.deliveries.dead_since(now - s.ops_window_s)
                if channel not in self.ops_channels]
        channels = sorted({channel for _, channel in dead})
        return Reading(
            "dead_letters", "all", len(dead) >= s.ops_dead_letters, len(dead), s.ops_dead_letters, "warning",
            f"{len(dead)} deliveries dead-lettered in the last {s.ops_window_s:g}s"
            + (f" (channels: {', '.join(channels)})" if channels else "")
            + "; see `nadhir deliveries dead`",
        )

    async def lag_and_input(self, now: float) -> list[Reading]:
        s = self.settings
        readings: list[Reading] = []
        groups = [(s.app_id, s.topic_articles), (f"{s.app_id}-dispatch", s.topic_alerts)]
        for group, topic in groups:
            try:
                lags = await self.lag_probe(group, topic)
            except LagUnavailable as exc:
                metrics.OPS_ERRORS.labels("lag_probe").inc()
                log.warning("consumer lag of %s on %s not measured: %s", group, topic, exc)
                readings.append(Reading("consumer_lag", group, None, 0, s.ops_max_lag, "warning", str(exc)))
                continue
            behind = total(lags)
            worst = max(lags, key=lambda item: item.lag, default=None)
            readings.append(Reading(
                "consumer_lag", group, behind >= s.ops_max_lag, behind, s.ops_max_lag, "warning",
                f"group {group} is {behind} records behind on {topic} (threshold {s.ops_max_lag})"
                + (f"; partition {worst.partition} {worst.lag} behind" if worst is not None and worst.lag else ""),
            ))
            if topic == s.topic_articles:
                readings.append(await self._silence(sum(item.highwater for item in lags), now))
        return readings

    async def _silence(self, highwater: int, now: float) -> Reading:
        s = self.settings
        key = f"{self.base}input:{s.topic_articles}"
        known = await self.redis.hmget(key, ["highwater", "changed_at"])
        if known[0] is None or int(known[0]) != highwater:
            await self.redis.hset(key, mapping={"highwater": highwater, "changed_at": repr(now)})
            changed_at = now
        else:
            changed_at = float(known[1])
        quiet = now - changed_at
        return Reading(
            "silent_input", s.topic_articles, quiet >= s.ops_silent_after_s, round(quiet, 1), s.ops_silent_after_s,
            "critical",
            f"no new article on {s.topic_articles} for {quiet:.0f}s (threshold {s.ops_silent_after_s:g}s; "
            f"{highwater} articles in the topic)",
        )

    async def evaluate(self) -> list[Reading]:
        now = self.clock()
        readings = self.failure_rates(now)
        readings.append(await self.dead_letters(now))
        readings += await self.lag_and_input(now)
        return readings

    # --- episodes ---------------------------------------------------------------------------------
    def _alert(self, reading: Reading, status: str, started_at: float, now: float) -> Alert:
        rule = f"nadhir.{reading.signal}"
        key = f"{reading.signal}|{reading.key}"
        return Alert(
            id=alert_id(rule, key, _utc(started_at)), status=status,  # type: ignore[arg-type]
            rule=rule, rule_type="self", category="nadhir", key=key, metric="articles",
            value=float(reading.value), threshold=float(reading.threshold), severity=reading.severity,
            window_start=_utc(started_at), window_end=_utc(now), event_time=_utc(now), emitted_at=_utc(now),
            labels={"ops": "true", "signal": reading.signal, "subject": reading.key, "summary": reading.summary},
        )

    async def apply(self, reading: Reading) -> Alert | None:
        """Move the reading's episode along; returns the alert published, if any."""
        episode = f"{self.base}selfalert:{reading.signal}|{reading.key}"
        now = self.clock()
        if reading.firing is None:
            return None
        if reading.firing:
            await self.redis.hsetnx(episode, "started_at", repr(now))
            started_raw, published = await self.redis.hmget(episode, ["started_at", "published"])
            self.active.add((reading.signal, reading.key))
            if published is not None:
                return None
            alert = self._alert(reading, "firing", float(started_raw), now)
            await self.publish(alert)
            await self.redis.hset(episode, "published", alert.id)
            log.warning("self-alert firing: %s", reading.summary)
            return alert
        self.active.discard((reading.signal, reading.key))
        started_raw = await self.redis.hget(episode, "started_at")
        if started_raw is None:
            return None
        alert = self._alert(reading, "resolved", float(started_raw), now)
        await self.publish(alert)
        await self.redis.delete(episode)
        log.info("self-alert resolved: %s", reading.summary)
        return alert

    async def tick(self) -> list[Alert]:
        published = []
        for reading in await self.evaluate():
            alert = await self.apply(reading)
            if alert is not None:
                published.append(alert)
        for signal in SIGNALS:
            metrics.SELF_ALERT_FIRING.labels(signal).set(int(any(on == signal for on, _ in self.active)))
        return published

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                metrics.OPS_ERRORS.labels("self_alerts").inc()
                log.exception("evaluating self-alerts failed; next try in %gs", self.settings.ops_interval_s)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.settings.ops_interval_s)


def kafka_publisher(producer: Any, topic: str) -> Publish:
    """Publish alerts with an aiokafka producer, keyed by alert id, awaiting the broker's ack."""

    async def publish(alert: Alert) -> None:
        await producer.send_and_wait(topic, alert.to_json_bytes(), key=alert.id.encode())

    return publish
