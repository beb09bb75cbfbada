"""Every evaluation set under tests/data scored in one run, one line per set (not a test).

    .venv/bin/python -m tests.unit.detection.eval_all [--json FILE] [--against FILE]

Each line gives the set's items, its micro-averaged precision and recall over the eight
categories, its weakest category's precision and recall, and its region and count accuracy.
It prints no item, so it is safe on the untouched sets (run a set's own module with ``-v`` to see
its disagreements). ``--json`` writes the figures; ``--against`` prints each figure's change from
such a file, to check a fix against every set at once.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from streams.detection import load_detector
from tests.unit.detection.test_labeled_eval import CATEGORIES, ROOT, Scores, load_items, score

DATA_DIR = ROOT / "tests" / "data"


def figures(scores: Scores, items: int) -> dict[str, Any]:
    """The set's line: micro P/R, weakest category, region and count accuracy."""
    tp = sum(scores.true_positive[c] for c in CATEGORIES)
    fp = sum(scores.false_positive[c] for c in CATEGORIES)
    fn = sum(scores.false_negative[c] for c in CATEGORIES)
    present = scores.shipped() or list(CATEGORIES)
    weakest_p = min(present, key=scores.precision)
    weakest_r = min(present, key=scores.recall)
    return {
        "items": items,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "min_precision": [weakest_p, scores.precision(weakest_p)],
        "min_recall": [weakest_r, scores.recall(weakest_r)],
        "region": scores.region_right / scores.region_total if scores.region_total else None,
        "count": scores.count_right / scores.count_total if scores.count_total else None,
    }


def _cell(value: float | None, before: float | None) -> str:
    if value is None:
        return f"{'-':>6}"
    text = f"{value:6.3f}"
    if before is not None and abs(value - before) >= 0.0005:
        text += f"({value - before:+.3f})"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--against", type=Path, help="print the change from figures written by --json")
    args = parser.parse_args(argv)
    before: dict[str, dict[str, Any]] = json.loads(args.against.read_text()) if args.against else {}
    detector = load_detector()
    results: dict[str, dict[str, Any]] = {}
    print(f"{'set':10} {'items':>5} {'P':>6} {'R':>6} {'weakest P':>26} {'weakest R':>26} {'region':>6} {'count':>6}")
    for directory in sorted(path for path in DATA_DIR.iterdir() if path.is_dir()):
        items = load_items(directory)
        if not items:
            continue
        line = results[directory.name] = figures(score(detector, items), len(items))
        old = before.get(directory.name, {})
        weak_p, weak_r = line["min_precision"], line["min_recall"]
        old_p = old.get("min_precision", [None, None])[1]
        old_r = old.get("min_recall", [None, None])[1]
        print(
            f"{directory.name:10} {line['items']:5} {_cell(line['precision'], old.get('precision'))} "
            f"{_cell(line['recall'], old.get('recall'))} {weak_p[0]:>18} {_cell(weak_p[1], old_p)} "
            f"{weak_r[0]:>18} {_cell(weak_r[1], old_r)} {_cell(line['region'], old.get('region'))} "
            f"{_cell(line['count'], old.get('count'))}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
