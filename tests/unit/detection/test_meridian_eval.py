"""Precision and recall per category on the thirteenth blind set in tests/data/meridian, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Written on 2026-11-26 by a helper session (branch blind-thirteenth) that read only
tests/data/labeled/README.md, the sample article in samples/, the README.md files of the other sets
under tests/data/ (only to avoid repeating their outlets and formats) and test_ground_eval.py and
test_horizon_eval.py as templates for this file. It did not read the engine (streams/), its lexicons or
gazetteer (config/), any other test, any other evaluation item or git history, and it did not run the
engine or any evaluation script on these items; the items were written from a Python list by the
author's own script, which checked only syntax, fields, categories, regions and ids. Outlets and
formats: Syrian, Iraqi, Lebanese, Palestinian, Yemeni, Sudanese, Libyan, Sahel, Gulf and international
Arabic outlets not used before (راديو روزنة، راديو الكل، عين المدينة، السورية نت، شام إف إم، المعلومة،
جنوبية، بنت جبيل.أورغ، الحياة الجديدة، بران برس، المهرية نت، سودان بكرة، ليبيا الحدث، أخبار الآن، ...);
English ones such as SyriaUntold, The Syria Report, ANF News, New Lines, UNIAN, Defense Express, The
Insider, Radio Tamazuj, The Niles, Debriefer, Hasht-e Subh, The Nation and B'Tselem; a chess column, a TV
listing, a museum catalogue entry, a theatre review, a music review. See tests/data/meridian/README.md.

Nobody has fixed the engine against its items: keep it that way (run it without -v when checking for
regressions; its figures are the honest estimate for text from outlets no set has used).

Developers: ``.venv/bin/python -m tests.unit.detection.test_meridian_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

MERIDIAN_DIR = ROOT / "tests" / "data" / "meridian"

# 150 items: 75 ar, 75 en; 46 hard negatives.
# Untouched, scored at the start of stop 16 (42d6c46) and again at its end after every fix of the stop (the
# horizon, zenith, known-gap, other-sense and full-article fixes): the same figures to the digit.
#   category            precision recall   (tp/fp/fn)
#   airstrike             0.955   0.955    21/1/1
#   withdrawal            0.941   1.000    16/1/0
#   shelling              0.850   1.000    17/3/0
#   armed_clash           0.889   1.000    16/2/0
#   explosion             0.941   1.000    16/1/0
#   military_operation    0.933   0.875    14/1/2
#   arrest                1.000   0.909    20/0/2
#   protest               1.000   0.875    14/0/2
#   region accuracy 122/133 = 0.917, region precision 124/128 = 0.969, count accuracy 37/43 = 0.860
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.8, 0.8) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest")}
REGION_BAR = 0.85
COUNT_BAR = 0.8


def test_meridian_set(detector: Any) -> None:
    check_set(detector, MERIDIAN_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, MERIDIAN_DIR, with_engine_output=True)
