"""Webhook bodies. One delivery carries a group of alerts (usually one) in one of three formats.

``nadhir`` (default, ``application/json``)::

    {"format": "nadhir.alerts", "version": 1, "delivery_id": "msg_…", "channel": "ops",
     "status": "firing",            # "firing" if any alert in the group fires, else "resolved"
     "alerts": [<alerts.model.Alert as JSON, schema alerts/schema/alert.v1.json>, ...]}

``alertmanager``: Prometheus Alertmanager's webhook payload, version 4 (``alertname`` = the rule,
the alert's fields and labels as labels; summary/description/value/threshold as annotations;
``endsAt`` is ``0001-01-01T00:00:00Z`` while firing, as Alertmanager sends).

``cloudevents``: CloudEvents 1.0 JSON, structured mode (``application/cloudevents+json``) for
one alert, batch mode (``application/cloudevents-batch+json``, an array) for a group; ``type``
is ``org.nadhir.alert.v1.firing`` or ``…resolved``, ``data`` the alert.

Bodies are deterministic for a delivery (no send time inside), so every retry sends the same
bytes under the same ``webhook-id``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from alerts.model import Alert

ALERTMANAGER_ZERO_TIME = "0001-01-01T00:00:00Z"
CLOUDEVENTS_TYPE = "org.nadhir.alert.v1"
ALERT_SCHEMA_URI = "https://nadhir.invalid/schema/alert.v1.json"


def _rfc3339(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _dumps(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def group_status(alerts: Sequence[Alert]) -> str:
    return "firing" if any(alert.status == "firing" for alert in alerts) else "resolved"


def nadhir_body(alerts: Sequence[Alert], delivery_id: str, channel: str) -> bytes:
    # Alerts serialised by pydantic (in Rust) and spliced in: json.dumps over model_dump() costs
    # several times more, and this runs once per delivery.
    head = _dumps({"format": "nadhir.alerts", "version": 1, "delivery_id": delivery_id, "channel": channel,
                   "status": group_status(alerts)})
    return head[:-1] + b',"alerts":[' + b",".join(alert.to_json_bytes() for alert in alerts) + b"]}"


def alertmanager_labels(alert: Alert) -> dict[str, str]:
    labels = {str(k): str(v) for k, v in alert.labels.items()}
    labels.update({"alertname": alert.rule, "category": alert.category, "severity": alert.severity,
                   "key": alert.key, "rule_type": alert.rule_type})
    if alert.region is not None:
        labels["region"] = alert.region
    if alert.country is not None:
        labels["country"] = alert.country
    return labels


def _summary(alert: Alert) -> str:
    where = alert.region or alert.country or "all places"
    return f"{alert.category} in {where}: {alert.value:g} {alert.metric} (threshold {alert.threshold:g})"


def alertmanager_alert(alert: Alert) -> dict[str, Any]:
    annotations = {
        "summary": _summary(alert),
        "description": f"Rule {alert.rule} ({alert.rule_type}) over the window "
                       f"{_rfc3339(alert.window_start)} to {_rfc3339(alert.window_end)}.",
        "value": f"{alert.value:g}",
        "threshold": f"{alert.threshold:g}",
    }
    evidence_urls = [item.url for item in alert.evidence if item.url]
    if evidence_urls:
        annotations["evidence"] = " ".join(evidence_urls[:10])
    return {
        "status": alert.status,
        "labels": alertmanager_labels(alert),
        "annotations": annotations,
        "startsAt": _rfc3339(alert.window_start if alert.status == "resolved" else alert.event_time),
        "endsAt": _rfc3339(alert.event_time) if alert.status == "resolved" else ALERTMANAGER_ZERO_TIME,
        "generatorURL": "",
        "fingerprint": alert.id[:16],
    }


def _common(dicts: list[dict[str, str]]) -> dict[str, str]:
    if not dicts:
        return {}
    common = dict(dicts[0])
    for other in dicts[1:]:
        common = {k: v for k, v in common.items() if other.get(k) == v}
    return common


def alertmanager_body(alerts: Sequence[Alert], delivery_id: str, channel: str) -> bytes:
    rendered = [alertmanager_alert(alert) for alert in alerts]
    return _dumps({
        "version": "4",
        "groupKey": f'{{}}:{{receiver="{channel}",delivery="{delivery_id}"}}',
        "truncatedAlerts": 0,
        "status": group_status(alerts),
        "receiver": channel,
        "groupLabels": {},
        "commonLabels": _common([item["labels"] for item in rendered]),
        "commonAnnotations": _common([item["annotations"] for item in rendered]),
        "externalURL": "",
        "alerts": rendered,
    })


def cloudevent(alert: Alert) -> dict[str, Any]:
    """One CloudEvent (structured mode) carrying the alert as ``data``."""
    return {
        "specversion": "1.0",
        "id": alert.notification_id,
        "source": f"/nadhir/rules/{alert.rule}",
        "type": f"{CLOUDEVENTS_TYPE}.{alert.status}",
        "subject": alert.key,
        "time": _rfc3339(alert.emitted_at),
        "datacontenttype": "application/json",
        "dataschema": ALERT_SCHEMA_URI,
        "data": alert.model_dump(mode="json"),
    }


def render(fmt: str, alerts: Sequence[Alert], delivery_id: str, channel: str) -> tuple[bytes, str]:
    """The body and its content type for ``fmt`` (``nadhir``, ``alertmanager``, ``cloudevents``)."""
    if not alerts:
        raise ValueError("a delivery needs at least one alert")
    if fmt == "nadhir":
        return nadhir_body(alerts, delivery_id, channel), "application/json"
    if fmt == "alertmanager":
        return alertmanager_body(alerts, delivery_id, channel), "application/json"
    if fmt == "cloudevents":
        if len(alerts) == 1:
            return _dumps(cloudevent(alerts[0])), "application/cloudevents+json; charset=utf-8"
        return _dumps([cloudevent(alert) for alert in alerts]), "application/cloudevents-batch+json; charset=utf-8"
    raise ValueError(f"unknown webhook format {fmt!r}")
