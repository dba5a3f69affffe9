"""First run: on an empty database offer the demo data (when that module is installed), a start
from the national directory ("my commune": the xã/phường with its UBND, Đảng ủy and offices, or
"my province"), or a start with the clerk's own unit typed by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import UnitKind
from desktop_app.services import local_bodies
from desktop_app.services import plans as plan_service
from desktop_app.services import units as unit_service
from desktop_app.services.database import Database
from desktop_app.ui.ops import OpRunner
from desktop_app.ui.widgets.directory_picker import DirectoryPicker


def demo_creator() -> Callable[[Database], Any] | None:
    """``desktop_app.services.demo.create_demo`` when it exists (imported lazily)."""
    try:
        from desktop_app.services.demo import create_demo  # type: ignore[import-not-found]
    except ImportError:
        return None
    return create_demo  # type: ignore[no-any-return]


def is_empty(db: Database) -> bool:
    return not unit_service.list_units(db) and not plan_service.list_plans(db)


class FirstRunDialog(QDialog):
    def __init__(self, has_demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Bắt đầu"))
        self.demo = QRadioButton(self.tr("Tạo dữ liệu mẫu để làm quen (có thể xóa sau)"), self)
        self.commune = QRadioButton(self.tr("Xã, phường (hoặc tỉnh, thành phố) của tôi, chọn từ danh mục"), self)
        self.picker = DirectoryPicker(self)
        self.commune_search, self.commune_list = self.picker.search, self.picker.results
        self.own = QRadioButton(self.tr("Bắt đầu với đơn vị của tôi (tự nhập tên)"), self)
        self.skip = QRadioButton(self.tr("Để trống, tôi tự nhập"), self)
        self.server = QRadioButton(self.tr("Kết nối tới máy chủ dùng chung của cơ quan…"), self)
        group = QButtonGroup(self)
        for button in (self.demo, self.commune, self.own, self.skip, self.server):
            group.addButton(button)
        self.demo.setVisible(has_demo)
        (self.demo if has_demo else self.own).setChecked(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("unit_name")
        self.name.setPlaceholderText(self.tr("Ví dụ: UBND phường Ba Đình"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Ủy ban nhân dân"), UnitKind.PEOPLES_COMMITTEE.value)
        self.kind.addItem(self.tr("Cấp ủy Đảng"), UnitKind.PARTY_COMMITTEE.value)
        self.kind.addItem(self.tr("Phòng, ban chuyên môn"), UnitKind.OFFICE.value)
        form = QFormLayout()
        form.addRow(self.tr("Tên đơn vị:"), self.name)
        form.addRow(self.tr("Loại:"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cơ sở dữ liệu còn trống. Bạn muốn bắt đầu thế nào?"), self))
        layout.addWidget(self.demo)
        layout.addWidget(self.commune)
        layout.addWidget(self.picker)
        layout.addWidget(self.own)
        layout.addLayout(form)
        layout.addWidget(self.skip)
        layout.addWidget(self.server)
        layout.addWidget(buttons)
        self.own.toggled.connect(self.name.setEnabled)
        self.own.toggled.connect(self.kind.setEnabled)
        self.name.setEnabled(self.own.isChecked())
        self.kind.setEnabled(self.own.isChecked())
        self.commune.toggled.connect(self.picker.setEnabled)
        self.picker.setEnabled(False)

    def commune_code(self) -> str | None:
        return self.picker.code()
    def choice(self) -> str:
        if self.demo.isChecked():
            return "demo"
        if self.commune.isChecked() and self.commune_code():
            return "commune"
        if self.own.isChecked() and self.name.text().strip():
            return "own"
        if self.server.isChecked():
            return "server"
        return "skip"


def offer_first_run(db: Database, runner: OpRunner, dialog: FirstRunDialog | None = None) -> str:
    if not is_empty(db):
        return "not_empty"
    create_demo = demo_creator()
    dialog = dialog or FirstRunDialog(create_demo is not None)
    choice = dialog.choice() if dialog.isVisible() or dialog.exec() else "skip"
    if choice == "demo" and create_demo is not None:
        runner.run_job(lambda db_, _job: create_demo(db_),
                       label=QCoreApplication.translate("FirstRunDialog", "Đang tạo dữ liệu mẫu…"),
                       changes={"all"})
    elif choice == "commune":
        runner.run(local_bodies.setup_commune, dialog.commune_code(), changes={"all"})
    elif choice == "own":
        runner.run(unit_service.create_unit, dialog.name.text().strip(), kind=dialog.kind.currentData(),
                   changes={"units"})
    return choice
