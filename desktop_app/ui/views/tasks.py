"""The "Nhiệm vụ" screen: the groups and tasks of a plan, edited in place like a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMenu, QToolBar, QVBoxLayout, QWidget

from desktop_app.ui.models.tasks import COLUMNS, CONTENT, TaskGridModel
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner
from desktop_app.ui.task_controller import TaskController
from desktop_app.ui.widgets.delegate import GridDelegate
from desktop_app.ui.widgets.grid_view import GridView, Hint
from desktop_app.ui.widgets.plan_picker import PlanPicker
from desktop_app.ui.widgets.problem_label import ProblemLabel


class TasksView(QWidget):
    message = Signal(str)

    def __init__(self, runner: OpRunner, stack: QUndoStack, units: UnitLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_view")
        self.runner = runner
        self.model = TaskGridModel(units, self)
        self.controller = TaskController(runner, stack, self.model, self)
        self.picker = PlanPicker(runner, self, getattr(parent, "plan_source", None))
        self.grid = GridView(self)
        self.grid.setObjectName("task_grid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(GridDelegate(units, self.grid))
        for i, column in enumerate(COLUMNS):
            self.grid.setColumnWidth(i, column.width)
        self.problem = ProblemLabel(self)
        self.locked_label = QLabel(self.tr("Kế hoạch do cấp trên gửi xuống: chỉ xem nhiệm vụ; tiến độ cập nhật ở "
                                           "màn hình Kỳ báo cáo / Tiến độ."), self)
        self.locked_label.setStyleSheet("QLabel { background: #fff3e0; padding: 4px; }")
        self.locked_label.hide()
        self.toolbar = QToolBar(self)
        self._actions()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kế hoạch:"), self))
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.problem)

        self.picker.plan_changed.connect(self._plan_changed)
        self.controller.reloaded.connect(self._after_reload)
        self.model.modelAboutToBeReset.connect(self._remember_focus)
        self.model.rowsInserted.connect(lambda _p, first, last: self._spans(first, last))
        self.model.problem.connect(self.message)
        self.grid.cell_problem.connect(self.problem.show_problem)
        self.grid.editor_closed.connect(self._editor_closed)
        self.grid.enter_moves = self._enter_moves
        self.controller.is_editing = lambda: self.grid.state() == self.grid.State.EditingState
        runner.changed.connect(self._changed)
        self._plan_changed(self.picker.plan_id())

    def _actions(self) -> None:
        def act(text: str, keys: list[QKeySequence | str], slot: object, tip: str = "") -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip or text} ({native})")
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            return action

        self.insert_action = act(self.tr("Thêm nhiệm vụ"), ["Ins", "Ctrl+Return"], self.insert_task)
        self.group_action = act(self.tr("Thêm nhóm"), ["Ctrl+Shift+Ins", "Ctrl+Shift+Return"], self.insert_group)
        self.delete_action = act(self.tr("Xóa dòng"), ["Ctrl+Del", "Ctrl+-"], self.delete_row)
        self.toolbar.addSeparator()
        self.indent_action = act(self.tr("Thụt vào"), ["Alt+Right"], self.indent,
                                 self.tr("Nhóm thành nhiệm vụ của nhóm trên"))
        self.outdent_action = act(self.tr("Thụt ra"), ["Alt+Left"], self.outdent,
                                  self.tr("Nhiệm vụ thành nhóm mới"))
        self.up_action = act(self.tr("Lên"), ["Alt+Up"], lambda: self.move_row(-1))
        self.down_action = act(self.tr("Xuống"), ["Alt+Down"], lambda: self.move_row(1))
        self.toolbar.addSeparator()
        self.paste_action = act(self.tr("Dán từ Word…"), ["Ctrl+Shift+V"], self.paste_text,
                                self.tr("Dán mục Nhiệm vụ, giải pháp và xem trước các nhóm, nhiệm vụ"))
        self.history_action = act(self.tr("Lịch sử thay đổi…"), ["Ctrl+H"], self.show_history,
                                  self.tr("Mọi thay đổi của dòng đang chọn: ai, lúc nào, giá trị cũ → mới"))
        self.attach_action = act(self.tr("Tài liệu kèm theo…"), ["Ctrl+Shift+D"], self.show_attachments,
                                 self.tr("Văn bản, minh chứng của nhiệm vụ đang chọn"))
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        self.toolbar.addSeparator()
        from desktop_app.ui.excel_actions import ExcelActions

        self.excel = ExcelActions(self.runner, self, "tasks", self.picker.plan_id,
                                  imported=lambda: self.controller.load(self.picker.plan_id()))
        self.excel.message.connect(self.message)
        self.template_action = self.toolbar.addAction(self.tr("Tải mẫu Excel…"), self.excel.ask_template)
        self.template_action.setToolTip(self.tr("Tệp Excel các nhóm, nhiệm vụ của kế hoạch để điền"))
        self.import_action = self.toolbar.addAction(self.tr("Nhập từ Excel…"), self.excel.ask_import)
        self.import_action.setToolTip(self.tr("Kiểm tra tệp Excel đã điền, xem trước rồi mới nhập"))
        paste = QAction(self.tr("Dán"), self)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        paste.triggered.connect(self.paste)
        self.grid.addAction(paste)

    # ---- reacting -----------------------------------------------------------------------------

    def _changed(self, changes: frozenset[str]) -> None:
        if "units" in changes or "all" in changes:
            self.controller.structure_changed()

    def _spans(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            if self.model.kind_at(row) in ("group", "draft"):
                self.grid.setSpan(row, CONTENT, 1, len(COLUMNS) - 1)

    def _plan_changed(self, plan_id: str | None) -> None:
        plan = self.picker.plan()
        locked = bool(getattr(plan, "locked", False))  # plans received from the level above
        self.model.read_only = locked
        for action in (self.insert_action, self.group_action, self.delete_action, self.indent_action,
                       self.outdent_action, self.up_action, self.down_action, self.paste_action,
                       self.import_action):
            action.setEnabled(not locked)
        self.locked_label.setVisible(locked)
        self.controller.load(plan_id)

    def _editor_closed(self) -> None:
        self.model.discard_drafts()
        QTimer.singleShot(0, self.controller.apply_deferred)  # after the editor is gone and Enter moved on

    def _enter_moves(self, index: QModelIndex) -> bool:
        """Enter on a group's name goes into the group: its first task, or a new-task row when it is
        empty, so what is typed next is the group's first task, never a new name for a group."""
        if not index.isValid() or self.model.kind_at(index.row()) != "group":
            return False
        return self._into_group(index.row())

    def _into_group(self, row: int) -> bool:
        group = self.model.group_at(row)
        if row < 0 or group is None or self.model.group_size(group.id):
            return False
        below = self.model.group_at(row + 1) if self.model.kind_at(row + 1) == "draft" else None
        if below is None or below.id != group.id:
            row = self.model.insert_draft(row) - 1
            self._spans(row + 1, row + 1)
        self.grid.setCurrentIndex(self.model.index(row + 1, CONTENT))
        return True

    def _remember_focus(self) -> None:
        focus = QApplication.focusWidget()
        self._had_focus = focus is None or self.isAncestorOf(focus)
        current = self.grid.currentIndex()
        self._had_cell = (self.model.rows[current.row()].key, current.row(), current.column()) \
            if current.isValid() and current.row() < len(self.model.rows) else None

    def _keep_a_current_cell(self) -> None:
        """After a reload the cursor is where it was (the same row, or the one now in its place)."""
        cell, self._had_cell = getattr(self, "_had_cell", None), None
        current = self.grid.currentIndex()
        if current.isValid() and current.column() == 0:  # the number is never typed: stand on the content
            self.grid.setCurrentIndex(self.model.index(current.row(), CONTENT))
        if self.grid.currentIndex().isValid() or not self.model.rowCount():
            return
        key, row, column = cell or ("", 0, CONTENT)
        found = self.model.row_of(key)
        row = found if found >= 0 else min(row, self.model.rowCount() - 1)
        self.grid.setCurrentIndex(self.model.index(row, column if self.model.kind_at(row) == "task" else CONTENT))

    def _after_reload(self, select_key: str | None) -> None:
        if getattr(self, "_had_focus", False) and self.isVisible():
            self.grid.setFocus()
        self._had_focus = False
        self.grid.clearSpans()
        self._spans(0, self.model.rowCount() - 1)
        if select_key and select_key.startswith("after:"):
            row = self.model.row_of(select_key[6:])
            if row >= 0 and self.grid.last_hint == Hint.EditNextItem:
                # Tab after typing a new task: on to its lead unit, never to the "new task" row below
                self.grid.setCurrentIndex(self.model.index(row, CONTENT + 1))
            elif row >= 0:
                column = max(self.grid.currentIndex().column(), CONTENT)
                self.grid.setCurrentIndex(self.model.index(min(row + 1, self.model.rowCount() - 1), column))
        elif select_key and select_key.startswith("into:"):
            self._into_group(self.model.row_of(select_key[5:]))
        elif select_key:
            self.select_key(select_key)
        self._keep_a_current_cell()

    def select_key(self, key: str, column: int = CONTENT) -> None:
        """Select a row, reading pages up to it first when it is further down."""
        self.model.reveal_key(key, lambda: self._select_row(key, column))

    def _select_row(self, key: str, column: int) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            index = self.model.index(row, column)
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)

    def open_task(self, plan_id: str | None, task_id: str) -> None:
        if plan_id and plan_id != self.controller.plan_id:
            self.controller._select = task_id
            self.picker.select(plan_id)
        elif self.model.row_of(task_id) < 0 and not self.model.more:  # added since the grid was loaded
            self.controller.load(self.controller.plan_id, select_key=task_id)
        else:
            self.select_key(task_id)
        self.grid.setFocus()

    def apply_filter(self, plan_id: str | None, task_ids: list[str] | None, caption: str = "",
                     select: str | None = None) -> None:
        """Show only these tasks of a plan (with their groups) and a bar to undo it; ``None``: all."""
        from desktop_app.ui.task_filter import TaskFilter

        if getattr(self, "task_filter", None) is None:
            self.task_filter = TaskFilter(self)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, self.task_filter)
        self.task_filter.set(plan_id, task_ids, caption)
        first = select or next(iter(task_ids or ()), None)
        if first is not None:
            self.open_task(plan_id, first)
        elif plan_id is not None:
            self.picker.select(plan_id)

    # ---- commands -----------------------------------------------------------------------------

    def _row(self) -> int:
        index = self.grid.currentIndex()
        return index.row() if index.isValid() else -1

    def insert_task(self) -> None:
        row = self._row()
        if row < 0 or self.model.kind_at(row) == "draft":
            row = self.model.rowCount() - 1
        if self.model.kind_at(row) == "draft":
            index = self.model.index(row, CONTENT)
        else:  # below the current row (or the last one read, while pages remain)
            row = self.model.insert_draft(row)
            self._spans(row, row)
            index = self.model.index(row, CONTENT)
        self.grid.setCurrentIndex(index)
        self.grid.edit(index)

    def insert_group(self) -> None:
        row = self._row()
        group = self.model.group_at(row) if row >= 0 else None
        position = group.position + 1 if group else len(self.model.groups()) + 1
        group_id = self.controller.add_group(self.tr("Nhóm nhiệm vụ mới"), position)
        if group_id:
            self.controller._select = group_id

    def delete_row(self) -> None:
        row = self._row()
        if row >= 0 and self.model.kind_at(row) in ("task", "group"):
            self.controller.delete_row(row)
            self.message.emit(self.tr("Đã xóa. Nhấn Ctrl+Z để hoàn tác."))

    def indent(self) -> None:
        self.controller.indent(self._row())

    def outdent(self) -> None:
        self.controller.outdent(self._row())

    def move_row(self, delta: int) -> None:
        row = self._row()
        if row >= 0:
            self.controller.move(row, delta)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if index.isValid():
            self.grid.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.history_action, self.attach_action, None, self.insert_action, self.group_action,
                       self.delete_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.grid.viewport().mapToGlobal(pos))

    def show_history(self) -> None:
        from desktop_app.ui.dialogs.history import HistoryDialog

        row = self._row()
        kind = self.model.kind_at(row) if row >= 0 else ""
        if kind not in ("task", "group"):
            self.message.emit(self.tr("Hãy chọn một nhiệm vụ hoặc một nhóm để xem lịch sử."))
            return
        task, group = self.model.task_at(row), self.model.group_at(row)
        title = task.content if kind == "task" and task else (group.title if group else "")
        key = self.model.rows[row].key
        self.history_dialog = HistoryDialog(self.runner, key, title, self)
        self.history_dialog.open()

    def show_attachments(self) -> None:
        from desktop_app.ui.dialogs.attachments import AttachmentsDialog

        row = self._row()
        task = self.model.task_at(row) if row >= 0 and self.model.kind_at(row) == "task" else None
        if task is None:
            self.message.emit(self.tr("Hãy chọn một nhiệm vụ để xem tài liệu kèm theo."))
            return
        title = self.tr("Nhiệm vụ {0}. {1}").format(task.number, task.content)
        self.attachments_dialog = AttachmentsDialog(self.runner, "task", task.id, title, self)
        self.attachments_dialog.open()

    def paste_text(self) -> None:
        from desktop_app.ui.dialogs.paste import PasteDialog

        if self.controller.plan_id is None:
            self.message.emit(self.tr("Hãy chọn hoặc tạo một kế hoạch trước."))
            return
        self.paste_dialog = PasteDialog(QGuiApplication.clipboard().text(), self,
                                        directory=[u.name for u in self.model.units.units])
        self.paste_dialog.accepted.connect(lambda: self._add_pasted(self.paste_dialog))
        self.paste_dialog.open()

    def _add_pasted(self, dialog: object) -> None:
        from desktop_app.ui.plan_reading import AddReading

        reading = dialog.result_reading()  # type: ignore[attr-defined]
        if self.controller.plan_id is None or not reading.tasks:
            return
        self.controller.stack.push(AddReading(self.controller, self.controller.plan_id, reading))
        self.message.emit(self.tr("Đã thêm {0} nhóm, {1} nhiệm vụ. Nhấn Ctrl+Z để hoàn tác.").format(
            len(reading.groups), len(reading.tasks)))

    def paste(self) -> None:
        """Ctrl+V: several lines open the paste preview; one line goes into the current cell."""
        text = QGuiApplication.clipboard().text()
        index = self.grid.currentIndex()
        if "\n" in text.strip() or not index.isValid():
            self.paste_text()
        elif self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.model.setData(index, text.strip())

    def current_index(self) -> QModelIndex:
        return self.grid.currentIndex()

    def commit_open_editor(self) -> None:
        self.grid.commit_open_editor()
