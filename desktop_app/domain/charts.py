"""Chart geometry shared by the app (QPainter) and the PDF (reportlab graphics): stacked bars of
tasks by report status, a target's baseline → current → goal bar, a trend of done tasks.

Everything here is in *shares* of the plotting width or height (0.0 … 1.0) and in data values, so
each renderer only scales to its own units and both draw the same picture. No Qt, no reportlab.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.kinds import Direction
from desktop_app.domain.status import REPORT_COLOURS, REPORT_LABELS, ReportStatus

# left to right in every bar and in every legend
STATUS_ORDER = (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE, ReportStatus.IN_PROGRESS,
                ReportStatus.OVERDUE, ReportStatus.NOT_STARTED, ReportStatus.SUSPENDED)
LEGEND_ALWAYS = STATUS_ORDER[:5]  # "Tạm dừng" only appears in a legend when some task is suspended
RANGE_COLOUR = "#a5d6a7"  # the target range on a target bar
FILL_COLOUR = "#1565c0"  # baseline → current
TRACK_COLOUR = "#eeeeee"
TREND_TOTAL_COLOUR = "#cfd8dc"


def colour(status: ReportStatus | str) -> str:
    return REPORT_COLOURS[ReportStatus(status)]


def label(status: ReportStatus | str) -> str:
    """The Vietnamese label (the app translates it; the PDF prints it)."""
    return REPORT_LABELS[ReportStatus(status)]


def nice_scale(maximum: float, intervals: int = 5) -> tuple[float, tuple[float, ...]]:
    """The right end of an axis starting at 0 and its ticks: steps of 1, 2 or 5 × 10^k, at most
    ``intervals`` of them (``nice_scale(37)`` → 40 with ticks 0, 10, 20, 30, 40)."""
    if maximum <= 0:
        return 1.0, (0.0, 1.0)
    raw = maximum / intervals
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if maximum >= 1 and step < 1:
        step = 1.0
    top = math.ceil(maximum / step - 1e-9) * step
    count = round(top / step)
    return float(top), tuple(round(i * step, 10) for i in range(count + 1))


# ---- stacked bars ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    status: ReportStatus
    count: int
    start: float  # share of the axis where the segment begins
    width: float  # share of the axis it covers

    @property
    def colour(self) -> str:
        return colour(self.status)

    @property
    def end(self) -> float:
        return self.start + self.width


@dataclass(frozen=True)
class Bar:
    label: str
    key: str  # what a click on it opens (group id, unit id, …)
    total: int
    segments: tuple[Segment, ...]

    def segment_at(self, share: float) -> Segment | None:
        """The segment under a point ``share`` of the axis from its left end."""
        return next((s for s in self.segments if s.start <= share < s.end), None)

    @property
    def done(self) -> int:
        return sum(s.count for s in self.segments
                   if s.status in (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE))


@dataclass(frozen=True)
class StackedBars:
    bars: tuple[Bar, ...]
    scale: float  # the value at the right end of the axis
    ticks: tuple[float, ...]
    legend: tuple[ReportStatus, ...]

    def tick_shares(self) -> list[tuple[float, float]]:
        return [(t / self.scale, t) for t in self.ticks]


def stacked_bars(rows: Iterable[tuple[str, str, Mapping[ReportStatus, int] | Mapping[str, int]]]) -> StackedBars:
    """One bar per (label, key, counts by status); segments in :data:`STATUS_ORDER`, on a common
    axis from 0 to a round number at or above the largest total."""
    items = [(text, key, {ReportStatus(s): int(n) for s, n in counts.items() if n}) for text, key, counts in rows]
    largest = max((sum(c.values()) for _, _, c in items), default=0)
    scale, ticks = nice_scale(largest)
    bars = []
    seen: set[ReportStatus] = set()
    for text, key, counts in items:
        start = 0.0
        segments = []
        for status in STATUS_ORDER:
            count = counts.get(status, 0)
            if count:
                segments.append(Segment(status, count, start, count / scale))
                start += count / scale
                seen.add(status)
        bars.append(Bar(text, key, sum(counts.values()), tuple(segments)))
    legend = tuple(s for s in STATUS_ORDER if s in LEGEND_ALWAYS or s in seen)
    return StackedBars(tuple(bars), scale, ticks, legend)


# ---- targets ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetBar:
    """Shares of the bar's width: the axis runs from ``low_end`` to ``high_end`` (data values)."""

    low_end: float
    high_end: float
    baseline: float | None
    current: float | None
    range_start: float | None  # the target range (a value "≥ 95" runs to the right end)
    range_end: float | None
    goal: float | None  # where the bar is complete: the range's edge nearest the baseline
    progress: float | None  # share of the way from baseline to goal, 0 … 1 (None: no value or no goal)
    reached: bool | None

    def share(self, value: float) -> float:
        return (value - self.low_end) / (self.high_end - self.low_end)

    @property
    def fill(self) -> tuple[float, float] | None:
        """The baseline → current stretch (left to right), when both are known."""
        if self.baseline is None or self.current is None:
            return None
        return min(self.baseline, self.current), max(self.baseline, self.current)


