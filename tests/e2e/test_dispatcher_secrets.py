"""No secret in the dispatcher's logs or in `nadhir deliveries` output, whatever goes wrong."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

from nadhir.runtime import free_port
from tests.e2e.test_dispatcher_helpers import (
    ROOT,
    dispatcher_env,
    new_secret,
    produce,
    start_dispatcher,
    start_receiver,
    wait_for,
    write_channels,
)
from tests.support.webhook_receiver import read_jsonl, sample_alert

BOT_TOKEN = "987654321:AAFakeTokenForTestsOnly_abcdefghijkl"
URL_TOKEN = "urltoken-5f3a9c1e77"


def test_no_secret_in_logs_or_cli_output(tmp_path: Path, broker, fresh_topics, redis_url):
    secret_failing, secret_gone = new_secret(), new_secret()
    topic = fresh_topics("alerts", partitions=1)["alerts"]
    failing, failing_url, failing_log = start_receiver(tmp_path, secret_failing, "--status", "500", name="failing")
    gone, gone_url, gone_log = start_receiver(tmp_path, secret_gone, "--status", "410", name="gone")
    down_url = f"http://127.0.0.1:{free_port()}/hook?token={URL_TOKEN}"
    hooks = [
        {"name": "failing", "url": f"{failing_url}?token={URL_TOKEN}", "secret_env": "NADHIR_WEBHOOK_SECRET_A"},
        {"name": "gone", "url": gone_url, "secret_env": "NADHIR_WEBHOOK_SECRET_B"},
        {"name": "down", "url": down_url, "secret_env": "NADHIR_WEBHOOK_SECRET_A"},
    ]
    for entry in hooks:
        entry.update(allow_private=True, timeout_s=1, retry_schedule=[0, 0.2, 0.2])
    channels = write_channels(tmp_path, hooks, breaker={"failures": 1000, "cooldown_s": 1})
    prefix = f"e2e{uuid.uuid4().hex[:6]}:"
    env = dispatcher_env(broker.bootstrap, redis_url, channels, prefix,
                         NADHIR_WEBHOOK_SECRET_A=secret_failing, NADHIR_WEBHOOK_SECRET_B=secret_gone,
                         NADHIR_TELEGRAM_TOKEN=BOT_TOKEN,
                         NADHIR_TELEGRAM_API_BASE=f"http://127.0.0.1:{free_port()}")
    produce(broker.bootstrap, topic, [sample_alert(region=f"r{i}").to_json_bytes() for i in range(3)])
    dispatcher = start_dispatcher(tmp_path, env, topic, f"g-{topic}", "dispatcher")
    try:
        wait_for(lambda: len(read_jsonl(failing_log)) >= 9 and len(read_jsonl(gone_log)) >= 1, 60,
                 "failed attempts", [dispatcher])
        cli = [subprocess.run([sys.executable, "-m", "nadhir", "deliveries", *args], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=60) for args in (
            ["list", "--limit", "100"], ["dead"], ["dead", "--json"], ["disabled"])]
        wait_for(lambda: "dead after 3 attempt" in (dispatcher.log_path.read_text()), 30, "dead letters",
                 [dispatcher])
    finally:
        dispatcher.stop()
        failing.stop()
        gone.stop()
    log = dispatcher.log_path.read_text()
    # The log really covers the failure paths (or this test proves nothing).
    assert "HTTP 500" in log and "410" in log and "connection failed" in log, log[-2000:]
    for run in cli:
        assert run.returncode == 0, run.stderr
    outputs = log + "".join(run.stdout + run.stderr for run in cli)
    assert "gone" in cli[3].stdout and "dead" in cli[1].stdout
    for secret in (secret_failing, secret_gone):
        assert secret not in outputs
        assert secret.removeprefix("whsec_") not in outputs
    assert BOT_TOKEN not in outputs and BOT_TOKEN.split(":")[1] not in outputs
    assert URL_TOKEN not in outputs
