"""Delivery channels (channels.yaml): webhooks, the Telegram channel's delivery policy, inhibition.

A webhook names the environment variable holding its secret (``secret_env``); the secret itself
never sits in the file. Loading checks everything a dispatcher would otherwise find out at 3 a.m.:
a missing or malformed secret, a URL that is not http(s), a URL that points into the private
network (refused unless the channel says ``allow_private: true`` or the host is in
``NADHIR_WEBHOOK_ALLOWLIST``). URLs only ever come from this file, never from alert content.

Example::

    webhooks:
      - name: ops
        url: https://hooks.example.org/nadhir
        secret_env: NADHIR_WEBHOOK_SECRET_OPS     # whsec_<base64>, Standard Webhooks style
        format: nadhir                            # or alertmanager | cloudevents
        timeout_s: 15
        retry_schedule: [0, 5, 300, 1800]         # seconds before attempt 1, 2, 3, ...
        max_concurrency: 16
        group_wait_s: 0
        match: {categories: [airstrike], countries: [Syria], min_severity: warning}
    telegram: {group_wait_s: 30}
    inhibit:
      - {source: country, target: region, equal: [category]}
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import os
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from config.errors import ConfigError, ConfigIssue
from config.yaml_loader import LocatedYaml, read_yaml_file, validate

Severity = Literal["info", "warning", "critical"]
Status = Literal["firing", "resolved"]
EqualField = Literal["category", "rule", "severity"]
WebhookFormat = Literal["nadhir", "alertmanager", "cloudevents"]

# Standard Webhooks' recommended schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h,
# 20 h, 24 h (each a delay after the previous failed attempt).
DEFAULT_RETRY_SCHEDULE: tuple[float, ...] = (0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400)


class ChannelFilter(BaseModel):
    """Which alerts a channel wants. Empty lists mean "any"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    min_severity: Severity = "info"
    statuses: list[Status] = Field(default_factory=lambda: list[Status](["firing", "resolved"]))


class DeliveryPolicy(BaseModel):
    """How the dispatcher delivers to one channel: grouping, retries, concurrency, timeout."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    group_wait_s: float = Field(default=0.0, ge=0, le=3600, description="Alerts within this wait go as one.")
    retry_schedule: list[float] = Field(default_factory=lambda: list(DEFAULT_RETRY_SCHEDULE), min_length=1)
    max_concurrency: int = Field(default=16, ge=1, le=1024)
    timeout_s: float = Field(default=15.0, gt=0, le=120)

    @field_validator("retry_schedule")
    @classmethod
    def _non_negative(cls, value: list[float]) -> list[float]:
        if any(delay < 0 for delay in value):
            raise ValueError("delays must be >= 0 seconds")
        return value


class WebhookConfig(DeliveryPolicy):
    """One webhook endpoint, as written in channels.yaml."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    url: str
    secret_env: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    format: WebhookFormat = "nadhir"
    allow_private: bool = False
    ops: bool = Field(default=False, description="Receives Nadhir's self-alerts (label ops=true), and only those.")
    match: ChannelFilter = Field(default_factory=ChannelFilter)


class TelegramPolicy(DeliveryPolicy):
    """Delivery policy of the Telegram channel (the chats come from subscriptions)."""

    max_concurrency: int = Field(default=30, ge=1, le=1024)
    timeout_s: float = Field(default=30.0, gt=0, le=120)


class InhibitRule(BaseModel):
    """A firing alert keyed by a whole country suppresses alerts for regions of that country.

    ``equal`` lists the fields that must also agree (default: the category). ``ttl_s`` bounds how
    long a source counts when its resolved alert never arrives.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: Literal["country"] = "country"
    target: Literal["region"] = "region"
    equal: list[EqualField] = Field(default_factory=lambda: list[EqualField](["category"]))
    ttl_s: float = Field(default=6 * 3600, gt=0)


class BreakerConfig(BaseModel):
    """Per-endpoint circuit breaker: after ``failures`` consecutive failures, pause ``cooldown_s``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    failures: int = Field(default=5, ge=1)
    cooldown_s: float = Field(default=30.0, gt=0)


