"""Precision and recall per category on the sirocco blind set in tests/data/sirocco, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Sirocco is a blind set of monitored and translated copy plus broadcast transcripts, the shape a monitoring desk feeds
an alert system (30 Arabic, 30 English): English monitored translations of Arabic, Persian, Russian, Turkish, Hebrew,
Urdu, Pashto and French media in literal monitors' English ("the aggression aircraft launched raids", "the occupation
army", "Text of report by ...", "(Al-Sumud TV, 16:15 GMT)", "[Translated from Persian]"), English TV and radio
transcripts (anchor + correspondent turns, time codes, "[Video shows ...]") and Arabic broadcast transcripts
(«المذيع:»، «مراسلنا:»، «[صور]», agency copy read on air), dated 24-25 November 2026. 38 event reports in Syria, Iraq,
Lebanon, Gaza and the West Bank, Yemen, Sudan, Libya, Iran, Ukraine, Russia, Turkey, Afghanistan, Pakistan and Mali;
22 hard negatives of the same shape (sports bulletins, weather, economy and market rallies, talk shows about past wars,
scenarios, exercises, documentaries, denials, a film about a war, a planned withdrawal, a call for a strike, a threat,
an accident). Invented outlets (see tests/data/sirocco/README.md).

Written blind on 2026-11-28 (stop 28) by a helper session that read only tests/data/labeled/README.md, the format of
tests/data/drumlin (file list, README, first lines) and test_drumlin_eval.py (as the model). It did not read the
engine (streams/), its lexicons or gazetteer (config/), any other test or any evaluation item of another set, and did
not run the engine on these items.

Untouched: nobody has fixed the engine against its items; keep it that way (run it without -v when checking
for regressions; its figures are the honest estimate for monitored copy and transcripts from unseen outlets).

Developers: ``.venv/bin/python -m tests.unit.detection.test_sirocco_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

SIROCCO_DIR = ROOT / "tests" / "data" / "sirocco"

# 60 items: 30 ar, 30 en; 22 hard negatives; 77 expect entries, 70 with a region; 22 count entries.
# Untouched. Written blind on 2026-11-28 (stop 28). First scored on stop 28's start engine (0c33405): micro
# precision 0.895, recall 0.883; per category P/R airstrike 0.909/0.769, withdrawal 0.875/0.875, shelling
# 0.909/1.000, armed_clash 1.000/0.909, explosion 0.800/1.000, military_operation 1.000/0.667, arrest 0.833/1.000,
# protest 0.875/0.875; region 61/70 = 0.871, count 19/22 = 0.864. Bars sit below those figures.
BARS: dict[str, tuple[float, float]] = {category: (0.7, 0.6) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.85
COUNT_BAR = 0.8


def test_sirocco_set(detector: Any) -> None:
    check_set(detector, SIROCCO_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, SIROCCO_DIR, with_engine_output=True)
