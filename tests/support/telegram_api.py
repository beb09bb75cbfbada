"""A local Telegram Bot API stand-in: a real HTTP server on 127.0.0.1, run in a thread.

Implements ``/bot<token>/getMe``, ``getUpdates`` (long poll with ``timeout``; ``offset``
confirms earlier updates, as Telegram does) and ``sendMessage`` with Telegram's JSON envelope
(``ok``, ``result``, ``error_code``, ``description``, ``parameters.retry_after``,
``parameters.migrate_to_chat_id``). A wrong token gets 401 "Unauthorized"; an unknown method 404.

``sendMessage`` parses ``parse_mode=HTML`` text like Telegram: only Telegram's tags, balanced,
else 400 "can't parse entities"; more than 4,096 characters after parsing, 400 "message is too
long". Each accepted message is recorded with its parsed plain text and its link targets.

Tests queue updates (:meth:`push_message`, :meth:`push_update`), script failures per chat
(:meth:`fail`), and read what was sent (:attr:`sent`, :meth:`await_sent`).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

DEFAULT_TOKEN = "123456:TEST-token_ABCdef"
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "tg-spoiler", "span", "blockquote", "tg-emoji"}


class EntityError(ValueError):
    pass


class _TelegramHTML(HTMLParser):
    """Telegram's HTML parse mode, strictly enough to catch unescaped article text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.plain: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise EntityError(f"Unsupported start tag \"{tag}\"")
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise EntityError(f"Unexpected end tag \"{tag}\"")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.plain.append(data)


_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#[0-9]+|#x[0-9a-fA-F]+);")


def parse_html(text: str) -> tuple[str, list[str]]:
    """Plain text and link targets of Telegram HTML; raises EntityError like Telegram would.

    As Telegram documents: every ``<`` and ``&`` not part of a tag or an entity must be escaped,
    and the only named entities are ``&lt; &gt; &amp; &quot;``.
    """
    for index, char in enumerate(text):
        if char == "<" and not re.match(r"</?[a-zA-Z]", text[index:index + 3]):
            raise EntityError(f"Unexpected character '<' at byte offset {index}")
        if char == "&" and not _ENTITY.match(text, index):
            raise EntityError(f"Can't find end of the entity starting at byte offset {index}")
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise EntityError(f"Can't find end tag corresponding to start tag \"{parser.stack[-1]}\"")
    return "".join(parser.plain), parser.links


@dataclass
class SentMessage:
    chat_id: int
    text: str
    parse_mode: str | None
    plain: str
    links: list[str]
    at: float
    message_id: int
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Failure:
    error_code: int
    description: str
    parameters: dict[str, Any] | None
    times: int


FAILURES: dict[str, tuple[int, str]] = {
    "429": (429, "Too Many Requests: retry after {retry_after}"),
    "blocked": (403, "Forbidden: bot was blocked by the user"),
    "kicked": (403, "Forbidden: bot was kicked from the group chat"),
    "not_found": (400, "Bad Request: chat not found"),
    "migrate": (400, "Bad Request: group chat was upgraded to a supergroup chat"),
    "500": (500, "Internal Server Error"),
}


