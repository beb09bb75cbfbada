"""Every benchmark, one table: each figure next to a baseline measured in the same run, and the ratio.

Run through `nadhir bench` (or `make bench`). Benches, and what each compares:

| bench | Nadhir | baseline (same run) |
|---|---|---|
| tagging | `Detector.tag`, articles per CPU second (news mix; conflict-dense) | one regex per lexicon term and place (`bench/tagging.py`) |
| e2e | the real worker, articles/s over 4 partitions | a faust agent that only iterates (`bench/e2e.py`) |
| latency | produce → webhook received, p50 / p99 at 500 articles/s | produce → alert on the `alerts` topic (`bench/latency.py`) |
| deliveries | dispatcher deliveries/s, Kafka → Redis → HTTP → Redis | raw signed aiohttp POSTs (`bench/deliveries.py`) |
| memory | worker RSS after N articles | worker RSS after the first checkpoint (`bench/memory.py`) |

``quick`` sizes fit a smoke run (minutes); ``full`` sizes are the ones the README quotes.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BENCHES = ("tagging", "e2e", "latency", "deliveries", "memory")

SIZES: dict[str, dict[str, Any]] = {
    "quick": {"tagging_seconds": 0.3, "tagging_articles": 8, "tagging_corpora": 1, "e2e_articles": 4000, "latency_seconds": 10,
              "deliveries_alerts": 1000, "memory_checkpoints": (5_000, 20_000)},
    "full": {"tagging_seconds": 3.0, "tagging_articles": 200, "tagging_corpora": 2, "e2e_articles": 20_000, "latency_seconds": 30,
             "deliveries_alerts": 5000, "memory_checkpoints": (10_000, 100_000, 1_000_000)},
}


@dataclass
class Row:
    """One line of the table: a figure of Nadhir's and its baseline from the same run."""

    bench: str
    metric: str
    value: float | None
    unit: str
    baseline_name: str
    baseline: float | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


def machine() -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(terse=True), "load_average_1m": round(os.getloadavg()[0], 2)}


# --- the benches, each returning its rows ---------------------------------------------------------
def bench_tagging(size: dict[str, Any]) -> list[Row]:
    from bench import tagging
    from config.lexicons import load_lexicons
    from config.settings import DEFAULTS_DIR
    from streams.detection import load_detector
    from streams.startup import exclude_startup_objects_from_gc

    detector = load_detector()
    patterns = tagging.baseline_patterns(load_lexicons(DEFAULTS_DIR / "lexicons"))
    exclude_startup_objects_from_gc()  # as the worker does
    rows = []
    # The baseline needs ~0.3 s per article: quick mode measures a few articles, one corpus.
    for name, share in (("news mix", 0.2), ("conflict-dense", 1.0))[: size["tagging_corpora"]]:
        articles = tagging.build_articles(size["tagging_articles"], event_share=share)
        engine_cpu, _ = tagging.measure(lambda lang, title, text: detector.tag(text, title=title, lang=lang), articles,
                                        size["tagging_seconds"])
        baseline_cpu, _ = tagging.measure(lambda lang, title, text: tagging.run_baseline(patterns, title, text),
                                          articles, size["tagging_seconds"])
        rows.append(Row("tagging", f"articles/s per CPU s, {name} (3-4 KB, ar+en)", engine_cpu, "articles/s",
                        f"naive regex ({len(patterns)} patterns)", baseline_cpu))
    return rows


def bench_e2e(size: dict[str, Any]) -> list[Row]:
    from kafka import KafkaProducer

    from bench import e2e
    from nadhir.runtime import EmbeddedBroker, EmbeddedRedis
    from nadhir.runtime.topics import create_topics

    count = size["e2e_articles"]
    with EmbeddedBroker() as broker, EmbeddedRedis() as redis_server:
        suffix = str(int(time.time()))
        topics = {name: f"bench-{name}-{suffix}" for name in ("articles", "dlq", "events", "alerts")}
        create_topics(broker.bootstrap, topics.values(), 4)
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=20, acks=1)
        for index in range(count):  # one article in three without an event, as in bench/e2e.py
            region = None if index % 3 == 0 else index % len(e2e.REGIONS)
            producer.send(topics["articles"], e2e.make_article(index, "2024-05-20T12:00:00Z", region))
        producer.flush()
        producer.close()
        ceiling = e2e.child("iterate", count, e2e.base_env(broker.bootstrap, redis_server.url, topics,
                                                             f"bench-iterate-{suffix}"), 900)
        pipeline = e2e.child("pipeline", count, e2e.base_env(broker.bootstrap, redis_server.url, topics,
                                                              f"bench-pipeline-{suffix}"), 900)
    return [Row("e2e", f"worker articles/s ({count:,} articles, 4 partitions, 1 worker)",
                count / float(pipeline["seconds"]), "articles/s",  # type: ignore[arg-type]
                "faust agent that only iterates", count / float(ceiling["seconds"]))]  # type: ignore[arg-type]


