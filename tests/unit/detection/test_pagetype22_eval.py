"""Precision and recall per category on the pagetype22 set in tests/data/pagetype22, scored exactly as the other sets are
(the helpers are imported from test_labeled_eval).

pagetype22 holds 36 full-length articles (18 Arabic, 18 English) written by the helper session pagetype (stop 22): pages
of sport, markets, culture, history, courts and drills that name war's words, and event reports of the same shape, some
on such pages. It is TOUCHED: the page-type signal (lexicon ``page_types``) was built against batch 1 (``pt22-*``); batch 2
(``pt22b-*``) was written after it, scored once (the transfer figure in tests/data/pagetype22/README.md), then read.

Developers: ``.venv/bin/python -m tests.unit.detection.test_pagetype22_eval -v``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

PAGETYPE22_DIR = ROOT / "tests" / "data" / "pagetype22"

# 36 items: 18 ar, 18 en; 18 hard negatives. Scored at the end of branch pagetype (main at its start in brackets):
#   micro precision 0.914 (0.440), recall 0.941 (0.971); region 32/38 (33/38), count 9/10 (9/10)
#   per category (tp/fp/fn): airstrike 4/0/0, withdrawal 1/0/0, shelling 3/1/0, armed_clash 7/1/0, explosion 2/0/1,
#   military_operation 2/1/0, arrest 7/0/0, protest 6/0/1
# The bars sit below the branch's figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {
    "airstrike": (0.9, 0.95), "withdrawal": (0.9, 0.95), "shelling": (0.7, 0.95), "armed_clash": (0.8, 0.95),
    "explosion": (0.9, 0.6), "military_operation": (0.6, 0.95), "arrest": (0.9, 0.95), "protest": (0.9, 0.8),
}
REGION_BAR = 0.8
COUNT_BAR = 0.85


def test_pagetype22_set(detector: Any) -> None:
    check_set(detector, PAGETYPE22_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, PAGETYPE22_DIR, with_engine_output=True)
