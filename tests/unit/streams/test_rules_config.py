"""The rules file: shipped defaults load; mistakes are named by file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.errors import ConfigError
from config.rules import DEFAULT_RULES_FILE, Spike, Threshold, load_rules, parse_duration


def test_shipped_rules_load() -> None:
    rules = load_rules(DEFAULT_RULES_FILE).rules
    by_name = {rule.name: rule for rule in rules}
    airstrikes = by_name["airstrikes-per-region"]
    assert isinstance(airstrikes, Threshold) and airstrikes.window == 6 * 3600 and airstrikes.hop == 900
    assert isinstance(by_name["spike-per-region"], Spike)
    assert by_name["reported-airstrikes-per-region"].metric == "reported"


def test_durations() -> None:
    assert [parse_duration(v) for v in (90, "90s", "15m", "6h", "2d")] == [90, 90, 900, 21600, 172800]
    with pytest.raises(ValueError):
        parse_duration("6 hours")


@pytest.mark.parametrize(
    ("body", "line", "field", "message"),
    [
        ("  - {name: a, type: threshold, window: 1h, hop: 7m, threshold: 3}\n", 3, "rules[0]", "multiple of hop"),
        ("  - name: a\n    type: threshold\n    window: 1h\n    threshold: 0\n", 6, "rules[0].threshold.threshold", "greater than 0"),
        ("  - {name: a, type: frequency, window: 1h}\n", 3, "rules[0]", "type"),
        ("  - {name: a, type: spike, window: 1h, ratio: 3, key: region}\n", 3, "rules[0].spike.key", "category"),
    ],
)
def test_errors_name_line_and_field(tmp_path: Path, body: str, line: int, field: str, message: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nrules:\n" + body)
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    issue = caught.value.issues[0]
    assert issue.source == str(path) and issue.line == line
    assert issue.field.startswith(field.split(".")[0]) and message in str(caught.value)


def test_key_and_filters() -> None:
    rule = Threshold.model_validate({"name": "a", "type": "threshold", "window": "1h", "threshold": 1,
                                     "key": "category+country", "languages": ["ar"]})
    assert rule.key_of("airstrike", "Hama", "SY") == "airstrike|SY"
    assert rule.key_of("airstrike", "Hama", None) is None
    assert rule.matches(category="airstrike", region=None, country="SY", lang="ar", source=None)
    assert not rule.matches(category="airstrike", region=None, country="SY", lang="en", source=None)
