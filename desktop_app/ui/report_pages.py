"""PDF pages as pictures (preview) and printing the PDF true size.

``pdf_page_pngs`` runs on the database worker (no Qt): pypdfium2 is imported lazily, it is only
needed once a report is previewed. The UI turns the PNG bytes into ``QImage``s.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPageLayout, QPainter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PREVIEW_SCALE = 1.5  # 72 dpi × 1.5 = 108 dpi on screen
PRINT_SCALE = 300 / 72


def pdf_page_pngs(pdf: bytes, scale: float = PREVIEW_SCALE,
                  on_page: Callable[[int, int], None] | None = None) -> list[bytes]:
    """Every page of a PDF as PNG bytes; ``on_page(done, total)`` after each page."""
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages: list[bytes] = []
        total = len(document)
        for index in range(total):
            page = document[index]
            image = page.render(scale=scale).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            pages.append(buffer.getvalue())
            page.close()
            if on_page is not None:
                on_page(index + 1, total)
        return pages
    finally:
        document.close()


def images_of(pngs: Sequence[bytes]) -> list[QImage]:
    return [QImage.fromData(png) for png in pngs]


MIN_PRINT_DPI = 300
MAX_PRINT_DPI = 600  # an A4 page at 600 dpi is 35 million pixels; more only costs memory


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog chose: pages (0-based, in order), copies the program must make
    itself (1 when the printer driver makes them), collated or not."""

    pages: tuple[int, ...]
    copies: int = 1
    collate: bool = True

    def sequence(self) -> list[int]:
        if self.copies <= 1:
            return list(self.pages)
        if self.collate:
            return [page for _ in range(self.copies) for page in self.pages]
        return [page for page in self.pages for _ in range(self.copies)]


def print_job(printer: QPrinter, page_count: int) -> PrintJob:
    """The page range and copies the dialog set on ``printer``."""
    from PySide6.QtPrintSupport import QPrinter

    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or page_count, page_count)
    pages = tuple(range(first - 1, last))
    # copies the driver makes itself (CUPS) are not repeated here
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    return PrintJob(pages, copies, printer.collateCopies())


def print_dpi(printer: QPrinter) -> int:
    return max(MIN_PRINT_DPI, min(printer.resolution(), MAX_PRINT_DPI))


def print_pdf(printer: QPrinter, pdf: bytes, on_page: Callable[[int, int], None] | None = None) -> int:
    """Print a PDF true size: each page on the whole sheet at 100 % (the document's own margins),
    rendered by pdfium at the printer's resolution (300–600 dpi); the page range and copies of
    the dialog; the orientation of the document's pages. Returns the pages sent."""
    import pypdfium2  # type: ignore[import-untyped]
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageSize

    document = pypdfium2.PdfDocument(pdf)
    try:
        job = print_job(printer, len(document))
        sequence = job.sequence()
        if not sequence:
            return 0
        width, height = document[0].get_size()  # pt
        printer.setFullPage(True)
        size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = (QPageLayout.Orientation.Landscape if width > height
                       else QPageLayout.Orientation.Portrait)
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
        dpi = print_dpi(printer)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for done, index in enumerate(sequence):
                if done:
                    printer.newPage()
                page = document[index]
                bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGB32)
                paper = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
                del image
                bitmap.close()
                page.close()
                if on_page is not None:
                    on_page(done + 1, len(sequence))
        finally:
            painter.end()
        return len(sequence)
    finally:
        document.close()
