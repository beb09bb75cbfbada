"""A per-endpoint circuit breaker, so a dead endpoint does not eat the dispatcher's time.

Closed: attempts go through. After ``failures`` consecutive retryable failures it opens: the
dispatcher stops claiming that channel's deliveries (they stay due in Redis, no attempt is
spent) for ``cooldown_s``. Then it lets one attempt through (half-open): success closes it,
failure opens it again. State is per dispatcher process.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class CircuitBreaker:
    def __init__(self, failures: int, cooldown_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.failures_to_open = failures
        self.cooldown_s = cooldown_s
        self.clock = clock
        self.consecutive_failures = 0
        self.opened_at: float | None = None
        self.trial_in_flight = False

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        if self.clock() - self.opened_at < self.cooldown_s:
            return "open"
        return "half-open"

    def allowance(self, free_slots: int) -> int:
        """How many attempts may start now, given ``free_slots`` of concurrency."""
        state = self.state
        if state == "closed":
            return free_slots
        if state == "open" or self.trial_in_flight:
            return 0
        return min(1, free_slots)

    def started(self) -> None:
        if self.state == "half-open":
            self.trial_in_flight = True

    def record(self, success: bool) -> None:
        """Record an attempt's result (permanent 4xx errors count as success: the peer answered)."""
        self.trial_in_flight = False
        if success:
            self.consecutive_failures = 0
            self.opened_at = None
            return
        self.consecutive_failures += 1
        if self.opened_at is not None or self.consecutive_failures >= self.failures_to_open:
            self.opened_at = self.clock()
