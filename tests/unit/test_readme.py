"""README.md stays true: the two commands, every setting documented, CI runs the test command."""

from __future__ import annotations

from pathlib import Path

from config.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [f"NADHIR_{name.upper()}" for name in Settings.model_fields if f"`NADHIR_{name.upper()}`" not in readme]
    assert not missing, f"README.md does not document {missing}"


def test_two_commands_and_ci_agree() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\nrun:" in makefile and "\ntest:" in makefile


def test_every_cli_command_in_readme_exists() -> None:
    from nadhir.cli import COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in readme.splitlines():
        if line.startswith("| `nadhir "):
            name = line.split("`nadhir ", 1)[1].split()[0].rstrip("`")
            assert name in COMMANDS, f"README names `nadhir {name}`, which the CLI does not have"
