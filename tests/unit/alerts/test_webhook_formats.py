"""Webhook bodies: nadhir, Alertmanager v4 and CloudEvents 1.0; signatures checked by standardwebhooks."""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from alerts.model import Alert
from alerts.notify.webhook import render, signed_headers
from alerts.notify.webhook.formats import ALERTMANAGER_ZERO_TIME
from tests.support.webhook_receiver import sample_alert

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def test_nadhir_body_round_trips_alerts():
    alerts = [sample_alert(), sample_alert(region="Idlib", status="resolved")]
    body, content_type = render("nadhir", alerts, "msg_1", "ops")
    document = json.loads(body)
    assert content_type == "application/json"
    assert document["format"] == "nadhir.alerts" and document["version"] == 1
    assert document["delivery_id"] == "msg_1" and document["status"] == "firing"
    assert [Alert.model_validate(a) for a in document["alerts"]] == alerts


def test_alertmanager_v4_payload_shape():
    firing = sample_alert(labels={"team": "newsroom"})
    resolved = sample_alert(region="Idlib", status="resolved")
    document = json.loads(render("alertmanager", [firing, resolved], "msg_2", "am")[0])
    # The fields Alertmanager's webhook receiver (template.Data + version/groupKey) documents.
    assert set(document) == {"version", "groupKey", "truncatedAlerts", "status", "receiver", "groupLabels",
                             "commonLabels", "commonAnnotations", "externalURL", "alerts"}
    assert document["version"] == "4" and document["receiver"] == "am" and document["status"] == "firing"
    assert isinstance(document["truncatedAlerts"], int) and isinstance(document["groupKey"], str)
    for item in document["alerts"]:
        assert set(item) == {"status", "labels", "annotations", "startsAt", "endsAt", "generatorURL",
                             "fingerprint"}
        assert item["status"] in ("firing", "resolved")
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in item["labels"].items())
        assert all(isinstance(v, str) for v in item["annotations"].values())
        assert RFC3339.match(item["startsAt"]) and RFC3339.match(item["endsAt"])
        assert item["labels"]["alertname"] == "airstrike-surge"
    first, second = document["alerts"]
    assert first["endsAt"] == ALERTMANAGER_ZERO_TIME and first["labels"]["team"] == "newsroom"
    assert second["endsAt"] != ALERTMANAGER_ZERO_TIME
    assert document["commonLabels"]["category"] == "airstrike" and "region" not in document["commonLabels"]


def _valid_cloudevent(event: dict) -> None:
    """CloudEvents 1.0 core rules (spec.md: required attributes, naming, types)."""
    for required in ("id", "source", "specversion", "type"):
        assert isinstance(event.get(required), str) and event[required], required
    assert event["specversion"] == "1.0"
    assert all(re.fullmatch(r"[a-z0-9]{1,20}", name) for name in event if name != "data")
    datetime.fromisoformat(event["time"].replace("Z", "+00:00"))
    assert RFC3339.match(event["time"])
    assert event["datacontenttype"] == "application/json"


def test_cloudevents_structured_and_batch():
    single, content_type = render("cloudevents", [sample_alert()], "msg_3", "ce")
    assert content_type.startswith("application/cloudevents+json")
    event = json.loads(single)
    _valid_cloudevent(event)
    assert event["type"] == "org.nadhir.alert.v1.firing" and event["source"] == "/nadhir/rules/airstrike-surge"
    assert Alert.model_validate(event["data"]) == sample_alert()
    batch, content_type = render("cloudevents", [sample_alert(), sample_alert(region="Homs")], "msg_4", "ce")
    assert content_type.startswith("application/cloudevents-batch+json")
    events = json.loads(batch)
    assert isinstance(events, list) and len(events) == 2
    for event in events:
        _valid_cloudevent(event)
    assert len({(e["source"], e["id"]) for e in events}) == 2  # source+id unique per event


def test_unknown_format_and_empty_group_are_errors():
    with pytest.raises(ValueError):
        render("slack", [sample_alert()], "m", "c")
    with pytest.raises(ValueError):
        render("nadhir", [], "m", "c")


def test_signature_verifies_with_standardwebhooks_library():
    key = b"s" * 32
    secret = "whsec_" + base64.b64encode(key).decode()
    body, _ = render("nadhir", [sample_alert()], "msg_sig", "ops")
    headers = signed_headers(key, "msg_sig", body)
    assert Webhook(secret).verify(body, headers)["delivery_id"] == "msg_sig"
    with pytest.raises(WebhookVerificationError):
        Webhook("whsec_" + base64.b64encode(b"x" * 32).decode()).verify(body, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body + b" ", headers)
    assert set(headers) == {"webhook-id", "webhook-timestamp", "webhook-signature"}
