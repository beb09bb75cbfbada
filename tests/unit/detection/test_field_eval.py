"""Precision and recall per category on the eighth blind set in tests/data/field, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Written at the end of stop 13 by a helper who read only tests/data/labeled/README.md, the sample and
the style lists of earlier sets (no engine code, lexicons, gazetteer or other evaluation item):
official statements (the Saudi-led coalition, the Houthi and Israeli army spokesmen, Palestinian
civil defence, Lebanese army communiqués, UNIFIL, UN, ICRC, WHO), wire factboxes and timelines, a
consultancy's weekly brief, a local radio transcript, headline-only items, long articles with dated
background; Gulf and Maghreb papers, Syrian local pages, an Iraqi militia channel, Sudanese
resistance committees; dialect, typos, missing hamzas. See tests/data/field/README.md.
Scored untouched at the end of stop 13 (the figures below); fixed against by class in stop 14 (fix-field-ar,
fix-field-en: combing verbs, RPG fire, dialect, counterfactual labels, origins of fire, the dual «ريفي دمشق»,
fighting named by its opponent, background "days after", remnants that go off, dismissed reports,
accidents by their stated cause, final-h spellings): then 1.000 on every figure but military_operation
precision 0.929 (one disputed label, fd-ar-arrest-040). The honest estimate is now tests/data/ground.

Developers: ``.venv/bin/python -m tests.unit.detection.test_field_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

FIELD_DIR = ROOT / "tests" / "data" / "field"

# Untouched engine at 6d489ee (the end of stop 13, after its fixes against the recent and wild sets;
# 150 items: 75 ar, 75 en; 46 hard negatives):
#   category            precision recall   (tp/fp/fn)
#   airstrike             1.000   1.000    16/0/0
#   withdrawal            0.875   0.933    14/2/1
#   shelling              0.812   1.000    13/3/0
#   armed_clash           1.000   0.812    13/0/3
#   explosion             0.800   0.923    12/3/1
#   military_operation    0.923   0.923    12/1/1
#   arrest                1.000   0.889    16/0/2
#   protest               1.000   1.000    15/0/0
#   region accuracy 108/117 = 0.923, region precision 111/115 = 0.965, count accuracy 26/29 = 0.897
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.85, 0.85) for category in (
    "airstrike", "withdrawal", "military_operation", "arrest", "protest")}
BARS["shelling"] = (0.75, 0.9)
BARS["explosion"] = (0.75, 0.85)
BARS["armed_clash"] = (0.9, 0.75)
REGION_BAR = 0.89
COUNT_BAR = 0.85


def test_field_set(detector: Any) -> None:
    check_set(detector, FIELD_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, FIELD_DIR, with_engine_output=True)
