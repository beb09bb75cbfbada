"""When the next attempt is due: the channel's schedule, jittered, never before ``Retry-After``."""

from __future__ import annotations

import random
from collections.abc import Sequence

JITTER = 0.2  # +/- 20 %: spreads retries of many deliveries that failed together


def next_delay(schedule: Sequence[float], attempts_done: int, retry_after: float | None = None,
               rng: random.Random | None = None) -> float | None:
    """Seconds until attempt ``attempts_done + 1``; None when the schedule is exhausted.

    ``schedule[i]`` is the delay before attempt ``i + 1`` (``schedule[0]`` is the first, usually 0).
    """
    if attempts_done >= len(schedule):
        return None
    base = float(schedule[attempts_done])
    jittered = base * (1 + (rng or random).uniform(-JITTER, JITTER)) if base > 0 else 0.0
    if retry_after is not None:
        return max(jittered, retry_after)
    return jittered
