"""Precision and recall per category on the small touched set in tests/data/weakb21 (full articles mixing true
explosions, air strikes and clashes with their distractors; see its README), scored as the other sets are.

Touched: the engine was fixed against its items, so its figures are no estimate of generalization.

Developers: ``.venv/bin/python -m tests.unit.detection.test_weakb21_eval [-v]``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

WEAKB21_DIR = ROOT / "tests" / "data" / "weakb21"

# 33 items: 16 ar, 17 en; 14 hard negatives. At the end of stop 21 (batch 4 scored, not fixed against; see the README):
#   airstrike 0.625, armed_clash 0.556, explosion 0.556, protest 0.800, military_operation 0.500 / 0.500, shelling 0.000
#   (4 false positives: a drone's missiles, shells collected for demolition, a novel's shelling; left to its own fixes),
#   region 20/21, count 3/5. The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.4, 0.8) for category in ("withdrawal", "arrest", "protest")}
BARS.update({"airstrike": (0.55, 0.8), "armed_clash": (0.5, 0.8), "explosion": (0.5, 0.8), "shelling": (0.0, 0.8),
             "military_operation": (0.4, 0.4)})
REGION_BAR = 0.85
COUNT_BAR = 0.5


def test_weakb21_set(detector: Any) -> None:
    check_set(detector, WEAKB21_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, WEAKB21_DIR, with_engine_output=True)
