"""Import a filled template: every row checked, every problem listed, then all or nothing.

Each problem names the sheet, the row and the column as Excel shows them
("Trang 'Nhiệm vụ', dòng 14, cột Đơn vị chủ trì: không có đơn vị 'Phòng Nọi vụ' — ý bạn là
'Phòng Nội vụ'?"). Only a file without problems is written, in ONE ``db.write()`` transaction
through ORM objects, so the audit log records every change with the source ``import:<file name>``.

Tasks (:func:`import_tasks`): rows are groups (STT 1, 2 … or I, II …) or tasks (STT 1.1 …, or
Arabic numbers under Roman groups). A row whose hidden id is known updates that group or task;
a row without id (or with an id unknown to the database) adds one, keeping the id when it is a
valid one, so a template carried to another database keeps its ids. The order of the rows becomes
the order of groups and tasks; groups and tasks of the plan that the file does not list are kept,
after those it lists. Nothing is ever deleted.

Progress (:func:`import_progress`): one row per task × unit; a row still untouched (no record,
"Chưa thực hiện", nothing written) adds nothing.

Text is NFC-normalised; text that looks typed in a legacy encoding (TCVN3/VNI) is kept with a
warning in the summary. Columns are found by their header, and a column missing from the sheet
leaves its field as it is.
"""

from __future__ import annotations

import re
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop_app.db.models import Plan, Progress, Task, TaskGroup, Unit
from desktop_app.db.types import new_id
from desktop_app.domain.schedule import Schedule
from desktop_app.domain.status import ProgressStatus
from desktop_app.domain.symbols import format_number_symbol
from desktop_app.exchange.excel.catalog import UnitCatalog, UnitEntry, shown
from desktop_app.exchange.excel.columns import PROGRESS_COLUMNS, PROGRESS_SHEET, TASK_COLUMNS, TASK_SHEET, Column
from desktop_app.exchange.excel.limits import check_workbook
from desktop_app.exchange.excel.parsing import (
    CellError,
    looks_legacy,
    parse_day,
    parse_deadline,
    parse_percent,
    parse_status,
    text_of,
)
from desktop_app.exchange.excel.workbook import CATALOG_SHEET, read_meta
from desktop_app.services.database import Database
from desktop_app.services.errors import Problem, ValidationError
from desktop_app.services.periods import resolve_period
from desktop_app.services.plans import ensure_unlocked, get_plan_row
from desktop_app.services.tasks import schedule_of

HEADER_SEARCH_ROWS = 30
MAX_COLUMNS = 200
MAX_ROWS = 20000
_ROMAN = re.compile(r"[IVXLC]+\.?")
_INTEGER = re.compile(r"\d{1,3}\.?")
_TASK_NUMBER = re.compile(r"(\d{1,3})\.(\d{1,4})\.?")
_UNSET: Any = object()  # a column the sheet does not have: leave the field as it is


@dataclass
class ExcelImportSummary:
    """What an Excel import did (or, with ``dry_run``, would do)."""

    source: str
    kind: str  # "tasks" | "progress"
    plan: str
    period: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    groups_added: int = 0
    groups_updated: int = 0
    blank_rows: int = 0
    kept: int = 0  # tasks of the plan that the file does not list, left as they are
    warnings: list[Problem] = field(default_factory=list)
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.groups_added or self.groups_updated)

    def lines(self) -> list[str]:
        head = "Thử nhập (chưa ghi gì)" if self.dry_run else "Đã nhập"
        if self.kind == "tasks":
            lines = [f"{head} nhiệm vụ từ '{self.source}' vào kế hoạch {self.plan}: thêm {self.added}, cập nhật "
                     f"{self.updated}, không đổi {self.unchanged}; nhóm nhiệm vụ: thêm {self.groups_added}, cập "
                     f"nhật {self.groups_updated}."]
            if self.kept:
                lines.append(f"{self.kept} nhiệm vụ của kế hoạch không có trong tệp: giữ nguyên.")
        else:
            lines = [f"{head} tiến độ kỳ {self.period} từ '{self.source}' vào kế hoạch {self.plan}: thêm "
                     f"{self.added}, cập nhật {self.updated}, không đổi {self.unchanged}"
                     + (f", {self.blank_rows} dòng chưa điền bỏ qua." if self.blank_rows else ".")]
        lines += [f"Lưu ý — {w}" for w in self.warnings]
        return lines


