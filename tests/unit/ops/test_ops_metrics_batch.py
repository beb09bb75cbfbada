"""`observe_many` leaves a histogram as observing each amount does (bucket counts, count, sum)."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry, Histogram

from nadhir.ops.metrics import observe_many

_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)


def _samples(histogram: Histogram) -> dict[str, float]:
    return {f"{sample.name}{sorted(sample.labels.items())}": sample.value
            for metric in histogram.collect() for sample in metric.samples if not sample.name.endswith("_created")}


@given(st.lists(st.floats(min_value=0.0, max_value=1e6) | st.sampled_from(_BUCKETS), max_size=200))
def test_observe_many_counts_what_observe_counts(amounts: list[float]) -> None:
    one_by_one = Histogram("one", "per amount", buckets=_BUCKETS, registry=CollectorRegistry())
    batched = Histogram("one", "per amount", buckets=_BUCKETS, registry=CollectorRegistry())
    for amount in amounts:
        one_by_one.observe(amount)
    observe_many(batched, amounts)
    expected, actual = _samples(one_by_one), _samples(batched)
    assert expected.keys() == actual.keys()
    for name, value in expected.items():
        assert math.isclose(actual[name], value, rel_tol=1e-9, abs_tol=1e-9), name  # the sum: another order


def test_observe_many_puts_a_bound_in_its_own_bucket() -> None:
    histogram = Histogram("h", "bounds", buckets=(1.0, 2.0), registry=CollectorRegistry())
    observe_many(histogram, [1.0, 1.5, 2.0, 3.0])
    buckets = {sample.labels["le"]: sample.value for sample in next(iter(histogram.collect())).samples
               if sample.name == "h_bucket"}
    assert buckets == {"1.0": 1.0, "2.0": 3.0, "+Inf": 4.0}
