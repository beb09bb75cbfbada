"""The `nadhir` command: one entry point, one module per sub-command under `nadhir.commands`.

Each module defines ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``. Modules are
imported to build the parser, so they keep heavy imports (faust, matplotlib) inside ``run``:
`nadhir tag` must not pay for faust.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from config.errors import ConfigError

# name -> module; a module owns its arguments and its behaviour.
COMMANDS: dict[str, str] = {
    "up": "nadhir.commands.up",
    "demo": "nadhir.commands.demo",
    "topics": "nadhir.commands.topics",
    "config": "nadhir.commands.config_check",
    "worker": "nadhir.commands.worker",
    "dispatch": "nadhir.commands.dispatch",
    "bot": "nadhir.commands.bot",
    "tag": "nadhir.commands.tag",
    "ingest": "nadhir.commands.ingest",
    "replay": "nadhir.commands.replay",
    "deliveries": "nadhir.commands.deliveries",
    "silence": "nadhir.commands.silence",
    "status": "nadhir.commands.status",
    "bench": "nadhir.commands.bench",
}


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str, object]]:
    parser = argparse.ArgumentParser(prog="nadhir", description="Streaming alerts for surges of reported events.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules: dict[str, object] = {}
    for name, module_path in COMMANDS.items():
        try:
            module = importlib.import_module(module_path)
        except ModuleNotFoundError as exc:
            if exc.name != module_path:
                raise
            continue
        modules[name] = module
        command_parser = sub.add_parser(name, help=getattr(module, "HELP", ""), description=getattr(module, "HELP", ""))
        module.add_arguments(command_parser)
    return parser, modules


def main(argv: Sequence[str] | None = None) -> int:
    parser, modules = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    module = modules[args.command]
    try:
        code: int = module.run(args)  # type: ignore[attr-defined]
    except ConfigError as exc:
        print(f"nadhir {args.command}: configuration error:\n{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
