"""The "Kế hoạch" screen: the list of plans; the selected plan's form, the chain of documents it
implements (NQ → CTr → KH), the documents amending it (with a compare-versions dialog), its
evidence documents, and its targets with the actual value of a period."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.periods import PeriodKind
from desktop_app.services import documents as document_service
from desktop_app.services import plans as plan_service
from desktop_app.services import revisions as revision_service
from desktop_app.services import targets as target_service
from desktop_app.services.periods import current_period
from desktop_app.services.plans import PlanInfo
from desktop_app.ui.formats import parse_number
from desktop_app.ui.labels import period_label
from desktop_app.ui.models.plans import PlanListModel, TargetModel
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.views.plan_form import PlanForm
from desktop_app.ui.views.progress import period_choices
from desktop_app.ui.widgets.delegate import GridDelegate
from desktop_app.ui.widgets.grid_view import GridView
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

PLANS = frozenset({"plans"})


class AddPlan(QUndoCommand):
    def __init__(self, view: PlansView, plan_id: str, title: str) -> None:
        super().__init__(QCoreApplication.translate("PlansView", "Thêm kế hoạch"))
        self.view, self.plan_id, self.title = view, plan_id, title

    def redo(self) -> None:
        self.view.runner.run(plan_service.create_plan, self.title, plan_id=self.plan_id, changes=PLANS,
                             on_done=lambda _p: self.view.reload(self.plan_id))

    def undo(self) -> None:
        self.view.runner.run(plan_service.delete_plan, self.plan_id, changes=PLANS,
                             on_done=lambda _p: self.view.reload())


class SetTargetValue(QUndoCommand):
    def __init__(self, view: PlansView, target_id: str, period: str, old: float | None, new: float) -> None:
        super().__init__(QCoreApplication.translate("PlansView", "Sửa giá trị chỉ tiêu"))
        self.view, self.target_id, self.period, self.old, self.new = view, target_id, period, old, new

    def _set(self, value: float | None) -> None:
        if value is None:
            self.view.message.emit(QCoreApplication.translate(
                "PlansView", "Giá trị đầu tiên của chỉ tiêu không hoàn tác được; hãy sửa số."))
            return
        self.view.runner.run(target_service.set_target_value, self.target_id, self.period, value,
                             changes={"targets"}, on_done=lambda _r: self.view.load_details())

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class PlansView(QWidget):
    message = Signal(str)
    plan_selected = Signal(object)

    def __init__(self, runner: OpRunner, units: UnitLookup, parent: QWidget | None = None,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plans_view")
        self.runner = runner
        self.stack = stack if stack is not None else getattr(parent, "stack", None) or QUndoStack(self)
        self.model = PlanListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("plan_list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)  # one line per plan; the full summary is in the tooltip and the form
        for col, width in enumerate((100, 82, 72)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form = PlanForm(runner, self.stack, units, self)
        self.chain = QLabel(self)
        self.chain.setObjectName("plan_chain")
        self.chain.setWordWrap(True)
        self.chain.setTextFormat(Qt.TextFormat.RichText)
        self.add_document = QPushButton(self.tr("Thêm văn bản căn cứ…"), self)
        self.add_document.setToolTip("Ctrl+Shift+B")
        self.add_document.clicked.connect(self.choose_document)
        self.remove_document = QPushButton(self.tr("Bỏ văn bản căn cứ…"), self)
        self.remove_document.clicked.connect(self.unlink_document)
        self.amendments = QLabel(self)
        self.amendments.setObjectName("plan_amendments")
        self.amendments.setWordWrap(True)
        self.amendment_docs: list[Any] = []
        self.amend_button = QPushButton(self.tr("Ghi văn bản sửa đổi, bổ sung…"), self)
        self.amend_button.setToolTip(self.tr("Bổ sung, sửa đổi, bãi bỏ nhiệm vụ theo một văn bản (Ctrl+Shift+A)"))
        self.amend_button.clicked.connect(self.record_amendment)
        self._key("Ctrl+Shift+A", self.record_amendment)
        self.carry_on_button = QPushButton(self.tr("Tiếp tục sau sắp xếp đơn vị…"), self)
        self.carry_on_button.setToolTip(self.tr("Giao lại các nhiệm vụ chưa xong của đơn vị đã giải thể cho đơn vị "
                                                "kế thừa, bằng một văn bản"))
        self.carry_on_button.clicked.connect(self.carry_on)
        self._key("Ctrl+Shift+B", self.choose_document)
        self.compare_button = QPushButton(self.tr("So sánh với phiên bản ngày…"), self)
        self.compare_button.setToolTip(self.tr("Những nhiệm vụ được bổ sung, sửa đổi, bãi bỏ giữa hai ngày"))
        self.compare_button.clicked.connect(self.compare_versions)
        self.attach_button = QPushButton(self.tr("Tài liệu kèm theo…"), self)
        self.attach_button.setToolTip(self.tr("Văn bản, minh chứng của kế hoạch (Ctrl+Shift+D)"))
        self.attach_button.clicked.connect(self.show_attachments)
        self._key("Ctrl+Shift+D", self.show_attachments)
        self.targets = TargetModel(self)
        self.target_grid = GridView(self)
        self.target_grid.setObjectName("target_grid")
        self.target_grid.setModel(self.targets)
        self.target_grid.setItemDelegate(GridDelegate(None, self.target_grid))
        for col, width in enumerate((250, 70, 80, 70, 60, 80, 70)):
            self.target_grid.setColumnWidth(col, width)
        self.target_period = QComboBox(self)
        for period in period_choices(date.today()):
            if period.kind in (PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER):
                self.target_period.addItem(f"{period_label(period)} ({period.code})", period.code)
        year = current_period(PeriodKind.YEAR).code
        self.target_period.setCurrentIndex(max(0, self.target_period.findData(year)))
        self.new_target = VnLineEdit(self)
        self.new_target.setObjectName("new_target")
        self.new_target.setPlaceholderText(
            self.tr("Chỉ tiêu mới: tên; đơn vị tính; cơ sở; mục tiêu (8 hoặc 8-10); năm — Enter để thêm"))
        self.new_target.returnPressed.connect(self.add_target)
        self.problem = ProblemLabel(self)
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select_row(cur.row()))
        self.target_period.currentIndexChanged.connect(lambda _i: self.load_details())
        self.targets.value_requested.connect(self._target_value)
        self.targets.problem.connect(self.problem.show_problem)
        self.target_grid.cell_problem.connect(self.problem.show_problem)
        self.form.plan_saved.connect(lambda _p: self.reload())
        self.form.message.connect(self.message)
        self._select: str | None = None
        self.source = getattr(parent, "plan_source", None)
        if self.source is not None:
            self.source.loaded.connect(lambda plans: self._loaded(plans) if self.isVisible() else None)

    def _key(self, keys: str, slot: Any) -> None:
        """A shortcut anywhere on the plan screen."""
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _layout(self) -> None:
        bar = QToolBar(self)
        for text, keys, slot in ((self.tr("Thêm kế hoạch"), "Ins", self.add_plan),
                                 (self.tr("Xóa kế hoạch"), "Ctrl+Del", self.delete_plan)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
            bar.addAction(action)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(bar)
        left_layout.addWidget(self.table)
        details = QWidget(self)
        box = QVBoxLayout(details)
        box.addWidget(self._heading(self.tr("Thông tin kế hoạch")))
        box.addWidget(self.form)
        box.addWidget(self._heading(self.tr("Văn bản được thực hiện (chuỗi Nghị quyết → Chương trình → Kế hoạch)")))
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain, 1)
        chain_buttons = QVBoxLayout()
        chain_buttons.addWidget(self.add_document)
        chain_buttons.addWidget(self.remove_document)
        chain_buttons.addStretch(1)
        chain_row.addLayout(chain_buttons)
        box.addLayout(chain_row)
        box.addWidget(self._heading(self.tr("Văn bản sửa đổi, bổ sung kế hoạch")))
        amend_row = QHBoxLayout()
        amend_row.addWidget(self.amendments, 1, Qt.AlignmentFlag.AlignTop)
        amend_buttons = QVBoxLayout()
        amend_buttons.addWidget(self.amend_button)
        amend_buttons.addWidget(self.carry_on_button)
        amend_buttons.addWidget(self.compare_button)
        amend_buttons.addWidget(self.attach_button)
        amend_row.addLayout(amend_buttons)
        box.addLayout(amend_row)
        box.addWidget(self._heading(self.tr("Chỉ tiêu")))
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("Giá trị thực hiện của kỳ:"), self))
        period_row.addWidget(self.target_period)
        period_row.addStretch(1)
        box.addLayout(period_row)
        box.addWidget(self.target_grid)
        box.addWidget(self.new_target)
        box.addWidget(self.problem)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([470, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setStyleSheet("QLabel { color: #1a4f8b; margin-top: 6px; }")
        return label

    # ---- loading ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        if select:
            self._select = select
        if self.source is not None:
            self.source.refresh()  # every plan picker gets the new list too
        else:
            self.runner.read(plan_service.list_plans, on_done=self._loaded)

    def _loaded(self, plans: list[PlanInfo]) -> None:
        keep = self._select or (self.form.plan.id if self.form.plan else None)
        self._select = None
        self.model.set_plans(plans)
        row = self.model.row_of(keep) if keep else (0 if plans else -1)
        if row >= 0:
            self.table.selectRow(row)
            self._select_row(row)
        else:
            self.form.show_plan(None)

    def _select_row(self, row: int) -> None:
        plan = self.model.plans[row] if 0 <= row < len(self.model.plans) else None
        if plan is not None and self.form.plan is not None and plan.id == self.form.plan.id \
                and self.form.plan.version == plan.version:
            return
        self.form.show_plan(plan)
        self.load_details()
        if plan is not None:
            self.plan_selected.emit(plan.id)

    def load_details(self) -> None:
        plan = self.form.plan
        if plan is None:
            self.chain.setText("")
            self.amendments.setText("")
            self.amendment_docs = []
            self.targets.set_targets([], "")
            return
        period = str(self.target_period.currentData())
        self.runner.read(_details, plan.id, period, on_done=self._details_loaded)

    def _details_loaded(self, result: tuple[str, list[list[Any]], list[Any], str, list[Any]]) -> None:
        plan_id, chains, targets, period, amendments = result
        plan = self.form.plan
        if plan is None or plan.id != plan_id:
            return
        lines = []
        for chain in chains:
            steps = [doc.citation for doc in reversed(chain)] + [self.tr("Kế hoạch này ({0})").format(plan.reference)]
            lines.append(" → ".join(steps))
        self.chain.setText("<br>".join(lines) or self.tr("<i>Chưa ghi văn bản căn cứ.</i>"))
        self.amendment_docs = amendments
        self.amendments.setText("\n".join(f"• {doc.citation}" + (f": {doc.title}" if doc.title else "")
                                          for doc in amendments)
                                or self.tr("Chưa có văn bản sửa đổi, bổ sung; kế hoạch đang theo bản ban hành."))
        self.targets.set_targets(targets, period)

    def open_plan(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.reload(plan_id)

    def activated(self) -> None:
        self.reload()

    # ---- commands -----------------------------------------------------------------------------

    def add_plan(self) -> None:
        import uuid

        plan_id = str(uuid.uuid4())
        self.form.new_plans[plan_id] = self.tr("Kế hoạch mới")
        self.stack.push(AddPlan(self, plan_id, self.form.new_plans[plan_id]))
        self.form.fields["number"].setFocus()

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Xóa kế hoạch"), text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_plan(self) -> None:
        plan = self.form.plan
        if plan is None:
            return
        if self.confirm(self.tr("Xóa {0} cùng {1} nhiệm vụ và toàn bộ tiến độ của nó? Việc này không hoàn tác "
                                "được (hãy Lưu bản sao trước nếu cần).").format(plan.label, plan.task_count)):
            self.runner.run(plan_service.delete_plan, plan.id, changes=PLANS, on_done=lambda _r: self.reload())
            self.form.show_plan(None)

    def choose_document(self) -> None:
        from desktop_app.ui.dialogs.document import DocumentDialog

        plan = self.form.plan
        if plan is None:
            return
        self.runner.read(document_service.list_documents,
                         on_done=lambda docs: self._document_dialog(DocumentDialog(docs, self)))

    def _document_dialog(self, dialog: Any) -> None:
        self.document_dialog = dialog
        dialog.accepted.connect(lambda: self.link_document(dialog))
        dialog.open()

    def link_document(self, dialog: Any) -> None:
        plan = self.form.plan
        if plan is None:
            return
        current = [d.id for d in plan.implements]
        existing = dialog.existing.currentData()
        if existing:
            self.runner.run(plan_service.update_plan, plan.id, implements=[*current, existing], changes=PLANS,
                            on_done=self._linked, on_error=lambda e: self.problem.show_problem(error_text(e)))
            return
        values = dialog.values()
        self.runner.run(_create_and_link, plan.id, current, values, changes=PLANS, on_done=self._linked,
                        on_error=lambda e: self.problem.show_problem(error_text(e)))

    def unlink_document(self) -> None:
        from desktop_app.ui.dialogs.unlink_document import remaining, unlink_dialog

        plan = self.form.plan
        if plan is None or not plan.implements:
            self.message.emit(self.tr("Kế hoạch này chưa ghi văn bản căn cứ nào."))
            return
        self.unlink_dialog = unlink_dialog(plan, self)
        self.unlink_dialog.textValueSelected.connect(
            lambda citation: self.runner.run(plan_service.update_plan, plan.id, implements=remaining(plan, citation),
                                             changes=PLANS, on_done=self._linked,
                                             on_error=lambda e: self.problem.show_problem(error_text(e))))
        self.unlink_dialog.open()

    def compare_versions(self) -> None:
        from desktop_app.ui.dialogs.compare_versions import CompareVersionsDialog

        plan = self.form.plan
        if plan is None:
            return
        self.compare_dialog = CompareVersionsDialog(self.runner, plan.id, plan.label, plan.issued_on,
                                                    self.amendment_docs, self)
        self.compare_dialog.open()

    def carry_on(self) -> None:
        from desktop_app.ui.dialogs.carry_on import CarryOnDialog

        plan = self.form.plan
        if plan is None:
            return
        self.carry_on_dialog = CarryOnDialog(self.runner, plan.id, self)
        self.carry_on_dialog.accepted.connect(self.load_details)
        self.carry_on_dialog.open()
        self.carry_on_dialog.load()

    def record_amendment(self) -> None:
        from desktop_app.ui.dialogs.amendment import plan_tasks

        plan = self.form.plan
        if plan is None:
            return
        self.runner.read(plan_tasks, plan.id, on_done=lambda data: self._amendment_dialog(data, plan),
                         on_error=lambda e: self.problem.show_problem(error_text(e)))

    def _amendment_dialog(self, data: Any, plan: PlanInfo) -> None:
        from desktop_app.ui.dialogs.amendment import AmendmentDialog

        self.amendment_dialog = AmendmentDialog(self.runner, data, plan.label, self.form.units, self)
        self.amendment_dialog.accepted.connect(self._amendment_recorded)
        self.amendment_dialog.open()

    def _amendment_recorded(self) -> None:
        doc = self.amendment_dialog.recorded
        if doc is not None:
            self.message.emit(self.tr("Đã ghi văn bản sửa đổi {0}.").format(doc.citation))
        self.load_details()

    def show_attachments(self) -> None:
        from desktop_app.ui.dialogs.attachments import AttachmentsDialog

        plan = self.form.plan
        if plan is None:
            return
        self.attachments_dialog = AttachmentsDialog(self.runner, "plan", plan.id, plan.label, self)
        self.attachments_dialog.open()

    def _linked(self, plan: PlanInfo) -> None:
        self.form.plan = plan
        self.load_details()

    def add_target(self) -> None:
        plan = self.form.plan
        if plan is None:
            return
        try:
            values = parse_target_line(self.new_target.text())
        except ValueError as exc:
            self.problem.show_problem(str(exc))
            return
        name = str(values.pop("name"))
        self.runner.run(target_service.add_target, plan.id, name, changes={"targets"}, **values,
                        on_done=self._target_added,
                        on_error=lambda e: self.problem.show_problem(error_text(e)))

    def _target_added(self, _target: object) -> None:
        self.new_target.clear()
        self.load_details()

    def _target_value(self, request: tuple[Any, str, float | None, float]) -> None:
        target, period, old, new = request
        self.stack.push(SetTargetValue(self, target.id, period, old, new))

    def commit_open_editor(self) -> None:
        self.form.flush()
        self.target_grid.commit_open_editor()


def parse_target_line(text: str) -> dict[str, object]:
    """"Tỷ lệ thạc sỹ; %; 8; 8-10; 2030" → fields of a new target."""
    parts = [p.strip() for p in text.split(";")]
    if not parts or not parts[0]:
        raise ValueError(QCoreApplication.translate(
            "PlansView", "Cần tên chỉ tiêu (tên; đơn vị tính; cơ sở; mục tiêu; năm)"))
    values: dict[str, object] = {"name": parts[0]}
    if len(parts) > 1:
        values["measure"] = parts[1]
    if len(parts) > 2 and parts[2]:
        values["baseline"] = parse_number(parts[2])
    if len(parts) > 3 and parts[3]:
        low, _, high = parts[3].replace("–", "-").partition("-")
        values["target_low"] = parse_number(low)
        values["target_high"] = parse_number(high) if high.strip() else None
    if len(parts) > 4 and parts[4]:
        if not parts[4].isdigit():
            raise ValueError(QCoreApplication.translate("PlansView", "Năm không hợp lệ: {0}").format(parts[4]))
        values["target_year"] = int(parts[4])
    return values


def _details(db: Any, plan_id: str, period: str) -> tuple[str, list[list[Any]], list[Any], str, list[Any]]:
    plan = plan_service.get_plan(db, plan_id)
    chains = [document_service.chain(db, doc.id) for doc in plan.implements]
    return (plan_id, chains, target_service.list_targets(db, plan_id), period,
            revision_service.list_amendments(db, plan_id))


def _create_and_link(db: Any, plan_id: str, current: list[str], values: dict[str, Any]) -> PlanInfo:
    doc = document_service.create_document(db, **values)
    return plan_service.update_plan(db, plan_id, implements=[*current, doc.id])
