"""Precision and recall per category on the eleventh blind set in tests/data/summit, scored exactly as
the other sets are (the helpers are imported from test_labeled_eval).

Written on 2026-11-26 by a helper who read only tests/data/labeled/README.md, the sample in samples/, the
README.md files of the other sets (for their outlet and format lists) and tests/unit/detection/
test_ground_eval.py as the template for this file. It did not read the engine (streams/), its lexicons or
gazetteer (config/), any other test, any other evaluation item or git history, and it did not run the engine
or any evaluation script. Items imitate Iraqi, Kurdish, Saudi, Emirati, Omani, Bahraini, Mauritanian,
Chadian, Sudanese, Yemeni, Libyan, Lebanese, Palestinian and Syrian local Arabic outlets, and Gulf, Caucasus,
Central Asian, Balkan, Latin American, Horn of Africa and humanitarian English sources, in formats such as
push alerts, radio bulletins, TV tickers, sermons, court verdicts, fact-checks, satellite-imagery notes,
chatbot summaries, travel advisories and insurance notes. See tests/data/summit/README.md.

Developers: ``.venv/bin/python -m tests.unit.detection.test_summit_eval``.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.unit.detection.test_heldout_eval import _main as _print_tables
from tests.unit.detection.test_labeled_eval import ROOT, check_set

SUMMIT_DIR = ROOT / "tests" / "data" / "summit"

# bars are set after the first untouched scoring
BARS: dict[str, tuple[float, float]] = {category: (0.0, 0.0) for category in (
    "airstrike", "withdrawal", "shelling", "armed_clash", "explosion", "military_operation", "arrest", "protest")}
REGION_BAR = 0.0  # bars are set after the first untouched scoring
COUNT_BAR = 0.0  # bars are set after the first untouched scoring


def test_summit_set(detector: Any) -> None:
    check_set(detector, SUMMIT_DIR, BARS, REGION_BAR, COUNT_BAR)


if __name__ == "__main__":
    _print_tables(sys.argv, SUMMIT_DIR, with_engine_output=True)
