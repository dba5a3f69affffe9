"""Flowables for the ND30 header: centred line blocks with rules, the two-column header."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.reports.texts import nfc

DESCENT = 0.22  # Times / Liberation Serif descent as a share of the size


@dataclass(frozen=True)
class Line:
    text: str
    font: str
    size: float


@dataclass(frozen=True)
class Placed:
    """A line or rule placed relative to the block's top-left corner (y grows downwards)."""

    kind: str  # "text" | "rule"
    x_centre: float
    y: float  # baseline (text) or the rule's y
    text: str = ""
    font: str = ""
    size: float = 0
    length: float = 0


class ColumnLayout:
    """Stack centred lines in a column of a given width; wrap long ones; add rules."""

    def __init__(self, width: float, x_centre: float, y: float = 0.0, line_spacing: float = 1.2):
        self.width = width
        self.x_centre = x_centre
        self.y = y
        self.line_spacing = line_spacing
        self.placed: list[Placed] = []
        self.last_widths: list[float] = []

    def text(self, line: Line) -> None:
        text = nfc(line.text)
        # a line that fits is kept as written (simpleSplit would fold runs of spaces, such as the
        # room left for a hand-written number)
        fits = "\n" not in text and stringWidth(text, line.font, line.size) <= self.width
        pieces = [text] if fits else simpleSplit(text, line.font, line.size, self.width) or [""]
        self.last_widths = []
        for piece in pieces:
            self.y += line.size * self.line_spacing
            baseline = self.y - line.size * DESCENT * 1.1
            self.placed.append(Placed("text", self.x_centre, baseline, piece, line.font, line.size))
            self.last_widths.append(stringWidth(piece, line.font, line.size))

    def rule(self, length: float, gap: float = 3.0, after: float = 0.0) -> None:
        self.y += gap
        self.placed.append(Placed("rule", self.x_centre, self.y, length=length))
        self.y += after

    def space(self, points: float) -> None:
        self.y += points

    @property
    def widest(self) -> float:
        return max(self.last_widths, default=0.0)


class PlacedBlock(Flowable):
    """Draws pre-placed lines and rules; its height is the lowest y used."""

    def __init__(self, placed: list[Placed], height: float, rule_width: float = 0.6):
        super().__init__()
        self.placed = placed
        self.height = height
        self.rule_width = rule_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        canv.saveState()
        canv.setLineWidth(self.rule_width)
        for item in self.placed:
            y = self.height - item.y
            if item.kind == "rule":
                canv.line(item.x_centre - item.length / 2, y, item.x_centre + item.length / 2, y)
            else:
                canv.setFont(item.font, item.size)
                canv.drawCentredString(item.x_centre, y, item.text)
        canv.restoreState()


def centred_block(lines: list[Line], width: float, rule_fraction: float | None = None,
                  rule_width: float = 0.6, space_before: float = 0.0, space_after: float = 0.0,
                  line_spacing: float = 1.2) -> PlacedBlock:
    """Centred lines across the full width, with an optional short rule under the last line
    (``rule_fraction`` of the widest line of the last entry)."""
    column = ColumnLayout(width, width / 2, space_before, line_spacing)
    widest = 0.0
    for line in lines:
        column.text(line)
        widest = max(widest, column.widest)
    if rule_fraction:
        column.rule(widest * rule_fraction, gap=4.0)
    column.space(space_after)
    return PlacedBlock(column.placed, column.y, rule_width)


@dataclass(frozen=True)
class MarkPosition:
    """Where a :class:`Mark` was drawn: page (1-based), absolute x of its left edge, y, and its width (pt)."""

    name: str
    page: int
    x: float
    y: float
    width: float


class Mark(Flowable):
    """Draws nothing; records where it landed (the electronic copy places signature fields by it)."""

    def __init__(self, name: str, sink: list[MarkPosition]):
        super().__init__()
        self.name = name
        self.sink = sink

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 0

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.sink.append(MarkPosition(self.name, self.canv.getPageNumber(), x, y, self.width))
