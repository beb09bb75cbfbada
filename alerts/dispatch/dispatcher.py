"""The dispatcher's core: alerts in (intake), attempts out (sender), leases reaped (reaper).

``intake(alerts)``: route ▸ inhibit ▸ silence ▸ record. Routing asks channels.yaml (webhooks)
and every target source (Telegram subscriptions); each surviving (alert, target) is recorded
in Redis (idempotently, grouped per ``group_wait_s``) before ``intake`` returns, so the Kafka
consumer may commit right after.

``run_sender``: for each channel, claim as many due deliveries as it has free concurrency
(and its circuit breaker allows), attempt them concurrently through the channel kind's
notifier, and record each outcome: delivered, retry at the next (jittered) step of the
schedule or after ``Retry-After``, or dead letter. A slow or dead endpoint only ever holds its
own slots.

Exactly-once, honestly: a notification is recorded once per target (SET NX) and an attempt is
held by one dispatcher at a time (leases with fencing tokens). If a dispatcher dies after the
receiver answered 2xx but before the result reached Redis, the lease expires and the attempt
is repeated *with the same webhook-id*, so a receiver that de-duplicates on it sees it once.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import random
import socket
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from alerts import metrics
from alerts.deliveries.store import Delivery, DeliveryStore, Finish
from alerts.dispatch.backoff import next_delay
from alerts.dispatch.breaker import CircuitBreaker
from alerts.inhibit import Inhibitor
from alerts.model import Alert
from alerts.notify.base import Notifier, Outcome, Target
from alerts.routing import WEBHOOK_KIND, is_ops_alert, webhook_targets
from alerts.silence.store import SilenceStore, silencing
from config.channels import Channels, DeliveryPolicy
from nadhir.ops import metrics as ops_metrics

log = logging.getLogger("nadhir.dispatch")

# Kinds whose "disable target" means the endpoint itself is gone (HTTP 410): remembered in Redis
# until `nadhir deliveries enable`. Other kinds (a Telegram chat) handle it on their side.
ENDPOINT_KINDS = frozenset({WEBHOOK_KIND})
MAX_CLAIM = 256


class TargetSource(Protocol):
    """Something besides channels.yaml that knows who wants an alert (Telegram subscriptions)."""

    async def targets_for(self, alert: Alert) -> list[Target]: ...


@dataclass
class ChannelRuntime:
    """One channel's policy plus this process's live state for it."""

    name: str
    kind: str
    policy: DeliveryPolicy
    breaker: CircuitBreaker
    in_flight: int = 0

    def __post_init__(self) -> None:
        # Label children resolved once: .labels() costs a lock and a dict lookup per call.
        self.in_flight_gauge = metrics.IN_FLIGHT.labels(self.name)
        self.outcomes = {label: metrics.DELIVERIES.labels(self.name, label)
                         for label in ("delivered", "retry", "dead", "disabled", "dropped")}


@dataclass
class IntakeReport:
    """What one intake call did, for logs and tests."""

    alerts: int = 0
    recorded: int = 0
    grouped: int = 0
    duplicates: int = 0
    silenced: int = 0
    inhibited: int = 0
    unroutable: int = 0
    delivery_ids: list[str] = field(default_factory=list)


class Dispatcher:
    def __init__(
        self,
        *,
        store: DeliveryStore,
        channels: Channels,
        notifiers: Mapping[str, Notifier],
        silences: SilenceStore,
        inhibitor: Inhibitor,
        target_sources: Sequence[TargetSource] = (),
        instance: str | None = None,
        poll_interval_s: float = 0.1,
        reap_interval_s: float = 1.0,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.channels = channels
        self.notifiers = dict(notifiers)
        self.silences = silences
        self.inhibitor = inhibitor
        self.target_sources = list(target_sources)
        self.instance = instance or f"{socket.gethostname()}:{os.getpid()}"
        self.poll_interval_s = poll_interval_s
        self.reap_interval_s = reap_interval_s
        self.rng = rng or random.Random()
        self.runtimes: dict[str, ChannelRuntime] = {}
        breaker = channels.breaker
        if WEBHOOK_KIND in self.notifiers:
            for name, hook in channels.webhooks.items():
                self.runtimes[name] = ChannelRuntime(
                    name, WEBHOOK_KIND, hook.config, CircuitBreaker(breaker.failures, breaker.cooldown_s)
                )
        for kind in self.notifiers:
            if kind != WEBHOOK_KIND:
                # Non-webhook kinds are one channel each, named after the kind ("telegram").
                policy: DeliveryPolicy = channels.telegram if kind == "telegram" else DeliveryPolicy()
                self.runtimes[kind] = ChannelRuntime(
                    kind, kind, policy, CircuitBreaker(breaker.failures, breaker.cooldown_s)
                )
        self._wake = asyncio.Event()
        self._finishes: list[tuple[Finish, asyncio.Future[int]]] = []
        self._finish_ready = asyncio.Event()
        self._tokens = itertools.count()
        self._tasks: dict[asyncio.Task[None], Delivery] = {}

    # --- intake ---------------------------------------------------------------------------------
    async def targets_for(self, alert: Alert) -> list[Target]:
        targets = webhook_targets((h for h in self.channels.webhooks.values() if h.name in self.runtimes), alert)
        if not is_ops_alert(alert):
            for source in self.target_sources:
                try:
                    targets.extend(await source.targets_for(alert))
                except Exception as exc:
                    # Re-raised: the batch is retried and its offset not committed, so no chat
                    # silently misses the alert (webhook records are idempotent on the retry).
                    metrics.DISPATCH_ERRORS.labels("targets").inc()
                    log.error("alert %s: target source %s failed: %s", alert.id, type(source).__name__,
                              type(exc).__name__)
                    raise
        return targets

    async def intake(self, alerts: Sequence[Alert]) -> IntakeReport:
        """Route, inhibit, silence and durably record a batch of alerts."""
        report = IntakeReport(alerts=len(alerts))
        if not alerts:
            return report
        await self.inhibitor.observe(alerts)
        inhibited_by = await self.inhibitor.inhibited(alerts)
        routed: list[tuple[Alert, list[Target]]] = []
        for alert, source in zip(alerts, inhibited_by, strict=True):
            metrics.ALERTS_CONSUMED.inc()
            if source is not None:
                report.inhibited += 1
                metrics.ALERTS_SUPPRESSED.labels("inhibited").inc()
                log.info("alert %s (%s) inhibited by %s", alert.notification_id, alert.key, source)
                continue
            routed.append((alert, await self.targets_for(alert)))
        # Silences are read after routing: a chat that migrated while the batch was routed has
        # its silences moved already, and they still name the old chat in `former_scopes`.
        active = await self.silences.active()
        items: list[tuple[Target, Alert, float]] = []
        for alert, targets in routed:
            for target in targets:
                runtime = self.runtimes.get(target.channel)
                if runtime is None or runtime.kind != target.kind:
                    report.unroutable += 1
                    metrics.DISPATCH_ERRORS.labels("unroutable").inc()
                    log.error("alert %s: no notifier for target kind %r channel %r", alert.notification_id,
                              target.kind, target.channel)
                    continue
                muted = silencing(active, alert, target)
                if muted is not None:
                    report.silenced += 1
                    metrics.ALERTS_SUPPRESSED.labels("silenced").inc()
                    log.info("alert %s to %s silenced by %s", alert.notification_id, target.channel, muted.id)
                    continue
                items.append((target, alert, runtime.policy.group_wait_s))
        for recorded in await self.store.record(items):
            if recorded.result == "duplicate":
                report.duplicates += 1
                metrics.ALERTS_SUPPRESSED.labels("duplicate").inc()
                continue
            if recorded.result == "grouped":
                report.grouped += 1
            report.recorded += 1
            report.delivery_ids.append(recorded.delivery_id)
            metrics.NOTIFICATIONS_RECORDED.labels(recorded.target.channel).inc()
        if report.recorded:
            self._wake.set()
        return report

    # --- sender ---------------------------------------------------------------------------------
    def _lease_s(self, runtime: ChannelRuntime) -> float:
        return runtime.policy.timeout_s + self.channels.lease_margin_s

    async def claim_round(self) -> int:
        """Claim and start what every channel may take now; returns how many attempts started."""
        started = 0
        for runtime in self.runtimes.values():
            free = runtime.policy.max_concurrency - runtime.in_flight
            # Busy channels claim in batches (a quarter of their slots), not one per finished attempt:
            # a claim is a Redis round trip.
            if runtime.in_flight and free < max(1, runtime.policy.max_concurrency // 4):
                continue
            allowed = min(runtime.breaker.allowance(free), MAX_CLAIM)
            if allowed <= 0:
                continue
            token = f"{self.instance}:{next(self._tokens)}"
            claimed = await self.store.claim(runtime.name, allowed, self._lease_s(runtime), token)
            for delivery in claimed:
                runtime.in_flight += 1
                runtime.in_flight_gauge.inc()
                runtime.breaker.started()
                task = asyncio.create_task(self._attempt(runtime, delivery))
                self._tasks[task] = delivery
                task.add_done_callback(self._tasks.pop)
            started += len(claimed)
        return started

    async def run_sender(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                started = await self.claim_round()
            except Exception as exc:
                metrics.DISPATCH_ERRORS.labels("claim").inc()
                log.error("claiming deliveries failed: %s: %s", type(exc).__name__, exc)
                started = 0
                await asyncio.sleep(self.poll_interval_s)
            if started == 0:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.poll_interval_s)

    async def run(self, stop: asyncio.Event) -> None:
        """Send, reap and record until ``stop``; then drain in-flight attempts (see :meth:`drain`)."""
        finisher_stop = asyncio.Event()
        finisher = asyncio.create_task(self.run_finisher(finisher_stop), name="finisher")
        try:
            await asyncio.gather(self.run_sender(stop), self.run_reaper(stop))
        finally:
            await self.drain()
            finisher_stop.set()
            await finisher

    async def _finish(self, result: Finish) -> int:
        """Queue an outcome for the finisher, which writes all queued outcomes in one round trip."""
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._finishes.append((result, future))
        self._finish_ready.set()
        return await future

    async def run_finisher(self, stop: asyncio.Event) -> None:
        """Write queued attempt outcomes to Redis in batches (until stopped and nothing is left).

        While Redis is unreachable the outcomes are kept and written again (until stopped): a
        webhook that answered 2xx during a Redis restart must not be sent a second time. An
        outcome written after its lease was reaped is refused by the fencing token as before."""
        delay = 0.1
        while not (stop.is_set() and not self._finishes):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._finish_ready.wait(), 0.1)
            self._finish_ready.clear()
            batch, self._finishes = self._finishes, []
            if not batch:
                continue
            try:
                counts = await self.store.finish_many([result for result, _future in batch])
            except Exception as exc:
                metrics.DISPATCH_ERRORS.labels("finish").inc()
                if not stop.is_set():
                    log.error("recording %d attempt outcome(s) failed (%s); retrying in %.1fs", len(batch),
                              type(exc).__name__, delay)
                    self._finishes[:0] = batch
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 1.0)
                    continue
                for _result, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            delay = 0.1
            for (_result, future), count in zip(batch, counts, strict=True):
                if not future.done():
                    future.set_result(count)

    async def run_reaper(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                reaped = await self.store.reap()
                if reaped:
                    log.warning("%d delivery attempt(s) whose dispatcher stopped were rescheduled", reaped)
                    self._wake.set()
            except Exception as exc:
                metrics.DISPATCH_ERRORS.labels("reap").inc()
                log.error("reaping leases failed: %s", type(exc).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.reap_interval_s)

    async def _attempt(self, runtime: ChannelRuntime, delivery: Delivery) -> None:
        try:
            outcome = await self._deliver(runtime, delivery)
            await self._record_outcome(runtime, delivery, outcome)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            metrics.DISPATCH_ERRORS.labels("record").inc()
            log.error("delivery %s to %s: recording the outcome failed (%s); its lease will expire and it "
                      "will be retried", delivery.id, runtime.name, type(exc).__name__)
        finally:
            runtime.in_flight -= 1
            runtime.in_flight_gauge.dec()
            self._wake.set()

    async def _deliver(self, runtime: ChannelRuntime, delivery: Delivery) -> Outcome:
        notifier = self.notifiers[delivery.target.kind]
        try:
            alerts = delivery.alerts()
        except ValueError:
            return Outcome(ok=False, detail="stored alerts do not parse as alert.v1")
        try:
            # Belt and braces: a notifier that ignores its own timeout still ends within the lease.
            async with asyncio.timeout(runtime.policy.timeout_s + 1):
                return await notifier.deliver(delivery.target, alerts, delivery.id)
        except TimeoutError:
            return Outcome(ok=False, retryable=True, detail=f"timeout after {runtime.policy.timeout_s:g}s")
        except Exception as exc:
            # The exception text may quote a URL with a token in it; keep only its type.
            metrics.DISPATCH_ERRORS.labels("notifier").inc()
            log.error("delivery %s to %s: notifier raised %s", delivery.id, runtime.name, type(exc).__name__)
            return Outcome(ok=False, retryable=True, detail=f"notifier error ({type(exc).__name__})")

    async def _record_outcome(self, runtime: ChannelRuntime, delivery: Delivery, outcome: Outcome) -> None:
        attempts_done = delivery.attempts + 1
        disable_reason = ""
        next_at: float | None = None
        if outcome.ok:
            status, label = "delivered", "delivered"
        elif outcome.disable_target:
            if delivery.target.kind in ENDPOINT_KINDS:
                status, label = "dead", "disabled"
                stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                disable_reason = f"{outcome.detail or 'disabled'} at {stamp}"
            else:
                status, label = "dropped", "dropped"
        elif outcome.retryable:
            delay = next_delay(runtime.policy.retry_schedule, attempts_done, outcome.retry_after, self.rng)
            if delay is None:
                status, label = "dead", "dead"
            else:
                status, label = "retrying", "retry"
                next_at = time.time() + delay
        else:
            status, label = "dead", "dead"
        runtime.breaker.record(outcome.ok or not outcome.retryable)
        count = await self._finish(Finish(delivery, status, next_at, outcome.detail, outcome.status_code,
                                          disable_reason))
        runtime.outcomes[label].inc()
        if status == "delivered":
            ops_metrics.observe_delivered(runtime.name, delivery.alert_json)
        if count < 0:
            log.warning("delivery %s to %s: lease lost before the result was recorded (%s)", delivery.id,
                        runtime.name, outcome.detail)
            return
        if status == "delivered":
            log.debug("delivery %s to %s delivered (attempt %d)", delivery.id, runtime.name, count)
        elif status == "retrying":
            log.info("delivery %s to %s attempt %d failed: %s; next in %.1fs", delivery.id, runtime.name, count,
                     outcome.detail, (next_at or 0) - time.time())
        elif disable_reason:
            log.error("delivery %s: channel %s disabled: %s", delivery.id, runtime.name, outcome.detail)
        else:
            log.error("delivery %s to %s is %s after %d attempt(s): %s", delivery.id, runtime.name, status, count,
                      outcome.detail)

    async def drain(self, grace_s: float = 5.0) -> None:
        """Let in-flight attempts finish for ``grace_s``; give the rest back to the schedule."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=grace_s)
        leftover = dict(self._tasks)
        for task in leftover:
            task.cancel()
        if leftover:
            await asyncio.gather(*leftover, return_exceptions=True)
        for delivery in leftover.values():
            with contextlib.suppress(Exception):
                await self.store.release(delivery)

    async def aclose(self) -> None:
        for notifier in self.notifiers.values():
            with contextlib.suppress(Exception):
                await notifier.aclose()
