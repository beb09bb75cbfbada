"""One logging format for every Nadhir process, with secrets scrubbed from every record."""

from __future__ import annotations

import logging
import os
import re

# Telegram bot tokens look like 123456789:AA...; Standard Webhooks secrets like whsec_...
_SECRET_PATTERNS = [
    re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{20,}\b"),
    re.compile(r"whsec_[A-Za-z0-9+/=]+"),
]


def _known_secrets() -> list[str]:
    values = []
    for name, value in os.environ.items():
        if value and len(value) >= 8 and any(word in name for word in ("TOKEN", "SECRET", "PASSWORD")):
            values.append(value)
    return values


class ScrubSecrets(logging.Filter):
    """Replaces known secret values and secret-shaped strings in log messages with ***."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets = _known_secrets()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = scrub(message, self.secrets)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = scrub(text, self.secrets)
        return True


def scrub(text: str, secrets: list[str] | None = None) -> str:
    for secret in secrets if secrets is not None else _known_secrets():
        text = text.replace(secret, "***")
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub("***", text)
    return text


def configure_logging(level: str = "INFO", name: str = "nadhir") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(f"%(asctime)s {name} %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubSecrets())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
