"""Events per (category, region) and hour of event time, for the status page's chart.

The worker calls `RegionCounter.record` once per batch with the admitted articles' events (a
hook in `streams.pipeline`). Each hour has a set of ``category|region`` members and one
HyperLogLog of article ids per member, so counting stays idempotent when the worker re-processes
a batch after a crash (at-least-once) and costs a few KB per member and hour. Keys (after
``settings.redis_prefix``): ``ops:regions:<hour epoch s>`` and ``ops:regions:<hour>:<category>|<region>``,
kept ``RETENTION_S`` after their last write.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from nadhir.ops import metrics
from streams.jsonenc import compact_encoder

log = logging.getLogger("nadhir.ops")

HOUR_MS = 3_600_000
RETENTION_S = 3 * 24 * 3600
UNKNOWN_REGION = "unknown"
_to_json = compact_encoder()


# ARGV: key base, retention s, JSON [[hour epoch s, "category|region", [article id, ...]], ...].
# PFADD takes the ids in chunks: unpack() of a very long list would overflow Lua's C stack.
_RECORD = """
local base, ttl = ARGV[1], ARGV[2]
for _, item in ipairs(cjson.decode(ARGV[3])) do
  local hour_key = base .. item[1]
  local member_key = hour_key .. ':' .. item[2]
  redis.call('SADD', hour_key, item[2])
  redis.call('EXPIRE', hour_key, ttl)
  local ids = item[3]
  for first = 1, #ids, 1000 do
    redis.call('PFADD', member_key, unpack(ids, first, math.min(first + 999, #ids)))
  end
  redis.call('EXPIRE', member_key, ttl)
end
return 0
"""


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class RegionCounter:
    def __init__(self, redis: Any, prefix: str) -> None:
        self.redis = redis
        self.base = f"{prefix}ops:regions:"
        self._record = redis.register_script(_RECORD)

    async def record(self, admitted: Sequence[tuple[str, Sequence[Any], int]]) -> None:
        """``admitted``: (article id, its detected events, event time ms) per admitted article.

        Never raises: the chart must not stall the stream. A failure is counted and logged.
        """
        members: dict[tuple[int, str], list[str]] = defaultdict(list)
        for article_id, events, event_ms in admitted:
            hour = (event_ms // HOUR_MS) * 3600
            for event in events:
                member = f"{event.category}|{event.region or UNKNOWN_REGION}"
                members[(hour, member)].append(article_id)
        if not members:
            return
        try:
            # One script call per batch (the same SADD, PFADD and EXPIREs): as a pipeline of four
            # commands per member, redis-py's packing of each command was most of this hook's CPU.
            await self._record(args=[self.base, RETENTION_S, _to_json(
                [[str(hour), member, article_ids] for (hour, member), article_ids in members.items()])])
        except Exception:
            metrics.OPS_ERRORS.labels("regions").inc()
            log.exception("counting %d (hour, category|region) pairs for the status page failed", len(members))

    async def series(self, hours: int = 24, *, now: float | None = None) -> dict[str, Any]:
        """The last ``hours`` hours (event time, ending with the current one): per region, events per
        hour; per region, events per category over the whole range."""
        current = int((time.time() if now is None else now) // 3600) * 3600
        starts = [current - 3600 * back for back in range(hours - 1, -1, -1)]
        async with self.redis.pipeline(transaction=False) as pipe:
            for start in starts:
                pipe.smembers(f"{self.base}{start}")
            member_sets = await pipe.execute()
        pairs = [(index, _text(member)) for index, found in enumerate(member_sets) for member in found]
        async with self.redis.pipeline(transaction=False) as pipe:
            for index, member in pairs:
                pipe.pfcount(f"{self.base}{starts[index]}:{member}")
            counts = await pipe.execute()
        per_region: dict[str, list[int]] = {}
        categories: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for (index, member), count in zip(pairs, counts, strict=True):
            category, _, region = member.partition("|")
            per_region.setdefault(region, [0] * len(starts))[index] += int(count)
            categories[region][category] += int(count)
        ordered = sorted(per_region, key=lambda region: (-sum(per_region[region]), region))
        return {
            "hours": starts,
            "regions": [{"region": region, "counts": per_region[region], "total": sum(per_region[region]),
                         "categories": dict(sorted(categories[region].items()))} for region in ordered],
        }
