"""Excel templates a clerk fills in: a plan's tasks, and a period's progress (task × unit).

Both carry the plan (and the period) in their top rows, a frozen header, drop-down lists for units
and statuses (kept on the hidden sheet "Danh mục"), and hidden id columns so that importing the
filled template updates the rows it came from instead of adding copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from desktop_app.db.models import Progress, Task, TaskGroup
from desktop_app.domain.periods import Period
from desktop_app.domain.status import PROGRESS_LABELS, ProgressStatus
from desktop_app.exchange.excel import workbook as wbk
from desktop_app.exchange.excel.catalog import UnitCatalog
from desktop_app.exchange.excel.columns import (
    PROGRESS_COLUMNS,
    PROGRESS_SHEET,
    TASK_COLUMNS,
    TASK_SHEET,
    Column,
    column_index,
    day_text,
    deadline_text,
)
from desktop_app.services.database import Database
from desktop_app.services.periods import resolve_period
from desktop_app.services.plans import PlanInfo, get_plan, get_plan_row
from desktop_app.services.tasks import schedule_of
from desktop_app.services.units import resolve_unit

SPARE_ROWS = 300  # empty rows below the data that keep the drop-down lists, for new entries
UNITS_LIST = "Đơn vị"
STATUS_LIST = "Tình trạng"
DEADLINE_CHOICES = '"Hằng quý,Hằng tháng,Thường xuyên"'

TASK_NOTE = ("Cách điền: dòng nhóm nhiệm vụ in đậm, STT 1, 2, … (hoặc I, II, …); dòng nhiệm vụ STT 1.1, 1.2, …. "
             "Chọn đơn vị chủ trì trong danh sách; nhiều đơn vị phối hợp cách nhau bằng dấu ';'. Thời hạn: "
             "31/12/2024, Hằng năm 15/12, Hằng quý, Hằng tháng hoặc Thường xuyên. Không sửa cột Mã (ẩn); "
             "thêm nhiệm vụ mới ở dòng trống, dưới dòng nhóm của nó.")
PROGRESS_NOTE = ("Cách điền: mỗi dòng là phần việc của một đơn vị trong một nhiệm vụ. Chọn Tình trạng trong danh "
                 "sách; % hoàn thành là số nguyên 0–100; Ngày hoàn thành dạng 31/12/2024 (bắt buộc khi đã hoàn "
                 "thành). Không sửa các cột Mã (ẩn) và không thêm dòng nhiệm vụ mới ở đây.")


@dataclass
class _Line:
    values: dict[str, object]
    group: bool = False


def _plan_lines(plan: PlanInfo) -> list[str]:
    head = plan.label + (f" của {plan.issuer_name}" if plan.issuer_name else "")
    return [head, plan.title]


def _sheet(ws: Worksheet, columns: tuple[Column, ...], top: list[tuple[str, Font]], lines: list[_Line]) -> int:
    """Title rows, header, data rows; returns the header row."""
    visible = sum(1 for c in columns if not c.hidden)
    row = wbk.title_rows(ws, top, visible)
    header = row + 1
    wbk.header_row(ws, header, [c.header for c in columns])
    for offset, line in enumerate(lines, start=1):
        r = header + offset
        for index, column in enumerate(columns, start=1):
            font = wbk.GROUP_FONT if line.group else wbk.BODY_FONT
            cell = wbk.write(ws, r, index, line.values.get(column.key), font=font,
                             number_format=wbk.TEXT_FORMAT if column.text else None)
            if line.group:
                cell.fill = wbk.GROUP_FILL
    last = header + len(lines) + SPARE_ROWS
    for r in range(header + len(lines) + 1, last + 1):
        for index, column in enumerate(columns, start=1):
            cell = ws.cell(row=r, column=index)
            cell.font = wbk.BODY_FONT
            cell.alignment = wbk.WRAP
            if column.text:
                cell.number_format = wbk.TEXT_FORMAT
    wbk.set_widths(ws, [c.width for c in columns],
                   hidden=[i for i, c in enumerate(columns, start=1) if c.hidden])
    wbk.a4_landscape(ws)
    return header


def _validation(ws: Worksheet, columns: tuple[Column, ...], key: str, first: int, last: int,
                dv: DataValidation) -> None:
    letter = get_column_letter(column_index(columns, key))
    dv.add(f"{letter}{first}:{letter}{last}")
    ws.add_data_validation(dv)


def _list(formula: str, title: str, error: str | None) -> DataValidation:
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False)
    dv.showErrorMessage = error is not None
    dv.errorStyle = "stop"
    dv.errorTitle = title
    dv.error = error or ""
    dv.promptTitle = title
    return dv


def task_template(db: Database, plan_ref: str, path: str | Path) -> Path:
    """The plan's groups and tasks as a template to fill in and import back (sheet "Nhiệm vụ")."""
    plan = get_plan(db, plan_ref)
    lines: list[_Line] = []
    with db.read() as session:
        catalog = UnitCatalog.load(session)
        for group in get_plan_row(session, plan.id).groups:
            lines.append(_Line({"number": str(group.position), "content": group.title, "id": group.id}, True))
            for task in group.tasks:
                lines.append(_Line({
                    "number": f"{group.position}.{task.position}", "content": task.content,
                    "lead": catalog.label(task.lead_unit_id),
                    "coordinators": "; ".join(sorted((catalog.label(u.id) for u in task.coordinating_units),
                                                     key=str.casefold)),
                    "deadline": deadline_text(schedule_of(task)), "output": task.output,
                    "start": day_text(task.start_on), "id": task.id}))
    wb, ws = wbk.new_workbook(TASK_SHEET)
    top = [("MẪU NHẬP NHIỆM VỤ CỦA KẾ HOẠCH", wbk.TITLE_FONT)]
    top += [(text, wbk.SUBTITLE_FONT) for text in _plan_lines(plan) if text]
    top += [(TASK_NOTE, wbk.NOTE_FONT)]
    ranges = wbk.catalog_sheet(wb, {UNITS_LIST: catalog.labels(), STATUS_LIST: list(PROGRESS_LABELS.values())},
                               {"kind": "tasks", "plan_id": plan.id, "plan_ref": plan.reference})
    header = _sheet(ws, TASK_COLUMNS, top, lines)
    first, last = header + 1, header + len(lines) + SPARE_ROWS
    _validation(ws, TASK_COLUMNS, "lead", first, last,
                _list(ranges[UNITS_LIST], "Đơn vị chủ trì", "Hãy chọn một đơn vị trong danh sách."))
    _validation(ws, TASK_COLUMNS, "coordinators", first, last, _list(ranges[UNITS_LIST], "Đơn vị phối hợp", None))
    _validation(ws, TASK_COLUMNS, "deadline", first, last, _list(DEADLINE_CHOICES, "Thời hạn", None))
    return wbk.save(wb, path)


