"""DOCX (python-docx) of every report kind with the PDF's layout: A4 (appendix and task list
landscape), ND30 margins, Times New Roman, the same sizes and leading, the header's column widths,
rules of the PDF's lengths (measured on the PDF's own header block), table columns of the PDF's
widths, the charts as pictures, page numbers in the header from page 2."""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from desktop_app import APP_NAME, __version__
from desktop_app.reports.body import (
    Block,
    appendix_heading,
    appendix_summaries,
    body_blocks,
    recipient_to,
    recipients_lines,
)
from desktop_app.reports.data import ReportData
from desktop_app.reports.docx import parts
from desktop_app.reports.docx.parts import FONT, para, rule
from desktop_app.reports.fonts import FontSet, report_fonts
from desktop_app.reports.grids import Grid, overdue_grid, target_grid, task_grid
from desktop_app.reports.layout import MOTTO, NATIONAL, PARTY_NATIONAL, SIGNER_BLANK, Layout, layout_for
from desktop_app.reports.pdf.charts import status_bars, target_bars
from desktop_app.reports.pdf.document import text_width
from desktop_app.reports.pdf.flowables import PlacedBlock
from desktop_app.reports.pdf.header import header_block, title_block
from desktop_app.reports.pdf.render import STATUS_CHART_TITLE, TARGET_CHART_TITLE
from desktop_app.reports.pdf.tables import PADDING
from desktop_app.reports.texts import nfc, upper

HEAD_FILL = "F2F2F2"


def _rules(block: PlacedBlock) -> list[tuple[float, float]]:
    """(x centre, length) of each rule the PDF draws in a block."""
    return [(p.x_centre, p.length) for p in block.placed if p.kind == "rule"]


def _header(doc: DocxDocument, data: ReportData, layout: Layout, fonts: FontSet, width: float) -> None:
    s = data.settings
    split = width * layout.left_fraction
    table = parts.fixed_table(doc, 2, [split, width - split], borders=False)
    left, right = table.cell(0, 0), table.cell(0, 1)
    rules = _rules(header_block(data, layout, fonts, width))
    left_rules = [length for x, length in rules if x < split]
    right_rules = [length for x, length in rules if x >= split]
    first = True
    if s.governing_body:
        para(left, upper(s.governing_body), layout.governing_size, first=True)
        first = False
    para(left, upper(s.issuing_body), layout.issuing_size, bold=True, first=first)
    if layout.party:
        para(left, "*", layout.issuing_size)
        para(right, PARTY_NATIONAL, layout.national_size, bold=True, first=True)
    else:
        para(right, NATIONAL, layout.national_size, bold=True, first=True)
        para(right, MOTTO, layout.motto_size, bold=True)
    for cell, lengths, box in ((left, left_rules, split), (right, right_rules, width - split)):
        for length in lengths:
            rule(cell, length, box, space_before=1)
    para(table.cell(1, 0), data.number_line, layout.number_size, first=True, space_before=4)
    para(table.cell(1, 1), data.date_line, layout.date_size, italic=True, first=True, space_before=4)


def _title(doc: DocxDocument, data: ReportData, layout: Layout, fonts: FontSet, width: float) -> None:
    # the PDF: 6 pt under the header block, then 12 pt before the title's first line
    para(doc, data.doc_type, layout.type_size, bold=True, space_before=18)
    summary = para(doc, data.summary, layout.summary_size, bold=True)
    summary.paragraph_format.left_indent = summary.paragraph_format.right_indent = Pt(width * 0.075)
    for _x, length in _rules(title_block(data, layout, fonts, width)[0]):
        rule(doc, length, width, space_before=2, space_after=10)
    recipient = recipient_to(data)
    if recipient:
        para(doc, f"Kính gửi: {recipient}", layout.body_size, space_after=8)


def _body_para(doc: DocxDocument, block: Block, layout: Layout) -> None:
    heading = block.kind != "para"
    p = para(doc, "", layout.body_size, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=layout.paragraph_space,
             indent=layout.first_line_indent_cm)
    p.paragraph_format.keep_with_next = block.keep_with_next
    p.paragraph_format.widow_control = True
    for text, bold in block.runs:
        parts.run(p, text, layout.body_size, bold=bold or heading, italic=block.kind == "minor")


