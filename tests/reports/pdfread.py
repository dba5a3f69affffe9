"""Reading a PDF back: text runs with their font, size and position; rules; page geometry."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pdfplumber

MM = 72 / 25.4


@dataclass
class Run:
    """Characters on one baseline with no big gap between them (one column's line)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str
    size: float
    chars: list[dict[str, Any]]

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def bold(self) -> bool:
        return "Bold" in self.font

    @property
    def italic(self) -> bool:
        return "Italic" in self.font


def runs(page: Any, gap: float = 12.0) -> list[Run]:
    chars = sorted(page.chars, key=lambda c: (round(c["bottom"]), c["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for ch in chars:
        if rows and abs(rows[-1][0]["bottom"] - ch["bottom"]) < 1.5:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    found = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        segment: list[dict[str, Any]] = []
        for ch in row:
            if segment and ch["x0"] - segment[-1]["x1"] > gap:
                found.append(_run(segment))
                segment = []
            segment.append(ch)
        if segment:
            found.append(_run(segment))
    return found


def _run(chars: list[dict[str, Any]]) -> Run:
    visible = [c for c in chars if c["text"].strip()] or chars
    text = "".join(c["text"] for c in chars).strip()
    return Run(text, min(c["x0"] for c in visible), max(c["x1"] for c in visible), min(c["top"] for c in visible),
               max(c["bottom"] for c in visible), visible[0]["fontname"], round(visible[0]["size"], 2), visible)


def find(page: Any, text: str) -> Run:
    hits = [r for r in runs(page) if r.text == text]
    assert hits, f"{text!r} not on page; runs: {[r.text for r in runs(page)][:40]}"
    return hits[0]


def find_start(page: Any, prefix: str) -> Run:
    hits = [r for r in runs(page) if r.text.startswith(prefix)]
    assert hits, f"no run starting {prefix!r}"
    return hits[0]


def rules(page: Any) -> list[dict[str, Any]]:
    """Horizontal lines (not table grid: those are tested separately)."""
    return [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.5]


def rule_below(page: Any, run: Run, within: float = 14.0) -> dict[str, Any]:
    below = [ln for ln in rules(page) if 0 < ln["top"] - run.bottom < within
             and ln["x0"] < run.x1 and ln["x1"] > run.x0]
    assert below, f"no rule under {run.text!r}"
    return min(below, key=lambda ln: ln["top"])


def open_pdf(data: bytes) -> Any:
    return pdfplumber.open(io.BytesIO(data))


def all_text(data: bytes) -> str:
    with open_pdf(data) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def table_cells(data: bytes) -> list[str]:
    """The text of every table cell of every page (whitespace flattened)."""
    cells = []
    with open_pdf(data) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                cells += [flat(cell) for row in table for cell in row if cell]
    return cells
