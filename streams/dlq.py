"""The record written to `articles.dlq` for every rejected article (schema version 1).

```json
{"schema_version": 1, "reason": "invalid_json", "detail": "Expecting value: line 1 column 1 (char 0)",
 "topic": "articles", "partition": 0, "offset": 42, "received_at": "2024-05-20T10:00:00+00:00",
 "original": "<the record as text>"}
```

``original`` holds the record when it is valid UTF-8, ``original_b64`` (base64) otherwise. Records
larger than `MAX_ORIGINAL_BYTES` keep only their first bytes and say ``"truncated": true``. The
reasons are `streams.validate.REASONS`.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

MAX_ORIGINAL_BYTES = 64 * 1024


def dlq_record(
    *, reason: str, detail: str, topic: str, partition: int, offset: int, original: bytes,
    received_at: datetime | None = None,
) -> bytes:
    """The DLQ record as JSON bytes."""
    record: dict[str, object] = {
        "schema_version": 1,
        "reason": reason,
        "detail": detail,
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "received_at": (received_at or datetime.now(UTC)).isoformat(),
    }
    kept = original[:MAX_ORIGINAL_BYTES]
    if len(kept) < len(original):
        record["truncated"] = True
    try:
        record["original"] = kept.decode("utf-8")
    except UnicodeDecodeError:
        record["original_b64"] = base64.b64encode(kept).decode("ascii")
    return json.dumps(record, ensure_ascii=False).encode("utf-8")
