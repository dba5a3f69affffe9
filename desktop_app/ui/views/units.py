"""The "Đơn vị" screen: the unit tree with add, rename (F2), move (Alt+← / Alt+→, or to any
parent), deactivate and delete. A unit in use cannot be deleted: the screen says so and offers
to deactivate it instead."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import UnitKind
from desktop_app.services import units as unit_service
from desktop_app.services.errors import InUse
from desktop_app.services.units import UnitInfo
from desktop_app.ui.models.units import FIELDS, UnitTreeModel
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.widgets.delegate import GridDelegate
from desktop_app.ui.widgets.problem_label import ProblemLabel

UNITS = frozenset({"units"})


class UnitCommand(QUndoCommand):
    """Set fields of a unit; undo sets them back (``None`` old values mean: the unit was created)."""

    def __init__(self, view: UnitsView, unit_id: str, old: dict[str, Any] | None, new: dict[str, Any] | None,
                 text: str) -> None:
        super().__init__(text)
        self.view, self.unit_id, self.old, self.new = view, unit_id, old, new

    def _failed(self, exc: BaseException) -> None:
        self.setObsolete(True)  # refused: nothing to undo (the undo stack drops it)
        self.view.failed(exc)

    def _apply(self, values: dict[str, Any] | None, previous: dict[str, Any] | None) -> None:
        if self.isObsolete():
            return
        runner = self.view.runner
        select = self.unit_id
        if values is None:  # the unit should not exist
            runner.run(unit_service.delete_unit, self.unit_id, changes=UNITS,
                       on_done=lambda _r: self.view.reload(), on_error=self._failed)
        elif previous is None:  # the unit should exist again
            runner.run(unit_service.create_unit, unit_id=self.unit_id, changes=UNITS, **values,
                       on_done=lambda _r: self.view.reload(select), on_error=self._failed)
        else:
            runner.run(unit_service.update_unit, self.unit_id, changes=UNITS, **values,
                       on_done=lambda _r: self.view.reload(select), on_error=self._failed)

    def redo(self) -> None:
        self._apply(self.new, self.old)

    def undo(self) -> None:
        self._apply(self.old, self.new)


class UnitsView(QWidget):
    message = Signal(str)

    def __init__(self, runner: OpRunner, parent: QWidget | None = None, stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("units_view")
        self.runner = runner
        self.stack = stack if stack is not None else getattr(parent, "stack", None) or QUndoStack(self)
        self.model = UnitTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("unit_tree")
        self.tree.setModel(self.model)
        delegate = GridDelegate(None, self.tree)
        self.tree.setItemDelegate(delegate)
        delegate.closeEditor.connect(lambda *_a: QTimer.singleShot(0, self._apply_deferred))
        self._deferred: list[UnitInfo] | None = None
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")
        self.tree.setColumnWidth(0, 380)
        self.tree.setColumnWidth(1, 90)
        self.tree.setColumnWidth(2, 200)
        self.toolbar = QToolBar(self)
        self.problem = ProblemLabel(self)
        self.deactivate_button = QPushButton(self.tr("Ngừng hoạt động đơn vị này"), self)
        self.deactivate_button.hide()
        self.deactivate_button.clicked.connect(self.toggle_active)
        self._actions()
        row = QHBoxLayout()
        row.addWidget(self.problem, 1)
        row.addWidget(self.deactivate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cây đơn vị: tỉnh, thành phố → xã, phường → UBND, Đảng ủy → phòng, ban "
                                        "(trước 01/7/2025 còn cấp quận, huyện). Đơn vị đã dùng không xóa được, chỉ "
                                        "ngừng hoạt động hoặc giải thể."), self))
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.model.edit_requested.connect(self._edit)
        self.model.problem.connect(self._show_problem)
        self._select: str | None = None

    def _actions(self) -> None:
        def act(text: str, keys: str, slot: Any) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({keys})")
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            return action

        act(self.tr("Thêm đơn vị"), "Ins", lambda: self.add(child=False))
        act(self.tr("Thêm đơn vị cấp dưới"), "Ctrl+Ins", lambda: self.add(child=True))
        act(self.tr("Đổi tên"), "F2", self.rename)
        act(self.tr("Lên một cấp"), "Alt+Left", self.outdent)
        act(self.tr("Vào trong đơn vị trên"), "Alt+Right", self.indent)
        act(self.tr("Chuyển đến…"), "Ctrl+M", self.choose_parent)
        act(self.tr("Ngừng / mở lại hoạt động"), "Ctrl+D", self.toggle_active)
        act(self.tr("Giải thể…"), "Ctrl+Alt+D", self.dissolve)
        act(self.tr("Thêm từ danh mục…"), "Ctrl+Shift+L", self.from_directory)
        act(self.tr("Xóa"), "Ctrl+Del", self.delete)

    # ---- loading ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        if select:
            self._select = select
        self.runner.read(unit_service.list_units, on_done=self._loaded)

    def _apply_deferred(self) -> None:
        if self._deferred is not None and self.tree.state() != QAbstractItemView.State.EditingState:
            units, self._deferred = self._deferred, None
            self._loaded(units)

    def _loaded(self, units: list[UnitInfo]) -> None:
        if self.tree.state() == QAbstractItemView.State.EditingState:
            self._deferred = units  # never reset the tree under an open editor
            return
        current = self.current()
        focus = QApplication.focusWidget()
        had_focus = focus is None or self.isAncestorOf(focus)
        self.model.set_units(units)
        if had_focus and self.isVisible():
            self.tree.setFocus()
        self.tree.expandAll()
        target = self._select or (current.id if current else None)
        self._select = None
        if target:
            self._select_now(target)

    def open_unit(self, unit_id: str) -> None:
        """Select a unit (a search hit, a link from another screen); a unit the tree has not read
        yet (the screen was just opened, or the unit is new) is selected once the tree is read."""
        if not self._select_now(unit_id):
            self.reload(select=unit_id)

    def _select_now(self, unit_id: str) -> bool:
        index = self.model.index_of(unit_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        return index.isValid()

    def current(self) -> UnitInfo | None:
        return self.model.unit(self.tree.currentIndex())

    def activated(self) -> None:
        self.reload()

    # ---- commands -----------------------------------------------------------------------------

    def _show_problem(self, message: str) -> None:
        self.problem.show_problem(message)
        self.message.emit(message)

    def failed(self, exc: BaseException) -> None:
        self._show_problem(error_text(exc))
        unit = self.current()
        self.deactivate_button.setVisible(isinstance(exc, InUse) and unit is not None and unit.active)

    def _push(self, unit: UnitInfo, old: dict[str, Any] | None, new: dict[str, Any] | None, text: str) -> None:
        self.problem.show_problem("")
        self.deactivate_button.hide()
        self.stack.push(UnitCommand(self, unit.id, old, new, text))

    def _edit(self, request: tuple[UnitInfo, str, Any, Any]) -> None:
        unit, field, old, new = request
        self._push(unit, {field: old}, {field: new}, self.tr("Sửa đơn vị {0}").format(unit.name))

    def add(self, child: bool) -> None:
        current = self.current()
        parent_id = (current.id if child else current.parent_id) if current else None
        kind = UnitKind.OFFICE.value if parent_id else UnitKind.PEOPLES_COMMITTEE.value
        unit_id = str(uuid.uuid4())
        values = {"name": self.tr("Đơn vị mới"), "kind": kind, "parent_id": parent_id}
        stub = UnitInfo(unit_id, "", str(values["name"]), kind, parent_id, True, 1)
        self._select = unit_id
        self._push(stub, None, values, self.tr("Thêm đơn vị"))
        self.rename()

    def rename(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(FIELDS.index("name")))

    def toggle_active(self) -> None:
        unit = self.current()
        if unit is not None:
            text = self.tr("Ngừng hoạt động {0}") if unit.active else self.tr("Mở lại {0}")
            self._push(unit, {"active": unit.active}, {"active": not unit.active}, text.format(unit.name))

    def from_directory(self) -> None:
        from desktop_app.ui.dialogs.directory_load import DirectoryDialog

        self.directory_dialog = DirectoryDialog(self.runner, self)
        self.directory_dialog.finished.connect(lambda _r: self.reload())
        self.directory_dialog.open()

    def dissolve(self) -> None:
        from desktop_app.ui.dialogs.dissolve import DissolveDialog

        unit = self.current()
        if unit is None:
            return
        self.dissolve_dialog = DissolveDialog(self.runner, unit, self)
        self.dissolve_dialog.accepted.connect(lambda: self.reload(unit.id))
        self.dissolve_dialog.open()

    def move_to(self, unit: UnitInfo, parent_id: str | None) -> None:
        self._push(unit, {"parent_id": unit.parent_id}, {"parent_id": parent_id},
                   self.tr("Chuyển đơn vị {0}").format(unit.name))

    def parent_choices(self, unit: UnitInfo) -> list[UnitInfo]:
        """Units that can become the parent of ``unit``: not itself nor one of its descendants."""
        children: dict[str | None, list[UnitInfo]] = {}
        for other in self.model.units:
            children.setdefault(other.parent_id, []).append(other)
        banned, stack = {unit.id}, [unit.id]
        while stack:
            for child in children.get(stack.pop(), []):
                banned.add(child.id)
                stack.append(child.id)
        return [u for u in self.model.units if u.id not in banned]

    def choose_parent(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        unit = self.current()
        if unit is None:
            return
        choices = self.parent_choices(unit)
        names = [self.tr("(cấp cao nhất)")] + [u.name for u in choices]
        name, ok = QInputDialog.getItem(self, self.tr("Chuyển đơn vị"), self.tr("Đơn vị cấp trên mới:"), names, 0,
                                        False)
        if ok:
            target = next((u.id for u in choices if u.name == name), None)
            if target != unit.parent_id:
                self.move_to(unit, target)

    def outdent(self) -> None:
        unit = self.current()
        if unit is not None and unit.parent_id:
            parent = self.model.units[self.model.position[unit.parent_id]]
            self.move_to(unit, parent.parent_id)

    def indent(self) -> None:
        index = self.tree.currentIndex()
        unit = self.current()
        if unit is not None and index.row() > 0:
            above = self.model.unit(index.sibling(index.row() - 1, 0))
            if above is not None:
                self.move_to(unit, above.id)

    def delete(self) -> None:
        unit = self.current()
        if unit is not None:
            values = {"name": unit.name, "code": unit.code, "kind": unit.kind, "parent_id": unit.parent_id,
                      "active": unit.active}
            self._push(unit, values, None, self.tr("Xóa đơn vị {0}").format(unit.name))

    def commit_open_editor(self) -> None:
        widget = self.tree.indexWidget(self.tree.currentIndex())
        if widget is not None:
            self.tree.commitData(widget)
