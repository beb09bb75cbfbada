"""Validate any of Nadhir's configuration files, guessing its kind from its content.

Each kind maps to the loader of the module that owns its schema; the loaders raise
`ConfigError` naming the file, the line and the field, and this module only collects them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from config.errors import ConfigError
from config.settings import Settings
from config.yaml_loader import read_yaml_file

# kind -> (module, loader function name, top-level keys that identify the kind)
KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "rules": ("config.rules", "load_rules", ("rules",)),
    "channels": ("config.channels", "load_channels", ("channels", "webhooks")),
    "gazetteer": ("config.gazetteer", "load_gazetteer", ("countries", "regions", "places")),
    "lexicon": ("config.lexicons", "load_lexicon", ("categories", "terms", "language")),
}


def _loader(kind: str) -> Callable[[Path], Any]:
    module_name, function_name, _keys = KINDS[kind]
    module = importlib.import_module(module_name)
    loader: Callable[[Path], Any] = getattr(module, function_name)
    return loader


def guess_kind(path: Path) -> str:
    if path.is_dir():
        return "lexicon"
    located = read_yaml_file(path)
    if isinstance(located.data, dict):
        for kind, (_module, _function, keys) in KINDS.items():
            if any(key in located.data for key in keys):
                return kind
    raise ConfigError.single(str(path), "cannot tell what kind of file this is; pass --kind " + "|".join(KINDS))


def check_file(path: Path, kind: str | None = None) -> str:
    """Validate one file (or a lexicon directory); returns its kind, raises ConfigError."""
    chosen = kind or guess_kind(path)
    if chosen == "lexicon" and path.is_dir():
        for file in sorted(path.glob("*.y*ml")):
            _loader("lexicon")(file)
        return chosen
    _loader(chosen)(path)
    return chosen


def configured_files(settings: Settings) -> list[tuple[Path, str]]:
    """Every configuration file the current settings point at, with its kind."""
    files = [
        (settings.rules_file, "rules"),
        (settings.channels_file, "channels"),
        (settings.gazetteer_file, "gazetteer"),
    ]
    files += [(path, "lexicon") for path in sorted(settings.lexicon_dir.glob("*.y*ml"))]
    return files
