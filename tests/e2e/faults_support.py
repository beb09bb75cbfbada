"""Helpers (no tests) for the scale-out and fault tests: a planted stream of surges whose alert ids
are known in advance, a feeder that survives a broker outage, a deployment of real `nadhir worker`
and `nadhir dispatch` processes plus a webhook receiver process, and the lost/duplicated tally.

Every surge is 4 English articles about airstrikes on one region, in one event hour, sent to one
partition; the rule fires at the 3rd. Each surge has its own region, so each (rule, key) fires
once and the expected alert ids are exactly ``{surge.alert_id}``. The allowed lateness is large,
so no article is ever late whatever order partitions are consumed in after a failover.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import yaml
from kafka import KafkaProducer

from alerts.model import alert_id
from config.settings import Settings
from nadhir.runtime import free_port
from nadhir.runtime.process import ManagedProcess
from nadhir.runtime.topics import create_topics
from streams.detection import load_detector
from tests.e2e.test_dispatcher_helpers import (
    delivered,
    dispatcher_env,
    new_secret,
    start_dispatcher,
    start_receiver,
    write_channels,
)
from tests.integration.streams.harness import article, start_worker, worker_env
from tests.support.webhook_receiver import read_jsonl

PER_SURGE = 4  # the 3rd article crosses the threshold; the 4th is counted too
START = datetime(2022, 5, 20, tzinfo=UTC)
RULE = "surge"
RULES = f"""version: 1
rules:
  - {{name: {RULE}, type: threshold, categories: [airstrike], key: category+region, window: 1h, hop: 1h, threshold: 3}}
"""
LATENESS_S = 30 * 24 * 3600  # the planted stream spans a few days of event time: nothing is late
SECRET_ENV = "NADHIR_WEBHOOK_SECRET_E2E"
CHANNEL = "hook"


def text_of(region_name: str, label: str) -> str:
    return f"Russian warplanes carried out airstrikes on {region_name} today, report {label}."


@functools.lru_cache(maxsize=1)
def tagged_regions() -> tuple[tuple[str, str], ...]:
    """(name in the text, region the detector reports) of every gazetteer region that the detection
    engine tags as exactly one airstrike event in that region (chosen at run time, so that changes to
    lexicons do not silently change what the tests expect)."""
    settings = Settings()
    detector = load_detector(lexicon_dir=settings.lexicon_dir, gazetteer_file=settings.gazetteer_file)
    gazetteer = yaml.safe_load(Path(settings.gazetteer_file).read_text(encoding="utf-8"))
    found = []
    for region in gazetteer["regions"]:
        english = region.get("names", {}).get("en") or []
        if not english:
            continue
        events = detector.tag(text_of(english[0], "0-0"), lang="en").events
        if len(events) == 1 and events[0].category == "airstrike" and events[0].region:
            found.append((english[0], events[0].region))
    distinct = {region: name for name, region in found}
    return tuple((name, region) for region, name in distinct.items())


@dataclass(frozen=True)
class Surge:
    index: int
    region: str
    hour: datetime
    partition: int
    alert_id: str
    records: tuple[bytes, ...]


def plant_surges(count: int, partitions: int, tag: str = "") -> list[Surge]:
    """``count`` surges, surge ``i`` on partition ``i % partitions``, each with its own region."""
    regions = tagged_regions()
    assert len(regions) >= count, f"only {len(regions)} regions tag cleanly; {count} surges asked"
    tag = tag or uuid.uuid4().hex[:6]
    surges = []
    for index in range(count):
        name, region = regions[index]
        hour = START + timedelta(hours=index)
        records = tuple(
            article(f"{tag}-s{index}-{n}", text_of(name, f"{tag}-{index}-{n}"), lang="en", source="faults",
                    published_at=(hour + timedelta(minutes=10 * n)).isoformat())
            for n in range(PER_SURGE)
        )
        surges.append(Surge(index, region, hour, index % partitions, alert_id(RULE, f"airstrike|{region}", hour),
                            records))
    return surges


class Feeder(threading.Thread):
    """Sends the surges' records in order, one every ``interval_s``, each acknowledged by the broker
    before the next; a record whose send fails (broker down) is sent again with a new producer until
    ``give_up_s``. Re-sent articles are harmless: the pipeline de-duplicates on article id."""

    def __init__(self, bootstrap: str, topic: str, surges: list[Surge], interval_s: float = 0.05,
                 give_up_s: float = 180.0) -> None:
        super().__init__(name="feeder", daemon=True)
        self.bootstrap, self.topic, self.surges = bootstrap, topic, surges
        self.interval_s, self.give_up_s = interval_s, give_up_s
        self.sent = 0
        self.resent = 0
        self.error: BaseException | None = None
        self.halt = threading.Event()

    def _producer(self) -> KafkaProducer:
        return KafkaProducer(bootstrap_servers=self.bootstrap, acks=1, linger_ms=0, retries=0,
                             request_timeout_ms=5000, max_block_ms=5000, reconnect_backoff_max_ms=1000)

    def run(self) -> None:
        client: KafkaProducer | None = None
        try:
            for surge in self.surges:
                for record in surge.records:
                    deadline = time.monotonic() + self.give_up_s
                    while True:
                        if self.halt.is_set():
                            return
                        try:
                            client = client or self._producer()
                            client.send(self.topic, record, partition=surge.partition).get(timeout=10)
                            break
                        except Exception:
                            if time.monotonic() > deadline:
                                raise
                            self.resent += 1
                            if client is not None:
                                client.close(timeout=1)
                            client = None
                            time.sleep(0.5)
                    self.sent += 1
                    time.sleep(self.interval_s)
        except BaseException as exc:  # reported by the test through .error
            self.error = exc
        finally:
            if client is not None:
                client.close(timeout=2)

    def finish(self, timeout: float = 120.0) -> None:
        self.join(timeout)
        assert not self.is_alive(), "the feeder did not finish"
        assert self.error is None, f"the feeder failed: {self.error!r}"


def make_topics(bootstrap: str, partitions: int) -> dict[str, str]:
    suffix = uuid.uuid4().hex[:8]
    names = {name: f"{name}-{suffix}" for name in ("articles", "articles.dlq", "events", "alerts")}
    create_topics(bootstrap, names.values(), partitions)
    return names


def assigned_partitions(port: int, check: str) -> set[int] | None:
    """Partitions a process's ``/ready`` says it holds (``check`` names the consumer check)."""
    try:
        body = httpx.get(f"http://127.0.0.1:{port}/ready", timeout=3).json()
    except (httpx.HTTPError, ValueError):
        return None
    detail = body.get("checks", {}).get(check, {})
    if not detail.get("ok"):
        return None
    return {int(p) for p in re.findall(r"\[(\d+)\]", detail.get("detail", ""))}


