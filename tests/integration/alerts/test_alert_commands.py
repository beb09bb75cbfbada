"""`nadhir silence` and `nadhir deliveries` as a user runs them, against real Redis."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

from alerts.deliveries.store import DeliveryStore
from alerts.routing import webhook_target
from tests.support.webhook_receiver import sample_alert

ROOT = Path(__file__).resolve().parents[3]


def nadhir(redis_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NADHIR_")}
    env.update({"NADHIR_REDIS_URL": redis_url, "NADHIR_REDIS_PREFIX": "cli:", "COLUMNS": "250"})
    return subprocess.run([sys.executable, "-m", "nadhir", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_silence_add_list_expire(redis_url):
    added = nadhir(redis_url, "silence", "add", "--match", "category=airstrike,region=Hama", "--for", "4h",
                   "--comment", "known raid")
    assert added.returncode == 0, added.stderr
    silence_id = added.stdout.strip()
    listed = nadhir(redis_url, "silence", "list")
    assert silence_id in listed.stdout and "region=Hama" in listed.stdout
    assert nadhir(redis_url, "silence", "expire", silence_id).returncode == 0
    assert silence_id not in nadhir(redis_url, "silence", "list").stdout
    assert silence_id in nadhir(redis_url, "silence", "list", "--all").stdout
    bad = nadhir(redis_url, "silence", "add", "--match", "category", "--for", "1h")
    assert bad.returncode == 2 and "cannot parse matcher" in bad.stderr
    assert nadhir(redis_url, "silence", "expire", "nope").returncode == 1


async def test_deliveries_list_dead_replay(redis_url, aredis):
    store = DeliveryStore(aredis, "cli:")
    target = webhook_target("ops")
    recorded = await store.record([(target, sample_alert(), 0.0), (target, sample_alert(region="Homs"), 0.0)])
    claimed = await store.claim("ops", 10, 30, "tok")
    for delivery in claimed:
        await store.finish(delivery, status="dead", error="HTTP 500", status_code=500)
    listed = await asyncio.to_thread(nadhir, redis_url, "deliveries", "list", "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {r["id"] for r in rows} == {r.delivery_id for r in recorded}
    assert all(r["status"] == "dead" and r["last_error"] == "HTTP 500" for r in rows)
    dead = await asyncio.to_thread(nadhir, redis_url, "deliveries", "dead")
    assert dead.returncode == 0 and "HTTP 500" in dead.stdout
    one = recorded[0].delivery_id
    replayed = await asyncio.to_thread(nadhir, redis_url, "deliveries", "replay", one)
    assert replayed.returncode == 0, replayed.stderr
    assert (await store.get(one)).status == "pending"
    again = await asyncio.to_thread(nadhir, redis_url, "deliveries", "replay", one)
    assert again.returncode == 1 and "not a dead letter" in again.stderr
    every = await asyncio.to_thread(nadhir, redis_url, "deliveries", "replay", "--all")
    assert every.stdout.startswith("1 dead letter")
    assert await store.pending_count("ops") == 2
