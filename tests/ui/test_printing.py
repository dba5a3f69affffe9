"""Printing a report on paper: true size (100 %, full sheet, the document's own margins) at
300–600 dpi, with the dialog's page range and copies — printed to a PDF file by QPrinter and read
back: page size, image resolution, the ink's margins against the report's own PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop_app.ui.report_pages import print_pdf
from tests.ui.print_check import ink_box_mm, pdf_printer

MM = 72 / 25.4


@pytest.fixture
def report_pdf(reports) -> bytes:  # type: ignore[no-untyped-def]
    reports.preview_button.click()
    reports.runner.wait_idle()
    assert reports.pdf
    return bytes(reports.pdf)


@pytest.fixture
def reports(window, sample):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    view = window.show_view("reports")
    view.picker.select(sample.plan_id)
    QApplication.processEvents()
    view.runner.wait_idle()
    return view


def test_print_true_size_from_the_view(reports, report_pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "in.pdf"
    printer = pdf_printer(out, dpi=300)
    assert reports.print_to(printer) == reports.page_count()
    with pdfplumber.open(out) as printed, pdfplumber.open(io.BytesIO(report_pdf)) as original:
        assert len(printed.pages) == len(original.pages)
        for page in printed.pages:
            # A4, the whole sheet
            assert page.width == pytest.approx(210 * MM, abs=0.5 * MM)
            assert page.height == pytest.approx(297 * MM, abs=0.5 * MM)
            [image] = page.images
            assert image["x0"] == pytest.approx(0, abs=0.5) and image["top"] == pytest.approx(0, abs=0.5)
            assert image["width"] == pytest.approx(page.width, abs=0.5)
            assert image["height"] == pytest.approx(page.height, abs=0.5)
            # sharp: at least 300 pixels per inch of paper
            assert image["srcsize"][0] / (page.width / 72) >= 299
    # the margins of what is printed are the report's own (within 0.5 mm), page by page
    for index in range(len(reports.images)):
        assert ink_box_mm(out.read_bytes(), index) == pytest.approx(ink_box_mm(report_pdf, index), abs=0.5)


def test_page_range_and_copies(report_pdf: bytes, tmp_path: Path) -> None:
    pages = len(pdfplumber.open(io.BytesIO(report_pdf)).pages)
    assert pages >= 2
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out, dpi=300)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    copies = 1 if printer.supportsMultipleCopies() else 2
    assert print_pdf(printer, report_pdf) == copies
    assert len(pdfplumber.open(out).pages) == copies
    # page 2 of the report is the first printed page
    assert ink_box_mm(out.read_bytes(), 0) == pytest.approx(ink_box_mm(report_pdf, 1), abs=0.5)


def test_landscape_appendix_prints_landscape(db, sample, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.periods import PeriodKind
    from desktop_app.reports.api import generate
    from desktop_app.services.periods import current_period

    pdf = generate(db, sample.plan_id, current_period(PeriodKind.QUARTER).code, "appendix", invariant=True)
    out = tmp_path / "appendix.pdf"
    assert print_pdf(pdf_printer(out, dpi=300), pdf) >= 1
    with pdfplumber.open(out) as printed:
        page = printed.pages[0]
        assert page.width == pytest.approx(297 * MM, abs=0.5 * MM)
        assert page.height == pytest.approx(210 * MM, abs=0.5 * MM)
    assert ink_box_mm(out.read_bytes(), 0) == pytest.approx(ink_box_mm(pdf, 0), abs=0.5)


def test_printer_resolution_is_capped_and_floored(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.report_pages import print_dpi

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(1200)
    assert print_dpi(printer) == 600
    printer.setResolution(150)
    assert print_dpi(printer) == 300
