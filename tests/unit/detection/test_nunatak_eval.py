"""Precision and recall per category on the nunatak blind set in tests/data/nunatak, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Nunatak is a blind set of long-form analysis pieces (30 Arabic, 30 English; 400–900 words' worth each): weekly
reviews, explainers, opinion pieces, scenario papers and book/film reviews as think tanks, magazines and newspapers'
analysis desks publish them, dated the week of 2026-11-25. They recap history, weigh scenarios and quote officials;
32 of them also report one or more events of the week amid the analysis (Israeli strikes and incursions in Rif Dimashq
and Quneitra, SDF and Russian pullouts in Aleppo and Hasakah, the Latakia coast, Suwayda, Idlib, Hama, Homs, Daraa,
Deir ez-Zor, Raqqa; Iraq, Lebanon, Palestine, Yemen, Sudan, Ukraine, Russia, Turkey, Pakistan, Afghanistan, Mali,
Georgia). 28 are hard negatives: explainers of air strikes and ceasefires, book reviews, history and anniversaries,
scenarios of a US withdrawal, markets, football, parliamentary walk-outs, a quiet week with explicit zeros and
denials, exercises, annual tallies, trials about past detentions, a film review and a cultural week, accidents and
weather, and an op-ed with calls to protest. 60 outlets that no earlier set imitates (see tests/data/nunatak/README.md).

Written blind on 2026-11-28 by a helper session that read only tests/data/labeled/README.md, README.md,
tests/data/cornice/README.md and test_cornice_eval.py (as models), and other sets' README.md files only by grep of
outlet names. It did not read the engine (streams/), its lexicons or gazetteer (config/), any other test or any
evaluation item, and it never ran the engine on these items.

Untouched: nobody has fixed the engine against its items; keep it that way (run it without -v when checking
for regressions; its figures are the honest estimate for analysis pages from unseen outlets).

Developers: ``.venv/bin/python -m tests.unit.detection.test_nunatak_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

NUNATAK_DIR = ROOT / "tests" / "data" / "nunatak"

# 60 items: 30 ar, 30 en; 28 hard negatives; 54 expect entries, 52 with a region; 13 count entries.
# Untouched. Written at the start of stop 26 and scored on its starting engine (54c1c6d), tp/fp/fn:
#   airstrike          10/5/0        explosion           5/2/0
#   withdrawal          5/5/0        military_operation  7/2/1
#   shelling            4/4/0        arrest              8/5/0
#   armed_clash         9/3/0        protest             5/3/0
#   micro P 0.646, R 0.981; region accuracy 0.981, count accuracy 1.000
# Analysis that recaps earlier years and weighs scenarios is the engine's weakest input kind so far: its
# precision bars sit well below the other sets' (one item swings a category of this size).
BARS: dict[str, tuple[float, float]] = {category: (0.35, 0.75) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.85
COUNT_BAR = 0.85


def test_nunatak_set(detector: Any) -> None:
    check_set(detector, NUNATAK_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, NUNATAK_DIR, with_engine_output=True)
