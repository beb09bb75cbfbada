"""Precision and recall per category on the ops23 blind set in tests/data/ops23, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Ops23 is a blind set of full-length articles (20 Arabic, 20 English; 171-209 words, 7-10 paragraphs, a
headline in ``title``), written to measure precision on military_operation and protest, the two categories
weakest on real pages. Half the items are hard negatives dense with operation/offensive/campaign/sweep and
protest/march/sit-in/strike words but no new event: operations announced, planned, threatened or ended,
anniversaries and analyses of past offensives, general praise of results, rescue/surgical/vaccination/
election/fundraising/advertising/media campaigns, traffic and market inspection "operations", calls for
future protests, threatened strikes, protests as a debate topic, a film about a protest movement. The other
half report operations and protests of the day on pages carrying the same distractors. Outlets: Libyan
(Al-Marsad, Libya Al-Ahrar), Iraqi (Al-Sabah, Nas News, Alforat News, Xendan), Sudanese (Al-Sudani,
Sudanile), Yemeni (Al-Mashhad al-Yemeni), Somali (Al-Sumal al-Jadid), Palestinian (Arab48, Ma'an),
Egyptian (Al-Masry Al-Youm, Youm7), Tunisian (Assabah), Moroccan (Alyaoum24, Barlamane), Jordanian (Al-Rai),
Saudi (Okaz) and Elaph pages; English pages from Pakistan (Daily Times, Aaj News), Kenya (Capital FM,
Kenyans.co.ke, KNA), Nigeria (BusinessDay, Ripples Nigeria, Zagazola Makama), the Balkans (N1, Prishtina
Insight, Detektor.ba, Exit News), Ukraine (Focus.ua), the Gulf (QNA, Gulf Insider) and think tanks
(Atlantic Council, Jamestown, ECFR, Middle East Institute, Soufan Center).

Written blind on 2026-11-27 (about 15:36-15:50 UTC) by a helper session (branch blind-ops23) that read only
tests/data/labeled/README.md, the README.md files under tests/data/ (only by grep of candidate outlet names)
and test_steppe_eval.py as a template for this file. It did not read the engine (streams/), its lexicons or
gazetteer (config/), any other test, any evaluation item or git history, and it did not run the engine, any
evaluation script, or this test. See tests/data/ops23/README.md.

Touched: the lead reads its failures and fixes the engine against it, so its figures are a development
target, not an honest estimate for unseen pages.

Developers: ``.venv/bin/python -m tests.unit.detection.test_ops23_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

OPS23_DIR = ROOT / "tests" / "data" / "ops23"

# 40 items: 20 ar, 20 en; 20 hard negatives; 37 expect entries, 24 with a region; 8 items with a count
# (8 count entries). Items per category: military_operation 13, protest 11, arrest 7, armed_clash 5,
# airstrike 1; withdrawal, shelling and explosion have none (they can only show false positives).
# Touched: the engine was fixed against its failures in stop 23 (test_stop23_ops.py).
# First score (600304a): micro P 0.740, R 1.000 (armed_clash 0.625, military_operation 0.722, protest 0.786,
# withdrawal 1 FP); after the fixes P 0.881, R 1.000 (armed_clash 0.833, military_operation 0.867, protest 0.917).
# A category with no items and a false positive scores precision 0 and fails its bar: withdrawal, shelling and
# explosion must stay silent here.
BARS: dict[str, tuple[float, float]] = {category: (0.55, 0.85) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.9
COUNT_BAR = 0.85


def test_ops23_set(detector: Any) -> None:
    check_set(detector, OPS23_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, OPS23_DIR, with_engine_output=True)
