"""The overview's charts in the PDF report: vector rectangles in the status colours, labels, target
bars; the same geometry as the app's widgets; deterministic in invariant mode; none in the DOCX."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from fixture_plan import AS_OF, PERIOD, Fixture

from desktop_app.domain import charts as charts_data
from desktop_app.domain.status import REPORT_COLOURS, ReportStatus
from desktop_app.reports.api import generate
from desktop_app.reports.data import build_report_data


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    return tuple(round(int(value[i:i + 2], 16) / 255, 3) for i in (0, 2, 4))  # type: ignore[return-value]


def _colour_of(rect: dict) -> tuple[float, ...] | None:  # type: ignore[type-arg]
    fill = rect.get("non_stroking_color")
    if not isinstance(fill, (tuple, list)) or len(fill) != 3:
        return None
    return tuple(round(float(v), 3) for v in fill)


def _chart_page(pdf: pdfplumber.PDF, title: str) -> pdfplumber.page.Page:
    return next(p for p in pdf.pages if title in (p.extract_text() or ""))


def test_status_bars_by_group_drawn_as_rectangles(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, plan_fx.plan_id, PERIOD, as_of=AS_OF, invariant=True)
    content = generate(plan_fx.db, plan_fx.plan_id, PERIOD, invariant=True)
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        page = _chart_page(pdf, "Biểu đồ: kết quả thực hiện theo nhóm nhiệm vụ")
        text = page.extract_text()
        for status in charts_data.LEGEND_ALWAYS:  # the legend
            assert charts_data.label(status) in text
        rects = [r for r in page.rects if _colour_of(r) is not None]
        by_colour: dict[tuple[float, ...], list[dict]] = {}  # type: ignore[type-arg]
        for rect in rects:
            by_colour.setdefault(_colour_of(rect), []).append(rect)  # type: ignore[arg-type]
    # every status some group has: one swatch in the legend plus one segment per group having it
    for status in charts_data.STATUS_ORDER:
        groups_with = sum(1 for row in data.by_group if getattr(row.counts, status.value) > 0)
        if status in charts_data.LEGEND_ALWAYS or groups_with:
            found = by_colour.get(_rgb(REPORT_COLOURS[status]), [])
            assert len(found) == 1 + groups_with, status
    # segment widths are proportional to the counts on one axis (the geometry the widgets use too)
    chart = charts_data.stacked_bars([(r.label, r.label, {s: getattr(r.counts, s.value) for s in ReportStatus})
                                      for r in data.by_group])
    segments = [r for r in rects if r["width"] > charts_data_swatch()]
    unit = chart.scale  # tasks at the right end of the axis
    plot = max(r["x1"] for r in segments) - min(r["x0"] for r in segments)
    longest = max(bar.total for bar in chart.bars)
    for rect in segments:
        count = round(rect["width"] / plot * longest)
        assert rect["width"] == pytest.approx(count / unit * (plot * unit / longest), rel=0.01)


def charts_data_swatch() -> float:
    from desktop_app.reports.pdf.charts import SWATCH

    return SWATCH + 1


def test_target_bars_and_labels(plan_fx: Fixture) -> None:
    content = generate(plan_fx.db, plan_fx.plan_id, PERIOD, invariant=True)
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        page = _chart_page(pdf, "Biểu đồ: năm gốc → kết quả kỳ này → mục tiêu")
        text = page.extract_text()
        assert "85 → 88 → mục tiêu ≥ 95 (2030)" in text
        assert "5 → 2 → mục tiêu ≤ 2 (2030)" in text
        band = [r for r in page.rects if _colour_of(r) == _rgb(charts_data.RANGE_COLOUR)]
        assert len(band) == 3  # one target range per target
        assert any(line["stroking_color"] for line in page.lines)  # baseline ticks and goal lines
        assert len(page.curves) >= 3 or len([o for o in page.objects.get("curve", [])]) >= 3  # current markers


def test_invariant_report_with_charts_is_byte_identical(plan_fx: Fixture) -> None:
    first = generate(plan_fx.db, plan_fx.plan_id, PERIOD, invariant=True)
    second = generate(plan_fx.db, plan_fx.plan_id, PERIOD, invariant=True)
    assert first == second


def test_docx_has_the_charts_as_pictures(plan_fx: Fixture) -> None:
    from docx import Document

    doc = Document(io.BytesIO(generate(plan_fx.db, plan_fx.plan_id, PERIOD, fmt="docx", invariant=True)))
    assert all("Biểu đồ" not in p.text for p in doc.paragraphs)  # the title is in the picture
    pictures = [p for p in doc.inline_shapes]
    assert len(pictures) == 2  # results by group, targets
    blobs = [r.target_part.blob for r in doc.part.rels.values() if "image" in r.reltype]
    assert all(b.startswith(b"\x89PNG") and len(b) > 5_000 for b in blobs)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_chart_page_renders(plan_fx: Fixture, tmp_path: Path) -> None:
    pdf = tmp_path / "bao-cao.pdf"
    generate(plan_fx.db, plan_fx.plan_id, PERIOD, invariant=True, out=pdf)
    with pdfplumber.open(pdf) as doc:
        number = next(i for i, p in enumerate(doc.pages, start=1) if "Biểu đồ" in (p.extract_text() or ""))
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(number), "-l", str(number), str(pdf),
                    str(tmp_path / "page")], check=True)
    image = next(tmp_path.glob("page*.png"))
    assert image.stat().st_size > 10_000