def bench_latency(size: dict[str, Any]) -> list[Row]:
    from bench import latency

    figures = latency.run(size["latency_seconds"], 500)
    note = (f"{figures['at_webhook']}/{figures['crossings']} crossings delivered at "
            f"{figures['achieved_rate']:.0f} articles/s")
    return [
        Row("latency", f"alert p{q} ms, produce -> webhook received (500 articles/s)", figures.get(f"webhook_p{q}_ms"),
            "ms", "produce -> alert on topic", figures.get(f"topic_p{q}_ms"), note)
        for q in (50, 99)
    ]


def bench_deliveries(size: dict[str, Any]) -> list[Row]:
    from bench import deliveries

    figures = deliveries.run(size["deliveries_alerts"], 64)
    return [Row("deliveries", f"deliveries/s, dispatcher ({figures['alerts']:,} alerts, 64 concurrent)",
                figures["dispatcher_per_s"], "deliveries/s", "raw signed aiohttp POSTs", figures["aiohttp_per_s"],
                f"raw httpx: {figures['httpx_per_s']:,.0f}/s")]


def bench_memory(size: dict[str, Any]) -> list[Row]:
    from bench import memory

    figures = memory.run(size["memory_checkpoints"])
    samples = figures["samples"]
    if not samples:
        return [Row("memory", "worker RSS MB", None, "MB", "first checkpoint", None, "no checkpoint reached")]
    first = samples[0]
    return [Row("memory", f"worker RSS MB after {sample['articles']:,} articles", sample["rss_mb"], "MB",
                f"RSS after {first['articles']:,}", first["rss_mb"],
                f"Redis {sample['redis_mb']:.0f} MB; {sample['elapsed_s']:.0f} s")
            for sample in samples[1:]]


RUNNERS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "tagging": bench_tagging, "e2e": bench_e2e, "latency": bench_latency, "deliveries": bench_deliveries,
    "memory": bench_memory,
}


def run(mode: str = "quick", only: tuple[str, ...] = BENCHES,
        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run the chosen benches; a bench that fails gives a row saying so instead of a figure."""
    size = SIZES[mode]
    rows: list[Row] = []
    started = time.monotonic()
    for name in only:
        if progress is not None:
            progress(f"running {name} ({mode})...")
        began = time.monotonic()
        try:
            found = RUNNERS[name](size)
        except Exception as exc:  # one broken bench must not hide the others' figures
            found = [Row(name, "failed", None, "", "", None, f"{type(exc).__name__}: {str(exc)[:160]}")]
        for row in found:
            row.note = (row.note + "; " if row.note else "") + f"{time.monotonic() - began:.0f} s"
        rows.extend(found)
    return {"mode": mode, "machine": machine(), "seconds": round(time.monotonic() - started, 1),
            "rows": [asdict(row) | {"ratio": row.ratio} for row in rows]}


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms" or value < 100:
        return f"{value:,.1f}"
    return f"{value:,.0f}"


def table(result: dict[str, Any]) -> str:
    """The Markdown table of a `run` result, with the machine it ran on."""
    info = result["machine"]
    lines = [f"machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, {info['platform']}; "
             f"load average {info['load_average_1m']} at the end; mode: {result['mode']}; {result['seconds']:.0f} s",
             "",
             "| bench | figure | Nadhir | baseline (same run) | baseline | ratio | note |",
             "|---|---|---:|---|---:|---:|---|"]
    for row in result["rows"]:
        ratio = f"{row['ratio']:.2f}x" if row["ratio"] is not None else "—"
        lines.append(f"| {row['bench']} | {row['metric']} | {_figure(row['value'], row['unit'])} | "
                     f"{row['baseline_name']} | {_figure(row['baseline'], row['unit'])} | {ratio} | {row['note']} |")
    return "\n".join(lines)