class _DryRun(Exception):
    pass


# ---- reading the workbook -------------------------------------------------------------------


@dataclass
class _Cell:
    value: object = None
    error: str = ""  # why the cell cannot be read: an error value ("#N/A"), a formula never computed
    percent: bool = False  # formatted as a percentage (0.75 shows as 75%)


@dataclass
class _Row:
    number: int
    cells: dict[str, _Cell]


@dataclass
class _Sheet:
    title: str
    header_row: int
    columns: dict[str, Column]
    rows: list[_Row]


def _file_where(file: Path) -> str:
    return f"Tệp '{file.name}'"


def _open(file: Path, data_only: bool = True) -> Workbook:
    """The workbook with each formula's last computed value (``data_only``), or with the formulas."""
    where = _file_where(file)
    if file.suffix.lower() in (".xls", ".ods", ".csv"):
        raise ValidationError.one(where, f"Chỉ đọc được tệp .xlsx; hãy mở tệp {file.suffix} bằng Excel hoặc "
                                         "LibreOffice và lưu lại dạng Excel (.xlsx)")
    try:
        if data_only:  # the first of the two loads: refuse a workbook too big to load whole
            check_workbook(file, where)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_workbook(file, data_only=data_only)
    except ValidationError:
        raise
    except OSError as exc:
        raise ValidationError.one(where, f"Không đọc được tệp: {exc.strerror or exc}") from exc
    except Exception as exc:  # openpyxl raises many kinds of errors on a damaged or foreign file
        raise ValidationError.one(where, "Không đọc được tệp Excel: tệp hỏng hoặc không phải tệp .xlsx "
                                         f"({exc.__class__.__name__})") from exc


def _header(ws: Worksheet, columns: tuple[Column, ...], required: str) -> tuple[int, dict[str, tuple[int, Column]]]:
    width = min(ws.max_column or 1, MAX_COLUMNS)
    for r in range(1, min(ws.max_row or 0, HEADER_SEARCH_ROWS) + 1):
        found: dict[str, tuple[int, Column]] = {}
        for c in range(1, width + 1):
            value = ws.cell(row=r, column=c).value
            for column in columns:
                if column.key not in found and column.matches(value):
                    found[column.key] = (c, column)
                    break
        if required in found:
            return r, found
    return 0, {}


