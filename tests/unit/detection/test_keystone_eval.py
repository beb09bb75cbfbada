"""Precision and recall per category on the keystone blind set in tests/data/keystone, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Keystone is a blind set of full-length articles (20 Arabic, 20 English; 170-235 words, 6-9 paragraphs, a
headline in ``title``), written to measure the engine on whole articles from outlets no earlier set has
imitated. Story types: wire reports with a dateline and a closing slug, local dispatches, a live-blog entry
list, a monitor's weekly bulletin, a human-rights weekly report, ministry and army statements, a court story
about past detentions with a fresh arrest, a feature from a besieged city, an analysis paper with one
current event buried in it, an energy-market report, a humanitarian press release, and hard negatives (a
ceasefire-talks story about a future withdrawal, an aid-operation press release, an economy piece, two match
reports, a book-fair culture piece, a think-tank analysis and an obituary). 17 concern Syria (with a match
abroad, a novel, a Dutch trial and an obituary), the rest Iraq, Lebanon, Jordan, Gaza and the West Bank,
Yemen, Sudan, Libya, Somalia, Mali, Ukraine and Russia; eight are hard negatives.

Written on 2026-11-26 by a helper session (branch blind-keystone) that read only
tests/data/labeled/README.md, the sample article in samples/ (for length and structure), the README.md files
of the other sets under tests/data/ (not vertex/; only to avoid repeating their outlets and story types) and
test_apex_eval.py as a template for this file. It did not read the engine (streams/), its lexicons or
gazetteer (config/), any other test, any evaluation item or git history, and it did not run the engine or
any evaluation script on these items. See tests/data/keystone/README.md.

Nobody has fixed the engine against its items: keep it that way (run it without -v when checking for
regressions; its figures are the honest estimate for full articles from unseen outlets).

Developers: ``.venv/bin/python -m tests.unit.detection.test_keystone_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

KEYSTONE_DIR = ROOT / "tests" / "data" / "keystone"

# 40 items: 20 ar, 20 en; 8 hard negatives; 78 expect entries, 69 with a region; 22 items with a count.
# Untouched. Scored at 5a43f6d (stop 17, before any fix of that stop), tp/fp/fn:
#   airstrike           0.933 / 1.000  (14/1/0)
#   withdrawal          0.778 / 1.000  (7/2/0)
#   shelling            0.909 / 1.000  (10/1/0)
#   armed_clash         0.733 / 1.000  (11/4/0)
#   explosion           0.875 / 0.875  (7/1/1)
#   military_operation  0.545 / 1.000  (6/5/0)
#   arrest              1.000 / 1.000  (13/0/0)
#   protest             0.857 / 0.857  (6/1/1)
#   micro P 0.831, R 0.974; region accuracy 67/69 = 0.971, count accuracy 25/26 = 0.962
# At the end of stop 18, after every fix of that stop (never against these items): armed_clash 0.786 (11/3/0),
#   military_operation 0.600 (6/4/0), the rest as above; micro P 0.851, R 0.974; region and count unchanged.
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.5, 0.7) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.8
COUNT_BAR = 0.8


def test_keystone_set(detector: Any) -> None:
    check_set(detector, KEYSTONE_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, KEYSTONE_DIR, with_engine_output=True)
