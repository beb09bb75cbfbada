"""Page furniture a scraper leaves in a whole article: related-story lists and tag lines.

A scraped page carries, after (or inside) the story, a block opened by a line of its own such as
"Read also", "Related stories", "Most read", «اقرأ أيضاً», «مقالات ذات صلة», followed by the
headlines of OTHER stories ("Zelensky: Ukrainian forces inflict heavy losses in a counter-offensive").
Those headlines are not the page's news, yet the engine read them as sentences of the story and
placed their events at the story's place. Likewise a tag line ("Tags: airstrike, Idlib, shelling",
«كلمات دلالية: قصف، إدلب») names topics, not events.

`drop_page_furniture` blanks, before anything else reads the text:
- a tag line (its label opens the line);
- a related-block marker line and the headline-like lines that follow it (short, no sentence-final
  punctuation), up to the first line that reads as prose (a body paragraph resumes the story);
- a marker line that carries its headline after a colon («اقرأ أيضاً:تصعيد ...»), and the like lines after it.
A blanked line becomes spaces of its own length, so every offset in the text (an event's ``span``)
still points into the article as it was given; the paragraphs that remain keep their breaks.
"""

from __future__ import annotations

import re

from streams.detection.normalize import normalize

# The marker alone on its line, as `normalize` leaves it (case and Arabic letters folded), with optional
# trailing colon, dots or arrows.
_MARKERS_EN = frozenset({
    "read more", "read also", "also read", "see also", "read next", "related", "related articles",
    "related stories", "related posts", "related news", "related content", "related coverage",
    "related topics", "more on this story", "more in this section", "more stories", "more news",
    "you may also like", "you might also like", "recommended", "recommended stories",
    "recommended for you", "most read", "most popular", "most viewed", "trending", "trending now",
    "football news", "sports news", "don't miss", "continue reading", "keep reading", "further reading",
    "more to read", "latest headlines", "latest news", "top stories", "you may be interested", "you may also be interested",
})
_MARKERS_AR = frozenset({
    "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "ذات صله", "مقالات ذات صله", "اخبار ذات صله",
    "الاخبار ذات الصله", "مواضيع ذات صله", "موضوعات ذات صله", "اخبار متعلقه", "مقالات متعلقه",
    "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تداولا", "قد يهمك", "قد يعجبك ايضا", "اخترنا لك",
    "المزيد من الاخبار", "شاهد ايضا", "طالع ايضا", "اقرا ايضا في",
})
# A tag line: its label opens the line.
_TAG_LINE = re.compile(
    r"^\s*(?:tags?|tagged|topics|keywords|كلمات دلالية|الكلمات الدلالية|الكلمات المفتاحية|كلمات مفتاحية|"
    r"الوسوم|وسوم)\s*[:：]", re.IGNORECASE,
)
_TRIM = " \t:：.…»«\"'–—-•·>›→|*#"
_PROSE_END = (".", "!", "?", "؟", "\u3002")
_HEADLINE_MAX = 160
# Longest line read as a marker: the longest marker with room for punctuation, harakat and indentation.
_MARKER_MAX = max(len(marker) for marker in _MARKERS_EN | _MARKERS_AR) + 24
_LABEL_REACH = 48  # a tag line's colon stands within this many characters of the line's start


def _marker(line: str) -> bool:
    folded = normalize(line.strip(_TRIM))
    return folded in _MARKERS_EN or folded in _MARKERS_AR


def _inline_marker(line: str, colon: int) -> bool:
    """Whether the line opens with a marker and a colon (at ``colon``) and goes on with a headline on the same line, as
    some sites print their related links: «اقرأ أيضاً:تصعيد إسرائيلي غير مسبوق ...», "Read also: Zelensky says ..."
    (stop 26)."""
    if colon < 0 or not line[colon + 1:].strip():
        return False
    return _marker(line[:colon]) and _headline(line[colon + 1:])


def _colons(line: str) -> tuple[int, int]:
    """The first ``:`` and the first full-width ``：`` within `_MARKER_MAX` characters of the line's start (-1: none; the
    second is looked for only when the first is not within `_LABEL_REACH`): one look per line serves both the inline
    marker and the tag line."""
    ascii_colon = line.find(":", 0, _MARKER_MAX)
    if 0 <= ascii_colon < _LABEL_REACH:
        return ascii_colon, -1
    return ascii_colon, line.find("：", 0, _MARKER_MAX)


def _headline(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= _HEADLINE_MAX and not stripped.endswith(_PROSE_END)


def _may_hold_furniture(text: str) -> bool:
    """Whether a line of ``text`` may be furniture: a short line that is not blank (a marker), or a line with a colon
    among its first `_MARKER_MAX` characters (an inline marker or a tag line). Most articles have neither: their lines
    are read by position (`str.find`), none split off, and the text is returned as it is (a list's headlines follow a
    marker, so without a marker nothing is blanked)."""
    length = len(text)
    start = 0
    while start <= length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        if end - start <= _MARKER_MAX:
            if end > start and not text[start:end].isspace():
                return True
        else:
            reach = start + _MARKER_MAX
            if text.find(":", start, reach) >= 0 or text.find("：", start, reach) >= 0:
                return True
        start = end + 1
    return False


def drop_page_furniture(text: str) -> str:
    """The text with tag lines and related-story lists blanked (see the module docstring)."""
    if "\n" not in text or not _may_hold_furniture(text):
        return text
    lines = text.split("\n")
    changed = False
    in_list = False
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        # a marker is short and a tag line's label ends in a colon near its start: most lines are neither
        ascii_colon, wide_colon = _colons(line)
        marker = (len(line) <= _MARKER_MAX and _marker(line)) or _inline_marker(
            line, ascii_colon if ascii_colon >= 0 else wide_colon
        )
        if marker or (
            (0 <= ascii_colon < _LABEL_REACH or 0 <= wide_colon < _LABEL_REACH) and _TAG_LINE.match(line)
        ):
            lines[number] = " " * len(line)
            in_list = marker
            changed = True
        elif in_list and _headline(line):
            lines[number] = " " * len(line)
            changed = True
        else:
            in_list = False
    return "\n".join(lines) if changed else text