def _grid(doc: DocxDocument, grid: Grid, width: float, size: float) -> None:
    """A grid with the PDF's column widths, cell padding and bold header / group / total rows;
    the header row repeats on each page, rows do not split, a group row stays with its first task."""
    table = parts.fixed_table(doc, 1, [c.width * width for c in grid.columns], borders=True, padding=PADDING)
    header = table.rows[0]
    parts.row_flags(header, header=True)
    for cell, column in zip(header.cells, grid.columns, strict=True):
        para(cell, column.title, size, bold=True, first=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        parts.shade(cell, HEAD_FILL)
    for row in grid.rows:
        added = table.add_row()
        parts.row_flags(added)
        for cell, column, text in zip(added.cells, grid.columns, row.cells, strict=True):
            align = WD_ALIGN_PARAGRAPH.CENTER if column.centre or column is grid.columns[0] else WD_ALIGN_PARAGRAPH.LEFT
            p = para(cell, text, size, bold=row.bold, first=True, align=align)
            parts.exact_leading(p, size, 1.15)
            p.paragraph_format.keep_with_next = row.kind == "group"
    for cell in header.cells:
        for p in cell.paragraphs:
            parts.exact_leading(p, size, 1.15)


def _chart_png(drawing: object) -> bytes:
    from desktop_app.reports.docx.pictures import drawing_png

    return drawing_png(drawing)


def _signature(doc: DocxDocument, data: ReportData, layout: Layout, width: float) -> None:
    s = data.settings
    offset, signer_width = layout.signer_column(width)
    table = parts.fixed_table(doc, 1, [offset, signer_width], borders=False)
    parts.row_flags(table.rows[0])
    left, right = table.cell(0, 0), table.cell(0, 1)
    para(left, "Nơi nhận:", layout.recipients_title_size, bold=True, italic=True, first=True,
         align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in recipients_lines(data):
        para(left, line, layout.recipients_size, align=WD_ALIGN_PARAGRAPH.LEFT)
    lines = [upper(x) for x in s.signer_authority if x] + ([upper(s.signer_title)] if s.signer_title else [])
    for index, line in enumerate(lines):
        para(right, line, layout.signer_size, bold=True, first=index == 0)
    name = para(right, s.signer_name or SIGNER_BLANK, layout.signer_size, bold=True, first=not lines)
    name.paragraph_format.space_before = Pt(layout.signature_space)


def _gap(doc: DocxDocument, points: float) -> None:
    p = doc.add_paragraph()
    parts.exact_leading(p, points, 1.0)
    p.paragraph_format.space_after = Pt(0)


def _report_body(doc: DocxDocument, data: ReportData, layout: Layout, fonts: FontSet, width: float) -> None:
    blocks = body_blocks(data)
    for index, block in enumerate(blocks):
        if block.kind == "targets":
            _grid(doc, target_grid(data.targets), width, layout.table_size)
            _gap(doc, 8)
        elif block.kind == "overdue_table":
            _grid(doc, overdue_grid(data.groups[block.group].tasks, data), width, layout.table_size)
            _gap(doc, 8)
        elif block.kind == "status_chart":
            parts.picture(doc, _chart_png(status_bars(data.by_group, fonts, width, STATUS_CHART_TITLE)), width)
        elif block.kind == "target_chart":
            parts.picture(doc, _chart_png(target_bars(data.targets, fonts, width, TARGET_CHART_TITLE)), width)
        else:
            _body_para(doc, block, layout)
            if index == len(blocks) - 1:  # the last paragraph stays with Nơi nhận and the signature
                doc.paragraphs[-1].paragraph_format.keep_with_next = True
    _gap(doc, layout.signature_gap)
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    _signature(doc, data, layout, width)


def _appendix(doc: DocxDocument, data: ReportData, layout: Layout, fonts: FontSet, width: float) -> None:
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    label, title, basis = appendix_heading(data)
    para(doc, label, 14, bold=True)
    para(doc, title, 14, bold=True)
    para(doc, basis, 14, italic=True)
    widest = max(stringWidth(x, fonts.italic, 14) for x in simpleSplit(basis, fonts.italic, 14, width))
    rule(doc, widest * layout.rule_fraction, width, space_before=2, space_after=12)
    _grid(doc, task_grid(data.groups, data.kind), width, layout.table_size)
    for heading, grid in appendix_summaries(data):
        p = para(doc, heading, layout.body_size, bold=True, space_before=14)
        p.paragraph_format.keep_with_next = True
        _grid(doc, grid, width, layout.table_size)


def render_docx(data: ReportData) -> bytes:
    layout = layout_for(data.party)
    fonts = report_fonts(invariant=True)  # Liberation Serif: Times New Roman's metrics, for measuring
    wide = data.kind in ("appendix", "task_list")
    doc = Document()
    section = doc.sections[0]
    if wide:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(layout.top), Mm(layout.bottom)
    section.left_margin, section.right_margin = Mm(layout.left), Mm(layout.right)
    section.header_distance = Mm(layout.top / 2 - 2.5)
    width = text_width(layout, landscape_=wide)

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(layout.body_size)
    parts.set_run_font(normal.element)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    # page numbers: none on the first page, centred in the top margin from page 2
    section.different_first_page_header_footer = True
    header_p = section.header.paragraphs[0]
    header_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts.page_number_field(header_p, layout.page_number_size)

    if wide:
        _appendix(doc, data, layout, fonts, width)
    else:
        _header(doc, data, layout, fonts, width)
        _title(doc, data, layout, fonts, width)
        _report_body(doc, data, layout, fonts, width)
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


__all__ = ["render_docx"]
