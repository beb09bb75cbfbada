"""The mypyc build of the detection engine (setup.py) against its pure-Python sources.

The compiled modules must say exactly what the sources say: the same events, counts, places and
spans for the labeled set, the shipped sample and the benchmark's articles. The pure build runs in
a subprocess with ``NADHIR_PURE_PYTHON=1``; this process runs whatever the install built.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from streams.detection import _native, build, load_detector

ROOT = Path(__file__).resolve().parents[3]

_TAG_ALL = """
import json, sys
from streams.detection import build, load_detector
detector = load_detector()
texts = json.load(sys.stdin)
print(json.dumps({"build": build(), "results": [detector.tag(t, title=ti, lang=l).to_dict() for l, ti, t in texts]}))
"""


def _articles() -> list[list[str]]:
    articles: list[list[str]] = []
    for lang in ("ar", "en"):
        for line in (ROOT / "tests" / "data" / "labeled" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                articles.append([lang, item.get("title", ""), item["text"]])
    sample = json.loads((ROOT / "samples" / "sy24-badia-airstrikes-withdrawal.json").read_text(encoding="utf-8"))
    articles.append([sample["lang"], sample["title"], sample["text"]])
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import tagging  # bench/tagging.py: 3-4 KB articles, the benchmark's own corpus

        articles.extend([lang, title, text] for lang, title, text in tagging.build_articles(40, event_share=0.5))
    finally:
        sys.path.remove(str(ROOT / "bench"))
    articles.append(["ar", "", "\u0627\ud800\u0020غارات ٥٥ غارة في ريف حماة"])  # a lone surrogate
    return articles


def test_compiled_and_pure_builds_tag_alike() -> None:
    articles = _articles()
    env = {**os.environ, "NADHIR_PURE_PYTHON": "1"}
    completed = subprocess.run(
        [sys.executable, "-c", _TAG_ALL], input=json.dumps(articles), capture_output=True, text=True, env=env,
        cwd=ROOT, check=True, timeout=240,
    )
    pure = json.loads(completed.stdout)
    assert pure["build"] == "pure"
    detector = load_detector()
    here = [detector.tag(text, title=title, lang=lang).to_dict() for lang, title, text in articles]
    mismatches = [index for index, (a, b) in enumerate(zip(here, pure["results"], strict=True)) if a != b]
    assert not mismatches, f"{build()} build differs from the sources on articles {mismatches[:10]}"
    assert sum(len(result["events"]) for result in here) > 500


@pytest.mark.skipif(os.environ.get("CI", "").lower() != "true", reason="CI installs with a C compiler")
def test_ci_runs_the_compiled_engine() -> None:
    assert build() == "compiled"


def test_setup_compiles_the_modules_the_loader_knows() -> None:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    listed = next(
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED_MODULES" for t in node.targets)
    )
    assert [Path(path).stem for path in listed] == list(_native.COMPILED_MODULES)
    assert all(path.startswith("streams/detection/") for path in listed)
    assert 'group_name="streams.detection.native"' in (ROOT / "setup.py").read_text(encoding="utf-8")


def test_each_compiled_module_imports_only_those_loaded_before_it() -> None:
    # The pure build loads the sources in this order; a module importing a later one would pull
    # that one's compiled extension into a pure process (stop 24: anaphora came to import requirements).
    order = list(_native.COMPILED_MODULES)
    for position, name in enumerate(order):
        tree = ast.parse((ROOT / "streams" / "detection" / f"{name}.py").read_text(encoding="utf-8"))
        imported = {
            node.module.rsplit(".", 1)[1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("streams.detection.")
        }
        later = sorted(other for other in imported if other in order and order.index(other) > position)
        assert not later, f"{name} imports {later}, loaded after it in COMPILED_MODULES"


def test_an_edited_source_makes_the_build_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "streams" / "detection"
    package.mkdir(parents=True)
    (tmp_path / "setup.py").write_text("")
    suffix = _native.EXTENSION_SUFFIXES[0]
    for name in _native.COMPILED_MODULES:
        (package / f"{name}.py").write_text("")
    for name in [*_native.COMPILED_MODULES, _native.GROUP_LIBRARY]:
        (package / f"{name}{suffix}").write_bytes(b"")
    monkeypatch.setattr(_native, "_HERE", package)
    assert _native._stale_sources() == []
    later = time.time() + 5
    os.utime(package / "cues.py", (later, later))
    assert _native._stale_sources() == ["cues.py"]
    (tmp_path / "setup.py").unlink()  # an installed wheel: install times say nothing
    assert _native._stale_sources() == []
