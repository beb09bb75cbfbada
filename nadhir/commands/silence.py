"""`nadhir silence add|list|expire`: mute alerts matching label matchers for a while."""

from __future__ import annotations

import argparse
import re
from datetime import timedelta

HELP = "silence alerts: add --match category=airstrike,region=Hama --for 4h | list | expire ID"

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> timedelta:
    """``90s``, ``15m``, ``4h``, ``2d``, ``1w`` (also combined: ``1h30m``)."""
    total = 0.0
    rest = text.strip().lower()
    if not rest:
        raise argparse.ArgumentTypeError("empty duration")
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)([smhdw])", rest):
        total += float(amount) * _UNITS[unit]
    if re.sub(r"(\d+(?:\.\d+)?)([smhdw])", "", rest) or total <= 0:
        raise argparse.ArgumentTypeError(f"bad duration {text!r}; use e.g. 30m, 4h, 2d")
    return timedelta(seconds=total)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="add a silence")
    add.add_argument("--match", required=True, help="matchers, e.g. category=airstrike,region=Hama")
    add.add_argument("--for", dest="duration", required=True, type=parse_duration, help="e.g. 30m, 4h, 2d")
    add.add_argument("--comment", default="")
    add.add_argument("--by", default="", help="who adds it")
    add.add_argument("--scope", default=None, help="only this channel or target key (default: all)")
    listing = sub.add_parser("list", help="list active silences")
    listing.add_argument("--all", action="store_true", help="include silences that ended in the last day")
    expire = sub.add_parser("expire", help="end a silence now")
    expire.add_argument("id")


def run(args: argparse.Namespace) -> int:
    import asyncio
    import sys

    import redis.asyncio as aioredis
    from rich.console import Console
    from rich.table import Table

    from alerts.silence import MatcherError, SilenceStore
    from config.errors import ConfigError
    from config.settings import load_settings

    settings = load_settings()
    if settings.redis_url is None:
        raise ConfigError.single("NADHIR_REDIS_URL", "not set; silences live in Redis")
    console = Console()

    async def main() -> int:
        redis: aioredis.Redis[bytes] = aioredis.Redis.from_url(settings.redis_url or "")
        store = SilenceStore(redis, settings.redis_prefix)
        try:
            if args.action == "add":
                try:
                    silence = await store.add(args.match, args.duration, comment=args.comment,
                                              created_by=args.by, scope=args.scope)
                except MatcherError as exc:
                    print(f"nadhir silence: {exc}", file=sys.stderr)
                    return 2
                print(silence.id)
                return 0
            if args.action == "expire":
                ended = await store.expire(args.id)
                if ended is None:
                    print(f"nadhir silence: no silence {args.id!r}", file=sys.stderr)
                    return 1
                print(f"{ended.id} expired")
                return 0
            silences = await store.silences(include_expired=args.all)
            table = Table("id", "matchers", "scope", "starts", "ends", "by", "comment")
            for s in silences:
                table.add_row(s.id, ",".join(s.matchers), s.scope or "all", f"{s.starts_at:%Y-%m-%d %H:%M}",
                              f"{s.ends_at:%Y-%m-%d %H:%M}", s.created_by, s.comment)
            console.print(table)
            return 0
        finally:
            await redis.aclose()  # type: ignore[attr-defined]

    return asyncio.run(main())
