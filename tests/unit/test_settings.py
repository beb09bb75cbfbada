"""Settings come from NADHIR_* variables, with clear errors naming the variable."""

from __future__ import annotations

import pytest

from config.errors import ConfigError
from config.settings import load_settings


def test_defaults_need_no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NADHIR_BROKER", "NADHIR_REDIS_URL", "NADHIR_PARTITIONS"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.broker is None
    assert settings.redis_url is None
    assert settings.all_topics() == ["articles", "articles.dlq", "events", "alerts"]
    assert settings.effective_producer_batch_size == 1  # tansu's ListOffsets workaround
    assert settings.rules_file.name == "rules.yaml"


def test_values_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NADHIR_BROKER", "k1:9092, k2:9093")
    monkeypatch.setenv("NADHIR_BROKER_FLAVOR", "kafka")
    monkeypatch.setenv("NADHIR_REDIS_URL", "redis://cache:6380/2")
    monkeypatch.setenv("NADHIR_PARTITIONS", "12")
    monkeypatch.setenv("NADHIR_TOPIC_ALERTS", "nadhir-alerts")
    monkeypatch.setenv("NADHIR_TELEGRAM_ALLOWLIST", "[-100123, 42]")
    settings = load_settings()
    assert settings.bootstrap_servers == ["k1:9092", "k2:9093"]
    assert settings.redis_url == "redis://cache:6380/2"
    assert settings.partitions == 12
    assert settings.topic_alerts == "nadhir-alerts"
    assert settings.telegram_allowlist == [-100123, 42]
    assert settings.effective_producer_batch_size > 1  # Apache Kafka: faust's own batching


def test_bad_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NADHIR_PARTITIONS", "many")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert "NADHIR_PARTITIONS" in str(caught.value)
    assert "integer" in str(caught.value)


def test_bad_broker_address_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NADHIR_BROKER", "localhost")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert "NADHIR_BROKER" in str(caught.value)
    assert "host:port" in str(caught.value)


def test_token_is_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    token = "123456789:AAFakeTokenForTestsOnly_abcdefghijk"
    monkeypatch.setenv("NADHIR_TELEGRAM_TOKEN", token)
    settings = load_settings()
    assert settings.telegram_token is not None
    assert settings.telegram_token.get_secret_value() == token
    assert token not in repr(settings)
    assert token not in str(settings.model_dump())
