""""Thêm từ danh mục…" on the unit tree: a unit of the national directory picked as you type, then
either its province and all its communes loaded (or the whole country), or "my commune" set up
with its UBND, Đảng ủy and offices. Loading again changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services import directory, local_bodies
from desktop_app.services.database import Database
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.widgets.directory_picker import DirectoryPicker


def load_province_of(db: Database, code: str | None) -> directory.LoadResult:
    """The picked unit's province and its communes; every province with None."""
    if code is None:
        return directory.load_directory(db)
    item = directory.entry(code)
    return directory.load_directory(db, item.province_code or item.code)


class DirectoryDialog(QDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory_load")
        self.setWindowTitle(self.tr("Thêm từ danh mục đơn vị hành chính"))
        self.runner = runner
        self.picker = DirectoryPicker(self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("directory_result")
        self.outcome.setWordWrap(True)
        province = QPushButton(self.tr("Nạp tỉnh, thành phố này và các xã, phường"), self)
        province.clicked.connect(self.load_province)
        mine = QPushButton(self.tr("Đơn vị của tôi: tạo UBND, Đảng ủy, các phòng"), self)
        mine.clicked.connect(self.set_up)
        everything = QPushButton(self.tr("Nạp cả nước (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu)"), self)
        everything.clicked.connect(lambda: self._load(None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Danh mục theo Quyết định 19/2025/QĐ-TTg (gói vietnam-provinces {0}); mã "
                                        "là khóa: Phường Ba Đình 00004 (Hà Nội) khác Xã Ba Đình 16171 (Thanh Hóa)."
                                        ).format(directory.package_version()), self))
        layout.addWidget(self.picker)
        for button in (province, mine, everything):
            layout.addWidget(button)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)

    def load_province(self) -> None:
        code = self.picker.code()
        if code is None:
            self.outcome.setText(self.tr("Hãy gõ và chọn một đơn vị trong danh mục."))
            return
        self._load(code)

    def _load(self, code: str | None) -> None:
        self.runner.run(load_province_of, code, changes={"units"}, on_done=self._loaded,
                        on_error=lambda exc: self.outcome.setText(error_text(exc)))

    def _loaded(self, result: directory.LoadResult) -> None:
        self.outcome.setText(self.tr("{0} đơn vị: thêm mới {1}, cập nhật {2}, không đổi {3}.").format(
            result.total, result.added, result.updated, result.unchanged))

    def set_up(self) -> None:
        code = self.picker.code()
        if code is None:
            self.outcome.setText(self.tr("Hãy gõ và chọn một đơn vị trong danh mục."))
            return
        self.runner.run(local_bodies.setup_commune, code, changes={"units", "all"},
                        on_done=lambda made: self.outcome.setText(self.tr("Đã tạo {0} đơn vị: {1}.").format(
                            len(made), ", ".join(u.name for u in made))),
                        on_error=lambda exc: self.outcome.setText(error_text(exc)))
