"""The status page in headless Chromium: a real page load from the real dispatcher's HTTP server,
against real Redis holding real alerts (read from the alerts topic), deliveries and event counts.

Chromium is Debian's ``chromium`` (``scripts/ensure-chromium.sh``, run by ``make test``). The
rendered DOM (``--dump-dom``) must show the alerts with their evidence, escaped, the chart and the
delivery health; a screenshot is saved as ``test-artifacts/status-page.png``.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis
import yaml

from alerts.model import Evidence
from config.channels import load_channels
from nadhir.ops.dispatcher import serve_with_ops
from nadhir.ops.regions import RegionCounter
from nadhir.runtime.ports import free_port
from tests.integration.ops.conftest import PREFIX, new_secret, ops_settings, produce
from tests.support.webhook_receiver import Behaviour, WebhookReceiver, sample_alert

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                  "--disable-dev-shm-usage", "--hide-scrollbars"]
HOSTILE_TITLE = '<img src=x onerror="document.title=\'pwned\'">Shelling <b>reported</b>'


@dataclass(frozen=True)
class Event:
    category: str
    region: str | None


def chromium(*args: str, user_data_dir: Path, timeout: float = 90) -> str:
    binary = shutil.which("chromium")
    assert binary is not None
    done = subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}", *args],
                          capture_output=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8")


def alerts_now() -> list[bytes]:
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(hours=1)
    times = {"window_start": start, "window_end": now, "event_time": now - timedelta(minutes=5), "emitted_at": now}
    hama = sample_alert(
        rule="airstrike-surge", region="Hama", value=9.0, threshold=5.0, severity="critical", **times,
        evidence=[
            Evidence(article_id="a1", title="غارات جوية على ريف حماة الشمالي", url="https://example.org/hama/1",
                     source="Enab Baladi", snippet="شنت طائرات حربية غارات على بلدة كفرزيتا", reported_count=4,
                     published_at=now - timedelta(minutes=20)),
            Evidence(article_id="a2", title=HOSTILE_TITLE, url="javascript:alert(1)", source="<script>x</script>",
                     snippet="</script><script>document.title='pwned'</script> 3 shells hit the town"),
        ])
    idlib = sample_alert(rule="shelling-spike", rule_type="spike", category="shelling", region="Idlib",
                         value=12.0, threshold=6.0, severity="warning", **{**times, "emitted_at": now - timedelta(minutes=2)},
                         evidence=[Evidence(article_id="a3", title="Shelling on Jabal al-Zawiya villages",
                                            url="http://example.org/idlib/3", source="SOHR", reported_count=12)])
    resolved = sample_alert(rule="clashes-surge", category="clashes", region="Aleppo", status="resolved",
                            value=1.0, threshold=4.0, **{**times, "emitted_at": now - timedelta(minutes=30)})
    return [alert.to_json_bytes() for alert in (hama, idlib, resolved)]


async def count_events(redis_url: str) -> None:
    client = aioredis.Redis.from_url(redis_url)
    counter = RegionCounter(client, PREFIX)
    now_ms = int(time.time() * 1000)
    admitted = []
    for hours_ago, region, category, articles in [
        (0, "Hama", "airstrike", 9), (1, "Hama", "airstrike", 5), (2, "Hama", "airstrike", 2),
        (0, "Idlib", "shelling", 12), (1, "Idlib", "shelling", 3), (3, "Idlib", "shelling", 4),
        (5, "Aleppo", "clashes", 6), (4, "Aleppo", "clashes", 2), (8, None, "airstrike", 1),
    ]:
        for index in range(articles):
            admitted.append((f"{region}-{hours_ago}-{index}", [Event(category, region)], now_ms - hours_ago * 3_600_000))
    await counter.record(admitted)
    await counter.record(admitted)  # a re-processed batch does not inflate the counts
    await client.aclose()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed: run scripts/ensure-chromium.sh")
async def test_status_page_in_headless_chromium(broker, fresh_topics, redis_url, tmp_path, artifacts_dir):
    topics = fresh_topics("alerts", "articles", partitions=2)
    port = free_port()
    settings = ops_settings(broker.bootstrap, redis_url, topics, ops_interval_s=60)
    news_secret, flaky_secret = new_secret(), new_secret()
    news = WebhookReceiver(secret=news_secret).start()
    flaky = WebhookReceiver(secret=flaky_secret, behaviour=Behaviour(status=500)).start()
    path = tmp_path / "channels.yaml"
    hook = {"allow_private": True, "retry_schedule": [0, 0.1], "timeout_s": 2}
    path.write_text(yaml.safe_dump({"version": 1, "webhooks": [
        {"name": "newsroom", "url": news.url, "secret_env": "SECRET_NEWS", **hook},
        {"name": "partner", "url": flaky.url, "secret_env": "SECRET_FLAKY", "match": {"categories": ["airstrike"]},
         **hook}]}), encoding="utf-8")
    channels = load_channels(path, environ={"SECRET_NEWS": news_secret, "SECRET_FLAKY": flaky_secret},
                             allowlist=[], resolve=False)
    await count_events(redis_url)
    produce(broker.bootstrap, topics["alerts"], alerts_now())
    stop = asyncio.Event()
    task = asyncio.create_task(serve_with_ops(settings, channels, stop, port=port))
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=5) as http:
            deadline = time.monotonic() + 30
            while True:
                with contextlib.suppress(httpx.HTTPError):
                    data = (await http.get("/api/status")).json()
                    rows = {row["channel"]: row for row in data["deliveries"]}
                    if (len(data["alerts"]) == 3 and rows.get("newsroom", {}).get("delivered") == 3
                            and rows.get("partner", {}).get("dead") == 1):
                        break
                assert time.monotonic() < deadline, "the dispatcher did not record the alerts and deliveries"
                await asyncio.sleep(0.2)
        profile = tmp_path / "chromium-profile"
        dom = await asyncio.to_thread(chromium, "--dump-dom", f"{base}/", user_data_dir=profile)
        screenshot = artifacts_dir / "status-page.png"
        screenshot.unlink(missing_ok=True)
        await asyncio.to_thread(chromium, f"--screenshot={screenshot}", "--window-size=1280,900", f"{base}/",
                                user_data_dir=tmp_path / "chromium-profile-2")
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 30)
        news.stop()
        flaky.stop()

    # The script rendered the embedded data.
    assert 'id="main" data-rendered="true"' in dom and 'data-alerts="3"' in dom
    for key in ("airstrike|Hama", "shelling|Idlib", "clashes|Aleppo"):
        assert key in dom
    assert "غارات جوية على ريف حماة الشمالي" in dom and 'href="https://example.org/hama/1"' in dom
    assert 'href="http://example.org/idlib/3"' in dom
    # Untrusted text is text: escaped, never markup; the javascript: URL is not a link.
    assert "&lt;img src=x onerror=" in dom and "<img" not in dom
    assert "&lt;/script&gt;&lt;script&gt;document.title" in dom
    assert "javascript:" not in dom and "pwned" not in re.sub(r"&lt;.*?&gt;|document\.title=.pwned.", "", dom)
    assert "<title>Nadhir — status</title>" in dom
    # The chart: one line per region with events, the idempotent counts in its legend.
    assert 'id="region-chart"' in dom and 'data-series="4"' in dom
    for region in ("Hama", "Idlib", "Aleppo", "unknown"):
        assert f'data-region="{region}"' in dom
    assert "Hama (16: airstrike 16)" in dom and "Idlib (19: shelling 19)" in dom
    # Delivery health per channel.
    assert re.search(r'data-channel="newsroom"><td>newsroom</td><td>3</td>', dom)
    assert re.search(r'data-channel="partner"><td>partner</td><td>0</td><td>0</td><td>0</td><td class="bad">1</td>', dom)
    assert screenshot.exists() and screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000
