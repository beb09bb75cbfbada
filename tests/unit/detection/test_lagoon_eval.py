"""Precision and recall per category on the lagoon blind set in tests/data/lagoon, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Lagoon is a blind set of full-length articles (20 Arabic, 20 English; 170-228 words, 7-10 paragraphs, a
headline in ``title``), written to measure the engine on whole articles from outlets no earlier set has
imitated, in the mix of a real newsroom feed. Outlets: local Syrian pages and sites from Aleppo, the Euphrates,
Daraa, Suwayda, the coast (Baniyas, Jableh), Idlib, Hama and Quneitra; Lebanese, Palestinian, Sudanese, Yemeni,
Iraqi, Jordanian and pan-Arab sites; English wires and TV channels from Asia (Bernama, ANTARA, CNA, NDTV,
Arirang, Mainichi, SCMP, Inquirer), Africa (News24, SABC, GNA, Daily Monitor, Vanguard, The New Times), the
Americas (Prensa Latina, teleSUR, Agencia Brasil, CTV) and Europe (swissinfo, Kathimerini). Story types:
breaking local dispatches with a second and third event, a security-command statement, police and court news,
wire roundups and world briefs, wire stories with a national angle, a business story, op-eds, an explainer,
diplomatic news, and hard negatives (an opinion column, an explainer, a business page, two sport pages, a
culture page, an economy story). All 14 Syrian governorates, plus Iraq, Lebanon, Gaza and the West Bank, Yemen,
Sudan, Ukraine, Russia, Pakistan, Afghanistan, Mali and places outside the region list; seven are hard
negatives.

Written blind on 2026-11-27 (about 04:10-04:25 UTC) by a helper session (branch blind-lagoon) that read only
tests/data/labeled/README.md, tests/data/ridge/README.md, the README.md files of the other sets under
tests/data/ (only by grep of candidate outlet names, to avoid repeating them) and test_ridge_eval.py as a
template for this file. It did not read the engine (streams/), its lexicons or gazetteer (config/), any other
test, any evaluation item or git history, and it did not run the engine, any evaluation script, or this test.
See tests/data/lagoon/README.md.

Untouched: nobody has fixed the engine against its items; keep it that way (run it without -v when checking
for regressions; its figures are the honest estimate for full articles from unseen outlets).

Developers: ``.venv/bin/python -m tests.unit.detection.test_lagoon_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

LAGOON_DIR = ROOT / "tests" / "data" / "lagoon"

# 40 items: 20 ar, 20 en; 7 hard negatives; 75 expect entries, 66 with a region; 24 items with a count
# (25 count entries).
# Untouched. Scored at its merge into main (stop 19, on bbdf626's engine: after the stop's fixes for harbor,
# withdrawal, arrest and protest senses, denials and obligations; before its operation, clash, shelling and
# explosion fixes), tp/fp/fn:
#   airstrike           0.800 / 1.000  (12/3/0)
#   withdrawal          0.727 / 1.000  (8/3/0)
#   shelling            0.700 / 1.000  (7/3/0)
#   armed_clash         0.692 / 1.000  (9/4/0)
#   explosion           0.750 / 1.000  (9/3/0)
#   military_operation  0.778 / 1.000  (7/2/0)
#   arrest              1.000 / 1.000  (13/0/0)
#   protest             0.900 / 1.000  (9/1/0)
#   micro P 0.796, R 1.000; region accuracy 66/66 = 1.000, region precision 70/74, count accuracy 24/25 = 0.960
# The bars sit below these figures, to catch regressions.
BARS: dict[str, tuple[float, float]] = {category: (0.55, 0.85) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.9
COUNT_BAR = 0.85


def test_lagoon_set(detector: Any) -> None:
    check_set(detector, LAGOON_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, LAGOON_DIR, with_engine_output=True)
