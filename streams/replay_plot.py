"""The replay's timeline: per (rule, key), the metric per window, the line it had to reach, and the
moments alerts fired and resolved. Drawn with matplotlib's Agg backend (no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from config.rules import Spike
from streams.replay import ReplayResult, timeline

MAX_PANELS = 12


def draw_timeline(result: ReplayResult, pairs: Sequence[tuple[str, str]], path: str | Path) -> int:
    """Write a PNG with one panel per (rule, key) in ``pairs`` (at most `MAX_PANELS`); returns the
    number of panels drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    panels = [(rule, key, points) for rule, key in pairs[:MAX_PANELS] if (points := timeline(result, rule, key))]
    if not panels:
        return 0
    rules = {rule.name: rule for rule in result.rules}
    figure, axes = plt.subplots(len(panels), 1, figsize=(11, 2.6 * len(panels) + 0.6), squeeze=False, sharex=False,
                              layout="constrained")
    try:
        for ax, (rule_name, key, points) in zip(axes[:, 0], panels, strict=True):
            rule = rules[rule_name]
            times = [point.window_end for point in points]
            ax.step(times, [point.value for point in points], where="post", color="tab:blue", linewidth=1.2,
                    label=f"{rule.metric} per {_duration(rule.window)} window")
            if isinstance(rule, Spike):
                ax.step(times, [point.trigger for point in points], where="post", color="tab:orange",
                        linestyle="--", linewidth=1, label=f"spike trigger (max(min_count, {rule.ratio:g} x baseline))")
            else:
                ax.axhline(points[0].trigger, color="tab:orange", linestyle="--", linewidth=1,
                           label=f"threshold {points[0].trigger:g}")
            for status, marker, colour in (("firing", "^", "tab:red"), ("resolved", "v", "tab:green")):
                moments = [alert for alert in result.alerts
                           if alert.rule == rule_name and alert.key == key and alert.status == status]
                if moments:
                    ax.scatter([alert.window_end for alert in moments], [alert.value for alert in moments],
                               marker=marker, s=70, color=colour, zorder=3, label=status)
            ax.set_title(f"{rule_name} · {key}", fontsize=10, loc="left")
            ax.set_ylabel(rule.metric)
            ax.set_ylim(bottom=0)
            ax.grid(alpha=0.3)
            ax.legend(fontsize=7, loc="upper right")
            locator = mdates.AutoDateLocator()  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        figure.suptitle("nadhir replay: metric per window (x = window end, UTC)", fontsize=11)
        figure.savefig(path, dpi=100)
    finally:
        plt.close(figure)
    return len(panels)


def _duration(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
