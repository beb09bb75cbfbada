"""`nadhir bot`: Telegram commands that edit subscriptions, in English and Arabic.

``/start``, ``/help``, ``/subscribe <category> [region] [min-severity]``,
``/unsubscribe [category [region]]``, ``/list``, ``/mute <duration>``, ``/unmute``,
``/lang ar|en``; for admins in lock-down mode ``/approve <chat_id>`` and ``/revoke <chat_id>``.
"""

from alerts.bot.bot import FatalBotError, TelegramBot

__all__ = ["FatalBotError", "TelegramBot"]
