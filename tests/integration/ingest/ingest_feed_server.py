"""A real HTTP server on 127.0.0.1 serving feeds, honouring ETag / If-Modified-Since, recording requests."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Served:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    delay_s: float = 0.0
    etag: bool = True
    last_modified: str = field(default_factory=lambda: formatdate(usegmt=True))


@dataclass(frozen=True)
class SeenRequest:
    path: str
    headers: dict[str, str]
    status: int


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Served] = {}
        self.requests: list[SeenRequest] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                served = server.routes.get(self.path)
                status, body, headers = 404, b"not found", {"Content-Type": "text/plain"}
                if served is not None:
                    time.sleep(served.delay_s)
                    tag = '"' + hashlib.sha256(served.body).hexdigest()[:16] + '"'
                    status, body = served.status, served.body
                    headers = {"Content-Type": served.content_type, "Last-Modified": served.last_modified}
                    if served.etag:
                        headers["ETag"] = tag
                    if (status == 200 and served.etag and self.headers.get("If-None-Match") == tag) or (status == 200 and not served.etag and self.headers.get("If-Modified-Since") == served.last_modified):
                        status, body = 304, b""
                with server._lock:
                    server.requests.append(SeenRequest(self.path, dict(self.headers.items()), status))
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def requests_for(self, path: str) -> list[SeenRequest]:
        with self._lock:
            return [request for request in self.requests if request.path == path]


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    thread = threading.Thread(target=server.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        thread.join(5)


def rss(title: str, items: list[dict[str, str]], language: str = "en") -> bytes:
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
             f"<link>http://example.org/</link><language>{language}</language><description>d</description>"]
    for item in items:
        parts.append(
            f"<item><title>{item['title']}</title><guid isPermaLink=\"false\">{item['guid']}</guid>"
            f"<link>{item['link']}</link><description><![CDATA[{item['html']}]]></description>"
            f"<pubDate>{item['date']}</pubDate></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def atom(title: str, entries: list[dict[str, str]], language: str = "ar") -> bytes:
    from html import escape

    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{language}">'
             f"<title>{title}</title><id>urn:nadhir:test-feed</id><updated>2024-05-20T06:00:00Z</updated>"]
    for entry in entries:
        lang = f' xml:lang="{entry["lang"]}"' if "lang" in entry else ""
        parts.append(
            f"<entry{lang}><title>{escape(entry['title'])}</title><id>{entry['id']}</id>"
            f'<link href="{entry["link"]}"/><updated>{entry["date"]}</updated>'
            f'<content type="html">{escape(entry["html"])}</content></entry>'
        )
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")
