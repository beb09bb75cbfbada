"""The delivery failure-rate signal: fire, hold and resolve over a sliding window."""

from __future__ import annotations

import uuid

from alerts import metrics as alert_metrics
from config.settings import load_settings
from nadhir.ops.selfalerts import SelfAlerts


async def _never(alert: object) -> None:
    raise AssertionError("not published in this test")


def test_failure_rate_fires_holds_and_resolves() -> None:
    channel = f"unit-{uuid.uuid4().hex[:6]}"
    settings = load_settings(ops_window_s=60, ops_failure_rate=0.5, ops_failure_min_attempts=4)
    now = [1000.0]
    signals = SelfAlerts(settings, redis=None, publish=_never, channels=[channel, "ops"], ops_channels=["ops"],
                         clock=lambda: now[0])

    def step(seconds: float, **outcomes: int) -> tuple[bool | None, float]:
        now[0] += seconds
        for outcome, count in outcomes.items():
            alert_metrics.DELIVERIES.labels(channel, outcome).inc(count)
        [reading] = signals.failure_rates(now[0])
        assert reading.key == channel  # the ops channel is never judged
        return reading.firing, reading.value

    assert step(0) == (False, 0.0)
    assert step(5, delivered=1, retry=1) == (None, 0.5)  # too few attempts to judge, some failing: hold
    assert step(5, retry=2, dead=1) == (True, 0.8)  # 4 failures of 5 attempts
    assert step(5, delivered=3) == (True, 0.5)  # 4 of 8: still at the threshold
    assert step(5, delivered=4)[0] is False  # 4 of 12: below it
    firing, value = step(120, delivered=1)  # the failures left the window
    assert firing is False and value == 0.0
