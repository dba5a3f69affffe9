"""Export to .xlsx: any grid of the app, and a period's report appendix with its summary counts.

Every text goes through :func:`desktop_app.exchange.excel.workbook.write`, so a value such as
"=HYPERLINK(…)" or "+84 24…" is stored as text and never evaluated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from desktop_app.domain.status import REPORT_LABELS, ReportStatus
from desktop_app.domain.text import sort_key
from desktop_app.exchange.excel import workbook as wbk
from desktop_app.exchange.excel.columns import deadline_text
from desktop_app.services.database import Database
from desktop_app.services.periods import get_period
from desktop_app.services.plans import get_plan
from desktop_app.services.standing import task_standings
from desktop_app.services.tasks import list_groups

APPENDIX_SHEET = "Phụ lục"
SUMMARY_SHEET = "Tổng hợp"
APPENDIX_HEADERS = ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Tình trạng",
                    "Kết quả thực hiện")
APPENDIX_WIDTHS = (7, 50, 24, 26, 15, 19, 55)
NO_LEAD = "(Chưa giao đơn vị chủ trì)"


def export_rows(path: str | Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]], *,
                sheet_name: str = "Dữ liệu", subtitle: str = "") -> Path:
    """A grid as shown on screen: a title, a frozen header with a filter, the rows, fitted widths."""
    wb, ws = wbk.new_workbook(_sheet_title(sheet_name))
    lines = [(title, wbk.TITLE_FONT)] + ([(subtitle, wbk.NOTE_FONT)] if subtitle else [])
    header = wbk.title_rows(ws, lines, max(1, len(headers))) + 1
    wbk.header_row(ws, header, list(headers))
    for offset, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            wbk.write(ws, header + offset, column, value)
    if headers:
        ws.auto_filter.ref = f"A{header}:{get_column_letter(len(headers))}{header + max(1, len(rows))}"
    wbk.set_widths(ws, wbk.fitted_widths(headers, rows))
    wbk.a4_landscape(ws)
    return wbk.save(wb, path)


def _sheet_title(name: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "Dữ liệu"
    return cleaned[:31]


@dataclass(frozen=True)
class AppendixLine:
    number: str
    content: str
    lead: str
    coordinators: str
    deadline: str
    status: ReportStatus | None  # None for a group heading
    result: str
    group_title: str = ""


def appendix_lines(db: Database, plan_ref: str, period: str, as_of: date | None = None,
                   count_drafts: bool = False) -> list[AppendixLine]:
    """The appendix rows: a heading per group, then per task its lead unit's status and results
    (other units' results follow, each under its name) — the standing every report counts
    (services/standing.py)."""
    plan = get_plan(db, plan_ref)
    groups = {g.id: g for g in list_groups(db, plan.id)}
    lines: list[AppendixLine] = []
    current = ""
    for line in task_standings(db, plan.id, period, as_of, count_drafts=count_drafts):
        task, lead = line.task, line.main
        group = groups[task.group_id]
        if task.group_id != current:
            current = task.group_id
            lines.append(AppendixLine(group.number, group.title, "", "", "", None, ""))
        results = [lead.result] if lead is not None and lead.result else []
        results += [f"{r.unit_name}: {r.result}" for r in line.others if r.result]
        lines.append(AppendixLine(task.number, task.content, task.lead_unit_name,
                                  "; ".join(task.coordinating_unit_names), deadline_text(task.schedule),
                                  line.status, "\n".join(results), group.title))
    return lines


def export_period(db: Database, plan_ref: str, period: str, path: str | Path, as_of: date | None = None,
                  count_drafts: bool = False) -> Path:
    """The report appendix of a period (sheet "Phụ lục") and counts per group and per lead unit
    (sheet "Tổng hợp")."""
    plan = get_plan(db, plan_ref)
    the_period = get_period(db, period)
    lines = appendix_lines(db, plan.id, the_period.code, as_of, count_drafts)
    wb, ws = wbk.new_workbook(APPENDIX_SHEET)
    top = [("PHỤ LỤC", wbk.TITLE_FONT),
           (f"TÌNH HÌNH THỰC HIỆN NHIỆM VỤ {the_period.label.upper()}", wbk.SUBTITLE_FONT),
           (f"(Thực hiện {plan.label}" + (f" của {plan.issuer_name}" if plan.issuer_name else "") + ")",
            wbk.NOTE_FONT)]
    header = wbk.title_rows(ws, top, len(APPENDIX_HEADERS)) + 1
    wbk.header_row(ws, header, APPENDIX_HEADERS)
    for offset, line in enumerate(lines, start=1):
        r = header + offset
        heading = line.status is None
        values = [line.number, line.content, line.lead, line.coordinators, line.deadline,
                  REPORT_LABELS[line.status] if line.status is not None else "", line.result]
        for column, value in enumerate(values, start=1):
            cell = wbk.write(ws, r, column, value, font=wbk.GROUP_FONT if heading else wbk.BODY_FONT,
                             alignment=wbk.CENTRE if column in (1, 5, 6) else wbk.WRAP)
            if heading:
                cell.fill = wbk.GROUP_FILL
    wbk.set_widths(ws, APPENDIX_WIDTHS)
    wbk.a4_landscape(ws)
    _summary_sheet(wb, lines, f"{the_period.label} — {plan.label}")
    return wbk.save(wb, path)


def _summary_sheet(wb: Workbook, lines: list[AppendixLine], subtitle: str) -> None:
    ws = wb.create_sheet(SUMMARY_SHEET)
    statuses = list(ReportStatus)
    headers = ["Nhóm / đơn vị", "Tổng số", *(REPORT_LABELS[s] for s in statuses)]
    row = wbk.title_rows(ws, [("TỔNG HỢP TÌNH HÌNH THỰC HIỆN", wbk.TITLE_FONT), (subtitle, wbk.NOTE_FONT)],
                         len(headers)) + 1
    tasks = [line for line in lines if line.status is not None]
    by_group: dict[str, list[ReportStatus]] = {}
    for line in tasks:
        assert line.status is not None
        by_group.setdefault(line.group_title, []).append(line.status)
    by_lead: dict[str, list[ReportStatus]] = {}
    for line in tasks:
        assert line.status is not None
        by_lead.setdefault(line.lead or NO_LEAD, []).append(line.status)
    lead_order = sorted(by_lead, key=lambda name: (name == NO_LEAD, sort_key(name)))
    everything = [line.status for line in tasks if line.status is not None]
    first = True
    for caption, buckets, order in (("Theo nhóm nhiệm vụ", by_group, list(by_group)),
                                    ("Theo đơn vị chủ trì", by_lead, lead_order)):
        wbk.write(ws, row, 1, caption, font=wbk.SUBTITLE_FONT, border=False)
        row += 1
        wbk.header_row(ws, row, headers, freeze=first)
        first = False
        for label in [*order, "Tổng cộng"]:
            row += 1
            found = everything if label == "Tổng cộng" else buckets[label]
            font = wbk.GROUP_FONT if label == "Tổng cộng" else wbk.BODY_FONT
            wbk.write(ws, row, 1, label, font=font)
            wbk.write(ws, row, 2, len(found), font=font, alignment=wbk.CENTRE)
            for column, status in enumerate(statuses, start=3):
                wbk.write(ws, row, column, found.count(status), font=font, alignment=wbk.CENTRE)
        row += 2
    wbk.set_widths(ws, [45, 9] + [13] * len(statuses))
    wbk.a4_landscape(ws)


def period_file_name(plan_reference: str, period: str) -> str:
    """A default file name: "Phu-luc_215-KH-UBND_2024-Q2.xlsx"."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in plan_reference)
    return f"Phu-luc_{safe}_{period}.xlsx"

