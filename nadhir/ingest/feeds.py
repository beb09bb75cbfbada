"""Polling RSS and Atom feeds into articles: httpx fetches, feedparser parses the bytes.

- Conditional GET: the ETag and Last-Modified of a feed's last good response are sent back as
  If-None-Match / If-Modified-Since; a 304 publishes nothing.
- Each entry becomes an article (`entry_to_article`): text from content or summary with the HTML
  stripped, ``url`` from the entry's link (stored, never fetched), ``published_at`` from
  published/updated, ``lang`` from the entry or the feed, ``source`` = the feed's title.
- The article id is a hash of the entry's guid (or link), so it is the same on every poll and
  every machine (`stable_article_id`); a `SeenStore` remembers published ids across polls.
- A failing feed (timeout, HTTP error, malformed XML) is logged with its URL and reported in the
  poll's results; the other feeds and the next poll go on.

Only the configured feed URLs (http/https) are fetched: feedparser gets bytes, never a URL.
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import feedparser
import httpx

from nadhir.ingest.errors import BrokerUnavailable, FeedError
from nadhir.ingest.html_text import html_to_text, plain_text
from nadhir.ingest.records import DEFAULT_LIMITS, InvalidRecord, Limits, now_iso, validate_article
from nadhir.ingest.seen import SeenStore

log = logging.getLogger(__name__)

ID_PREFIX = "feed-"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class ArticleSink(Protocol):
    """Where articles go: `ArticleProducer` in production."""

    def send(self, article: Mapping[str, Any]) -> None: ...

    def flush(self, timeout_s: float = 60.0) -> None: ...


def check_feed_url(url: str) -> str:
    """The URL if it is an absolute http(s) URL with a host; ValueError naming it otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"feed URL {url!r} is not an http:// or https:// URL")
    return url


def stable_article_id(identity: str) -> str:
    """``feed-`` + 32 hex digits of SHA-256 of the entry's identity (see `entry_identity`)."""
    return ID_PREFIX + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]


def entry_identity(entry: Mapping[str, Any], feed_url: str) -> str | None:
    """What identifies an entry: its guid / Atom id, else its link, else title and date.

    A guid that is not an absolute URI (``"42"``) is only unique within its feed, so it is
    qualified with the feed URL; URIs and URNs are global, so the same story syndicated under
    the same guid in two feeds gets one id.
    """
    guid = str(entry.get("id") or "").strip()
    if guid:
        return guid if ":" in guid else f"{feed_url}#guid={guid}"
    link = str(entry.get("link") or "").strip()
    if link:
        return link
    title = str(entry.get("title") or "").strip()
    date = str(entry.get("published") or entry.get("updated") or "").strip()
    if title:
        return f"{feed_url}#title={title}|{date}"
    return None


def entry_to_article(
    entry: Mapping[str, Any], feed: Mapping[str, Any], feed_url: str, *, fill_published_at: bool = False
) -> dict[str, Any] | None:
    """The article for one parsed entry, or None when it has neither text nor title nor identity."""
    identity = entry_identity(entry, feed_url)
    title = _detail_text(entry.get("title_detail"), entry.get("title"))
    text = _entry_text(entry) or title
    if identity is None or not text:
        return None
    article: dict[str, Any] = {
        "id": stable_article_id(identity),
        "source": plain_text(str(feed.get("title") or "")) or (urlsplit(feed_url).hostname or feed_url),
        "url": _http_link(entry.get("link")),
        "lang": _language(entry, feed),
        "title": title or None,
        "text": text,
        "published_at": _timestamp(entry) or (now_iso() if fill_published_at else None),
    }
    return article


@dataclass(frozen=True)
class FeedResult:
    """What one poll of one feed did."""

    url: str
    status: Literal["fetched", "not-modified", "error"]
    entries: int = 0
    new: int = 0
    published: int = 0
    rejected: int = 0
    error: str | None = None


@dataclass
class _Validators:
    etag: str | None = None
    last_modified: str | None = None


