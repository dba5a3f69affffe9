"""The overview's charts as vector graphics in the PDF (reportlab.graphics Drawings), over the
same geometry as the app's QPainter widgets (desktop_app/domain/charts.py)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.domain.charts import (
    FILL_COLOUR,
    RANGE_COLOUR,
    TRACK_COLOUR,
    colour,
    label,
    stacked_bars,
    target_bar,
)
from desktop_app.reports.data import CountRow, TargetLine
from desktop_app.reports.fonts import FontSet
from desktop_app.reports.texts import nfc, number_text

SIZE = 10  # pt, labels
ROW = 17
BAR = 11
SWATCH = 8
TEXT = colors.HexColor("#212121")
GRID = colors.HexColor("#bdbdbd")
REACHED = colors.HexColor("#2e7d32")


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with "…" to fit a width."""
    text = nfc(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _drawing(width: float, height: float, title: str, fonts: FontSet) -> tuple[Drawing, float]:
    """An empty drawing with its bold centred title; returns it and the y under the title."""
    drawing = Drawing(width, height)
    y = float(height)
    if title:
        drawing.add(String(width / 2, y - SIZE, nfc(title), fontName=fonts.bold, fontSize=SIZE,
                           textAnchor="middle", fillColor=TEXT))
        y -= SIZE + 6
    return drawing, y


def _legend(drawing: Drawing, statuses: Sequence[str], fonts: FontSet, width: float, top: float) -> float:
    """Swatches and labels in rows from ``top`` down; returns the y under them."""
    x, y = 0.0, top - SIZE
    for status in statuses:
        text = label(status)
        w = SWATCH + 3 + stringWidth(text, fonts.regular, SIZE - 1) + 10
        if x > 0 and x + w > width:
            x, y = 0.0, y - SIZE - 4
        drawing.add(Rect(x, y, SWATCH, SWATCH, fillColor=colors.HexColor(colour(status)), strokeColor=None))
        drawing.add(String(x + SWATCH + 3, y + 0.5, text, fontName=fonts.regular, fontSize=SIZE - 1, fillColor=TEXT))
        x += w
    return y - 8


def status_bars(rows: Sequence[CountRow], fonts: FontSet, width: float, title: str = "") -> Drawing:
    """A stacked bar per row (group or unit) by report status, a legend and a count axis."""
    chart = stacked_bars([(f"{i}. {r.label}", str(i), _counts(r)) for i, r in enumerate(rows, start=1)])
    legend_rows = 2 if len(chart.legend) > 3 else 1
    height = (SIZE + 6 if title else 0) + legend_rows * (SIZE + 4) + 8 + len(chart.bars) * ROW + 16
    drawing, y = _drawing(width, height, title, fonts)
    y = _legend(drawing, chart.legend, fonts, width, y)
    label_w = width * 0.38
    total_w = 24.0
    left = label_w + 6
    plot_w = width - left - total_w
    bottom = y - len(chart.bars) * ROW
    for share, value in chart.tick_shares():
        x = left + share * plot_w
        drawing.add(Line(x, bottom - 2, x, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(x, bottom - 11, f"{value:g}", fontName=fonts.regular, fontSize=SIZE - 2,
                           textAnchor="middle", fillColor=TEXT))
    for index, bar in enumerate(chart.bars):
        row_top = y - index * ROW
        base = row_top - (ROW + BAR) / 2
        drawing.add(String(0, base + 2, fit(bar.label, fonts.regular, SIZE, label_w), fontName=fonts.regular,
                           fontSize=SIZE, fillColor=TEXT))
        for segment in bar.segments:
            x, w = left + segment.start * plot_w, segment.width * plot_w
            drawing.add(Rect(x, base, w, BAR, fillColor=colors.HexColor(segment.colour), strokeColor=None))
            text = str(segment.count)
            if stringWidth(text, fonts.regular, SIZE - 2) + 3 <= w:
                drawing.add(String(x + w / 2, base + 2.5, text, fontName=fonts.regular, fontSize=SIZE - 2,
                                   textAnchor="middle", fillColor=colors.white))
        end = left + sum(s.width for s in bar.segments) * plot_w
        drawing.add(String(end + 3, base + 2, str(bar.total), fontName=fonts.regular, fontSize=SIZE, fillColor=TEXT))
    return drawing


def _counts(row: CountRow) -> dict[str, int]:
    c = row.counts
    return {"done_on_time": c.done_on_time, "done_late": c.done_late, "in_progress": c.in_progress,
            "overdue": c.overdue, "not_started": c.not_started, "suspended": c.suspended}


def target_bars(targets: Sequence[TargetLine], fonts: FontSet, width: float, title: str = "") -> Drawing:
    """Each target: its name and "baseline → value → goal", and a bar with the target range in green,
    the stretch from baseline to this period's value, the baseline tick and the goal line."""
    row_h = SIZE + BAR + 12
    height = (SIZE + 6 if title else 0) + len(targets) * row_h + 2
    drawing, y = _drawing(width, height, title, fonts)
    for t in targets:
        g = target_bar(t.baseline, t.value, t.low, t.high, t.direction)
        values = f"{number_text(t.baseline) or '—'} → {number_text(t.value) or '—'} → mục tiêu {t.target_text or '—'}"
        values_w = stringWidth(values, fonts.regular, SIZE - 1)
        drawing.add(String(0, y - SIZE, fit(f"{t.number}. {t.name}", fonts.regular, SIZE, width - values_w - 10),
                           fontName=fonts.regular, fontSize=SIZE, fillColor=TEXT))
        drawing.add(String(width, y - SIZE, values, fontName=fonts.regular, fontSize=SIZE - 1, textAnchor="end",
                           fillColor=TEXT))
        base = y - SIZE - 4 - BAR

        def x(share: float) -> float:
            return share * width

        drawing.add(Rect(0, base, width, BAR, fillColor=colors.HexColor(TRACK_COLOUR), strokeColor=None))
        if g.range_start is not None and g.range_end is not None:
            drawing.add(Rect(x(g.range_start), base, x(g.range_end) - x(g.range_start), BAR,
                             fillColor=colors.HexColor(RANGE_COLOUR), strokeColor=None))
        if g.fill is not None:
            start, end = g.fill
            drawing.add(Rect(x(start), base + 3, max(1.5, x(end) - x(start)), BAR - 6,
                             fillColor=REACHED if g.reached else colors.HexColor(FILL_COLOUR), strokeColor=None))
        if g.goal is not None:
            drawing.add(Line(x(g.goal), base - 2, x(g.goal), base + BAR + 2, strokeColor=REACHED, strokeWidth=1.2,
                             strokeDashArray=[2, 1.5]))
        if g.baseline is not None:
            drawing.add(Line(x(g.baseline), base - 2, x(g.baseline), base + BAR + 2,
                             strokeColor=colors.HexColor("#616161"), strokeWidth=1.2))
        if g.current is not None:
            cx, cy = x(g.current), base + BAR / 2
            drawing.add(Polygon([cx, cy + 6, cx + 4, cy, cx, cy - 6, cx - 4, cy], strokeColor=TEXT, strokeWidth=0.5,
                                fillColor=REACHED if g.reached else colors.HexColor(FILL_COLOUR)))
        y -= row_h
    return drawing
