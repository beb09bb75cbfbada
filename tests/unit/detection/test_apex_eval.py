"""Precision and recall per category on the apex blind set in tests/data/apex, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Apex is the second set made only of full-length articles (20 Arabic, 20 English; 156-237 words,
6-7 paragraphs, a headline in ``title``), the untouched measure of the engine on whole articles. Story
types: daily bombardment roundups over several towns, monitor tallies split by governorate, interview
features with one current event buried in paragraph 4, live-blog update lists, court stories about past
detentions with a fresh arrest, protests dispersed by police, ceasefire violations with denials by both
sides, explainers that are mostly background, and headlines naming a withdrawal the body denies. 26 are
set in Syria, the rest in Iraq, Lebanon, Yemen, Gaza and the West Bank, Sudan, Libya and Ukraine; eight
are hard negatives (analyses of a possible offensive, economy pieces, match reports, an anniversary
exhibition, a humanitarian report with only past events).

Written on 2026-11-26 by a helper session (branch blind-articles2) that read only
tests/data/labeled/README.md, the keys of the sample article in samples/, the README.md
files of the other sets under tests/data/ (only to avoid repeating their outlets and story types) and
test_zenith_eval.py as a template for this file. It did not read the engine (streams/), its lexicons or
gazetteer (config/), any other test, any evaluation item or git history, and it did not run the engine or
any evaluation script on these items. Outlets: Fox Halab, ANA Press, Ultra Sawt, Syria News, the Violations
Documentation Center, Harmoon Center, Sawt Beirut International, Al-Ahd TV, Mawazin News, 26 September
(sept26.net), Al-Hayat Al-Jadida, Al-Youm Al-Tali, Al-Mamlaka TV and Sport 360 in Arabic; The Independent,
Syrians for Truth and Justice, The Christian Science Monitor, CNN, The Globe and Mail, Ekurd Daily, Sky
News, Financial Times, NBC News, Debriefer, The East African, ANSAmed, Espreso, Los Angeles Times, ABC
News (Australia), The New York Times, Foreign Policy, The Economist, Sky Sports and The New Humanitarian
in English. See tests/data/apex/README.md.

Nobody has fixed the engine against its items: keep it that way (run it without -v when checking for
regressions; its figures are the honest estimate for full articles from outlets no set has used). Stop 16
read its aggregate table once as such a check: a first version of the retrospective-article rule lost one
Arabic arrest here, and the rule was narrowed by class (to looking-back headlines); no item was read.

Developers: ``.venv/bin/python -m tests.unit.detection.test_apex_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

APEX_DIR = ROOT / "tests" / "data" / "apex"

# 40 items: 20 ar, 20 en; 8 hard negatives; 81 expect entries, 79 with a region; 23 items with a count.
# Untouched. Scored at 42d6c46 (the end of stop 15) and at the end of stop 16, after every fix of that stop:
#   category            start P/R       end of stop 16 P/R (tp/fp/fn)
#   airstrike           1.000 / 0.917   1.000 / 0.917  (11/0/1)
#   withdrawal          0.556 / 1.000   0.556 / 1.000  (5/4/0)
#   shelling            0.833 / 0.909   0.909 / 0.909  (10/1/1)
#   armed_clash         0.800 / 1.000   0.857 / 1.000  (12/2/0)
#   explosion           0.700 / 1.000   0.700 / 1.000  (7/3/0)
#   military_operation  0.625 / 0.833   0.625 / 0.833  (5/3/1)
#   arrest              1.000 / 0.938   1.000 / 0.938  (15/0/1)
#   protest             0.778 / 1.000   0.778 / 1.000  (7/2/0)
#   region accuracy 74/79 = 0.937, region precision 80/85 = 0.941, count accuracy 34/37 = 0.919 (both times)
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.75, 0.8) for category in (
    "airstrike", "shelling", "armed_clash", "arrest", "protest")}
BARS.update({category: (0.5, 0.8) for category in ("withdrawal", "explosion", "military_operation")})
REGION_BAR = 0.85
COUNT_BAR = 0.85


def test_apex_set(detector: Any) -> None:
    check_set(detector, APEX_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, APEX_DIR, with_engine_output=True)
