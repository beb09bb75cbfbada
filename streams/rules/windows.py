"""Hopping event-time windows as runs of buckets.

Time is cut into buckets of ``hop`` seconds: bucket ``b`` covers ``[b*hop, (b+1)*hop)``. A window
is ``n = window/hop`` consecutive buckets and is named by its last bucket: the window ending at
``e`` covers ``[(e-n+1)*hop, (e+1)*hop)``. An event in bucket ``b`` belongs to the windows
ending at ``b .. b+n-1``. A window is closed once the watermark reaches its end.
"""

from __future__ import annotations

from datetime import UTC, datetime

from config.rules import RuleBase


def hop_ms(rule: RuleBase) -> int:
    return rule.hop * 1000


def bucket_of(time_ms: int, rule: RuleBase) -> int:
    """The bucket holding an event at ``time_ms`` (milliseconds since the epoch)."""
    return time_ms // hop_ms(rule)


def window_start_ms(window_end: int, rule: RuleBase) -> int:
    return (window_end - rule.window_buckets + 1) * hop_ms(rule)


def window_end_ms(window_end: int, rule: RuleBase) -> int:
    """Exclusive end, in milliseconds, of the window ending at bucket ``window_end``."""
    return (window_end + 1) * hop_ms(rule)


def last_closed_window(watermark_ms: int, rule: RuleBase) -> int:
    """The last window (by its end bucket) that the watermark has passed completely."""
    return watermark_ms // hop_ms(rule) - 1


def history_span(rule: RuleBase) -> int:
    """Buckets before a window's first bucket that a decision on it reads (spike baselines)."""
    return rule.history_windows * rule.window_buckets


def bucket_ttl_s(rule: RuleBase, allowed_lateness_s: int) -> int:
    """How long a bucket must live: every window that reads it, plus lateness and one hop."""
    return rule.window * (rule.history_windows + 1) + allowed_lateness_s + rule.hop


def to_datetime(time_ms: int) -> datetime:
    return datetime.fromtimestamp(time_ms / 1000, tz=UTC)
