"""Precision and recall per category on the genre24 set in tests/data/genre24, scored exactly as the other sets are
(the helpers are imported from test_labeled_eval).

Genre24 is a blind set of full-length articles (20 Arabic, 20 English; about 145-240 words, 6-10 paragraphs, a headline in
``title``) on article-level genre: pages that report no new event although their text is full of war words. 20 items are
hard negatives: interviews in question-and-answer form («حوار», "Q&A") or summaries of a TV interview («في مقابلة مع»),
explainers and "what we know" pages («ماذا نعرف عن», "Explained:"), timelines («تسلسل زمني», "Timeline:"), press reviews
(«جولة في الصحف», "Press review"), book and film reviews and a culture page about a war series, profiles («من هو»,
"Profile:"), humanitarian appeals and donor statements recapping past attacks, Security Council debate summaries quoting
earlier strikes. The other 20 report events of the day beside them: a report quoting an earlier interview whose lead is
today's strike, timelines whose lead and newest entry is today's clash, UN statements condemning a shelling or a bombing
of today, a profile after today's arrest, "what we know" pages about today's withdrawal or operation, an NGO statement
about today's drone strike or operation, and two weekly roundups of the week's days (written as negatives per the brief,
relabeled after the first score to the corpus's convention: tests/data/crest cr-en-military_operation-005 counts a
roundup's events of the week as news; see tests/data/genre24/README.md).

Written blind on 2026-11-27 (about 18:58-19:05 UTC) by a helper session (branch genre24) that read only
tests/data/labeled/README.md and test_ops23_eval.py (as a template for this file) before writing.

Touched: the engine was fixed against its failures in stop 24 (test_stop24_genres.py), so its figures are a
development target, not an honest estimate for unseen pages.

Developers: ``.venv/bin/python -m tests.unit.detection.test_genre24_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

GENRE24_DIR = ROOT / "tests" / "data" / "genre24"

# 40 items: 20 ar, 20 en; 20 hard negatives; 25 expect entries, 24 with a region; 2 with a count. Items per category:
# airstrike 4, armed_clash 4, explosion 4, protest 4, military_operation 3, arrest 2, shelling 2, withdrawal 2.
# First score (c974af2, the set as written, 22 negatives): micro P 0.281, R 1.000 (armed_clash 0.143, arrest 0.222,
# airstrike 0.250); with the two roundups relabeled, P 0.391 (tp 25, fp 39), R 1.000. After stop 24's page kinds
# (interview, explainer, timeline, press_review, profile, appeal, debate) and the Waddan homograph: P 0.735 (tp 25, fp 9),
# R 1.000 (arrest 0.500, airstrike 0.571); region 23/24, count 1/2. Left: an interview summary with no marker in its
# headline (ar), headlines naming the category as a subject ("a city that was shelled twice", «لماذا تتكرر الغارات»), a
# timeline's dated entry under a headline of the same category, "what we know" pages whose lead is the day's news (typed
# only by the headline's one marker: untyped), an interview's recollection inside a news report.
BARS: dict[str, tuple[float, float]] = {category: (0.45, 0.9) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest",
    "protest")}
REGION_BAR = 0.9
COUNT_BAR = 0.45


def test_genre24_set(detector: Any) -> None:
    check_set(detector, GENRE24_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, GENRE24_DIR, with_engine_output=True)
