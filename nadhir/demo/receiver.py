"""A small webhook receiver for the demo: verifies Standard Webhooks signatures, hands each
payload to a callback. Loopback only; for showing that alerts really leave the building."""

from __future__ import annotations

import base64
import json
import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

MAX_BODY = 4 * 1024 * 1024

OnDelivery = Callable[[dict[str, Any], bool], None]


def new_secret() -> str:
    """A fresh Standard Webhooks secret (``whsec_`` + base64 of 24 random bytes)."""
    return "whsec_" + base64.b64encode(os.urandom(24)).decode()


class DemoReceiver:
    """``start()`` serves on 127.0.0.1:<free port> in a thread; ``url`` is where to send."""

    def __init__(self, secret: str, on_delivery: OnDelivery) -> None:
        self.verifier = Webhook(secret)
        self.on_delivery = on_delivery
        self.server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def start(self) -> DemoReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length > MAX_BODY:
                    self.send_response(413)
                    self.end_headers()
                    return
                body = self.rfile.read(length)
                try:
                    payload = receiver.verifier.verify(body, dict(self.headers.items()))
                    verified = True
                except WebhookVerificationError:
                    payload, verified = json.loads(body or b"{}"), False
                self.send_response(204 if verified else 401)
                self.end_headers()
                receiver.on_delivery(payload if isinstance(payload, dict) else {}, verified)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, name="demo-receiver", daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
