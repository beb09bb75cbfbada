"""A local S3-compatible server (moto's) so the embedded broker can keep its data on "disk".

tansu's ``s3://`` storage engine against this server survives a SIGKILLed broker with every
message and committed offset (see README, Guarantees). moto's server keeps objects in its own
memory: the broker may die and restart, the S3 server must stay up. Test/dev dependency only.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import httpx

from nadhir.runtime.ports import free_port
from nadhir.runtime.process import LoopbackService

ACCESS_KEY = "nadhir"
SECRET_KEY = "nadhir-local-only"
REGION = "us-east-1"


class EmbeddedS3(LoopbackService):
    """moto_server on loopback with one bucket created."""

    def __init__(self, bucket: str = "tansu", port: int | None = None, log_path: Path | None = None) -> None:
        super().__init__("127.0.0.1", port or free_port(), log_path)
        self.bucket = bucket

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def broker_env(self) -> dict[str, str]:
        """The variables tansu's s3:// engine reads."""
        return {
            "AWS_ENDPOINT": self.endpoint,
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
            "AWS_DEFAULT_REGION": REGION,
            "AWS_ALLOW_HTTP": "true",
        }

    @property
    def storage_url(self) -> str:
        return f"s3://{self.bucket}/"

    def start(self) -> EmbeddedS3:
        server = shutil.which("moto_server") or str(Path(sys.executable).parent / "moto_server")
        self._launch("moto", [server, "-H", self.host, "-p", str(self.port)], timeout=20)
        # An unsigned PUT creates the bucket on moto (it does not check signatures by default).
        response = httpx.put(f"{self.endpoint}/{self.bucket}", timeout=10)
        response.raise_for_status()
        return self
