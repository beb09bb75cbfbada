"""Window arithmetic and rule decisions over plain series."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from config.rules import Spike, Threshold
from streams.rules.engine import Series, Step, first_crossing, first_recovery, needed_range, read_window
from streams.rules.windows import bucket_of, last_closed_window, window_end_ms, window_start_ms

HOUR = 3600


def threshold(**options: object) -> Threshold:
    return Threshold.model_validate({"name": "t", "type": "threshold", "window": "1h", "hop": "15m",
                                     "threshold": 3, **options})


def test_window_arithmetic() -> None:
    rule = threshold()
    assert rule.window_buckets == 4
    assert bucket_of(HOUR * 1000 + 1, rule) == 4
    # the window ending at bucket 7 covers buckets 4..7 = [1h, 2h)
    assert (window_start_ms(7, rule), window_end_ms(7, rule)) == (HOUR * 1000, 2 * HOUR * 1000)
    assert last_closed_window(2 * HOUR * 1000, rule) == 7
    assert last_closed_window(2 * HOUR * 1000 - 1, rule) == 6
    assert needed_range(rule, 10, 12) == (7, 15)


def test_threshold_crosses_at_the_event_that_reaches_it_in_the_earliest_window() -> None:
    rule = threshold()
    lo, hi = needed_range(rule, 10, 12)
    series = Series(lo, [0.0] * (hi - lo + 1))
    steps = [Step(10, 1, 0), Step(12, 1, 1), Step(11, 0, 2), Step(12, 1, 3), Step(12, 1, 4)]
    crossing = first_crossing(rule, series, steps)
    assert crossing is not None
    assert crossing.position == 3  # the redelivered step (delta 0) adds nothing
    assert crossing.verdict.window_end == 12 and crossing.verdict.value == 3
    assert series.get(12) == 3  # every step is applied, also after the crossing


def test_no_crossing_below_threshold_or_across_windows() -> None:
    rule = threshold()
    lo, hi = needed_range(rule, 0, 8)
    series = Series(lo, [0.0] * (hi - lo + 1))
    # three events, but never three inside one hour
    assert first_crossing(rule, series, [Step(0, 1, 0), Step(4, 1, 1), Step(8, 1, 2)]) is None


def test_recovery_is_the_first_closed_window_below() -> None:
    rule = threshold()
    series = Series(0, [3, 0, 0, 0, 0, 1, 0, 0, 0])
    assert read_window(rule, series, 3).over
    recovered = first_recovery(rule, series, 1, 8)
    assert recovered is not None and recovered.window_end == 4 and recovered.value == 0
    assert first_recovery(rule, series, 1, 3) is None


def test_spike_against_baseline_and_min_count() -> None:
    rule = Spike.model_validate({"name": "s", "type": "spike", "window": "1h", "hop": "1h", "ratio": 3,
                                 "baseline_windows": 2, "min_count": 4})
    steady = Series(0, [2, 2, 5])
    assert not read_window(rule, steady, 2).over  # 5 < 3 x 2
    surge = Series(0, [2, 2, 6])
    verdict = read_window(rule, surge, 2)
    assert verdict.over and verdict.baseline == 2 and verdict.factor == 1.0
    assert not read_window(rule, Series(0, [0, 0, 3]), 2).over  # below min_count
    empty_baseline = read_window(rule, Series(0, [0, 0, 8]), 2)
    assert empty_baseline.over and empty_baseline.factor == 2.0
    assert rule.severity_for(empty_baseline.factor) == "critical"
    assert rule.severity_for(1.2) == "warning"


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 2)), min_size=1, max_size=25),
       st.sampled_from(["threshold", "spike"]))
def test_first_crossing_matches_a_brute_force_reading(steps: list[tuple[int, int]], kind: str) -> None:
    if kind == "threshold":
        rule: Threshold | Spike = threshold()
    else:
        rule = Spike.model_validate({"name": "s", "type": "spike", "window": "1h", "hop": "15m", "ratio": 2,
                                     "baseline_windows": 2, "min_count": 2})
    lo, hi = needed_range(rule, 0, 30)
    fast = first_crossing(rule, Series(lo, [0.0] * (hi - lo + 1)), [Step(b, d, i) for i, (b, d) in enumerate(steps)])
    brute = Series(lo, [0.0] * (hi - lo + 1))
    expected = None
    for position, (bucket, delta) in enumerate(steps):
        brute.add(bucket, delta)
        over = [end for end in range(bucket, bucket + rule.window_buckets) if read_window(rule, brute, end).over]
        if over:
            expected = (position, over[0])
            break
    assert (None if fast is None else (fast.position, fast.verdict.window_end)) == expected


@given(st.lists(st.integers(0, 3), min_size=0, max_size=40),
       st.lists(st.tuples(st.integers(0, 30), st.integers(0, 2)), min_size=1, max_size=25),
       st.sampled_from(["threshold", "spike"]), st.integers(0, 12))
def test_first_crossing_over_a_filled_series_matches_window_by_window_reading(
    initial: list[int], steps: list[tuple[int, int]], kind: str, shift: int
) -> None:
    """Incremental window sums give the verdict a direct reading gives, also when the series is
    already filled, shorter than the windows a decision reads, or offset from zero."""
    rule: Threshold | Spike
    if kind == "threshold":
        rule = threshold()
    else:
        rule = Spike.model_validate({"name": "s", "type": "spike", "window": "1h", "hop": "15m", "ratio": 2,
                                     "baseline_windows": 2, "min_count": 2})
    lo = shift
    hi = max(lo + len(initial) - 1, 30)
    values = [float(v) for v in initial] + [0.0] * (hi - lo + 1 - len(initial))
    inside = [(bucket, delta) for bucket, delta in steps if lo <= bucket <= hi]
    fast_series = Series(lo, list(values))
    fast = first_crossing(rule, fast_series, [Step(b, d, i) for i, (b, d) in enumerate(inside)])
    brute = Series(lo, list(values))
    expected = None
    for position, (bucket, delta) in enumerate(inside):
        brute.add(bucket, delta)
        if expected is None:
            verdicts = [read_window(rule, brute, end) for end in range(bucket, bucket + rule.window_buckets)]
            over = [verdict for verdict in verdicts if verdict.over]
            if over:
                expected = (position, over[0])
    assert (None if fast is None else (fast.position, fast.verdict)) == expected
    assert fast_series.values == brute.values
