"""Precision and recall per category on the third blind set in tests/data/fresh, scored exactly as
the labeled, held-out and blind sets are (the helpers are imported from test_labeled_eval).

Written in stop 11 by two helpers who read only tests/data/labeled/README.md (the conventions) and
the sample article: not the lexicons, the gazetteer, the engine code or any other evaluation item.
Unlike the earlier sets, about 45 % of the items are full articles (5-12 sentences, 150-600 words,
headline, dateline, quotes, a background paragraph with older, dated events), the rest wire items
and one-line alerts, in the manner of the outlets named in each item's ``note``. Articles are dated
2026-11-25 (`AS_OF`).

Developers: ``.venv/bin/python -m tests.unit.detection.test_fresh_eval [-v]`` (from the repository
root) prints the table per language and overall and, with -v, every disagreement followed by what the
engine returned for each failing item.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

FRESH_DIR = ROOT / "tests" / "data" / "fresh"

# Untouched engine (at 7fbb085, first run; 220 items: 110 ar, 110 en; 65 hard negatives):
#   category            precision recall   (tp/fp/fn)
#   airstrike             0.829   0.919    34/7/3
#   withdrawal            0.690   0.952    20/9/1
#   shelling              0.806   1.000    25/6/0
#   armed_clash           0.825   0.943    33/7/2
#   explosion             0.657   1.000    23/12/0
#   military_operation    0.810   0.630    17/4/10
#   arrest                0.957   0.978    45/2/1
#   protest               0.824   0.966    28/6/1
#   region accuracy 215/264 = 0.814 (ar 97/124 = 0.782, en 118/140 = 0.843)
#   count accuracy   54/76  = 0.711 (ar 23/36  = 0.639, en 31/40  = 0.775)
# Recall held on long articles; precision did not: full articles carry other senses (sports,
# markets, drills, documentaries, parliament walk-outs), denials and plans in their background.
# Since then (stop 11) three helpers fixed the engine, the lexicons and the gazetteer against its
# failure CLASSES (unit tests in their own words, no item quoted): precision >= 0.913 (withdrawal,
# two items whose labels disagree with the labeled set's), recall 1.000, region 264/264, count
# 75/76. It no longer measures generalization; the bars sit about one item below, to catch
# regressions. A fourth blind set is the next honest figure.
BARS: dict[str, tuple[float, float]] = {category: (0.95, 0.95) for category in (
    "airstrike", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest")}
BARS["withdrawal"] = (0.86, 0.95)
REGION_BAR = 0.97
COUNT_BAR = 0.95


def test_fresh_set(detector: Any) -> None:
    check_set(detector, FRESH_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, FRESH_DIR, with_engine_output=True)
