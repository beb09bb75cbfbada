"""One exception for everything that can be wrong with configuration.

Every problem names the file, the line (when known) and the field, so that a user can go
straight to the mistake: ``rules.yaml:12: rules[0].threshold: Input should be greater than 0``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConfigIssue:
    """One problem in one configuration source."""

    source: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class ConfigError(ValueError):
    """Raised when a configuration file or setting is invalid; carries every issue found."""

    def __init__(self, issues: list[ConfigIssue]) -> None:
        self.issues = issues
        super().__init__("\n".join(str(issue) for issue in issues))

    @classmethod
    def single(cls, source: str, message: str, *, line: int | None = None, field: str = "") -> ConfigError:
        return cls([ConfigIssue(source=source, line=line, field=field, message=message)])
