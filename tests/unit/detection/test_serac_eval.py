"""Precision and recall per category on the serac blind set in tests/data/serac, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Serac is a blind set of full-length articles (20 Arabic, 20 English; 170-234 words, 9-10 paragraphs, a
headline in ``title``), dated November 2026: what an NGO's alert desk receives from a broad feed on an ordinary
day. 24 event reports of the day cover all eight categories (often two to four per article, counts where the
outlet gives them) in Syria, Iraq, Lebanon, Gaza and the West Bank, Yemen, Sudan, Libya, Somalia, the Sahel,
DR Congo, Ethiopia, Afghanistan, Pakistan, Kashmir, Ukraine, Haiti and Mexico, in the styles of Arabic agency
copy without a weekday, a monitor bulletin, army, police and ministry statements, local radio and English wires
with datelines. 16 are hard negatives: a call for a future strike, a verdict, campaign rallies, commemorations
and an anniversary, a security forum and conference with drills, a debate on withdrawing troops, storms, cricket
and football, a film festival and an exhibition, markets. Outlets: Radio Alwan, Radio Fresh, Ultra Iraq,
Al-Kawthar, Al-Nour radio, Sawt al-Shaab, Felesteen Online, Alkofiya, Sawt al-Aqsa, Panet, Radio Ashams,
Al-Asimah Online, Hala 96, Radio Miraya, LANA, MENA, Anba Info, the Mauritanian News Agency, Madar21 and Goud;
UPI, Dunya News, Khyber News, Radio Pakistan, Daily Excelsior, Kashmir Times, Rising Kashmir, 8am Media,
Ethiopia Observer, Ethiopian News Agency, Kivu Security Tracker, Burkina 24, HaitiLibre, Loop Haiti, Borderland
Beat, El Paso Times, The Yucatan Times, Saudi Press Agency, ESPNcricinfo and The Art Newspaper.

Written blind on 2026-11-27 (about 19:44-20:00 UTC) by a helper session (branch blind-serac) that read only
tests/data/labeled/README.md, tests/data/scree/README.md and test_scree_eval.py as templates, and the README.md
files of the other sets under tests/data/ only by grep of candidate outlet names. It did not read the engine
(streams/), its lexicons or gazetteer (config/), any other test, any evaluation item or git history, and it did
not run the engine, any evaluation script, or this test. See tests/data/serac/README.md.

Untouched: nobody has fixed the engine against its items; keep it that way (run it without -v when checking
for regressions; its figures are the honest estimate for full articles from unseen outlets).

Developers: ``.venv/bin/python -m tests.unit.detection.test_serac_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

SERAC_DIR = ROOT / "tests" / "data" / "serac"

# 40 items: 20 ar, 20 en; 16 hard negatives; 58 expect entries, 33 with a region; 16 items with a count
# (19 count entries); 23 items with several categories.
# Untouched. Written during stop 24, after its first fixes, blind to them; scored on the engine of the start of
# stop 24 (164947d) and after the fixes, precision / recall (tp/fp/fn); micro P 0.877 at the start, 0.891 after
# genre24, timing24, realen24 and places24 (the one change: explosion 4/2/0 -> 4/1/0):
#   airstrike           1.000 / 1.000  (8/0/0)       explosion           0.800 / 1.000  (4/1/0)
#   withdrawal          0.800 / 1.000  (4/1/0)       military_operation  1.000 / 1.000  (5/0/0)
#   shelling            1.000 / 1.000  (8/0/0)       arrest              0.917 / 1.000  (11/1/0)
#   armed_clash         1.000 / 1.000  (13/0/0)      protest             0.500 / 1.000  (4/4/0)
#   region accuracy 1.000, count accuracy 0.947
# The bars sit under the first score to catch regressions (protest: one false positive swings it).
BARS: dict[str, tuple[float, float]] = {category: (0.5, 0.85) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
BARS["protest"] = (0.4, 0.85)
REGION_BAR = 0.85
COUNT_BAR = 0.8


def test_serac_set(detector: Any) -> None:
    check_set(detector, SERAC_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, SERAC_DIR, with_engine_output=True)
