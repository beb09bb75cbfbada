"""Precision and recall per category on the scree blind set in tests/data/scree, scored exactly as the
other sets are (the helpers are imported from test_labeled_eval).

Scree is a blind set of full-length articles (20 Arabic, 20 English; 170-232 words, 8-10 paragraphs, a
headline in ``title``), dated November 2026, written to measure the engine on whole articles from outlets no
earlier set has imitated, with emphasis on the hardest precision cases for an alerting service. Outlets: Levant
News (Syria), Al-Zawraa (Iraq), Voice of Lebanon and Al-Markazia (Lebanon), Husna FM (Jordan), Sama News and
Metras (Palestine), Al-Harf 28 (Yemen), Alnoras News and Altahrir (Sudan), Quryna (Libya), Akhbar El Yom (Egypt),
Al-Jazirah (Saudi), Al-Khaleej al-Jadeed, Al-Arab (Qatar), Chouf TV and Al3omk (Morocco), Al-Mawid al-Yawmi
(Algeria), Assarih (Tunisia), Sahara Medias (Mauritania); Jiji Press, United News of India, Associated Press of
Pakistan, Morning Star, Metro, The New York Times, Voice of America, RFE/RL, The Times of India, The Tribune,
Firstpost, ARY News, Zan Times, Censor.net, Hurriyet Daily News, Turkiye Today, The Jewish Chronicle, allAfrica,
Al-Haq and Physicians for Human Rights. Story types: event reports of the day with two or three categories and
counts; hard negatives (16): op-eds and analysis, an anniversary, court pages, monthly rights reports about last
month, a since-2023 tally, calls for future strikes and marches, planned and denied withdrawals, civil campaigns
and operations, an accident, a drill, sport and markets with war words. Syrian governorates Latakia, Quneitra,
Homs, Deir ez-Zor, Rif Dimashq, Aleppo and Hasakah, plus Palestine, Sudan, Pakistan, Ukraine, Afghanistan, Iraq,
Lebanon, Jordan, Yemen, Turkey, and places outside the region list (Libya, India).

Written blind on 2026-11-27 (about 16:28-16:40 UTC) by a helper session (branch blind-scree) that read only
tests/data/labeled/README.md, the README.md files of the other sets under tests/data/ (only by grep of candidate
outlet names, to avoid repeating them) and test_steppe_eval.py as a template for this file. It did not read the
engine (streams/), its lexicons or gazetteer (config/), any other test, any evaluation item or git history, and it
did not run the engine, any evaluation script, or this test. See tests/data/scree/README.md.

Untouched: nobody has fixed the engine against its items; keep it that way (run it without -v when checking
for regressions; its figures are the honest estimate for full articles from unseen outlets).

Developers: ``.venv/bin/python -m tests.unit.detection.test_scree_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

SCREE_DIR = ROOT / "tests" / "data" / "scree"

# 40 items: 20 ar, 20 en; 16 hard negatives; 58 expect entries, 51 with a region; 18 items with a count
# (19 count entries); 23 items with several categories.
# Untouched. First score, the same on the engine of the start of stop 23 (600304a) and after its detection fixes
# (ops23, arrests23, months: written after those fixes, blind to them), precision / recall (tp/fp/fn);
# micro P 0.750, R 1.000:
#   airstrike           0.750 / 1.000  (6/2/0)       explosion           0.750 / 1.000  (6/2/0)
#   withdrawal          1.000 / 1.000  (7/0/0)       military_operation  0.700 / 1.000  (7/3/0)
#   shelling            0.857 / 1.000  (6/1/0)       arrest              0.733 / 1.000  (11/4/0)
#   armed_clash         0.750 / 1.000  (9/3/0)       protest             0.556 / 1.000  (5/4/0)
#   region accuracy 1.000, count accuracy 0.895
# The bars sit under the first score to catch regressions (protest: one false positive swings it).
# Every category has items (5-11 per category), so every category gets the same bars.
BARS: dict[str, tuple[float, float]] = {category: (0.55, 0.85) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
BARS["protest"] = (0.5, 0.85)
REGION_BAR = 0.9
COUNT_BAR = 0.85


def test_scree_set(detector: Any) -> None:
    check_set(detector, SCREE_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, SCREE_DIR, with_engine_output=True)
