"""Telegram delivery: Bot API client, HTML rendering, and the notifier the dispatcher calls."""

from alerts.notify.telegram.client import (
    TelegramAPIError,
    TelegramClient,
    TelegramError,
    TelegramTransportError,
)
from alerts.notify.telegram.notifier import TelegramNotifier, chat_limits
from alerts.notify.telegram.render import render_alerts

__all__ = [
    "TelegramAPIError",
    "TelegramClient",
    "TelegramError",
    "TelegramNotifier",
    "TelegramTransportError",
    "chat_limits",
    "render_alerts",
]
