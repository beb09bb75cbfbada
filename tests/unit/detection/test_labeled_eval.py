"""Precision and recall per category on the labeled set in tests/data/labeled (written independently
of the engine; see its README). Prints the table; fails if a category is below 0.9 on either.

Developers: ``.venv/bin/python tests/unit/detection/test_labeled_eval.py [-v]`` prints the table and,
with -v, every disagreement.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
LABELED_DIR = ROOT / "tests" / "data" / "labeled"
CATEGORIES = ("airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest")
BAR = 0.9
REGION_BAR = 0.8
REGION_MIN_ITEMS = 20


@dataclass
class Scores:
    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)
    region_total: int = 0
    region_right: int = 0
    # events of a labeled category and region: how many name one of the item's labeled regions for it
    # (an extra event elsewhere is a false alert in that region; region accuracy does not see it)
    placed_total: int = 0
    placed_right: int = 0
    count_total: int = 0
    count_right: int = 0
    misses: list[str] = field(default_factory=list)

    def precision(self, category: str) -> float:
        found = self.true_positive[category] + self.false_positive[category]
        return self.true_positive[category] / found if found else 1.0

    def recall(self, category: str) -> float:
        expected = self.true_positive[category] + self.false_negative[category]
        return self.true_positive[category] / expected if expected else 1.0

    def table(self) -> str:
        lines = [f"{'category':20} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for category in CATEGORIES:
            lines.append(
                f"{category:20} {self.precision(category):9.3f} {self.recall(category):7.3f} "
                f"{self.true_positive[category]:4} {self.false_positive[category]:4} {self.false_negative[category]:4}"
            )
        if self.region_total:
            lines.append(f"region accuracy {self.region_right}/{self.region_total} = {self.region_right / self.region_total:.3f}")
        if self.placed_total:
            lines.append(f"region precision {self.placed_right}/{self.placed_total} = {self.placed_right / self.placed_total:.3f}")
        if self.count_total:
            lines.append(f"count accuracy  {self.count_right}/{self.count_total} = {self.count_right / self.count_total:.3f}")
        return "\n".join(lines)

    def below(
        self, bars: dict[str, tuple[float, float]], region_bar: float | None = None, count_bar: float | None = None
    ) -> list[str]:
        """What falls below ``bars`` (category: (precision, recall)) and the region and count bars."""
        below = [
            f"{c}: precision {self.precision(c):.3f} (bar {p}), recall {self.recall(c):.3f} (bar {r})"
            for c, (p, r) in bars.items()
            if self.precision(c) < p or self.recall(c) < r
        ]
        if region_bar is not None and self.region_total and self.region_right / self.region_total < region_bar:
            below.append(f"region accuracy {self.region_right}/{self.region_total} (bar {region_bar})")
        if count_bar is not None and self.count_total and self.count_right / self.count_total < count_bar:
            below.append(f"count accuracy {self.count_right}/{self.count_total} (bar {count_bar})")
        return below

    def shipped(self) -> list[str]:
        """The categories the set has examples of."""
        return [c for c in CATEGORIES if self.true_positive[c] + self.false_negative[c] > 0]


# The sets are news of 2024-2026 read as of this date: a sentence naming an earlier year tells history.
AS_OF = datetime(2026, 11, 25, tzinfo=UTC)


def load_items(directory: Path = LABELED_DIR) -> list[dict[str, Any]]:
    items = []
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def _regions_of(event: Any) -> set[str]:
    """The labeled set names a governorate, or a country for events outside Syria."""
    return {str(name) for name in (event.region, event.country) if name is not None}


def score(detector: Any, items: list[dict[str, Any]]) -> Scores:
    """Precision/recall at the (item, category) level; region and count accuracy per expected entry."""
    scores = Scores()
    for item in items:
        result = detector.tag(item["text"], title=item.get("title") or "", lang=item.get("lang"), published_at=AS_OF)
        found = {event.category for event in result.events}
        expected = {entry["category"] for entry in item["expect"]}
        for category in found & expected:
            scores.true_positive[category] += 1
        for category in found - expected:
            scores.false_positive[category] += 1
            scores.misses.append(f"FP {category:18} {item['id']}: {item['text'][:160]}")
        for category in expected - found:
            scores.false_negative[category] += 1
            scores.misses.append(f"FN {category:18} {item['id']}: {item['text'][:160]}")
        labeled_regions: dict[str, set[str]] = {}
        for entry in item["expect"]:
            if entry.get("region"):
                labeled_regions.setdefault(entry["category"], set()).add(entry["region"])
        for event in result.events:
            wanted = labeled_regions.get(event.category)
            if wanted:
                scores.placed_total += 1
                if _regions_of(event) & wanted:
                    scores.placed_right += 1
                else:
                    scores.misses.append(f"PLACED {event.category} {item['id']}: event in {event.region or event.country}, "
                                         f"labeled {sorted(wanted)}")
        for entry in item["expect"]:
            events = [event for event in result.events if event.category == entry["category"]]
            if entry.get("region"):
                scores.region_total += 1
                regions = set().union(*(_regions_of(event) for event in events)) if events else set()
                if entry["region"] in regions:
                    scores.region_right += 1
                elif events:
                    scores.misses.append(f"REGION {entry['category']} {item['id']}: want {entry['region']} got {sorted(regions)}")
            if entry.get("count") is not None:
                scores.count_total += 1
                counts = {e.count for e in events if not entry.get("region") or entry["region"] in _regions_of(e)}
                if entry["count"] in counts:
                    scores.count_right += 1
                elif events:
                    scores.misses.append(f"COUNT {entry['category']} {item['id']}: want {entry['count']} got {counts}")
    return scores


def check_set(
    detector: Any, directory: Path, bars: dict[str, tuple[float, float]], region_bar: float, count_bar: float
) -> None:
    """Score the set in ``directory``, print its table and fail below the bars (skip when empty)."""
    items = load_items(directory)
    if not items:
        pytest.skip(f"no items in {directory}")
    scores = score(detector, items)
    print(f"\n{directory.name} set: {len(items)} items\n{scores.table()}")
    below = scores.below(bars, region_bar, count_bar)
    assert not below, "below the bar:\n" + "\n".join(below)


def test_labeled_set(detector: Any) -> None:
    if not LABELED_DIR.is_dir():
        pytest.skip(f"no labeled data yet: {LABELED_DIR} does not exist")
    items = load_items()
    if not items:
        pytest.skip(f"no labeled items in {LABELED_DIR}")
    scores = score(detector, items)
    print(f"\nlabeled set: {len(items)} items\n{scores.table()}")
    below = scores.below({c: (BAR, BAR) for c in scores.shipped()})
    assert not below, f"below the bar of {BAR}:\n" + "\n".join(below)
    if scores.region_total >= REGION_MIN_ITEMS:
        assert scores.region_right / scores.region_total >= REGION_BAR


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from streams.detection import load_detector

    result = score(load_detector(), load_items())
    if "-v" in sys.argv:
        print("\n".join(sorted(result.misses)))
    print(result.table())
