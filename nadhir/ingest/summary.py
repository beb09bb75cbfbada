"""What one ingest run did: records sent, records rejected with their reasons."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rejection:
    """A record that was not sent. ``line`` is 1-based (for library input: the position)."""

    source: str
    line: int
    reason: str
    detail: str

    def __str__(self) -> str:
        return f"{self.source}: line {self.line}: {self.detail}"


@dataclass
class IngestSummary:
    """Counts of one run. ``sent`` counts records the broker acknowledged."""

    sent: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def rejected_by_reason(self) -> dict[str, int]:
        return dict(Counter(item.reason for item in self.rejected).most_common())

    @property
    def ok(self) -> bool:
        return not self.rejected

    def render(self) -> str:
        """One line for humans, e.g. ``sent 8, rejected 3 (invalid JSON: 2, missing field: 1) in 0.4 s``."""
        rate = f", {self.sent / self.elapsed_s:,.0f} articles/s" if self.elapsed_s > 0 and self.sent else ""
        line = f"sent {self.sent}, rejected {len(self.rejected)}"
        if self.rejected:
            reasons = ", ".join(f"{reason}: {count}" for reason, count in self.rejected_by_reason.items())
            line += f" ({reasons})"
        return f"{line} in {self.elapsed_s:.1f} s{rate}"
