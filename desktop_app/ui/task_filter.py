"""The task grid showing only some tasks (the ones a count of the overview stands for): the other
rows are hidden, their groups kept as headings, and a bar says what is shown with "Bỏ lọc"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.views.tasks import TasksView


class TaskFilter(QWidget):
    def __init__(self, view: TasksView) -> None:
        super().__init__(view)
        self.setObjectName("task_filter")
        self.view = view
        self.plan_id: str | None = None
        self.task_ids: set[str] | None = None
        self.label = QLabel(self)
        self.clear_button = QPushButton(self.tr("Bỏ lọc"), self)
        self.clear_button.setObjectName("clear_filter")
        self.clear_button.clicked.connect(self.clear)
        self.setStyleSheet("QWidget#task_filter { background: #e3f2fd; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()
        view.model.modelReset.connect(self.apply)
        view.model.rowsInserted.connect(lambda *_: self.apply())
        view.picker.plan_changed.connect(self._plan_changed)

    @property
    def active(self) -> bool:
        return self.task_ids is not None

    def set(self, plan_id: str | None, task_ids: list[str] | None, caption: str = "") -> None:
        self.plan_id = plan_id
        self.task_ids = set(task_ids) if task_ids is not None else None
        count = len(self.task_ids or ())
        self.label.setText(self.tr("Đang xem {0} nhiệm vụ: {1}").format(count, caption) if caption
                           else self.tr("Đang xem {0} nhiệm vụ").format(count))
        self.setVisible(self.active)
        self.apply()

    def clear(self) -> None:
        self.set(self.plan_id, None)

    def _plan_changed(self, plan_id: str | None) -> None:
        if self.active and plan_id != self.plan_id:
            self.clear()

    def visible_task_ids(self) -> list[str]:
        model = self.view.model
        return [r.task.id for i, r in enumerate(model.rows)
                if r.kind == "task" and r.task is not None and not self.view.grid.isRowHidden(i)]

    def apply(self) -> None:
        model = self.view.model
        if self.active and model.plan_id == self.plan_id:
            wanted = self.task_ids or set()

            def all_read() -> bool:  # the grid reads pages until every counted task is there
                read = {r.task.id for r in model.rows if r.kind == "task" and r.task is not None}
                return wanted <= read

            model.reveal(all_read, self._hide_others)
        else:
            grid = self.view.grid
            for row in range(model.rowCount()):
                if grid.isRowHidden(row):
                    grid.setRowHidden(row, False)

    def _hide_others(self) -> None:
        model, grid = self.view.model, self.view.grid
        if not self.active or model.plan_id != self.plan_id:
            return
        wanted = self.task_ids or set()
        groups = {r.task.group_id for r in model.rows if r.kind == "task" and r.task and r.task.id in wanted}
        for row, grid_row in enumerate(model.rows):
            if grid_row.kind == "task":
                keep = grid_row.task is not None and grid_row.task.id in wanted
            else:
                keep = grid_row.kind == "group" and grid_row.group is not None and grid_row.group.id in groups
            grid.setRowHidden(row, not keep)