def _merged_values(ws: Worksheet) -> dict[tuple[int, int], object]:
    """A merged range's value repeated down its first column (a lead unit merged over three
    task rows applies to each); other columns of the range stay empty."""
    values: dict[tuple[int, int], object] = {}
    for merged in ws.merged_cells.ranges:
        top = ws.cell(row=merged.min_row, column=merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            values[(r, merged.min_col)] = top
    return values


def _read_sheet(wb: Workbook, formulas: Workbook, file: Path, preferred: str, columns: tuple[Column, ...],
                required: str) -> _Sheet:
    """The first sheet (``preferred`` first) with a header naming the ``required`` column.

    Values come from ``wb`` (formulas replaced by the value Excel last computed); ``formulas`` is
    the same file with formulas, to notice a formula no program has computed (the cell would look
    empty)."""
    sheets = [ws for ws in wb.worksheets if ws.title == preferred]
    sheets += [ws for ws in wb.worksheets if ws.title not in (preferred, CATALOG_SHEET)]
    for ws in sheets:
        header, found = _header(ws, columns, required)
        if not header:
            continue
        merged = _merged_values(ws)
        rows: list[_Row] = []
        for r in range(header + 1, (ws.max_row or 0) + 1):
            cells: dict[str, _Cell] = {}
            for key, (c, _) in found.items():
                cell = ws.cell(row=r, column=c)
                if isinstance(cell, MergedCell):
                    cells[key] = _Cell(merged.get((r, c)))
                elif cell.data_type == "e":
                    cells[key] = _Cell(None, f"ô có lỗi công thức ({cell.value}); hãy ghi giá trị thay cho công thức")
                elif cell.value is None and formulas[ws.title].cell(row=r, column=c).data_type == "f":
                    cells[key] = _Cell(None, "ô chứa công thức chưa được tính (tệp không được lưu bằng Excel); hãy "
                                             "ghi giá trị thay cho công thức")
                else:
                    cells[key] = _Cell(cell.value, percent="%" in str(cell.number_format or ""))
            if all(_empty(v.value) and not v.error for v in cells.values()):
                continue
            rows.append(_Row(r, cells))
            if len(rows) > MAX_ROWS:
                raise ValidationError.one(f"Trang '{ws.title}'", f"Trang có hơn {MAX_ROWS} dòng dữ liệu; hãy "
                                                                 "chia thành nhiều tệp")
        return _Sheet(ws.title, header, {k: col for k, (_, col) in found.items()}, rows)
    label = next(c.label for c in columns if c.key == required)
    if not any(ws.max_row > 1 or ws.cell(1, 1).value is not None for ws in wb.worksheets):
        raise ValidationError.one(_file_where(file), "Tệp không có dữ liệu (mọi trang đều trống)")
    raise ValidationError.one(_file_where(file), f"Không tìm thấy trang nào có dòng tiêu đề với cột '{label}' "
                                                 f"(trong {HEADER_SEARCH_ROWS} dòng đầu); hãy dùng mẫu tải từ "
                                                 "chương trình")


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


class _Checker:
    """Reads cells of one sheet, collecting problems and warnings with their place."""

    def __init__(self, sheet: _Sheet) -> None:
        self.sheet = sheet
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def where(self, row: _Row, key: str | None = None) -> str:
        place = f"Trang '{self.sheet.title}', dòng {row.number}"
        if key is not None and key in self.sheet.columns:
            place += f", cột {self.sheet.columns[key].label}"
        return place

    def problem(self, row: _Row, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.where(row, key), message))

    def warn(self, row: _Row, key: str | None, message: str) -> None:
        self.warnings.append(Problem(self.where(row, key), message))

    def has(self, key: str) -> bool:
        return key in self.sheet.columns

    def raw(self, row: _Row, key: str) -> object:
        cell = row.cells.get(key)
        if cell is None:
            return None
        if cell.error:
            self.problem(row, key, cell.error)
            return None
        return cell.value

    def text(self, row: _Row, key: str) -> str:
        try:
            text = text_of(self.raw(row, key))
        except CellError as exc:
            self.problem(row, key, str(exc))
            return ""
        if looks_legacy(text):
            self.warn(row, key, "chữ có vẻ gõ bằng bảng mã cũ (TCVN3/VNI), đã giữ nguyên; hãy chuyển sang Unicode")
        return text

    def parsed(self, row: _Row, key: str, parse: Callable[[object], Any]) -> Any:
        try:
            return parse(self.raw(row, key))
        except CellError as exc:
            self.problem(row, key, str(exc))
            return _UNSET

    def unit(self, catalog: UnitCatalog, row: _Row, key: str, text: str) -> UnitEntry | None:
        unit, reason = catalog.resolve(text)
        if unit is None:
            self.problem(row, key, reason)
        elif not unit.active:
            self.warn(row, key, f"đơn vị '{unit.label}' đã ngừng hoạt động")
        return unit


