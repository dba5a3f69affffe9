"""The page: A4 (portrait or landscape), ND30 margins, page numbers from page 2 in the top margin."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_app import APP_NAME, __version__
from desktop_app.reports.fonts import FontSet
from desktop_app.reports.layout import Layout
from desktop_app.reports.texts import nfc


def page_size(landscape_: bool) -> tuple[float, float]:
    return landscape(A4) if landscape_ else A4


def text_width(layout: Layout, landscape_: bool = False) -> float:
    width, _ = page_size(landscape_)
    return width - (layout.left + layout.right) * mm


def build_pdf(story: Sequence[Flowable], layout: Layout, fonts: FontSet, *, landscape_: bool = False,
              title: str = "", invariant: bool = False) -> bytes:
    """Lay out a story on A4 pages; page numbers (Arabic, centred in the top margin) from page 2."""
    width, height = page_size(landscape_)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(width, height), leftMargin=layout.left * mm, rightMargin=layout.right * mm,
        topMargin=layout.top * mm, bottomMargin=layout.bottom * mm, title=nfc(title),
        author=APP_NAME, creator=f"{APP_NAME} {__version__}", producer=f"{APP_NAME} {__version__}",
        subject=nfc(title), invariant=1 if invariant else 0, pageCompression=1, lang="vi-VN")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def number_pages(canv: Canvas, _doc: BaseDocTemplate) -> None:
        page = canv.getPageNumber()
        if page < 2:
            return
        size = layout.page_number_size
        canv.saveState()
        canv.setFont(fonts.regular, size)
        # centred across the text width, vertically in the middle of the top margin
        y = height - layout.top * mm / 2 - size * 0.35
        canv.drawCentredString(layout.left * mm + doc.width / 2, y, str(page))
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=number_pages)])
    doc.build(list(story))
    return buffer.getvalue()
