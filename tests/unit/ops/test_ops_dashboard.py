"""The Grafana dashboard only queries metrics the code registers, and covers the ones operators need."""

from __future__ import annotations

import json
import re
from pathlib import Path

from nadhir.ops.metrics import registered_names

DASHBOARD = Path(__file__).resolve().parents[3] / "ops" / "grafana" / "nadhir-dashboard.json"
METRIC = re.compile(r"\bnadhir_[a-z0-9_]+\b")


def expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]


def test_every_expression_names_a_registered_metric() -> None:
    registered = registered_names()
    exprs = expressions()
    assert len(exprs) >= 20
    unknown = {name for expr in exprs for name in METRIC.findall(expr) if name not in registered}
    assert not unknown, f"the dashboard queries metrics no code registers: {sorted(unknown)}"


def test_the_dashboard_covers_the_operational_metrics() -> None:
    used = {name for expr in expressions() for name in METRIC.findall(expr)}
    for needed in ("nadhir_articles_received_total", "nadhir_articles_valid_total",
                   "nadhir_articles_dead_lettered_total", "nadhir_events_total", "nadhir_alerts_published_total",
                   "nadhir_deliveries_total", "nadhir_delivery_queue", "nadhir_delivery_dead_letters",
                   "nadhir_tag_latency_seconds_bucket", "nadhir_delivery_latency_seconds_bucket",
                   "nadhir_consumer_lag", "nadhir_ready", "nadhir_self_alert_firing"):
        assert needed in used, needed


def test_panel_ids_are_unique_and_grid_fits() -> None:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    assert all(panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24 for panel in dashboard["panels"])
