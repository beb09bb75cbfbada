"""Which configured channels want an alert: category, region, country, severity and status filters.

Pure functions over the alert and channels.yaml; Telegram chats are routed by their own
subscriptions (``alerts.subscriptions``), not here. Ops alerts (Nadhir's own, label ``ops=true``)
go to ``ops: true`` channels only, and ops channels receive nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable

from alerts.model import SEVERITY_ORDER, Alert
from alerts.notify.base import Target
from config.channels import ChannelFilter, WebhookChannel

WEBHOOK_KIND = "webhook"


def is_ops_alert(alert: Alert) -> bool:
    """Nadhir's self-alerts carry the label ``ops=true``."""
    return alert.labels.get("ops", "").lower() == "true"


def filter_matches(match: ChannelFilter, alert: Alert) -> bool:
    """True when the alert passes every filter of the channel (empty filters pass all)."""
    if alert.status not in match.statuses:
        return False
    if SEVERITY_ORDER[alert.severity] < SEVERITY_ORDER[match.min_severity]:
        return False
    if match.categories and alert.category not in match.categories:
        return False
    if match.regions and alert.region not in match.regions:
        return False
    return not (match.countries and alert.country not in match.countries)


def webhook_target(name: str) -> Target:
    return Target(kind=WEBHOOK_KIND, channel=name, address=name)


def webhook_targets(channels: Iterable[WebhookChannel], alert: Alert) -> list[Target]:
    """The webhook targets whose filters match ``alert``."""
    ops = is_ops_alert(alert)
    return [
        webhook_target(channel.name)
        for channel in channels
        if channel.config.ops == ops and filter_matches(channel.config.match, alert)
    ]
