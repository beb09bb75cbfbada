"""Precision and recall per category on the twelfth blind set in tests/data/horizon, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Written on 2026-11-26 by a helper session (branch blind-twelfth) that read only
tests/data/labeled/README.md, the sample article in samples/, the README.md files of the other sets
under tests/data/ (only to avoid repeating their outlets and formats) and test_ground_eval.py as the
template for this file. It did not read the engine (streams/), its lexicons or gazetteer (config/),
any other test, any other evaluation item or git history, and it did not run the engine or any
evaluation script on these items. Outlets and formats: Somali, Sudanese, Libyan, Yemeni, Iraqi,
Lebanese, Palestinian, Syrian, Egyptian, Gulf and international Arabic outlets not used before
(العين الإخبارية، الحرة، يورونيوز، النشرة، الصيحة، النيلين، المسلة، المربد، الزمان، ...); English
ones such as Hromadske, Militarnyi, ZN.UA, Mediazona, Israel Hayom, Kan News, Bianet, Pajhwok,
Shabelle, Horseed, Ayin, CrisisWatch and the Long War Journal; a TV talk show, a union statement, a
school lesson, book and album reviews, a memoir, a TV drama plot. See tests/data/horizon/README.md.

Nobody has fixed the engine against its items: keep it that way (run it without -v when checking for
regressions; its figures are the honest estimate for text from outlets no set has used).

Developers: ``.venv/bin/python -m tests.unit.detection.test_horizon_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

HORIZON_DIR = ROOT / "tests" / "data" / "horizon"

# 150 items: 75 ar, 75 en; 46 hard negatives. Not yet scored.
# Untouched engine at 4c15efe (the end of stop 15, after every fix of the stop; 150 items: 75 ar, 75 en;
# 46 hard negatives). At be1eac7, before the summit fixes, the same but count 35/38:
#   category            precision recall   (tp/fp/fn)
#   airstrike             0.762   0.941    16/5/1
#   withdrawal            0.789   0.938    15/4/1
#   shelling              0.857   1.000    18/3/0
#   armed_clash           1.000   0.944    17/0/1
#   explosion             0.800   1.000    16/4/0
#   military_operation    0.833   0.938    15/3/1
#   arrest                1.000   1.000    20/0/0
#   protest               1.000   0.882    15/0/2
#   region accuracy 116/121 = 0.959, region precision 116/117 = 0.991, count accuracy 36/38 = 0.947
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.85, 0.85) for category in (
    "shelling", "armed_clash", "arrest", "protest")}
BARS["airstrike"] = (0.7, 0.85)
BARS["withdrawal"] = (0.7, 0.85)
BARS["explosion"] = (0.75, 0.85)
BARS["military_operation"] = (0.75, 0.85)
REGION_BAR = 0.9
COUNT_BAR = 0.85


def test_horizon_set(detector: Any) -> None:
    check_set(detector, HORIZON_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, HORIZON_DIR, with_engine_output=True)
