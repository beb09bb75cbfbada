"""Lexicons are data: a new term or language needs no code; bad YAML is reported with file, line, field."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.errors import ConfigError
from config.lexicons import Lexicon, load_lexicons
from streams.detection import load_detector

FIXTURES = Path(__file__).resolve().parent / "fixtures"

FRENCH = """\
version: 1
language: fr
prefixes: {article: ["", "l'", "d'"]}
default_prefixes: article
suffixes: {noun: ["", s, x]}
negation: {near_before: [pas, aucun, aucune]}
categories:
  airstrike:
    terms: ["frappe|noun aérienne|noun", "raid|noun aérien|noun"]
"""


def test_a_new_language_needs_no_code(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text(FRENCH, encoding="utf-8")
    detector = load_detector(tmp_path, FIXTURES / "gazetteer.yaml")
    events = detector.tag("Des frappes aériennes ont visé Palmyra mardi.", lang="fr").events
    assert [(event.category, event.region) for event in events] == [("airstrike", "Homs")]
    assert detector.tag("Aucune frappe aérienne n'a eu lieu.", lang="fr").events == []


def test_detectors_are_cached_per_paths(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text(FRENCH, encoding="utf-8")
    first = load_detector(tmp_path, FIXTURES / "gazetteer.yaml")
    assert load_detector(tmp_path, FIXTURES / "gazetteer.yaml") is first


@pytest.mark.parametrize(
    ("yaml_text", "where"),
    [
        ("version: 1\nlanguage: fr\ncategories:\n  airstrike:\n    terms: [\"frappe|plural\"]\n", "fr.yaml:5: categories.airstrike.terms[0]"),
        ("version: 1\nlanguage: fr\ncategories:\n  air_strike:\n    terms: [frappe]\n", "categories.air_strike"),
        ("version: 1\nlanguage: fr\nnegation:\n  window: zero\n", "fr.yaml:4: negation.window"),
        ("version: 1\nlanguage: fr\ncategories: [\n", "fr.yaml:"),
    ],
)
def test_bad_lexicon_names_file_line_and_field(tmp_path: Path, yaml_text: str, where: str) -> None:
    (tmp_path / "fr.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_lexicons(tmp_path)
    assert where in str(error.value)


def test_two_files_for_one_language(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(FRENCH, encoding="utf-8")
    with pytest.raises(ConfigError, match="already defined"):
        load_lexicons(tmp_path)


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_detector(tmp_path / "absent", FIXTURES / "gazetteer.yaml")


NESTED = """\
version: 1
language: fr
lists:
  weather: [orage, tempete]
  not_war: ["@weather", football]
categories:
  airstrike:
    terms: [{text: bombardement, excludes: ["@not_war"], window: 3}]
"""


def test_a_word_list_may_name_another() -> None:
    nested = Lexicon.model_validate({"language": "fr", "lists": {"weather": ["orage", "tempete"],
                                                                "not_war": ["@weather", "football"]}})
    assert nested.expand(["@not_war", "pluie"]) == ["orage", "tempete", "football", "pluie"]


def test_a_nested_list_excludes_in_the_engine(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text(NESTED, encoding="utf-8")
    detector = load_detector(tmp_path, FIXTURES / "gazetteer.yaml")
    assert detector.tag("Un bombardement a frappé Palmyra.", lang="fr").events
    assert detector.tag("Un orage, un vrai bombardement de grêle sur Palmyra.", lang="fr").events == []


@pytest.mark.parametrize(
    ("lists", "message"),
    [
        ("  a: [\"@b\"]\n  b: [\"@a\"]\n", "includes itself"),
        ("  a: [x, \"@missing\"]\n", "unknown word list '@missing'"),
    ],
)
def test_a_bad_list_reference_is_an_error_naming_the_list(tmp_path: Path, lists: str, message: str) -> None:
    (tmp_path / "fr.yaml").write_text(f"version: 1\nlanguage: fr\nlists:\n{lists}", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_lexicons(tmp_path)
    assert message in str(error.value) and "lists.a" in str(error.value)