class TelegramAPIStandIn:
    """Start with :meth:`start` (or ``with``); ``base_url`` is what NADHIR_TELEGRAM_API_BASE takes."""

    def __init__(self, token: str = DEFAULT_TOKEN, *, username: str = "nadhir_test_bot") -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self._lock = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._confirmed_below = 0
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._failures: dict[int, list[_Failure]] = {}
        self._closed = False
        self.sent: list[SentMessage] = []
        self.refused: list[tuple[int, int, str]] = []  # (chat_id, error_code, description)
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.paths: list[str] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ----------------------------------------------------------------------------
    def start(self) -> TelegramAPIStandIn:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="telegram-stand-in", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> TelegramAPIStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # --- incoming updates ---------------------------------------------------------------------
    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update (``update_id`` is assigned); returns its id."""
        with self._lock:
            update = {"update_id": next(self._update_ids), **update}
            self._updates.append(update)
            self._lock.notify_all()
            return int(update["update_id"])

    def push_message(
        self, chat_id: int, text: str, *, user_id: int | None = None, language_code: str | None = "en",
        chat_type: str | None = None, **extra: Any,
    ) -> int:
        """Queue a text message from a user in a chat (private when ids are equal)."""
        user_id = chat_id if user_id is None else user_id
        chat_type = chat_type or ("private" if chat_id > 0 else "group")
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Tester"}
        if language_code is not None:
            user["language_code"] = language_code
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "Tester"
        else:
            chat["title"] = "Test group"
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat, "from": user,
                   **({"text": text} if text is not None else {}), **extra}
        return self.push_update({"message": message})

    def push_my_chat_member(self, chat_id: int, new_status: str, *, old_status: str = "member") -> int:
        """The bot's own membership changed: "kicked" (blocked / removed), "left", "member"..."""
        chat_type = "private" if chat_id > 0 else "group"
        bot = {"id": self.bot_id, "is_bot": True, "first_name": "Nadhir", "username": self.username}
        return self.push_update({"my_chat_member": {
            "chat": {"id": chat_id, "type": chat_type},
            "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Tester"},
            "date": int(time.time()),
            "old_chat_member": {"status": old_status, "user": bot},
            "new_chat_member": {"status": new_status, "user": bot},
        }})

    def push_migration(self, old_chat_id: int, new_chat_id: int) -> int:
        """The service message Telegram sends in a group that became a supergroup."""
        return self.push_message(old_chat_id, None, migrate_to_chat_id=new_chat_id)  # type: ignore[arg-type]

    def forget_confirmations(self) -> None:
        """As if the bot died before its next getUpdates confirmed what it had processed."""
        with self._lock:
            self._confirmed_below = 0

    # --- scripted failures --------------------------------------------------------------------
    def fail(self, chat_id: int, kind: str, *, times: int = 1, retry_after: int = 1,
             migrate_to: int | None = None) -> None:
        """The next ``times`` sendMessage calls to ``chat_id`` fail as ``kind``: one of
        "429", "blocked", "kicked", "not_found", "migrate" (needs ``migrate_to``), "500"."""
        error_code, description = FAILURES[kind]
        parameters: dict[str, Any] | None = None
        if kind == "429":
            parameters = {"retry_after": retry_after}
            description = description.format(retry_after=retry_after)
        if kind == "migrate":
            assert migrate_to is not None, "migrate needs migrate_to"
            parameters = {"migrate_to_chat_id": migrate_to}
        with self._lock:
            self._failures.setdefault(chat_id, []).append(_Failure(error_code, description, parameters, times))

    # --- what was sent ------------------------------------------------------------------------
    def messages_to(self, chat_id: int) -> list[SentMessage]:
        with self._lock:
            return [message for message in self.sent if message.chat_id == chat_id]

    async def await_sent(self, chat_id: int, count: int = 1, *, within_s: float = 10.0) -> list[SentMessage]:
        """Wait (without blocking the event loop) until ``count`` messages reached ``chat_id``."""
        timeout = within_s
        deadline = time.monotonic() + timeout
        while True:
            messages = self.messages_to(chat_id)
            if len(messages) >= count:
                return messages
            if time.monotonic() > deadline:
                raise AssertionError(f"chat {chat_id}: {len(messages)} messages after {timeout}s, wanted {count}: "
                                     f"{[message.plain for message in messages]}")
            await asyncio.sleep(0.02)

    def wait_sent(self, chat_id: int, count: int = 1, *, timeout: float = 10.0) -> list[SentMessage]:
        """Blocking variant of :meth:`await_sent`, for tests that run the bot in another process."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                messages = [message for message in self.sent if message.chat_id == chat_id]
                if len(messages) >= count:
                    return messages
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"chat {chat_id}: {len(messages)} messages, wanted {count}")
                self._lock.wait(remaining)

    def pending_updates(self) -> int:
        with self._lock:
            return sum(1 for update in self._updates if update["update_id"] >= self._confirmed_below)

    # --- the API ------------------------------------------------------------------------------
    def handle(self, path: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        parts = path.strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("bot"):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        if parts[0][3:] != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = parts[1]
        with self._lock:
            self.requests.append((method, params))
        if method == "getMe":
            return 200, {"ok": True, "result": {"id": self.bot_id, "is_bot": True, "first_name": "Nadhir",
                                                "username": self.username}}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        if method == "sendMessage":
            return self._send_message(params)
        return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = _int(params.get("offset"))
        timeout = min(float(_int(params.get("timeout")) or 0), 50.0)
        limit = max(1, min(_int(params.get("limit")) or 100, 100))
        deadline = time.monotonic() + timeout
        with self._lock:
            if offset is not None and offset > self._confirmed_below:
                self._confirmed_below = offset
            while True:
                ready = [update for update in self._updates if update["update_id"] >= self._confirmed_below]
                remaining = deadline - time.monotonic()
                if ready or remaining <= 0 or self._closed:
                    return ready[:limit]
                self._lock.wait(remaining)

    def _send_message(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        chat_id = _int(params.get("chat_id"))
        text = params.get("text")
        if chat_id is None:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: chat_id is empty"}
        if not isinstance(text, str) or not text.strip():
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message text is empty"}
        with self._lock:
            scripted = self._failures.get(chat_id)
            if scripted:
                failure = scripted[0]
                failure.times -= 1
                if failure.times <= 0:
                    scripted.pop(0)
                self.refused.append((chat_id, failure.error_code, failure.description))
                body: dict[str, Any] = {"ok": False, "error_code": failure.error_code,
                                        "description": failure.description}
                if failure.parameters:
                    body["parameters"] = failure.parameters
                return failure.error_code, body
        parse_mode = params.get("parse_mode")
        plain, links = text, []
        if parse_mode == "HTML":
            try:
                plain, links = parse_html(text)
            except EntityError as error:
                description = f"Bad Request: can't parse entities: {error}"
                with self._lock:
                    self.refused.append((chat_id, 400, description))
                return 400, {"ok": False, "error_code": 400, "description": description}
        if len(plain.encode("utf-16-le")) // 2 > 4096:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"}
        with self._lock:
            message = SentMessage(chat_id=chat_id, text=text, parse_mode=parse_mode, plain=plain, links=links,
                                  at=time.monotonic(), message_id=next(self._message_ids), params=params)
            self.sent.append(message)
            self._lock.notify_all()
        return 200, {"ok": True, "result": {"message_id": message.message_id, "date": int(time.time()),
                                            "chat": {"id": chat_id}, "text": plain}}


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _handler_for(api: TelegramAPIStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # the token is in the path
            pass

        def _serve(self, body: bytes) -> None:
            url = urlsplit(self.path)
            with api._lock:
                api.paths.append(url.path)
            params: dict[str, Any] = dict(parse_qsl(url.query))
            content_type = self.headers.get("Content-Type", "")
            if body:
                if "json" in content_type:
                    try:
                        decoded = json.loads(body)
                    except ValueError:
                        decoded = None
                    if not isinstance(decoded, dict):
                        self._reply(400, {"ok": False, "error_code": 400, "description": "Bad Request: bad JSON"})
                        return
                    params.update(decoded)
                else:
                    params.update(parse_qsl(body.decode("utf-8", "replace")))
            status, payload = api.handle(url.path, params)
            self._reply(status, payload)

        def _reply(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a cancelled long poll); Telegram does not mind either

        def do_GET(self) -> None:
            self._serve(b"")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self._serve(self.rfile.read(length) if length else b"")

    return Handler
