"""Random and broken rules files: loading returns rules or raises `ConfigError`, never another
exception, and never takes long (YAML bombs, deep nesting, self-referring aliases)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config.errors import ConfigError
from config.rules import DEFAULT_RULES_FILE, RulesFile, load_rules

LAUGHS = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n" for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
) + "rules: *i\n"

NAMED = {
    "5000 nested lists": "rules: " + "[" * 5000 + "]" * 5000,
    "10k nested maps": "rules: " + "{a: " * 10_000 + "1" + "}" * 10_000,
    "deep block nesting": "".join(" " * i + f"k{i}:\n" for i in range(3000)) + " " * 3000 + "v\n",
    "billion laughs": LAUGHS,
    "alias inside its anchor": "rules: &a [*a]\n",
    "python object tag": "!!python/object/apply:os.system ['echo pwned']\n",
    "5000-digit integer": "version: 1\nrules:\n  - {name: x, type: threshold, window: " + "9" * 5000 + ", threshold: 1}\n",
    "impossible date": "version: 1\nrules:\n  - {name: x, type: threshold, window: 2001-02-30, threshold: 1}\n",
    "merge key": "base: &b {name: x}\nrules: [{<<: *b, type: threshold, window: 60, threshold: 1}]\n",
    "NaN threshold": "version: 1\nrules:\n  - {name: x, type: threshold, window: 3600, threshold: .nan}\n",
    "binary version": "version: !!binary AAAA\n",
    "NUL byte": "version: 1\x00\n",
    "tab indent": "version: 1\nrules:\n\t- {name: x}\n",
    "two documents": "version: 1\n---\nversion: 1\n",
    "complex key": "? [a, b]\n: 1\n",
    "date key": "2001-01-01: 1\n",
    "unknown type": "version: 1\nrules:\n  - {name: x, type: shell, window: 60}\n",
    "RTL override in name": "version: 1\nrules:\n  - {name: \"x\u202egnp.exe\", type: threshold, window: 60, threshold: 1}\n",
    "only a comment": "# nothing\n",
}


def _load(tmp_path: Path, content: str | bytes) -> RulesFile | None:
    path = tmp_path / "rules.yaml"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    try:
        return load_rules(path)
    except ConfigError as exc:
        assert str(exc) and all(issue.source == str(path) for issue in exc.issues)
        return None


@pytest.mark.parametrize("name", list(NAMED))
def test_named_hostile_rules_files_raise_config_error_quickly(tmp_path: Path, name: str) -> None:
    started = time.perf_counter()
    loaded = _load(tmp_path, NAMED[name])
    assert time.perf_counter() - started < 15
    if name == "only a comment":
        assert loaded is not None and loaded.rules == []
    else:
        assert loaded is None, f"{name} was accepted"


# Values a rule field might be given by a careless or hostile author.
awkward = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["15m", "6h", "0s", "-5m", "1e9w", "99999999999999999999d", "\u202e6h", "٦h"]),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
FIELDS = ["name", "type", "window", "hop", "threshold", "ratio", "baseline_windows", "min_count", "key", "metric",
          "categories", "cooldown", "severity", "evidence_articles", "labels", "surprise"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.integers(0, 20), st.sampled_from(FIELDS), awkward), min_size=1, max_size=4),
       drop=st.lists(st.sampled_from(FIELDS), max_size=2))
def test_mutated_default_rules_load_or_raise_config_error(tmp_path: Path, changes: list[tuple[int, str, Any]],
                                                          drop: list[str]) -> None:
    data = yaml.safe_load(DEFAULT_RULES_FILE.read_text(encoding="utf-8"))
    for index, field, value in changes:
        data["rules"][index % len(data["rules"])][field] = value
    for field in drop:
        data["rules"][0].pop(field, None)
    loaded = _load(tmp_path, yaml.safe_dump(data, allow_unicode=True))
    if loaded is not None:
        for rule in loaded.rules:
            assert rule.window > 0 and rule.hop > 0 and rule.window % rule.hop == 0


YAML_TOKENS = ["version: 1\n", "rules:\n", "  - ", "name: x", "type: threshold", "type: spike", "window: 6h", "hop: 15m",
               "threshold: 5", "{", "}", "[", "]", ", ", ": ", "\n", "  ", "&a ", "*a", "!!str ", "!!int ", "'", '"', "#",
               "---\n", "...\n", "? ", "|\n", ">\n", "\t", "%YAML 1.1\n", "<<: ", "- ", "null", "~", ".inf", "0x1F", "0o17",
               "2024-05-20", "\u202e", "\ufeff", "غارة"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tokens=st.lists(st.sampled_from(YAML_TOKENS) | st.text(max_size=4), max_size=40))
def test_token_soup_loads_or_raises_config_error(tmp_path: Path, tokens: list[str]) -> None:
    _load(tmp_path, "".join(tokens))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300), keep=st.integers(0, 2000))
def test_random_bytes_and_truncated_files_raise_config_error(tmp_path: Path, raw: bytes, keep: int) -> None:
    _load(tmp_path, raw)  # only a RulesFile or a ConfigError (asserted in _load)
    _load(tmp_path, DEFAULT_RULES_FILE.read_bytes()[:keep] + raw)
