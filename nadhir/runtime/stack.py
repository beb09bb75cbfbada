"""The whole embedded deployment in one object: broker, Redis, topics and Nadhir's processes.

`nadhir up` and `nadhir demo` are thin shells around :class:`Stack`; the tests use it too, so
what they prove is what users run. Children are supervised: one that dies unexpectedly is
restarted with a back-off, and stopping the stack stops every process it started, by PID.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from config.settings import Settings
from nadhir.runtime.broker import EmbeddedBroker
from nadhir.runtime.ports import free_port
from nadhir.runtime.process import ManagedProcess
from nadhir.runtime.redis_server import EmbeddedRedis, redis_answers, redis_port_of
from nadhir.runtime.topics import create_topics

log = logging.getLogger("nadhir.up")

# The processes `up` runs, each a `nadhir` sub-command.
ROLES = ("worker", "dispatch", "bot")
# Each role's HTTP port (/health, /ready, /metrics): the setting's port when free, else any free one.
PORT_SETTINGS = {"worker": "worker_port", "dispatch": "dispatcher_port", "bot": "bot_port"}


@dataclass
class Child:
    role: str
    process: ManagedProcess
    started_at: float
    restarts: int = 0


@dataclass
class StackState:
    """What `nadhir status` and tests read from ``<run_dir>/state.json``."""

    broker: str
    redis_url: str
    pids: dict[str, int] = field(default_factory=dict)
    embedded_broker_pid: int | None = None
    embedded_redis_pid: int | None = None
    host: str = "127.0.0.1"
    ports: dict[str, int] = field(default_factory=dict)


class Stack:
    """Start with :meth:`start`, supervise with :meth:`poll`, stop with :meth:`stop`."""

    def __init__(
        self,
        settings: Settings,
        run_dir: Path,
        *,
        roles: tuple[str, ...] = ("worker", "dispatch"),
        workers: int = 1,
        extra_env: dict[str, str] | None = None,
        max_restarts: int = 5,
    ) -> None:
        self.settings = settings
        self.run_dir = run_dir
        self.roles = roles
        self.workers = workers
        self.extra_env = extra_env or {}
        self.max_restarts = max_restarts
        self.broker: EmbeddedBroker | None = None
        self.redis: EmbeddedRedis | None = None
        self.bootstrap = settings.broker or ""
        self.redis_url = settings.redis_url or ""
        self.children: list[Child] = []
        self.ports: dict[str, int] = {}

    # --- services ------------------------------------------------------------------------
    def start_services(self) -> None:
        """Broker and Redis: the configured ones, or embedded ones started here."""
        self.run_dir.mkdir(parents=True, exist_ok=True)
        if not self.settings.broker:
            self.broker = EmbeddedBroker(storage=self.settings.broker_storage, log_path=self.run_dir / "tansu.log").start()
            self.bootstrap = self.broker.bootstrap
            log.info("embedded broker (tansu) on %s, pid %d", self.bootstrap, self.broker.pid)
        if not self.settings.redis_url:
            self.redis = EmbeddedRedis(data_dir=self.run_dir / "redis", log_path=self.run_dir / "redis.log").start()
            self.redis_url = self.redis.url
            log.info("embedded Redis on %s, pid %d", self.redis_url, self.redis.pid)
        elif not redis_answers(self.settings.redis_url):
            host, port = redis_port_of(self.settings.redis_url)
            self.redis = EmbeddedRedis(
                port=port, host=host, data_dir=self.run_dir / "redis", durable=True,
                log_path=self.run_dir / "redis.log",
            ).start()
            log.info("no Redis answered at %s: started one, pid %d", self.settings.redis_url, self.redis.pid)
        create_topics(
            self.bootstrap, self.settings.all_topics(), self.settings.partitions, self.settings.replication_factor
        )

    def child_env(self) -> dict[str, str]:
        env = {**os.environ, **self.extra_env}
        env["NADHIR_BROKER"] = self.bootstrap
        env["NADHIR_REDIS_URL"] = self.redis_url
        env.setdefault("PYTHONUNBUFFERED", "1")
        return env

    # --- Nadhir processes ----------------------------------------------------------------
    def _spawn(self, role: str, index: int) -> ManagedProcess:
        env = self.child_env()
        name = role if index == 0 else f"{role}-{index}"
        if role == "worker":
            # Each worker needs its own web port and table directory.
            env["NADHIR_WORKER_PORT"] = "0" if index else env.get("NADHIR_WORKER_PORT", "0")
            env["NADHIR_WORKER_DATA_DIR"] = str(self.run_dir / f"{name}-data")
        if role in PORT_SETTINGS:
            if name not in self.ports:  # a restarted child keeps its port
                wanted = int(getattr(self.settings, PORT_SETTINGS[role])) if index == 0 else 0
                self.ports[name] = wanted if wanted and _bindable(self.settings.host, wanted) else free_port(
                    self.settings.host)
            env[f"NADHIR_{PORT_SETTINGS[role].upper()}"] = str(self.ports[name])
        argv = [sys.executable, "-m", "nadhir", role]
        return ManagedProcess(name, argv, env=env, log_path=self.run_dir / f"{name}.log").start()

    def start_processes(self) -> None:
        for role in self.roles:
            count = self.workers if role == "worker" else 1
            for index in range(count):
                process = self._spawn(role, index)
                self.children.append(Child(role=role, process=process, started_at=time.monotonic()))
                log.info("started %s, pid %d, log %s", process.name, process.pid, process.log_path)
        self.write_state()

    def start(self) -> Stack:
        try:
            self.start_services()
            self.start_processes()
        except BaseException:
            self.stop()
            raise
        return self

    def poll(self) -> None:
        """Restart children that died on their own, with a back-off; give up after max_restarts."""
        for child in self.children:
            if child.process.alive():
                continue
            code = child.process.popen.returncode if child.process.popen else None
            if child.restarts >= self.max_restarts:
                continue
            if time.monotonic() - child.started_at < min(2.0 ** child.restarts, 30.0):
                continue
            log.warning("%s exited with %s; restarting (see %s)", child.process.name, code, child.process.log_path)
            index = int(child.process.name.rsplit("-", 1)[1]) if "-" in child.process.name else 0
            child.process = self._spawn(child.role, index)
            child.started_at = time.monotonic()
            child.restarts += 1
            self.write_state()

    def wait_ready(self, timeout: float = 60.0) -> list[str]:
        """Wait until every child with an HTTP port answers ``/ready`` with 200.

        Returns the names still not ready when ``timeout`` ran out (empty when all are).
        """
        import httpx

        waiting = set(self.ports)
        deadline = time.monotonic() + timeout
        while waiting and time.monotonic() < deadline:
            for name in sorted(waiting):
                try:
                    response = httpx.get(f"http://{self.settings.host}:{self.ports[name]}/ready", timeout=1.0)
                except httpx.HTTPError:
                    continue
                if response.status_code == 200:
                    waiting.discard(name)
            if waiting:
                self.poll()
                time.sleep(0.2)
        return sorted(waiting)

    def stop(self) -> None:
        """Stop Nadhir's processes first (they flush and leave their groups), then Redis, then the broker."""
        for child in reversed(self.children):
            child.process.stop(timeout=10)
        if self.redis is not None:
            self.redis.stop()
        if self.broker is not None:
            self.broker.stop()
        state = self.run_dir / "state.json"
        if state.exists():
            state.unlink()

    def state(self) -> StackState:
        return StackState(
            broker=self.bootstrap,
            redis_url=self.redis_url,
            pids={child.process.name: child.process.pid for child in self.children},
            embedded_broker_pid=self.broker.pid if self.broker else None,
            embedded_redis_pid=self.redis.pid if self.redis else None,
            host=self.settings.host,
            ports=dict(self.ports),
        )

    def write_state(self) -> None:
        state = self.state()
        (self.run_dir / "state.json").write_text(json.dumps(state.__dict__, indent=2) + "\n", encoding="utf-8")

    def all_pids(self) -> list[int]:
        state = self.state()
        pids = list(state.pids.values())
        pids += [pid for pid in (state.embedded_broker_pid, state.embedded_redis_pid) if pid is not None]
        return pids

    def __enter__(self) -> Stack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _bindable(host: str, port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True
