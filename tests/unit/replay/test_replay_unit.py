"""`nadhir replay` without any service: event-time order, bad lines, --out, --plot, broken rules."""

from __future__ import annotations

import asyncio
import json
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.model import SCHEMA_PATH, Alert, alert_id
from config.rules import load_rules
from config.settings import Settings
from nadhir.cli import main
from streams.detection import load_detector
from streams.replay import ReplayResult, event_time_order, replay
from tests.integration.replay.replay_corpus import ALLOWED_LATENESS_S, RULES, at, en, line, surge_corpus


@pytest.fixture
def rules_file(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES)
    return path


@pytest.fixture(autouse=True)
def replay_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NADHIR_RULES_FILE", "NADHIR_MAX_RECORD_BYTES", "NADHIR_WORKER_BATCH_SIZE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NADHIR_ALLOWED_LATENESS_S", str(ALLOWED_LATENESS_S))


def write_corpus(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def run_replay(lines: list[bytes], rules_file: Path, **settings: object) -> ReplayResult:
    the_settings = Settings(allowed_lateness_s=ALLOWED_LATENESS_S, **settings)  # type: ignore[arg-type]
    records = event_time_order(list(enumerate(lines, start=1)), settings=the_settings)
    return asyncio.run(replay(records, settings=the_settings, rules=load_rules(rules_file).rules,
                              detector=load_detector()))


def test_event_time_order_is_by_published_at_and_undated_lines_keep_their_place() -> None:
    lines = [
        line("undated-first", "x"),                                 # 1: before any dated line: the first dated time
        line("five", "x", published_at=at("05:00")),                # 2
        line("three", "x", published_at=at("03:00")),               # 3
        line("undated", "x"),                                       # 4: stays right after "three"
        b"not json",                                                # 5: likewise, after 4
        line("bad-time", "x", published_at="yesterday"),            # 6: likewise
        line("four", "x", published_at="2023-03-10T06:00:00+02:00"),  # 7: 04:00Z, offsets honoured
    ]
    records = event_time_order(list(enumerate(lines, start=1)), settings=Settings())
    assert [record.offset for record in records] == [3, 4, 5, 6, 7, 1, 2]
    five_ms = records[-1].timestamp_ms
    assert records[-2].timestamp_ms == five_ms  # the undated first line takes the first dated line's time
    assert records[1].timestamp_ms == records[0].timestamp_ms  # the undated line inherits its predecessor's


def test_a_shuffled_corpus_replays_as_the_sorted_one(rules_file: Path) -> None:
    ordered = run_replay(surge_corpus(), rules_file)
    # Reversed, a stream would see "later" first and drop everything else as late; replay sorts.
    reversed_ = run_replay(list(reversed(surge_corpus())), rules_file)
    assert {(a.id, a.status) for a in ordered.alerts} == {(a.id, a.status) for a in reversed_.alerts}
    assert len(ordered.alerts) == 4
    assert reversed_.stats["late"] == 0 and reversed_.stats["new"] == 10
    firing = next(a for a in ordered.alerts if a.rule == "airstrikes-3" and a.status == "firing")
    assert firing.id == alert_id("airstrikes-3", "airstrike|Aleppo", firing.window_start)
    # the replay's clock is event time: the latest seen when the alert was decided (its batch's end)
    assert firing.event_time <= firing.emitted_at <= datetime(2023, 3, 11, 12, 0, tzinfo=UTC)


def test_bad_lines_are_reported_with_their_numbers_and_skipped(
    tmp_path: Path, rules_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NADHIR_MAX_RECORD_BYTES", "4000")
    good = surge_corpus()
    lines = [
        good[0],
        b"",                                                             # 2: blank: skipped silently
        b'{"id": "broken"',                                              # 3: invalid_json
        b'{"id": "latin1", "text": "caf\xe9"}',                          # 4: invalid_utf8
        b"[1, 2]",                                                       # 5: schema
        line("when", "Raids on Homs.", published_at="next Tuesday"),     # 6: bad_timestamp
        line("huge", "x" * 5000, published_at=at("05:01")),              # 7: too_large
        *good[1:],
    ]
    corpus = write_corpus(tmp_path / "corpus.jsonl", lines)
    assert main(["replay", str(corpus), "--rules", str(rules_file)]) == 0
    printed = capsys.readouterr()
    for number, reason in ((3, "invalid_json"), (4, "invalid_utf8"), (5, "schema"), (6, "bad_timestamp"),
                           (7, "too_large")):
        assert f"{corpus}:{number}: {reason}:" in printed.err
    assert f"{corpus}:2:" not in printed.err
    assert "skipped bad lines:" in printed.err and "too_large 1" in printed.err
    # the good lines were still replayed: both rules fired (2 more bad lines are in the corpus itself)
    assert "7 bad lines" in printed.out and "4 alerts" in printed.out
    assert "airstrikes-3" in printed.out and "spike-country" in printed.out


def test_out_is_alert_jsonl_in_the_schema_shape(
    tmp_path: Path, rules_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", surge_corpus())
    out = tmp_path / "alerts.jsonl"
    assert main(["replay", str(corpus), "--rules", str(rules_file), "--out", str(out)]) == 0
    schema = json.loads(SCHEMA_PATH.read_text())
    texts = out.read_text(encoding="utf-8").splitlines()
    assert len(texts) == 4
    alerts = [Alert.model_validate_json(text) for text in texts]
    for text in texts:
        keys = set(json.loads(text))
        assert set(schema["required"]) <= keys <= set(schema["properties"])
    assert {(a.rule, a.key, a.status) for a in alerts} == {
        (rule, key, status) for rule, key in (("airstrikes-3", "airstrike|Aleppo"), ("spike-country", "airstrike|Syria"))
        for status in ("firing", "resolved")
    }
    for alert in alerts:
        if alert.status == "firing":
            assert alert.id == alert_id(alert.rule, alert.key, alert.window_start)
            assert alert.value >= alert.threshold and alert.evidence
    spike = next(a for a in alerts if a.rule == "spike-country" and a.status == "firing")
    assert (spike.value, spike.baseline, spike.severity) == (4, 1.0, "critical")
    assert "wrote 4 alerts" in capsys.readouterr().out


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_plot_writes_a_real_png_per_fired_key_or_chosen_key(
    tmp_path: Path, rules_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", surge_corpus())
    fired = tmp_path / "fired.png"
    assert main(["replay", str(corpus), "--rules", str(rules_file), "--plot", str(fired)]) == 0
    assert "timeline of 2 rule keys" in capsys.readouterr().out
    width, height = png_size(fired)
    assert width >= 800 and height >= 500 and fired.stat().st_size > 20_000

    chosen = tmp_path / "idlib.png"
    assert main(["replay", str(corpus), "--rules", str(rules_file), "--plot", str(chosen),
                 "--key", "airstrike|Idlib", "--key", "flood|Nowhere"]) == 0
    printed = capsys.readouterr()
    assert "timeline of 1 rule keys" in printed.out  # Idlib counted for airstrikes-3 only; it never fired
    assert "no rule counted anything for flood|Nowhere" in printed.err
    assert png_size(chosen)[1] < height and chosen.stat().st_size > 10_000


def test_broken_rules_file_is_a_clear_error_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", surge_corpus())
    rules = tmp_path / "broken.yaml"
    rules.write_text("version: 1\nrules:\n  - name: raids\n    type: threshold\n    window: 1h\n    threshold: -3\n")
    assert main(["replay", str(corpus), "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    # (config.yaml_loader names the field "rules[0].threshold.threshold": pydantic adds the union tag)
    assert f"{rules}:6: rules[0].threshold" in err and "greater than 0" in err

    rules.write_text("version: 1\nrules:\n  - {name: raids, type: threshold, window: 1h\n")
    assert main(["replay", str(corpus), "--rules", str(rules)]) == 2
    assert f"{rules}:" in capsys.readouterr().err


def test_missing_corpus_is_exit_2(tmp_path: Path, rules_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["replay", str(tmp_path / "nowhere.jsonl"), "--rules", str(rules_file)]) == 2
    assert "nowhere.jsonl" in capsys.readouterr().err


def test_without_a_terminal_progress_is_plain_and_the_rate_is_printed(
    tmp_path: Path, rules_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [en(f"a-{i}", "Homs", at(f"0{i % 10}:{i:02d}")) for i in range(40)])
    assert main(["replay", str(corpus), "--rules", str(rules_file), "--batch-size", "8"]) == 0
    printed = capsys.readouterr()
    assert "replayed 40/40 records" in printed.err and "\x1b[" not in printed.err
    assert "articles/s" in printed.out and "40 articles counted" in printed.out


def test_timeline_reads_windows_as_the_engine_does() -> None:
    from config.rules import Spike
    from streams.replay import _PrefixSeries
    from streams.rules.engine import Series, read_window

    rule = Spike.model_validate({"name": "s", "type": "spike", "window": "1h", "hop": "15m", "ratio": 2,
                                 "baseline_windows": 3, "min_count": 2})
    values = [float((bucket * 7) % 5) for bucket in range(40)]
    plain, fast = Series(100, list(values)), _PrefixSeries(100, list(values))
    for window_end in range(80, 160):  # also before and after the stored buckets
        assert read_window(rule, fast, window_end) == read_window(rule, plain, window_end)
