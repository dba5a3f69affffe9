"""The form of one plan: number, symbol, date, issuer, summary, years, texts. Each field is saved
when you leave it (one transaction, undoable); a refused value stays, red, with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from desktop_app.services import plans as plan_service
from desktop_app.services.plans import PlanInfo
from desktop_app.ui.formats import format_date, parse_date
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.widgets.completing_edit import CompletingLineEdit
from desktop_app.ui.widgets.field_edit import mark_error
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.text_area import TextArea

PLANS = frozenset({"plans"})


class EditPlan(QUndoCommand):
    def __init__(self, form: PlanForm, plan_id: str, field: str, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.form, self.plan_id, self.field, self.old, self.new = form, plan_id, field, old, new

    def _apply(self, value: Any) -> None:
        self.form.runner.run(plan_service.update_plan, self.plan_id, **{self.field: value}, changes=PLANS,
                             on_done=self.form.saved, on_error=lambda exc: self.form.failed(self.field, exc))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class PlanForm(QWidget):
    message = Signal(str)
    plan_saved = Signal(object)

    def __init__(self, runner: OpRunner, stack: QUndoStack, units: UnitLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.stack, self.units = runner, stack, units
        self.plan: PlanInfo | None = None
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout(self)
        line = QHBoxLayout()
        self._add(line, "number", QLineEdit(self), 80)
        line.addWidget(QLabel(self.tr("Ký hiệu:"), self))
        self._add(line, "symbol", QLineEdit(self), 140)
        line.addWidget(QLabel(self.tr("Ngày ban hành:"), self))
        self._add(line, "issued_on", QLineEdit(self), 110)
        line.addStretch(1)
        form.addRow(self.tr("Số:"), line)
        issuer = CompletingLineEdit(lambda t: [u.name for u in self.units.matches(t)], parent=self)
        form.addRow(self.tr("Đơn vị ban hành:"), self._add(None, "issuer_unit_id", issuer))
        form.addRow(self.tr("Trích yếu:"), self._add(None, "title", TextArea(self, 2)))
        years = QHBoxLayout()
        self._add(years, "start_year", QLineEdit(self), 70)
        years.addWidget(QLabel(self.tr("đến năm"), self))
        self._add(years, "end_year", QLineEdit(self), 70)
        years.addWidget(QLabel(self.tr("tầm nhìn"), self))
        self._add(years, "vision_year", QLineEdit(self), 70)
        years.addWidget(QLabel(self.tr("Hạn báo cáo sau ngày chốt (ngày):"), self))
        offset = QSpinBox(self)
        offset.setRange(1, 60)
        offset.editingFinished.connect(lambda: self._commit("deadline_offset_days"))
        self.fields["deadline_offset_days"] = offset
        years.addWidget(offset)
        years.addStretch(1)
        form.addRow(self.tr("Giai đoạn:"), years)
        form.addRow(self.tr("Mục đích:"), self._add(None, "purpose", TextArea(self, 3)))
        form.addRow(self.tr("Yêu cầu:"), self._add(None, "requirements", TextArea(self, 3)))
        self.problem = ProblemLabel(self)
        form.addRow(self.problem)
        self.setEnabled(False)

    def _add(self, layout: QHBoxLayout | None, name: str, widget: Any, width: int = 0) -> QWidget:
        widget.setObjectName(f"plan_{name}")
        if width:
            widget.setFixedWidth(width)
        widget.editingFinished.connect(lambda: self._commit(name))
        self.fields[name] = widget
        if layout is not None:
            layout.addWidget(widget)
        return widget

    def show_plan(self, plan: PlanInfo | None) -> None:
        self.plan = plan
        self.setEnabled(plan is not None)
        for name, widget in self.fields.items():
            mark_error(widget, None)
            if isinstance(widget, QSpinBox):
                widget.setValue(plan.deadline_offset_days if plan else 3)
            else:
                widget.setText(self._text(plan, name) if plan else "")  # type: ignore[attr-defined]
        self.problem.show_problem("")

    @staticmethod
    def _text(plan: PlanInfo, name: str) -> str:
        if name == "issued_on":
            return format_date(plan.issued_on)
        if name == "issuer_unit_id":
            return plan.issuer_name
        value = getattr(plan, name)
        return "" if value is None else str(value)

    def _parse(self, name: str, widget: QWidget) -> Any:
        if isinstance(widget, QSpinBox):
            return widget.value()
        text = widget.text().strip()  # type: ignore[attr-defined]
        if name == "issued_on":
            return parse_date(text)
        if name == "issuer_unit_id":
            unit = self.units.find(text)
            return unit.id if unit else None
        if name.endswith("_year"):
            if not text:
                return None
            if not text.isdigit() or not 1945 <= int(text) <= 2200:
                raise ValueError(self.tr("Năm không hợp lệ: {0}").format(text))
            return int(text)
        if name == "title" and not text:
            raise ValueError(self.tr("Trích yếu kế hoạch không được để trống"))
        return text

    def _commit(self, name: str) -> None:
        if self.plan is None:
            return
        widget = self.fields[name]
        try:
            value = self._parse(name, widget)
        except ValueError as exc:
            mark_error(widget, str(exc))
            self.problem.show_problem(str(exc))
            self.message.emit(str(exc))
            return
        mark_error(widget, None)
        self.problem.show_problem("")
        old = getattr(self.plan, name)
        if value != old:
            self.stack.push(EditPlan(self, self.plan.id, name, old, value,
                                     self.tr("Sửa kế hoạch {0}").format(self.plan.reference)))

    def saved(self, plan: PlanInfo) -> None:
        if self.plan is not None and plan.id == self.plan.id:
            self.plan = plan
            self.plan_saved.emit(plan)

    def failed(self, field: str, exc: BaseException) -> None:
        widget = self.fields.get(field)
        if widget is not None:
            mark_error(widget, error_text(exc))
        self.problem.show_problem(error_text(exc))

    def flush(self) -> None:
        """Save the field being typed in (closing the window, switching screens)."""
        for name, widget in self.fields.items():
            if widget.hasFocus():
                self._commit(name)
