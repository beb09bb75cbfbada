"""The status page: recent alerts with their evidence, events per region and hour, delivery health.

Served by the dispatcher (`nadhir.ops.dispatcher`) at ``/`` (also ``/status``), with its data at
``/api/status``. One HTML document, no external resources: inline CSS, inline JS that draws the
chart as inline SVG. The data is embedded in the page (so it renders without a second request)
and refreshed from ``/api/status`` every 15 s.

Article titles, snippets, sources and URLs are untrusted: the script only ever sets
``textContent`` and attributes (never ``innerHTML``), links only http(s) URLs (checked here and
again in the browser), and the embedded JSON has ``<``, ``>`` and ``&`` escaped so no string can
close its ``<script>`` element.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from alerts.model import Alert
from alerts.routing import is_ops_alert
from nadhir.ops.recent import RecentAlerts
from nadhir.ops.regions import RegionCounter
from nadhir.ops.snapshot import DeliveryView


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s) with a host, else None (no javascript:, data:, relative...)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def alert_view(alert: Alert) -> dict[str, Any]:
    return {
        "id": alert.id, "status": alert.status, "rule": alert.rule, "severity": alert.severity,
        "category": alert.category, "region": alert.region, "country": alert.country, "key": alert.key,
        "metric": alert.metric, "value": alert.value, "threshold": alert.threshold,
        "window_start": alert.window_start.isoformat(), "window_end": alert.window_end.isoformat(),
        "emitted_at": alert.emitted_at.isoformat(), "ops": is_ops_alert(alert),
        "summary": alert.labels.get("summary", ""),
        "evidence": [
            {"title": item.title, "url": safe_url(item.url), "source": item.source or "", "snippet": item.snippet,
             "reported_count": item.reported_count,
             "published_at": item.published_at.isoformat() if item.published_at else None}
            for item in alert.evidence
        ],
    }


async def status_payload(redis: Any, prefix: str, *, channels: list[str] | None = None, hours: int = 24,
                         alerts: int = 50) -> dict[str, Any]:
    """Everything the page shows, as JSON-ready data."""
    view = DeliveryView(redis, prefix)
    recent = await RecentAlerts(redis, prefix).latest(alerts)
    health = await view.health(channels=channels or [])
    return {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "alerts": [alert_view(alert) for alert in recent],
        "regions": await RegionCounter(redis, prefix).series(hours),
        "deliveries": [entry.as_dict() for entry in health.values()],
        "dead_letters": await view.dead_letter_count(),
    }


def embed_json(data: Any) -> str:
    """JSON safe inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_page(payload: dict[str, Any]) -> str:
    return PAGE.replace("/*DATA*/null", embed_json(payload))


PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:">
<title>Nadhir — status</title>
<style>
  :root { --bg:#f4f5f7; --card:#fff; --ink:#1d2330; --muted:#6b7280; --line:#e3e6eb;
          --crit:#c0392b; --warn:#d68910; --info:#2e86c1; --ok:#1e8449; --dead:#7b241c; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.45 "DejaVu Sans", system-ui, sans-serif; background:var(--bg); color:var(--ink); }
  header { background:#1d2330; color:#fff; padding:14px 24px; display:flex; align-items:baseline; gap:16px; }
  header h1 { margin:0; font-size:20px; font-weight:600; }
  header .sub { color:#aeb6c4; font-size:13px; }
  header .right { margin-left:auto; color:#aeb6c4; font-size:12px; }
  main { display:grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap:16px; padding:16px 24px; }
  section { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:14px 16px; }
  section h2 { margin:0 0 10px; font-size:15px; font-weight:600; }
  #alerts-section { grid-row: span 2; }
  .alert { border-left:4px solid var(--info); padding:8px 10px; margin:0 0 10px; background:#fafbfc; border-radius:4px; }
  .alert.critical { border-color:var(--crit); } .alert.warning { border-color:var(--warn); }
  .alert.resolved { opacity:.75; border-color:var(--ok); }
  .alert .head { display:flex; gap:8px; align-items:baseline; flex-wrap:wrap; }
  .alert .key { font-weight:600; }
  .badge { font-size:11px; padding:1px 6px; border-radius:9px; color:#fff; background:var(--info); text-transform:uppercase; }
  .badge.critical { background:var(--crit); } .badge.warning { background:var(--warn); }
  .badge.resolved { background:var(--ok); } .badge.firing { background:#34495e; } .badge.ops { background:#6c3483; }
  .meta { color:var(--muted); font-size:12px; }
  ul.evidence { margin:6px 0 0; padding-left:18px; }
  ul.evidence li { margin:3px 0; }
  .snippet { color:#374151; font-size:12.5px; }
  a { color:#1f5fa8; text-decoration:none; } a:hover { text-decoration:underline; }
  table { width:100%; border-collapse:collapse; font-size:13px; }
  th, td { text-align:right; padding:5px 6px; border-bottom:1px solid var(--line); }
  th:first-child, td:first-child { text-align:left; }
  td.bad { color:var(--dead); font-weight:600; } td.warnc { color:var(--warn); font-weight:600; }
  .empty { color:var(--muted); font-style:italic; }
  svg text { font-size:11px; fill:#4b5563; }
  .legend { display:flex; flex-wrap:wrap; gap:10px; margin-top:6px; font-size:12px; }
  .legend span.sw { display:inline-block; width:10px; height:10px; border-radius:2px; margin-right:4px; vertical-align:middle; }
</style>
</head>
<body>
<header><h1>Nadhir · نذير</h1><span class="sub">status</span><span class="right" id="generated"></span></header>
<main id="main" data-rendered="false">
  <section id="alerts-section"><h2>Recent alerts</h2><div id="alerts"></div></section>
  <section id="chart-section"><h2 id="chart-title">Events per region</h2><div id="chart"></div><div class="legend" id="legend"></div></section>
  <section id="deliveries-section"><h2>Delivery health</h2><div id="deliveries"></div></section>
</main>
<script id="initial-data" type="application/json">/*DATA*/null</script>
<script>
"use strict";
const COLORS = ["#2e86c1", "#c0392b", "#28b463", "#d68910", "#7d3c98", "#17a589", "#5d6d7e"];
function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) { if (value !== null && value !== undefined) node.setAttribute(name, String(value)); }
  for (const child of children || []) { node.append(child instanceof Node ? child : document.createTextNode(String(child))); }
  return node;
}
function svg(tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  return node;
}
function safeUrl(raw) {
  if (typeof raw !== "string") return null;
  try { const url = new URL(raw); return (url.protocol === "http:" || url.protocol === "https:") ? url.href : null; }
  catch (e) { return null; }
}
function when(iso) { return iso ? iso.replace("T", " ").replace(/\\.\\d+/, "").replace("+00:00", " UTC") : ""; }
function renderAlerts(alerts) {
  const box = document.getElementById("alerts");
  box.replaceChildren();
  if (!alerts.length) { box.append(el("p", {class: "empty"}, ["No alerts yet."])); return; }
  for (const a of alerts) {
    const classes = ["alert", a.severity, a.status].join(" ");
    const head = el("div", {class: "head"}, [
      el("span", {class: "badge " + a.status}, [a.status]),
      el("span", {class: "badge " + a.severity}, [a.severity]),
      a.ops ? el("span", {class: "badge ops"}, ["ops"]) : "",
      el("span", {class: "key", dir: "auto"}, [a.key]),
      el("span", {class: "meta"}, [a.rule + " · " + a.metric + " " + a.value + " (threshold " + a.threshold + ")"]),
    ]);
    const item = el("div", {class: classes, "data-alert-id": a.id}, [head,
      el("div", {class: "meta"}, ["window " + when(a.window_start) + " → " + when(a.window_end) + " · emitted " + when(a.emitted_at)])]);
    if (a.summary) item.append(el("div", {class: "snippet", dir: "auto"}, [a.summary]));
    if (a.evidence.length) {
      const list = el("ul", {class: "evidence"});
      for (const ev of a.evidence) {
        const href = safeUrl(ev.url);
        const title = ev.title || ev.source || "(untitled article)";
        const titleNode = href ? el("a", {href: href, rel: "noopener noreferrer nofollow", target: "_blank", dir: "auto"}, [title])
                               : el("span", {dir: "auto"}, [title]);
        const meta = [ev.source, ev.reported_count !== null && ev.reported_count !== undefined ? "reported " + ev.reported_count : "", when(ev.published_at)].filter(Boolean).join(" · ");
        list.append(el("li", {class: "evidence-item"}, [titleNode, meta ? el("span", {class: "meta"}, [" — " + meta]) : "",
          ev.snippet ? el("div", {class: "snippet", dir: "auto"}, [ev.snippet]) : ""]));
      }
      item.append(list);
    }
    box.append(item);
  }
}
function renderChart(regions) {
  const box = document.getElementById("chart"), legend = document.getElementById("legend");
  box.replaceChildren(); legend.replaceChildren();
  const hours = regions.hours || [], series = (regions.regions || []).slice(0, COLORS.length);
  document.getElementById("chart-title").textContent = "Events per region, last " + hours.length + " hours (event time, UTC)";
  if (!series.length) { box.append(el("p", {class: "empty"}, ["No events in this period."])); return; }
  const W = 640, H = 240, L = 40, R = 22, T = 10, B = 28;
  const max = Math.max(1, ...series.flatMap(s => s.counts));
  const x = i => L + (hours.length > 1 ? i * (W - L - R) / (hours.length - 1) : 0);
  const y = v => T + (H - T - B) * (1 - v / max);
  const chart = svg("svg", {viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", id: "region-chart", "data-series": series.length});
  for (let k = 0; k <= 4; k++) {
    const v = Math.round(max * k / 4), yy = y(max * k / 4);
    chart.append(svg("line", {x1: L, x2: W - R, y1: yy, y2: yy, stroke: "#e5e7eb"}));
    const label = svg("text", {x: L - 6, y: yy + 4, "text-anchor": "end"}); label.textContent = v; chart.append(label);
  }
  const step = Math.max(1, Math.ceil(hours.length / 8));
  hours.forEach((h, i) => {
    if (i % step !== 0 && i !== hours.length - 1) return;
    const t = svg("text", {x: x(i), y: H - 8, "text-anchor": "middle"});
    t.textContent = new Date(h * 1000).toISOString().slice(11, 16); chart.append(t);
  });
  series.forEach((s, n) => {
    const points = s.counts.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
    const line = svg("polyline", {points: points, fill: "none", stroke: COLORS[n], "stroke-width": 2.2, "stroke-linejoin": "round", class: "series"});
    line.setAttribute("data-region", s.region); chart.append(line);
    s.counts.forEach((v, i) => { if (v > 0) chart.append(svg("circle", {cx: x(i), cy: y(v), r: 2.6, fill: COLORS[n]})); });
    const cats = Object.entries(s.categories).map(([c, v]) => c + " " + v).join(", ");
    legend.append(el("span", {class: "legend-item", dir: "auto"}, [el("span", {class: "sw", style: "background:" + COLORS[n]}), s.region + " (" + s.total + ": " + cats + ")"]));
  });
  box.append(chart);
}
function renderDeliveries(rows, dead) {
  const box = document.getElementById("deliveries");
  box.replaceChildren();
  if (!rows.length) { box.append(el("p", {class: "empty"}, ["No deliveries yet."])); return; }
  const head = el("tr", {}, ["channel", "delivered", "queued", "retrying", "dead", "dropped"].map(h => el("th", {}, [h])));
  const table = el("table", {id: "delivery-table"}, [el("thead", {}, [head])]);
  const body = el("tbody");
  for (const r of rows) {
    body.append(el("tr", {"data-channel": r.channel}, [
      el("td", {}, [r.channel + (r.disabled ? " (disabled)" : "")]), el("td", {}, [r.delivered]),
      el("td", {}, [r.queued]), el("td", {class: r.retrying ? "warnc" : null}, [r.retrying]),
      el("td", {class: r.dead ? "bad" : null}, [r.dead]), el("td", {}, [r.dropped])]));
  }
  table.append(body); box.append(table);
  box.append(el("p", {class: "meta"}, ["Last 24 h by creation. Dead letters kept: " + dead + " — `nadhir deliveries dead` lists them, `nadhir deliveries replay` re-sends."]));
}
function render(data) {
  renderAlerts(data.alerts || []);
  renderChart(data.regions || {});
  renderDeliveries(data.deliveries || [], data.dead_letters || 0);
  document.getElementById("generated").textContent = "updated " + when(data.generated_at);
  const main = document.getElementById("main");
  main.setAttribute("data-alerts", (data.alerts || []).length);
  main.setAttribute("data-rendered", "true");
}
render(JSON.parse(document.getElementById("initial-data").textContent));
setInterval(() => { fetch("api/status").then(r => r.json()).then(render).catch(() => {}); }, 15000);
</script>
</body>
</html>
"""
