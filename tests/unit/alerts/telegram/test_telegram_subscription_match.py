"""Which alerts a subscription wants: category, region or country, minimum severity."""

from __future__ import annotations

from datetime import UTC, datetime

from alerts.model import Alert
from alerts.subscriptions import Subscription

MOMENT = datetime(2024, 5, 1, tzinfo=UTC)


def alert(category: str = "airstrike", region: str | None = "Hama", country: str | None = "Syria",
          severity: str = "warning") -> Alert:
    return Alert.model_validate(dict(
        id="x", status="firing", rule="r", rule_type="threshold", category=category, region=region,
        country=country, key="k", metric="articles", value=1, threshold=1, severity=severity,
        window_start=MOMENT, window_end=MOMENT, event_time=MOMENT, emitted_at=MOMENT,
    ))


def test_matching() -> None:
    assert Subscription("airstrike").matches(alert())
    assert not Subscription("shelling").matches(alert())
    assert Subscription("airstrike", "hama").matches(alert())
    assert Subscription("airstrike", "Syria").matches(alert())  # a country covers its regions
    assert Subscription("airstrike", "Syria").matches(alert(region=None))
    assert not Subscription("airstrike", "Hama").matches(alert(region=None))  # country-wide alert
    assert not Subscription("airstrike", "Aleppo").matches(alert())
    assert Subscription("airstrike", None, "warning").matches(alert(severity="critical"))
    assert not Subscription("airstrike", None, "critical").matches(alert(severity="warning"))
