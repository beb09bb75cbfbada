"""YAML problems are reported with the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from config.errors import ConfigError
from config.yaml_loader import load_model, parse_yaml


class Item(BaseModel):
    name: str
    threshold: int = Field(gt=0)


class Doc(BaseModel):
    items: list[Item]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads(tmp_path: Path) -> None:
    doc = load_model(write(tmp_path, "items:\n  - name: a\n    threshold: 3\n"), Doc)
    assert doc.items[0].threshold == 3


def test_wrong_field_names_file_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, "items:\n  - name: a\n    threshold: 3\n  - name: b\n    threshold: -1\n")
    with pytest.raises(ConfigError) as caught:
        load_model(path, Doc)
    issue = caught.value.issues[0]
    assert issue.source == str(path)
    assert issue.line == 5
    assert issue.field == "items[1].threshold"
    assert f"{path}:5: items[1].threshold:" in str(caught.value)


def test_missing_field_points_at_its_parent(tmp_path: Path) -> None:
    path = write(tmp_path, "items:\n  - threshold: 2\n")
    with pytest.raises(ConfigError) as caught:
        load_model(path, Doc)
    assert caught.value.issues[0].field == "items[0].name"
    assert caught.value.issues[0].line == 2


def test_syntax_error_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "items:\n  - name: a\n    threshold: [1, 2\n")
    with pytest.raises(ConfigError) as caught:
        load_model(path, Doc)
    assert "invalid YAML" in str(caught.value)
    assert caught.value.issues[0].line is not None


def test_duplicate_key_is_an_error() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_yaml("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert caught.value.issues[0].line == 3
    assert "duplicate key 'a'" in str(caught.value)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_model(tmp_path / "nope.yaml", Doc)
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"items:\n  - name: \xff\xfe\n")
    with pytest.raises(ConfigError) as caught:
        load_model(bad, Doc)
    assert "UTF-8" in str(caught.value)
    assert caught.value.issues[0].line == 2


def test_discriminated_union_tag_is_not_reported_as_a_field(tmp_path: Path) -> None:
    from typing import Annotated, Literal

    class Threshold(BaseModel):
        type: Literal["threshold"]
        threshold: int = Field(gt=0)
        window: str

    class Spike(BaseModel):
        type: Literal["spike"]
        ratio: float

    class Rules(BaseModel):
        rules: list[Annotated[Threshold | Spike, Field(discriminator="type")]]

    path = write(tmp_path, "rules:\n  - type: spike\n    ratio: 2\n  - type: threshold\n    threshold: -1\n")
    with pytest.raises(ConfigError) as caught:
        load_model(path, Rules)
    fields = {issue.field: issue.line for issue in caught.value.issues}
    assert fields == {"rules[1].threshold": 5, "rules[1].window": 4}


@pytest.mark.parametrize("text", ["!!int ", "a: !!int ", "a: !!bool ", "!!timestamp ", "!!float x", "a: !!binary é"])
def test_bad_tagged_scalars_are_config_errors(text: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_yaml(text, "x.yaml")
    assert caught.value.issues[0].line == 1
