"""`nadhir config check [PATH ...]`: validate configuration files; non-zero exit on any error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "validate rules, channels, gazetteer and lexicon files (default: the configured ones)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["check"])
    parser.add_argument("paths", nargs="*", type=Path, help="files to check (default: all configured files)")
    parser.add_argument("--kind", choices=["rules", "channels", "gazetteer", "lexicon"], default=None)


def run(args: argparse.Namespace) -> int:
    from config.check import check_file, configured_files
    from config.errors import ConfigError
    from config.settings import load_settings

    targets = [(path, args.kind) for path in args.paths] if args.paths else configured_files(load_settings())
    failed = 0
    for path, kind in targets:
        try:
            found = check_file(path, kind)
        except ConfigError as exc:
            failed += 1
            print(str(exc), file=sys.stderr)
        except ModuleNotFoundError as exc:
            failed += 1
            print(f"{path}: no validator installed for this kind ({exc.name})", file=sys.stderr)
        else:
            print(f"{path}: ok ({found})")
    return 1 if failed else 0
