"""docker-compose.yml has the structure production relies on (no Docker engine here to run it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from config.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


def test_services_and_images() -> None:
    services = compose()["services"]
    assert {"kafka", "redis", "topics", "worker", "dispatcher", "bot"} <= set(services)
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["redis"]["image"].startswith("redis:")
    for name in ("topics", "worker", "dispatcher", "bot"):
        assert services[name]["build"] == "."


def test_kafka_runs_in_kraft_mode_single_node() -> None:
    env = compose()["services"]["kafka"]["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == "1@kafka:9093"
    assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == 1


def test_redis_persists_with_aof() -> None:
    redis = compose()["services"]["redis"]
    assert "--appendonly" in redis["command"] and "yes" in redis["command"]
    assert redis["volumes"]


def test_every_service_has_a_healthcheck_or_is_one_shot() -> None:
    services = compose()["services"]
    for name, service in services.items():
        if name == "topics":
            assert service["restart"] == "no"
            continue
        assert "healthcheck" in service, name
        assert service["healthcheck"]["test"], name


def test_nadhir_services_wait_for_healthy_dependencies() -> None:
    services = compose()["services"]
    assert services["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    for name in ("worker", "dispatcher", "bot"):
        deps = services[name]["depends_on"]
        assert deps["kafka"]["condition"] == "service_healthy"
        assert deps["redis"]["condition"] == "service_healthy"
        assert deps["topics"]["condition"] == "service_completed_successfully"
        assert services[name]["environment"]["NADHIR_BROKER"] == "kafka:9092"
        assert services[name]["environment"]["NADHIR_BROKER_FLAVOR"] == "kafka"


def test_worker_is_scalable() -> None:
    worker = compose()["services"]["worker"]
    assert "container_name" not in worker  # `--scale worker=N` needs generated names
    assert "ports" not in worker


def test_env_example_names_real_settings() -> None:
    fields = {f"NADHIR_{name.upper()}" for name in Settings.model_fields}
    names = set()
    for line in (ROOT / ".env.example").read_text().splitlines():
        stripped = line.lstrip("# ").split("=", 1)[0].strip()
        if stripped.startswith("NADHIR_") and "=" in line:
            names.add(stripped)
    webhook_secrets = {name for name in names if name.startswith("NADHIR_WEBHOOK_SECRET_")}
    assert names - webhook_secrets <= fields, sorted(names - webhook_secrets - fields)
    assert {"NADHIR_PARTITIONS", "NADHIR_TELEGRAM_TOKEN", "NADHIR_REDIS_URL"} <= names
