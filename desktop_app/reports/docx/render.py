"""DOCX (python-docx) of a portrait report with the PDF's layout: A4, ND30 margins, Times New Roman,
the same sizes, rules as paragraph borders, page numbers in the header from page 2."""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app import APP_NAME, __version__
from desktop_app.reports.body import CHART_BLOCKS, Block, body_blocks, recipient_to, recipients_lines
from desktop_app.reports.data import ReportData
from desktop_app.reports.fonts import report_fonts
from desktop_app.reports.layout import MOTTO, NATIONAL, PARTY_NATIONAL, Layout, layout_for
from desktop_app.reports.pdf.tables import OVERDUE_COLUMNS, TARGET_COLUMNS, overdue_state
from desktop_app.reports.texts import nfc, number_text, short_date, upper

FONT = "Times New Roman"  # Word on Windows has it; LibreOffice maps it to Liberation Serif


def _set_run_font(run_element: object, name: str = FONT) -> None:
    rpr = run_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _run(p: Paragraph, text: str, size: float, bold: bool = False, italic: bool = False) -> None:
    run = p.add_run(nfc(text))
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    _set_run_font(run._r)


def _para(container: DocxDocument | _Cell, text: str = "", size: float = 14, bold: bool = False,
          italic: bool = False, align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.CENTER,
          space_after: float = 0, indent: float | None = None) -> Paragraph:
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(space_after)
    fmt.first_line_indent = Cm(indent) if indent else None
    if text:
        for index, line in enumerate(nfc(text).split("\n")):
            if index:
                p.add_run().add_break()
            _run(p, line, size, bold, italic)
    return p


def _first_para(cell: _Cell, text: str, size: float, bold: bool = False, italic: bool = False) -> Paragraph:
    """Use a new cell's empty first paragraph for the first line."""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    for index, line in enumerate(nfc(text).split("\n")):
        if index:
            p.add_run().add_break()
        _run(p, line, size, bold, italic)
    return p


def _rule(container: DocxDocument | _Cell, length_pt: float, box_pt: float, space_after: float = 4) -> Paragraph:
    """A centred solid rule: an empty 1-pt paragraph whose bottom border is ``length_pt`` long."""
    p = container.add_paragraph()
    side = max(0.0, (box_pt - length_pt) / 2)
    fmt = p.paragraph_format
    fmt.left_indent = Pt(side)
    fmt.right_indent = Pt(side)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(space_after)
    fmt.line_spacing = Pt(2)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "5"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
    return p


def _no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _widths(table: Table, widths_pt: list[float]) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths_pt, strict=True):
            cell.width = Pt(width)


def _page_number_field(p: Paragraph, size: float) -> None:
    run = p.add_run()
    run.font.size = Pt(size)
    run.font.name = FONT
    _set_run_font(run._r)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _width_of(text: str, size: float, bold: bool) -> float:
    fonts = report_fonts(invariant=True)  # Liberation Serif: Times New Roman's metrics
    return max((stringWidth(line, fonts.bold if bold else fonts.regular, size)
                for line in nfc(text).split("\n")), default=0.0)


def _header(doc: DocxDocument, data: ReportData, layout: Layout, width: float) -> None:
    s = data.settings
    split = width * layout.left_fraction
    table = doc.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _widths(table, [split, width - split])
    left, right = table.cell(0, 0), table.cell(0, 1)
    pad = 10.8  # Word's default cell margins, 0.08" each side
    if s.governing_body:
        _first_para(left, upper(s.governing_body), layout.governing_size)
        _para(left, upper(s.issuing_body), layout.issuing_size, bold=True)
    else:
        _first_para(left, upper(s.issuing_body), layout.issuing_size, bold=True)
    widest = _width_of(upper(s.issuing_body), layout.issuing_size, True)
    if layout.party:
        _para(left, "*", layout.issuing_size)
        _first_para(right, PARTY_NATIONAL, layout.national_size, bold=True)
        _rule(right, _width_of(PARTY_NATIONAL, layout.national_size, True), width - split - pad)
    else:
        _rule(left, widest * layout.rule_fraction, split - pad)
        _first_para(right, NATIONAL, layout.national_size, bold=True)
        _para(right, MOTTO, layout.motto_size, bold=True)
        _rule(right, _width_of(MOTTO, layout.motto_size, True), width - split - pad)
    _first_para(table.cell(1, 0), data.number_line, layout.number_size)
    _first_para(table.cell(1, 1), data.date_line, layout.date_size, italic=True)