class ChannelsFile(BaseModel):
    """The whole channels.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    webhooks: list[WebhookConfig] = Field(default_factory=list)
    telegram: TelegramPolicy = Field(default_factory=TelegramPolicy)
    inhibit: list[InhibitRule] = Field(default_factory=list)
    breaker: BreakerConfig = Field(default_factory=BreakerConfig)
    lease_margin_s: float = Field(
        default=30.0, gt=0, description="A claimed attempt's lease is the channel timeout plus this margin."
    )


@dataclass(frozen=True)
class WebhookChannel:
    """A validated webhook with its secret resolved (a SecretStr: never printed)."""

    config: WebhookConfig
    secret: SecretStr

    @property
    def name(self) -> str:
        return self.config.name

    def secret_bytes(self) -> bytes:
        return decode_secret(self.secret.get_secret_value())


@dataclass(frozen=True)
class Channels:
    """Everything the dispatcher needs from channels.yaml."""

    source: str
    webhooks: dict[str, WebhookChannel]
    telegram: TelegramPolicy
    inhibit: list[InhibitRule]
    breaker: BreakerConfig
    lease_margin_s: float


def decode_secret(secret: str) -> bytes:
    """Decode a ``whsec_<base64>`` secret; ValueError (without the secret) if malformed."""
    if not secret.startswith("whsec_"):
        raise ValueError("must start with 'whsec_' followed by base64")
    try:
        raw = base64.b64decode(secret[len("whsec_"):], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the part after 'whsec_' is not valid base64") from None
    if not 24 <= len(raw) <= 64:
        raise ValueError(f"decodes to {len(raw)} bytes; Standard Webhooks wants 24 to 64")
    return raw


_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


def _is_private(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return bool(
        address.is_loopback
        or address.is_link_local
        or address.is_private
        or address.is_unspecified
        or address.is_multicast
        or address.is_reserved
    )


def _allowed(host: str, addresses: Iterable[ipaddress.IPv4Address | ipaddress.IPv6Address],
             allowlist: Iterable[str]) -> bool:
    for entry in allowlist:
        entry = entry.strip().lower()
        if not entry:
            continue
        if entry == host:
            return True
        try:
            network = ipaddress.ip_network(entry, strict=False)
        except ValueError:
            continue
        if any(address in network for address in addresses):
            return True
    return False


def _resolve(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The host's addresses, or [] when it does not resolve now (it may later: not our call)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    found: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for info in infos:
        try:
            found.append(ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]))
        except ValueError:
            continue
    return found


def url_problem(url: str, *, allow_private: bool = False, allowlist: Iterable[str] = (),
                resolve: bool = True) -> str | None:
    """Why ``url`` may not be a webhook target, or None when it may.

    http and https only, no credentials in the URL; loopback, link-local, private, multicast and
    reserved addresses are refused unless ``allow_private`` or the host (or a CIDR containing its
    address) is in ``allowlist``. Host names are resolved once here; an address that changes
    after loading (DNS rebinding) is not caught.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    del port
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not allowed; use http or https"
    if parts.username is not None or parts.password is not None:
        return "credentials in the URL are not allowed; use secret_env"
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        return "the URL has no host"
    addresses: list[ipaddress.IPv4Address | ipaddress.IPv6Address]
    try:
        addresses = [ipaddress.ip_address(host)]
        literal = True
    except ValueError:
        literal = False
        addresses = _resolve(host) if resolve else []
    local_name = host in _LOCAL_NAMES or host.endswith((".localhost", ".local", ".internal"))
    private = local_name or any(_is_private(address) for address in addresses)
    if not private or allow_private:
        return None
    allowlist = list(allowlist)
    if _allowed(host, addresses, allowlist):
        return None
    what = "address" if literal else "host"
    return (f"{what} {host!r} is loopback, link-local or private; set allow_private: true on the channel "
            "or add it to NADHIR_WEBHOOK_ALLOWLIST")


def _issue(located: LocatedYaml, path: tuple[str | int, ...], message: str) -> ConfigIssue:
    field = "".join(f"[{part}]" if isinstance(part, int) else (f".{part}" if i else part)
                    for i, part in enumerate(path))
    return ConfigIssue(source=located.source, line=located.line_of(path), field=field, message=message)


def build_channels(located: LocatedYaml, *, environ: Mapping[str, str] | None = None,
                   allowlist: Iterable[str] | None = None, resolve: bool = True) -> Channels:
    """Validate parsed channels YAML, resolve secrets from ``environ`` and check every URL."""
    parsed = validate(located, ChannelsFile)
    env = os.environ if environ is None else environ
    if allowlist is None:
        from config.settings import get_settings

        allowlist = get_settings().webhook_allowlist
    allow = list(allowlist)
    issues: list[ConfigIssue] = []
    webhooks: dict[str, WebhookChannel] = {}
    for index, hook in enumerate(parsed.webhooks):
        base: tuple[str | int, ...] = ("webhooks", index)
        if hook.name in webhooks or hook.name == "telegram":
            issues.append(_issue(located, (*base, "name"), f"channel name {hook.name!r} is already used"))
            continue
        problem = url_problem(hook.url, allow_private=hook.allow_private, allowlist=allow, resolve=resolve)
        if problem is not None:
            issues.append(_issue(located, (*base, "url"), f"channel {hook.name!r}: {problem}"))
        secret = env.get(hook.secret_env)
        if secret is None or secret == "":
            issues.append(_issue(located, (*base, "secret_env"),
                                 f"channel {hook.name!r}: environment variable {hook.secret_env} is not set"))
            continue
        try:
            decode_secret(secret)
        except ValueError as exc:
            issues.append(_issue(located, (*base, "secret_env"),
                                 f"channel {hook.name!r}: the secret in {hook.secret_env} {exc}"))
            continue
        webhooks[hook.name] = WebhookChannel(config=hook, secret=SecretStr(secret))
    if issues:
        raise ConfigError(issues)
    return Channels(source=located.source, webhooks=webhooks, telegram=parsed.telegram,
                    inhibit=list(parsed.inhibit), breaker=parsed.breaker, lease_margin_s=parsed.lease_margin_s)


def load_channels(path: str | Path, *, environ: Mapping[str, str] | None = None,
                  allowlist: Iterable[str] | None = None, resolve: bool = True) -> Channels:
    """Read and validate channels.yaml; ConfigError names file, line, field and channel."""
    return build_channels(read_yaml_file(path), environ=environ, allowlist=allowlist, resolve=resolve)
