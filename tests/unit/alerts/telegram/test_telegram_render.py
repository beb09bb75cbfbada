"""Alert messages: every piece of article text escaped, links only to http(s), split under 4,096."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alerts.model import Alert, Evidence
from alerts.notify.telegram.render import TELEGRAM_MAX_CHARS, render_alerts, safe_link, split_message
from alerts.subscriptions.vocabulary import PlaceName, Places
from tests.support.telegram_api import parse_html

START = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
PLACES = Places([PlaceName("Hama", "region", {"en": "Hama", "ar": "حماة"}),
                 PlaceName("Syria", "country", {"en": "Syria", "ar": "سوريا"})])


def make_alert(evidence: list[Evidence] | None = None, **overrides: object) -> Alert:
    fields: dict[str, object] = dict(
        id="a1", status="firing", rule="airstrike-surge", rule_type="threshold", category="airstrike",
        region="Hama", country="Syria", key="airstrike|Hama", metric="articles", value=12, threshold=5,
        severity="critical", window_start=START, window_end=START + timedelta(minutes=10),
        event_time=START, emitted_at=START, evidence=evidence or [],
    )
    fields.update(overrides)
    return Alert.model_validate(fields)


INJECTION = '<a href="javascript:alert(1)">click</a> <b>bold</b> & co <script>x</script>'


def test_article_text_is_escaped_and_never_chooses_a_link_target() -> None:
    alert = make_alert([
        Evidence(article_id="e1", title=INJECTION, url="javascript:alert(1)", source="<i>src</i>",
                 snippet="a < b && c > d &amp; '\"'"),
        Evidence(article_id="e2", title="Real article", url='https://news.example/a?x="><b>y</b>&z=1'),
    ], rule="rule<b>", region="Hama<i>")
    [message] = render_alerts([alert], "en", PLACES)
    plain, links = parse_html(message)  # raises if the HTML is not what Telegram accepts
    assert INJECTION in plain
    assert "<i>src</i>" in plain
    assert "a < b && c > d &amp; '\"'" in plain
    assert "rule<b>" in plain and "Hama<i>" in plain
    assert links == ['https://news.example/a?x="><b>y</b>&z=1']


def test_only_http_and_https_links() -> None:
    assert safe_link("https://a.example/x") == "https://a.example/x"
    assert safe_link("HTTP://a.example") == "HTTP://a.example"
    for bad in ("javascript:alert(1)", "tg://resolve?domain=x", "data:text/html,x", "//a.example/x",
                "https:///nohost", "https://a.example/ x", "ftp://a.example", "", None, "https://a.example/" + "&" * 400):
        assert safe_link(bad) is None, bad


def test_long_alerts_split_at_line_boundaries_under_the_limit() -> None:
    evidence = [Evidence(article_id=f"e{i}", title=f"Title {i} <&>", url=f"https://n.example/{i}",
                         snippet=("word & <tag> " * 60)) for i in range(20)]
    alerts = [make_alert(evidence, id=f"a{n}") for n in range(3)]
    messages = render_alerts(alerts, "ar", PLACES)
    assert len(messages) >= 3
    seen_titles = []
    for index, message in enumerate(messages, start=1):
        assert len(message.encode("utf-16-le")) // 2 <= TELEGRAM_MAX_CHARS
        plain, _links = parse_html(message)  # each part is balanced on its own
        assert plain.rstrip().endswith(f"({index}/{len(messages)})")
        seen_titles += [line for line in plain.splitlines() if line.startswith("• Title")]
    assert len(seen_titles) == 60  # nothing lost between parts


def test_a_single_huge_line_never_breaks_a_tag() -> None:
    parts = split_message(["<b>ok</b>", "<b>" + "x" * 5000 + "</b>", "tail"], limit=4000)
    assert parts == ["<b>ok</b>\n…\ntail"]


def test_language_and_places() -> None:
    alert = make_alert([Evidence(article_id="e1", title="t", reported_count=7)])
    [arabic] = render_alerts([alert], "ar", PLACES)
    assert "غارة جوية" in arabic and "حماة، سوريا" in arabic and "حرج" in arabic
    [english] = render_alerts([alert], "en", PLACES)
    assert "Airstrike" in english and "Hama, Syria" in english and "reported 7" in english
    [resolved] = render_alerts([make_alert(status="resolved")], "en", PLACES)
    assert "Resolved" in resolved and "✅" in resolved
