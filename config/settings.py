"""Typed settings from the environment (prefix ``NADHIR_``), with shipped defaults.

Every process reads the same `Settings`; `nadhir up` passes the addresses of the embedded
broker and Redis to its children through the same variables, so nothing is configured twice.
Secrets (`telegram_token`) are `SecretStr`: they never print in a repr, a log line or an error.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from config.errors import ConfigError, ConfigIssue

DEFAULTS_DIR = Path(__file__).resolve().parent / "defaults"


class Settings(BaseSettings):
    """All runtime settings. Each field is the variable ``NADHIR_<FIELD>`` in upper case."""

    model_config = SettingsConfigDict(env_prefix="NADHIR_", extra="ignore", frozen=True)

    # --- Kafka -------------------------------------------------------------------------------
    broker: str | None = Field(
        default=None,
        description="Kafka bootstrap servers, 'host:port[,host:port]'. Unset: `nadhir up` starts "
        "the embedded broker (tansu) and passes its address on.",
    )
    broker_storage: str = Field(
        default="memory://tansu/",
        description="Storage of the embedded broker started by `nadhir up`: memory (lost on restart) or "
        "s3://BUCKET/ against an S3-compatible server named by the AWS_ENDPOINT, AWS_* variables.",
    )
    broker_flavor: Literal["tansu", "kafka"] = Field(
        default="tansu",
        description="Which broker the workers talk to; selects the client settings that work there.",
    )
    topic_articles: str = "articles"
    topic_articles_dlq: str = "articles.dlq"
    topic_events: str = "events"
    topic_alerts: str = "alerts"
    partitions: int = Field(default=4, ge=1, le=1024, description="Partitions of every Nadhir topic.")
    replication_factor: int = Field(default=1, ge=1, le=16)

    # --- faust worker ------------------------------------------------------------------------
    app_id: str = Field(default="nadhir", description="faust app id and consumer-group prefix.")
    session_timeout_s: float = Field(default=6.0, gt=0)
    heartbeat_interval_s: float = Field(default=1.0, gt=0)
    rebalance_timeout_s: float = Field(default=6.0, gt=0)
    fetch_max_wait_ms: int = Field(
        default=25, ge=1, le=10_000,
        description="Longest wait of a Fetch by the worker's and the dispatcher's consumers. tansu answers a "
        "Fetch only when this wait is over, so it bounds how long a record sits in the broker (aiokafka's default "
        "500 ms held alerts that long).",
    )
    producer_max_batch_size: int | None = Field(
        default=None,
        description="faust producer batch size; unset means 1 on tansu (its ListOffsets is wrong "
        "for multi-record batches) and faust's default on Apache Kafka.",
    )
    worker_data_dir: Path = Field(default=Path(".nadhir/worker"), description="faust table data dir.")
    worker_batch_size: int = Field(default=500, ge=1, le=10_000, description="Articles per processing batch.")
    worker_batch_within_s: float = Field(default=0.02, gt=0, description="Longest wait to fill a batch.")
    resolve_interval_s: float = Field(default=2.0, gt=0, description="Timer for alert resolution checks.")
    tag_processes: int = Field(
        default=0, ge=0, le=64,
        description="Processes that tag (validate, detect, hash) the worker's batches beside its consumption "
        "(streams.tagpool); 0 tags in the worker's own process.",
    )

    # --- Redis -------------------------------------------------------------------------------
    redis_url: str | None = Field(
        default=None,
        description="Redis URL. Unset: `nadhir up` starts an embedded, throw-away Redis. Set but not "
        "answering: `nadhir up` starts one on that host's port.",
    )
    redis_prefix: str = Field(default="nadhir:", description="Prefix of every Redis key Nadhir writes.")

    # --- files -------------------------------------------------------------------------------
    rules_file: Path = DEFAULTS_DIR / "rules.yaml"
    channels_file: Path = DEFAULTS_DIR / "channels.yaml"
    lexicon_dir: Path = DEFAULTS_DIR / "lexicons"
    gazetteer_file: Path = DEFAULTS_DIR / "gazetteer.yaml"

    # --- input limits ------------------------------------------------------------------------
    max_article_bytes: int = Field(default=1_000_000, gt=0, description="Largest accepted article text.")
    max_record_bytes: int = Field(default=2_000_000, gt=0, description="Largest accepted Kafka record.")
    dedupe_horizon_s: int = Field(default=7 * 24 * 3600, gt=0, description="How long a seen text counts as a copy.")
    allowed_lateness_s: int = Field(default=6 * 3600, ge=0, description="How late an event may arrive.")

    # --- Telegram ----------------------------------------------------------------------------
    telegram_token: SecretStr | None = None
    telegram_api_base: str = "https://api.telegram.org"
    telegram_allowlist: list[int] = Field(default_factory=list, description="Chats allowed in lock-down mode.")
    telegram_lockdown: bool = False
    telegram_admins: list[int] = Field(default_factory=list)

    # --- webhooks ----------------------------------------------------------------------------
    webhook_allowlist: list[str] = Field(
        default_factory=list,
        description="Hosts or CIDRs (e.g. '127.0.0.1/32', 'hooks.internal') webhooks may reach even "
        "though they are loopback/private.",
    )

    # --- HTTP ports --------------------------------------------------------------------------
    host: str = "127.0.0.1"
    worker_port: int = Field(default=6066, ge=0, le=65535)
    dispatcher_port: int = Field(default=6067, ge=0, le=65535)
    bot_port: int = Field(default=6068, ge=0, le=65535)

    # --- operations: self-alerts to `ops: true` channels (nadhir.ops) -------------------------
    ops_interval_s: float = Field(default=15.0, gt=0, description="How often self-alerts are evaluated.")
    ops_window_s: float = Field(default=300.0, gt=0, description="Window of the failure-rate and dead-letter signals.")
    ops_failure_rate: float = Field(default=0.5, gt=0, le=1, description="Delivery failure share that fires.")
    ops_failure_min_attempts: int = Field(default=5, ge=1, description="Attempts in the window before the rate counts.")
    ops_dead_letters: int = Field(default=1, ge=1, description="New dead letters in the window that fire.")
    ops_max_lag: int = Field(default=1000, ge=1, description="Consumer lag (records) of a group that fires.")
    ops_silent_after_s: float = Field(default=900.0, gt=0, description="No new article for this long fires.")

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("broker")
    @classmethod
    def _broker_servers(cls, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        for server in value.split(","):
            host, sep, port = server.strip().rpartition(":")
            if not sep or not host or not port.isdigit():
                raise ValueError(f"expected host:port[,host:port], got {server.strip()!r}")
        return value.strip()

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(f"expected a redis:// URL, got {value!r}")
        return value

    @property
    def bootstrap_servers(self) -> list[str]:
        """The broker's servers as a list; raises if no broker is configured."""
        if self.broker is None:
            raise ConfigError.single("NADHIR_BROKER", "no broker configured (run `nadhir up` for the embedded one)")
        return [server.strip() for server in self.broker.split(",")]

    @property
    def effective_producer_batch_size(self) -> int:
        if self.producer_max_batch_size is not None:
            return self.producer_max_batch_size
        return 1 if self.broker_flavor == "tansu" else 16384

    def all_topics(self) -> list[str]:
        return [self.topic_articles, self.topic_articles_dlq, self.topic_events, self.topic_alerts]


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment; a bad variable raises ConfigError naming it."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        issues = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"])
            name = f"NADHIR_{str(error['loc'][0]).upper()}" if error["loc"] else "NADHIR_*"
            issues.append(ConfigIssue(source="environment", line=None, field=name if field else "", message=error["msg"]))
        raise ConfigError(issues) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()
