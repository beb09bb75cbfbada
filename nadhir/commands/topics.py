"""`nadhir topics create|list`: Nadhir's topics with explicit partition counts."""

from __future__ import annotations

import argparse

HELP = "create Nadhir's topics (with the configured partition count) or list the broker's topics"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["create", "list"])
    parser.add_argument("--partitions", type=int, default=None, help="override NADHIR_PARTITIONS")


def run(args: argparse.Namespace) -> int:
    from config.settings import load_settings
    from nadhir.runtime.topics import create_topics, list_topics

    settings = load_settings()
    bootstrap = ",".join(settings.bootstrap_servers)
    if args.action == "create":
        partitions = args.partitions or settings.partitions
        created = create_topics(bootstrap, settings.all_topics(), partitions, settings.replication_factor)
        for name in settings.all_topics():
            print(f"{name}\t{'created' if name in created else 'exists'}")
        return 0
    for info in list_topics(bootstrap):
        print(f"{info.name}\t{info.partitions}")
    return 0
