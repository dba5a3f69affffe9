"""PDF of every kind of report, from a ReportData."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop_app.domain.status import ReportStatus
from desktop_app.reports.data import ReportData, TaskLine
from desktop_app.reports.fonts import FontSet, report_fonts
from desktop_app.reports.layout import Layout, layout_for
from desktop_app.reports.narrative import SECTION_TITLES
from desktop_app.reports.pdf.document import build_pdf, text_width
from desktop_app.reports.pdf.flowables import ColumnLayout, Line, PlacedBlock
from desktop_app.reports.pdf.header import header_block, signature_block, title_block
from desktop_app.reports.pdf.styles import Styles, make_styles, markup
from desktop_app.reports.pdf.tables import counts_table, overdue_table, target_table, task_table
from desktop_app.reports.texts import long_date, nfc, short_date, upper


def counts_sentence(data: ReportData) -> str:
    """The computed paragraph of section II: x/y done, z overdue …"""
    c = data.counts
    text = (f"Tổng số {c.total} nhiệm vụ thuộc {len(data.groups)} nhóm nhiệm vụ, giải pháp. "
            f"Tính đến ngày {short_date(data.as_of)}, đã hoàn thành {c.done}/{c.total} nhiệm vụ "
            f"(đạt {c.percent_done}), trong đó hoàn thành đúng hạn {c.done_on_time} nhiệm vụ, "
            f"hoàn thành quá hạn {c.done_late} nhiệm vụ; đang thực hiện {c.in_progress} nhiệm vụ; "
            f"quá hạn chưa hoàn thành {c.overdue} nhiệm vụ; chưa thực hiện {c.not_started} nhiệm vụ")
    if c.suspended:
        text += f"; tạm dừng {c.suspended} nhiệm vụ"
    return text + "."


def _paragraphs(text: str, styles: Styles) -> list[Flowable]:
    return [Paragraph(markup(line), styles.body) for line in nfc(text).split("\n") if line.strip()]


def _task_paragraphs(t: TaskLine, styles: Styles) -> list[Flowable]:
    who = f"chủ trì: {t.lead_unit}" if t.lead_unit else "chưa giao đơn vị chủ trì"
    if t.role:
        who = f"vai trò: {t.role.lower()}"
    head = (f"- Nhiệm vụ {markup(t.number)}: {markup(t.content.rstrip('.'))} ({markup(who)}; thời hạn: "
            f"{markup(t.deadline)}). Tình trạng: <b>{markup(t.status_label)}</b>"
            + (f" ({t.percent}%)" if t.percent is not None and not t.is_done and t.percent > 0 else "") + ".")
    out: list[Flowable] = [Paragraph(head, styles.body)]
    for index, line in enumerate(l for l in nfc(t.result).split("\n") if l.strip()):
        prefix = "Kết quả: " if index == 0 else ""
        out.append(Paragraph(markup(prefix + line), styles.body))
    return out


def _heading(key: str, styles: Styles) -> Paragraph:
    return Paragraph(markup(SECTION_TITLES[key]), styles.heading)


def report_story(data: ReportData, layout: Layout, fonts: FontSet, styles: Styles) -> list[Flowable]:
    width = text_width(layout)
    recipient = ""
    if data.kind == "unit":
        recipient = data.settings.recipient_to or data.plan_issuer
    elif data.settings.recipient_to:
        recipient = data.settings.recipient_to
    story: list[Flowable] = [header_block(data, layout, fonts, width),
                             *title_block(data, layout, fonts, width, recipient)]
    story += _paragraphs(data.section("mo_dau"), styles)
    if data.kind == "overdue":
        story += _overdue_body(data, styles, width)
    else:
        story += _progress_body(data, styles, width)
    story.append(signature_block(data, layout, styles, width))
    return story


def _progress_body(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [_heading("chi_dao", styles), *_paragraphs(data.section("chi_dao"), styles)]
    story += [_heading("ket_qua", styles), Paragraph("1. Kết quả chung", styles.subheading),
              Paragraph(markup(counts_sentence(data)), styles.body)]
    story += _paragraphs(data.section("ket_qua"), styles)
    title = "2. Kết quả thực hiện các nhóm nhiệm vụ, giải pháp"
    if data.kind == "unit":
        title = "2. Kết quả thực hiện các nhiệm vụ được giao"
    story.append(Paragraph(markup(title), styles.subheading))
    for index, group in enumerate(data.groups, start=1):
        c = group.counts
        story.append(Paragraph(markup(f"2.{index}. {group.title}"), styles.minor))
        story.append(Paragraph(markup(
            f"Hoàn thành {c.done}/{c.total} nhiệm vụ; quá hạn chưa hoàn thành {c.overdue} nhiệm vụ."), styles.body))
        for t in group.tasks:
            story += _task_paragraphs(t, styles)
    if data.targets:
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph("3. Kết quả thực hiện các chỉ tiêu", styles.subheading))
        story.append(target_table(data.targets, styles, width))
        story.append(Spacer(1, 8))
    for key in ("ton_tai", "phuong_huong", "de_xuat"):
        story += [_heading(key, styles), *_paragraphs(data.section(key), styles)]
    return story


def _overdue_body(data: ReportData, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    if not data.groups:
        story.append(Paragraph("Không có nhiệm vụ quá hạn hoặc sắp đến hạn.", styles.body))
    for group in data.groups:
        overdue = sum(1 for t in group.tasks if t.status == ReportStatus.OVERDUE)
        soon = len(group.tasks) - overdue
        story.append(Paragraph(markup(f"{group.number}. {group.title} ({overdue} nhiệm vụ quá hạn, "
                                      f"{soon} nhiệm vụ sắp đến hạn)"), styles.subheading))
        story.append(overdue_table(group.tasks, data, styles, width))
        story.append(Spacer(1, 8))
    story.append(Paragraph("Đề nghị các đơn vị khẩn trương triển khai thực hiện các nhiệm vụ nêu trên và cập "
                           "nhật kết quả thực hiện đúng thời hạn.", styles.body))
    return story


def appendix_story(data: ReportData, layout: Layout, fonts: FontSet, styles: Styles) -> list[Flowable]:
    """Phụ lục (landscape): "Phụ lục", its title, "(Kèm theo …)", the task table, the counts."""
    width = text_width(layout, landscape_=True)
    column = ColumnLayout(width * 0.9, width / 2)
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
        basis = f"Báo cáo số {data.reference} {long_date(data.report_date)}"
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


def render_pdf(data: ReportData, invariant: bool = False, fonts: FontSet | None = None) -> bytes:
    layout = layout_for(data.party)
    fonts = fonts or report_fonts(invariant=invariant)
    styles = make_styles(layout, fonts)
    title = f"{data.doc_type} {data.summary}"
    if data.kind in ("appendix", "task_list"):
        return build_pdf(appendix_story(data, layout, fonts, styles), layout, fonts, landscape_=True,
                         title=title, invariant=invariant)
    return build_pdf(report_story(data, layout, fonts, styles), layout, fonts, title=title,
                     invariant=invariant)