class FeedPoller:
    """Polls feeds, publishes new entries to ``sink``, remembers them in ``seen``.

    ``poll_once()`` never raises for one feed's failure: it returns a `FeedResult` per feed.
    Ids are marked seen only after ``sink.flush()`` succeeded, so a broker outage costs a retry,
    not an article. The poller is synchronous (a CLI process, not an event loop).
    """

    def __init__(
        self,
        urls: Sequence[str],
        sink: ArticleSink,
        seen: SeenStore,
        *,
        timeout_s: float = 20.0,
        max_feed_bytes: int = 10_000_000,
        fill_published_at: bool = False,
        limits: Limits = DEFAULT_LIMITS,
        http: httpx.Client | None = None,
        user_agent: str = "nadhir-ingest/0.1 (+feed poller)",
    ) -> None:
        self.urls = [check_feed_url(url) for url in urls]
        self.sink = sink
        self.seen = seen
        self.timeout_s = timeout_s
        self.max_feed_bytes = max_feed_bytes
        self.fill_published_at = fill_published_at
        self.limits = limits
        self._own_http = http is None
        self._http = http or httpx.Client(follow_redirects=True, max_redirects=5, timeout=timeout_s)
        self._user_agent = user_agent
        self._validators: dict[str, _Validators] = {url: _Validators() for url in self.urls}

    def poll_once(self) -> list[FeedResult]:
        """Poll every feed once, in order; one result per feed."""
        return [self._poll_feed(url) for url in self.urls]

    def run(
        self,
        interval_s: float,
        stop: threading.Event,
        on_poll: Callable[[list[FeedResult]], None] | None = None,
    ) -> None:
        """Poll, then wait ``interval_s`` (measured from the poll's start), until ``stop`` is set."""
        while not stop.is_set():
            started = time.monotonic()
            results = self.poll_once()
            if on_poll is not None:
                on_poll(results)
            stop.wait(max(0.0, interval_s - (time.monotonic() - started)))

    def close(self) -> None:
        if self._own_http:
            self._http.close()

    def _poll_feed(self, url: str) -> FeedResult:
        try:
            body = self._fetch(url)
            if body is None:
                log.debug("feed %s: not modified", url)
                return FeedResult(url, "not-modified")
            content, content_type, final_url, validators = body
            articles, entries = self._parse(url, content, content_type, final_url)
            fresh_ids = set(self.seen.unseen([article["id"] for article in articles]))
            fresh = [article for article in articles if article["id"] in fresh_ids]
            sent: list[str] = []
            rejected = 0
            for article in fresh:
                try:
                    self.sink.send(validate_article(article, limits=self.limits))
                    sent.append(article["id"])
                except InvalidRecord as exc:
                    rejected += 1
                    log.warning("feed %s: entry %s not published: %s", url, article["id"], exc.detail)
            if sent:
                self.sink.flush()
                self.seen.mark(sent)
            # Only now: a feed whose entries failed to publish must be fetched in full next time.
            self._validators[url] = validators
            if sent or rejected:
                log.info("feed %s: %d entries, %d new, %d published", url, entries, len(fresh), len(sent))
            return FeedResult(url, "fetched", entries=entries, new=len(fresh), published=len(sent), rejected=rejected)
        except FeedError as exc:
            log.warning("feed %s: %s", url, exc.message)
            return FeedResult(url, "error", error=exc.message)
        except BrokerUnavailable as exc:
            log.error("feed %s: not published, retried next poll: %s", url, exc)
            return FeedResult(url, "error", error=str(exc))
        except Exception as exc:  # the seen store (Redis) or a parser bug: this feed, this poll only
            log.exception("feed %s: poll failed", url)
            return FeedResult(url, "error", error=f"{type(exc).__name__}: {exc}")

    def _fetch(self, url: str) -> tuple[bytes, str, str, _Validators] | None:
        headers = {
            "User-Agent": self._user_agent,
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1",
        }
        known = self._validators[url]
        if known.etag:
            headers["If-None-Match"] = known.etag
        if known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        try:
            with self._http.stream("GET", url, headers=headers, timeout=self.timeout_s) as response:
                if response.status_code == 304:
                    return None
                if response.status_code != 200:
                    raise FeedError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_feed_bytes:
                        raise FeedError(url, f"feed larger than {self.max_feed_bytes} bytes")
                    chunks.append(chunk)
                validators = _Validators(response.headers.get("etag"), response.headers.get("last-modified"))
                content_type = response.headers.get("content-type", "")
                return b"".join(chunks), content_type, str(response.url), validators
        except httpx.TimeoutException:
            raise FeedError(url, f"timed out after {self.timeout_s:g} s") from None
        except httpx.HTTPError as exc:
            raise FeedError(url, f"{type(exc).__name__}: {exc}") from None

    def _parse(self, url: str, content: bytes, content_type: str, final_url: str) -> tuple[list[dict[str, Any]], int]:
        headers = {"content-location": final_url}
        if content_type:
            headers["content-type"] = content_type
        # A file object, never a string: feedparser would fetch a string that looks like a URL.
        parsed = feedparser.parse(io.BytesIO(content), response_headers=headers)
        articles = []
        for entry in parsed.entries:
            article = entry_to_article(entry, parsed.feed, url, fill_published_at=self.fill_published_at)
            if article is not None:
                articles.append(article)
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            if not articles:
                raise FeedError(url, f"malformed feed: {problem}")
            log.warning("feed %s: malformed (%s); using the %d entries recovered", url, problem, len(articles))
        return articles, len(parsed.entries)


def _detail_text(detail: Mapping[str, Any] | None, value: object) -> str:
    if detail is not None and detail.get("value") is not None:
        raw = str(detail["value"])
        return html_to_text(raw) if detail.get("type") in _HTML_TYPES else plain_text(raw)
    # No type given: feeds put HTML in summaries far more often than a literal "<".
    return html_to_text(str(value)) if value else ""


def _entry_text(entry: Mapping[str, Any]) -> str:
    """The longest content, else the summary (feedparser copies content into summary, untyped)."""
    contents = [_detail_text(item, None) for item in entry.get("content") or []]
    best = max(contents, key=len, default="")
    return best or _detail_text(entry.get("summary_detail"), entry.get("summary"))


def _language(entry: Mapping[str, Any], feed: Mapping[str, Any]) -> str | None:
    details = [*(entry.get("content") or []), entry.get("summary_detail"), entry.get("title_detail")]
    for detail in details:
        if detail and detail.get("language"):
            return _primary_language(str(detail["language"]))
    language = feed.get("language")
    return _primary_language(str(language)) if language else None


def _primary_language(tag: str) -> str | None:
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() else None


def _http_link(link: object) -> str | None:
    if not link:
        return None
    text = str(link).strip()
    return text if urlsplit(text).scheme in ("http", "https") else None


def _timestamp(entry: Mapping[str, Any]) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
