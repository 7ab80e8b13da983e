"""Bar charts as plain geometry for the SVG in ``insights.html`` (drawn on the server).

No chart library and no script: each function returns the bars' positions and
labels in a fixed view box; the template writes ``<rect>`` and ``<text>``
elements, styled by ``static/app.css``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assistant.app.stats import Rate

WIDTH = 640
HEIGHT = 200
BASE = 170  # y of the axis; labels go below it
TOP = 24  # room above the tallest bar for its value


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: str
    title: str


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    width: int = WIDTH
    height: int = HEIGHT
    base: int = BASE
    empty: bool = False


def bars(items: Sequence[tuple[str, float, str, str]], *, most: float | None = None) -> Chart:
    """``(label, amount, value text, tooltip)`` as bars scaled to the tallest (or ``most``)."""
    if not items:
        return Chart(bars=(), empty=True)
    top = most if most is not None else max(amount for _, amount, _, _ in items)
    slot = WIDTH / len(items)
    width = max(2.0, min(56.0, slot * 0.7))
    drawn = []
    for i, (label, amount, value, title) in enumerate(items):
        height = (BASE - TOP) * (amount / top) if top else 0.0
        drawn.append(
            Bar(
                x=round(i * slot + (slot - width) / 2, 1),
                y=round(BASE - height, 1),
                width=round(width, 1),
                height=round(height, 1),
                label=label,
                value=value,
                title=title,
            )
        )
    return Chart(bars=tuple(drawn), empty=not any(amount for _, amount, _, _ in items))


def weekly_bars(per_week: Sequence[tuple[date, int]]) -> Chart:
    """Applications per week; every other label when there are many weeks."""
    step = max(1, len(per_week) // 12)
    return bars(
        [
            (
                monday.strftime("%d %b") if i % step == 0 else "",
                n,
                str(n) if n else "",
                f"week of {monday.isoformat()}: {n}",
            )
            for i, (monday, n) in enumerate(per_week)
        ]
    )


def bucket_bars(buckets: Sequence[tuple[str, int]]) -> Chart:
    """How many first answers came within each span of days."""
    return bars([(label, n, str(n) if n else "", f"{label}: {n}") for label, n in buckets])


def rate_bars(rates: Sequence[tuple[str, Rate]]) -> Chart:
    """Answer rates side by side, on a 0–100% scale."""
    items = []
    for label, rate in rates:
        share = rate.rate or 0.0
        value = f"{share:.0%}" if rate.rate is not None else "–"
        items.append((label, share, value, f"{label}: {rate.answered} of {rate.total} answered"))
    return bars(items, most=1.0)
