"""A combo box of the plans in the database, shared by the task and progress screens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from desktop_app.services.plans import PlanInfo
from desktop_app.ui.ops import OpRunner
from desktop_app.ui.plan_source import PlanSource


def plan_caption(plan: PlanInfo) -> str:
    ref = plan.reference
    return f"{ref} — {plan.title}" if ref else plan.title


class PlanPicker(QComboBox):
    plan_changed = Signal(object)  # plan id or None

    def __init__(self, runner: OpRunner, parent: QWidget | None = None, source: PlanSource | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.source = source if source is not None else getattr(parent, "plan_source", None)
        self.plans: list[PlanInfo] = []
        self.setMinimumContentsLength(40)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _i: self.plan_changed.emit(self.plan_id()))
        if self.source is None:
            self.source = PlanSource(runner, self)
        self.source.loaded.connect(self._fill)
        if self.source.plans is not None:
            self._fill(self.source.plans)

    def refresh(self) -> None:
        assert self.source is not None
        self.source.refresh()

    def _fill(self, plans: list[PlanInfo]) -> None:
        keep = self.plan_id()
        self.plans = plans
        self.blockSignals(True)
        self.clear()
        for plan in plans:
            self.addItem(plan_caption(plan), plan.id)
            self.setItemData(self.count() - 1, plan.title, 3)  # tooltip
        index = self.findData(keep) if keep else 0
        self.setCurrentIndex(max(index, 0) if plans else -1)
        self.blockSignals(False)
        if self.plan_id() != keep:
            self.plan_changed.emit(self.plan_id())

    def plan_id(self) -> str | None:
        return self.currentData() if self.count() else None

    def plan(self) -> PlanInfo | None:
        plan_id = self.plan_id()
        return next((p for p in self.plans if p.id == plan_id), None)

    def select(self, plan_id: str | None) -> None:
        index = self.findData(plan_id)
        if index >= 0:
            self.setCurrentIndex(index)
