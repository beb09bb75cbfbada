"""Precision and recall per category on the seventh set in tests/data/wild, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Written at the start of stop 13 by a helper who read only tests/data/labeled/README.md, the sample
and the style lists of earlier sets (no engine code, lexicons, gazetteer or other evaluation item):
ACLED-style weekly overviews, UN OCHA flash updates, SNHR tallies, ministry press releases, «عاجل»
tickers, corrections, film reviews; Syrian local pages (دير الزور 24، السويداء 24، زمان الوصل...),
Iraqi, Lebanese, Yemeni, Libyan, Sudanese, Somali and Palestinian outlets, Press TV, TASS-style
translations, Turkish and Kurdish English-language outlets; most events outside Syria. See
tests/data/wild/README.md. It was blind once (the figures below); the engine was then fixed against
its classes, so it is no longer a measure of generalization.

Developers: ``.venv/bin/python -m tests.unit.detection.test_wild_eval [-v]``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

WILD_DIR = ROOT / "tests" / "data" / "wild"

# Untouched engine (at 90dc03d, stop 13; 150 items: 75 ar, 75 en; 45 hard negatives):
#   category            precision recall   (tp/fp/fn)
#   airstrike             0.842   0.941    16/3/1
#   withdrawal            0.923   0.857    12/1/2
#   shelling              0.933   0.933    14/1/1
#   armed_clash           0.867   0.867    13/2/2
#   explosion             0.875   1.000    14/2/0
#   military_operation    1.000   0.933    14/0/1
#   arrest                0.882   0.882    15/2/2
#   protest               0.933   0.875    14/1/2
#   region accuracy 101/113 = 0.894, count accuracy 26/34 = 0.765
# Classes it showed (labour strikes read as airstrikes, corrections, unit numbers read as counts,
# devices defused before they exploded, places of Lebanon, Israel, Palestine, Ukraine missing...)
# were fixed in stop 13 (branch fix-wild, merged in ffccc96): every category 1.000/1.000,
# region 113/113, count 34/34. The bars sit below, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.93, 0.93) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest")}
REGION_BAR = 0.97
COUNT_BAR = 0.94


def test_wild_set(detector: Any) -> None:
    check_set(detector, WILD_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, WILD_DIR, with_engine_output=True)
