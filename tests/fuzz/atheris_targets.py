"""Coverage-guided fuzzing (atheris) of the three decoders hostile bytes reach first.

    .venv/bin/python -m tests.fuzz.atheris_targets validate [-runs=100000] [-max_total_time=60]
    .venv/bin/python -m tests.fuzz.atheris_targets ingest|rules ...

A target fails (and atheris prints the input and exits non-zero) when the code under test raises
anything but its documented rejection: `validate_record` returns a `Rejection` and never raises;
`nadhir ingest` decoding raises only `InvalidRecord`; rule loading raises only `ConfigError`.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["streams", "config", "nadhir"]):
    from config.errors import ConfigError
    from config.rules import load_rules
    from nadhir.ingest.records import InvalidRecord, Limits, decode_line, encode_article, validate_article
    from streams.validate import REASONS, Rejection, validate_record

LIMITS = Limits(max_record_bytes=100_000, max_text_bytes=50_000)
_RULES = Path(tempfile.mkdtemp(prefix="nadhir-fuzz-")) / "rules.yaml"


def validate(data: bytes) -> None:
    outcome = validate_record(data, max_record_bytes=100_000, max_article_bytes=50_000)
    if isinstance(outcome, Rejection):
        assert outcome.reason in REASONS
    else:
        outcome.text.encode("utf-8")


def ingest(data: bytes) -> None:
    with contextlib.suppress(InvalidRecord):  # the documented rejection; anything else is a finding
        encode_article(validate_article(decode_line(data, LIMITS), limits=LIMITS), LIMITS)


def rules(data: bytes) -> None:
    _RULES.write_bytes(data)
    with contextlib.suppress(ConfigError):
        load_rules(_RULES)


TARGETS = {"validate": validate, "ingest": ingest, "rules": rules}
SEEDS = {
    "validate": [b'{"id": "a", "text": "\\u063a\\u0627\\u0631\\u0629", "published_at": "2024-05-20T12:00:00Z"}'],
    "ingest": [b'{"id": "a", "text": "airstrike", "lang": "en", "title": null}'],
    "rules": [b"version: 1\nrules:\n  - {name: x, type: threshold, window: 6h, hop: 15m, threshold: 5}\n"],
}


def main() -> None:
    name = sys.argv[1]
    corpus = Path(tempfile.mkdtemp(prefix=f"nadhir-fuzz-{name}-"))
    for index, seed in enumerate(SEEDS[name]):
        (corpus / f"seed{index}").write_bytes(seed)
    atheris.Setup([sys.argv[0], *sys.argv[2:], str(corpus)], TARGETS[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
