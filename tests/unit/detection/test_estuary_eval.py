"""Precision and recall per category on the estuary blind set in tests/data/estuary, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Estuary is a blind set of full-length articles (20 Arabic, 20 English; 171-220 words, 8-10 paragraphs, a
headline in ``title``), written to measure the engine on whole articles from outlets no earlier set has
imitated, in the mix of a real newsroom feed. Outlets: local Syrian pages from Ariha, Raqqa, Hasakah, Jarabulus,
Mayadin, Damascus (culture), Qalamoun, Salamiyah, Busra al-Sham, Tartus, Latakia, the Golan, Jabal al-Arab and
Talbiseh, a Syrian sport page; Sudanese, Iraqi, Lebanese (Tyre) and West Bank (Tulkarm) pages and a Gulf markets
page; English sites from Europe and Eurasia (Notes from Poland, Caucasian Knot, Eurasianet), Asia (Frontier
Myanmar, The Balochistan Post, The Kathmandu Post, Hong Kong Free Press, Taipei Times), Africa (Radio Okapi,
Citizen Digital, NewsDay, Maliweb), the Americas (Peru Reports, Ecuador Times, Stabroek News), the region (Levant
Ledger, Lebanese Examiner, Medyascope) and MARCA in English and Polygon. Story types: breaking local dispatches
with a second and third event, police, prison and court news, world dispatches, an army statement, a Syria daily
brief, politics, culture, an anniversary, drills, denials and accidents, sport, markets and a game review.
Ten Syrian governorates in expect entries (the other four only in hard negatives), plus Lebanon, Palestine,
Sudan, Iraq, Ukraine, Russia, Turkey, Pakistan, Mali and places outside the region list; 15 are hard negatives.

Written blind on 2026-11-27 (about 09:44-09:55 UTC) by a helper session (branch blind-estuary) that read only
tests/data/labeled/README.md, tests/data/delta/README.md, tests/data/lagoon/README.md, the README.md files of the
other sets under tests/data/ (only by grep of candidate outlet names, to avoid repeating them) and
test_delta_eval.py as a template for this file. It did not read the engine (streams/), its lexicons or gazetteer
(config/), any other test, any evaluation item or git history, and it did not run the engine, any evaluation
script, or this test. See tests/data/estuary/README.md.

Untouched: nobody has fixed the engine against its items; keep it that way (run it without -v when checking
for regressions; its figures are the honest estimate for full articles from unseen outlets).

Scored by the lead at its merge (stop 21, on the engine of the start of the stop, 017bfa7's): micro P 0.762,
R 0.984, the lowest first score of any full-article set; 19 of its 20 false positives are spread over all
categories. The bars sit below that first score, to catch regressions.

Developers: ``.venv/bin/python -m tests.unit.detection.test_estuary_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

ESTUARY_DIR = ROOT / "tests" / "data" / "estuary"

# 40 items: 20 ar, 20 en; 15 hard negatives; 62 expect entries, 49 with a region; 18 items with a count
# (18 count entries).
# Untouched. Scored at its merge into main (stop 21, on the engine of the start of the stop, 017bfa7's), tp/fp/fn:
#   airstrike           0.833 / 1.000  (10/2/0)
#   withdrawal          0.750 / 1.000  (6/2/0)
#   shelling            0.800 / 1.000  (8/2/0)
#   armed_clash         0.909 / 1.000  (10/1/0)
#   explosion           0.750 / 1.000  (6/2/0)
#   military_operation  0.667 / 1.000  (6/3/0)
#   arrest              0.667 / 0.889  (8/4/1)
#   protest             0.700 / 1.000  (7/3/0)
#   micro P 0.762, R 0.984; region accuracy 47/49 = 0.959, count accuracy 16/18 = 0.889
# The bars are delta's and sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.55, 0.85) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.9
COUNT_BAR = 0.85


def test_estuary_set(detector: Any) -> None:
    check_set(detector, ESTUARY_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, ESTUARY_DIR, with_engine_output=True)
