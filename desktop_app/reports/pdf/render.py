"""PDF of every kind of report, from a ReportData."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop_app.reports.body import Block, appendix_heading, appendix_summaries, body_blocks, recipient_to
from desktop_app.reports.data import ReportData
from desktop_app.reports.fonts import FontSet, report_fonts
from desktop_app.reports.grids import overdue_grid, target_grid, task_grid
from desktop_app.reports.layout import Layout, layout_for
from desktop_app.reports.pdf.charts import status_bars, target_bars
from desktop_app.reports.pdf.document import build_pdf, text_width
from desktop_app.reports.pdf.flowables import ColumnLayout, Line, MarkPosition, PlacedBlock
from desktop_app.reports.pdf.header import header_block, signature_block, title_block
from desktop_app.reports.pdf.styles import Styles, make_styles, markup
from desktop_app.reports.pdf.tables import grid_table, keep_with_table

STATUS_CHART_TITLE = "Biểu đồ: kết quả thực hiện theo nhóm nhiệm vụ"
TARGET_CHART_TITLE = "Biểu đồ: năm gốc → kết quả kỳ này → mục tiêu"


def _flowables(blocks: list[Block], data: ReportData, styles: Styles, fonts: FontSet,
               width: float) -> list[Flowable]:
    style_of = {"heading": styles.heading, "subheading": styles.subheading, "minor": styles.minor,
                "para": styles.body}
    out: list[Flowable] = []
    for block in blocks:
        if block.kind in ("targets", "overdue_table"):
            grid = (target_grid(data.targets) if block.kind == "targets"
                    else overdue_grid(data.groups[block.group].tasks, data))
            # the heading just before the table stays with the table's first rows
            heading = [out.pop()] if out and isinstance(out[-1], Paragraph) and _is_heading(out[-1]) else []
            out += [*keep_with_table(heading, grid_table(grid, styles, width), grid, width), Spacer(1, 8)]
        elif block.kind == "status_chart":
            out += [Spacer(1, 4), status_bars(data.by_group, fonts, width, STATUS_CHART_TITLE), Spacer(1, 8)]
        elif block.kind == "target_chart":
            out += [target_bars(data.targets, fonts, width, TARGET_CHART_TITLE), Spacer(1, 8)]
        else:
            text = "".join(f"<b>{markup(t)}</b>" if bold and block.kind == "para" else markup(t)
                           for t, bold in block.runs)
            out.append(Paragraph(text, style_of[block.kind]))
    return out


def _is_heading(paragraph: Paragraph) -> bool:
    return bool(getattr(paragraph.style, "keepWithNext", 0))


def report_story(data: ReportData, layout: Layout, fonts: FontSet, styles: Styles,
                 marks: list[MarkPosition] | None = None) -> list[Flowable]:
    width = text_width(layout)
    story: list[Flowable] = [header_block(data, layout, fonts, width),
                             *title_block(data, layout, fonts, width, recipient_to(data))]
    body = _flowables(body_blocks(data), data, styles, fonts, width)
    # Nơi nhận and the signature never stand alone on the last page: the last paragraph goes with them
    last = [body.pop()] if body and isinstance(body[-1], Paragraph) else []
    story += [*body, KeepTogether([*last, signature_block(data, layout, styles, width, marks)])]
    return story


def appendix_story(data: ReportData, layout: Layout, fonts: FontSet, styles: Styles) -> list[Flowable]:
    """Phụ lục (landscape): "Phụ lục", its title, "(Kèm theo …)", the task table, the counts."""
    width = text_width(layout, landscape_=True)
    column = ColumnLayout(width, width / 2)
    label, title, basis = appendix_heading(data)
    column.text(Line(label, fonts.bold, 14))
    column.text(Line(title, fonts.bold, 14))
    column.text(Line(basis, fonts.italic, 14))
    column.rule(column.widest * layout.rule_fraction, gap=4.0, after=12.0)
    grid = task_grid(data.groups, data.kind)
    story = keep_with_table([PlacedBlock(column.placed, column.y, layout.rule_width)],
                            grid_table(grid, styles, width), grid, width)
    if data.kind == "appendix":
        for title, grid in appendix_summaries(data):
            story += [Spacer(1, 14), *keep_with_table([Paragraph(title, styles.centre_bold)],
                                                      grid_table(grid, styles, width), grid, width)]
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
