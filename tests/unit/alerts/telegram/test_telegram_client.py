"""The Bot API client: the envelope, error details, and the token kept out of errors and logs."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest
import respx

from alerts.notify.telegram.client import TelegramAPIError, TelegramClient, TelegramTransportError

TOKEN = "987654:SECRET-unit-token"
BASE = "https://api.telegram.test"


@respx.mock
async def test_error_envelope_is_parsed() -> None:
    respx.post(f"{BASE}/bot{TOKEN}/sendMessage").mock(return_value=httpx.Response(429, json={
        "ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7}}))
    client = TelegramClient(TOKEN, BASE)
    with pytest.raises(TelegramAPIError) as caught:
        await client.send_message(5, "hi")
    assert (caught.value.error_code, caught.value.retry_after) == (429, 7.0)
    assert not caught.value.chat_gone
    await client.aclose()


@respx.mock
async def test_chat_gone_and_migration() -> None:
    route = respx.post(f"{BASE}/bot{TOKEN}/sendMessage")
    route.side_effect = [
        httpx.Response(403, json={"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}),
        httpx.Response(400, json={"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}),
        httpx.Response(400, json={"ok": False, "error_code": 400, "description": "Bad Request: group chat was upgraded",
                                  "parameters": {"migrate_to_chat_id": -1001234}}),
        httpx.Response(400, json={"ok": False, "error_code": 400, "description": "Bad Request: can't parse entities"}),
    ]
    client = TelegramClient(TOKEN, BASE)
    errors = []
    for _ in range(4):
        with pytest.raises(TelegramAPIError) as caught:
            await client.send_message(-5, "hi")
        errors.append(caught.value)
    assert [error.chat_gone for error in errors] == [True, True, False, False]
    assert errors[2].migrate_to_chat_id == -1001234
    await client.aclose()


@respx.mock
async def test_token_never_in_transport_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    respx.post(f"{BASE}/bot{TOKEN}/getMe").mock(side_effect=httpx.ConnectError(f"cannot reach {BASE}/bot{TOKEN}/getMe"))
    respx.post(f"{BASE}/bot{TOKEN}/sendMessage").mock(return_value=httpx.Response(502, text=f"bad gateway {TOKEN}"))
    client = TelegramClient(TOKEN, BASE)
    for call in (client.get_me(), client.send_message(1, "x")):
        with pytest.raises(TelegramTransportError) as caught:
            await call
        rendered = "".join(traceback.format_exception(caught.value))
        assert "ConnectError" in rendered or "502" in rendered
        assert TOKEN not in rendered and TOKEN not in repr(caught.value)
        assert caught.value.__context__ is None and caught.value.__cause__ is None
    assert TOKEN not in repr(client)
    assert TOKEN not in caplog.text
    await client.aclose()


def test_httpx_log_lines_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    logging.getLogger("httpx").info('HTTP Request: %s %s "%s"', "POST", f"{BASE}/bot{TOKEN}/getUpdates", "HTTP/1.1 200 OK")
    assert TOKEN not in caplog.text
    assert "/bot<redacted>/getUpdates" in caplog.text
