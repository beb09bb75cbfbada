"""Property tests: arbitrary Unicode never breaks the engine, and spans stay inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.detection import Detector, normalize
from streams.detection.normalize import normalize_mapped

# Arbitrary text, and text built from the words the engine reacts to (so that events do occur).
WORDS = ["غارة", "غارات", "جوية", "بريف", "حمص", "تدمر", "انسحاب", "القوات", "55", "نحو", "أكثر", "من", "لم", "نفى",
         "airstrike", "air", "strikes", "in", "Homs", "withdrew", "troops", "no", "about", "12", "٣", "«", "،", ".", "\n",
         "ـ", "\u064b", "\u200f", "ﻻ", "ß", "İ", "…", " "]
texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
                  st.lists(st.sampled_from(WORDS), max_size=80).map("".join))
langs = st.one_of(st.none(), st.sampled_from(["ar", "en", "fr", "AR-sy", "", "x!"]), st.text(max_size=5))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, title=texts, lang=langs)
def test_any_text_tags_without_error_and_spans_stay_inside(detector: Detector, text: str, title: str, lang: str | None) -> None:
    result = detector.tag(text, title=title, lang=lang)
    assert isinstance(result.lang, str) and result.lang
    for event in result.events:
        source = title if event.field == "title" else text
        start, end = event.span
        assert 0 <= start <= end <= len(source)
        assert source[start:end] == event.term
        assert event.count is None or event.count > 0
        event.to_dict()


@settings(max_examples=400, deadline=None)
@given(text=texts)
def test_normalization_map_is_inside_and_monotone(text: str) -> None:
    mapped = normalize_mapped(text)
    assert " ".join(mapped.text.split()) == normalize(text)
    previous = 0
    for position in range(len(mapped.text) + 1):
        original = mapped.to_original(position)
        assert 0 <= original <= len(text)
        assert original >= previous
        previous = original
