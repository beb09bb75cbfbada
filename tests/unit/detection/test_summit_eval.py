"""Precision and recall per category on the eleventh blind set in tests/data/summit, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Written on 2026-11-26 by a helper who read only tests/data/labeled/README.md, the sample in samples/, the
README.md files of the other sets (for their outlet and format lists) and tests/unit/detection/
test_ground_eval.py as the template for this file. It did not read the engine (streams/), its lexicons or
gazetteer (config/), any other test, any other evaluation item or git history, and it did not run the engine
or any evaluation script. Items imitate Iraqi, Kurdish, Saudi, Emirati, Omani, Bahraini, Mauritanian,
Chadian, Sudanese, Yemeni, Libyan, Lebanese, Palestinian and Syrian local Arabic outlets, and Gulf, Caucasus,
Central Asian, Balkan, Latin American, Horn of Africa and humanitarian English sources, in formats such as
push alerts, radio bulletins, TV tickers, sermons, court verdicts, fact-checks, satellite-imagery notes,
chatbot summaries, travel advisories and insurance notes. See tests/data/summit/README.md.

It is no longer blind: in stop 15 two helpers fixed the engine against its misses by class. The honest
estimate for text from outlets no set has used is the twelfth set, tests/data/horizon.

Developers: ``.venv/bin/python -m tests.unit.detection.test_summit_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

SUMMIT_DIR = ROOT / "tests" / "data" / "summit"

# Untouched engine at a0bf69e (stop 15, after the ground fixes, before the outpost fixes; 150 items: 75 ar,
# 75 en; 48 hard negatives):
#   category            precision recall   (tp/fp/fn)
#   airstrike             0.889   0.889    16/2/2
#   withdrawal            0.750   0.923    12/4/1
#   shelling              0.938   0.938    15/1/1
#   armed_clash           0.895   1.000    17/2/0
#   explosion             0.700   1.000    14/6/0
#   military_operation    0.923   0.923    12/1/1
#   arrest                1.000   0.960    24/0/1
#   protest               1.000   1.000    14/0/0
#   region accuracy 107/116 = 0.922, region precision 107/110 = 0.973, count accuracy 40/50 = 0.800
# Still untouched after the outpost fixes (503ff95): airstrike R 0.944, explosion P 0.737, region 0.931,
# count 0.820, the rest the same. After fixes against its own classes (4c15efe): 1.000 everywhere but
# explosion precision 0.933 (a history continued into the next sentence), region 115/116, region precision
# 115/116, count 50/50. The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.93, 0.93) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "military_operation", "arrest", "protest")}
BARS["explosion"] = (0.9, 0.93)
REGION_BAR = 0.95
COUNT_BAR = 0.93


def test_summit_set(detector: Any) -> None:
    check_set(detector, SUMMIT_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, SUMMIT_DIR, with_engine_output=True)
