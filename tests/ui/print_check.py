"""Helpers of the printing tests: a QPrinter writing a PDF file, the ink's box on a page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter


def pdf_printer(out: Path, dpi: int = 300) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(dpi)
    return printer


def ink_box_mm(pdf: bytes, index: int, dpi: int = 150) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) distances in mm from the sheet's edges to the first dark pixel."""
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[index]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
    finally:
        document.close()
    dark = image.point(lambda value: 255 if value < 128 else 0)
    box = dark.getbbox()
    assert box is not None, "blank page"
    left, top, right, bottom = box
    mm = 25.4 / dpi
    return (left * mm, top * mm, (image.width - right) * mm, (image.height - bottom) * mm)
