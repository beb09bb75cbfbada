"""Schema and loader of the alert rules (``rules.yaml``), in the spirit of ElastAlert2.

A rule type is a class; its ``type:`` key in YAML is the class's ``TYPE`` name (``threshold``,
``spike``) and its docstring is its manual. Options shared by every type live in `RuleBase`.

```yaml
version: 1
rules:
  - name: airstrikes-per-region
    type: threshold
    categories: [airstrike]
    key: category+region
    metric: articles
    window: 6h
    hop: 15m
    threshold: 5
    cooldown: 1h
```

Durations are an integer of seconds or a string like ``90s``, ``15m``, ``6h``, ``2d``.

Bounds (a rules file past them fails to load, naming file, line and field): ``window``, ``hop``
and ``cooldown`` are at most 30 days (``30d``, `MAX_WINDOW_S`, `MAX_HOP_S`, `MAX_COOLDOWN_S`);
``hop`` is at most ``window``. The Redis TTLs of window buckets and resolved episodes grow
with them (cooldown + window x (baseline windows + 2)); unbounded, they overflow Redis' EXPIRE.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from config.yaml_loader import load_model

DEFAULT_RULES_FILE = Path(__file__).resolve().parent / "defaults" / "rules.yaml"

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw]?)\s*$")

Severity = Literal["info", "warning", "critical"]
Metric = Literal["articles", "reported"]
KeyKind = Literal["category+region", "category+country", "category"]
_DEFAULT_SEVERITY: dict[Severity, float] = {"warning": 1.0, "critical": 2.0}

#: Longest ``window`` (30 days): window buckets and resolved episodes are kept in Redis for
#: multiples of it.
MAX_WINDOW_S = 30 * 86400
#: Longest ``hop``; a hop is also never longer than its rule's window.
MAX_HOP_S = MAX_WINDOW_S
#: Longest ``cooldown`` (30 days): a resolved episode is kept in Redis at least this long.
MAX_COOLDOWN_S = 30 * 86400


def parse_duration(value: Any) -> int:
    """Seconds from ``90``, ``"90s"``, ``"15m"``, ``"6h"``, ``"2d"`` or ``"1w"``."""
    if isinstance(value, bool):
        raise ValueError("expected a duration like 15m, 6h or a number of seconds")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match:
            return int(match.group(1)) * _UNITS[match.group(2) or "s"]
    raise ValueError(f"expected a duration like 15m, 6h or a number of seconds, got {value!r}")


def _at_most(maximum_s: int) -> AfterValidator:
    """A duration check: refuse more than ``maximum_s`` seconds, saying the limit in days."""

    def check(seconds: int) -> int:
        if seconds > maximum_s:
            raise ValueError(f"must be at most {maximum_s // 86400}d ({maximum_s}s), got {seconds}s")
        return seconds

    return AfterValidator(check)


Duration = Annotated[int, BeforeValidator(parse_duration), Field(ge=0)]


class RuleBase(BaseModel):
    """Options every rule type accepts.

    - ``name``: unique; part of every alert id and Redis key of the rule.
    - ``metric``: ``articles`` counts distinct articles; ``reported`` sums the counts the articles
      report (one value per article: the largest count it gives for the key; an article that
      reports the event without a number counts 1).
    - ``key``: what is counted separately: ``category+region`` (events without a region are not
      counted), ``category+country`` (events without a country are not counted) or ``category``.
    - ``window`` / ``hop``: hopping event-time windows of ``window`` length starting every
      ``hop``; ``window`` must be a multiple of ``hop`` (so ``hop`` is at most ``window``), at
      most 2000 hops long, and both are at most 30 days (`MAX_WINDOW_S`, `MAX_HOP_S`).
    - filters ``categories``, ``regions``, ``countries``, ``languages``, ``sources``: when given,
      only events whose value is in the list are counted (regions and countries as the detection
      engine names them).
    - ``cooldown``: after an alert for a key resolves, a new crossing within this event time is
      not alerted (ElastAlert2's ``realert``); at most 30 days (`MAX_COOLDOWN_S`).
    - ``severity``: level -> how far past the trigger the metric must be for that level (1.0 = at
      the trigger); the highest level reached wins.
    - ``evidence_articles``: how many top articles an alert carries.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
    TYPE: ClassVar[str] = ""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
    description: str = ""
    metric: Metric = "articles"
    key: KeyKind = "category+region"
    window: Annotated[Duration, _at_most(MAX_WINDOW_S)]
    hop: Annotated[Duration, _at_most(MAX_HOP_S)] = 900
    categories: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    cooldown: Annotated[Duration, _at_most(MAX_COOLDOWN_S)] = 0
    severity: dict[Severity, float] = Field(default_factory=lambda: dict(_DEFAULT_SEVERITY))
    evidence_articles: int = Field(default=5, ge=0, le=50)
    labels: dict[str, str] = Field(default_factory=dict)

    @field_validator("hop")
    @classmethod
    def _hop_within_window(cls, hop: int, info: ValidationInfo) -> int:
        window = info.data.get("window")  # absent when the window itself was refused
        if window is not None and hop > window:
            raise ValueError(f"hop ({hop}s) must be at most the window ({window}s)")
        return hop

    @model_validator(mode="after")
    def _window_of_hops(self) -> RuleBase:
        if self.hop <= 0:
            raise ValueError("hop must be positive")
        if self.window <= 0 or self.window % self.hop:
            raise ValueError(f"window ({self.window}s) must be a positive multiple of hop ({self.hop}s)")
        if self.window // self.hop > 2000:
            raise ValueError("window / hop must be at most 2000 buckets")
        if not self.severity or any(value <= 0 for value in self.severity.values()):
            raise ValueError("severity needs at least one level with a positive factor")
        return self

    @property
    def window_buckets(self) -> int:
        """How many hops one window spans."""
        return self.window // self.hop

    @property
    def history_windows(self) -> int:
        """How many windows before the current one the decision reads (spike baselines)."""
        return 0

    def matches(self, *, category: str, region: str | None, country: str | None, lang: str | None,
                source: str | None) -> bool:
        """True when an event passes every filter of this rule."""
        checks = (
            (self.categories, category),
            (self.regions, region),
            (self.countries, country),
            (self.languages, lang),
            (self.sources, source),
        )
        return all(not allowed or value in allowed for allowed, value in checks)

    def key_of(self, category: str, region: str | None, country: str | None) -> str | None:
        """The aggregation key of an event, or None when the event lacks the key's parts."""
        if self.key == "category":
            return category
        part = region if self.key == "category+region" else country
        return None if part is None else f"{category}|{part}"

    def severity_for(self, factor: float) -> Severity:
        """The highest level whose factor is reached (the lowest level when none is)."""
        ordered = sorted(self.severity.items(), key=lambda item: item[1])
        chosen: Severity = ordered[0][0]
        for level, minimum in ordered:
            if factor >= minimum:
                chosen = level
        return chosen


class Threshold(RuleBase):
    """``type: threshold`` — the metric for a key within one window reaches ``threshold``.

    Fires once per surge: the first window (by start) that reaches the threshold names the
    alert; while later windows stay at or above it nothing new is sent. When the watermark has
    passed a later window whose metric is below the threshold, the same alert is sent again
    with ``status: resolved``. Severity factor: metric / threshold.

    Options: ``threshold`` (> 0), plus the common ones.
    """

    TYPE: ClassVar[str] = "threshold"
    type: Literal["threshold"]
    threshold: float = Field(gt=0)


class Spike(RuleBase):
    """``type: spike`` — the current window's metric is at least ``ratio`` times the mean of the
    ``baseline_windows`` windows before it (back to back, each ``window`` long), and at least
    ``min_count``.

    A surge against the key's own recent past, like EMM's breaking-news detection. A key with an
    empty baseline spikes as soon as it reaches ``min_count``. Fires, stays quiet and resolves as
    `Threshold` does. Severity factor: (metric / baseline) / ratio, or metric / min_count when
    the baseline is empty.

    Options: ``ratio`` (>= 1), ``baseline_windows`` (1-52), ``min_count`` (> 0).
    """

    TYPE: ClassVar[str] = "spike"
    type: Literal["spike"]
    ratio: float = Field(ge=1.0)
    baseline_windows: int = Field(default=4, ge=1, le=52)
    min_count: float = Field(default=5, gt=0)

    @property
    def history_windows(self) -> int:
        return self.baseline_windows


Rule = Annotated[Threshold | Spike, Field(discriminator="type")]
RULE_TYPES: dict[str, type[RuleBase]] = {Threshold.TYPE: Threshold, Spike.TYPE: Spike}


class RulesFile(BaseModel):
    """The whole rules file: a version and a list of rules with unique names."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    version: Literal[1] = 1
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_names(self) -> RulesFile:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise ValueError(f"two rules are named {rule.name!r}")
            seen.add(rule.name)
        return self


def load_rules(path: str | Path) -> RulesFile:
    """Read and validate a rules file; errors name the file, line and field."""
    return load_model(path, RulesFile)
