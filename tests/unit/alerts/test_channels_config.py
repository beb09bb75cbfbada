"""channels.yaml: URL validation, secrets from the environment, clear errors."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from config.channels import DEFAULT_RETRY_SCHEDULE, load_channels, url_problem
from config.errors import ConfigError

SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "channels.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/x", "http://192.168.0.5/",
    "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/", "http://printer.local/", "http://api.localhost/",
])
def test_private_addresses_are_refused(url):
    problem = url_problem(url, resolve=False)
    assert problem is not None and "private" in problem


@pytest.mark.parametrize("url,expected", [
    ("ftp://example.org/x", "scheme"), ("file:///etc/passwd", "scheme"), ("gopher://x/", "scheme"),
    ("https://user:pw@example.org/", "credentials"), ("http:///nohost", "no host"),
])
def test_bad_urls_are_refused(url, expected):
    problem = url_problem(url, resolve=False)
    assert problem is not None and expected in problem


def test_public_and_allowlisted_urls_pass():
    assert url_problem("https://hooks.example.org/nadhir", resolve=False) is None
    assert url_problem("https://93.184.216.34/hook", resolve=False) is None
    assert url_problem("http://127.0.0.1:9/x", allow_private=True, resolve=False) is None
    assert url_problem("http://127.0.0.1:9/x", allowlist=["127.0.0.0/8"], resolve=False) is None
    assert url_problem("http://hooks.internal/x", allowlist=["hooks.internal"], resolve=False) is None
    assert url_problem("http://10.0.0.1/x", allowlist=["192.168.0.0/16"], resolve=False) is not None


def test_resolved_names_are_checked(monkeypatch):
    import socket

    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [(2, 1, 6, "", ("10.9.8.7", 0))])
    problem = url_problem("https://innocent.example.org/hook")
    assert problem is not None and "private" in problem


def test_loads_webhooks_with_secrets_and_defaults(tmp_path):
    path = write(tmp_path, """
webhooks:
  - name: ops
    url: https://hooks.example.org/nadhir
    secret_env: NADHIR_WEBHOOK_SECRET_OPS
    format: alertmanager
    match: {categories: [airstrike], min_severity: warning}
""")
    channels = load_channels(path, environ={"NADHIR_WEBHOOK_SECRET_OPS": SECRET}, allowlist=[], resolve=False)
    hook = channels.webhooks["ops"]
    assert hook.config.format == "alertmanager" and hook.config.timeout_s == 15
    assert tuple(hook.config.retry_schedule) == DEFAULT_RETRY_SCHEDULE
    assert hook.secret_bytes() == b"k" * 32
    assert SECRET not in repr(channels)


def test_missing_secret_variable_names_the_channel_and_line(tmp_path):
    path = write(tmp_path, """webhooks:
  - name: newsroom
    url: https://hooks.example.org/nadhir
    secret_env: NADHIR_WEBHOOK_SECRET_NEWSROOM
""")
    with pytest.raises(ConfigError) as caught:
        load_channels(path, environ={}, allowlist=[], resolve=False)
    message = str(caught.value)
    assert "newsroom" in message and "NADHIR_WEBHOOK_SECRET_NEWSROOM is not set" in message
    assert "channels.yaml:4" in message


def test_malformed_secret_is_refused_without_echoing_it(tmp_path):
    path = write(tmp_path, """webhooks:
  - {name: a, url: "https://x.example.org/", secret_env: S}
""")
    with pytest.raises(ConfigError) as caught:
        load_channels(path, environ={"S": "not-a-whsec-secret-value"}, allowlist=[], resolve=False)
    assert "whsec_" in str(caught.value) and "not-a-whsec-secret-value" not in str(caught.value)


def test_private_url_in_file_is_a_config_error(tmp_path):
    path = write(tmp_path, """webhooks:
  - {name: internal, url: "http://127.0.0.1:8080/hook", secret_env: S}
""")
    with pytest.raises(ConfigError) as caught:
        load_channels(path, environ={"S": SECRET}, allowlist=[], resolve=False)
    assert "internal" in str(caught.value) and "allow_private" in str(caught.value)


def test_schema_errors_have_lines(tmp_path):
    path = write(tmp_path, """webhooks:
  - name: a
    url: https://x.example.org/
    secret_env: S
    format: slack
    retry_schedule: [0, -5]
""")
    with pytest.raises(ConfigError) as caught:
        load_channels(path, environ={"S": SECRET}, allowlist=[], resolve=False)
    text = str(caught.value)
    assert "channels.yaml:5" in text and "format" in text and "retry_schedule" in text


def test_shipped_defaults_load():
    from config.settings import DEFAULTS_DIR

    channels = load_channels(DEFAULTS_DIR / "channels.yaml", environ={}, allowlist=[], resolve=False)
    assert channels.webhooks == {} and channels.inhibit and channels.telegram.timeout_s == 30
