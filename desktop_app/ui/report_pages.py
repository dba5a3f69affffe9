"""PDF pages as pictures (preview) and printing them.

``pdf_page_pngs`` runs on the database worker (no Qt): pypdfium2 is imported lazily, it is only
needed once a report is previewed. The UI turns the PNG bytes into ``QImage``s.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
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


def paint_pages(printer: QPrinter, images: Sequence[QImage]) -> int:
    """Paint each page picture scaled to the printer's page (aspect kept, centred); pages painted."""
    if not images:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            target = QRect(0, 0, area.width(), area.height())
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (target.width() - size.width()) // 2
            y = (target.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), image)
    finally:
        painter.end()
    return len(images)


def portrait(image: QImage) -> QPageLayout.Orientation:
    return (QPageLayout.Orientation.Landscape if image.width() > image.height()
            else QPageLayout.Orientation.Portrait)
