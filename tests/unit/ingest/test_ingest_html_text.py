"""HTML from feed entries becomes the running text the detector reads."""

from __future__ import annotations

from nadhir.ingest.html_text import html_to_text, plain_text


def test_tags_are_dropped_and_entities_decoded() -> None:
    html = '<p>Four <b>airstrikes</b> hit <a href="https://x.org/y">Kansafra</a> &amp; Al-Bara&nbsp;today.</p>'
    assert html_to_text(html) == "Four airstrikes hit Kansafra & Al-Bara today."


def test_script_and_style_content_is_not_text() -> None:
    html = "<style>p{color:red}</style><p>visible</p><script>alert('x')</script><noscript>no</noscript>"
    assert html_to_text(html) == "visible"


def test_blocks_become_lines_and_source_line_breaks_become_spaces() -> None:
    html = "<h2>Title</h2><p>first\n   paragraph</p><ul><li>one</li><li>two</li></ul>line<br/>break"
    assert html_to_text(html) == "Title\nfirst paragraph\none\ntwo\nline\nbreak"


def test_arabic_text_survives_with_its_joiners() -> None:
    html = "<div dir='rtl'><p>شنت طائرات حربية <strong>ثلاث غارات</strong> على ريف إدلب&#8204;</p></div>"
    assert html_to_text(html) == "شنت طائرات حربية ثلاث غارات على ريف إدلب\u200c"


def test_plain_text_keeps_angle_brackets() -> None:
    assert plain_text("  a < b  and\n\n c > d ") == "a < b and\nc > d"
    assert html_to_text("a &lt; b") == "a < b"
