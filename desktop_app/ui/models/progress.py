"""The period grid: one row per task × reporting unit, with what the unit reported and the
status a report derives from it (overdue and due-soon rows coloured).

Rows come page by page (``services.progress.period_page``): the view reads the first page, and
``fetchMore`` asks it for the next one as the grid scrolls. Filters (unit, group, deadline state)
are parameters of that read, not a proxy over loaded rows, which would hide rows not yet read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.review import NOT_REPORTED, NOT_REPORTED_LABEL, REVIEW_LABELS, ReviewState
from desktop_app.domain.status import (
    PROGRESS_LABELS,
    REPORT_COLOURS,
    REPORT_LABELS,
    DeadlineState,
    ProgressStatus,
    ReportStatus,
)
from desktop_app.services.progress import ProgressRow
from desktop_app.services.review import row_state
from desktop_app.services.tasks import Cursor
from desktop_app.ui.formats import format_date, parse_date, parse_percent
from desktop_app.ui.labels import label
from desktop_app.ui.models.base import TitledTableModel
from desktop_app.ui.models.roles import EDITOR_ROLE, ERROR_ROLE, ID_ROLE, STATE_ROLE, VALUE_ROLE
from desktop_app.ui.widgets.delegate import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex

# (field, title, editor, width)
COLUMNS = (
    ("task_number", "STT", "none", 48),
    ("task_content", "Nhiệm vụ", "none", 280),
    ("unit_name", "Đơn vị", "none", 200),
    ("review_state", "Trạng thái duyệt", "none", 120),
    ("status", "Tình trạng", "choice", 120),
    ("percent", "Tỷ lệ %", "text", 60),
    ("completed_on", "Ngày hoàn thành", "date", 110),
    ("result", "Kết quả", "text", 220),
    ("difficulties", "Khó khăn", "text", 150),
    ("proposals", "Kiến nghị", "text", 150),
    ("due", "Hạn", "none", 90),
    ("report_status", "Đánh giá", "none", 150),
)
FIELD_COLUMN = {c[0]: i for i, c in enumerate(COLUMNS)}
OVERDUE_BG = QColor("#ffebee")
DUE_SOON_BG = QColor("#fff8e1")
ERROR_BG = QColor("#ffcdd2")
RETURNED_BG = QColor("#f3e5f5")  # returned by the compiling office: counted as not done until corrected
REVIEW_COLOURS = {NOT_REPORTED: "#757575", ReviewState.DRAFT: "#616161", ReviewState.SUBMITTED: "#1565c0",
                  ReviewState.ACCEPTED: "#2e7d32", ReviewState.RETURNED: "#8e24aa"}
REVIEW_STATES = (NOT_REPORTED, ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.ACCEPTED, ReviewState.RETURNED)


def row_key(row: ProgressRow) -> str:
    return f"{row.task_id}:{row.unit_id}"


def review_label(state: str) -> str:
    return label(NOT_REPORTED_LABEL if state == NOT_REPORTED else REVIEW_LABELS[ReviewState(state)])


class ProgressModel(TitledTableModel):
    problem = Signal(str)
    edit_requested = Signal(object)  # (ProgressRow, field, old, new)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ProgressRow] = []  # the rows read so far, page by page
        self.more = False  # pages follow the last row
        self.after: Cursor | None = None  # where the next page starts
        self.fetching = False
        self.fetch_page: Callable[[Cursor | None], None] | None = None  # set by the view
        self.errors: dict[tuple[str, int], tuple[str, str]] = {}
        self.titles = [self.tr("STT"), self.tr("Nhiệm vụ"), self.tr("Đơn vị"), self.tr("Trạng thái duyệt"),
                       self.tr("Tình trạng"),
                       self.tr("Tỷ lệ %"), self.tr("Ngày hoàn thành"), self.tr("Kết quả"), self.tr("Khó khăn"),
                       self.tr("Kiến nghị"), self.tr("Hạn"), self.tr("Đánh giá")]
        self.status_choices = [(s.value, label(PROGRESS_LABELS[s])) for s in ProgressStatus]

    def set_rows(self, rows: list[ProgressRow], more: bool = False, after: Cursor | None = None) -> None:
        """The first page of new rows (``more``: pages follow, read after ``after``). When they start
        with the rows shown, those are updated in place (open editors stay) and the rest appended."""
        self.more, self.after, self.fetching = more, after, False
        old = [row_key(r) for r in self.rows]
        if old and [row_key(r) for r in rows[:len(old)]] == old:
            self.rows[:] = rows[:len(old)]
            self.dataChanged.emit(self.index(0, 0), self.index(len(old) - 1, len(COLUMNS) - 1))
            self._append(rows[len(old):])
            return
        self.beginResetModel()
        self.rows = list(rows)
        live = {row_key(r) for r in rows}
        self.errors = {k: v for k, v in self.errors.items() if k[0] in live}
        self.endResetModel()

    def add_page(self, rows: list[ProgressRow], more: bool, after: Cursor | None) -> None:
        """The next page came back from the database thread."""
        self.more, self.after, self.fetching = more, after, False
        self._append(rows)

    def _append(self, rows: list[ProgressRow]) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows += rows
            self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and not self.fetching and self.fetch_page is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Ask for the page after the last row (on the database thread; :meth:`add_page` takes it)."""
        if self.canFetchMore(parent):
            assert self.fetch_page is not None
            self.fetching = True
            self.fetch_page(self.after)

    def row_total(self) -> int:
        return len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()][2] != "none":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _text(self, row: ProgressRow, field: str) -> str:
        value = getattr(row, field)
        if field == "status":
            return label(PROGRESS_LABELS[row.status])
        if field == "report_status":
            return label(REPORT_LABELS[row.report_status])
        if field == "review_state":
            return review_label(row_state(row))
        if field in ("completed_on", "due"):
            return format_date(value)
        if field == "unit_name" and not row.is_lead:
            coordinating = self.tr("phối hợp")
            return f"{value} ({coordinating})"
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        field = COLUMNS[index.column()][0]
        key = (row_key(row), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.errors[key][0] if key in self.errors else self._text(row, field)
        if role == ERROR_ROLE:
            return self.errors.get(key, (None, None))[1]
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.errors:
                return QBrush(ERROR_BG)
            if row.returned:
                return QBrush(RETURNED_BG)
            if row.report_status == ReportStatus.OVERDUE:
                return QBrush(OVERDUE_BG)
            if row.deadline_state == DeadlineState.DUE_SOON:
                return QBrush(DUE_SOON_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and field == "report_status":
            return QBrush(QColor(REPORT_COLOURS[row.report_status]))
        if role == Qt.ItemDataRole.ForegroundRole and field == "review_state":
            return QBrush(QColor(REVIEW_COLOURS[row_state(row)]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in self.errors:
                return self.errors[key][1]
            if field == "review_state":
                return self.review_tip(row)
            text = self._text(row, field)
            if row.returned:  # the reason shows wherever the pointer rests on a returned row
                return f"{text}\n\n{self.review_tip(row)}" if text else self.review_tip(row)
            return text or None
        if role == EDITOR_ROLE:
            return COLUMNS[index.column()][2]
        if role == CHOICES_ROLE:
            return self.status_choices
        if role == VALUE_ROLE:
            return getattr(row, field)
        if role == ID_ROLE:
            return row_key(row)
        if role == STATE_ROLE:
            return row
        return None

    def review_tip(self, row: ProgressRow) -> str:
        """The review state with the reason of a return, who reviewed and when."""
        lines = [review_label(row_state(row))]
        if row.returned and row.review_reason:
            lines[0] = self.tr("Bị trả lại: {0}").format(row.review_reason)
        if row.submitted_at is not None and row.progress_id is not None:
            lines.append(self.tr("Gửi lúc {0}").format(row.submitted_at.astimezone().strftime("%d/%m/%Y %H:%M")))
        if row.reviewed_at is not None and row.review_state in (ReviewState.ACCEPTED, ReviewState.RETURNED):
            lines.append(self.tr("Duyệt bởi {0} lúc {1}").format(
                row.reviewed_by or "?", row.reviewed_at.astimezone().strftime("%d/%m/%Y %H:%M")))
        return "\n".join(lines)

    def parse(self, field: str, value: Any) -> Any:
        if field == "status":
            return ProgressStatus(value) if value in {s.value for s in ProgressStatus} else ProgressStatus.NOT_STARTED
        if field == "percent":
            return parse_percent(str(value))
        if field == "completed_on":
            return parse_date(str(value))
        return str(value or "").strip()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        field = COLUMNS[index.column()][0]
        key = (row_key(row), index.column())
        try:
            new = self.parse(field, value)
        except ValueError as exc:
            self.errors[key] = (str(value), str(exc))
            self.dataChanged.emit(index, index)
            self.problem.emit(str(exc))
            return True
        if self.errors.pop(key, None) is not None:
            self.problem.emit("")  # put right: the status bar no longer says what was wrong
        old = getattr(row, field)
        if new != old:
            self.edit_requested.emit((row, field, old, new))
        self.dataChanged.emit(index, index)
        return True

    def drop_error(self, index: Index) -> None:
        """Forget a refused text: the cell shows the stored value again."""
        if index.isValid() and self.errors.pop((row_key(self.rows[index.row()]), index.column()), ("", "")) != ("", ""):
            self.dataChanged.emit(index, index)
            self.problem.emit("")

    def set_error(self, key: str, field: str, text: str, message: str) -> None:
        col = FIELD_COLUMN[field]
        self.errors[(key, col)] = (text, message)
        for i, row in enumerate(self.rows):
            if row_key(row) == key:
                self.dataChanged.emit(self.index(i, col), self.index(i, col))
        self.problem.emit(message)

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self.rows) if row_key(r) == key), -1)
