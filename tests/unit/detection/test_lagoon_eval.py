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
# Untouched. Not yet scored: the lead scores it once and sets the bars below that first score.
#   airstrike           not yet scored
#   withdrawal          not yet scored
#   shelling            not yet scored
#   armed_clash         not yet scored
#   explosion           not yet scored
#   military_operation  not yet scored
#   arrest              not yet scored
#   protest             not yet scored
#   micro P -, R -; region accuracy -, count accuracy -
# Placeholder bars (0.0) until the first score.
BARS: dict[str, tuple[float, float]] = {category: (0.0, 0.0) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.0
COUNT_BAR = 0.0


def test_lagoon_set(detector: Any) -> None:
    check_set(detector, LAGOON_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, LAGOON_DIR, with_engine_output=True)
