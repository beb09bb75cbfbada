"""Prometheus counters of the alert path (exposed over HTTP by whoever serves /metrics).

They live in prometheus-client's default registry, so ``prometheus_client.generate_latest()``
includes them. Labels are bounded: channel names come from channels.yaml (plus ``telegram``).
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge

DELIVERIES = Counter(
    "nadhir_deliveries_total",
    "Delivery attempts by channel and outcome "
    "(delivered, retry, dead, disabled, dropped, breaker_open).",
    ["channel", "outcome"],
)
ALERTS_CONSUMED = Counter("nadhir_dispatch_alerts_total", "Alerts read from the alerts topic.")
ALERTS_INVALID = Counter("nadhir_dispatch_invalid_total", "Records on the alerts topic that are not valid alerts.")
ALERTS_SUPPRESSED = Counter(
    "nadhir_dispatch_suppressed_total", "Notifications not sent, by reason (silenced, inhibited, duplicate).",
    ["reason"],
)
NOTIFICATIONS_RECORDED = Counter(
    "nadhir_dispatch_recorded_total", "Notifications recorded for delivery, by channel.", ["channel"]
)
DISPATCH_ERRORS = Counter("nadhir_dispatch_errors_total", "Unexpected errors, by stage.", ["stage"])
IN_FLIGHT = Gauge("nadhir_deliveries_in_flight", "Delivery attempts in progress, by channel.", ["channel"])
