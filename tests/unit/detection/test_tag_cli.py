"""`nadhir tag [FILE|-]` as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GOOD = [
    {"id": "a1", "lang": "ar", "title": "", "text": "شن الطيران الحربي 12 غارة جوية على ريف إدلب الجنوبي."},
    {"id": "e1", "lang": "en", "title": "Homs round-up", "text": "Police arrested 30 people in Homs."},
    {"id": "n1", "text": "The weather was mild and sunny all week."},
]


def run_tag(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nadhir", "tag", *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )


def test_good_lines(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in GOOD), encoding="utf-8")
    done = run_tag("", str(source))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a1", "e1", "n1"]
    assert [line["lang"] for line in lines] == ["ar", "en", "en"]
    first = lines[0]["events"]
    assert [(e["category"], e["region"], e["count"], e["approx"]) for e in first] == [("airstrike", "Idlib", 12, False)]
    assert set(first[0]) >= {"category", "place", "region", "country", "count", "approx", "evidence", "span"}
    assert [e["category"] for e in lines[1]["events"]] == ["arrest"]
    assert lines[2]["events"] == []


def test_malformed_lines_are_reported_and_the_run_goes_on() -> None:
    stdin = "\n".join([
        json.dumps(GOOD[0], ensure_ascii=False),
        "{not json",
        json.dumps({"id": "x", "lang": "en"}),
        json.dumps(["a", "list"]),
        json.dumps(GOOD[1], ensure_ascii=False),
    ]) + "\n"
    done = run_tag(stdin, "-")
    assert done.returncode == 1
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["a1", "e1"]
    assert "<stdin>:2: invalid JSON" in done.stderr
    assert "<stdin>:3: missing field 'text'" in done.stderr
    assert "<stdin>:4: expected a JSON object" in done.stderr
    assert "3 malformed line(s)" in done.stderr


def test_missing_file_and_bad_lexicon(tmp_path: Path) -> None:
    assert run_tag("", str(tmp_path / "absent.jsonl")).returncode == 2
    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / "xx.yaml").write_text("version: 1\nlanguage: xx\ncategories:\n  airstrike:\n    terms: 5\n", encoding="utf-8")
    done = run_tag("{}\n", "--lexicons", str(tmp_path / "lex"), "-")
    assert done.returncode == 2
    assert "xx.yaml:5" in done.stderr and "categories.airstrike.terms" in done.stderr


def test_published_at_dates_the_article() -> None:
    text = "In 2025, warplanes struck the town of Ariha in Idlib."
    stdin = "\n".join([
        json.dumps({"id": "then", "lang": "en", "text": text, "published_at": "2025-06-01T10:00:00Z"}),
        json.dumps({"id": "later", "lang": "en", "text": text, "published_at": "2026-06-01T10:00:00Z"}),
        json.dumps({"id": "bad", "lang": "en", "text": text, "published_at": "yesterday"}),
    ]) + "\n"
    done = run_tag(stdin, "-")
    assert done.returncode == 1
    events = {line["id"]: [e["category"] for e in line["events"]] for line in map(json.loads, done.stdout.splitlines())}
    assert events == {"then": ["airstrike"], "later": []}  # a year before the article's own is history
    assert "<stdin>:3: published_at 'yesterday' is not an ISO 8601 date-time" in done.stderr
