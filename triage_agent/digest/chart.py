"""The 14-day stacked bar chart of the HTML digest, as geometry (the template only draws it)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .model import VERDICT_ORDER, DayCounts


@dataclass(frozen=True)
class ChartRect:
    """One verdict's segment of a day's bar."""

    verdict: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class ChartGroup:
    """One day of the chart: its stacked segments and where its slot is."""

    day: date
    total: int
    x: float  # centre of the slot
    rects: tuple[ChartRect, ...]
    is_digest_day: bool


@dataclass(frozen=True)
class Chart:
    """The geometry of the 14-day stacked bar chart (the template only draws it)."""

    width: int
    height: int
    left: float
    top: float
    plot_width: float
    plot_height: float
    y_max: int
    ticks: tuple[tuple[int, float], ...]  # (value, y)
    groups: tuple[ChartGroup, ...]
    series: tuple[tuple[str, int], ...]  # (verdict, total over the window) for the legend
    bar_width: float

    @property
    def bottom(self) -> float:
        return self.top + self.plot_height


def _nice_step(peak: int) -> int:
    """A 1-2-5 tick step giving at most 5 intervals up to ``peak``."""
    magnitude = 1
    while True:
        for m in (1, 2, 5):
            step = m * magnitude
            if math.ceil(peak / step) <= 5:
                return step
        magnitude *= 10


def chart(history: Sequence[DayCounts], digest_day: date) -> Chart:
    """Lay out stacked bars (transient at the bottom) with heights proportional to counts."""
    width, height = 960, 300
    left, right, top, bottom = 48.0, 10.0, 18.0, 60.0
    plot_w, plot_h = width - left - right, height - top - bottom
    # "Not classified yet" is a fourth series only when there is such a failure to show.
    series = [*VERDICT_ORDER] + (["unclassified"] if any(d.counts.unclassified for d in history) else [])
    peak = max((d.counts.total for d in history), default=0)
    step = _nice_step(max(peak, 1))
    y_max = step * max(1, math.ceil(peak / step))
    scale = plot_h / y_max
    slot = plot_w / max(1, len(history))
    bar_w = round(slot * 0.62, 2)
    groups = []
    for i, d in enumerate(history):
        centre = left + slot * (i + 0.5)
        base = top + plot_h
        rects = []
        for v in series:
            n = getattr(d.counts, v)
            if not n:
                continue
            h = n * scale
            base -= h
            rects.append(ChartRect(v, n, round(centre - bar_w / 2, 2), round(base, 3), bar_w, round(h, 3)))
        groups.append(ChartGroup(d.day, d.counts.total, round(centre, 2), tuple(rects), d.day == digest_day))
    ticks = tuple((v, round(top + plot_h - v * scale, 2)) for v in range(0, y_max + 1, step))
    totals = tuple((v, sum(getattr(d.counts, v) for d in history)) for v in series)
    return Chart(width, height, left, top, plot_w, plot_h, y_max, ticks, tuple(groups), totals, bar_w)
