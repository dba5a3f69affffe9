"""The list of plans, loaded once per change and shared by every plan picker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.ops import OpRunner

if TYPE_CHECKING:
    from desktop_app.services.plans import PlanInfo


class PlanSource(QObject):
    loaded = Signal(object)  # list[PlanInfo]

    def __init__(self, runner: OpRunner, parent: QObject | None = None, load: bool = True) -> None:
        """``load=False``: the first ``refresh()`` is the owner's (the window, once its database is open)."""
        super().__init__(parent)
        self.runner = runner
        self.plans: list[PlanInfo] | None = None
        runner.changed.connect(self._changed)
        if load:
            self.refresh()

    def _changed(self, changes: frozenset[str]) -> None:
        if changes & {"plans", "all"}:
            self.refresh()

    def refresh(self) -> None:
        from desktop_app.services import plans as plan_service

        self.runner.read(plan_service.list_plans, on_done=self._loaded)

    def _loaded(self, plans: list[PlanInfo]) -> None:
        self.plans = plans
        self.loaded.emit(plans)