def _check_meta(wb: Workbook, file: Path, kind: str, plan: Plan, period: str | None) -> None:
    meta = read_meta(wb)
    where = _file_where(file)
    other = {"tasks": "mẫu nhiệm vụ", "progress": "mẫu tiến độ"}
    if meta.get("kind") in other and meta["kind"] != kind:
        hint = "nhập nhiệm vụ (không chọn kỳ)" if meta["kind"] == "tasks" else "nhập tiến độ (chọn kỳ báo cáo)"
        raise ValidationError.one(where, f"Tệp là {other[meta['kind']]}, không phải {other[kind]}; hãy {hint}")
    reference = format_number_symbol(plan.number, plan.symbol)
    # the same plan: the same id, or (in another database) the same number and symbol
    if meta.get("plan_id") and meta["plan_id"] != plan.id and meta.get("plan_ref", "") != reference:
        other_plan = f" {meta['plan_ref']}" if meta.get("plan_ref") else ""
        raise ValidationError.one(where, f"Tệp là mẫu của kế hoạch khác{other_plan}, không phải kế hoạch {reference}")
    if period is not None and meta.get("period") and meta["period"] != period:
        raise ValidationError.one(where, f"Tệp là mẫu tiến độ kỳ {meta['period']}, không phải kỳ {period}")


@dataclass
class _Book:
    file: Path
    values: Workbook
    formulas: Workbook

    def sheet(self, preferred: str, columns: tuple[Column, ...], required: str) -> _Sheet:
        return _read_sheet(self.values, self.formulas, self.file, preferred, columns, required)


def _run(db: Database, path: str | Path, summary: ExcelImportSummary, dry_run: bool,
         body: Callable[[Session, _Book], None]) -> ExcelImportSummary:
    file = Path(path)
    book = _Book(file, _open(file), _open(file, data_only=False))
    try:
        with db.write(source=f"import:{file.name}") as session:
            body(session, book)
            session.flush()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except SQLAlchemyError as exc:  # a constraint the checks missed: nothing was kept
        raise ValidationError.one(_file_where(file), "Cơ sở dữ liệu từ chối dữ liệu nhập, không ghi gì: "
                                                     f"{str(exc).splitlines()[0][:200]}") from exc
    finally:
        book.values.close()
        book.formulas.close()
    return summary


# ---- tasks ----------------------------------------------------------------------------------


@dataclass
class _GroupSpec:
    row: _Row
    id: str | None  # an existing group of the plan
    new_id: str | None  # the id a new group gets
    title: str


@dataclass
class _TaskSpec:
    row: _Row
    group: int  # index into the group specs
    id: str | None
    new_id: str | None
    content: str
    lead: Any = _UNSET
    coordinators: Any = _UNSET
    schedule: Any = _UNSET
    output: Any = _UNSET
    start: Any = _UNSET


