"""Paragraph styles of a report, built from a Layout and the registered font family."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph

from desktop_app.reports.fonts import FontSet
from desktop_app.reports.layout import Layout
from desktop_app.reports.texts import nfc


def markup(text: str) -> str:
    """NFC text escaped for a reportlab Paragraph."""
    return escape(nfc(text))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle  # "I. KẾT QUẢ THỰC HIỆN": bold
    subheading: ParagraphStyle  # "1. …": bold
    minor: ParagraphStyle  # "2.1. …": bold italic
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    centre_italic: ParagraphStyle
    recipients_title: ParagraphStyle
    recipients: ParagraphStyle
    signer: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_head: ParagraphStyle
    cell_group: ParagraphStyle

    def p(self, text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(markup(text), style)


def make_styles(layout: Layout, fonts: FontSet) -> Styles:
    size = layout.body_size
    body = ParagraphStyle(
        "body", fontName=fonts.regular, fontSize=size, leading=layout.leading, alignment=TA_JUSTIFY,
        firstLineIndent=layout.first_line_indent_cm * cm, spaceAfter=layout.paragraph_space,
        spaceBefore=0, allowWidows=0, allowOrphans=0)
    heading = ParagraphStyle("heading", parent=body, fontName=fonts.bold, keepWithNext=1)
    subheading = ParagraphStyle("subheading", parent=heading)
    minor = ParagraphStyle("minor", parent=heading, fontName=fonts.bold_italic)
    centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    centre_bold = ParagraphStyle("centre_bold", parent=centre, fontName=fonts.bold)
    centre_italic = ParagraphStyle("centre_italic", parent=centre, fontName=fonts.italic)
    recipients_title = ParagraphStyle(
        "recipients_title", fontName=fonts.bold_italic, fontSize=layout.recipients_title_size,
        leading=layout.recipients_title_size * 1.2, alignment=TA_LEFT)
    recipients = ParagraphStyle(
        "recipients", fontName=fonts.regular, fontSize=layout.recipients_size,
        leading=layout.recipients_size * 1.2, alignment=TA_LEFT)
    signer = ParagraphStyle(
        "signer", fontName=fonts.bold, fontSize=layout.signer_size, leading=layout.signer_size * 1.2,
        alignment=TA_CENTER)
    tsize = layout.table_size
    cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=tsize, leading=round(tsize * 1.15, 2),
                          alignment=TA_LEFT)
    cell_centre = ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER)
    cell_head = ParagraphStyle("cell_head", parent=cell_centre, fontName=fonts.bold)
    cell_group = ParagraphStyle("cell_group", parent=cell, fontName=fonts.bold)
    return Styles(body, heading, subheading, minor, centre, centre_bold, centre_italic,
                  recipients_title, recipients, signer, cell, cell_centre, cell_head, cell_group)
