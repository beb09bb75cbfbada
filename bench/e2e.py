"""End-to-end figures of the stream worker on the embedded broker and Redis (not a pass/fail test).

1. Throughput: N articles are produced once; then, one after the other, (a) a faust agent that only
   iterates over the topic and (b) the real worker (`streams.app.create_app`) consume all of them,
   each in its own process and consumer group. Each reports first-to-last record time. Prints
   both rates and the ratio (target >= 70 %).
2. Latency: the real worker (`python -m nadhir worker`) runs while articles are produced at
   500/s to 4 partitions; every 0.2 s a fresh (category, region) key receives its 3rd article,
   which crosses a threshold rule. Latency = alert seen on `alerts` - crossing article sent.
   Prints p50/p99 over *every* crossing (target p99 < 300 ms): one with no alert 15 s after the
   last article counts as slower than all, and the output says what became of it (dead letter
   `late`, no alert). The worker allows 240 s of lateness (`--lateness`):
   event time runs 50x wall time, so that is 4.8 s by which an article read from one partition
   may trail a later round read from another (each partition is fetched in its own chunks, which
   under a backlog do not line up in time).
   With lateness 0 (up to stop 20) such a crossing was dead-lettered as `late`, never alerted,
   and left out of the percentiles: the slowest crossings were the ones dropped. Production starts
   once the worker has alerted on a probe crossing (it took 23-26 s to start at load 8-9; the fixed
   8 s wait before made the measured rounds queue behind its start).
   `--decompose` runs the worker with a line per batch: age of its records when faust handed
   them over, and the processor's time in tagging, Redis and publishing the alert.

    .venv/bin/python bench/e2e.py [--articles 20000] [--latency-seconds 30] [--only throughput|latency]
                                  [--decompose] [--lateness 240] [--within S]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REGIONS = [("Hama", "حماة"), ("Homs", "حمص"), ("Aleppo", "حلب"), ("Idlib", "إدلب"), ("Raqqa", "الرقة"),
           ("Deir ez-Zor", "دير الزور"), ("Daraa", "درعا"), ("Latakia", "اللاذقية")]
# The latency phase's keys: 32 first-level regions whose two articles (English and Arabic) the engine tags
# as exactly one airstrike in that region (checked when the list was made); the first 8 are REGIONS.
KEY_REGIONS = [
    *REGIONS,
    ("Tartus", "طرطوس"), ("Rif Dimashq", "ريف دمشق"), ("Quneitra", "القنيطرة"), ("Suwayda", "السويداء"),
    ("Hasakah", "الحسكة"), ("Baghdad", "بغداد"), ("Nineveh", "نينوى"), ("Anbar", "الأنبار"),
    ("Salah ad-Din", "محافظة صلاح الدين"), ("Diyala", "ديالى"), ("Kirkuk", "كركوك"), ("Erbil", "أربيل"),
    ("Duhok", "دهوك"), ("Sulaymaniyah", "السليمانية"), ("Babil", "بابل"), ("Karbala", "كربلاء"), ("Najaf", "النجف"),
    ("Wasit", "واسط"), ("Al-Qadisiyah", "محافظة القادسية"), ("Muthanna", "محافظة المثنى"), ("Dhi Qar", "ذي قار"),
    ("Maysan", "ميسان"), ("Basra", "البصرة"), ("Beirut", "بيروت"),
]
# Event time runs 50x wall time (one 10 s window per 0.2 s round) and a key comes back every
# len(KEY_REGIONS) rounds; its episode must have resolved by then, i.e. the watermark (newest event time
# - allowed lateness) must have passed the window after its crossing. 240 s leaves 6 rounds to spare and
# lets an article arrive 24 rounds (4.8 s of wall time) behind a later one from another partition.
LATENESS_S = 10 * (len(KEY_REGIONS) - 8)
FILLER = ("Local sources said the situation remained tense as residents described the night. " * 8).strip()


def make_article(index: int, published_at: str, region: int | None = None, category: str = "airstrike") -> bytes:
    if region is None:  # noise: an article with no event
        text = f"The municipal council met on Tuesday to discuss water supplies, item {index}. {FILLER}"
        lang = "en"
    elif index % 2:
        name = KEY_REGIONS[region][0]
        verb = "carried out airstrikes on" if category == "airstrike" else "withdrew from"
        text = f"Russian warplanes {verb} the countryside of {name} on Monday, report {index}. {FILLER}"
        lang = "en"
    else:
        name = KEY_REGIONS[region][1]
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

    async def skip(processor, records, tagging=None):  # type: ignore[no-untyped-def]
        if tagging is not None:  # a tag pool's batch: not tagged either (its result is dropped)
            tagging.cancel()
        return []

    original = real if process else skip
    seen = {"n": 0, "first": 0.0, "first_cpu": 0.0, "batches": 0, "busy": 0.0, "cpu": 0.0, "tag_cpu0": 0.0, "tag_n0": 0}

    async def timed(processor, records, tagging=None):  # type: ignore[no-untyped-def]
        started, cpu_started = time.perf_counter(), time.process_time()
        if seen["n"] == 0:
            seen["first"], seen["first_cpu"] = started, cpu_started
        outputs = await original(processor, records, tagging)
        if seen["batches"] == 0 and processor.tag_pool is not None:  # from here on: the tag processes are up
            seen["tag_cpu0"], seen["tag_n0"] = sum(_cpu_s(pid) for pid in processor.tag_pool.pids()), len(records)
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
            if processor.tag_pool is not None:  # the tag processes' CPU (user + system) after the first batch
                stats["tag_processes_cpu_us_per_article"] = round(
                    (sum(_cpu_s(pid) for pid in processor.tag_pool.pids()) - seen["tag_cpu0"])
                    / (seen["n"] - seen["tag_n0"]) * 1e6)
            report(seen["n"], time.perf_counter() - seen["first"], stats)
        return outputs

    app_module._process_with_retries = timed  # type: ignore[assignment]
    _run(app_module.create_app(settings))


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) of a process so far, from /proc (0 when unreadable)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def role_timed_worker() -> None:
    """`nadhir worker` with a line per batch in $NADHIR_BENCH_TIMINGS (latency --decompose): how old its
    records were when faust's take() handed them over (broker, Fetch wait, batch wait), and how long the
    processor took, in tagging, in Redis and publishing alerts (each awaited, so each is on the path)."""
    import inspect

    from streams import app as app_module
    from streams import pipeline
    from streams.rules.redis_store import RedisStore

    spent: dict[str, float] = defaultdict(float)

    def timed_async(name: str, function: Any, part: str | None = None) -> Any:
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
                if part is not None:
                    spent[part] += time.perf_counter() - started
                    spent[f"calls.{part}"] += 0.001  # written x1000 like the times
        return wrapper

    for name, function in list(vars(RedisStore).items()):
        if inspect.iscoroutinefunction(function) and not name.startswith("_"):
            setattr(RedisStore, name, timed_async("redis", function, f"redis.{name}"))
    pipeline.ArticleProcessor._publish_alert = timed_async(  # type: ignore[method-assign]
        "publish_alert", pipeline.ArticleProcessor._publish_alert)
    tag = pipeline.tag_records  # type: ignore[attr-defined]

    def timed_tag(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return tag(*args, **kwargs)
        finally:
            spent["tag"] += time.perf_counter() - started

    pipeline.tag_records = timed_tag  # type: ignore[attr-defined]
    real = app_module._process_with_retries
    out = open(os.environ["NADHIR_BENCH_TIMINGS"], "a", buffering=1)  # noqa: SIM115 (one line per batch)

    async def timed(processor: Any, records: Any, tagging: Any = None) -> Any:
        handed, started, cpu_started = time.time(), time.perf_counter(), time.thread_time()
        spent.clear()
        outputs = await real(processor, records, tagging)
        ages = [handed * 1000 - record.timestamp_ms for record in records]
        out.write(json.dumps({"n": len(records), "age_min": min(ages), "age_max": max(ages),
                              "cpu": time.process_time(), "at": handed,
                              "process": (time.perf_counter() - started) * 1000,
                              "process_cpu": (time.thread_time() - cpu_started) * 1000,
                              **{name: value * 1000 for name, value in spent.items()}}) + "\n")
        return outputs

    app_module._process_with_retries = timed
    from nadhir.commands.worker import run

    raise SystemExit(run(argparse.Namespace(rules=None)))


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


def throughput(broker: str, redis_url: str, count: int, *, decompose: bool = False, tag_processes: int = 0) -> None:
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
    pipeline = child("pipeline", count, base_env(broker, redis_url, topics, f"bench-pipeline-{suffix}",
                                                 NADHIR_TAG_PROCESSES=str(tag_processes)), 600)
    ceiling_rate = count / float(ceiling["seconds"])  # type: ignore[arg-type]
    pipeline_rate = count / float(pipeline["seconds"])  # type: ignore[arg-type]
    print(f"throughput, {count} articles, 4 partitions, one worker ({tag_processes} tag processes):")
    print(f"  faust agent that only iterates : {ceiling_rate:8.0f} articles/s")
    print(f"  nadhir worker (validate, tag, dedupe, count, rules, events): {pipeline_rate:8.0f} articles/s")
    print(f"  ratio: {pipeline_rate / ceiling_rate:.0%} (target >= 70 %)   worker stats: {pipeline['stats']}")
    if decompose:
        take = child("take", count, base_env(broker, redis_url, topics, f"bench-take-{suffix}",
                                             NADHIR_TAG_PROCESSES=str(tag_processes)), 600)
        take_rate = count / float(take["seconds"])  # type: ignore[arg-type]
        print(f"  worker whose batches skip the processor: {take_rate:8.0f} articles/s "
              f"({1e6 / take_rate:.0f} µs per article; the worker's processing adds "
              f"{1e6 / pipeline_rate - 1e6 / take_rate:.0f} µs)   stats: {take['stats']}")


def latency(broker: str, redis_url: str, seconds: float, rate: int = 500, lateness_s: int = LATENESS_S,
            within_s: float | None = None, decompose: bool = False) -> None:
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    from nadhir.runtime.process import ManagedProcess
    from nadhir.runtime.topics import create_topics

    suffix = str(int(time.time()))
    topics = {name: f"lat-{name}-{suffix}" for name in ("articles", "dlq", "events", "alerts")}
    create_topics(broker, topics.values(), 4)
    rules = Path(tempfile.mkdtemp(prefix="nadhir-bench-")) / "rules.yaml"
    rules.write_text("version: 1\nrules:\n  - {name: bench, type: threshold, categories: [airstrike], "
                     "key: category+region, window: 10s, hop: 10s, threshold: 3}\n")
    extra = {"NADHIR_WORKER_BATCH_WITHIN_S": str(within_s)} if within_s is not None else {}
    env = base_env(broker, redis_url, topics, f"bench-latency-{suffix}", NADHIR_RULES_FILE=str(rules),
                   NADHIR_ALLOWED_LATENESS_S=str(lateness_s), **extra)
    timings = Path(tempfile.mkdtemp(prefix="nadhir-bench-")) / "batches.jsonl"
    command = [sys.executable, __file__, "--role", "timed-worker"] if decompose else [sys.executable, "-m", "nadhir", "worker"]
    worker = ManagedProcess("worker", command, env={**env, "NADHIR_BENCH_TIMINGS": str(timings)}, cwd=ROOT).start()
    seen: dict[str, float] = {}
    decided: dict[str, float] = {}
    stop = threading.Event()

    def watch() -> None:
        consumer = KafkaConsumer(bootstrap_servers=broker, fetch_max_wait_ms=10)
        consumer.assign([TopicPartition(topics["alerts"], p) for p in range(4)])
        while not stop.is_set():
            for batch in consumer.poll(timeout_ms=50).values():
                for message in batch:
                    alert = json.loads(message.value)
                    if alert["status"] == "firing":
                        name = f"{alert['key']}@{alert['window_start'].replace('+00:00', 'Z')}"
                        seen.setdefault(name, time.time())
                        decided.setdefault(name, datetime.fromisoformat(alert["emitted_at"]).timestamp())
        consumer.close()

    arrival_ms: list[float] = []

    def read_articles() -> None:  # a plain consumer of `articles`: what the broker alone adds
        consumer = KafkaConsumer(bootstrap_servers=broker, fetch_max_wait_ms=10)
        consumer.assign([TopicPartition(topics["articles"], p) for p in range(4)])
        while not stop.is_set():
            for batch in consumer.poll(timeout_ms=50).values():
                now = time.time() * 1000
                arrival_ms.extend(now - message.timestamp for message in batch)
        consumer.close()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    if decompose:
        threading.Thread(target=read_articles, daemon=True).start()
    producer = KafkaProducer(bootstrap_servers=broker, linger_ms=2, acks=1)
    sent: dict[str, float] = {}
    members: dict[str, list[str]] = {}  # crossing -> ids of its key's 3 articles
    try:
        base = 1_716_206_400  # 2024-05-20T12:00:00Z; one 10 s event-time round per 0.2 s of wall time
        # Production starts once the worker has alerted on a probe crossing (the round before round 0):
        # a fixed 8 s sleep was shorter than the worker's start on a busy machine (loading the engine
        # alone took 8-10 s), so the measured rounds queued behind its start and caught up as a backlog.
        probe = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base - 10))
        waited = time.perf_counter()
        for index in range(3):
            producer.send(topics["articles"], make_article(-1 - index, probe, len(KEY_REGIONS) - 1))
        producer.flush()
        while f"airstrike|{KEY_REGIONS[-1][0]}@{probe}" not in seen and time.perf_counter() - waited < 120:
            time.sleep(0.1)
        ready_s = time.perf_counter() - waited
        index, round_no = 0, 0
        per_round = rate // 5
        started = time.perf_counter()
        while time.perf_counter() - started < seconds:
            round_start = time.perf_counter()
            published = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base + 10 * round_no))
            region = round_no % len(KEY_REGIONS)
            key = f"airstrike|{KEY_REGIONS[region][0]}@{published}"
            for position in range(per_round):
                crossing = position in (10, 40, 70)
                producer.send(topics["articles"], make_article(index, published, region if crossing else None))
                if crossing and round_no >= 3:  # rounds 0-2 warm up
                    members.setdefault(key, []).append(f"a{index}")
                if position == 70 and round_no >= 3:
                    sent[key] = time.time()
                index += 1
                time.sleep(max(0.0, round_start + (position + 1) / rate - time.perf_counter()))
            round_no += 1
        producer.flush()
        achieved = index / (time.perf_counter() - started)
        deadline = time.time() + 15  # every crossing's alert, or 15 s
        while time.time() < deadline and not sent.keys() <= seen.keys():
            time.sleep(0.5)
    finally:
        stop.set()
        producer.close()
        worker.stop()
        watcher.join(timeout=5)
    dead = _dead_letters(broker, topics["dlq"])
    fates: Counter[str] = Counter()
    alerted = sent.keys() & seen.keys()
    for key in sent.keys() - alerted:
        reasons = sorted({dead[i].split()[0] for i in members[key] if i in dead})
        fates[f"dead letter {'+'.join(reasons)}" if reasons else "no alert"] += 1
    # Every crossing counts: a missing one is slower than any seen (the slowest are the ones lost).
    latencies = sorted((seen[key] - sent[key]) * 1000 if key in alerted else float("inf") for key in sent)
    decided_ms = sorted((decided[key] - sent[key]) * 1000 for key in alerted)
    print(f"worker started and alerted on the probe in {ready_s:.1f} s")
    print(f"latency at {rate} articles/s ({achieved:.0f} achieved), 4 partitions, {len(KEY_REGIONS)} keys, "
          f"allowed lateness {lateness_s} s, batch within {within_s if within_s is not None else 'default'} s: "
          f"{len(alerted)}/{len(sent)} crossings alerted")
    if decided_ms:
        print(f"  on alerts  p50 {_ms(_percentile(latencies, 0.5))}   p99 {_ms(_percentile(latencies, 0.99))}   "
              f"max {_ms(latencies[-1])}  (target p99 < 300 ms; a missing crossing counts as slower than all)")
        print(f"  decided    p50 {_ms(_percentile(decided_ms, 0.5))}   p99 {_ms(_percentile(decided_ms, 0.99))}   "
              f"(the alert's emitted_at: the worker's share)")
    dead_reasons = Counter(reason.split()[0] for reason in dead.values())
    behind = sorted(float(reason.split()[1]) for reason in dead.values() if len(reason.split()) == 2)
    print(f"  dead letters: {dict(dead_reasons) or 'none'}"
          + (f" (late ones behind the watermark by p50 {_percentile(behind, 0.5):.1f} s, max {behind[-1]:.1f} s of "
             f"wall time)" if behind else "") + f"; missing crossings: {dict(fates) or 'none'}")
    if decompose and arrival_ms:
        ages = sorted(arrival_ms[len(arrival_ms) // 10:])
        print(f"  a plain consumer of `articles` (kafka-python, 10 ms Fetch wait, in this process): record age on "
              f"arrival p50 {_percentile(ages, 0.5):.1f} ms, p99 {_percentile(ages, 0.99):.1f} ms")
    if decompose and timings.exists():
        _print_decomposition([json.loads(line) for line in timings.read_text().splitlines() if line])


def _print_decomposition(batches: list[dict[str, float]]) -> None:
    """Where a batch's time goes (see `role_timed_worker`), over the batches of the production only."""
    batches = batches[len(batches) // 10:]  # without the first tenth: joining, warm-up
    alerted = [batch for batch in batches if batch.get("publish_alert")]

    def line(name: str, values: list[float]) -> str:
        values = sorted(values)
        return (f"{name} p50 {_percentile(values, 0.5):6.1f}  p99 {_percentile(values, 0.99):6.1f}  "
                f"mean {sum(values) / len(values):6.1f} ms")

    cpu = batches[-1]["cpu"] - batches[0]["cpu"]
    share = cpu / max(1e-9, batches[-1]["at"] - batches[0]["at"])
    records = sum(b["n"] for b in batches[1:])
    print(f"  worker batches: {len(batches)}, mean {sum(b['n'] for b in batches) / len(batches):.1f} records; "
          f"{len(alerted)} published an alert; worker CPU {share:.0%} of one core from its first to last batch, "
          f"{cpu / records * 1e6:.0f} µs per record, {sum(b['process_cpu'] for b in batches[1:]) / records * 1000:.0f} µs "
          f"of it in the processor")
    print("    " + line("oldest record's age at take()", [b["age_max"] for b in batches]))
    print("    " + line("newest record's age at take()", [b["age_min"] for b in batches]))
    for name in ("process", "tag", "redis", "publish_alert"):
        print("    " + line(f"batch {name:13}", [b.get(name, 0.0) for b in batches]))
    if alerted:
        for name in ("process", "redis", "publish_alert"):
            print("    " + line(f"alerting batch {name:13}", [b.get(name, 0.0) for b in alerted]))
    calls: Counter[str] = Counter()
    times: dict[str, float] = defaultdict(float)
    for batch in batches:
        for name, value in batch.items():
            if name.startswith("calls."):
                calls[name[6:]] += round(value)
            elif name.startswith("redis."):
                times[name] += value
    print("    Redis per batch, mean ms (calls): " + ", ".join(
        f"{name[6:]} {value / len(batches):.1f} ({calls[name] / len(batches):.1f})" for name, value in sorted(times.items(), key=lambda item: -item[1])[:6]))


def _percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, int(len(values) * share))]