@dataclass
class Deployment:
    """Workers, dispatchers and one webhook receiver, as separate processes, stopped by PID."""

    tmp: Path
    bootstrap: str
    redis_url: str
    topics: dict[str, str]
    partitions: int
    retry_schedule: list[float] = field(default_factory=lambda: [0, 0.5, 1, 1, 2, 2, 2, 2])
    breaker: dict[str, float] = field(default_factory=lambda: {"failures": 1000, "cooldown_s": 1})
    timeout_s: float = 2.0
    lease_margin_s: float = 2.0
    worker_extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.secret = new_secret()
        self.prefix = f"e2e{uuid.uuid4().hex[:6]}:"
        self.group = f"dispatch-{self.topics['alerts']}"
        self.rules = self.tmp / "rules.yaml"
        self.rules.write_text(RULES, encoding="utf-8")
        self.workers: dict[str, tuple[ManagedProcess, int]] = {}
        self.dispatchers: dict[str, tuple[ManagedProcess, int]] = {}
        self.receiver: ManagedProcess | None = None
        self.receiver_port = free_port()
        self.jsonl = self.tmp / "receiver.jsonl"
        url = f"http://127.0.0.1:{self.receiver_port}/hook"
        self.channels = write_channels(self.tmp, [{
            "name": CHANNEL, "url": url, "secret_env": SECRET_ENV, "allow_private": True,
            "timeout_s": self.timeout_s, "max_concurrency": 8, "retry_schedule": self.retry_schedule,
            "match": {"statuses": ["firing"]},
        }], lease_margin_s=self.lease_margin_s, breaker=self.breaker)
        self._stopped: list[ManagedProcess] = []
        self.feeders: list[Feeder] = []

    # --- processes --------------------------------------------------------------------------
    def start_worker(self, name: str) -> ManagedProcess:
        env = worker_env(self.bootstrap, self.redis_url, self.topics, self.tmp / f"data-{name}",
                         rules_file=self.rules, partitions=self.partitions, allowed_lateness_s=LATENESS_S,
                         worker_batch_size=8, resolve_interval_s=0.5, **self.worker_extra)
        process = start_worker(env, self.tmp / f"{name}.log")
        process.name = name
        self.workers[name] = (process, int(env["NADHIR_WORKER_PORT"]))
        return process

    def start_dispatcher(self, name: str) -> ManagedProcess:
        port = free_port()
        env = dispatcher_env(self.bootstrap, self.redis_url, self.channels, self.prefix,
                             **{SECRET_ENV: self.secret, "NADHIR_DISPATCHER_PORT": str(port),
                                "NADHIR_TOPIC_ALERTS": self.topics["alerts"], "NADHIR_APP_ID": f"app-{self.group}"})
        process = start_dispatcher(self.tmp, env, self.topics["alerts"], self.group, name)
        self.dispatchers[name] = (process, port)
        return process

    def start_receiver(self) -> ManagedProcess:
        self.receiver, _url, _jsonl = start_receiver(self.tmp, self.secret, port=self.receiver_port)
        return self.receiver

    def processes(self) -> list[ManagedProcess]:
        found = [p for p, _ in self.workers.values()] + [p for p, _ in self.dispatchers.values()]
        return found + ([self.receiver] if self.receiver is not None else [])

    def kill(self, process: ManagedProcess) -> float:
        """SIGKILL ``process`` (its whole group); returns the wall-clock time of the kill."""
        killed_at = time.time()
        process.kill()
        self._stopped.append(process)
        return killed_at

    def feed(self, surges: list[Surge], interval_s: float = 0.05) -> Feeder:
        """Start a `Feeder` of ``surges`` into the articles topic (halted when the deployment stops)."""
        feeder = Feeder(self.bootstrap, self.topics["articles"], surges, interval_s=interval_s)
        self.feeders.append(feeder)
        feeder.start()
        return feeder

    def stop_all(self) -> None:
        for feeder in self.feeders:
            feeder.halt.set()
        for process in self.processes():
            process.stop()

    def __enter__(self) -> Deployment:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_all()

    # --- waiting ----------------------------------------------------------------------------
    def live(self) -> list[ManagedProcess]:
        return [p for p in self.processes() if p not in self._stopped]

    def wait_for(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        """Poll ``predicate`` (generous timeouts: the machine is shared); fail early, with the log's
        tail, if a process that should be running exited."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            for process in self.live():
                if not process.alive():
                    tail = process.log_path.read_text(errors="replace")[-4000:] if process.log_path else ""
                    raise AssertionError(f"{process.name} exited while waiting for {what}:\n{tail}")
            time.sleep(0.2)
        raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")

    def worker_partitions(self, name: str) -> set[int] | None:
        return assigned_partitions(self.workers[name][1], "articles_consumer")

    def dispatcher_partitions(self, name: str) -> set[int] | None:
        return assigned_partitions(self.dispatchers[name][1], "alerts_consumer")

    def wait_split(self, names: list[str], kind: str, timeout: float = 120.0) -> dict[str, set[int]]:
        """Wait until the processes ``names`` (workers or dispatchers) each hold partitions and
        together hold all of them, without overlap; returns who holds what."""
        view = self.worker_partitions if kind == "worker" else self.dispatcher_partitions
        held: dict[str, set[int]] = {}

        def split() -> bool:
            held.clear()
            for name in names:
                parts = view(name)
                if not parts:
                    return False
                held[name] = parts
            union = set().union(*held.values())
            return union == set(range(self.partitions)) and sum(map(len, held.values())) == self.partitions

        self.wait_for(split, timeout, f"{kind}s {names} to share {self.partitions} partitions")
        return dict(held)

    # --- outcomes ---------------------------------------------------------------------------
    def delivered_rows(self) -> list[dict[str, Any]]:
        return delivered(self.jsonl)

    def delivered_alert_ids(self) -> set[str]:
        return {alert["id"] for row in self.delivered_rows() for alert in row["body"]["alerts"]}

    def attempts(self) -> list[dict[str, Any]]:
        return read_jsonl(self.jsonl)


@dataclass
class Tally:
    expected: int
    delivered: int  # 2xx deliveries received
    distinct_ids: int  # distinct webhook-ids among them
    lost: set[str]
    duplicated: int  # deliveries beyond one per expected alert (same or another webhook-id)
    unexpected: set[str]

    def line(self) -> str:
        return (f"expected {self.expected} alerts, delivered {self.delivered} (distinct webhook-ids "
                f"{self.distinct_ids}): lost {len(self.lost)}, duplicated {self.duplicated}, "
                f"unexpected {len(self.unexpected)}")

    def assert_exactly_once(self) -> None:
        assert not self.lost, f"lost alerts: {sorted(self.lost)}"
        assert not self.unexpected, f"unexpected alerts delivered: {sorted(self.unexpected)}"
        assert self.duplicated == 0, f"{self.duplicated} duplicated deliveries"
        assert self.delivered == self.distinct_ids == self.expected


def tally(deployment: Deployment, surges: list[Surge]) -> Tally:
    rows = deployment.delivered_rows()
    per_alert = Counter(alert["id"] for row in rows for alert in row["body"]["alerts"])
    expected = {surge.alert_id for surge in surges}
    return Tally(
        expected=len(expected), delivered=len(rows), distinct_ids=len({row["webhook_id"] for row in rows}),
        lost=expected - set(per_alert), duplicated=sum(count - 1 for count in per_alert.values()),
        unexpected=set(per_alert) - expected,
    )


@dataclass
class Flowing:
    """A deployment with alerts flowing: one worker, one dispatcher, the feeder planting surges."""

    worker: ManagedProcess
    dispatcher: ManagedProcess
    feeder: Feeder
    started_pids: tuple[int | None, int | None]  # a fault test checks the same processes lived through it

    @property
    def pids(self) -> tuple[int | None, int | None]:
        return self.worker.pid, self.dispatcher.pid


def start_flowing(deployment: Deployment, surges: list[Surge]) -> Flowing:
    """Receiver, dispatcher and worker up, partitions assigned, surges fed, a quarter delivered:
    the moment a fault test breaks something."""
    deployment.start_receiver()
    dispatcher = deployment.start_dispatcher("dispatcher")
    worker = deployment.start_worker("worker")
    started_pids = (worker.pid, dispatcher.pid)
    deployment.wait_split(["worker"], "worker")
    deployment.wait_split(["dispatcher"], "dispatcher")
    feeder = deployment.feed(surges, interval_s=0.1)
    deployment.wait_for(lambda: len(deployment.delivered_alert_ids()) >= len(surges) // 4, 120,
                        "a quarter of the alerts")
    return Flowing(worker, dispatcher, feeder, started_pids)


@dataclass
class Recovery:
    result: Tally
    complete_s: float  # from the restart to every alert delivered
    fired_after: int  # alerts the same worker fired after the restart


def recover(deployment: Deployment, surges: list[Surge], flowing: Flowing, restarted_at: float,
            timeout_s: float) -> Recovery:
    """Wait until every planted alert is delivered, then tally; the same two processes must have
    lived through the fault."""
    expected = {surge.alert_id for surge in surges}
    deployment.wait_for(lambda: expected <= deployment.delivered_alert_ids(), timeout_s, "every alert delivered")
    complete_s = time.time() - restarted_at
    flowing.feeder.finish()
    time.sleep(2)  # a double send, if any, would arrive now
    result = tally(deployment, surges)
    worker, dispatcher = flowing.worker, flowing.dispatcher
    assert flowing.pids == flowing.started_pids and worker.alive() and dispatcher.alive()
    assert worker.log_path is not None
    fired_after = sum(1 for at in fired_by(worker.log_path).values() if at > restarted_at)
    return Recovery(result, complete_s, fired_after)


def fired_by(log_path: Path) -> dict[str, float]:
    """Alert ids a worker published (firing), with the wall-clock time of its log line."""
    found: dict[str, float] = {}
    pattern = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO nadhir\.streams: alert (\w+) firing")
    for line in log_path.read_text(errors="replace").splitlines():
        match = pattern.match(line)
        if match:
            stamp = datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()  # local time
            found.setdefault(match.group(2), stamp)
    return found


def iter_received(deployment: Deployment) -> Iterator[tuple[str, float]]:
    """(alert id, received_at) of every 2xx delivery."""
    for row in deployment.delivered_rows():
        for alert in row["body"]["alerts"]:
            yield alert["id"], float(row["received_at"])


def deliveries_in_redis(redis_url: str, prefix: str) -> dict[str, dict[str, str]]:
    """The dispatcher's delivery records, by alert id: status, attempts, last error, ..."""
    import redis

    client = redis.Redis.from_url(redis_url, decode_responses=True)
    found: dict[str, dict[str, str]] = {}
    try:
        for key in client.scan_iter(f"{prefix}alerts:delivery:*", count=500):
            if key.endswith(":alerts"):
                continue
            fields = client.hgetall(key)
            for raw in client.lrange(f"{key}:alerts", 0, -1):
                found[json.loads(raw)["id"]] = fields
    finally:
        client.close()
    return found


def dead_letters(redis_url: str, prefix: str) -> int:
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return int(client.zcard(f"{prefix}alerts:dead"))
    finally:
        client.close()


def outage_schedule(outage_s: float) -> list[float]:
    """A retry schedule whose shortest (jittered -20 %) total still outlasts ``outage_s`` by far,
    with steps of at most 8 s, so a delivery retries soon after the endpoint is back."""
    steps = int(outage_s / 8 * 1.5) + 3
    return [0, 1, 2, 4] + [8] * steps