class _TaskImport(_Checker):
    def __init__(self, session: Session, plan: Plan, sheet: _Sheet, catalog: UnitCatalog) -> None:
        super().__init__(sheet)
        self.session = session
        self.plan = plan
        self.catalog = catalog
        self.groups = {g.id: g for g in plan.groups}
        self.tasks = {t.id: t for g in plan.groups for t in g.tasks}
        self.group_specs: list[_GroupSpec] = []
        self.task_specs: list[_TaskSpec] = []
        self.blank = 0

    def _kind(self, number: str, roman_groups: bool) -> str:
        if _ROMAN.fullmatch(number):
            return "group"
        if _INTEGER.fullmatch(number) and not roman_groups:
            return "group"
        return "task"

    def _id(self, row: _Row, seen: dict[str, int]) -> tuple[str | None, str | None, str | None, bool]:
        """(existing id, id for a new row, kind the id says, ok)."""
        text = self.text(row, "id") if self.has("id") else ""
        if not text:
            return None, None, None, True
        key = text.lower()
        if key in seen:
            self.problem(row, "id", f"mã trùng với dòng {seen[key]} (dòng được sao chép?); hãy xóa ô mã của "
                                    "dòng mới thêm")
            return None, None, None, False
        seen[key] = row.number
        if key in self.groups:
            return key, None, "group", True
        if key in self.tasks:
            return key, None, "task", True
        if not _is_uuid(text):
            self.problem(row, "id", f"mã '{shown(text)}' không hợp lệ; không sửa cột này — để trống nếu là dòng mới")
            return None, None, None, False
        if self.session.get(TaskGroup, key) is not None or self.session.get(Task, key) is not None:
            self.problem(row, "id", "mã này là của một nhóm hoặc nhiệm vụ thuộc kế hoạch khác; hãy xóa ô mã "
                                    "để thêm thành dòng mới")
            return None, None, None, False
        return None, key, None, True

    def parse(self) -> None:
        numbers = {r.number: self._number(r) for r in self.sheet.rows}
        roman_groups = any(_ROMAN.fullmatch(n) for n in numbers.values())
        seen: dict[str, int] = {}
        orphan_reported = False
        for row in self.sheet.rows:
            existing, fresh, id_kind, ok = self._id(row, seen)
            kind = id_kind or self._kind(numbers[row.number], roman_groups)
            content = self.text(row, "content")
            if kind == "group":
                self._group(row, existing, fresh, content, ok)
                continue
            spec = self._task(row, existing, fresh, content)
            if spec is None or not ok:
                continue
            if not self.group_specs:
                if not orphan_reported:
                    self.problem(row, None, "nhiệm vụ chưa thuộc nhóm nào; hãy thêm một dòng nhóm (STT 1, 2, … "
                                            "hoặc I, II, …) phía trên")
                    orphan_reported = True
                continue
            self.task_specs.append(spec)

    def _number(self, row: _Row) -> str:
        try:
            return text_of(row.cells["number"].value) if "number" in row.cells else ""
        except CellError:
            return ""

    def _other_values(self, row: _Row) -> bool:
        return any(not _empty(row.cells[k].value) or row.cells[k].error
                   for k in ("lead", "coordinators", "deadline", "output", "start") if k in row.cells)

    def _group(self, row: _Row, existing: str | None, fresh: str | None, title: str, ok: bool) -> None:
        if self._other_values(row):
            self.problem(row, None, f"dòng nhóm (STT '{shown(self._number(row), 12)}') chỉ ghi tên nhóm; nếu đây là "
                                    "nhiệm vụ, hãy ghi STT dạng 1.1")
            return
        if not title:
            if existing:
                self.problem(row, "content", "tên nhóm nhiệm vụ không được để trống")
            else:
                self.blank += 1
            return
        if ok:
            self.group_specs.append(_GroupSpec(row, existing, fresh, title))

    def _task(self, row: _Row, existing: str | None, fresh: str | None, content: str) -> _TaskSpec | None:
        if not content and not existing and not fresh and not self._other_values(row):
            self.blank += 1
            return None
        if not content:
            self.problem(row, "content", "Nội dung nhiệm vụ không được để trống")
        spec = _TaskSpec(row, len(self.group_specs) - 1, existing, fresh, content)
        if self.has("lead"):
            text = self.text(row, "lead")
            spec.lead = self.unit(self.catalog, row, "lead", text) if text else None
            if not text:
                self.warn(row, "lead", "nhiệm vụ chưa có đơn vị chủ trì")
        if self.has("coordinators"):
            units: list[UnitEntry] = []
            for name in re.split(r"[;\n]", self.text(row, "coordinators")):
                if name.strip():
                    unit = self.unit(self.catalog, row, "coordinators", name.strip())
                    if unit is not None and unit not in units:
                        units.append(unit)
            spec.coordinators = units
        if self.has("deadline"):
            spec.schedule = self.parsed(row, "deadline", parse_deadline)
            if spec.schedule is None:
                spec.schedule = Schedule.continuous()
                self.warn(row, "deadline", "thời hạn trống, ghi nhận là Thường xuyên")
        if self.has("output"):
            spec.output = self.text(row, "output")
        if self.has("start"):
            spec.start = self.parsed(row, "start", parse_day)
        return spec

    def apply(self, summary: ExcelImportSummary) -> None:
        session, plan = self.session, self.plan
        before_groups = {g.id: (g.title, g.position) for g in plan.groups}
        before_tasks = {t.id: (t.group_id, t.position) for t in self.tasks.values()}
        original_order = {g.id: list(g.tasks) for g in plan.groups}
        groups: list[TaskGroup] = []
        for g_spec in self.group_specs:
            if g_spec.id is not None:
                group = self.groups[g_spec.id]
                if group.title != g_spec.title:
                    group.title = g_spec.title
            else:
                group = TaskGroup(id=g_spec.new_id or new_id(), plan=plan, title=g_spec.title, position=0)
                session.add(group)
                summary.groups_added += 1
            groups.append(group)
        placed: dict[str, list[Task]] = {g.id: [] for g in groups}
        changed: set[str] = set()
        for t_spec in self.task_specs:
            group = groups[t_spec.group]
            if t_spec.id is not None:
                task = self.tasks[t_spec.id]
                if task.group is not group:
                    task.group = group
                if self._set_fields(task, t_spec):
                    changed.add(task.id)
            else:
                task = Task(id=t_spec.new_id or new_id(), group=group, content=t_spec.content, position=0)
                session.add(task)
                self._set_fields(task, t_spec)
                summary.added += 1
            placed[group.id].append(task)
        listed = {t.id for tasks in placed.values() for t in tasks}
        order = groups + [g for g in plan.groups if g not in groups]
        for position, group in enumerate(order, start=1):
            if group.position != position:
                group.position = position
            tasks = placed.get(group.id, []) + [t for t in original_order.get(group.id, []) if t.id not in listed]
            for index, task in enumerate(tasks, start=1):
                if task.position != index:
                    task.position = index
        for group in groups:
            if group.id in before_groups and before_groups[group.id] != (group.title, group.position):
                summary.groups_updated += 1
        for task_id in listed:
            if task_id not in before_tasks:
                continue
            task = self.tasks[task_id]
            if task_id in changed or before_tasks[task_id] != (task.group.id, task.position):
                summary.updated += 1
            else:
                summary.unchanged += 1
        summary.kept = len(set(self.tasks) - listed)
        summary.blank_rows = self.blank

    def _set_fields(self, task: Task, spec: _TaskSpec) -> bool:
        changed = False

        def put(attr: str, value: object) -> None:
            nonlocal changed
            if getattr(task, attr) != value:
                setattr(task, attr, value)
                changed = True

        put("content", spec.content)
        if spec.lead is not _UNSET:
            wanted = spec.lead.id if spec.lead else None
            if (task.lead_unit.id if task.lead_unit is not None else None) != wanted:
                task.lead_unit = self.session.get(Unit, wanted) if wanted else None
                changed = True
        if spec.coordinators is not _UNSET:
            wanted = [u.id for u in spec.coordinators]
            if {u.id for u in task.coordinating_units} != set(wanted):
                task.coordinating_units = [u for u in (self.session.get(Unit, i) for i in wanted) if u is not None]
                changed = True
        if spec.schedule is not _UNSET and (task.schedule_kind is None or schedule_of(task) != spec.schedule):
            schedule: Schedule = spec.schedule
            put("schedule_kind", schedule.kind.value)
            put("due_on", schedule.due)
            put("due_month", schedule.month)
            put("due_day", schedule.day)
            changed = True
        if spec.output is not _UNSET:
            put("output", spec.output)
        if spec.start is not _UNSET:
            put("start_on", spec.start)
        return changed


