"""`nadhir ingest FILE|-` against the real embedded broker: only valid lines reach the topic."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ingest_support import read_topic, run_cli, values

from nadhir.ingest import BrokerUnavailable, TopicMissing, publish_articles
from nadhir.runtime import EmbeddedBroker, free_port


def article(n: int, **extra: object) -> dict[str, object]:
    lang = "ar" if n % 2 else "en"
    text = "شنت طائرات حربية غارات على ريف إدلب" if lang == "ar" else "Warplanes struck the Idlib countryside"
    return {"id": f"art-{n}", "source": "test", "url": f"https://example.org/{n}", "lang": lang,
            "title": f"title {n}", "text": text, "published_at": "2024-05-20T06:00:00Z", **extra}


def line(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def test_jsonl_file_sends_exactly_the_valid_lines(
    broker: EmbeddedBroker, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path
) -> None:
    topic = fresh_topics("articles", partitions=2)["articles"]
    big = article(90, text="x" * 500)
    rows: list[bytes] = [
        line(article(1)),                                   # 1
        line(article(2)),                                   # 2
        b'{"id": "bad-1", "text": "x" "lang": "en"}',       # 3 invalid JSON
        b"",                                                # 4 blank: skipped, not rejected
        line({"id": "bad-2", "title": "no text"}),          # 5 missing text
        b'{"id": "bad-3", "text": "\xff\xfe"}',             # 6 invalid UTF-8
        line(big),                                          # 7 text too large (limit 200 below)
        line(article(3)),                                   # 8
        line({"id": 4, "text": "numeric id"}),              # 9 wrong type
        line(article(5, published_at="last tuesday")),      # 10 invalid time
        line(article(6)),                                   # 11
        line(article(1, title="same id again")),            # 12 same id: same partition
    ]
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b"\n".join(rows) + b"\n")

    done = run_cli(str(path), "--broker", broker.bootstrap, "--topic", topic,
                   env={"NADHIR_MAX_ARTICLE_BYTES": "200"})

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    rejected_lines = [text for text in done.stderr.splitlines() if text.startswith(str(path))]
    assert rejected_lines == [
        f"{path}: line 3: invalid JSON: Expecting ',' delimiter at column 29",
        f"{path}: line 5: missing field 'text'",
        f"{path}: line 6: invalid UTF-8 at byte 26",
        f"{path}: line 7: too large: text is 500 bytes > 200",
        f"{path}: line 9: field 'id' must be a string, got number",
        f"{path}: line 10: invalid published_at 'last tuesday': not ISO 8601",
    ]
    assert "sent 5, rejected 6 (" in done.stdout
    for reason_count in ("invalid JSON: 1", "missing field: 1", "invalid UTF-8: 1", "too large: 1",
                         "wrong type: 1", "invalid published_at: 1"):
        assert reason_count in done.stdout

    records = read_topic(broker.bootstrap, topic, expect=5)
    assert sorted(str(item["id"]) for item in values(records)) == ["art-1", "art-1", "art-2", "art-3", "art-6"]
    assert all(record.key == json.loads(record.value)["id"].encode() for record in records)
    by_id = {json.loads(record.value)["id"]: json.loads(record.value) for record in records}
    assert by_id["art-3"] == article(3)
    assert len({record.partition for record in records if record.key == b"art-1"}) == 1


def test_stdin_with_published_at_now(broker: EmbeddedBroker, fresh_topics: Callable[..., dict[str, str]]) -> None:
    topic = fresh_topics("articles", partitions=2)["articles"]
    undated = {"id": "in-1", "text": "Four airstrikes on Kansafra", "lang": "en"}
    dated = article(7)
    stdin = line(undated) + b"\n" + b"not json\n" + line(dated) + b"\n"

    done = run_cli("-", "--published-at-now", "--broker", broker.bootstrap, "--topic", topic, stdin=stdin)

    assert done.returncode == 1, done.stderr
    assert "<stdin>: line 2: invalid JSON: Expecting value at column 1" in done.stderr
    assert "sent 2, rejected 1 (invalid JSON: 1)" in done.stdout
    got = {item["id"]: item for item in values(read_topic(broker.bootstrap, topic, expect=2))}
    assert set(got) == {"in-1", "art-7"}
    assert got["in-1"]["published_at"].startswith("20") and got["in-1"]["published_at"].endswith("Z")
    assert got["art-7"]["published_at"] == "2024-05-20T06:00:00Z"


def test_all_valid_stdin_exits_0_from_environment_broker(
    broker: EmbeddedBroker, fresh_topics: Callable[..., dict[str, str]]
) -> None:
    topic = fresh_topics("articles", partitions=2)["articles"]
    stdin = b"".join(line(article(n)) + b"\n" for n in range(1, 51))
    done = run_cli("-", stdin=stdin, env={"NADHIR_BROKER": broker.bootstrap, "NADHIR_TOPIC_ARTICLES": topic})
    assert done.returncode == 0, done.stderr
    assert "sent 50, rejected 0" in done.stdout
    assert len(read_topic(broker.bootstrap, topic, expect=50)) == 50


def test_broker_down_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(line(article(1)) + b"\n")
    dead = f"127.0.0.1:{free_port('127.0.0.1')}"
    done = run_cli(str(path), "--broker", dead, "--connect-timeout", "1", timeout=30)
    assert done.returncode == 2
    assert f"broker {dead} is not answering" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_topic_is_not_auto_created(broker: EmbeddedBroker, tmp_path: Path) -> None:
    from nadhir.runtime.topics import list_topics

    path = tmp_path / "a.jsonl"
    path.write_bytes(line(article(1)) + b"\n")
    done = run_cli(str(path), "--broker", broker.bootstrap, "--topic", "no-such-articles")
    assert done.returncode == 2
    assert "topic 'no-such-articles' does not exist" in done.stderr
    assert "no-such-articles" not in {info.name for info in list_topics(broker.bootstrap)}


def test_publish_articles_library(broker: EmbeddedBroker, fresh_topics: Callable[..., dict[str, str]]) -> None:
    topic = fresh_topics("articles", partitions=2)["articles"]
    summary = publish_articles(broker.bootstrap, topic, [article(1), {"id": "x"}, article(2)])
    assert summary.sent == 2
    assert [(item.line, item.detail) for item in summary.rejected] == [(2, "missing field 'text'")]
    assert sorted(item["id"] for item in values(read_topic(broker.bootstrap, topic, expect=2))) == ["art-1", "art-2"]
    try:
        publish_articles(broker.bootstrap, "absent-topic", [article(1)])
    except TopicMissing as exc:
        assert isinstance(exc, BrokerUnavailable) and "absent-topic" in str(exc)
    else:
        raise AssertionError("a missing topic was accepted")


def test_throughput_figure(broker: EmbeddedBroker, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path) -> None:
    topic = fresh_topics("articles", partitions=2)["articles"]
    count = 20_000
    filler = "Warplanes struck the Idlib countryside. " * 25  # ~1 KB
    path = tmp_path / "many.jsonl"
    with path.open("wb") as out:
        for n in range(count):
            out.write(line({"id": f"bulk-{n}", "text": filler, "lang": "en", "published_at": "2024-05-20T06:00:00Z"}))
            out.write(b"\n")
    done = run_cli(str(path), "--broker", broker.bootstrap, "--topic", topic, timeout=120)
    assert done.returncode == 0, done.stderr
    print(f"\n{done.stdout.strip()}  ({path.stat().st_size / 1e6:.1f} MB of JSONL; time from first line to last ack)")
    assert f"sent {count}, rejected 0" in done.stdout
    assert len(read_topic(broker.bootstrap, topic, expect=count, timeout_s=60, settle_s=0.5)) == count


def test_progress_bar_only_when_stderr_is_a_terminal(
    broker: EmbeddedBroker, fresh_topics: Callable[..., dict[str, str]], tmp_path: Path
) -> None:
    import os
    import pty
    import subprocess
    import sys

    from ingest_support import ROOT

    topic = fresh_topics("articles", partitions=2)["articles"]
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"".join(line(article(n)) + b"\n" for n in range(200)) + b"{broken\n")
    args = [sys.executable, "-m", "nadhir", "ingest", str(path), "--broker", broker.bootstrap, "--topic", topic]
    master, slave = pty.openpty()
    process = subprocess.Popen(args, stderr=slave, stdout=subprocess.PIPE, cwd=ROOT)
    os.close(slave)
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        terminal += chunk
    os.close(master)
    assert process.wait(60) == 1
    assert process.stdout is not None and b"sent 200, rejected 1" in process.stdout.read()
    process.stdout.close()
    shown = terminal.decode("utf-8", "replace")
    assert "\x1b[" in shown and "ingest" in shown and "kB" in shown  # rich's bar with its byte counts
    assert f"{path}: line 201: invalid JSON" in shown

    plain = run_cli(str(path), "--broker", broker.bootstrap, "--topic", topic)
    assert plain.returncode == 1 and "\x1b[" not in plain.stderr
    assert plain.stderr.strip() == f"{path}: line 201: invalid JSON: Expecting property name enclosed in double quotes at column 2"


def test_broker_dying_mid_stream_exits_2(tmp_path: Path) -> None:
    import subprocess
    import sys
    import threading
    import time

    from ingest_support import ROOT

    from nadhir.runtime.topics import create_topics

    own = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()  # the session broker must live on
    try:
        create_topics(own.bootstrap, ["articles"], 2)
        process = subprocess.Popen(
            [sys.executable, "-m", "nadhir", "ingest", "-", "--broker", own.bootstrap, "--topic", "articles",
             "--ack-timeout", "3"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
        )
        assert process.stdin is not None

        def feed() -> None:
            try:
                for n in range(1_000_000):
                    process.stdin.write(line(article(n)) + b"\n")  # type: ignore[union-attr]
                    if n == 2000:
                        process.stdin.flush()  # type: ignore[union-attr]
                        time.sleep(1.5)
                        own.stop()
                process.stdin.close()  # type: ignore[union-attr]
            except (BrokenPipeError, ValueError):
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        out, err = process.stdout.read(), process.stderr.read()  # type: ignore[union-attr]
        assert process.wait(60) == 2
        writer.join(10)
    finally:
        own.stop()
    stderr = err.decode()
    assert f"broker {own.bootstrap} did not acknowledge" in stderr
    assert "(stopped after <stdin> line " in stderr
    assert "Traceback" not in stderr
    assert b"sent" not in out
