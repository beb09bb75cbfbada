"""`nadhir replay` on a generated corpus (default 100,000 Arabic and English articles over 30 days).

    .venv/bin/python bench/replay.py [--articles 100000] [--keep DIR]

Writes the corpus to a temporary directory (nothing is committed as data), runs `nadhir replay`
on it as a child process with this terminal (so the progress bar shows when run from one), and
prints its articles/s next to a baseline measured in the same run: the detection engine alone
(`detector.tag` + `normalize`) on the first 10,000 articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REGIONS = [("Aleppo", "حلب"), ("Idlib", "إدلب"), ("Hama", "حماة"), ("Homs", "حمص"), ("Daraa", "درعا"),
           ("Raqqa", "الرقة"), ("Deir ez-Zor", "دير الزور"), ("Latakia", "اللاذقية"), ("Hasakah", "الحسكة")]
EN_EVENTS = [
    "Russian warplanes carried out {n} airstrikes on the countryside of {r} on {d}, local sources said.",
    "Regime forces withdrew from their positions near {r} after days of fighting.",
    "Artillery shelling hit several villages in the countryside of {r} on {d}.",
    "Clashes broke out between government forces and opposition fighters in {r}.",
    "An explosion struck a market in {r} on {d}, according to witnesses.",
    "Security forces arrested {n} young men at a checkpoint in {r}.",
    "Hundreds of people protested in {r} on {d} against rising prices.",
]
AR_EVENTS = [
    "شن الطيران الحربي الروسي {n} غارات جوية على ريف {r} يوم {d} بحسب مصادر محلية.",
    "انسحبت قوات النظام من مواقعها في محيط {r} بعد أيام من المعارك.",
    "قصف مدفعي استهدف عدة قرى في ريف {r} يوم {d}.",
    "اندلعت اشتباكات بين قوات النظام وفصائل المعارضة في {r}.",
    "انفجار هز سوقا شعبيا في {r} يوم {d} بحسب شهود عيان.",
    "اعتقلت قوات الأمن {n} شبان على حاجز في {r}.",
    "تظاهر مئات الأشخاص في {r} يوم {d} احتجاجا على ارتفاع الأسعار.",
]
EN_FILLER = [
    "The municipal council met to discuss water supplies and school repairs.",
    "Prices of bread and fuel rose again this week, traders said.",
    "The weather is expected to stay dry with temperatures above the seasonal average.",
    "Aid organisations called for more funding for the coming winter.",
    "Local farmers reported a better wheat harvest than last year.",
]
AR_FILLER = [
    "ناقش المجلس المحلي إمدادات المياه وترميم المدارس.",
    "ارتفعت أسعار الخبز والمحروقات مجددا هذا الأسبوع بحسب تجار.",
    "من المتوقع أن يبقى الطقس جافا مع درجات حرارة أعلى من المعدل.",
    "دعت منظمات الإغاثة إلى زيادة التمويل لفصل الشتاء المقبل.",
    "أفاد مزارعون بموسم قمح أفضل من العام الماضي.",
]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def generate(path: Path, articles: int, seed: int = 6) -> None:
    """``articles`` lines over 30 days: 60 % with an event, the rest quiet; every 2,000th line a
    surge of 15 raids on one region within two hours; 0.5 % syndicated copies, 0.1 % bad lines."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    span_s = 30 * 86400
    texts: list[str] = []
    with path.open("w", encoding="utf-8") as out:
        for index in range(articles):
            when = start + timedelta(seconds=span_s * index / articles + rng.uniform(-600, 600))
            arabic = rng.random() < 0.5
            region_en, region_ar = rng.choice(REGIONS)
            filler = rng.sample(AR_FILLER if arabic else EN_FILLER, 3)
            if index % 2000 < 15:  # a surge: raids on the surge's region
                region_en, region_ar = REGIONS[(index // 2000) % len(REGIONS)]
                template = (AR_EVENTS if arabic else EN_EVENTS)[0]
            elif rng.random() < 0.6:
                template = rng.choice(AR_EVENTS if arabic else EN_EVENTS)
            else:
                template = ""
            day = when.weekday()
            event = template.format(n=rng.randint(2, 9), r=region_ar if arabic else region_en,
                                    d=DAYS_AR[day] if arabic else DAYS_EN[day])
            text = " ".join([filler[0], event, filler[1], filler[2], f"({index})"])
            if texts and rng.random() < 0.005:
                text = rng.choice(texts[-50:])  # a syndicated copy of a recent article
            texts.append(text)
            if rng.random() < 0.001:
                out.write(f'{{"id": "bad-{index}", "text": \n')
                continue
            record = {"id": f"bench-{index}", "source": "Bench AR" if arabic else "Bench EN", "lang": "ar" if arabic else "en",
                      "title": "", "text": text, "url": f"https://example.org/{index}",
                      "published_at": when.isoformat().replace("+00:00", "Z")}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def detection_baseline(path: Path, limit: int = 10_000) -> float:
    from streams.detection import load_detector, normalize

    detector = load_detector()
    records = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if len(records) >= limit:
                break
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    started = time.perf_counter()
    for record in records:
        result = detector.tag(record["text"], title=record["title"], lang=record["lang"])
        normalize(record["text"], result.lang)
    return len(records) / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="write corpus, alerts and plot here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nadhir-bench-replay-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / "corpus.jsonl"
        began = time.perf_counter()
        generate(corpus, args.articles)
        print(f"generated {args.articles:,} articles ({corpus.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - began:.1f} s", flush=True)
        baseline = detection_baseline(corpus)
        print(f"baseline, detection engine alone: {baseline:,.0f} articles/s", flush=True)
        command = [sys.executable, "-m", "nadhir", "replay", str(corpus), "--out", str(folder / "alerts.jsonl"),
                   "--plot", str(folder / "timeline.png")]
        began = time.perf_counter()
        completed = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)
        wall = time.perf_counter() - began
        sys.stdout.write(completed.stdout[-3000:])
        match = re.search(r"([\d,]+) articles/s", completed.stdout)
        if completed.returncode != 0 or match is None:
            print(f"nadhir replay failed (exit {completed.returncode})")
            return 1
        rate = float(match.group(1).replace(",", ""))
        print(f"\n| path | articles/s | vs detection alone |\n|---|---|---|\n"
              f"| detection engine alone (10k) | {baseline:,.0f} | 1.00 |\n"
              f"| nadhir replay ({args.articles:,}) | {rate:,.0f} | {rate / baseline:.2f} |\n"
              f"(nadhir replay process wall time {wall:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
