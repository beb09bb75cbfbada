"""Compact UTF-8 JSON for what the stream publishes and stores (events, evidence, the Redis
scripts' payloads): orjson where it is installed (a dependency), 3-5x cheaper than the standard
encoder on these small dicts and on payloads of tens of KB per batch; the standard encoder
otherwise, writing the same text but for the exponent of large floats (``1e+16`` for ``1e16``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def compact_encoder(default: Callable[[Any], Any] | None = None) -> Callable[[Any], bytes]:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=default)`` as UTF-8,
    as a function of ``value``; the same values, except NaN and the infinities, which are not
    JSON (orjson writes null). ``default`` sees what the standard encoder would hand it
    (datetimes and dataclasses too, not orjson's own forms of them); an integer past 64 bits,
    which orjson refuses, takes the standard encoder."""
    standard = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=default).encode

    def fallback(value: Any) -> bytes:
        return standard(value).encode("utf-8")

    try:
        import orjson
    except ImportError:  # a venv installed before orjson was a dependency
        return fallback
    dumps, option = orjson.dumps, orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS

    def to_json(value: Any) -> bytes:
        try:
            encoded: bytes = dumps(value, default, option)  # typed here: Any where mypy runs without orjson
        except TypeError:  # orjson.JSONEncodeError: an integer past 64 bits, or what default refused
            return fallback(value)
        return encoded

    return to_json
