"""Tagging benchmark: articles/s of the detection engine against a naive baseline, same run.

    .venv/bin/python bench/tagging.py [--seconds 3] [--articles 200]

Articles are 3–4 KB of realistic news text, half Arabic and half English, in two corpora built with
a fixed seed:

- **conflict-dense**: every sentence reports or nearly reports an event — the shipped sample article
  (SY24) and the sentences of the labeled evaluation set (a worst case: ~20 events per article);
- **news mix**: one sentence in five from that pool, the others ordinary news background
  (bench/data/background_*.txt: economy, aid, services, diplomacy).

Both contenders start from raw text:

- **engine**: `Detector.tag` — normalization, one Aho-Corasick pass, context rules, counts, places.
- **baseline**: the naive approach the engine replaces — the same normalization, then one
  compiled regular expression per lexicon term and per place name (each encoding the term's
  proclitics and suffixes between word boundaries), run one after another over the text. It only
  finds term and place occurrences; it does none of the engine's further work.

It prints the figures; it is not a pass/fail test. Shared and slow machines make articles/s
vary from run to run, so it also prints a machine-independent figure: the CPU time per article
in units of a fixed pure-Python loop (``sum(range(3700))``) timed in the same run. On a typical
desktop that loop takes about 23 µs, so the target of 10,000 articles/s (100 µs per article) is
about 4.3 loop units.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config.gazetteer import load_gazetteer  # noqa: E402
from config.lexicons import Lexicon, Term, load_lexicons  # noqa: E402
from config.settings import DEFAULTS_DIR  # noqa: E402
from streams.detection import build, load_detector, normalize  # noqa: E402
from streams.startup import exclude_startup_objects_from_gc  # noqa: E402

TARGET_BYTES = (3000, 4000)
REFERENCE_LOOP = 3700


def _sentences(lang: str) -> list[str]:
    sentences: list[str] = []
    labeled = ROOT / "tests" / "data" / "labeled" / f"{lang}.jsonl"
    if labeled.exists():
        for line in labeled.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences.append(json.loads(line)["text"])
    if lang == "ar":
        sample = json.loads((ROOT / "samples" / "sy24-badia-airstrikes-withdrawal.json").read_text(encoding="utf-8"))
        sentences.extend(part for part in sample["text"].split("\n") if part.strip())
    return sentences


def _background(lang: str) -> list[str]:
    path = ROOT / "bench" / "data" / f"background_{lang}.txt"
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_articles(count: int, seed: int = 7, event_share: float = 1.0) -> list[tuple[str, str, str]]:
    """(lang, title, text) articles of 3–4 KB (UTF-8), alternating Arabic and English; a sentence
    comes from the event pool with probability ``event_share``, else from the background."""
    rng = random.Random(seed)
    pools = {lang: _sentences(lang) for lang in ("ar", "en")}
    backgrounds = {lang: _background(lang) for lang in ("ar", "en")}
    articles = []
    for index in range(count):
        lang = "ar" if index % 2 == 0 else "en"
        pool = pools[lang]
        target = rng.randint(*TARGET_BYTES)
        paragraphs: list[str] = []
        size = 0
        while True:
            sentence = rng.choice(pool) if rng.random() < event_share else rng.choice(backgrounds[lang])
            if size + len(sentence.encode()) + 1 > target:
                break
            paragraphs.append(sentence)
            size += len(sentence.encode()) + 1
        title = rng.choice(pool)[:90]
        articles.append((lang, title, "\n".join(paragraphs)))
    return articles


def _alternation(options: list[str]) -> str:
    return "(?:" + "|".join(re.escape(option) for option in sorted(set(options), key=len, reverse=True)) + ")"


def baseline_patterns(lexicons: dict[str, Lexicon]) -> list[tuple[str, re.Pattern[str]]]:
    """One compiled regex per lexicon term and per gazetteer name."""
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for lexicon in lexicons.values():
        for category, entry in lexicon.categories.items():
            for raw in [*entry.terms, *entry.anaphora]:
                term = raw if isinstance(raw, Term) else Term(text=raw)
                prefix_class = term.prefixes or lexicon.default_prefixes
                prefixes = [normalize(p) for p in lexicon.prefixes[prefix_class]] if prefix_class else [""]
                parts = []
                for index, word in enumerate(term.text.split()):
                    stem, _, suffix_class = word.partition("|")
                    suffixes = [normalize(s) for s in lexicon.suffixes[suffix_class]] if suffix_class else [""]
                    inner = [normalize(p) for p in lexicon.inner_prefixes] if index else prefixes
                    parts.append(_alternation(inner) + re.escape(normalize(stem)) + _alternation(suffixes))
                patterns.append((category, re.compile(r"(?<!\w)" + r"\s".join(parts) + r"(?!\w)")))
    gazetteer = load_gazetteer(DEFAULTS_DIR / "gazetteer.yaml")
    for group in (gazetteer.countries, gazetteer.regions, gazetteer.places):
        for gazetteer_entry in group:
            for names in gazetteer_entry.names.by_language().values():
                for name in names:
                    patterns.append(("place", re.compile(r"(?<!\w)(?:[وفبلك]{0,2})" + re.escape(normalize(name)) + r"(?!\w)")))
    return patterns


def run_baseline(patterns: list[tuple[str, re.Pattern[str]]], title: str, text: str) -> set[str]:
    normalized = normalize(title) + "\n" + normalize(text)
    found = set()
    for category, pattern in patterns:
        for _ in pattern.finditer(normalized):
            found.add(category)
    return found


def measure(function: Callable[[str, str, str], object], articles: list[tuple[str, str, str]], seconds: float) -> tuple[float, float]:
    """(articles per CPU second, articles per wall-clock second) over at least ``seconds`` of CPU.

    CPU time of this single-threaded process is the "one core" figure; it does not count time the
    process waited for a core on a busy machine, which wall-clock time does."""
    for lang, title, text in articles[:5]:  # warm caches
        function(lang, title, text)
    done = 0
    cpu_started, wall_started = time.process_time(), time.perf_counter()
    while True:
        for lang, title, text in articles:
            function(lang, title, text)
        done += len(articles)
        cpu = time.process_time() - cpu_started
        if cpu >= seconds:
            return done / cpu, done / (time.perf_counter() - wall_started)


def reference_loop_us(repeats: int = 30) -> float:
    """CPU µs of ``sum(range(REFERENCE_LOOP))``, the best of ``repeats`` batches."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for _ in range(20):
            sum(range(REFERENCE_LOOP))
        best = min(best, (time.process_time() - started) / 20 * 1e6)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0, help="Minimum CPU seconds of measuring per contender.")
    parser.add_argument("--articles", type=int, default=200, help="Distinct articles in the corpus.")
    args = parser.parse_args()

    detector = load_detector()
    lexicons = load_lexicons(DEFAULTS_DIR / "lexicons")
    patterns = baseline_patterns(lexicons)
    exclude_startup_objects_from_gc()  # what the worker and `nadhir tag` do once their tables are built
    print(f"engine: the {build()} build (mypyc-compiled at install; NADHIR_PURE_PYTHON=1 runs the sources)")
    print(f"baseline: {len(patterns)} compiled regexes (one per lexicon term and place name)")
    for name, share in (("conflict-dense", 1.0), ("news mix", 0.2)):
        articles = build_articles(args.articles, event_share=share)
        sizes = [len((title + "\n" + text).encode()) for _, title, text in articles]
        events = sum(len(detector.tag(text, title=title, lang=lang).events) for lang, title, text in articles)
        engine_cpu, engine_wall = measure(lambda lang, title, text: detector.tag(text, title=title, lang=lang), articles, args.seconds)
        loop_us = reference_loop_us()
        baseline_cpu, baseline_wall = measure(lambda lang, title, text: run_baseline(patterns, title, text), articles, args.seconds)
        loop_us = min(loop_us, reference_loop_us())
        print(f"\n{name}: {len(articles)} articles (half Arabic, half English), {min(sizes)}–{max(sizes)} bytes, "
              f"mean {sum(sizes) / len(sizes):.0f} bytes; {events / len(articles):.1f} events per article")
        print(f"  {'':10} {'per CPU second':>16} {'per wall second':>16} {'CPU µs/article':>16} {'loop units':>12}")
        for contender, cpu, wall in (("engine", engine_cpu, engine_wall), ("baseline", baseline_cpu, baseline_wall)):
            print(f"  {contender:10} {cpu:16.1f} {wall:16.1f} {1e6 / cpu:16.0f} {1e6 / cpu / loop_us:12.1f}")
        print(f"  {'ratio':10} {engine_cpu / baseline_cpu:15.1f}x {engine_wall / baseline_wall:15.1f}x")
        print(f"  (articles/s; loop units: CPU time per article / {loop_us:.1f} µs, the time of sum(range({REFERENCE_LOOP})) here)")


if __name__ == "__main__":
    main()
