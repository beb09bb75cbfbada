"""A logging filter that masks known secret values in every record, whatever logged them.

Defence in depth: Nadhir's own log lines never format secrets, but a library's exception text
might (a URL with a bot token in its path). Install it on the handlers of a process that holds
secrets (`nadhir dispatch`, `nadhir bot`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

MASK = "***"


class SecretRedactor(logging.Filter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first, so a secret containing another is masked whole; short values are not secrets.
        self.secrets = sorted({s for s in secrets if len(s) >= 8}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        cleaned = self.redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            formatter = logging.Formatter()
            cleaned += "\n" + self.redact(formatter.formatException(record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg = cleaned
        record.args = None
        return True
