"""Precision and recall per category on the second blind set in tests/data/blind, scored exactly as the
labeled and held-out sets are (the helpers are imported from test_labeled_eval). The items were written
without looking at the lexicons' terms, the gazetteer, the engine code or any other evaluation item, in
the manner of outlets not emphasized before (named in each item's ``note``: Enab Baladi long-form, Syria
TV, Al-Modon, Rudaw, Anadolu, Independent Arabia, Al-Araby Al-Jadeed, Hawar, Step News, local Facebook
pages; Levant24, Middle East Eye, The New Arab, France24, Times of Israel, L'Orient Today, ACLED-style
and Crisis Group summaries). They follow the conventions in tests/data/labeled/README.md; regions
outside Syria are the country's English name (Iraq, Lebanon, Turkey, Jordan, Israel, Palestine).

It WAS the honest generalization figure. Untouched (engine at 9efaeb9) it scored: P/R airstrike
0.816/0.912, withdrawal 0.714/0.870, shelling 0.920/1.000, armed_clash 1.000/0.925, explosion
0.724/0.955, military_operation 0.900/0.750, arrest 0.907/0.951, protest 0.906/0.967; region 0.757,
count 0.621. Since then (stop 10) the engine and the YAML were fixed against its failure CLASSES (dated
history, domestic authorities, other senses, denials, drills, missing forms and places), so it is no
longer blind and flatters the engine too: a new blind set is the next honest figure.

Developers: ``.venv/bin/python -m tests.unit.detection.test_blind_eval [-v]`` (from the repository
root) prints the table per language and overall and, with -v, every disagreement followed by what the
engine returned for each failing item (category, matched term, place, region, country, count).
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

BLIND_DIR = ROOT / "tests" / "data" / "blind"

# Untouched engine (first and only run, 258 items: 128 ar, 130 en; 67 hard negatives):
#   category            precision recall   (tp/fp/fn)
#   airstrike             0.816   0.912    31/7/3
#   withdrawal            0.714   0.870    20/8/3
#   shelling              0.920   1.000    23/2/0
#   armed_clash           1.000   0.925    37/0/3
#   explosion             0.724   0.955    21/8/1
#   military_operation    0.900   0.750    18/2/6
#   arrest                0.907   0.951    39/4/2
#   protest               0.906   0.967    29/3/1
#   region accuracy 178/235 = 0.757 (ar 90/118 = 0.763, en 88/117 = 0.752)
#   count accuracy   36/58  = 0.621 (ar 18/28  = 0.643, en 18/30  = 0.600)
# After the fixes of stop 10 (made against its failure classes, so the set no longer measures
# generalization): precision >= 0.976, recall >= 0.941 per category, region 220/235 = 0.936, count
# 46/58 = 0.793. The bars sit about one item below those, to catch regressions; they are not a
# claim of quality.
BARS: dict[str, tuple[float, float]] = {  # category: (precision, recall)
    "airstrike": (0.93, 0.90),
    "withdrawal": (0.93, 0.95),
    "shelling": (0.93, 0.90),
    "armed_clash": (0.93, 0.95),
    "explosion": (0.93, 0.95),
    "military_operation": (0.93, 0.90),
    "arrest": (0.93, 0.93),
    "protest": (0.93, 0.95),
}
REGION_BAR = 0.90
COUNT_BAR = 0.75


def test_blind_set(detector: Any) -> None:
    check_set(detector, BLIND_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, BLIND_DIR, with_engine_output=True)
