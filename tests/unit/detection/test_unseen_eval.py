"""Precision and recall per category on the fourth blind set in tests/data/unseen, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Written at the end of stop 11 by two helpers who read only tests/data/labeled/README.md: not the
lexicons, the gazetteer, the engine code or any other evaluation item. About half full articles
(headline, dateline, quotes, a background paragraph of dated older events), in styles not used
before (The Guardian, NYT, DW, Bloomberg, The Cradle, Amwaj, Radio Dabanga, Ukrainska Pravda;
Al-Akhbar, Al-Sumaria, Orient, Deir ez-Zor 24, Suwayda 24, Al-Sudani, Aden al-Ghad, Ma'an, Roya...).

It is UNTOUCHED: the figures below are the engine's first run on it, after the fixes stop 11 made
against the fresh set, so they measure how far those fixes generalized (fresh untouched: lowest
precision 0.657, lowest recall 0.630, region 0.814, count 0.711). Keep it blind: fix the engine
against the failure classes of another set, or fix against this one only by class and say so here.

Developers: ``.venv/bin/python -m tests.unit.detection.test_unseen_eval [-v]``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

UNSEEN_DIR = ROOT / "tests" / "data" / "unseen"

# Untouched engine (at cf93fbc, first run; 140 items: 70 ar, 70 en; 38 hard negatives):
#   category            precision recall   (tp/fp/fn)
#   airstrike             0.833   0.962    25/5/1
#   withdrawal            0.737   1.000    14/5/0
#   shelling              0.870   0.952    20/3/1
#   armed_clash           1.000   0.955    21/0/1
#   explosion             0.895   1.000    17/2/0
#   military_operation    0.938   1.000    15/1/0
#   arrest                1.000   0.967    29/0/1
#   protest               0.905   0.950    19/2/1
#   region accuracy 166/175 = 0.949 (ar 77/80 = 0.963, en 89/95 = 0.937)
#   count accuracy   46/55  = 0.836 (ar 25/29 = 0.862, en 21/26 = 0.808)
# Precision is still the weak side: threats ("هدد بشن غارات"), parliamentary walk-outs, anniversaries,
# a call for a future sit-in, an obituary, a ceasefire's anniversary and a base's future read as events.
# Stop 12 then fixed the engine against this set's failure classes (by class, with tests in their
# own words; so it is no longer blind — tests/data/novel and tests/data/recent measure what that was
# worth): at 359611e every category 1.000/1.000, region 172/175 = 0.983, count 54/55 = 0.982.
BARS: dict[str, tuple[float, float]] = {category: (0.95, 0.95) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest")}
REGION_BAR = 0.96
COUNT_BAR = 0.95


def test_unseen_set(detector: Any) -> None:
    check_set(detector, UNSEEN_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, UNSEEN_DIR, with_engine_output=True)
