"""/health, /ready and /metrics of the dispatcher (in-process), the worker and the bot (real
processes), against the embedded broker and our own Redis; lag from the Fetch high watermark."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis
import yaml

from config.channels import load_channels
from nadhir.ops.dispatcher import serve_with_ops
from nadhir.ops.http import OpsServer, broker_check, redis_check
from nadhir.ops.lag import group_lag
from nadhir.runtime.ports import free_port
from tests.integration.ops.conftest import (
    PREFIX,
    get,
    metric_value,
    new_secret,
    ops_settings,
    produce,
    wait_ready,
)
from tests.support.procs import wait_until
from tests.support.telegram_api import DEFAULT_TOKEN, TelegramAPIStandIn
from tests.support.webhook_receiver import WebhookReceiver, sample_alert

ROOT = Path(__file__).resolve().parents[3]


def channels_file(tmp_path: Path, hooks: list[dict[str, object]]) -> Path:
    path = tmp_path / "channels.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "webhooks": hooks}), encoding="utf-8")
    return path


def webhook(name: str, url: str, **fields: object) -> dict[str, object]:
    return {"name": name, "url": url, "secret_env": f"SECRET_{name.upper()}", "allow_private": True,
            "retry_schedule": [0, 0.2, 0.4], "timeout_s": 2, **fields}


async def test_dispatcher_health_ready_metrics_and_own_lag(broker, fresh_topics, redis_url, tmp_path):
    topics = fresh_topics("alerts", "articles", partitions=2)
    port = free_port()
    settings = ops_settings(broker.bootstrap, redis_url, topics, dispatcher_port=port, ops_interval_s=60)
    secret = new_secret()
    receiver = WebhookReceiver(secret=secret).start()
    channels = load_channels(channels_file(tmp_path, [webhook("news", receiver.url)]), environ={"SECRET_NEWS": secret},
                             allowlist=[], resolve=False)
    alerts = [sample_alert(region=f"region-{index}") for index in range(3)]
    produce(broker.bootstrap, topics["alerts"], [alert.to_json_bytes() for alert in alerts])
    stop = asyncio.Event()
    task = asyncio.create_task(serve_with_ops(settings, channels, stop))
    base = f"http://127.0.0.1:{port}"
    try:
        ready = await asyncio.to_thread(wait_ready, base)
        assert ready["checks"]["redis"]["ok"] and ready["checks"]["broker"]["ok"]
        assert topics["alerts"] in ready["checks"]["alerts_consumer"]["detail"]
        health = (await asyncio.to_thread(get, f"{base}/health")).json()
        assert health["status"] == "ok" and health["role"] == "dispatch" and health["pid"] == os.getpid()
        await asyncio.to_thread(receiver.wait_for, 3, 20)

        async def delivered_and_lag_known() -> str | None:
            text = (await asyncio.to_thread(get, f"{base}/metrics")).text
            lag_samples = [line for line in text.splitlines() if line.startswith("nadhir_consumer_lag{")
                           and f'group="{settings.app_id}-dispatch"' in line]
            done = metric_value(text, "nadhir_deliveries_total", channel="news", outcome="delivered")
            return text if done == 3 and len(lag_samples) == 2 else None

        text = None
        for _ in range(60):
            text = await delivered_and_lag_known()
            if text:
                break
            await asyncio.sleep(0.25)
        assert text, "metrics never showed 3 deliveries and the lag of both partitions"
        assert text.startswith("# HELP") and "nadhir_delivery_queue" in text
        assert metric_value(text, "nadhir_delivery_latency_seconds_count", channel="news") == 3
        for partition in ("0", "1"):
            assert metric_value(text, "nadhir_consumer_lag", group=f"{settings.app_id}-dispatch",
                                topic=topics["alerts"], partition=partition) == 0
        assert metric_value(text, "nadhir_ready", role="dispatch") == 1
        assert metric_value(text, "nadhir_delivery_dead_letters") == 0
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 30)
        receiver.stop()
    with pytest.raises(httpx.HTTPError):
        await asyncio.to_thread(get, f"{base}/health", 1)  # the server stopped with the dispatcher


async def test_ready_is_503_and_names_what_is_down():
    dead_redis_port, dead_broker_port = free_port(), free_port()
    client = aioredis.Redis(host="127.0.0.1", port=dead_redis_port, socket_connect_timeout=0.5)
    server = await OpsServer("probe", host="127.0.0.1", port=0, checks={
        "redis": redis_check(client), "broker": broker_check([f"127.0.0.1:{dead_broker_port}"]),
    }).start()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}", timeout=5) as http:
            ready = await http.get("/ready")
            health = await http.get("/health")
    finally:
        await server.stop()
        await client.aclose()
    assert health.status_code == 200  # alive, though not ready
    assert ready.status_code == 503
    body = ready.json()
    assert body["ready"] is False
    assert not body["checks"]["redis"]["ok"] and body["checks"]["redis"]["detail"]
    assert not body["checks"]["broker"]["ok"] and str(dead_broker_port) in body["checks"]["broker"]["detail"]


def test_lag_comes_from_the_fetch_high_watermark(broker, fresh_topics):
    """Multi-record batches: tansu's ListOffsets says 1, the high watermark says 7."""
    topic = fresh_topics("lagged", partitions=2)["lagged"]
    produce(broker.bootstrap, topic, [b"x%d" % index for index in range(7)], partition=0, batched=True)
    produce(broker.bootstrap, topic, [b"y%d" % index for index in range(3)], partition=1, batched=True)
    from kafka import KafkaConsumer, TopicPartition
    from kafka.structs import OffsetAndMetadata

    group = f"lagging-{topic}"
    committer = KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=group, enable_auto_commit=False)
    committer.assign([TopicPartition(topic, 0)])
    committer.commit({TopicPartition(topic, 0): OffsetAndMetadata(2, "", -1)})
    listed = committer.end_offsets([TopicPartition(topic, 0)])
    committer.close()
    lags = {item.partition: item for item in group_lag(broker.bootstrap, group, topic)}
    print(f"\nListOffsets end offset of partition 0: {listed}; Fetch high watermark: {lags[0].highwater}")
    assert (lags[0].highwater, lags[0].committed, lags[0].lag) == (7, 2, 5)
    assert (lags[1].highwater, lags[1].committed, lags[1].lag) == (3, None, 3)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_worker_process_health_ready_metrics(broker, fresh_topics, redis_url, tmp_path):
    topics = fresh_topics("articles", "articles.dlq", "events", "alerts", partitions=2)
    port = free_port()
    settings = ops_settings(broker.bootstrap, redis_url, topics)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("NADHIR_")},
           "NADHIR_BROKER": broker.bootstrap, "NADHIR_REDIS_URL": redis_url, "NADHIR_REDIS_PREFIX": PREFIX,
           "NADHIR_APP_ID": settings.app_id, "NADHIR_PARTITIONS": "2", "NADHIR_WORKER_PORT": str(port),
           "NADHIR_WORKER_DATA_DIR": str(tmp_path / "worker"), "NADHIR_TOPIC_ARTICLES": topics["articles"],
           "NADHIR_TOPIC_ARTICLES_DLQ": topics["articles.dlq"], "NADHIR_TOPIC_EVENTS": topics["events"],
           "NADHIR_TOPIC_ALERTS": topics["alerts"]}
    log = tmp_path / "worker.log"
    with log.open("ab") as sink:
        process = subprocess.Popen([sys.executable, "-m", "nadhir", "worker"], cwd=ROOT, env=env,
                                   stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        ready = wait_ready(base, within=60)
        assert ready["role"] == "worker" and ready["checks"]["redis"]["ok"]
        assert topics["articles"] in ready["checks"]["articles_consumer"]["detail"]
        assert get(f"{base}/health").json()["status"] == "ok"
        produce(broker.bootstrap, topics["articles"], [b"{not json", b"[1, 2]", b"\xff\xfe"], partition=0)

        def counted() -> bool:
            text = get(f"{base}/metrics").text
            return (metric_value(text, "nadhir_articles_received_total") == 3
                    and metric_value(text, "nadhir_consumer_lag", group=settings.app_id, topic=topics["articles"],
                                     partition="0") == 0)

        try:
            wait_until(counted, 30, what="3 records counted and partition 0 caught up")
        finally:
            text = get(f"{base}/metrics").text
            print("\n".join(line for line in text.splitlines() if line.startswith(("nadhir_articles", "nadhir_consumer"))))
        assert metric_value(text, "nadhir_articles_dead_lettered_total", reason="invalid_json") == 1
        assert metric_value(text, "nadhir_articles_dead_lettered_total", reason="schema") == 1
        assert metric_value(text, "nadhir_articles_dead_lettered_total", reason="invalid_utf8") == 1
        assert metric_value(text, "nadhir_articles_valid_total") == 0
        assert metric_value(text, "nadhir_ready", role="worker") == 1
    finally:
        _stop(process)
    assert process.returncode == 0, log.read_text()[-3000:]


def test_bot_process_health_ready_metrics(redis_url, tmp_path):
    port = free_port()
    with TelegramAPIStandIn() as api:
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("NADHIR_")},
               "NADHIR_TELEGRAM_TOKEN": DEFAULT_TOKEN, "NADHIR_TELEGRAM_API_BASE": api.base_url,
               "NADHIR_REDIS_URL": redis_url, "NADHIR_REDIS_PREFIX": PREFIX, "NADHIR_BOT_PORT": str(port)}
        log = tmp_path / "bot.log"
        with log.open("ab") as sink:
            process = subprocess.Popen([sys.executable, "-m", "nadhir", "bot", "--poll-timeout", "1"], cwd=ROOT,
                                       env=env, stdout=sink, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            ready = wait_ready(base, within=30)
            assert ready["role"] == "bot" and "@nadhir_test_bot" in ready["checks"]["telegram"]["detail"]
            api.push_message(4242, "/help")
            api.wait_sent(4242, 1, timeout=20)
            text = get(f"{base}/metrics").text
            assert metric_value(text, "nadhir_bot_commands_total", command="help") == 1
            assert metric_value(text, "nadhir_ready", role="bot") == 1
        finally:
            _stop(process)
    assert process.returncode == 0, log.read_text()[-3000:]
