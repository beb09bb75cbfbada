"""Speed refactors of stop 26: each reads the same as the plain reading it replaces.

- `timing._month_at` (and `_month_of`) pass over a word whose cue bits lack the months' bit (`_Rules.month_bit`, the
  first words of every month's name), and take the largest month of a word's forms with a loop, not ``max()`` over a
  generator; `_past_month_after` and `_past_month_before` return at once for a sentence without the bit.
- `_past_month_in` and `_since_past_month` return at once for a sentence without the bit.
"""

from __future__ import annotations

from streams.detection import Detector
from streams.detection.cues import Words
from streams.detection.normalize import normalize
from streams.detection.timing import _month_at, _month_of, _past_month_after, _past_month_in


def _plain_month_at(rules: object, context: Words, index: int) -> tuple[int, int]:
    """The reading before stop 26: the two-word name first, then the largest month of the word's forms."""
    months: dict[str, int] = rules.months  # type: ignore[attr-defined]
    names: dict[str, int] = rules.month_names  # type: ignore[attr-defined]
    words = context.words
    if index + 1 < len(words):
        number = names.get(f"{words[index]} {words[index + 1]}", 0)
        if number:
            return number, 2
    number = max((months.get(form, 0) or names.get(form, 0) for form in context.forms[index]), default=0)
    return number, 1 if number else 0


def test_month_at_reads_as_the_plain_reading(detector: Detector) -> None:
    sentences = {
        "ar": [
            "اعتقلت القوات عشرة شبان في تشرين الأول الماضي وفي أيلول، ثم في أكتوبر/تشرين الأول 2026",
            "وفي شهر آذار شنت الطائرات غارات على البلدة، وفي كانون الثاني والشهر الماضي",
            "قصفت المدفعية البلدة اليوم دون ذكر أي شهر",
        ],
        "en": [
            "Police arrested ten men in October, in early September and on March 3, 2026 in the city",
            "The may rally and the march began in May; in Sept. and in December troops withdrew",
            "Jets struck the town today with no month named",
        ],
    }
    for lang, texts in sentences.items():
        rules = detector._rules[lang]
        for text in texts:
            context = Words.from_tokens(normalize(text).split(), rules.vocabulary)
            for index in range(len(context.words)):
                assert _month_at(rules, context, index) == _plain_month_at(rules, context, index), (lang, text, index)
                expected = max((rules.months.get(form, 0) for form in context.forms[index]), default=0)
                assert _month_of(rules, context.forms[index]) == expected
    rules = detector._rules["en"]
    named = Words.from_tokens(normalize("troops were arrested in March at home").split(), rules.vocabulary)
    assert named.union & rules.month_bit and _month_at(rules, named, 4) == (3, 1)
    assert _past_month_after(rules, named, 3, 11)  # "arrested in March" in a November article: its background
    plain = Words.from_tokens(normalize("troops were arrested at home on Monday").split(), rules.vocabulary)
    assert not _past_month_after(rules, plain, 3, 11)
    opening = Words.from_tokens(normalize("In September, jets struck the hill twice").split(), rules.vocabulary)
    assert _past_month_in(rules, opening, len(opening.words), 11)
    assert not _past_month_in(rules, plain, len(plain.words), 11)
