"""What a long-running tagging process does once its tables are built."""

from __future__ import annotations

import gc

__all__ = ["collect_young_objects_less_often", "exclude_startup_objects_from_gc"]

# Net container allocations between two young-generation collections (CPython's default: 700).
YOUNG_GC_THRESHOLD = 7000


def exclude_startup_objects_from_gc() -> None:
    """Move every object alive now (detection tables, faust, clients) out of the cyclic GC's reach.

    The detection engine's tables hold about 110,000 container objects; each young-generation
    collection that a tagged article's temporary objects trigger would otherwise walk them again.
    Measured: without it, the worker's full collections walked them 6 times per 20,000 articles
    (0.5 s in all, up to 108 ms per pause: a stall of the stream and the tail of alert latency),
    and `bench/tagging.py` spent about a fifth of its instructions in the collector (callgrind,
    stop 13: 2.20M -> 1.78M instructions per news-mix article). Frozen objects are still freed by
    reference counting; only cycles among them would outlive their use, and startup objects live
    as long as the process."""
    gc.collect()
    gc.freeze()


def collect_young_objects_less_often() -> None:
    """Collect the young generation every `YOUNG_GC_THRESHOLD` net container allocations instead of
    700 (the older generations keep their ratios, so they run ten times less often too).

    In the worker, faust's per-message futures and tasks and each batch's records trigger a young
    collection every ~50 articles, and each one costs about 0.25 ms (the young objects of a
    tagged article hold many references): measured in the worker on the e2e bench's articles,
    the collector's CPU fell from 9-10.5 to 2.6-3.3 µs per article. The young generation is then
    at most a few thousand objects more; reference counting frees all but cycles as before."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_GC_THRESHOLD, middle, old)
