"""Precision and recall per category on the sixth blind set in tests/data/recent, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Written in stop 12 by a helper who read only tests/data/labeled/README.md and the sample (no engine
code, lexicons, gazetteer or other evaluation item), in outlet styles none of the earlier sets used
(Reuters-style wires, The National, Arab News, Times of Israel, Haaretz, L'Orient Today, Naharnet,
Ukrinform, Meduza, TASS, ANHA, Step News, SOHR tallies; الوطن، العربية، الحدث، العربي الجديد، إرم،
النهار، LBCI، المنار، سبأ، الأيام، التيار، الراكوبة، هسبريس...) with ticker and Telegram-style entries:
see tests/data/recent/README.md. It stayed blind until the session of branch fix-recent, which read its
misses (-v) and fixed their classes (tests/unit/detection/test_en_recent_classes.py): it is no longer blind.

Developers: ``.venv/bin/python -m tests.unit.detection.test_recent_eval [-v]``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

RECENT_DIR = ROOT / "tests" / "data" / "recent"

# Untouched engine at 0e41c12 (the start of stop 12; 150 items: 75 ar, 75 en; 46 hard negatives):
#   category            precision recall   (tp/fp/fn)
#   airstrike             1.000   0.889    24/0/3
#   withdrawal            0.864   1.000    19/3/0
#   shelling              0.917   1.000    22/2/0
#   armed_clash           0.929   0.929    26/2/2
#   explosion             0.833   1.000    20/4/0
#   military_operation    0.900   0.947    18/2/1
#   arrest                0.947   1.000    36/2/0
#   protest               0.875   1.000    21/3/0
#   region accuracy 177/186 = 0.952, count accuracy 52/62 = 0.839
# After stop 12's fixes against the unseen set's classes (b9a2a64), still untouched by this set:
# withdrawal 0.950, shelling 0.957, military_operation 0.947, protest 0.913, region 0.962,
# count 0.903; the rest unchanged.
# After the fixes against the novel set's classes (at 359611e; the helpers who made them ran this
# set's tables to check for regressions, but were given none of its items to fix):
#   airstrike 1.000/0.963, withdrawal 0.950/1.000, shelling 1.000/1.000, armed_clash 0.931/0.964,
#   explosion 0.833/1.000, military_operation 1.000/0.947, arrest 0.973/1.000, protest 1.000/1.000,
#   region 182/186 = 0.978, count 61/62 = 0.984.
# So on text from outlets no set had used, three rounds of class fixes moved precision from
# 0.83-0.95 to 0.83-1.00 (explosion not at all), region 0.952 -> 0.978 and count 0.839 -> 0.984.
# After the fix-recent classes (controlled demolitions, match and institutional clashes, custody as a state,
# clauses withdrawn, full dates years back, attack kinds in counts, fire on a patrol's vehicles, operations
# "launched" after the noun, aviation, standing accusations of bombing, the target's demonym), fixed WITH this
# set's misses in view: every category 1.000/1.000, region 186/186, count 62/62 — figures of a set no longer blind.
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.90, 0.92) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "military_operation", "arrest", "protest")}
BARS["explosion"] = (0.80, 0.92)
REGION_BAR = 0.96
COUNT_BAR = 0.95


def test_recent_set(detector: Any) -> None:
    check_set(detector, RECENT_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, RECENT_DIR, with_engine_output=True)