def _title(doc: DocxDocument, data: ReportData, layout: Layout, width: float) -> None:
    _para(doc, "", 6)
    _para(doc, data.doc_type, layout.type_size, bold=True)
    _para(doc, data.summary, layout.summary_size, bold=True)
    fonts = report_fonts(invariant=True)
    lines = simpleSplit(nfc(data.summary), fonts.bold, layout.summary_size, width * 0.85)
    widest = max((stringWidth(x, fonts.bold, layout.summary_size) for x in lines), default=0.0)
    _rule(doc, widest * layout.rule_fraction, width, space_after=10)
    recipient = recipient_to(data)
    if recipient:
        _para(doc, f"Kính gửi: {recipient}", layout.body_size, space_after=8)


def _body_para(doc: DocxDocument, block: Block, layout: Layout) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt = p.paragraph_format
    fmt.first_line_indent = Cm(layout.first_line_indent_cm)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(layout.paragraph_space)
    fmt.line_spacing = 1.0
    fmt.keep_with_next = block.keep_with_next
    heading = block.kind != "para"
    for text, bold in block.runs:
        _run(p, text, layout.body_size, bold=bold or heading, italic=block.kind == "minor")


def _grid_table(doc: DocxDocument, head: list[str], rows: list[list[str]], shares: list[float],
                width: float, size: float, centred: list[bool]) -> None:
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, title in zip(table.rows[0].cells, head, strict=True):
        _first_para(cell, title, size, bold=True)
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    for values in rows:
        cells = table.add_row().cells
        for cell, value, centre in zip(cells, values, centred, strict=True):
            p = _first_para(cell, value, size)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
    _widths(table, [share * width for share in shares])
    _para(doc, "", 6)


def _signature(doc: DocxDocument, data: ReportData, layout: Layout, width: float) -> None:
    s = data.settings
    _para(doc, "", 6)
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [width / 2, width / 2])
    left, right = table.cell(0, 0), table.cell(0, 1)
    p = _first_para(left, "Nơi nhận:", layout.recipients_title_size, bold=True, italic=True)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for line in recipients_lines(data):
        _para(left, line, layout.recipients_size, align=WD_ALIGN_PARAGRAPH.LEFT)
    lines = [upper(x) for x in s.signer_authority if x] + ([upper(s.signer_title)] if s.signer_title else [])
    if lines:
        _first_para(right, lines[0], layout.signer_size, bold=True)
        for line in lines[1:]:
            _para(right, line, layout.signer_size, bold=True)
    spacer = _para(right, "", layout.signer_size)
    spacer.paragraph_format.space_after = Pt(layout.signature_space - layout.signer_size)
    if s.signer_name:
        _para(right, s.signer_name, layout.signer_size, bold=True)


def render_docx(data: ReportData) -> bytes:
    layout = layout_for(data.party)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(layout.top), Mm(layout.bottom)
    section.left_margin, section.right_margin = Mm(layout.left), Mm(layout.right)
    section.header_distance = Mm(layout.top / 2 - 2.5)
    width = (210 - layout.left - layout.right) * 72 / 25.4

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(layout.body_size)
    _set_run_font(normal.element)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    # page numbers: none on the first page, centred in the top margin from page 2
    section.different_first_page_header_footer = True
    header_p = section.header.paragraphs[0]
    header_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(header_p, layout.page_number_size)

    _header(doc, data, layout, width)
    _title(doc, data, layout, width)
    for block in body_blocks(data):
        if block.kind == "targets":
            _grid_table(doc, [c.title for c in TARGET_COLUMNS],
                        [[str(t.number), t.name, t.measure, t.baseline_text, t.target_text, number_text(t.value),
                          t.verdict_label] for t in data.targets],
                        [c.width for c in TARGET_COLUMNS], width, layout.table_size,
                        [c.centre for c in TARGET_COLUMNS])
        elif block.kind == "overdue_table":
            tasks = data.groups[block.group].tasks
            _grid_table(doc, [c.title for c in OVERDUE_COLUMNS],
                        [[t.number, t.content, short_date(t.due) or t.deadline, overdue_state(t, data), t.result]
                         for t in tasks],
                        [c.width for c in OVERDUE_COLUMNS], width, layout.table_size,
                        [c.centre for c in OVERDUE_COLUMNS])
        elif block.kind not in CHART_BLOCKS:  # no charts in the DOCX (no PNG renderer without heavy deps)
            _body_para(doc, block, layout)
    _signature(doc, data, layout, width)
    # the empty paragraph python-docx's template starts with
    first = doc.paragraphs[0]
    if not first.text and first._p.getparent() is doc.element.body and not first.runs:
        first._p.getparent().remove(first._p)

    props = doc.core_properties
    props.title = nfc(f"{data.doc_type} {data.summary}")
    props.author = APP_NAME
    props.last_modified_by = APP_NAME
    props.version = __version__
    props.comments = f"{APP_NAME} {__version__}"
    stamp = datetime(data.report_date.year, data.report_date.month, data.report_date.day)
    props.created = props.modified = stamp
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
