"""Precision and recall per category on the vertex blind set in tests/data/vertex, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Vertex is a third set made only of full-length articles (20 Arabic, 20 English; 172-231 words, 6-9
paragraphs, a headline in ``title``), imitating 40 outlets that no earlier set's style list names (Athr
Press, Suwayda 24, Deir ezzor 24, Nidaa al-Watan, Shehab, Baghdad Today, Aden al-Ghad, Belqees, Masrawy,
Jesr Press, Al-Hal Net, Baladi News, Qasioun, Furat Post, Al-Modon, Snack Syrian, Yallakora, Radio Rozana,
Nedaa Post and Al-Joumhouria in Arabic; Politico Europe, The Daily Star, Hurriyet Daily News, Newsweek,
Carnegie's Diwan, War on the Rocks, the Daily Mail, BBC Sport, The Atlantic, Vox, Le Monde in English, the
Mirror, Euractiv, Military Times, The Hill, Semafor, Mada Masr, The Africa Report, Babel and Al Bawaba in
English). Story types: local dispatches with a second and third event, statements relayed with denials,
raid reports with monthly tallies beside the day's count, a newsletter with section heads, an explainer and a
long feature with one current event each, analyses and opinion full of threats and hypotheticals, economy,
culture and sport pieces. Set in November 2026 in Syria (16 of the 40), Iraq, Lebanon, Yemen, Gaza and the
West Bank, Sudan, Ukraine, Libya, Somalia, Mali, Turkey and London; nine are hard negatives.

Written on 2026-11-26 by a helper session (branch blind-vertex) that read only tests/data/labeled/README.md,
the sample article in samples/ (for length and structure), the README.md files of the other sets under
tests/data/ (except keystone/, only to avoid their outlets and story types) and test_apex_eval.py as a
template for this file. It did not read the engine (streams/), its lexicons or gazetteer (config/), any other
test, any evaluation item or git history, and it did not run the engine or any evaluation script on these
items. See tests/data/vertex/README.md.

Scored untouched at the start of stop 17, then spent as stop 18's development set: the engine was fixed
against its failure classes (never by quoting an item), so its figures now flatter the engine; the
untouched figures below are the honest ones.

Developers: ``.venv/bin/python -m tests.unit.detection.test_vertex_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

VERTEX_DIR = ROOT / "tests" / "data" / "vertex"

# 40 items: 20 ar, 20 en; 9 hard negatives; 63 expect entries, 56 with a region; 18 items with a count.
# Scored untouched at 5a43f6d (stop 17), then spent as that stop's development set (fixes by class):
#   category            untouched P/R (tp/fp/fn)
#   airstrike           0.750 / 1.000  (9/3/0)
#   withdrawal          0.500 / 0.833  (5/5/1)
#   shelling            0.714 / 1.000  (5/2/0)
#   armed_clash         0.818 / 1.000  (9/2/0)
#   explosion           0.857 / 1.000  (6/1/0)
#   military_operation  0.545 / 0.857  (6/5/1)
#   arrest              0.933 / 1.000  (14/1/0)
#   protest             0.875 / 1.000  (7/1/0)
#   micro P 0.753, R 0.968; region accuracy 54/56 = 0.964, count accuracy 19/19 = 1.000
# After the fixes of stop 18 against its classes (sport reports, titles of works, speculation, either/or,
# habits, described and victims' past events, raid antecedents, roads leading to a place):
#   airstrike 0.818 (9/2/0), explosion 0.857 (6/1/0), every other category 1.000 / 1.000;
#   micro P 0.955, R 1.000; region accuracy 56/56, region precision 59/59, count 19/19
BARS: dict[str, tuple[float, float]] = {category: (0.75, 0.9) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.95
COUNT_BAR = 0.95


def test_vertex_set(detector: Any) -> None:
    check_set(detector, VERTEX_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, VERTEX_DIR, with_engine_output=True)
