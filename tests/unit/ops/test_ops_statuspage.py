"""The status page's handling of untrusted article text and URLs."""

from __future__ import annotations

import json
import re

from alerts.model import Evidence
from nadhir.ops.statuspage import alert_view, embed_json, render_page, safe_url
from tests.support.webhook_receiver import sample_alert


def test_only_http_urls_become_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x",
                "/relative", "ftp://example.org", "https://", "", None, "vbscript:x"):
        assert safe_url(bad) is None, bad


def test_embedded_json_cannot_close_its_script_element() -> None:
    payload = {"title": "</script><script>alert(1)</script>", "note": "a & b <!-- c -->"}
    text = embed_json(payload)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == payload


def test_rendered_page_holds_no_markup_from_alerts() -> None:
    alert = sample_alert(evidence=[Evidence(article_id="x", title="</script><img src=x onerror=alert(1)>",
                                            url="javascript:alert(1)", snippet="<b>bold</b>")])
    view = alert_view(alert)
    assert view["evidence"][0]["url"] is None
    page = render_page({"alerts": [view], "regions": {}, "deliveries": [], "dead_letters": 0, "generated_at": ""})
    assert page.count("</script>") == 2  # the data block and the page's own script, nothing from the alert
    assert "<img" not in page and "onerror=alert(1)" in page.replace("\\u003c", "<")
    # The page loads nothing from elsewhere: no external scripts, styles or fonts.
    assert not re.search(r'(src|href)="(https?:)?//', page)
