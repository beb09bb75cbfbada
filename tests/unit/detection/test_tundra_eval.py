"""Precision and recall per category on the tundra blind set in tests/data/tundra, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Tundra is a blind set of full-length articles (20 Arabic, 20 English; 172-220 words, 8-10 paragraphs, a
headline in ``title``), written to measure how the engine generalizes to real feeds, from outlets no earlier set
has imitated. Outlets: Egyptian (weather, weekly roundup, a Sudan story), Sudanese (dispatch, opinion, an army
statement), Palestinian (Jenin, Hebron, a prisoners' report), Jordanian (a sit-in, an army statement), Moroccan
(a teachers' protest, sport), Algerian (MoD weekly tally, economy, health) and Tunisian (road block, interview)
pages, a pan-Arab TV live page and a pan-Arab site on Ukraine; English outlets covering Kashmir, Pakistan,
Colombia, Mexico, Ukraine, the Sahel, Somalia, Ethiopia and Myanmar. Story types: breaking dispatches with second
and third events, army statements, live blogs, a weekly roundup, and hard negatives (weather, health, business,
sport, opinion, interviews, an explainer, an NGO situation report, statements of an alliance and an armed group).
Regions in expect entries: Sudan, Ukraine, Palestine, Jordan, Pakistan, Mali, Lebanon, and places outside the
region list; no Syrian governorate; 16 are hard negatives.

Written blind on 2026-11-27 (about 12:44-12:55 UTC) by a helper session (branch blind-tundra) that read only
tests/data/labeled/README.md, tests/data/estuary/README.md, the README.md files of the other sets under
tests/data/ (only by grep of candidate outlet names, to avoid repeating them) and test_estuary_eval.py as a
template for this file. It did not read the engine (streams/), its lexicons or gazetteer (config/), any other
test, any evaluation item or git history, and it did not run the engine, any evaluation script, or this test.
See tests/data/tundra/README.md.

Untouched: nobody has fixed the engine against its items; keep it that way (run it without -v when checking
for regressions; its figures are the honest estimate for full articles from unseen outlets).

Developers: ``.venv/bin/python -m tests.unit.detection.test_tundra_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

TUNDRA_DIR = ROOT / "tests" / "data" / "tundra"

# 40 items: 20 ar, 20 en; 16 hard negatives; 58 expect entries, 36 with a region; 19 items with a count
# (24 count entries).
# First score, untouched, on main at 63d8c15 (stop 22), precision / recall (tp/fp/fn); micro P 0.743, R 0.948:
#   airstrike           0.800 / 1.000  (12/3/0)      explosion           0.667 / 1.000  (2/1/0)
#   withdrawal          0.625 / 1.000  (5/3/0)       military_operation  0.714 / 1.000  (5/2/0)
#   shelling            1.000 / 1.000  (5/0/0)       arrest              0.688 / 0.917  (11/5/1)
#   armed_clash         0.846 / 0.917  (11/2/1)      protest             0.571 / 0.800  (4/3/1)
#   region accuracy 34/36 = 0.944, count accuracy 18/24 = 0.750
# The bars sit under the first score to catch regressions (protest and explosion: few items, one item swings them).
BARS: dict[str, tuple[float, float]] = {category: (0.55, 0.85) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest")}
BARS["protest"] = (0.5, 0.75)
REGION_BAR = 0.9
COUNT_BAR = 0.7


def test_tundra_set(detector: Any) -> None:
    check_set(detector, TUNDRA_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, TUNDRA_DIR, with_engine_output=True)
