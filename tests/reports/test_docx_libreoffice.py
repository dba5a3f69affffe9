"""Every report kind as DOCX, converted to PDF by LibreOffice (one soffice call for all) and compared
with the app's own PDF of the same report: page count ±1, the same words in the same order, the
header lines unwrapped, only Times New Roman / Liberation Serif, the header rules and the table
columns of the PDF's lengths, the charts in it as pictures."""

from __future__ import annotations

import difflib
import io
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfread import runs

from desktop_app.reports.api import generate
from desktop_app.reports.layout import MOTTO, NATIONAL, PARTY_NATIONAL
from desktop_app.services.database import Database

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if SOFFICE is None:
    if os.environ.get("CI"):
        raise RuntimeError("LibreOffice (Debian libreoffice-writer-nogui) is required in CI: scripts/setup.sh")
    pytest.skip("LibreOffice is not installed (Debian libreoffice-writer-nogui; scripts/setup.sh installs it)",
                allow_module_level=True)

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only("reads the demo database file made by the CLI")]

REPORTS = {  # name: (plan, period, kind, unit)
    "progress": ("215/KH-UBND", "2025-H1", "progress", None),
    "appendix": ("215/KH-UBND", "2025-H1", "appendix", None),
    "task_list": ("215/KH-UBND", "2025-H1", "task_list", None),
    "overdue": ("215/KH-UBND", "2025-H1", "overdue", None),
    "unit": ("215/KH-UBND", "2025-H1", "unit", "PNV"),
    "party": ("202-KH/QU", "2025-H1", "progress", None),
}


@pytest.fixture(scope="module")
def converted(cli_demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    """name → (the app's PDF, LibreOffice's PDF of the app's DOCX)."""
    folder = tmp_path_factory.mktemp("docx")
    db = Database.open(cli_demo_db)
    app: dict[str, bytes] = {}
    try:
        for name, (plan, period, kind, unit) in REPORTS.items():
            app[name] = generate(db, plan, period, kind, unit, invariant=True)
            generate(db, plan, period, kind, unit, out=folder / f"{name}.docx", invariant=True)
    finally:
        db.close()
    profile = folder / "profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder / "lo"), *(str(folder / f"{n}.docx") for n in REPORTS)],
                   check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(folder)})
    return {name: (app[name], (folder / "lo" / f"{name}.pdf").read_bytes()) for name in REPORTS}


def _pages(pdf: bytes) -> list[Any]:
    return list(pdfplumber.open(io.BytesIO(pdf)).pages)


def _words(pdf: bytes) -> list[str]:
    """The words page by page, top to bottom: each line of running text, each table cell by cell
    (line breaks inside a cell fall at different places in the two renderings, which would
    interleave the words of neighbouring cells); no page numbers."""
    words: list[str] = []
    headers: set[str] = set()
    for page in _pages(pdf):
        tables = page.find_tables()
        boxes = [t.bbox for t in tables]

        def outside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]] = boxes) -> bool:
            return not any(x0 - 1 <= obj.get("x0", 0) <= x1 + 1 and top - 1 <= obj.get("top", 0) <= bottom + 1
                           for x0, top, x1, bottom in boxes)

        items = [(line["top"], line["text"]) for line in page.filter(outside).extract_text_lines()]
        items = [(top, text) for top, text in items if not (top < 20 * 72 / 25.4 and text.strip().isdigit())]
        for table in tables:
            rows = [" ".join(cell or "" for cell in row) for row in table.extract()]
            if rows and rows[0] in headers:  # a header row repeated where a page breaks the table
                rows = rows[1:]
            elif rows:
                headers.add(rows[0])
            items.append((table.bbox[1], " ".join(rows)))
        for _top, text in sorted(items, key=lambda item: item[0]):
            words += text.split()
    return words


@pytest.mark.parametrize("name", list(REPORTS))
def test_same_page_count(converted: dict[str, tuple[bytes, bytes]], name: str) -> None:
    app, lo = converted[name]
    assert abs(len(_pages(app)) - len(_pages(lo))) <= 1


