"""The form of one plan: number, symbol, date, issuer, summary, years, texts. Each field is saved
when you leave it (one transaction, undoable); a refused value stays, red, with the reason.

Each save names the version of the plan the form shows (or a newer one this form saved itself): a
plan saved meanwhile in another window is refused and merged by the clerk (ui/dialogs/merge.py),
never overwritten; a change of another field there is no conflict, the edit is saved on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop_app.services import plans as plan_service
from desktop_app.services.database import Database
from desktop_app.services.errors import Conflict
from desktop_app.services.plans import PlanInfo
from desktop_app.ui.formats import format_date, parse_date
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.widgets.completing_edit import CompletingLineEdit
from desktop_app.ui.widgets.field_edit import mark_error
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.text_area import TextArea
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

PLANS = frozenset({"plans"})


class PlanConflict(Conflict):
    """A refused save, with the plan as stored now (read on the DB thread)."""

    def __init__(self, exc: Conflict, theirs: PlanInfo) -> None:
        super().__init__(str(exc), exc.current, exc.by, exc.at, theirs.version)
        self.theirs = theirs


class EditPlan(QUndoCommand):
    def __init__(self, form: PlanForm, plan_id: str, old: dict[str, Any], new: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.form, self.plan_id, self.old, self.new = form, plan_id, old, new

    def _apply(self, changes: dict[str, Any], base: dict[str, Any]) -> None:
        self.form.runner.run(self.form.save_plan, self.plan_id, self.form.seen_version(self.plan_id), base, changes,
                             changes=PLANS, on_done=self.form.saved, on_error=lambda exc: self._failed(changes, exc))

    def _failed(self, changes: dict[str, Any], exc: BaseException) -> None:
        if isinstance(exc, Conflict):
            self.setObsolete(True)  # its undo would act on a plan it no longer describes
            self.form.plan_conflict(self.plan_id, changes, exc)
            return
        for field in changes:
            self.form.failed(field, exc)

    def redo(self) -> None:
        self._apply(self.new, self.old)

    def undo(self) -> None:
        self._apply(self.old, self.new)


class PlanForm(QWidget):
    message = Signal(str)
    plan_saved = Signal(object)

    def __init__(self, runner: OpRunner, stack: QUndoStack, units: UnitLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.stack, self.units = runner, stack, units
        self.plan: PlanInfo | None = None
        self.fields: dict[str, QWidget] = {}
        self._saved_versions: dict[str, int] = {}  # plan id → version this form saved (DB thread only)
        self.merge_dialog: QDialog | None = None  # the last merge shown (tests drive it)
        form = QFormLayout(self)
        line = QHBoxLayout()
        self._add(line, "number", VnLineEdit(self), 80)
        line.addWidget(QLabel(self.tr("Ký hiệu:"), self))
        self._add(line, "symbol", VnLineEdit(self), 140)
        line.addWidget(QLabel(self.tr("Ngày ban hành:"), self))
        self._add(line, "issued_on", VnLineEdit(self), 110)
        line.addStretch(1)
        form.addRow(self.tr("Số:"), line)
        issuer = CompletingLineEdit(lambda t: [u.name for u in self.units.matches(t)], parent=self)
        issuer.new_label = lambda name: self.tr("+ Thêm đơn vị mới “{0}”").format(name)
        issuer.new_requested.connect(self.add_issuer)
        form.addRow(self.tr("Đơn vị ban hành:"), self._add(None, "issuer_unit_id", issuer))
        title = TextArea(self, 2)
        title.setPlaceholderText(self.tr("Trích yếu, ví dụ: Thực hiện Chương trình hành động số 30-CTr/TU…"))
        form.addRow(self.tr("Trích yếu:"), self._add(None, "title", title))
        self.new_plans: dict[str, str] = {}  # plans just added here → the title they were given
        self._adding_unit = ""  # a new issuer being recorded (its name)
        years = QHBoxLayout()
        self._add(years, "start_year", VnLineEdit(self), 70)
        years.addWidget(QLabel(self.tr("đến năm"), self))
        self._add(years, "end_year", VnLineEdit(self), 70)
        years.addWidget(QLabel(self.tr("tầm nhìn"), self))
        self._add(years, "vision_year", VnLineEdit(self), 70)
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

    def _text(self, plan: PlanInfo, name: str) -> str:
        if name == "title" and self.new_plans.get(plan.id) == plan.title:
            return ""  # a new plan's stand-in title is not text to type after: the box shows a hint
        if name == "issued_on":
            return format_date(plan.issued_on)
        if name == "issuer_unit_id":
            return plan.issuer_name
        value = getattr(plan, name)
        return "" if value is None else str(value)

    def _parse(self, name: str, widget: QWidget) -> Any:
        if isinstance(widget, QSpinBox):
            return widget.value()
        return self.parse(name, widget.text())  # type: ignore[attr-defined]

    def parse(self, name: str, text: str) -> Any:
        """A field's value from its text (the form's fields, and the merge dialog's results)."""
        text = text.strip()
        if name == "deadline_offset_days":
            if not text.isdigit() or not 1 <= int(text) <= 60:
                raise ValueError(self.tr("Số ngày không hợp lệ: {0}").format(text))
            return int(text)
        if name == "issued_on":
            return parse_date(text)
        if name == "issuer_unit_id":
            if text and not self.units.matches(text, active_only=False, limit=1):
                raise ValueError(self.tr("Không có đơn vị: {0} — nhấn ↓ rồi chọn “+ Thêm đơn vị mới” để thêm")
                                 .format(text))
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
        if name == "issuer_unit_id" and self._adding_unit:
            return  # saved once the new unit is recorded
        if name == "title" and not widget.text().strip() and self.plan.id in self.new_plans:  # type: ignore[attr-defined]
            return  # left empty: the plan keeps its stand-in title until one is typed
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
            self.stack.push(EditPlan(self, self.plan.id, {name: old}, {name: value},
                                     self.tr("Sửa kế hoạch {0}").format(self.plan.reference)))

    def add_issuer(self, name: str) -> None:
        """Record a unit the issuer field does not know yet, then make it the plan's issuer."""
        from desktop_app.domain.kinds import UnitKind
        from desktop_app.domain.text import fold
        from desktop_app.services import units as unit_service

        if self.plan is None or not name.strip():
            return
        self._adding_unit = name.strip()
        kind = UnitKind.PEOPLES_COMMITTEE if fold(name).startswith(("ubnd", "uy ban")) else UnitKind.OTHER
        self.runner.run(unit_service.create_unit, self._adding_unit, kind=kind, changes=frozenset({"units"}),
                        on_done=self._issuer_added, on_error=self._issuer_refused)

    def _issuer_added(self, unit: Any) -> None:
        self._adding_unit = ""
        widget = self.fields["issuer_unit_id"]
        widget.setText(unit.name)  # type: ignore[attr-defined]
        mark_error(widget, None)
        self.message.emit(self.tr("Đã thêm đơn vị “{0}”.").format(unit.name))
        if self.plan is not None and self.plan.issuer_unit_id != unit.id:
            text = self.tr("Sửa kế hoạch {0}").format(self.plan.reference)
            self.stack.push(EditPlan(self, self.plan.id, {"issuer_unit_id": self.plan.issuer_unit_id},
                                     {"issuer_unit_id": unit.id}, text))

    def _issuer_refused(self, exc: BaseException) -> None:
        self._adding_unit = ""
        self.failed("issuer_unit_id", exc)

    def saved(self, plan: PlanInfo) -> None:
        if self.plan is not None and plan.id == self.plan.id:
            self.plan = plan
            self._show_values(plan)
            self.plan_saved.emit(plan)

    def _show_values(self, plan: PlanInfo) -> None:
        """Show the saved values (an undo, a merge) in the fields not being typed in and not red,
        so leaving a field never saves a value it no longer shows."""
        for name, widget in self.fields.items():
            if widget.hasFocus() or widget.property("error"):
                continue
            if isinstance(widget, QSpinBox):
                widget.setValue(plan.deadline_offset_days)
            elif widget.text() != self._text(plan, name):  # type: ignore[attr-defined]
                widget.setText(self._text(plan, name))  # type: ignore[attr-defined]

    def failed(self, field: str, exc: BaseException) -> None:
        widget = self.fields.get(field)
        if widget is not None:
            mark_error(widget, error_text(exc))
        self.problem.show_problem(error_text(exc))

    # ---- optimistic locking: the version this form saw, and a merge when someone saved first ----

    def seen_version(self, plan_id: str) -> int:
        return self.plan.version if self.plan is not None and self.plan.id == plan_id else 0

    def save_plan(self, db: Database, plan_id: str, seen: int, base: dict[str, Any],
                  changes: dict[str, Any]) -> PlanInfo:
        """On the DB thread: save ``changes`` made on the version this form knows. A newer version
        that left the edited fields as they were is no conflict: the edit is saved on it."""
        expected = max(seen, self._saved_versions.get(plan_id, 0))
        try:
            plan = plan_service.update_plan(db, plan_id, expected_version=expected, **changes)
        except Conflict as exc:
            stored = plan_service.get_plan(db, plan_id)
            if all(getattr(stored, f) == v for f, v in changes.items()):
                plan = stored  # the same value was saved by the other side: nothing to merge
            elif all(getattr(stored, f) == base.get(f) for f in changes):
                plan = plan_service.update_plan(db, plan_id, expected_version=stored.version, **changes)
            else:
                raise PlanConflict(exc, stored) from exc
        self._saved_versions[plan_id] = plan.version
        return plan

    def plan_conflict(self, plan_id: str, changes: dict[str, Any], exc: Conflict) -> None:
        if isinstance(exc, PlanConflict):
            self._merge(changes, exc)
        else:  # refused at commit time: read what is stored now, then merge
            self.runner.read(plan_service.get_plan, plan_id,
                             on_done=lambda stored: self._merge(changes, PlanConflict(exc, stored)))

    def text_of(self, name: str, value: Any) -> str:
        if name == "issued_on":
            return format_date(value)
        if name == "issuer_unit_id":
            return self.units.label(value) if value else ""
        return "" if value is None else str(value)

    def _merge(self, changes: dict[str, Any], conflict: PlanConflict) -> None:
        from desktop_app.ui.dialogs.merge import MergeDialog, MergeField

        theirs = conflict.theirs
        seen = self.plan if self.plan is not None and self.plan.id == theirs.id else theirs
        titles = {"number": self.tr("Số"), "symbol": self.tr("Ký hiệu"), "issued_on": self.tr("Ngày ban hành"),
                  "issuer_unit_id": self.tr("Đơn vị ban hành"), "title": self.tr("Trích yếu"),
                  "start_year": self.tr("Từ năm"), "end_year": self.tr("Đến năm"), "vision_year": self.tr("Tầm nhìn"),
                  "deadline_offset_days": self.tr("Hạn báo cáo sau ngày chốt (ngày)"),
                  "purpose": self.tr("Mục đích"), "requirements": self.tr("Yêu cầu")}
        fields = []
        for name in self.fields:
            mine, stored = changes.get(name, getattr(seen, name)), getattr(theirs, name)
            if mine != stored:
                fields.append(MergeField(name, titles[name], mine, stored, self.text_of(name, mine),
                                         self.text_of(name, stored), name in changes))
        dialog = MergeDialog(self.tr("Kế hoạch {0}").format(theirs.reference), fields, conflict.by, conflict.at,
                             self.parse, self)
        self.merge_dialog = dialog
        self.show_plan(theirs)  # the form shows what is stored; the dialog shows what was typed
        self.plan_saved.emit(theirs)

        def merged(values: dict[str, Any]) -> None:
            new = {f: v for f, v in values.items() if v != getattr(theirs, f)}
            if new:
                self.stack.push(EditPlan(self, theirs.id, {f: getattr(theirs, f) for f in new}, new,
                                         self.tr("Gộp thay đổi kế hoạch {0}").format(theirs.reference)))

        dialog.open_for(merged, self.message.emit)

    def flush(self) -> None:
        """Save the field being typed in (closing the window, switching screens)."""
        for name, widget in self.fields.items():
            if widget.hasFocus():
                self._commit(name)
