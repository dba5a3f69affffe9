"""The PDF's charts (reportlab Drawings) as PNG pictures for the DOCX: drawn into a one-page PDF by
reportlab, rasterised by pdfium at 200 dpi."""

from __future__ import annotations

import io
from typing import Any

DPI = 200


def drawing_png(drawing: Any, dpi: int = DPI) -> bytes:
    import pypdfium2  # type: ignore[import-untyped]
    from reportlab.graphics import renderPDF

    pdf = renderPDF.drawToString(drawing)
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil()
        page.close()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()
