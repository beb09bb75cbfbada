"""The bot process's ``/health``, ``/ready`` and ``/metrics`` (``NADHIR_BOT_PORT``).

Ready means: Redis answers and Telegram accepted the token (``getMe`` answered). A port in use is
logged and the bot runs on without the endpoints: they are a convenience, the bot's job is chats.
"""

from __future__ import annotations

import logging
from typing import Any

from config.settings import Settings
from nadhir.ops import metrics
from nadhir.ops.http import Check, CheckResult, OpsServer, redis_check

log = logging.getLogger("nadhir.ops")


def telegram_check(bot: Any) -> Check:
    async def check() -> CheckResult:
        username = getattr(bot, "username", None)
        if username is None:
            return False, "getMe has not answered yet"
        return True, f"signed in as @{username}"

    return check


async def start_bot_ops(settings: Settings, port: int, redis: Any, bot: Any) -> OpsServer | None:
    """Serve the bot's endpoints on ``port`` (0: not at all); None when not served."""
    if not port:
        return None
    server = OpsServer("bot", host=settings.host, port=port,
                       checks={"redis": redis_check(redis), "telegram": telegram_check(bot)})
    try:
        return await server.start()
    except OSError as error:
        metrics.OPS_ERRORS.labels("http").inc()
        log.warning("bot: /health /ready /metrics not served on %s:%s: %s", settings.host, port, error)
        await server.stop()
        return None
