"""Rule numbers must be finite: `.inf` or `.nan` would load and then break window arithmetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.errors import ConfigError
from config.rules import load_rules


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan"])
def test_infinite_or_nan_threshold_is_refused_with_its_line(tmp_path: Path, value: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(
        f"rules:\n  - name: a\n    type: threshold\n    window: 6h\n    hop: 15m\n    threshold: {value}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    assert any(issue.field == "rules[0].threshold" and issue.line == 6 for issue in caught.value.issues)
