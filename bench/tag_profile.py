"""Tooling for speed work on `Detector.tag`: an output-identity hash and a callgrind target.

Speed changes to the detection engine must leave its output byte-identical, and they are judged
by instruction counts (wall time on a shared machine is noise). This module gives both figures a
fixed, repeatable definition, so that every stop measures the same thing:

- ``--hash`` tags `bench.tagging`'s ``build_articles(220, event_share=0.2)`` news-mix articles
  twice (with a fixed ``published_at`` and without one: the two date paths) and every item of
  every ``tests/data/*/`` set (as the evaluation tags it, dated ``AS_OF``, and undated), then prints
  the number of results and a sha256 over a canonical JSON dump of every `TagResult`: language,
  every event field (category, place, region, country, count, approx, evidence, span, field,
  term, places, destination, mentions) and the normalized text the matcher read. It prints no
  item, so the untouched sets stay unread. Run it compiled and pure before and after a change::

      /work/main/.venv/bin/python -m bench.tag_profile --hash
      NADHIR_PURE_PYTHON=1 /work/main/.venv/bin/python -m bench.tag_profile --hash

- ``--callgrind-target`` tags the 220 articles once to warm up, calls ``os.getloadavg()`` (a
  libc function the engine never calls: a marker for callgrind to zero its counters at), then
  tags the 220 articles once more. With the compiled build, the instructions executed inside
  `Detector.tag` during the second pass only::

      PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \\
          --toggle-collect=CPyDef_engine___Detector___tag --zero-before=getloadavg \\
          /work/main/.venv/bin/python -m bench.tag_profile --callgrind-target
      callgrind_annotate --inclusive=yes /tmp/cg.out | head -60

  ``PYTHONHASHSEED=0`` fixes string hashes: with random ones, dict probes and set orders move the
  figure by up to ~0.6M (0.15 %) between runs of the same build. Callgrind takes some 4 minutes.

  mypyc names the compiled method ``CPyDef_engine___Detector___tag`` (``CPyPy_...`` is the
  wrapper Python calls, which adds argument parsing only); the ``PROGRAM TOTALS`` line of
  ``callgrind_annotate`` is the figure. Pure Python has no per-function symbol to toggle on:
  measure the compiled build (run from the checkout root after ``setup.py build_ext --inplace``;
  the tool prints which build ran, since an edited source makes the package fall back to pure).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.tagging import build_articles  # noqa: E402
from streams.detection import Detector, TagResult, build, load_detector  # noqa: E402

PUBLISHED_AT = datetime(2026, 11, 25, tzinfo=UTC)  # the evaluation's AS_OF
ARTICLES = 220
EVENT_SHARE = 0.2


def _dump(result: TagResult) -> dict[str, Any]:
    dump = result.to_dict()
    dump["matched_text"] = result._matched_text  # what TagResult.normalized is built from
    return dump


def _items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in sorted((ROOT / "tests" / "data").glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def output_hash(detector: Detector) -> tuple[int, str]:
    """(number of results, sha256 of their canonical dump), over the articles and test items."""
    digest = hashlib.sha256()
    results = 0

    def add(result: TagResult) -> None:
        nonlocal results
        results += 1
        digest.update(json.dumps(_dump(result), ensure_ascii=False, sort_keys=True).encode())
        digest.update(b"\n")

    articles = build_articles(ARTICLES, event_share=EVENT_SHARE)
    for published_at in (PUBLISHED_AT, None):
        for lang, title, text in articles:
            add(detector.tag(text, title=title, lang=lang, published_at=published_at))
    for item in _items():
        for published_at in (PUBLISHED_AT, None):
            add(detector.tag(item["text"], title=item.get("title") or "", lang=item.get("lang"), published_at=published_at))
    return results, digest.hexdigest()


def callgrind_target(detector: Detector) -> None:
    """Warm up on the articles, mark the start for ``--zero-before=getloadavg``, tag them once."""
    articles = build_articles(ARTICLES, event_share=EVENT_SHARE)
    for lang, title, text in articles:
        detector.tag(text, title=title, lang=lang)
    os.getloadavg()
    for lang, title, text in articles:
        detector.tag(text, title=title, lang=lang)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--hash", action="store_true", help="print the result count and the output hash")
    mode.add_argument("--callgrind-target", action="store_true", help="tag the articles once after a warm-up")
    args = parser.parse_args()
    detector = load_detector()
    if args.hash:
        count, digest = output_hash(detector)
        print(f"{build()}: {count} results, sha256 {digest}")
    else:
        callgrind_target(detector)
        print(f"{build()}: tagged {ARTICLES} articles after a warm-up")


if __name__ == "__main__":
    main()
