"""The alert record: what the stream processors publish on the `alerts` topic.

One schema, versioned (``schema_version``). The JSON Schema in ``alerts/schema/alert.v1.json``
is generated from this model (`python -m alerts.model`) and checked by a test.

Identity: ``id`` is deterministic from (rule, key, window_start of the first window that crossed),
so re-processing after a crash republishes the same id and downstream de-duplicates on
``(id, status)`` — see :attr:`Alert.notification_id`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "alert.v1.json"

Severity = Literal["info", "warning", "critical"]
Status = Literal["firing", "resolved"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}


class Evidence(BaseModel):
    """One article behind an alert. All text here is untrusted article text."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    snippet: str = Field(default="", description="Text around the matched term.")
    reported_count: int | None = None
    published_at: datetime | None = None


class Alert(BaseModel):
    """A surge of one event category for one key (region, country or all), in one window."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = SCHEMA_VERSION
    id: str = Field(description="Deterministic: hash of (rule, key, first crossing window start).")
    status: Status
    rule: str = Field(description="Name of the rule that fired.")
    rule_type: str = Field(description="Rule type, e.g. 'threshold' or 'spike'.")
    category: str
    region: str | None = None
    country: str | None = None
    key: str = Field(description="The aggregation key, e.g. 'airstrike|Hama'.")
    metric: Literal["articles", "reported"]
    value: float = Field(description="The metric in the window that fired (or resolved).")
    threshold: float
    baseline: float | None = Field(default=None, description="Spike rules: mean of previous windows.")
    ratio: float | None = Field(default=None, description="Spike rules: value / baseline.")
    severity: Severity
    window_start: datetime
    window_end: datetime
    event_time: datetime = Field(description="Event time at which the rule crossed (or resolved).")
    emitted_at: datetime = Field(description="Wall-clock time the alert was published.")
    evidence: list[Evidence] = Field(default_factory=list)
    labels: dict[str, str] = Field(default_factory=dict)

    @property
    def notification_id(self) -> str:
        """What delivery de-duplicates on: one firing and one resolved message per alert."""
        return f"{self.id}:{self.status}"

    def to_json_bytes(self) -> bytes:
        return self.model_dump_json().encode("utf-8")

    @classmethod
    def from_json_bytes(cls, raw: bytes | str) -> Alert:
        return cls.model_validate_json(raw)


def alert_id(rule: str, key: str, window_start: datetime) -> str:
    """The deterministic alert id for a rule, key and first crossing window."""
    material = f"{rule}\x1f{key}\x1f{window_start.isoformat()}".encode()
    return hashlib.sha256(material).hexdigest()[:24]


def json_schema() -> dict[str, object]:
    schema = Alert.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://nadhir.invalid/schema/alert.v1.json"
    return schema


if __name__ == "__main__":  # pragma: no cover - regenerates the shipped schema
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {SCHEMA_PATH}\n")
