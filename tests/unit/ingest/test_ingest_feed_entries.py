"""Feed entries become articles with stable ids; the poller speaks conditional GET (respx)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import feedparser
import httpx
import respx

from nadhir.ingest.feeds import (
    FeedPoller,
    check_feed_url,
    entry_identity,
    entry_to_article,
    stable_article_id,
)
from nadhir.ingest.seen import MemorySeenStore

FEED_URL = "https://news.example/rss"
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>عنب &amp; بلدي</title><language>ar-SY</language>
<item><title>غارات على ريف إدلب</title><guid isPermaLink="false">4711</guid>
<link>https://news.example/a/4711</link>
<description><![CDATA[<p>شنت طائرات <b>ثلاث غارات</b> على كنصفرة.</p><script>evil()</script>]]></description>
<pubDate>Fri, 20 May 2022 09:00:00 +0300</pubDate></item>
<item><title>Untitled guid</title><link>https://news.example/a/no-guid</link><description>plain</description></item>
</channel></rss>""".encode()
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>SOHR</title><id>urn:feed</id>
<entry><title type="html">Jets strike &lt;i&gt;Al-Bara&lt;/i&gt;</title><id>urn:uuid:7c2c</id>
<link href="/en/7c2c"/><updated>2022-05-20T06:30:00Z</updated>
<content type="html">&lt;p&gt;Four &lt;a href="https://evil.example/"&gt;airstrikes&lt;/a&gt;.&lt;/p&gt;</content></entry>
</feed>"""


def parse(body: bytes, url: str = FEED_URL) -> Any:
    return feedparser.parse(io.BytesIO(body), response_headers={"content-location": url})


def test_rss_entry_to_article() -> None:
    parsed = parse(RSS)
    article = entry_to_article(parsed.entries[0], parsed.feed, FEED_URL)
    assert article == {
        "id": stable_article_id(f"{FEED_URL}#guid=4711"),
        "source": "عنب & بلدي",
        "url": "https://news.example/a/4711",
        "lang": "ar",
        "title": "غارات على ريف إدلب",
        "text": "شنت طائرات ثلاث غارات على كنصفرة.",
        "published_at": "2022-05-20T06:00:00Z",
    }
    no_guid = entry_to_article(parsed.entries[1], parsed.feed, FEED_URL)
    assert no_guid is not None and no_guid["id"] == stable_article_id("https://news.example/a/no-guid")
    assert no_guid["published_at"] is None


def test_atom_entry_to_article() -> None:
    parsed = parse(ATOM, "https://sohr.example/atom")
    article = entry_to_article(parsed.entries[0], parsed.feed, "https://sohr.example/atom")
    assert article is not None
    assert article["id"] == stable_article_id("urn:uuid:7c2c")
    assert (article["title"], article["text"], article["lang"]) == ("Jets strike Al-Bara", "Four airstrikes.", "en")
    assert article["url"] == "https://sohr.example/en/7c2c"
    assert article["published_at"] == "2022-05-20T06:30:00Z"


def test_ids_are_stable_and_distinct() -> None:
    first = [entry_to_article(entry, parse(RSS).feed, FEED_URL) for entry in parse(RSS).entries]
    again = [entry_to_article(entry, parse(RSS).feed, FEED_URL) for entry in parse(RSS).entries]
    assert [a["id"] for a in first if a] == [a["id"] for a in again if a]
    # Pinned: ids must not change between releases, or every entry would be published again.
    assert stable_article_id("urn:uuid:1") == "feed-b362f50874c702023872705f03475832"
    assert len({stable_article_id(f"urn:{n}") for n in range(1000)}) == 1000
    # A bare guid is local to its feed; a URN is global.
    assert entry_identity({"id": "42"}, "https://a.example/f") != entry_identity({"id": "42"}, "https://b.example/f")
    assert entry_identity({"id": "urn:x"}, "https://a.example/f") == entry_identity({"id": "urn:x"}, "https://b.example/f")


def test_only_http_feed_urls() -> None:
    for bad in ("file:///etc/passwd", "ftp://x.example/f", "http://", "news.example/rss"):
        try:
            check_feed_url(bad)
        except ValueError as exc:
            assert bad in str(exc)
        else:
            raise AssertionError(f"{bad} accepted")


class ListSink:
    def __init__(self) -> None:
        self.sent: list[Mapping[str, Any]] = []

    def send(self, article: Mapping[str, Any]) -> None:
        self.sent.append(article)

    def flush(self, timeout_s: float = 60.0) -> None:
        pass


@respx.mock
def test_conditional_get_with_last_modified() -> None:
    stamp = "Fri, 20 May 2022 07:00:00 GMT"
    route = respx.get(FEED_URL).mock(
        side_effect=lambda request: httpx.Response(304)
        if request.headers.get("if-modified-since") == stamp
        else httpx.Response(200, content=RSS, headers={"last-modified": stamp, "content-type": "application/rss+xml"})
    )
    sink = ListSink()
    poller = FeedPoller([FEED_URL], sink, MemorySeenStore(ttl_s=60))
    assert [r.status for r in poller.poll_once()] == ["fetched"]
    assert [r.status for r in poller.poll_once()] == ["not-modified"]
    assert route.calls[1].request.headers["if-modified-since"] == stamp
    assert len(sink.sent) == 2
