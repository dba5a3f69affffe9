"""Gộp thay đổi: someone else saved the same record first. Field by field, the clerk sees their own
value ("Của bạn") beside the stored one ("Người khác đã lưu", with who and when), keeps either or
types a result, then saves against the new version. Nothing is ever overwritten silently."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class MergeField:
    field: str
    label: str
    mine: Any
    theirs: Any
    mine_text: str
    theirs_text: str
    edited: bool  # the clerk changed this field: "Của bạn" is chosen first, else the stored value


@dataclass
class _Row:
    spec: MergeField
    mine: QRadioButton
    theirs: QRadioButton
    result: QLineEdit
    mine_text: QLabel
    theirs_text: QLabel


class MergeDialog(QDialog):
    """``values()`` after "Lưu bản gộp": field → value to save; rejecting keeps the stored record."""

    def __init__(self, what: str, fields: list[MergeField], by: str, at: datetime | None,
                 parse: Callable[[str, str], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Gộp thay đổi"))
        self.parse = parse
        who = by or self.tr("người khác")
        when = at.astimezone().strftime("%H:%M %d/%m/%Y") if at is not None else ""
        intro = QLabel(self.tr("{0} vừa được {1} lưu{2} sau khi bạn mở. Với từng trường, hãy chọn giữ giá trị "
                               "nào (hoặc sửa ô Kết quả) rồi nhấn «Lưu bản gộp».").format(
            what, who, self.tr(" lúc {0}").format(when) if when else ""), self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        blocks = QVBoxLayout()
        self.rows: dict[str, _Row] = {}
        for spec in fields:
            box = QGroupBox(spec.label, self)
            grid = QGridLayout(box)
            mine = QRadioButton(self.tr("Của bạn:"), box)
            mine.setObjectName(f"mine_{spec.field}")
            theirs = QRadioButton(self.tr("Người khác đã lưu:"), box)
            theirs.setObjectName(f"theirs_{spec.field}")
            result = VnLineEdit(box)
            result.setObjectName(f"result_{spec.field}")
            choice = QButtonGroup(box)
            choice.addButton(mine)
            choice.addButton(theirs)
            row = _Row(spec, mine, theirs, result, self._value_label(spec.mine_text, box),
                       self._value_label(spec.theirs_text, box))
            mine.toggled.connect(lambda on, r=row: on and r.result.setText(r.spec.mine_text))
            theirs.toggled.connect(lambda on, r=row: on and r.result.setText(r.spec.theirs_text))
            (mine if spec.edited else theirs).setChecked(True)
            grid.addWidget(mine, 0, 0)
            grid.addWidget(row.mine_text, 0, 1)
            grid.addWidget(theirs, 1, 0)
            grid.addWidget(row.theirs_text, 1, 1)
            grid.addWidget(QLabel(self.tr("Kết quả:"), box), 2, 0)
            grid.addWidget(result, 2, 1)
            grid.setColumnStretch(1, 1)
            blocks.addWidget(box)
            self.rows[spec.field] = row
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Lưu bản gộp"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("&Giữ bản của người khác"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(blocks)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self._values: dict[str, Any] = {}

    def _value_label(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text or self.tr("(trống)"), parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def choose(self, field: str, side: str) -> None:
        row = self.rows[field]
        (row.mine if side == MINE else row.theirs).setChecked(True)

    def _value(self, row: _Row) -> Any:
        text = row.result.text()
        if text == row.spec.theirs_text:
            return row.spec.theirs
        if text == row.spec.mine_text:
            return row.spec.mine
        return self.parse(row.spec.field, text)

    def accept(self) -> None:
        values: dict[str, Any] = {}
        for field, row in self.rows.items():
            try:
                values[field] = self._value(row)
            except ValueError as exc:
                self.error.setText(f"{row.spec.label}: {exc}")
                row.result.setFocus()
                return
        self._values = values
        super().accept()

    def values(self) -> dict[str, Any]:
        """Every listed field's merged value (unchanged ones equal the stored value)."""
        return dict(self._values)

    def mine_texts(self) -> str:
        """What the clerk typed, as text to keep (the clipboard) when the stored record is kept."""
        return "\n".join(f"{row.spec.label}: {row.spec.mine_text}" for row in self.rows.values() if row.spec.edited)

    def open_for(self, merged: Callable[[dict[str, Any]], None], report: Callable[[str], None]) -> None:
        """Open the dialog: "Lưu bản gộp" hands ``merged`` the values to save; keeping the other's
        record copies what was typed to the clipboard and ``report``s it (nothing typed is lost)."""
        def kept() -> None:
            typed = self.mine_texts()
            if typed:
                QGuiApplication.clipboard().setText(typed)
                report(self.tr("Đã giữ bản của người khác; giá trị bạn đã gõ được chép vào bộ nhớ tạm "
                               "(Ctrl+V để dán lại): {0}").format(typed.replace("\n", "; ")))

        self.accepted.connect(lambda: merged(self.values()))
        self.rejected.connect(kept)
        self.finished.connect(self.deleteLater)
        self.open()
