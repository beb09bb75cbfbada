"""`nadhir config check`: every kind of shipped file validates, and a broken file is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import DEFAULTS_DIR
from nadhir.cli import main


def test_every_configured_file_checks_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "check"]) == 0
    out = capsys.readouterr().out
    for kind in ("rules", "channels", "gazetteer", "lexicon"):
        assert f"ok ({kind})" in out


@pytest.mark.parametrize("name", ["ar.yaml", "en.yaml"])
def test_a_lexicon_file_is_checked_by_its_content(capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert main(["config", "check", str(DEFAULTS_DIR / "lexicons" / name)]) == 0
    assert "ok (lexicon)" in capsys.readouterr().out


def test_a_broken_lexicon_names_the_file_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "xx.yaml"
    broken.write_text("version: 1\nlanguage: xx\ncategories:\n  airstrike:\n    terms: []\n", encoding="utf-8")
    assert main(["config", "check", str(broken), "--kind", "lexicon"]) == 1
    assert str(broken) in capsys.readouterr().err