def _ms(value: float) -> str:
    return f"{value:6.1f} ms" if value != float("inf") else "missing"


def _dead_letters(broker: str, topic: str) -> dict[str, str]:
    """Article id -> DLQ reason, for every record on the DLQ topic; a `late` one's reason says by how
    much its event time trailed the watermark (in wall time: event time runs 50x)."""
    import re

    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=broker, fetch_max_wait_ms=10, auto_offset_reset="earliest")
    partitions = [TopicPartition(topic, p) for p in range(4)]
    consumer.assign(partitions)
    consumer.seek_to_beginning()
    ends = consumer.end_offsets(partitions)
    found: dict[str, str] = {}
    deadline = time.time() + 10
    while time.time() < deadline and any(consumer.position(tp) < ends[tp] for tp in partitions):
        for batch in consumer.poll(timeout_ms=200).values():
            for message in batch:
                record = json.loads(message.value)
                times = re.findall(r"\d{4}-\d\d-\d\dT[\d:]+", record["detail"]) if record["reason"] == "late" else []
                if len(times) == 2:
                    behind = (datetime.fromisoformat(times[1]) - datetime.fromisoformat(times[0])).total_seconds() / 50
                    record["reason"] += f" {behind:.1f}"
                found[json.loads(record["original"])["id"]] = record["reason"]
    consumer.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--role", choices=["iterate", "pipeline", "take", "timed-worker"], default=None)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--latency-seconds", type=float, default=30)
    parser.add_argument("--lateness", type=int, default=LATENESS_S,
                        help=f"latency phase: the worker's allowed lateness in s (default {LATENESS_S}; "
                             f"at most {10 * (len(KEY_REGIONS) - 2)}, or a key's episode is still on when it comes back)")
    parser.add_argument("--within", type=float, default=None,
                        help="latency phase: the worker's batch wait in s (default: the worker's own)")
    parser.add_argument("--only", choices=["throughput", "latency"], default=None)
    parser.add_argument("--tag-processes", type=int, default=0,
                        help="throughput: the worker's NADHIR_TAG_PROCESSES (default 0: tagging in its own process)")
    parser.add_argument("--decompose", action="store_true",
                        help="throughput: also run the worker with batches that skip the processor (its consumption "
                             "path alone); latency: time each batch of the worker (record age, tag, Redis, alert)")
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
    if args.role == "timed-worker":
        role_timed_worker()
        return
    from nadhir.runtime import EmbeddedBroker, EmbeddedRedis

    with EmbeddedBroker() as broker, EmbeddedRedis() as redis_server:
        if args.only != "latency":
            throughput(broker.bootstrap, redis_server.url, args.articles, decompose=args.decompose,
                       tag_processes=args.tag_processes)
        if args.only != "throughput":
            latency(broker.bootstrap, redis_server.url.replace("/0", "/1"), args.latency_seconds,
                    lateness_s=args.lateness, within_s=args.within, decompose=args.decompose)


if __name__ == "__main__":
    main()