def import_tasks(db: Database, path: str | Path, plan_ref: str, *, dry_run: bool = False) -> ExcelImportSummary:
    """Import a filled task template into a plan; ``ValidationError`` listing every problem, and
    nothing written, when any row is wrong."""
    summary = ExcelImportSummary(source=Path(path).name, kind="tasks", plan=plan_ref, dry_run=dry_run)

    def body(session: Session, book: _Book) -> None:
        plan = get_plan_row(session, plan_ref)
        summary.plan = format_number_symbol(plan.number, plan.symbol) or plan.title
        ensure_unlocked(plan)
        _check_meta(book.values, book.file, "tasks", plan, None)
        sheet = book.sheet(TASK_SHEET, TASK_COLUMNS, "content")
        work = _TaskImport(session, plan, sheet, UnitCatalog.load(session))
        _parse_then_apply(session, work, summary)

    return _run(db, path, summary, dry_run, body)


def _parse_then_apply(session: Session, work: _TaskImport | _ProgressImport, summary: ExcelImportSummary) -> None:
    """Every row checked first; one problem and nothing is written (all or nothing)."""
    work.parse()
    if work.problems:
        raise ValidationError(work.problems)
    summary.warnings = work.warnings
    with session.no_autoflush:
        work.apply(summary)


# ---- progress -------------------------------------------------------------------------------