def target_bar(baseline: float | None, current: float | None, low: float | None, high: float | None,
               direction: str = Direction.INCREASE) -> TargetBar:
    values = [v for v in (baseline, current, low, high) if v is not None]
    if not values:
        return TargetBar(0.0, 1.0, None, None, None, None, None, None, None)
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.08 if hi > lo else max(abs(hi), 1.0) * 0.1
    low_end, high_end = lo - pad, hi + pad
    if lo >= 0 > low_end:
        low_end = 0.0

    def share(v: float | None) -> float | None:
        return None if v is None else (v - low_end) / (high_end - low_end)

    first = low if low is not None else high
    last = high if high is not None else low
    range_start = range_end = goal_value = None
    if first is not None and last is not None:
        band = first != last  # a range "95–97"; one value is "≥ 95" (or "≤ 2" for a decrease)
        if direction == Direction.DECREASE:
            range_start, range_end = (share(first) if band else 0.0), share(last)
            goal_value = last
        elif direction == Direction.KEEP:
            range_start, range_end = share(first), share(last)
            goal_value = first if baseline is None or baseline <= first else last
        else:
            range_start, range_end = share(first), (share(last) if band else 1.0)
            goal_value = first
    progress = reached = None
    if current is not None and first is not None and last is not None:
        if direction == Direction.DECREASE:
            reached = current <= last
        elif direction == Direction.KEEP:
            reached = first <= current <= last
        else:
            reached = current >= first
        if goal_value is not None and baseline is not None and goal_value != baseline:
            progress = max(0.0, min(1.0, (current - baseline) / (goal_value - baseline)))
        elif reached is not None:
            progress = 1.0 if reached else 0.0
    return TargetBar(low_end, high_end, share(baseline), share(current), range_start, range_end,
                     share(goal_value), progress, reached)


# ---- trend --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    code: str
    done: int
    total: int
    done_height: float  # share of the plot height
    total_height: float


@dataclass(frozen=True)
class Trend:
    points: tuple[TrendPoint, ...]
    scale: float
    ticks: tuple[float, ...]


def trend(points: Sequence[tuple[str, int, int]]) -> Trend:
    """Done tasks per period (``(code, done, tasks)``, oldest first) as column heights."""
    scale, ticks = nice_scale(max((max(d, t) for _, d, t in points), default=0))
    return Trend(tuple(TrendPoint(code, done, total, done / scale, total / scale) for code, done, total in points),
                 scale, ticks)


def short_period(code: str) -> str:
    """"2024-Q3" → "Q3/24", "2024-H1" → "H1/24", "2024-Y" → "2024", "2024-M03" → "T3/24"."""
    year, _, rest = code.partition("-")
    if not rest or not year.isdigit():
        return code
    if rest == "Y":
        return year
    if rest.startswith("M") and rest[1:].isdigit():
        return f"T{int(rest[1:])}/{year[2:]}"
    return f"{rest}/{year[2:]}"
