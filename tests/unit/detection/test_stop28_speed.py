"""Speed refactors of stop 28: each reads the same as the plain reading it replaces.

- A title's words are sliced from a lead of the article already read (`framing._title_words`), whose first words they
  are, for the look-back test; the page type counts the title's tokens without splitting it.
- `drop_page_furniture` returns the text as given, its lines found by position and none split off, when no line may be
  furniture (`boilerplate._may_hold_furniture`: no short line that is not blank, no colon near a line's start).
"""

from __future__ import annotations

import sys

from streams.detection import Detector
from streams.detection.boilerplate import drop_page_furniture
from streams.detection.cues import Vocabulary, Words
from streams.detection.framing import _lead_words, _title_words
from streams.detection.normalize import normalize_mapped

_PROSE = "The army said on Monday that its forces had withdrawn from the town after a week of heavy fighting."


def test_text_without_a_candidate_line_is_returned_as_given() -> None:
    boilerplate = sys.modules["streams.detection.boilerplate"]
    text = "\n".join([_PROSE, "", "   ", _PROSE.replace("Monday", "Tuesday")])
    assert not boilerplate._may_hold_furniture(text)
    assert drop_page_furniture(text) is text
    late_colon = _PROSE + " The spokesman added: nothing more."  # a colon far from the line's start
    assert not boilerplate._may_hold_furniture(late_colon + "\n" + _PROSE)


def test_a_short_line_or_an_early_colon_is_still_read() -> None:
    boilerplate = sys.modules["streams.detection.boilerplate"]
    listed = "\n".join([_PROSE, "Read also", "Shelling hits a market in the south", _PROSE])
    assert boilerplate._may_hold_furniture(listed)
    assert drop_page_furniture(listed).split("\n")[1:3] == [" " * 9, " " * 35]
    tagged = "\n".join([_PROSE, "Tags: airstrike, Idlib, shelling, withdrawal, troops, convoy, border"])
    assert boilerplate._may_hold_furniture(tagged)
    assert drop_page_furniture(tagged).split("\n")[1].strip() == ""
    quoted = "\n".join([_PROSE, "A resident told reporters: the shelling did not stop for three hours straight."])
    assert boilerplate._may_hold_furniture(quoted) and drop_page_furniture(quoted) == quoted



def test_title_words_are_the_first_words_of_a_lead_already_read(detector: Detector) -> None:
    for lang, title, body in (
        ("en", "Ten years after the siege: survivors remember", "Survivors of the siege gathered on Monday.\nMore text."),
        ("ar", "عشر سنوات على حصار المدينة", "«تجمع الناجون»، يوم الاثنين، في الساحة.\nنص آخر"),
        ("en", "  Spaced   title  ", "Body"),
    ):
        rules = detector._rules[lang]
        title_text = normalize_mapped(title).text
        text = f"{title_text}\n{normalize_mapped(body).text}"
        title_length = len(title_text)
        plain = Words.from_tokens(title_text.split(), rules.vocabulary)
        leads: dict[tuple[Vocabulary, int], Words] = {}
        assert _title_words(rules, text, title_length, leads).words == plain.words  # no lead yet: read
        _lead_words(rules, text, text.find("\n", title_length + 1), leads)
        sliced = _title_words(rules, text, title_length, leads)
        assert (sliced.words, sliced.forms, sliced.bits, sliced.union) == (plain.words, plain.forms, plain.bits, plain.union)