def progress_template(db: Database, plan_ref: str, period: str, path: str | Path,
                      unit_ref: str | None = None) -> Path:
    """One row per task × reporting unit (lead, coordinators, and any unit that has reported in the
    period), with what is already recorded for exactly this period (sheet "Tiến độ")."""
    plan = get_plan(db, plan_ref)
    lines: list[_Line] = []
    with db.read() as session:
        the_period: Period = resolve_period(session, period)
        unit_id = resolve_unit(session, unit_ref).id if unit_ref else None
        catalog = UnitCatalog.load(session)
        reported = {(p.task_id, p.unit_id): p for p in session.scalars(
            select(Progress).join(Task, Progress.task_id == Task.id)
            .join(TaskGroup, Task.group_id == TaskGroup.id)
            .where(TaskGroup.plan_id == plan.id, Progress.period == the_period.code))}
        reporters: dict[str, list[str]] = {}
        for task_id, reporter in reported:
            reporters.setdefault(task_id, []).append(reporter)
        for group in get_plan_row(session, plan.id).groups:
            rows: list[_Line] = []
            for task in group.tasks:
                units = [task.lead_unit_id] if task.lead_unit_id else []
                units += [u.id for u in task.coordinating_units if u.id not in units]
                units += [u for u in reporters.get(task.id, ()) if u not in units]
                if unit_id is not None:
                    units = [u for u in units if u == unit_id]
                elif not units:
                    units = [""]
                for unit in units:
                    values: dict[str, object] = {
                        "number": f"{group.position}.{task.position}", "content": task.content,
                        "unit": catalog.label(unit), "deadline": deadline_text(schedule_of(task)),
                        "status": PROGRESS_LABELS[ProgressStatus.NOT_STARTED],
                        "task_id": task.id, "unit_id": unit}
                    progress = reported.get((task.id, unit))
                    if progress is not None:
                        status = ProgressStatus(progress.status) if progress.status in set(ProgressStatus) \
                            else ProgressStatus.NOT_STARTED
                        values.update(status=PROGRESS_LABELS[status], percent=progress.percent,
                                      completed=day_text(progress.completed_on), result=progress.result,
                                      difficulties=progress.difficulties, proposals=progress.proposals,
                                      references=progress.references)
                    rows.append(_Line(values))
            if rows:
                lines.append(_Line({"number": str(group.position), "content": group.title}, True))
                lines += rows
    wb, ws = wbk.new_workbook(PROGRESS_SHEET)
    top = [("MẪU BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", wbk.TITLE_FONT)]
    top += [(text, wbk.SUBTITLE_FONT) for text in _plan_lines(plan) if text]
    top += [(f"Kỳ báo cáo: {the_period.label} (số liệu từ {day_text(the_period.start)} đến "
             f"{day_text(the_period.end)}; mã kỳ {the_period.code})", wbk.SUBTITLE_FONT)]
    if unit_id:
        top += [(f"Đơn vị báo cáo: {catalog.label(unit_id)}", wbk.SUBTITLE_FONT)]
    top += [(PROGRESS_NOTE, wbk.NOTE_FONT)]
    ranges = wbk.catalog_sheet(wb, {UNITS_LIST: catalog.labels(), STATUS_LIST: list(PROGRESS_LABELS.values())},
                               {"kind": "progress", "plan_id": plan.id, "plan_ref": plan.reference,
                                "period": the_period.code, "unit_id": unit_id or ""})
    header = _sheet(ws, PROGRESS_COLUMNS, top, lines)
    first, last = header + 1, header + len(lines) + SPARE_ROWS
    _validation(ws, PROGRESS_COLUMNS, "unit", first, last,
                _list(ranges[UNITS_LIST], "Đơn vị báo cáo", "Hãy chọn một đơn vị trong danh sách."))
    _validation(ws, PROGRESS_COLUMNS, "status", first, last,
                _list(ranges[STATUS_LIST], "Tình trạng", "Hãy chọn một tình trạng trong danh sách."))
    percent = DataValidation(type="whole", operator="between", formula1="0", formula2="100", allow_blank=True)
    percent.showErrorMessage = True
    percent.errorTitle = "% hoàn thành"
    percent.error = "Nhập một số nguyên từ 0 đến 100."
    _validation(ws, PROGRESS_COLUMNS, "percent", first, last, percent)
    percent_column = get_column_letter(column_index(PROGRESS_COLUMNS, "percent"))
    for r in range(first, last + 1):
        ws[f"{percent_column}{r}"].number_format = "0"
    return wbk.save(wb, path)
