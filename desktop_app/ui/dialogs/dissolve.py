""""Giải thể…" on a unit: the date it ceased and the unit(s) that took its work (names or codes,
separated by ";"; none: its work goes where its parent's went). History stays: the unit keeps
its name, tasks and progress, and is no longer offered for new work.

For an old xã/phường the 2025 old → new commune mapping knows, the new communes of the database
that took it are filled in as the suggestion (editable), and the communes not in the database are
named (services/successor_suggestion.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.services import succession
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.successor_suggestion import SuccessorSuggestion, suggest_successors
from desktop_app.services.units import UnitInfo
from desktop_app.ui.formats import parse_date
from desktop_app.ui.ops import OpRunner, error_text


def dissolve_by_names(db: Database, unit_id: str, on: date, names: list[str]) -> list[succession.Dissolution]:
    mapping = succession.mapping_from_names(db, {unit_id: names})
    return succession.dissolve_units(db, on, mapping)


class DissolveDialog(QDialog):
    def __init__(self, runner: OpRunner, unit: UnitInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dissolve")
        self.setWindowTitle(self.tr("Giải thể {0}").format(unit.name))
        self.runner = runner
        self.unit = unit
        self.day = QLineEdit("01/07/2025", self)
        self.successors = QLineEdit(self)
        self.successors.setPlaceholderText(self.tr("Ví dụ: UBND phường Ba Đình; UBND phường Ngọc Hà"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Giải thể từ ngày:"), self.day)
        form.addRow(self.tr("Đơn vị kế thừa:"), self.successors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Bỏ trống đơn vị kế thừa: công việc chuyển theo đơn vị cấp trên đã giải thể. "
                                        "Lịch sử (tên, nhiệm vụ, tiến độ) giữ nguyên."), self))
        self.hint = QLabel(self)
        self.hint.setObjectName("dissolve_hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.runner.read(suggest_successors, [unit.id], on_done=self._suggest,
                         on_error=lambda exc: self.hint.setText(error_text(exc)))

    def _suggest(self, found: list[SuccessorSuggestion]) -> None:
        """The mapping's successors fill an empty field; its sentence is shown either way."""
        if not found:
            return
        self.hint.setText(self.tr("Gợi ý theo bảng sắp xếp đơn vị năm 2025: {0}").format(found[0].sentence()))
        if not self.successors.text().strip() and found[0].present:
            self.successors.setText("; ".join(name for _, name in found[0].present))

    def record(self) -> None:
        day = parse_date(self.day.text())
        if day is None:
            self.problem.setText(self.tr("Ngày giải thể không hợp lệ: {0}").format(self.day.text()))
            return
        names = [n.strip() for n in self.successors.text().split(";") if n.strip()]
        self.runner.run(dissolve_by_names, self.unit.id, day, names, changes={"units", "all"},
                        on_done=lambda _done: self.accept(), on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.problem.setText(exc.summary() if isinstance(exc, ValidationError) else error_text(exc))
