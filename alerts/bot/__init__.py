"""`nadhir bot`: Telegram commands that edit subscriptions, in English and Arabic.

``/start``, ``/help``, ``/subscribe <category> [region] [min-severity]``,
``/unsubscribe [category [region]]``, ``/list``, ``/mute <duration>``, ``/unmute``,
``/silence <category> [region] <duration> [comment]``, ``/silences``, ``/unsilence <id>``,
``/lang ar|en``; for admins in lock-down mode ``/approve <chat_id>`` and ``/revoke <chat_id>``.

``/silence`` creates a :class:`~alerts.silence.Silence` scoped to the chat's target
(``telegram:telegram:<chat_id>``), so it mutes matching alerts for that chat only; the
dispatcher applies it like any other silence, and ``nadhir silence list`` shows it.
"""

from alerts.bot.bot import FatalBotError, TelegramBot

__all__ = ["FatalBotError", "TelegramBot"]
