"""JSON text the way ``json.dumps(value, ensure_ascii=False[, default=...])`` writes it, cheaper.

``JSONEncoder.encode`` builds a new C encoder object on every call (about 1 µs, as much as
encoding a small dict); the stream encodes a few small dicts per event, so the encoder is built
once here. The output is the same text; only the check for circular references is left out
(the stream encodes plain trees: a cycle ends in RecursionError instead of ValueError).
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable
from typing import Any


def json_encoder(default: Callable[[Any], Any] | None = None) -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False, default=default)`` as a function of ``value``."""
    make: Any = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: the standard encoder
        return json.JSONEncoder(ensure_ascii=False, default=default).encode
    fallback = json.JSONEncoder(ensure_ascii=False, default=default).default  # raises TypeError
    encode = make(None, default or fallback, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
    join = "".join

    def to_json(value: Any) -> str:
        return join(encode(value, 0))

    return to_json
