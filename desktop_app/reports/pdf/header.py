"""The ND30 header (two columns), the title block and the signature block with Nơi nhận."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.reports.body import recipients_lines
from desktop_app.reports.data import ReportData
from desktop_app.reports.fonts import FontSet
from desktop_app.reports.layout import MOTTO, NATIONAL, PARTY_NATIONAL, SIGNER_BLANK, Layout
from desktop_app.reports.pdf.flowables import ColumnLayout, Line, Mark, MarkPosition, PlacedBlock
from desktop_app.reports.pdf.styles import Styles
from desktop_app.reports.texts import upper


def header_block(data: ReportData, layout: Layout, fonts: FontSet, width: float) -> PlacedBlock:
    """Left: governing body, issuing body (bold) and its short rule, Số; right: Quốc hiệu, Tiêu ngữ
    and its full-length rule (Party: ĐẢNG CỘNG SẢN VIỆT NAM and a rule), the place and date."""
    s = data.settings
    split = width * layout.left_fraction
    left = ColumnLayout(split, split / 2)
    right = ColumnLayout(width - split, split + (width - split) / 2)
    if s.governing_body:
        left.text(Line(upper(s.governing_body), fonts.regular, layout.governing_size))
    left.text(Line(upper(s.issuing_body), fonts.bold, layout.issuing_size))
    if layout.party:
        left.text(Line("*", fonts.regular, layout.issuing_size))
        right.text(Line(PARTY_NATIONAL, fonts.bold, layout.national_size))
        right.rule(right.widest, gap=3.0)
    else:
        left.rule(left.widest * layout.rule_fraction, gap=3.0)
        right.text(Line(NATIONAL, fonts.bold, layout.national_size))
        right.text(Line(MOTTO, fonts.bold, layout.motto_size))
        right.rule(right.widest, gap=3.0)
    # Số / ký hiệu and the date line share one row under both columns
    row = max(left.y, right.y) + 4.0
    left.y = right.y = row
    left.text(Line(data.number_line, fonts.regular, layout.number_size))
    right.text(Line(data.date_line, fonts.italic, layout.date_size))
    height = max(left.y, right.y) + 6.0
    return PlacedBlock(left.placed + right.placed, height, layout.rule_width)


def title_block(data: ReportData, layout: Layout, fonts: FontSet, width: float,
                recipient: str = "") -> list[Flowable]:
    """"BÁO CÁO", the trích yếu under it (bold, centred) and a short rule; "Kính gửi: …"."""
    column = ColumnLayout(width * 0.85, width / 2, 12.0)
    column.text(Line(data.doc_type, fonts.bold, layout.type_size))
    column.text(Line(data.summary, fonts.bold, layout.summary_size))
    # the rule measures the summary's widest line
    column.rule(column.widest * layout.rule_fraction, gap=4.0, after=10.0)
    out: list[Flowable] = [PlacedBlock(column.placed, column.y, layout.rule_width)]
    if recipient:
        column = ColumnLayout(width, width / 2)
        column.text(Line(f"Kính gửi: {recipient}", fonts.regular, layout.body_size))
        column.space(8.0)
        out.append(PlacedBlock(column.placed, column.y, layout.rule_width))
    return out


def signature_block(data: ReportData, layout: Layout, styles: Styles, width: float,
                    marks: list[MarkPosition] | None = None) -> Table:
    """Nơi nhận on the left (level with the signer's title), the signer on the right; a dotted
    blank where no signer's name is set.

    ``marks`` receives where the signer's room starts (under the title) and ends (over the name)."""
    s = data.settings
    left: list[Flowable] = [Paragraph("Nơi nhận:", styles.recipients_title)]
    left += [styles.p(line, styles.recipients) for line in recipients_lines(data)]
    right: list[Flowable] = [styles.p(upper(line), styles.signer) for line in s.signer_authority if line]
    if s.signer_title:
        right.append(styles.p(upper(s.signer_title), styles.signer))
    _, signer_width = layout.signer_column(width)
    if marks is not None:
        right.append(Mark("signature_top", marks))
    right.append(Spacer(1, layout.signature_space))
    if marks is not None:
        right.append(Mark("signature_bottom", marks))
    right.append(styles.p(s.signer_name or SIGNER_BLANK, styles.signer))
    table = Table([[left, right]], colWidths=[width - signer_width, signer_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    table.spaceBefore = layout.signature_gap
    return table
