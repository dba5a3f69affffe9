"""Low-level pieces of a python-docx document: runs in Times New Roman, paragraphs, rules as
paragraph borders, tables with a fixed grid (so Word and LibreOffice keep the PDF's column widths),
page-number fields, pictures."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from desktop_app.reports.texts import nfc

FONT = "Times New Roman"  # Word on Windows has it; LibreOffice maps it to Liberation Serif
Container = DocxDocument | _Cell


def set_run_font(run_element: object, name: str = FONT) -> None:
    rpr = run_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def run(p: Paragraph, text: str, size: float, bold: bool = False, italic: bool = False) -> None:
    r = p.add_run(nfc(text))
    r.font.name = FONT
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.italic = italic
    set_run_font(r._r)


def lines_into(p: Paragraph, text: str, size: float, bold: bool = False, italic: bool = False) -> Paragraph:
    for index, line in enumerate(nfc(text).split("\n")):
        if index:
            p.add_run().add_break()
        run(p, line, size, bold, italic)
    return p


def exact_leading(p: Paragraph, size: float, factor: float = 1.2) -> None:
    """The PDF's leading (size × 1.2) as an exact line height."""
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(round(size * factor, 2))


def para(container: Container, text: str = "", size: float = 14, bold: bool = False, italic: bool = False,
         align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.CENTER, space_after: float = 0,
         space_before: float = 0, indent: float | None = None, first: bool = False) -> Paragraph:
    """A paragraph (``first``: a new cell's empty first paragraph is used) with the PDF's leading."""
    p = container.paragraphs[0] if first and isinstance(container, _Cell) else container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_before = Pt(space_before)
    fmt.space_after = Pt(space_after)
    fmt.first_line_indent = Cm(indent) if indent else None
    exact_leading(p, size)
    if text:
        lines_into(p, text, size, bold, italic)
    return p


def rule(container: Container, length_pt: float, box_pt: float, space_after: float = 0,
         space_before: float = 0) -> Paragraph:
    """A centred solid rule: an empty 2-pt paragraph whose bottom border is ``length_pt`` long."""
    p = container.add_paragraph()
    side = max(0.0, (box_pt - length_pt) / 2)
    fmt = p.paragraph_format
    fmt.left_indent = Pt(side)
    fmt.right_indent = Pt(side)
    fmt.space_before = Pt(space_before)
    fmt.space_after = Pt(space_after)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(2)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "5"), ("w:space", "0"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
    return p


def _child(parent: object, tag: str) -> object:
    found = parent.find(qn(tag))  # type: ignore[attr-defined]
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)  # type: ignore[attr-defined]
    return found


def fixed_table(container: DocxDocument, rows: int, widths_pt: Sequence[float], borders: bool,
                padding: tuple[float, float, float, float] = (0, 0, 0, 0)) -> Table:
    """A table whose grid (w:tblGrid), cell widths and total width agree, with a fixed layout and
    the given cell padding (left, right, top, bottom in pt): LibreOffice and Word keep the widths."""
    table = container.add_table(rows=rows, cols=len(widths_pt))
    if borders:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(round(sum(widths_pt) * 20)))
    width.set(qn("w:type"), "dxa")
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(width)
    layout = _child(tbl_pr, "w:tblLayout")
    layout.set(qn("w:type"), "fixed")  # type: ignore[attr-defined]
    margins = _child(tbl_pr, "w:tblCellMar")
    left, right, top, bottom = padding
    for edge, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        element = _child(margins, f"w:{edge}")
        element.set(qn("w:w"), str(round(value * 20)))  # type: ignore[attr-defined]
        element.set(qn("w:type"), "dxa")  # type: ignore[attr-defined]
    indent = _child(tbl_pr, "w:tblInd")
    indent.set(qn("w:w"), "0")  # type: ignore[attr-defined]
    indent.set(qn("w:type"), "dxa")  # type: ignore[attr-defined]
    if not borders:
        edges = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), "nil")
            edges.append(element)
        tbl_pr.append(edges)
    grid = table._tbl.tblGrid
    for column, value in zip(grid.findall(qn("w:gridCol")), widths_pt, strict=True):
        column.set(qn("w:w"), str(round(value * 20)))
    for row in table.rows:
        for cell, value in zip(row.cells, widths_pt, strict=True):
            cell.width = Pt(value)
    return table


def row_flags(row: object, header: bool = False, cant_split: bool = True) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    if cant_split:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def page_number_field(p: Paragraph, size: float) -> None:
    r = p.add_run()
    r.font.size = Pt(size)
    r.font.name = FONT
    set_run_font(r._r)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        r._r.append(element)


def picture(doc: DocxDocument, png: bytes, width_pt: float) -> Paragraph:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(8)
    p.add_run().add_picture(io.BytesIO(png), width=Pt(width_pt))
    return p
