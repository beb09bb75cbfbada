"""HTML to plain text for feed entries: tags dropped, entities decoded, paragraphs kept.

Feed summaries and contents are HTML fragments (feedparser has already sanitized them). The
detection engine wants running text: the content of ``script``/``style`` is dropped, block
elements become line breaks, runs of spaces collapse. Nothing in the text is fetched or followed.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "td", "th", "tr", "ul",
    }
)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]+")  # not \u200c/\u200d: they shape Arabic and Persian


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            # Line breaks in HTML source are spaces; only block elements break lines.
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def html_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment: one line per block, single spaces, trimmed."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    raw = "".join(collector.parts)
    lines = (_SPACES.sub(" ", line).strip() for line in raw.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def plain_text(value: str) -> str:
    """Plain text (not HTML) with whitespace normalized the same way as `html_to_text`."""
    lines = (_SPACES.sub(" ", line).strip() for line in value.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)