@pytest.mark.parametrize("name", list(REPORTS))
def test_same_text_in_the_same_order(converted: dict[str, tuple[bytes, bytes]], name: str) -> None:
    app, lo = (_words(pdf) for pdf in converted[name])
    matcher = difflib.SequenceMatcher(a=app, b=lo, autojunk=False)
    # the only difference: the PDF's charts have their labels as text, the DOCX's are pictures
    different = [(op, app[i1:i2], lo[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
    assert all(op == "delete" and " ".join(a[:2]) == "Biểu đồ:" for op, a, _b in different), different[:6]


@pytest.mark.parametrize("name", list(REPORTS))
def test_only_times_or_liberation_serif(converted: dict[str, tuple[bytes, bytes]], name: str) -> None:
    fonts = {c["fontname"].split("+")[-1] for page in _pages(converted[name][1]) for c in page.chars}
    assert fonts and all(re.match(r"(TimesNewRoman|Times-|LiberationSerif)", f) for f in fonts), fonts


@pytest.mark.parametrize("name", ["progress", "overdue", "unit", "party"])
def test_header_lines_not_wrapped(converted: dict[str, tuple[bytes, bytes]], name: str) -> None:
    app, lo = (_pages(pdf)[0] for pdf in converted[name])
    national = PARTY_NATIONAL if name == "party" else NATIONAL
    texts = [r.text for r in runs(lo)]
    assert national in texts, texts[:8]
    if name != "party":
        assert MOTTO in texts
    # the same header lines, one by one, as the app's PDF prints them
    app_texts = [r.text for r in runs(app)]
    first = app_texts.index(national)
    for line in app_texts[max(0, first - 2): first + 4]:
        if not line.startswith("Số"):
            assert line in texts, (line, texts[:10])


def _rules(page: Any) -> list[float]:
    """Lengths of the short horizontal rules in the header (lines or thin filled rectangles)."""
    found = [ln["x1"] - ln["x0"] for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.5]
    found += [r["x1"] - r["x0"] for r in page.rects if r["height"] < 1.5 and r["width"] > 10]
    return sorted(round(x, 1) for x in found if x < 300)


@pytest.mark.parametrize("name", ["progress", "party"])
def test_header_rules_of_the_pdf_lengths(converted: dict[str, tuple[bytes, bytes]], name: str) -> None:
    app, lo = (_pages(pdf)[0] for pdf in converted[name])
    expected, found = _rules(app), _rules(lo)
    assert len(found) >= len(expected), (expected, found)
    for length in expected:
        assert min(abs(length - x) for x in found) <= 1, (expected, found)


def _column_edges(page: Any) -> list[float]:
    """x of the vertical grid lines of the first table on the page."""
    xs = {round(e["x0"]) for e in page.edges if e["orientation"] == "v" and e["height"] > 5}
    return sorted(xs)


@pytest.mark.parametrize("name", ["appendix", "task_list"])
def test_table_columns_of_the_pdf_widths(converted: dict[str, tuple[bytes, bytes]], name: str) -> None:
    app, lo = (_column_edges(_pages(pdf)[0]) for pdf in converted[name])
    merged_app = [x for i, x in enumerate(app) if not i or x - app[i - 1] > 2]
    merged_lo = [x for i, x in enumerate(lo) if not i or x - lo[i - 1] > 2]
    assert len(merged_app) == len(merged_lo), (merged_app, merged_lo)
    assert all(abs(a - b) <= 2 for a, b in zip(merged_app, merged_lo, strict=True)), (merged_app, merged_lo)


def test_charts_are_pictures(converted: dict[str, tuple[bytes, bytes]]) -> None:
    images = [image for page in _pages(converted["progress"][1]) for image in page.images]
    assert len(images) >= 2


@pytest.mark.parametrize("name", ["appendix", "task_list"])
def test_demo_table_header_only_at_page_tops(converted: dict[str, tuple[bytes, bytes]], name: str) -> None:
    """215/KH-UBND, 2025-H1 on the demo database: the header row was repeated mid-page above a split
    row (pages 1–2 of the appendix); now once per page, at the top after the first page."""
    for pdf in converted[name]:  # the app's PDF and LibreOffice's rendering of the DOCX
        pages = [[r.top for r in runs(page) if r.text == "Nội dung nhiệm vụ"] for page in _pages(pdf)]
        assert len(pages[0]) == 1
        for number, tops in enumerate(pages[1:], start=2):
            assert len(tops) <= 1 and all(top < 20 * 72 / 25.4 + 20 for top in tops), (name, number, tops)
        assert sum(1 for tops in pages if tops) >= 3


def test_docx_header_grid_matches_its_cells(converted: dict[str, tuple[bytes, bytes]], cli_demo_db: Path) -> None:
    import docx

    db = Database.open(cli_demo_db)
    try:
        document = docx.Document(io.BytesIO(generate(db, "215/KH-UBND", "2025-H1", fmt="docx", invariant=True)))
    finally:
        db.close()
    for table in document.tables:
        grid = [int(c.get(docx.oxml.ns.qn("w:w"))) for c in table._tbl.tblGrid.findall(docx.oxml.ns.qn("w:gridCol"))]
        for row in table.rows:
            assert [cell.width.twips for cell in row.cells] == grid
