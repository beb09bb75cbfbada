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

Scored untouched at the end of stop 15, then fixed against by class in stop 16 (its figures now flatter
the engine; meridian and apex are the untouched sets).

Developers: ``.venv/bin/python -m tests.unit.detection.test_horizon_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

HORIZON_DIR = ROOT / "tests" / "data" / "horizon"

# 150 items: 75 ar, 75 en; 46 hard negatives.
# Untouched engine at 4c15efe (the end of stop 15; at be1eac7, before the summit fixes, the same but count 35/38):
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
# Stop 16 spent it as a development set: after fixes to its own failure classes (Arabic and English),
# every category 1.000/1.000, region 121/121, region precision 121/121, count 37/38 (hz-en-explosion-029
# counts "a second device" as 2; the README lists ordinals among the distractors: a disputed label).
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.95, 0.95) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest")}
REGION_BAR = 0.95
COUNT_BAR = 0.9


def test_horizon_set(detector: Any) -> None:
    check_set(detector, HORIZON_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, HORIZON_DIR, with_engine_output=True)
