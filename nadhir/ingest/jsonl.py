"""Reading JSONL input line by line, as bytes, with bounded memory.

Lines are yielded raw (decoding is validation's job, so an invalid UTF-8 line is reported with
its number instead of failing the whole file). A line longer than the limit is not kept in
memory: its first bytes are yielded with ``oversize`` set and the rest is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

_CHUNK = 1 << 16
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class SourceLine:
    """One line of input: where it came from (``source`` is a path or ``<stdin>``) and its bytes."""

    source: str
    line_number: int
    raw: bytes
    size: int
    oversize: bool = False


def read_lines(stream: IO[bytes], source: str, max_line_bytes: int) -> Iterator[SourceLine]:
    """Every non-blank line of ``stream`` (1-based numbers), without its ``\\n`` / ``\\r\\n``."""
    line_number = 0
    while True:
        chunk = stream.readline(max_line_bytes + 2)
        if not chunk:
            return
        line_number += 1
        size = len(chunk)
        oversize = not chunk.endswith(b"\n") and len(chunk) > max_line_bytes
        if oversize:
            # Skip the rest of this line without holding it.
            while True:
                rest = stream.readline(_CHUNK)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
        raw = chunk.rstrip(b"\r\n") if chunk.endswith(b"\n") else chunk
        if line_number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        if not oversize and not raw.strip():
            continue
        yield SourceLine(source=source, line_number=line_number, raw=raw, size=size, oversize=oversize)
