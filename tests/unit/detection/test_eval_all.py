"""The one-line-per-set summary of every evaluation set (`tests.unit.detection.eval_all`)."""

from __future__ import annotations

from collections import Counter

from tests.unit.detection.eval_all import figures
from tests.unit.detection.test_labeled_eval import Scores


def test_a_sets_line_is_micro_averaged_and_names_its_weakest_categories() -> None:
    scores = Scores(
        true_positive=Counter({"airstrike": 9, "arrest": 3}),
        false_positive=Counter({"airstrike": 1, "arrest": 1}),
        false_negative=Counter({"arrest": 1}),
        region_total=4, region_right=3, count_total=2, count_right=2,
    )
    line = figures(scores, items=20)
    assert line["items"] == 20
    assert line["precision"] == 12 / 14
    assert line["recall"] == 12 / 13
    assert line["min_precision"] == ["arrest", 0.75]
    assert line["min_recall"] == ["arrest", 0.75]
    assert (line["region"], line["count"]) == (0.75, 1.0)


def test_a_set_without_regions_or_counts_has_none_for_them() -> None:
    line = figures(Scores(true_positive=Counter({"protest": 2})), items=2)
    assert (line["precision"], line["recall"], line["region"], line["count"]) == (1.0, 1.0, None, None)
    assert line["min_precision"] == ["protest", 1.0]
