"""First run: on an empty database offer the demo data (when that module is installed), a start
from the national directory ("my commune": the xã/phường with its UBND, Đảng ủy and offices, or
"my province"), or a start with the clerk's own unit typed by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import UnitKind
from desktop_app.services import directory, local_bodies
from desktop_app.services import plans as plan_service
from desktop_app.services import units as unit_service
from desktop_app.services.database import Database
from desktop_app.ui.ops import OpRunner


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
        self.commune_search = QLineEdit(self)
        self.commune_search.setObjectName("commune_search")
        self.commune_search.setPlaceholderText(self.tr("Gõ tên hoặc mã, ví dụ: ba dinh ha noi, 00004"))
        self.commune_list = QListWidget(self)
        self.commune_list.setObjectName("commune_list")
        self.commune_list.setMaximumHeight(140)
        self.commune_search.textChanged.connect(self._search)
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
        layout.addWidget(self.commune_search)
        layout.addWidget(self.commune_list)
        layout.addWidget(self.own)
        layout.addLayout(form)
        layout.addWidget(self.skip)
        layout.addWidget(self.server)
        layout.addWidget(buttons)
        self.own.toggled.connect(self.name.setEnabled)
        self.own.toggled.connect(self.kind.setEnabled)
        self.name.setEnabled(self.own.isChecked())
        self.kind.setEnabled(self.own.isChecked())
        self.commune.toggled.connect(self.commune_search.setEnabled)
        self.commune.toggled.connect(self.commune_list.setEnabled)
        self.commune_search.setEnabled(False)
        self.commune_list.setEnabled(False)

    def _search(self, text: str) -> None:
        """As the clerk types: the directory's units whose code, name or province match (no diacritics
        needed); the first one is selected."""
        self.commune_list.clear()
        for found in directory.search(text, limit=30):
            province = "" if found.is_province else f" — {directory.entry(found.province_code or '').name}"
            item = QListWidgetItem(f"{found.code}  {found.name}{province}")
            item.setData(Qt.ItemDataRole.UserRole, found.code)
            self.commune_list.addItem(item)
        if self.commune_list.count():
            self.commune_list.setCurrentRow(0)

    def commune_code(self) -> str | None:
        item = self.commune_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
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
