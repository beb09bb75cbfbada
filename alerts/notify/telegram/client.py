"""A small Telegram Bot API client over httpx: one method per call we use, errors as exceptions.

The bot token appears only in the request path (``/bot<token>/<method>``). It never appears in
an exception this module raises (httpx exceptions carry the URL, so they are replaced, not
chained) nor in httpx's own log lines (a filter on the ``httpx``/``httpcore`` loggers redacts
``/bot<token>/`` paths).
"""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
from pydantic import SecretStr

_BOT_PATH = re.compile(r"/bot[^/\s\"']+/")
REDACTED_PATH = "/bot<redacted>/"


def redact(text: str, token: str | None = None) -> str:
    """``text`` with bot tokens removed: ``/bot<token>/`` paths and the literal token."""
    text = _BOT_PATH.sub(REDACTED_PATH, text)
    if token:
        text = text.replace(token, "<redacted>")
    return text


class _RedactTokenFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def install_log_redaction() -> None:
    """Redact bot tokens from httpx's request logs (it logs every URL at INFO)."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(existing, _RedactTokenFilter) for existing in logger.filters):
            logger.addFilter(_RedactTokenFilter())


install_log_redaction()


class TelegramError(Exception):
    """Any failure talking to the Bot API. Messages never contain the token."""


class TelegramTransportError(TelegramError):
    """No usable answer: connection refused, timeout, or a body that is not the API's JSON."""


class TelegramAPIError(TelegramError):
    """The API answered ``ok: false``."""

    def __init__(self, method: str, error_code: int, description: str, parameters: dict[str, Any] | None) -> None:
        self.method = method
        self.error_code = error_code
        self.description = description
        parameters = parameters or {}
        retry_after = parameters.get("retry_after")
        migrate_to = parameters.get("migrate_to_chat_id")
        self.retry_after: float | None = float(retry_after) if isinstance(retry_after, int | float) else None
        self.migrate_to_chat_id: int | None = int(migrate_to) if isinstance(migrate_to, int) else None
        super().__init__(f"{method}: {error_code} {description}")

    @property
    def chat_gone(self) -> bool:
        """The chat will never accept messages from this bot again (until it comes back):
        blocked, kicked, deactivated user, or chat not found."""
        text = self.description.casefold()
        return self.error_code == 403 or (self.error_code == 400 and "chat not found" in text)


class TelegramClient:
    """The Bot API calls Nadhir makes. ``api_base`` is e.g. ``https://api.telegram.org``."""

    def __init__(
        self,
        token: SecretStr | str,
        api_base: str = "https://api.telegram.org",
        *,
        timeout_s: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._token = token if isinstance(token, SecretStr) else SecretStr(token)
        self._api_base = api_base.rstrip("/")
        self._timeout_s = timeout_s
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(timeout_s, connect=10.0), transport=transport)

    def __repr__(self) -> str:
        return f"TelegramClient(api_base={self._api_base!r})"

    async def aclose(self) -> None:
        await self._http.aclose()

    async def call(self, method: str, params: dict[str, Any] | None = None, *, timeout_s: float | None = None) -> Any:
        """Call ``method`` with JSON ``params``; returns ``result`` or raises a TelegramError."""
        secret = self._token.get_secret_value()
        url = f"{self._api_base}/bot{secret}/{method}"
        timeout = httpx.Timeout(timeout_s, connect=10.0) if timeout_s is not None else httpx.USE_CLIENT_DEFAULT
        failure: str | None = None
        try:
            response = await self._http.post(url, json=params or {}, timeout=timeout)
        except httpx.HTTPError as exc:
            # Raised outside this block: the httpx exception (and its URL) must not be chained.
            failure = f"{method}: {type(exc).__name__}: {redact(str(exc), secret)}"
        if failure is not None:
            raise TelegramTransportError(failure)
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or "ok" not in body:
            raise TelegramTransportError(f"{method}: HTTP {response.status_code} without a Bot API body")
        if body.get("ok") is True:
            return body.get("result")
        parameters = body.get("parameters")
        raise TelegramAPIError(
            method,
            int(body.get("error_code") or response.status_code),
            redact(str(body.get("description") or ""), secret)[:500],
            parameters if isinstance(parameters, dict) else None,
        )

    async def get_me(self) -> dict[str, Any]:
        result: dict[str, Any] = await self.call("getMe")
        return result

    async def get_updates(
        self, offset: int | None, *, timeout_s: int = 25, limit: int = 100,
        allowed_updates: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Long-poll for updates with ``update_id >= offset`` (confirming the earlier ones)."""
        params: dict[str, Any] = {"timeout": timeout_s, "limit": limit}
        if offset is not None:
            params["offset"] = offset
        if allowed_updates is not None:
            params["allowed_updates"] = allowed_updates
        result = await self.call("getUpdates", params, timeout_s=timeout_s + 10.0)
        return [update for update in result or [] if isinstance(update, dict)]

    async def send_message(
        self, chat_id: int, text: str, *, parse_mode: str | None = "HTML", disable_preview: bool = True,
    ) -> dict[str, Any]:
        params: dict[str, Any] = {"chat_id": chat_id, "text": text}
        if parse_mode:
            params["parse_mode"] = parse_mode
        if disable_preview:
            params["link_preview_options"] = {"is_disabled": True}
        result: dict[str, Any] = await self.call("sendMessage", params)
        return result