_PROGRESS_TEXT = ("result", "difficulties", "proposals", "references")


class _ProgressImport(_Checker):
    def __init__(self, session: Session, plan: Plan, period: str, sheet: _Sheet, catalog: UnitCatalog,
                 actor: str) -> None:
        super().__init__(sheet)
        self.session = session
        self.period = period
        self.catalog = catalog
        self.actor = actor
        self.tasks = {t.id: t for g in plan.groups for t in g.tasks}
        self.by_number = {f"{g.position}.{t.position}": t for g in plan.groups for t in g.tasks}
        self.existing = {(p.task_id, p.unit_id): p for p in session.scalars(
            select(Progress).join(Task, Progress.task_id == Task.id).join(TaskGroup, Task.group_id == TaskGroup.id)
            .where(TaskGroup.plan_id == plan.id, Progress.period == period))}
        self.changes: list[tuple[_Row, Progress | None, str, str, dict[str, Any]]] = []
        self.blank = 0

    def _filled(self, row: _Row) -> bool:
        keys = ("unit", "status", "percent", "completed", *_PROGRESS_TEXT)
        return any(not _empty(row.cells[k].value) or bool(row.cells[k].error) for k in keys if k in row.cells)

    def _task(self, row: _Row) -> Task | None:
        task_id = self.text(row, "task_id").lower() if self.has("task_id") else ""
        if task_id:
            task = self.tasks.get(task_id)
            if task is None:
                self.problem(row, "task_id", f"nhiệm vụ mã '{shown(task_id, 40)}' không thuộc kế hoạch này (đã bị "
                                             "xóa, hoặc tệp của kế hoạch khác); hãy tải lại mẫu")
            return task
        number = self.text(row, "number") if self.has("number") else ""
        found = _TASK_NUMBER.fullmatch(number)
        task = self.by_number.get(f"{int(found.group(1))}.{int(found.group(2))}") if found else None
        if task is None:
            self.problem(row, "number" if self.has("number") else None,
                         f"không xác định được nhiệm vụ: không có mã nhiệm vụ (cột ẩn) và STT '{shown(number, 20)}' "
                         "không khớp nhiệm vụ nào của kế hoạch")
        return task

    def _unit(self, row: _Row) -> tuple[Unit | None, bool]:
        """The reporting unit, and whether the row names none."""
        text = self.text(row, "unit") if self.has("unit") else ""
        if text:
            entry = self.unit(self.catalog, row, "unit", text)
            return (self.session.get(Unit, entry.id) if entry else None), False
        unit_id = self.text(row, "unit_id").lower() if self.has("unit_id") else ""
        if unit_id and unit_id in self.catalog.by_id:
            return self.session.get(Unit, unit_id), False
        return None, True

    def parse(self) -> None:
        seen: dict[tuple[str, str], int] = {}
        for row in self.sheet.rows:
            has_id = self.has("task_id") and not _empty(row.cells["task_id"].value)
            if not has_id and not self._filled(row):
                self.blank += 1  # a group heading, or an empty row
                continue
            count = len(self.problems)
            task = self._task(row)
            unit, missing = self._unit(row)
            values = self._values(row)
            if task is None or len(self.problems) > count:
                continue
            status = values.get("status")
            untouched = status in (None, ProgressStatus.NOT_STARTED.value) and not any(
                values.get(k) not in (None, "", _UNSET) for k in ("percent", "completed_on", *_PROGRESS_TEXT))
            if missing:
                if untouched:
                    self.blank += 1
                else:
                    self.problem(row, "unit" if self.has("unit") else None, "chưa chọn đơn vị báo cáo")
                continue
            if unit is None:
                continue
            key = (task.id, unit.id)
            if key in seen:
                self.problem(row, "unit", f"trùng với dòng {seen[key]} (cùng nhiệm vụ, cùng đơn vị)")
                continue
            seen[key] = row.number
            existing = self.existing.get(key)
            if existing is None and untouched:
                self.blank += 1
                continue
            if status is None:
                self.problem(row, "status", "chưa chọn tình trạng; hãy chọn một giá trị trong danh sách")
                continue
            self._check_done(row, existing, values)
            self.changes.append((row, existing, task.id, unit.id, values))

    def _values(self, row: _Row) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if self.has("status"):
            status = self.parsed(row, "status", parse_status)
            values["status"] = None if status is None or status is _UNSET else status.value
        if self.has("percent"):
            cell = row.cells["percent"]
            values["percent"] = self.parsed(row, "percent", lambda v: parse_percent(v, cell.percent))
        if self.has("completed"):
            values["completed_on"] = self.parsed(row, "completed", parse_day)
        for key in _PROGRESS_TEXT:
            if self.has(key):
                values[key] = self.text(row, key)
        return {k: v for k, v in values.items() if v is not _UNSET}

    def _check_done(self, row: _Row, existing: Progress | None, values: dict[str, Any]) -> None:
        if values.get("status") != ProgressStatus.DONE.value:
            return
        completed = values.get("completed_on", existing.completed_on if existing else None)
        kept_as_is = existing is not None and existing.status == ProgressStatus.DONE.value \
            and existing.completed_on is None
        if completed is None and not kept_as_is:
            self.problem(row, "completed" if self.has("completed") else "status",
                         "nhiệm vụ đã hoàn thành cần ngày hoàn thành (dạng 31/12/2024)")

    def apply(self, summary: ExcelImportSummary) -> None:
        for _row, existing, task_id, unit_id, values in self.changes:
            record = existing
            if record is None:
                record = Progress(task_id=task_id, unit_id=unit_id, period=self.period)
                self.session.add(record)
            changed = False
            for key, value in values.items():
                if getattr(record, key) != value:
                    setattr(record, key, value)
                    changed = True
            if record.status == ProgressStatus.DONE.value and record.percent is None:
                record.percent = 100
                changed = True
            if existing is None:
                record.updated_by = self.actor
                summary.added += 1
            elif changed:
                record.updated_by = self.actor
                summary.updated += 1
            else:
                summary.unchanged += 1
        summary.blank_rows = self.blank


def import_progress(db: Database, path: str | Path, plan_ref: str, period: str, *,
                    dry_run: bool = False) -> ExcelImportSummary:
    """Import a filled progress template for a period; ``ValidationError`` listing every problem,
    and nothing written, when any row is wrong."""
    summary = ExcelImportSummary(source=Path(path).name, kind="progress", plan=plan_ref, period=period,
                                 dry_run=dry_run)

    def body(session: Session, book: _Book) -> None:
        plan = get_plan_row(session, plan_ref)
        summary.plan = format_number_symbol(plan.number, plan.symbol) or plan.title
        code = resolve_period(session, period).code
        summary.period = code
        _check_meta(book.values, book.file, "progress", plan, code)
        sheet = book.sheet(PROGRESS_SHEET, PROGRESS_COLUMNS, "status")
        work = _ProgressImport(session, plan, code, sheet, UnitCatalog.load(session), db.actor)
        _parse_then_apply(session, work, summary)

    return _run(db, path, summary, dry_run, body)


def template_kind(path: str | Path) -> tuple[str, str]:
    """("tasks" | "progress" | "", period code or "") as the file's hidden sheet says."""
    meta = read_meta(_open(Path(path)))
    return meta.get("kind", ""), meta.get("period", "")
