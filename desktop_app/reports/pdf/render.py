"""PDF of every kind of report, from a ReportData."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop_app.reports.body import Block, body_blocks, recipient_to
from desktop_app.reports.data import ReportData
from desktop_app.reports.fonts import FontSet, report_fonts
from desktop_app.reports.layout import Layout, layout_for
from desktop_app.reports.pdf.charts import status_bars, target_bars
from desktop_app.reports.pdf.document import build_pdf, text_width
from desktop_app.reports.pdf.flowables import ColumnLayout, Line, MarkPosition, PlacedBlock
from desktop_app.reports.pdf.header import header_block, signature_block, title_block
from desktop_app.reports.pdf.styles import Styles, make_styles, markup
from desktop_app.reports.pdf.tables import counts_table, overdue_table, target_table, task_table
from desktop_app.reports.texts import long_date, upper


def _flowables(blocks: list[Block], data: ReportData, styles: Styles, fonts: FontSet,
               width: float) -> list[Flowable]:
    style_of = {"heading": styles.heading, "subheading": styles.subheading, "minor": styles.minor,
                "para": styles.body}
    out: list[Flowable] = []
    for block in blocks:
        if block.kind == "targets":
            out += [CondPageBreak(40 * mm), target_table(data.targets, styles, width), Spacer(1, 8)]
        elif block.kind == "status_chart":
            out += [Spacer(1, 4), status_bars(data.by_group, fonts, width,
                                              "Biểu đồ: kết quả thực hiện theo nhóm nhiệm vụ"), Spacer(1, 8)]
        elif block.kind == "target_chart":
            out += [target_bars(data.targets, fonts, width, "Biểu đồ: năm gốc → kết quả kỳ này → mục tiêu"),
                    Spacer(1, 8)]
        elif block.kind == "overdue_table":
            out += [overdue_table(data.groups[block.group].tasks, data, styles, width), Spacer(1, 8)]
        else:
            text = "".join(f"<b>{markup(t)}</b>" if bold and block.kind == "para" else markup(t)
                           for t, bold in block.runs)
            out.append(Paragraph(text, style_of[block.kind]))
    return out


def report_story(data: ReportData, layout: Layout, fonts: FontSet, styles: Styles,
                 marks: list[MarkPosition] | None = None) -> list[Flowable]:
    width = text_width(layout)
    story: list[Flowable] = [header_block(data, layout, fonts, width),
                             *title_block(data, layout, fonts, width, recipient_to(data))]
    story += _flowables(body_blocks(data), data, styles, fonts, width)
    story.append(signature_block(data, layout, styles, width, marks))
    return story


def appendix_story(data: ReportData, layout: Layout, fonts: FontSet, styles: Styles) -> list[Flowable]:
    """Phụ lục (landscape): "Phụ lục", its title, "(Kèm theo …)", the task table, the counts."""
    width = text_width(layout, landscape_=True)
    column = ColumnLayout(width, width / 2)
    column.text(Line("Phụ lục", fonts.bold, 14))
    if data.kind == "task_list":
        column.text(Line("DANH MỤC NHIỆM VỤ", fonts.bold, 14))
        basis = f"Kế hoạch số {data.plan_reference}"
        if data.plan_issued_on:
            basis += f" {long_date(data.plan_issued_on)}"
        if data.plan_issuer:
            basis += f" của {data.plan_issuer}"
    else:
        column.text(Line(upper(f"Kết quả thực hiện các nhiệm vụ của Kế hoạch số {data.plan_reference} "
                               f"{data.period_label}"), fonts.bold, 14))
        basis = f"Báo cáo số {data.reference} {data.long_date}"
        if data.settings.issuer_name:
            basis += f" của {data.settings.issuer_name}"
    column.text(Line(f"(Kèm theo {basis})", fonts.italic, 14))
    column.rule(column.widest * layout.rule_fraction, gap=4.0, after=12.0)
    story: list[Flowable] = [PlacedBlock(column.placed, column.y, layout.rule_width),
                             task_table(data.groups, styles, width, data.kind)]
    if data.kind == "appendix":
        story += [Spacer(1, 14), Paragraph("TỔNG HỢP KẾT QUẢ THEO NHÓM NHIỆM VỤ", styles.centre_bold),
                  counts_table("Nhóm nhiệm vụ, giải pháp", data.by_group, styles, width),
                  Spacer(1, 14), Paragraph("TỔNG HỢP KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ", styles.centre_bold),
                  counts_table("Đơn vị chủ trì", data.by_unit, styles, width)]
    return story


def render_pdf(data: ReportData, invariant: bool = False, fonts: FontSet | None = None,
               marks: list[MarkPosition] | None = None) -> bytes:
    """The report's PDF; ``marks`` (when given) receives where the signature block's room lies."""
    layout = layout_for(data.party)
    fonts = fonts or report_fonts(invariant=invariant)
    styles = make_styles(layout, fonts)
    title = f"{data.doc_type} {data.summary}"
    if data.kind in ("appendix", "task_list"):
        return build_pdf(appendix_story(data, layout, fonts, styles), layout, fonts, landscape_=True,
                         title=title, invariant=invariant)
    return build_pdf(report_story(data, layout, fonts, styles, marks), layout, fonts, title=title,
                     invariant=invariant)
