"""A small Arabic and English corpus with a surge: three raids on Aleppo within an hour (a threshold
rule fires) and five raids in Syria within one hour against a baseline of one an hour (a spike rule
fires), a syndicated copy, two bad lines, articles without events, and a day later an article that
moves the watermark past every window, so that both alerts resolve."""

from __future__ import annotations

import json
from typing import Any

RULES = """version: 1
rules:
  - {name: airstrikes-3, type: threshold, categories: [airstrike], window: 1h, hop: 15m, threshold: 3}
  - {name: spike-country, type: spike, categories: [airstrike], key: category+country, window: 1h, hop: 1h,
     ratio: 2, baseline_windows: 2, min_count: 4, severity: {warning: 1.0, critical: 2.0}}
"""
ALLOWED_LATENESS_S = 1800

EN_REGIONS = {"Aleppo": "Aleppo", "Idlib": "Idlib", "Daraa": "Daraa", "Homs": "Homs", "Hama": "Hama"}
AR_REGIONS = {"Aleppo": "حلب", "Idlib": "إدلب", "Daraa": "درعا", "Homs": "حمص", "Hama": "حماة"}


def at(hhmm: str, day: int = 10) -> str:
    return f"2023-03-{day:02d}T{hhmm}:00Z"


def line(article_id: str, text: str, **fields: Any) -> bytes:
    return json.dumps({"id": article_id, "text": text, **fields}, ensure_ascii=False).encode()


def en(article_id: str, region: str, when: str) -> bytes:
    text = (f"Russian warplanes carried out airstrikes on the countryside of {EN_REGIONS[region]} "
            f"on Friday, local sources said ({article_id}).")
    return line(article_id, text, published_at=when, lang="en", source="Wire EN", title=f"Raids on {region}",
                url=f"https://example.org/{article_id}")


def ar(article_id: str, region: str, when: str) -> bytes:
    text = f"شن الطيران الحربي الروسي غارات جوية على ريف {AR_REGIONS[region]} اليوم الجمعة ({article_id})."
    return line(article_id, text, published_at=when, lang="ar", source="Wire AR", url=f"https://example.org/{article_id}")


def quiet(article_id: str, when: str) -> bytes:
    return line(article_id, f"The municipal council met to discuss water supplies and school repairs ({article_id}).",
                published_at=when, lang="en", source="Wire EN")


def surge_corpus() -> list[bytes]:
    """The corpus in event-time order (so the stream sees it in the order replay sorts it)."""
    copy_of_ar2 = json.loads(ar("ar-2", "Aleppo", at("05:10")))["text"]
    return [
        quiet("q-1", at("00:30")),
        en("base-1", "Homs", at("03:30")),          # baseline: one raid an hour on Syria
        ar("base-2", "Hama", at("04:15")),
        en("en-1", "Aleppo", at("05:00")),          # the surge
        ar("ar-2", "Aleppo", at("05:10")),
        line("ar-2-copy", copy_of_ar2, published_at=at("05:12"), source="Syndicated"),  # a copy: not counted
        b'{"id": "broken", "text": ',               # invalid JSON: DLQ
        en("en-3", "Aleppo", at("05:20")),          # third on Aleppo within 1h: threshold fires
        ar("ar-4", "Idlib", at("05:30")),           # fourth in Syria this hour: spike fires
        line("no-text", "", published_at=at("05:35")),  # schema: DLQ
        en("en-5", "Daraa", at("05:40")),
        quiet("q-2", at("07:00")),
        quiet("later", at("12:00", day=11)),        # the watermark passes every window above
    ]
