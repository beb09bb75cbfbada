"""Alerts as Telegram HTML messages, in English or Arabic.

Every piece of alert or article text goes through :func:`html.escape`; the only markup is ours.
A link is made only for an ``http``/``https`` evidence URL, so article text never chooses a link
target (no ``javascript:``, no ``tg://``). Messages are split at line boundaries below Telegram's
4,096-character limit (counted in UTF-16 code units, as Telegram counts, before entity parsing,
which only makes the count larger), and every field is capped so no single line can exceed it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from alerts.model import Alert, Evidence
from alerts.subscriptions.vocabulary import Places, category_label, severity_label

TELEGRAM_MAX_CHARS = 4096
PART_LIMIT = 4000  # leaves room for the "(2/3)" footer
MAX_TITLE = 200
MAX_SNIPPET = 400
MAX_SOURCE = 80
MAX_URL = 1500  # escaped length
MAX_EVIDENCE = 20

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "firing": "Firing",
        "resolved": "Resolved",
        "severity": "severity",
        "anywhere": "all regions",
        "articles": "{value} articles",
        "reported": "{value} reported",
        "threshold": "threshold {threshold}",
        "baseline": "baseline {baseline}, ×{ratio}",
        "window": "window {start} – {end} UTC",
        "evidence": "Evidence:",
        "more": "… and {count} more",
        "count": "reported {count}",
        "rule": "rule",
        "group": "📣 {count} alerts",
    },
    "ar": {
        "firing": "نشط",
        "resolved": "انتهى",
        "severity": "الخطورة",
        "anywhere": "كل المناطق",
        "articles": "{value} مقالات",
        "reported": "{value} حسب التقارير",
        "threshold": "العتبة {threshold}",
        "baseline": "المعدل السابق {baseline}، ×{ratio}",
        "window": "الفترة {start} – {end} UTC",
        "evidence": "المصادر:",
        "more": "… و{count} غيرها",
        "count": "العدد المذكور {count}",
        "rule": "القاعدة",
        "group": "📣 {count} تنبيهات",
    },
}

_SEVERITY_ICON = {"info": "🔵", "warning": "🟠", "critical": "🔴"}


def esc(text: object) -> str:
    """Escape untrusted text for Telegram's HTML parse mode."""
    return html.escape(str(text), quote=True)


def _cap(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe_link(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL of a reasonable size, else None."""
    if not url or len(esc(url)) > MAX_URL or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def _time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _duration(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    if seconds % 86400 == 0 and seconds >= 86400:
        return f"{seconds // 86400}d"
    if seconds % 3600 == 0 and seconds >= 3600:
        return f"{seconds // 3600}h"
    return f"{max(seconds, 0) // 60}m"


def _evidence_lines(item: Evidence, language: str) -> list[str]:
    words = _WORDS[language]
    title = _cap(item.title or item.article_id, MAX_TITLE)
    link = safe_link(item.url)
    head = f'• <a href="{esc(link)}">{esc(title)}</a>' if link else f"• {esc(title)}"
    extras = []
    if item.source:
        extras.append(esc(_cap(item.source, MAX_SOURCE)))
    if item.reported_count is not None:
        extras.append(esc(words["count"].format(count=item.reported_count)))
    if extras:
        head += " — " + " · ".join(extras)
    lines = [head]
    if item.snippet.strip():
        lines.append(f"   <i>{esc(_cap(item.snippet, MAX_SNIPPET))}</i>")
    return lines


def alert_lines(alert: Alert, language: str, places: Places | None = None) -> list[str]:
    """One alert as lines of Telegram HTML (each line balanced on its own)."""
    language = language if language in _WORDS else "en"
    words = _WORDS[language]
    places = places or Places()
    where = [places.display(name, language) for name in (alert.region, alert.country) if name]
    where_text = ("، " if language == "ar" else ", ").join(where) if where else words["anywhere"]
    icon = "✅" if alert.status == "resolved" else _SEVERITY_ICON.get(alert.severity, "⚠️")
    lines = [
        f"{icon} <b>{esc(_cap(category_label(alert.category, language), 100))}</b> — <b>{esc(_cap(where_text, 200))}</b>",
        f"{esc(words[alert.status])} · {esc(words['severity'])}: {esc(severity_label(alert.severity, language))}",
    ]
    figures = words[alert.metric].format(value=_number(alert.value))
    figures += f" ({words['threshold'].format(threshold=_number(alert.threshold))}"
    if alert.baseline is not None and alert.ratio is not None:
        figures += "; " + words["baseline"].format(baseline=_number(alert.baseline), ratio=_number(alert.ratio))
    figures += ")"
    lines.append(esc(figures))
    window = words["window"].format(start=_time(alert.window_start), end=_time(alert.window_end))
    lines.append(f"🕒 {esc(window)} ({esc(_duration(alert.window_end - alert.window_start))})")
    lines.append(f"{esc(words['rule'])}: <code>{esc(_cap(alert.rule, 100))}</code>")
    if alert.evidence:
        lines.append(f"<b>{esc(words['evidence'])}</b>")
        for item in alert.evidence[:MAX_EVIDENCE]:
            lines.extend(_evidence_lines(item, language))
        if len(alert.evidence) > MAX_EVIDENCE:
            lines.append(esc(words["more"].format(count=len(alert.evidence) - MAX_EVIDENCE)))
    return lines


def split_message(lines: Sequence[str], limit: int = PART_LIMIT) -> list[str]:
    """Join lines into messages of at most ``limit`` characters, breaking only between lines.
    A line that alone exceeds the limit (not produced by this module's renderers) is dropped
    for an ellipsis rather than cut inside a tag."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        length = telegram_length(line)
        if length > limit:
            line, length = "…", 1
        if current and size + 1 + length > limit:
            parts.append("\n".join(current).strip("\n"))
            current, size = [], 0
        current.append(line)
        size += length + (1 if len(current) > 1 else 0)
    if current:
        parts.append("\n".join(current).strip("\n"))
    parts = [part for part in parts if part.strip()]
    if len(parts) > 1:
        parts = [f"{part}\n({index}/{len(parts)})" for index, part in enumerate(parts, start=1)]
    return parts


def render_alerts(alerts: Sequence[Alert], language: str, places: Places | None = None) -> list[str]:
    """The messages (usually one) that tell a chat about ``alerts``, in ``language``."""
    language = language if language in _WORDS else "en"
    lines: list[str] = []
    if len(alerts) > 1:
        lines += [f"<b>{esc(_WORDS[language]['group'].format(count=len(alerts)))}</b>", ""]
    for index, alert in enumerate(alerts):
        if index:
            lines.append("")
        lines += alert_lines(alert, language, places)
    return split_message(lines)
