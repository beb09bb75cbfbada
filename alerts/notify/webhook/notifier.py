"""One signed POST to one webhook; the dispatcher owns retries, grouping and records.

Outcomes: 2xx delivered; 429 and 5xx (and 408, timeouts, connection errors) retryable, with
``Retry-After`` passed on; 410 Gone disables the endpoint; any other status is a permanent
failure. Redirects are not followed (they could lead into the private network). Details name
the status or error class, never the URL (it may embed a token) nor the secret.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping, Sequence
from datetime import UTC

import aiohttp

from alerts.model import Alert
from alerts.notify.base import Outcome, Target
from alerts.notify.webhook.formats import render
from alerts.notify.webhook.signing import signed_headers
from config.channels import WebhookChannel

USER_AGENT = "nadhir-webhook/1"
MAX_RESPONSE_BYTES = 64 * 1024
MAX_RETRY_AFTER_S = 24 * 3600.0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), capped at 24 h."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return min(float(text), MAX_RETRY_AFTER_S)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = when.timestamp() - (time.time() if now is None else now)
    return min(max(delta, 0.0), MAX_RETRY_AFTER_S)


def outcome_for_status(status: int, retry_after: str | None = None) -> Outcome:
    """Map an HTTP status to an Outcome (see the module docstring)."""
    if 200 <= status < 300:
        return Outcome(ok=True, status_code=status, detail=f"HTTP {status}")
    if status == 410:
        return Outcome(ok=False, disable_target=True, status_code=status, detail="HTTP 410 Gone: endpoint disabled")
    if status == 429 or status == 408 or status >= 500:
        return Outcome(ok=False, retryable=True, retry_after=parse_retry_after(retry_after),
                       status_code=status, detail=f"HTTP {status}")
    return Outcome(ok=False, status_code=status, detail=f"HTTP {status} (not retried)")


class WebhookNotifier:
    """Delivers to the webhooks of channels.yaml (``Target.channel`` names one).

    HTTP goes through aiohttp (already a dependency of the stream workers): on this kind of
    machine it costs a fifth of httpx's CPU per request, which is what 1,000 deliveries/s from
    one dispatcher needs (see ``bench/deliveries.py``). Keep-alive connections, TCP_NODELAY.
    """

    kind = "webhook"

    def __init__(self, channels: Mapping[str, WebhookChannel]) -> None:
        self.channels = dict(channels)
        self._secrets = {name: channel.secret_bytes() for name, channel in self.channels.items()}
        self._connections = sum(channel.config.max_concurrency for channel in self.channels.values()) or 10
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        # Created on first use: an aiohttp session belongs to the running event loop.
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections, limit_per_host=0, ttl_dns_cache=60)
            self._session = aiohttp.ClientSession(
                connector=connector, trust_env=False, auto_decompress=False,
                headers={"User-Agent": USER_AGENT}, cookie_jar=aiohttp.DummyCookieJar(),
            )
        return self._session

    async def deliver(self, target: Target, alerts: Sequence[Alert], delivery_id: str) -> Outcome:
        channel = self.channels.get(target.channel)
        if channel is None:
            return Outcome(ok=False, detail=f"no webhook channel named {target.channel!r} is configured")
        config = channel.config
        body, content_type = render(config.format, alerts, delivery_id, config.name)
        headers = signed_headers(self._secrets[config.name], delivery_id, body)
        headers["Content-Type"] = content_type
        try:
            # The total timeout bounds the whole attempt, a peer that trickles its answer too.
            async with self._client().post(
                config.url, data=body, headers=headers, allow_redirects=False,
                timeout=aiohttp.ClientTimeout(total=config.timeout_s),
            ) as response:
                await response.content.read(MAX_RESPONSE_BYTES)
                return outcome_for_status(response.status, response.headers.get("Retry-After"))
        except TimeoutError:
            return Outcome(ok=False, retryable=True, detail=f"timeout after {config.timeout_s:g}s")
        except aiohttp.ClientError as exc:
            # Only the class name: aiohttp's messages quote the URL, which may embed a token.
            return Outcome(ok=False, retryable=True, detail=f"connection failed ({type(exc).__name__})")

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
