"""`nadhir dispatch`: deliver alerts from the `alerts` topic to webhooks and Telegram chats."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "deliver alerts to webhooks and Telegram: routed, silenced, grouped, signed, retried, recorded"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--channels", type=Path, default=None, help="channels YAML (default NADHIR_CHANNELS_FILE)")
    parser.add_argument("--group", default=None, help="consumer group (default <NADHIR_APP_ID>-dispatch)")
    parser.add_argument("--topic", default=None, help="alerts topic (default NADHIR_TOPIC_ALERTS)")


def setup_logging(level: str, secrets: list[str]) -> None:
    """Nadhir's log format (secret-shaped strings scrubbed), plus the exact secret values we hold."""
    import logging

    from alerts.dispatch.redact import SecretRedactor
    from nadhir.logging_setup import configure_logging

    configure_logging(level, "dispatch")
    for handler in logging.getLogger().handlers:
        handler.addFilter(SecretRedactor(secrets))
    # httpx logs every request's URL at INFO; a webhook URL may carry a token.
    for noisy in ("httpx", "httpcore", "aiokafka", "kafka"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))


def run(args: argparse.Namespace) -> int:
    import asyncio
    import signal

    from alerts.dispatch.service import secrets_of
    from config.channels import load_channels
    from config.settings import load_settings
    from nadhir.ops.dispatcher import serve_with_ops

    settings = load_settings()
    channels = load_channels(args.channels or settings.channels_file)
    setup_logging(settings.log_level, secrets_of(settings, channels))
    settings.bootstrap_servers  # noqa: B018 - fail early, with a clear message, when no broker is set

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await serve_with_ops(settings, channels, stop, group_id=args.group, topic=args.topic)

    asyncio.run(main())
    return 0
