"""Rule decisions over plain data: when does a key cross, and when has it recovered.

A `Series` holds one rule key's metric per bucket. Decisions are made event by event in arrival
order (`first_crossing`), so that a batch of a hundred events decides exactly what a hundred
batches of one would: the stream and `nadhir replay` produce the same alerts for the same input.
Recoveries are decided only over closed windows, whose values can no longer change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from config.rules import RuleBase, Spike, Threshold
from streams.rules.windows import history_span


@dataclass
class Series:
    """Metric values of one (rule, key) for buckets ``lo .. lo+len(values)-1``; 0 elsewhere."""

    lo: int
    values: list[float]

    @property
    def hi(self) -> int:
        return self.lo + len(self.values) - 1

    def get(self, bucket: int) -> float:
        index = bucket - self.lo
        return self.values[index] if 0 <= index < len(self.values) else 0.0

    def add(self, bucket: int, delta: float) -> None:
        index = bucket - self.lo
        if not 0 <= index < len(self.values):
            raise IndexError(f"bucket {bucket} outside the fetched range {self.lo}..{self.hi}")
        self.values[index] += delta

    def window_value(self, window_end: int, buckets: int) -> float:
        return sum(self.get(bucket) for bucket in range(window_end - buckets + 1, window_end + 1))


@dataclass(frozen=True)
class Verdict:
    """A rule's reading of one window: whether it is over the trigger, and by how much."""

    window_end: int
    over: bool
    value: float
    baseline: float | None
    factor: float


@dataclass(frozen=True)
class Step:
    """One article's contribution to a (rule, key) bucket, as recorded (delta 0 = already counted)."""

    bucket: int
    delta: float
    position: int  # the step's index in the caller's batch, handed back in a `Crossing`


def read_window(rule: RuleBase, series: Series, window_end: int) -> Verdict:
    """Evaluate ``rule`` on the window ending at ``window_end``."""
    return _verdict(rule, window_end, lambda end: series.window_value(end, rule.window_buckets))


def _verdict(rule: RuleBase, window_end: int, window_sum: Callable[[int], float]) -> Verdict:
    value = window_sum(window_end)
    if isinstance(rule, Threshold):
        return Verdict(window_end, value >= rule.threshold, value, None, value / rule.threshold)
    if isinstance(rule, Spike):
        buckets = rule.window_buckets
        previous = [window_sum(window_end - k * buckets) for k in range(1, rule.baseline_windows + 1)]
        baseline = sum(previous) / len(previous)
        over = value >= rule.min_count and value >= rule.ratio * baseline
        factor = (value / baseline) / rule.ratio if baseline > 0 else value / rule.min_count
        return Verdict(window_end, over, value, baseline, factor)
    raise TypeError(f"unknown rule type {type(rule).__name__}")


def needed_range(rule: RuleBase, first_bucket: int, last_bucket: int) -> tuple[int, int]:
    """Buckets to fetch to decide on every window containing ``first_bucket .. last_bucket``."""
    return first_bucket - rule.window_buckets + 1 - history_span(rule), last_bucket + rule.window_buckets - 1


@dataclass(frozen=True)
class Crossing:
    verdict: Verdict
    position: int


def first_crossing(rule: RuleBase, series: Series, steps: Iterable[Step]) -> Crossing | None:
    """Apply ``steps`` in order to ``series`` (which holds the values *before* them) and return the
    first crossing: after a step in bucket ``b``, the earliest window containing ``b`` that is
    over the trigger. ``series`` is updated in place with every step, crossing or not."""
    found: Crossing | None = None
    buckets = rule.window_buckets
    history = history_span(rule)
    # Every window sum a decision can read, computed once from prefix sums and then kept up to
    # date by each step's delta: O(window) per step instead of O(window + history).
    sums, first_end = _window_sums(series, buckets, history + buckets)
    floor = rule.threshold if isinstance(rule, Threshold) else rule.min_count if isinstance(rule, Spike) else None
    if floor is None:
        raise TypeError(f"unknown rule type {type(rule).__name__}")
    for step in steps:
        series.add(step.bucket, step.delta)
        base = step.bucket - first_end  # index of the first window containing the step
        if step.delta:
            sums[base : base + buckets] = [total + step.delta for total in sums[base : base + buckets]]
        if found is not None or max(sums[base : base + buckets]) < floor:
            continue
        for index in range(base, base + buckets):
            if sums[index] < floor or (isinstance(rule, Spike) and not _over_baseline(rule, sums, index)):
                continue
            verdict = _verdict(rule, first_end + index, _lookup(sums, first_end))
            assert verdict.over, "the fast reading disagrees with _verdict"
            found = Crossing(verdict, step.position)
            break
    return found


def _over_baseline(rule: Spike, sums: list[float], index: int) -> bool:
    """``_verdict``'s spike test for the window at ``index`` (its value already >= min_count)."""
    buckets = rule.window_buckets
    previous = sums[index - buckets : index - buckets * (rule.baseline_windows + 1) : -buckets]
    return sums[index] >= rule.ratio * (sum(previous) / len(previous))


def _lookup(sums: list[float], first_end: int) -> Callable[[int], float]:
    return lambda window_end: sums[window_end - first_end]


def _window_sums(series: Series, buckets: int, pad: int) -> tuple[list[float], int]:
    """Sums of every window ending at ``series.lo - pad .. series.hi + buckets - 1`` (buckets
    outside the series count 0), and the first of those ends."""
    prefix = [0.0]
    for value in series.values:
        prefix.append(prefix[-1] + value)
    prefix += [prefix[-1]] * (buckets - 1)  # windows reaching past the series' end
    sums = [0.0] * pad
    sums += prefix[1:buckets]  # windows reaching before the series' start
    sums += [prefix[index] - prefix[index - buckets] for index in range(buckets, len(prefix))]
    return sums, series.lo - pad


def first_recovery(rule: RuleBase, series: Series, first_window: int, last_window: int) -> Verdict | None:
    """The first window in ``first_window .. last_window`` (all closed) that is not over the trigger."""
    for window_end in range(first_window, last_window + 1):
        verdict = read_window(rule, series, window_end)
        if not verdict.over:
            return verdict
    return None
