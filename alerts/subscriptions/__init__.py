"""Who wants which alerts on Telegram: chats, their subscriptions, language, mute and approval.

``SubscriptionStore(redis, prefix).targets_for(alert)`` is what the dispatcher routes with; the
bot (``alerts.bot``) edits the same store.
"""

from alerts.subscriptions.store import ChatState, Subscription, SubscriptionStore, chat_scope

__all__ = ["ChatState", "Subscription", "SubscriptionStore", "chat_scope"]
