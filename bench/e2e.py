"""End-to-end figures of the stream worker on the embedded broker and Redis (not a pass/fail test).

1. Throughput: N articles are produced once; then, one after the other, (a) a faust agent that only
   iterates over the topic and (b) the real worker (`streams.app.create_app`) consume all of them,
   each in its own process and consumer group. Each reports first-to-last record time. Prints
   both rates and the ratio (target >= 70 %).
2. Latency: the real worker (`python -m nadhir worker`) runs while articles are produced at
   500/s; every 0.2 s a fresh (category, region) key receives its 3rd article, which crosses a
   threshold rule. Latency = alert seen on `alerts` - crossing article sent. Prints p50/p99
   (target p99 < 300 ms).

    .venv/bin/python bench/e2e.py [--articles 20000] [--latency-seconds 30] [--only throughput] [--decompose]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REGIONS = [("Hama", "حماة"), ("Homs", "حمص"), ("Aleppo", "حلب"), ("Idlib", "إدلب"), ("Raqqa", "الرقة"),
           ("Deir ez-Zor", "دير الزور"), ("Daraa", "درعا"), ("Latakia", "اللاذقية")]
FILLER = ("Local sources said the situation remained tense as residents described the night. " * 8).strip()


def make_article(index: int, published_at: str, region: int | None = None, category: str = "airstrike") -> bytes:
    if region is None:  # noise: an article with no event
        text = f"The municipal council met on Tuesday to discuss water supplies, item {index}. {FILLER}"
        lang = "en"
    elif index % 2:
        name = REGIONS[region][0]
        verb = "carried out airstrikes on" if category == "airstrike" else "withdrew from"
        text = f"Russian warplanes {verb} the countryside of {name} on Monday, report {index}. {FILLER}"
        lang = "en"
    else:
        name = REGIONS[region][1]
        text = f"شن الطيران الحربي الروسي غارات جوية على ريف {name} اليوم، التقرير رقم {index}. " + "وقالت مصادر محلية إن الوضع متوتر. " * 10
        lang = "ar"
    return json.dumps({"id": f"a{index}", "text": text, "title": "", "lang": lang, "source": "bench",
                       "published_at": published_at}, ensure_ascii=False).encode()


# --- child roles ------------------------------------------------------------------------------
def role_iterate(count: int) -> None:
    import faust

    from config.settings import load_settings
    from streams.app import faust_settings, shorten_fetch_wait

    settings = load_settings()
    shorten_fetch_wait(settings.fetch_max_wait_ms)  # consumed the way the worker consumes
    app = faust.App(settings.app_id, **faust_settings(settings))
    topic = app.topic(settings.topic_articles, value_type=bytes, value_serializer="raw", key_serializer="raw")
    seen = {"n": 0, "first": 0.0}

    @app.agent(topic)
    async def iterate(stream):  # type: ignore[no-untyped-def]
        async for _value in stream:
            seen["n"] += 1
            if seen["n"] == 1:
                seen["first"] = time.perf_counter()
            if seen["n"] == count:
                report(count, time.perf_counter() - seen["first"])

    _run(app)


def role_pipeline(count: int, *, process: bool = True) -> None:
    """The real worker; with ``process=False`` its batches skip the processor (the cost of the
    worker's own consumption path: faust, ``noack_take``, acks and commits)."""
    from config.settings import load_settings
    from streams import app as app_module

    settings = load_settings()
    real = app_module._process_with_retries

    async def skip(processor, records):  # type: ignore[no-untyped-def]
        return []

    original = real if process else skip
    seen = {"n": 0, "first": 0.0, "first_cpu": 0.0, "batches": 0, "busy": 0.0, "cpu": 0.0}

    async def timed(processor, records):  # type: ignore[no-untyped-def]
        started, cpu_started = time.perf_counter(), time.process_time()
        if seen["n"] == 0:
            seen["first"], seen["first_cpu"] = started, cpu_started
        outputs = await original(processor, records)
        seen["n"] += len(records)
        seen["batches"] += 1
        seen["busy"] += time.perf_counter() - started
        seen["cpu"] += time.process_time() - cpu_started
        if seen["n"] >= count:
            # Where the worker's time goes: inside the processor (wall and CPU of this process) per
            # article, and the mean batch faust's take() handed over.
            stats = {**processor.stats, "batches": seen["batches"],
                     "mean_batch": round(seen["n"] / seen["batches"], 1),
                     "processor_us_per_article": round(seen["busy"] / seen["n"] * 1e6),
                     "processor_cpu_us_per_article": round(seen["cpu"] / seen["n"] * 1e6),
                     # the whole process (faust, producer, Redis client too): 100 % = one core busy
                     "worker_cpu_us_per_article": round((time.process_time() - seen["first_cpu"]) / seen["n"] * 1e6),
                     "worker_cpu_share": round((time.process_time() - seen["first_cpu"])
                                               / (time.perf_counter() - seen["first"]), 2)}
            report(seen["n"], time.perf_counter() - seen["first"], stats)
        return outputs

    app_module._process_with_retries = timed  # type: ignore[assignment]
    _run(app_module.create_app(settings))


def report(count: int, seconds: float, stats: dict[str, int] | None = None) -> None:
    print("BENCH " + json.dumps({"count": count, "seconds": seconds, "stats": stats or {}}), flush=True)
    os._exit(0)


def _run(app: object) -> None:
    from faust.worker import Worker

    Worker(app, loglevel="WARNING", quiet=True, redirect_stdouts=False).execute_from_commandline()


# --- the conductor ------------------------------------------------------------------------------
def child(role: str, count: int, env: dict[str, str], timeout: float) -> dict[str, object]:
    process = subprocess.Popen([sys.executable, __file__, "--role", role, "--articles", str(count)], env=env,
                               stdout=subprocess.PIPE, stderr=None, text=True, cwd=ROOT)
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
        raise SystemExit(f"{role} did not finish in {timeout:.0f}s") from None
    for line in out.splitlines():
        if "BENCH " in line:  # faust's spinner may prefix the line with terminal escapes
            result: dict[str, object] = json.loads(line.split("BENCH ", 1)[1])
            return result
    raise SystemExit(f"{role} printed no result")


def base_env(broker: str, redis_url: str, topics: dict[str, str], app_id: str, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("NADHIR_")}
    env.update({"NADHIR_BROKER": broker, "NADHIR_REDIS_URL": redis_url, "NADHIR_APP_ID": app_id,
                "NADHIR_TOPIC_ARTICLES": topics["articles"], "NADHIR_TOPIC_ARTICLES_DLQ": topics["dlq"],
                "NADHIR_TOPIC_EVENTS": topics["events"], "NADHIR_TOPIC_ALERTS": topics["alerts"],
                "NADHIR_REDIS_PREFIX": f"{app_id}:",  # each run counts afresh, no copies of the last run's
                "NADHIR_WORKER_PORT": "0", "NADHIR_WORKER_DATA_DIR": tempfile.mkdtemp(prefix="nadhir-bench-"),
                "NADHIR_LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"})
    env.update(extra)
    return env


def throughput(broker: str, redis_url: str, count: int, *, decompose: bool = False) -> None:
    from kafka import KafkaProducer

    from nadhir.runtime.topics import create_topics

    suffix = str(int(time.time()))
    topics = {name: f"bench-{name}-{suffix}" for name in ("articles", "dlq", "events", "alerts")}
    create_topics(broker, topics.values(), 4)
    producer = KafkaProducer(bootstrap_servers=broker, linger_ms=20, acks=1)
    for index in range(count):  # about one article in three without an event, like a news feed
        region = None if index % 3 == 0 else index % len(REGIONS)
        producer.send(topics["articles"], make_article(index, "2024-05-20T12:00:00Z", region))
    producer.flush()
    producer.close()
    ceiling = child("iterate", count, base_env(broker, redis_url, topics, f"bench-iterate-{suffix}"), 600)
    pipeline = child("pipeline", count, base_env(broker, redis_url, topics, f"bench-pipeline-{suffix}"), 600)
    ceiling_rate = count / float(ceiling["seconds"])  # type: ignore[arg-type]
    pipeline_rate = count / float(pipeline["seconds"])  # type: ignore[arg-type]
    print(f"throughput, {count} articles, 4 partitions, one worker:")
    print(f"  faust agent that only iterates : {ceiling_rate:8.0f} articles/s")
    print(f"  nadhir worker (validate, tag, dedupe, count, rules, events): {pipeline_rate:8.0f} articles/s")
    print(f"  ratio: {pipeline_rate / ceiling_rate:.0%} (target >= 70 %)   worker stats: {pipeline['stats']}")
    if decompose:
        take = child("take", count, base_env(broker, redis_url, topics, f"bench-take-{suffix}"), 600)
        take_rate = count / float(take["seconds"])  # type: ignore[arg-type]
        print(f"  worker whose batches skip the processor: {take_rate:8.0f} articles/s "
              f"({1e6 / take_rate:.0f} µs per article; the worker's processing adds "
              f"{1e6 / pipeline_rate - 1e6 / take_rate:.0f} µs)   stats: {take['stats']}")


def latency(broker: str, redis_url: str, seconds: float, rate: int = 500) -> None:
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    from nadhir.runtime.process import ManagedProcess
    from nadhir.runtime.topics import create_topics

    suffix = str(int(time.time()))
    topics = {name: f"lat-{name}-{suffix}" for name in ("articles", "dlq", "events", "alerts")}
    create_topics(broker, topics.values(), 4)
    rules = Path(tempfile.mkdtemp(prefix="nadhir-bench-")) / "rules.yaml"
    rules.write_text("version: 1\nrules:\n  - {name: bench, type: threshold, categories: [airstrike], "
                     "key: category+region, window: 10s, hop: 10s, threshold: 3}\n")
    env = base_env(broker, redis_url, topics, f"bench-latency-{suffix}", NADHIR_RULES_FILE=str(rules),
                   NADHIR_ALLOWED_LATENESS_S="0", NADHIR_WORKER_BATCH_WITHIN_S="0.05")
    worker = ManagedProcess("worker", [sys.executable, "-m", "nadhir", "worker"], env=env, cwd=ROOT).start()
    seen: dict[str, float] = {}
    stop = threading.Event()

    def watch() -> None:
        consumer = KafkaConsumer(bootstrap_servers=broker, fetch_max_wait_ms=10)
        consumer.assign([TopicPartition(topics["alerts"], p) for p in range(4)])
        while not stop.is_set():
            for batch in consumer.poll(timeout_ms=50).values():
                for message in batch:
                    alert = json.loads(message.value)
                    if alert["status"] == "firing":
                        seen.setdefault(f"{alert['key']}@{alert['window_start']}", time.perf_counter())
        consumer.close()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    producer = KafkaProducer(bootstrap_servers=broker, linger_ms=2, acks=1)
    sent: dict[str, float] = {}
    try:
        time.sleep(8)  # the worker joins its group
        base = 1_716_206_400  # 2024-05-20T12:00:00Z; one 10 s event-time round per 0.2 s of wall time
        index, round_no = 0, 0
        per_round = rate // 5
        started = time.perf_counter()
        while time.perf_counter() - started < seconds:
            round_start = time.perf_counter()
            published = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base + 10 * round_no))
            region = round_no % len(REGIONS)
            for position in range(per_round):
                crossing = position in (10, 40, 70)
                producer.send(topics["articles"], make_article(index, published, region if crossing else None))
                if position == 70 and round_no >= 3:  # rounds 0-2 warm up
                    key = f"airstrike|{REGIONS[region][0]}"
                    window = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base + 10 * round_no))
                    sent[f"{key}@{window}"] = time.perf_counter()
                index += 1
                time.sleep(max(0.0, round_start + (position + 1) / rate - time.perf_counter()))
            round_no += 1
        producer.flush()
        time.sleep(3)
    finally:
        stop.set()
        producer.close()
        worker.stop()
        watcher.join(timeout=5)
    matched = [(seen[key] - sent_at) * 1000 for key, sent_at in sent.items() if key in seen]
    if not matched:
        print(f"latency: no alert matched ({len(seen)} alerts seen, keys e.g. {list(seen)[:3]})")
        return
    matched.sort()
    p99 = matched[min(len(matched) - 1, int(len(matched) * 0.99))]
    print(f"latency at {rate} articles/s, {len(matched)}/{len(sent)} crossings alerted:")
    print(f"  p50 {statistics.median(matched):6.1f} ms   p99 {p99:6.1f} ms   max {matched[-1]:6.1f} ms "
          f"(target p99 < 300 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--role", choices=["iterate", "pipeline", "take"], default=None)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--latency-seconds", type=float, default=30)
    parser.add_argument("--only", choices=["throughput", "latency"], default=None)
    parser.add_argument("--decompose", action="store_true",
                        help="also run the worker with batches that skip the processor (its consumption path alone)")
    args = parser.parse_args()
    if args.role == "iterate":
        role_iterate(args.articles)
        return
    if args.role == "pipeline":
        role_pipeline(args.articles)
        return
    if args.role == "take":
        role_pipeline(args.articles, process=False)
        return
    from nadhir.runtime import EmbeddedBroker, EmbeddedRedis

    with EmbeddedBroker() as broker, EmbeddedRedis() as redis_server:
        if args.only != "latency":
            throughput(broker.bootstrap, redis_server.url, args.articles, decompose=args.decompose)
        if args.only != "throughput":
            latency(broker.bootstrap, redis_server.url.replace("/0", "/1"), args.latency_seconds)


if __name__ == "__main__":
    main()
