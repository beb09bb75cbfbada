"""Precision and recall per category on the fifth blind set in tests/data/novel, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Written at the start of stop 12 by a helper who read only tests/data/labeled/README.md and the
sample: not the lexicons, the gazetteer, the engine code or any other evaluation item. Half full
wire-style articles (AP, AFP, Al-Monitor, MEE, Kyiv Independent, Libya Observer, Rudaw, North Press,
Enab Baladi, SANA, Shafaq, Sudan Tribune; عنب بلدي، الجزيرة نت، الميادين، الشرق الأوسط، روداو، وفا،
Telegram «عاجل» items without hamzas...), see tests/data/novel/README.md.

Developers: ``.venv/bin/python -m tests.unit.detection.test_novel_eval [-v]``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

NOVEL_DIR = ROOT / "tests" / "data" / "novel"

# Untouched engine (at 0e41c12, the start of stop 12; 160 items: 80 ar, 80 en; 50 hard negatives):
#   category            precision recall   (tp/fp/fn)
#   airstrike             0.867   0.963    26/4/1
#   withdrawal            0.870   1.000    20/3/0
#   shelling              0.800   1.000    24/6/0
#   armed_clash           0.875   1.000    21/3/0
#   explosion             0.875   1.000    21/3/0
#   military_operation    0.909   0.952    20/2/1
#   arrest                0.897   1.000    26/3/0
#   protest               0.955   1.000    21/1/0
#   region accuracy 177/179 = 0.989, count accuracy 40/46 = 0.870
# After stop 12's fixes against the *unseen* set's failure classes (which took unseen to 1.000 in
# every category), still blind to this set: shelling 0.828, military_operation 0.952, count 0.891,
# every other figure unchanged: the class fixes of one set barely reach the next set's text.
# Then two helpers fixed the engine against this set's failure classes (so it is no longer blind;
# tests/data/recent, written meanwhile, is): at 359611e airstrike 0.931/1.000, shelling 0.960/1.000,
# arrest 0.963/1.000, every other category 1.000/1.000, region 179/179, count 45/46 = 0.978.
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.92, 0.95) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest")}
REGION_BAR = 0.97
COUNT_BAR = 0.95


def test_novel_set(detector: Any) -> None:
    check_set(detector, NOVEL_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, NOVEL_DIR, with_engine_output=True)
