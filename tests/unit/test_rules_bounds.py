"""Rule durations are bounded: window, hop and cooldown at most 30 days, hop at most the window.

Each refusal is a ConfigError naming the file, the line and the field, like every other mistake
in a rules file; the largest accepted values still load.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from config.errors import ConfigError
from config.rules import MAX_COOLDOWN_S, MAX_HOP_S, MAX_WINDOW_S, Spike, Threshold, load_rules

THIRTY_DAYS_S = 30 * 86400


def write_rule(tmp_path: Path, *option_lines: str, rule_type: str = "threshold") -> Path:
    """A rules file with one rule; its option lines start at line 6."""
    trigger = "threshold: 5" if rule_type == "threshold" else "ratio: 3"
    path = tmp_path / "rules.yaml"
    path.write_text(
        "version: 1\nrules:\n  - name: bounded\n"
        f"    type: {rule_type}\n    {trigger}\n"
        + "".join(f"    {line}\n" for line in option_lines),
        encoding="utf-8",
    )
    return path


def refusal(path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    [issue] = caught.value.issues
    assert issue.source == str(path)
    return str(issue)


def test_the_bounds_are_thirty_days() -> None:
    assert MAX_WINDOW_S == MAX_HOP_S == MAX_COOLDOWN_S == THIRTY_DAYS_S


@pytest.mark.parametrize("rule_type", ["threshold", "spike"])
def test_the_largest_accepted_values_load(tmp_path: Path, rule_type: str) -> None:
    path = write_rule(tmp_path, "window: 30d", "hop: 1d", "cooldown: 30d", rule_type=rule_type)
    [rule] = load_rules(path).rules
    assert isinstance(rule, Threshold if rule_type == "threshold" else Spike)
    assert (rule.window, rule.hop, rule.cooldown) == (THIRTY_DAYS_S, 86400, THIRTY_DAYS_S)
    [whole] = load_rules(write_rule(tmp_path, "window: 30d", "hop: 30d")).rules
    assert whole.hop == whole.window == THIRTY_DAYS_S


@pytest.mark.parametrize(
    ("window", "rule_type"),
    [("31d", "threshold"), (THIRTY_DAYS_S + 1, "threshold"), ("5w", "spike"), (10**28, "threshold")],
)
def test_a_window_past_thirty_days_is_refused(tmp_path: Path, window: object, rule_type: str) -> None:
    path = write_rule(tmp_path, "hop: 1d", f"window: {window}", rule_type=rule_type)
    message = refusal(path)
    assert message.startswith(f"{path}:7: rules[0].window: ")
    assert "must be at most 30d (2592000s)" in message


def test_a_hop_past_thirty_days_is_refused(tmp_path: Path) -> None:
    path = write_rule(tmp_path, "window: 62d", "hop: 31d")
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    by_field = {issue.field: (issue.line, issue.message) for issue in caught.value.issues}
    assert set(by_field) == {"rules[0].window", "rules[0].hop"}
    assert by_field["rules[0].hop"][0] == 7 and "must be at most 30d (2592000s), got 2678400s" in by_field["rules[0].hop"][1]


@pytest.mark.parametrize("cooldown", ["31d", "1000000000000000000000000000"])
def test_a_cooldown_past_thirty_days_is_refused(tmp_path: Path, cooldown: str) -> None:
    path = write_rule(tmp_path, "window: 6h", "hop: 15m", f"cooldown: {cooldown}")
    message = refusal(path)
    assert message.startswith(f"{path}:8: rules[0].cooldown: ")
    assert "must be at most 30d (2592000s)" in message


def test_a_hop_longer_than_its_window_is_refused_at_the_hop(tmp_path: Path) -> None:
    path = write_rule(tmp_path, "window: 1h", "hop: 2h")
    message = refusal(path)
    assert message.startswith(f"{path}:7: rules[0].hop: ")
    assert "hop (7200s) must be at most the window (3600s)" in message


def test_a_hop_equal_to_its_window_is_one_bucket(tmp_path: Path) -> None:
    [rule] = load_rules(write_rule(tmp_path, "window: 1h", "hop: 1h")).rules
    assert rule.window_buckets == 1
