"""`nadhir bot`: run the Telegram bot (long-polls getUpdates; subscriptions live in Redis).

Needs NADHIR_TELEGRAM_TOKEN and NADHIR_REDIS_URL. SIGTERM or Ctrl-C stops it cleanly: the poll
in flight is abandoned, the update being handled is finished, and the offset is confirmed.
"""

from __future__ import annotations

import argparse
import sys

HELP = "Run the Telegram bot: /subscribe, /list, /mute… in English and Arabic."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--poll-timeout", type=int, default=25, metavar="S",
                        help="long-poll timeout of getUpdates in seconds (default 25)")
    parser.add_argument("--metrics-port", type=int, default=None, metavar="PORT",
                        help="Prometheus metrics port (default NADHIR_BOT_PORT; 0 disables)")


def run(args: argparse.Namespace) -> int:
    import asyncio
    import logging
    import signal

    import redis.asyncio as redis_asyncio

    from alerts.bot import FatalBotError, TelegramBot
    from alerts.notify.telegram.client import TelegramClient, install_log_redaction
    from alerts.subscriptions.vocabulary import Places
    from config.settings import get_settings
    from nadhir.ops.bot import start_bot_ops

    settings = get_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_redaction()
    if settings.telegram_token is None or not settings.telegram_token.get_secret_value().strip():
        print("nadhir bot: NADHIR_TELEGRAM_TOKEN is not set", file=sys.stderr)
        return 2
    if settings.redis_url is None:
        print("nadhir bot: NADHIR_REDIS_URL is not set (run `nadhir up` for the embedded Redis)", file=sys.stderr)
        return 2
    places = Places.from_gazetteer_file(settings.gazetteer_file)
    metrics_port = settings.bot_port if args.metrics_port is None else args.metrics_port

    async def main() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        assert settings.telegram_token is not None and settings.redis_url is not None
        client = TelegramClient(settings.telegram_token, settings.telegram_api_base,
                                timeout_s=float(args.poll_timeout) + 15.0)
        redis = redis_asyncio.Redis.from_url(settings.redis_url)
        bot = TelegramBot(
            client, redis, prefix=settings.redis_prefix, places=places,
            lockdown=settings.telegram_lockdown, allowlist=settings.telegram_allowlist,
            admins=settings.telegram_admins, poll_timeout_s=args.poll_timeout,
        )
        ops = await start_bot_ops(settings, metrics_port, redis, bot)  # /health /ready /metrics (nadhir.ops)
        try:
            await bot.run(stop)
        except FatalBotError as error:
            print(f"nadhir bot: {error}", file=sys.stderr)
            return 2
        finally:
            if ops is not None:
                await ops.stop()
            await client.aclose()
            await redis.aclose()  # type: ignore[attr-defined]
        return 0

    return asyncio.run(main())
