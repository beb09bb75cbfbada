"""`nadhir deliveries list|dead|replay|disabled|enable`: inspect and re-send webhook/Telegram deliveries.

Shows channel names, never URLs or secrets (a webhook URL may embed a token).
"""

from __future__ import annotations

import argparse

HELP = "show deliveries and dead letters, replay them (same webhook-id), list/re-enable disabled endpoints"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help="recent deliveries, newest first")
    listing.add_argument("--status", default=None,
                         choices=["pending", "sending", "retrying", "delivered", "dead", "dropped"])
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    dead = sub.add_parser("dead", help="dead letters (retries exhausted, refused, or endpoint disabled)")
    dead.add_argument("--limit", type=int, default=200)
    dead.add_argument("--json", action="store_true")
    replay = sub.add_parser("replay", help="schedule dead letters again (a running dispatcher sends them)")
    replay.add_argument("id", nargs="?")
    replay.add_argument("--all", action="store_true", help="every dead letter")
    sub.add_parser("disabled", help="endpoints disabled by HTTP 410")
    enable = sub.add_parser("enable", help="re-enable a disabled endpoint")
    enable.add_argument("channel")


def _row(delivery: object) -> dict[str, object]:
    from datetime import UTC, datetime

    from alerts.deliveries.store import Delivery

    assert isinstance(delivery, Delivery)

    def stamp(value: float | None) -> str | None:
        return None if value is None else datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    notifications = []
    for raw in delivery.alert_json:
        try:
            from alerts.model import Alert

            notifications.append(Alert.from_json_bytes(raw).notification_id)
        except ValueError:
            notifications.append("?")
    return {
        "id": delivery.id, "kind": delivery.target.kind, "channel": delivery.target.channel,
        "address": delivery.target.address if delivery.target.kind != "webhook" else delivery.target.channel,
        "status": delivery.status, "attempts": delivery.attempts, "alerts": delivery.size,
        "notifications": notifications, "last_error": delivery.last_error,
        "last_status_code": delivery.last_status_code, "created_at": stamp(delivery.created_at),
        "updated_at": stamp(delivery.updated_at), "next_attempt_at": stamp(delivery.next_attempt_at),
        "delivered_at": stamp(delivery.delivered_at), "replays": delivery.replays,
    }


def run(args: argparse.Namespace) -> int:
    import asyncio
    import json
    import sys

    import redis.asyncio as aioredis
    from rich.console import Console
    from rich.table import Table

    from alerts.deliveries.store import DeliveryStore
    from config.errors import ConfigError
    from config.settings import load_settings

    settings = load_settings()
    if settings.redis_url is None:
        raise ConfigError.single("NADHIR_REDIS_URL", "not set; deliveries live in Redis")
    console = Console()

    def show(rows: list[dict[str, object]], as_json: bool) -> None:
        if as_json:
            for row in rows:
                print(json.dumps(row, ensure_ascii=False))
            return
        table = Table("id", "channel", "to", "status", "tries", "alerts", "last error", "updated", "next")
        for row in rows:
            table.add_row(*(str(row[k] if row[k] is not None else "") for k in (
                "id", "channel", "address", "status", "attempts", "alerts", "last_error", "updated_at",
                "next_attempt_at")))
        console.print(table)

    async def main() -> int:
        redis: aioredis.Redis[bytes] = aioredis.Redis.from_url(settings.redis_url or "")
        store = DeliveryStore(redis, settings.redis_prefix, retention_s=settings.dedupe_horizon_s)
        try:
            if args.action == "list":
                show([_row(d) for d in await store.recent(args.limit, args.status)], args.json)
            elif args.action == "dead":
                show([_row(d) for d in await store.dead(args.limit)], args.json)
            elif args.action == "replay":
                if args.all:
                    print(f"{await store.replay_all()} dead letter(s) scheduled again")
                elif args.id:
                    result = await store.replay(args.id)
                    if result != 1:
                        reason = "no such delivery" if result == 0 else "it is not a dead letter"
                        print(f"nadhir deliveries: cannot replay {args.id}: {reason}", file=sys.stderr)
                        return 1
                    print(f"{args.id} scheduled again")
                else:
                    print("nadhir deliveries replay: give an ID or --all", file=sys.stderr)
                    return 2
            elif args.action == "disabled":
                table = Table("channel", "why")
                for channel, why in sorted((await store.disabled()).items()):
                    table.add_row(channel, why)
                console.print(table)
            elif args.action == "enable":
                if not await store.enable(args.channel):
                    print(f"nadhir deliveries: {args.channel} was not disabled", file=sys.stderr)
                    return 1
                print(f"{args.channel} enabled; `nadhir deliveries replay --all` re-sends its dead letters")
            return 0
        finally:
            await redis.aclose()  # type: ignore[attr-defined]

    return asyncio.run(main())
