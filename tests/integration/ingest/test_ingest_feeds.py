"""The feed poller against feeds served by a real local HTTP server and the real embedded broker."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

import pytest
import redis
from ingest_feed_server import FeedServer, Served, atom, feed_server, rss
from ingest_support import read_topic, run_cli, values

from nadhir.ingest import ArticleProducer
from nadhir.ingest.feeds import FeedPoller, FeedResult
from nadhir.ingest.seen import MemorySeenStore, RedisSeenStore
from nadhir.runtime import EmbeddedBroker


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


@pytest.fixture
def topic(fresh_topics: Callable[..., dict[str, str]]) -> str:
    return fresh_topics("articles", partitions=2)["articles"]


@pytest.fixture
def producer(broker: EmbeddedBroker, topic: str) -> Iterator[ArticleProducer]:
    with ArticleProducer(broker.bootstrap, topic, linger_ms=5) as running:
        yield running


def english_items(server: FeedServer, count: int) -> list[dict[str, str]]:
    return [
        {
            "title": f"Jets strike Al-Bara &amp; Kansafra ({n})",
            "guid": f"en-{n}",
            # The article's own link and a link in its text point at this server: never fetched.
            "link": server.url(f"/article/en-{n}"),
            "html": f'<p>Russian warplanes carried out <b>four airstrikes</b> ({n}) near '
                    f'<a href="{server.url("/from-text")}">Kansafra</a>.</p><script>track()</script>',
            "date": "Fri, 20 May 2022 09:00:00 +0300",
        }
        for n in range(1, count + 1)
    ]


def arabic_entries(server: FeedServer) -> list[dict[str, str]]:
    return [
        {"title": "غارات روسية على ريف إدلب", "id": "urn:uuid:6f1c0d4e-0000-4000-8000-000000000001",
         "link": server.url("/article/ar-1"), "date": "2022-05-20T06:00:00Z",
         "html": "<p>شنت طائرات حربية روسية <strong>ثلاث غارات</strong> جوية على محيط بلدة كنصفرة.</p>"},
        {"title": "Regime forces withdraw", "id": "urn:uuid:6f1c0d4e-0000-4000-8000-000000000002", "lang": "en",
         "link": server.url("/article/en-x"), "date": "2022-05-20T07:00:00Z",
         "html": "<div>Forces <em>withdrew</em> from two villages.</div>"},
    ]


def statuses(results: list[FeedResult]) -> list[tuple[str, int]]:
    return [(result.status, result.published) for result in results]


def test_first_poll_publishes_all_then_304_then_only_new_entries(
    broker: EmbeddedBroker, topic: str, producer: ArticleProducer, server: FeedServer
) -> None:
    server.routes["/en.rss"] = Served(rss("SOHR English", english_items(server, 2), language="en-GB"))
    server.routes["/ar.atom"] = Served(atom("عنب بلدي", arabic_entries(server)), content_type="application/atom+xml")
    poller = FeedPoller([server.url("/en.rss"), server.url("/ar.atom")], producer, MemorySeenStore(ttl_s=3600))

    assert statuses(poller.poll_once()) == [("fetched", 2), ("fetched", 2)]
    first = {item["title"]: item for item in values(read_topic(broker.bootstrap, topic, expect=4))}
    assert len(first) == 4
    english = first["Jets strike Al-Bara & Kansafra (1)"]
    assert english["text"] == "Russian warplanes carried out four airstrikes (1) near Kansafra."
    assert (english["lang"], english["source"], english["url"]) == ("en", "SOHR English", server.url("/article/en-1"))
    assert english["published_at"] == "2022-05-20T06:00:00Z"
    arabic = first["غارات روسية على ريف إدلب"]
    assert arabic["text"] == "شنت طائرات حربية روسية ثلاث غارات جوية على محيط بلدة كنصفرة."
    assert (arabic["lang"], arabic["source"], arabic["published_at"]) == ("ar", "عنب بلدي", "2022-05-20T06:00:00Z")
    assert first["Regime forces withdraw"]["lang"] == "en"  # the entry's xml:lang beats the feed's

    # Unchanged feeds: conditional GET, 304, nothing published.
    assert statuses(poller.poll_once()) == [("not-modified", 0), ("not-modified", 0)]
    for path in ("/en.rss", "/ar.atom"):
        first_request, second_request = server.requests_for(path)
        assert "If-None-Match" not in first_request.headers
        assert second_request.headers["If-None-Match"].startswith('"') and second_request.status == 304
    assert len(read_topic(broker.bootstrap, topic, expect=4)) == 4

    # A new entry is published once; the entries already seen are not.
    server.routes["/en.rss"] = Served(rss("SOHR English", english_items(server, 3), language="en-GB"))
    assert statuses(poller.poll_once()) == [("fetched", 1), ("not-modified", 0)]
    assert statuses(poller.poll_once()) == [("not-modified", 0), ("not-modified", 0)]
    records = values(read_topic(broker.bootstrap, topic, expect=5))
    assert sorted(item["title"] for item in records).count("Jets strike Al-Bara & Kansafra (3)") == 1
    assert len(records) == 5

    # Only feed URLs were fetched: never an entry's link, never a link in its text.
    assert {request.path for request in server.requests} == {"/en.rss", "/ar.atom"}
    poller.close()


def test_failing_feeds_do_not_stop_the_poller(
    broker: EmbeddedBroker, topic: str, producer: ArticleProducer, server: FeedServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server.routes["/ok.rss"] = Served(rss("OK", english_items(server, 2)))
    server.routes["/boom.rss"] = Served(b"internal error", status=500)
    server.routes["/broken.rss"] = Served(b"<rss><channel><item><title>cut off")
    server.routes["/slow.rss"] = Served(rss("Slow", english_items(server, 1)), delay_s=2.0)
    urls = [server.url(path) for path in ("/boom.rss", "/broken.rss", "/slow.rss", "/ok.rss")]
    poller = FeedPoller(urls, producer, MemorySeenStore(ttl_s=3600), timeout_s=0.5)

    with caplog.at_level(logging.WARNING, logger="nadhir.ingest.feeds"):
        results = poller.poll_once()
    assert [result.status for result in results] == ["error", "error", "error", "fetched"]
    assert results[0].error == "HTTP 500 Internal Server Error"
    assert results[1].error is not None and results[1].error.startswith("malformed feed")
    assert results[2].error == "timed out after 0.5 s"
    assert results[3].published == 2
    for url in urls[:3]:
        assert any(url in message for message in caplog.messages), url

    # The feeds recover; the poller, running on its interval, picks them up.
    recovered = {**english_items(server, 1)[0], "guid": "boom-1", "title": "recovered"}
    server.routes["/boom.rss"] = Served(rss("Boom", [recovered]))
    server.routes["/slow.rss"].delay_s = 0.0
    polls: list[list[FeedResult]] = []
    stop = threading.Event()

    def on_poll(results: list[FeedResult]) -> None:
        polls.append(results)
        if len(polls) == 2:
            stop.set()

    runner = threading.Thread(target=poller.run, args=(0.2, stop), kwargs={"on_poll": on_poll})
    runner.start()
    runner.join(30)
    assert not runner.is_alive()
    assert [result.status for result in polls[0]] == ["fetched", "error", "fetched", "not-modified"]
    assert sum(result.published for result in polls[0]) == 2
    assert [result.status for result in polls[1]] == ["not-modified", "error", "not-modified", "not-modified"]
    assert len(read_topic(broker.bootstrap, topic, expect=4)) == 4
    poller.close()


def test_redis_remembers_entries_across_pollers(
    broker: EmbeddedBroker, topic: str, producer: ArticleProducer, server: FeedServer, redis_url: str
) -> None:
    server.routes["/en.rss"] = Served(rss("SOHR English", english_items(server, 3)))
    url = server.url("/en.rss")
    first = FeedPoller([url], producer, RedisSeenStore(redis_url, prefix="nadhir:", ttl_s=600))
    assert statuses(first.poll_once()) == [("fetched", 3)]

    # A new poller (a restarted process) has no ETag: it gets the full feed and publishes nothing.
    second = FeedPoller([url], producer, RedisSeenStore(redis_url, prefix="nadhir:", ttl_s=600))
    result = second.poll_once()[0]
    assert (result.status, result.entries, result.new, result.published) == ("fetched", 3, 0, 0)
    assert server.requests_for("/en.rss")[-1].status == 200
    assert len(read_topic(broker.bootstrap, topic, expect=3)) == 3

    client = redis.Redis.from_url(redis_url)
    keys = sorted(client.keys("nadhir:ingest:seen:*"))
    assert len(keys) == 3 and all(0 < client.ttl(key) <= 600 for key in keys)
    client.close()

    server.routes["/en.rss"] = Served(rss("SOHR English", english_items(server, 4)))
    assert statuses(second.poll_once()) == [("fetched", 1)]
    assert statuses(first.poll_once()) == [("fetched", 0)]
    assert len(read_topic(broker.bootstrap, topic, expect=4)) == 4
    first.close()
    second.close()


def test_cli_feed_once_dedupes_across_processes_with_redis(
    broker: EmbeddedBroker, topic: str, server: FeedServer, redis_url: str
) -> None:
    server.routes["/en.rss"] = Served(rss("SOHR English", english_items(server, 2)))
    env = {"NADHIR_BROKER": broker.bootstrap, "NADHIR_TOPIC_ARTICLES": topic, "NADHIR_REDIS_URL": redis_url}
    first = run_cli("--feed", server.url("/en.rss"), "--once", env=env)
    assert first.returncode == 0, first.stderr
    assert "polled 1 feed(s): published 2, not modified 0, failed 0" in first.stdout
    second = run_cli("--feed", server.url("/en.rss"), "--once", env=env)
    assert second.returncode == 0, second.stderr
    assert "published 0" in second.stdout
    assert len(read_topic(broker.bootstrap, topic, expect=2)) == 2

    server.routes["/gone.rss"] = Served(b"", status=500)
    failing = run_cli("--feed", server.url("/gone.rss"), "--once", env=env)
    assert failing.returncode == 1
    assert server.url("/gone.rss") in failing.stderr and "HTTP 500" in failing.stderr


def test_cli_refuses_non_http_feed_urls(broker: EmbeddedBroker) -> None:
    done = run_cli("--feed", "file:///etc/passwd", "--once", "--broker", broker.bootstrap)
    assert done.returncode == 2
    assert "'file:///etc/passwd' is not an http:// or https:// URL" in done.stderr
