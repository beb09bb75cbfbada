"""Precision and recall per category on the crest blind set in tests/data/crest, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Crest is a blind set of full-length articles (20 Arabic, 20 English; 171-238 words, 8-9 paragraphs, a
headline in ``title``), written to measure the engine on whole articles from outlets no earlier set has
imitated. Story types: local dispatches with a second and third event, a newsletter weekly roundup, Telegram
channel updates (Arabic colloquial and an English time-stamped digest), wire copy (Kyodo, Yonhap), a monthly
tally and a day's count beside a month-to-date tally, NGO statements (White Helmets, DCI-Palestine, Sudanese
Doctors Network), think-tank briefs with one current event, a humanitarian radio report, a higher-education
story, an anniversary feature whose only current event is a celebratory rally, and hard negatives (an economy
piece, two sport reports, a policy paper and an analysis full of hypotheticals and history, two obituaries,
a markets story). Mostly Syria (all 14 governorates), plus Iraq, Lebanon, Gaza and the West Bank, Yemen,
Sudan, Libya, Somalia, Mali, Ukraine and Russia; eight are hard negatives.

Written blind on 2026-11-26 (about 23:48-23:58 UTC) by a helper session (branch blind-crest) that read only
tests/data/labeled/README.md, the sample article in samples/ (for length and structure), the README.md files
of the other sets under tests/data/ (only to avoid repeating their outlets and story types) and
test_keystone_eval.py as a template for this file. It did not read the engine (streams/), its lexicons or
gazetteer (config/), any other test, any evaluation item or git history, and it did not run the engine, any
evaluation script, or this test. See tests/data/crest/README.md.

Scored untouched when it was merged (stop 18), then used as that stop's second development set: its figures
now flatter the engine.

Developers: ``.venv/bin/python -m tests.unit.detection.test_crest_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

CREST_DIR = ROOT / "tests" / "data" / "crest"

# 40 items: 20 ar, 20 en; 8 hard negatives; 81 expect entries, 73 with a region; 25 items with a count.
# Scored untouched at its merge into main (stop 18, on df3f703's engine, before any fix of that stop), tp/fp/fn:
#   airstrike           0.778 / 0.875  (14/4/2)
#   withdrawal          0.500 / 1.000  (7/7/0)
#   shelling            0.625 / 1.000  (10/6/0)
#   armed_clash         0.818 / 1.000  (9/2/0)
#   explosion           0.857 / 1.000  (6/1/0)
#   military_operation  0.900 / 1.000  (9/1/0)
#   arrest              0.917 / 0.917  (11/1/1)
#   protest             0.667 / 0.857  (6/3/1)
#   micro P 0.742, R 0.947; region accuracy 67/73 = 0.918, count accuracy 24/31 = 0.774
# Then spent as stop 18's second development set (fixed by class, never by quoting an item): micro P 0.987,
#   R 1.000 (shelling 0.909, every other category 1.000), region 0.986, count 0.968. Its untouched figures above
#   are the honest ones; the crest fixes moved untouched ridge from 0.686 to 0.702 and keystone not at all.
# The bars sit below these figures, to catch regressions (count 0.7: it scored 0.774).
BARS: dict[str, tuple[float, float]] = {category: (0.5, 0.7) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.8
COUNT_BAR = 0.7


def test_crest_set(detector: Any) -> None:
    check_set(detector, CREST_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, CREST_DIR, with_engine_output=True)
