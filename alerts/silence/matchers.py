"""Label matchers over alerts, as in Alertmanager: ``category=airstrike,region=Hama``.

Reusable by anything that mutes alerts (silences here, a Telegram chat's mute). A matcher names
an alert field (``category``, ``region``, ``country``, ``severity``, ``status``, ``rule``,
``rule_type``, ``key``) or a label (``labels.<name>`` or just ``<name>`` when it is not a field)
and compares with ``=``, ``!=``, ``=~`` (full regular-expression match) or ``!~``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from alerts.model import Alert

Operator = Literal["=", "!=", "=~", "!~"]
ALERT_FIELDS = ("category", "region", "country", "severity", "status", "rule", "rule_type", "key")
_MATCHER = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$")


class MatcherError(ValueError):
    """A matcher expression that cannot be parsed; the message names it."""


@dataclass(frozen=True)
class Matcher:
    name: str
    operator: Operator
    value: str

    def __post_init__(self) -> None:
        if self.operator in ("=~", "!~"):
            try:
                re.compile(self.value)
            except re.error as exc:
                raise MatcherError(f"{self}: bad regular expression: {exc}") from None

    def __str__(self) -> str:
        return f"{self.name}{self.operator}{self.value}"

    def matches(self, alert: Alert) -> bool:
        actual = field_value(alert, self.name)
        if self.operator == "=":
            return actual == self.value
        if self.operator == "!=":
            return actual != self.value
        found = re.fullmatch(self.value, actual) is not None
        return found if self.operator == "=~" else not found


def field_value(alert: Alert, name: str) -> str:
    """The alert's value for a matcher name ('' when absent, as Alertmanager treats labels)."""
    if name in ALERT_FIELDS:
        value = getattr(alert, name)
        return "" if value is None else str(value)
    label = name.removeprefix("labels.")
    return alert.labels.get(label, "")


def parse_matchers(text: str) -> list[Matcher]:
    """Parse ``name=value,name!=value,...``; MatcherError names the part at fault."""
    matchers: list[Matcher] = []
    for part in text.split(","):
        if not part.strip():
            continue
        found = _MATCHER.match(part)
        if found is None:
            raise MatcherError(f"cannot parse matcher {part.strip()!r}; expected name=value")
        name, operator, value = found.groups()
        matchers.append(Matcher(name=name, operator=operator, value=value))  # type: ignore[arg-type]
    if not matchers:
        raise MatcherError("no matchers given; expected e.g. category=airstrike,region=Hama")
    return matchers


def all_match(matchers: Iterable[Matcher], alert: Alert) -> bool:
    """True when every matcher matches (an empty list matches nothing, so it cannot mute all)."""
    listed = list(matchers)
    return bool(listed) and all(matcher.matches(alert) for matcher in listed)
