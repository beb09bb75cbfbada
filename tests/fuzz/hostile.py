"""Hostile article records, each with what the stream must do with it.

`hostile_corpus(count)` interleaves three families (fixed seed, so a failure names a record that
can be rebuilt):

- **bad** records, each with the DLQ reason it must get (`streams.validate.REASONS`): invalid UTF-8,
  20 MB bodies, 10k-deep JSON, JSON that is not an object, integers of 5000 digits, NaN, wrong
  types, BOM-prefixed records, lone surrogates (escaped), raw control characters, ...;
- **hostile but valid** articles, which must be tagged like the plain sentence they hide:
  markup and ``<script>``, right-to-left overrides, zero-width joiners and non-joiners *inside*
  the keyword, BOMs inside the text, escaped control characters, a line of 1 MB with no spaces,
  2 million diacritics, a keyword repeated 30,000 times without punctuation;
- **plain** valid articles.

Every valid article reports one airstrike in Hama (Arabic or English) and has its own text, so
that no two are syndicated copies of each other.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass

NOW = "2024-05-20T12:00:00Z"

#: The limits the worker runs with in the pipeline test: big enough for 2M diacritics, well below 20 MB.
MAX_ARTICLE_BYTES = 5_000_000
MAX_RECORD_BYTES = 8_000_000

ZWJ, ZWNJ, RLO, PDF, LRM, RLM, BOM = "\u200d", "\u200c", "\u202e", "\u202c", "\u200e", "\u200f", "\ufeff"
FATHA, SHADDA, TATWEEL = "\u064e", "\u0651", "\u0640"


@dataclass(frozen=True)
class Hostile:
    """One record: its kind, its bytes, and the expected outcome (``reason`` None = valid, tagged)."""

    id: str
    kind: str
    raw: bytes
    reason: str | None


def arabic(index: int, keyword: str = "غارات") -> str:
    return f"شن الطيران الحربي الروسي {keyword} جوية على ريف حماة اليوم، التقرير رقم {index:06d}."


def english(index: int, keyword: str = "airstrikes") -> str:
    return f"Russian warplanes carried out {keyword} on the countryside of Hama on Monday, report {index:06d}."


def _record(article_id: str, text: object, **fields: object) -> bytes:
    body = {"id": article_id, "source": "hostile", "published_at": NOW, "text": text, **fields}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _interleave(word: str, mark: str) -> str:
    return mark.join(word)


# --- bad: (kind, builder(index, rng) -> bytes, reason) ------------------------------------------
def _bad_kinds(big: bool) -> list[tuple[str, object, str]]:
    kinds: list[tuple[str, object, str]] = [
        ("invalid_utf8_bytes", lambda i, r: _record(f"bad-{i}", arabic(i)).replace("حماة".encode(), b"\xff\xfe\xc3(", 1),
         "invalid_utf8"),
        ("invalid_utf8_overlong", lambda i, r: b'{"id": "bad-%d", "text": "\xc0\xaf \xed\xa0\x80"}' % i, "invalid_utf8"),
        ("lone_surrogate", lambda i, r: b'{"id": "bad-%d", "text": "\\ud83d airstrike on Hama %d"}' % (i, i),
         "invalid_utf8"),
        # in the id or url: once passed on, it could not be encoded for Redis and stalled the batch
        ("lone_surrogate_id", lambda i, r: b'{"id": "bad-%d\\ud800", "text": "airstrike on Hama %d"}' % (i, i),
         "invalid_utf8"),
        ("lone_surrogate_url", lambda i, r: b'{"id": "bad-%d", "url": "https://e.x/\\udfff", "text": "airstrike on Hama %d"}' % (i, i),
         "invalid_utf8"),
        ("deep_nesting", lambda i, r: b'{"id": "bad-%d", "text": "x", "extra": ' % i + b"[" * 10_000 + b"]" * 10_000 + b"}",
         "invalid_json"),
        ("deep_nesting_objects", lambda i, r: b'{"a":' * 10_000 + b"1" + b"}" * 10_000, "invalid_json"),
        ("not_an_object_array", lambda i, r: json.dumps([f"bad-{i}", arabic(i)], ensure_ascii=False).encode(), "schema"),
        ("not_an_object_scalar", lambda i, r: r.choice([b"42", b'"airstrike on Hama"', b"null", b"true", b"-0.5e3"]),
         "schema"),
        ("huge_integer", lambda i, r: b'{"id": "bad-%d", "text": "airstrike on Hama", "n": %s}' % (i, b"9" * 5000),
         "invalid_json"),
        ("nan", lambda i, r: b'{"id": "bad-%d", "text": "airstrike on Hama", "score": %s}'
         % (i, r.choice([b"NaN", b"Infinity", b"-Infinity"])), "invalid_json"),
        ("wrong_type_text", lambda i, r: _record(f"bad-{i}", r.choice([[arabic(i)], {"ar": arabic(i)}, 42, True, None])),
         "schema"),
        ("wrong_type_id", lambda i, r: json.dumps({"id": r.choice([i, None, [i], 1e308, ""]), "text": english(i)}).encode(),
         "schema"),
        ("wrong_type_title", lambda i, r: _record(f"bad-{i}", english(i), title=r.choice([[1], {"x": 1}, 3.5, False])),
         "schema"),
        ("wrong_type_published_at", lambda i, r: _record(f"bad-{i}", english(i), published_at=1716206400), "schema"),
        ("bad_timestamp", lambda i, r: _record(f"bad-{i}", english(i), published_at="2024-02-30T25:61:00Z"), "bad_timestamp"),
        ("empty_text", lambda i, r: _record(f"bad-{i}", r.choice(["", "   ", "\n\t "])), "schema"),
        ("id_too_long", lambda i, r: _record("x" * 300 + str(i), english(i)), "schema"),
        ("bom_prefix", lambda i, r: b"\xef\xbb\xbf" + _record(f"bad-{i}", arabic(i)), "invalid_json"),
        ("raw_control_chars", lambda i, r: b'{"id": "bad-%d", "text": "airstrike\x01\x07 on Hama"}' % i, "invalid_json"),
        ("truncated", lambda i, r: _record(f"bad-{i}", arabic(i))[: r.randint(1, 60)], "invalid_json"),
        ("empty_record", lambda i, r: r.choice([b"", b" ", b"\n"]), "invalid_json"),
        ("text_too_large", lambda i, r: _record(f"bad-{i}", "airstrike on Hama " * (MAX_ARTICLE_BYTES // 18 + 10)),
         "too_large"),
    ]
    if big:
        kinds.append(("body_20mb", lambda i, r: _record(f"bad-{i}", "غارة " * (20 * 1024 * 1024 // 9)), "too_large"))
    return kinds


# --- hostile but valid: (kind, builder(index) -> text, field overrides) ---------------------------
def _valid_kinds(big: bool) -> list[tuple[str, object]]:
    kinds: list[tuple[str, object]] = [
        ("script_markup", lambda i: f"<script>alert('x{i}')</script><p onclick=\"steal()\"><b>{english(i)}</b></p>"
                                    f"<img src=x onerror=alert(1)>"),
        ("html_entities", lambda i: f"&lt;script&gt;&#x202e;&amp; {arabic(i)} <!-- -->"),
        ("rtl_override", lambda i: f"{RLO}{english(i)}{PDF} {RLO}{RLO}{RLO}"),
        ("rtl_override_in_keyword", lambda i: arabic(i, keyword=f"غا{RLO}رات")),
        ("zwj_in_keyword", lambda i: arabic(i, keyword=_interleave("غارات", ZWJ))),
        ("zwnj_in_keyword", lambda i: arabic(i, keyword=_interleave("غارات", ZWNJ))),
        ("marks_in_keyword", lambda i: english(i, keyword=f"air{ZWJ}str{LRM}ikes") + RLM),
        ("bom_in_text", lambda i: f"{BOM}{arabic(i)}{BOM}"),
        ("escaped_control_chars", lambda i: f"\x00\x01\x1b[31m{english(i)}\x7f\x08\r"),
        ("diacritics_in_keyword", lambda i: arabic(i, keyword=f"غ{FATHA}ا{SHADDA}ر{FATHA}ا{TATWEEL}ت")),
        ("emoji_and_astral", lambda i: f"🚀💥 {english(i)} 𝕳𝖆𝖒𝖆 \U0010fffd"),
        ("mixed_scripts", lambda i: f"{arabic(i)} {english(i)} Хама 哈马"),
        ("long_line_no_spaces", lambda i: "x" * 1_000_000 + " " + english(i)),
        ("keyword_flood", lambda i: "غارة جوية على حماة " * 30_000 + f"رقم {i:06d}"),
    ]
    if big:
        kinds.append(("diacritics_2m", lambda i: arabic(i) + " " + "ب" + FATHA * 2_000_000))
    return kinds


def hostile_corpus(count: int, *, seed: int = 20240520, big: int = 3, plain_every: int = 3) -> Iterator[Hostile]:
    """``count`` hostile records (bad and hostile-but-valid, alternating kinds), with a plain valid
    article after every ``plain_every`` of them. The heavy kinds (20 MB body, 1 MB line, 2M
    diacritics, keyword flood) appear ``big`` times each; the rest share the remaining count."""
    rng = random.Random(seed)
    heavy = {"body_20mb", "text_too_large", "long_line_no_spaces", "diacritics_2m", "keyword_flood"}
    bad = [(kind, build, reason) for kind, build, reason in _bad_kinds(big > 0)]
    valid = [(kind, build) for kind, build in _valid_kinds(big > 0)]
    used: dict[str, int] = {}
    emitted = 0
    index = 0
    while emitted < count:
        index += 1
        item: Hostile | None = None
        if index % 2:
            kind, build, reason = bad[(index // 2) % len(bad)]
            if kind in heavy and used.get(kind, 0) >= big:
                continue
            raw = build(index, rng)  # type: ignore[operator]
            item = Hostile(f"bad-{index}", kind, raw, reason)
        else:
            vkind, vbuild = valid[(index // 2) % len(valid)]
            if vkind in heavy and used.get(vkind, 0) >= big:
                continue
            article_id = f"hostile-{index}"
            item = Hostile(article_id, vkind, _record(article_id, vbuild(index)), None)  # type: ignore[operator]
            kind = vkind
        used[kind] = used.get(kind, 0) + 1
        emitted += 1
        yield item
        if emitted % plain_every == 0:
            article_id = f"plain-{index}"
            # Its own number: a disguised article with the same number normalizes to the same text,
            # and the stream would rightly drop this one as a syndicated copy.
            text = arabic(500_000 + index) if index % 4 else english(500_000 + index)
            yield Hostile(article_id, "plain", _record(article_id, text, lang="ar" if index % 4 else "en"), None)
