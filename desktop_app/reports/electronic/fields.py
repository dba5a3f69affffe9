"""Unsigned signature fields (AcroForm /Sig) where the signing tools are to put their signatures."""

from __future__ import annotations

import unicodedata

import pikepdf
from pikepdf import Array, Dictionary, Name, String


def ascii_name(text: str) -> str:
    """A field name a signing tool can show and type: "Nguyễn Văn An" → "Nguyen Van An" (no dots)."""
    folded = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in folded if not unicodedata.combining(c) and c.isascii())
    return " ".join(plain.replace(".", " ").split())


def add_signature_field(pdf: pikepdf.Pdf, page_index: int, rect: tuple[float, float, float, float],
                        name: str, tooltip: str) -> None:
    """An empty signature field (merged with its widget) on a page; printable, empty appearance
    (PDF/A wants an appearance stream on every widget)."""
    page = pdf.pages[page_index].obj
    x0, y0, x1, y1 = (round(v, 2) for v in rect)
    appearance = pdf.make_stream(b"", Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, x1 - x0, y1 - y0]),
                                 Resources=Dictionary())
    widget = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Sig, T=String(name), TU=String(tooltip), F=4,
        Rect=Array([x0, y0, x1, y1]), P=page, AP=Dictionary(N=appearance)))
    if "/Annots" not in page:
        page.Annots = Array()
    page.Annots.append(widget)
    if "/AcroForm" not in pdf.Root:
        pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=Array()))
    pdf.Root.AcroForm.Fields.append(widget)


def signature_fields(pdf: pikepdf.Pdf) -> list[tuple[str, int, tuple[float, ...]]]:
    """(name, page index, rect) of every signature field."""
    pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
    found = []
    for field in pdf.Root.get("/AcroForm", Dictionary()).get("/Fields", Array()):
        if field.get("/FT") == Name.Sig:
            page = pages.get(field.P.objgen, -1) if "/P" in field else -1
            found.append((str(field.T), page, tuple(float(v) for v in field.Rect)))
    return found
