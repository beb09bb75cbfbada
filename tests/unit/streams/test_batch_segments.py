"""A batch that spans several windows decides as if its articles came one by one.

A backlog or a replay hands the processor hundreds of articles covering hours of event time; a key
that surges, calms down and surges again inside one batch must fire, resolve and fire again, not
fire once (the second surge used to find the first episode still open and was dropped).
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from config.rules import load_rules
from config.settings import Settings
from streams.detection import load_detector
from streams.replay import replay
from streams.tagging import RawRecord

START = datetime(2024, 5, 20, 12, 0, tzinfo=UTC)
RULES = (
    "version: 1\nrules:\n  - {name: surge, type: threshold, categories: [airstrike], key: category+region, "
    "window: 10s, hop: 10s, threshold: 3, evidence_articles: 3}\n"
)


def article(index: int, window: int, surge: bool) -> RawRecord:
    text = (f"Russian warplanes carried out airstrikes on the countryside of Hama, report {index}."
            if surge else f"The municipal council met to discuss water supplies, item {index}.")
    published = (START + timedelta(seconds=10 * window)).strftime("%Y-%m-%dT%H:%M:%SZ")
    value = json.dumps({"id": f"a{index}", "text": text, "lang": "en", "published_at": published}).encode()
    return RawRecord(value, "articles", 0, index, 0)


def corpus() -> list[RawRecord]:
    """Hama surges in windows 0, 2 and 4 (3 reports each) and is quiet in 1, 3 and 5."""
    records, index = [], 0
    for window in range(6):
        for position in range(12):
            records.append(article(index, window, surge=window % 2 == 0 and position % 4 == 1))
            index += 1
    return records


# With 5 s of lateness, window 3 is not yet closed when window 4 surges (its articles are stamped
# at the window's first second): the episode from window 2 is still open and no third alert fires.
@pytest.mark.parametrize(("lateness_s", "firing"), [(0, 3), (5, 2)])
def test_one_batch_over_three_surges_decides_like_one_article_at_a_time(
    tmp_path: Path, lateness_s: int, firing: int
) -> None:
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(RULES)
    settings = Settings(allowed_lateness_s=lateness_s)
    rules = load_rules(rules_path).rules

    def alerts(batch_size: int) -> list[tuple[str, str]]:
        result = asyncio.run(replay(corpus(), settings=settings, rules=rules, detector=load_detector(),
                                    batch_size=batch_size))
        return [(alert.status, alert.window_start.strftime("%H:%M:%S")) for alert in result.alerts]

    one_by_one = alerts(1)
    assert [status for status, _ in one_by_one if status == "firing"] == ["firing"] * firing
    assert ("firing", "12:00:40") in one_by_one or firing < 3
    assert alerts(1000) == one_by_one
    assert alerts(7) == one_by_one
