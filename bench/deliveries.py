"""Deliveries per second from one dispatcher to a local webhook receiver, against a raw-httpx baseline.

    .venv/bin/python -m bench.deliveries [--alerts 5000] [--concurrency 64]

Real services only: the embedded broker (tansu), our own redis-server and the webhook receiver
as a separate process (it verifies every signature). Measured in the same run:

1. baselines: signed POSTs straight to the receiver with the same concurrency, with httpx and
   with aiohttp (the webhook notifier's client);
2. dispatcher: the alerts are produced to a fresh topic first, then one in-process dispatcher
   (``alerts.dispatch.service.serve``: Kafka consumer ▸ Redis records ▸ claims ▸ signed POSTs ▸
   Redis outcomes) delivers them. The rate is over the receiver's clock from the first to the
   last delivery (consumer-group join excluded; it is printed separately).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alerts.dispatch.service import serve  # noqa: E402
from alerts.notify.webhook.formats import render  # noqa: E402
from alerts.notify.webhook.signing import signed_headers  # noqa: E402
from config.channels import decode_secret, load_channels  # noqa: E402
from config.settings import load_settings  # noqa: E402
from nadhir.runtime import EmbeddedBroker, EmbeddedRedis, free_port, wait_for_port  # noqa: E402
from nadhir.runtime.process import ManagedProcess  # noqa: E402
from nadhir.runtime.topics import create_topics  # noqa: E402
from tests.support.webhook_receiver import read_jsonl, sample_alert  # noqa: E402


def line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def ok_rows(path: Path) -> list[dict[str, object]]:
    return [r for r in read_jsonl(path) if r["verified"] and 200 <= int(str(r["status"])) < 300]


async def baseline(client_name: str, url: str, secret: str, count: int, concurrency: int) -> tuple[float, float]:
    """Signed POSTs straight to the receiver, ``concurrency`` at a time, with httpx or aiohttp."""
    import socket

    import aiohttp

    key = decode_secret(secret)
    body, content_type = render("nadhir", [sample_alert()], "msg_baseline", "bench")
    queue = iter(range(count))

    def headers_for(index: int) -> dict[str, str]:
        headers = signed_headers(key, f"msg_{client_name}_{index}", body)
        headers["content-type"] = content_type
        return headers

    started, cpu = time.perf_counter(), time.process_time()
    if client_name == "httpx":
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        # TCP_NODELAY: httpx writes headers and body separately, and Nagle would hold the body back.
        transport = httpx.AsyncHTTPTransport(limits=limits,
                                             socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
        async with httpx.AsyncClient(transport=transport, trust_env=False, timeout=60) as client:
            async def httpx_worker() -> None:
                for index in queue:
                    response = await client.post(url, content=body, headers=headers_for(index))
                    assert response.status_code == 200, response.status_code

            started, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(httpx_worker() for _ in range(concurrency)))
    else:
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:
            async def aiohttp_worker() -> None:
                for index in queue:
                    async with session.post(url, data=body, headers=headers_for(index)) as response:
                        await response.read()
                        assert response.status == 200, response.status

            started, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(aiohttp_worker() for _ in range(concurrency)))
    return count / (time.perf_counter() - started), (time.process_time() - cpu) / count


def produce(bootstrap: str, topic: str, count: int) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=bootstrap, batch_size=1, linger_ms=0, acks=1)
    for index in range(count):
        producer.send(topic, key=str(index).encode(), value=sample_alert(region=f"r{index}").to_json_bytes())
    producer.flush()
    producer.close()


async def dispatcher_run(settings_kwargs: dict[str, str], channels_file: Path, topic: str, jsonl: Path,
                         count: int) -> tuple[float, float, float]:
    settings = load_settings(**settings_kwargs)
    channels = load_channels(channels_file, allowlist=[])
    stop = asyncio.Event()
    started, cpu = time.time(), time.process_time()
    task = asyncio.create_task(serve(settings, channels, stop, group_id=f"bench-{topic}", topic=topic))
    try:
        # Poll cheaply (count lines): this process also runs the dispatcher being measured.
        while line_count(jsonl) < count:
            if task.done():
                task.result()
            await asyncio.sleep(1.0)
            if time.time() - started > 600:
                raise TimeoutError("dispatcher bench did not finish in 10 minutes")
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
    cpu_per_delivery = (time.process_time() - cpu) / count
    rows = ok_rows(jsonl)
    times = sorted(float(str(r["received_at"])) for r in rows)
    ids = {r["webhook_id"] for r in rows}
    assert len(ids) == len(rows) == count, f"{len(rows)} deliveries, {len(ids)} unique, {count} alerts"
    rate = (count - 1) / (times[-1] - times[0])
    return rate, times[0] - started, cpu_per_delivery


def run(alerts: int = 5000, concurrency: int = 64) -> dict[str, float]:
    """Both baselines and the dispatcher, measured in this order; the figures as a dict."""
    args = argparse.Namespace(alerts=alerts, concurrency=concurrency)
    secret = "whsec_" + base64.b64encode(os.urandom(32)).decode()
    with tempfile.TemporaryDirectory(prefix="nadhir-bench-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        base_log, run_log = tmp / "baseline.jsonl", tmp / "dispatch.jsonl"
        broker = EmbeddedBroker(log_path=tmp / "tansu.log").start()
        redis_server = EmbeddedRedis(data_dir=tmp / "redis").start()
        receiver: ManagedProcess | None = None
        try:
            def start_receiver(jsonl: Path) -> ManagedProcess:
                process = ManagedProcess("receiver", [
                    sys.executable, "-m", "tests.support.webhook_receiver", "--port", str(port), "--secret", secret,
                    "--jsonl", str(jsonl), "--no-bodies"], cwd=ROOT, log_path=tmp / "receiver.log").start()
                wait_for_port("127.0.0.1", port, 15)
                return process

            url = f"http://127.0.0.1:{port}/hook"
            base_rates: dict[str, tuple[float, float]] = {}
            for client_name in ("httpx", "aiohttp"):
                receiver = start_receiver(base_log)
                base_rates[client_name] = asyncio.run(
                    baseline(client_name, url, secret, args.alerts, args.concurrency))
                receiver.stop()
            receiver = start_receiver(run_log)

            topic = f"alerts-bench-{uuid.uuid4().hex[:6]}"
            create_topics(broker.bootstrap, [topic], 4)
            produced = time.perf_counter()
            produce(broker.bootstrap, topic, args.alerts)
            produce_s = time.perf_counter() - produced
            channels_file = tmp / "channels.yaml"
            channels_file.write_text(yaml.safe_dump({"version": 1, "webhooks": [{
                "name": "bench", "url": url, "secret_env": "NADHIR_BENCH_SECRET", "allow_private": True,
                "max_concurrency": args.concurrency, "retry_schedule": [0, 1, 5]}]}))
            os.environ["NADHIR_BENCH_SECRET"] = secret
            rate, join_s, cpu_each = asyncio.run(dispatcher_run(
                {"broker": broker.bootstrap, "redis_url": redis_server.url, "redis_prefix": "bench:"},
                channels_file, topic, run_log, args.alerts))
        finally:
            if receiver is not None:
                receiver.stop()
            redis_server.stop()
            broker.stop()
    return {"alerts": args.alerts, "concurrency": args.concurrency, "produce_per_s": args.alerts / produce_s,
            "httpx_per_s": base_rates["httpx"][0], "httpx_cpu_s": base_rates["httpx"][1],
            "aiohttp_per_s": base_rates["aiohttp"][0], "aiohttp_cpu_s": base_rates["aiohttp"][1],
            "dispatcher_per_s": rate, "dispatcher_cpu_s": cpu_each, "join_s": join_s}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--alerts", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    figures = run(args.alerts, args.concurrency)
    rate, join_s, cpu_each, produce_s = (figures["dispatcher_per_s"], figures["join_s"], figures["dispatcher_cpu_s"],
                                         args.alerts / figures["produce_per_s"])
    base_rates = {name: (figures[f"{name}_per_s"], figures[f"{name}_cpu_s"]) for name in ("httpx", "aiohttp")}
    print(f"alerts: {args.alerts}, concurrency: {args.concurrency}, cores: {os.cpu_count()}")
    print(f"produce to Kafka (setup, not measured): {args.alerts / produce_s:,.0f} msg/s")
    for client_name, (base_rate, base_cpu) in base_rates.items():
        print(f"baseline, raw signed {client_name} POSTs: {base_rate:,.0f}/s, "
              f"client CPU {base_cpu * 1000:.2f} ms/request")
    httpx_rate, aiohttp_rate = base_rates["httpx"][0], base_rates["aiohttp"][0]
    print(f"dispatcher, Kafka->Redis->HTTP->Redis: {rate:,.0f} deliveries/s "
          f"({rate / httpx_rate:.2f}x raw httpx, {rate / aiohttp_rate:.2f}x raw aiohttp), "
          f"CPU {cpu_each * 1000:.2f} ms/delivery = {1 / cpu_each:,.0f} deliveries per CPU-second "
          f"(first delivery {join_s:.1f}s after start, group join included)")
    print(f"load average during the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
          "(other processes share the cores: wall-clock rates are noisy, CPU per delivery less so)")
    print(f"target >= 1,000/s: {'met' if rate >= 1000 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
