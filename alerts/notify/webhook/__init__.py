"""Webhook channel: signed (Standard Webhooks) JSON POSTs in nadhir, alertmanager or cloudevents format."""

from alerts.notify.webhook.formats import render
from alerts.notify.webhook.notifier import WebhookNotifier, outcome_for_status, parse_retry_after
from alerts.notify.webhook.signing import sign, signed_headers

__all__ = ["WebhookNotifier", "outcome_for_status", "parse_retry_after", "render", "sign", "signed_headers"]
