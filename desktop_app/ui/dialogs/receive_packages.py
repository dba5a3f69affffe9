"""Nhận báo cáo của các xã, phường: an office picks ~100 progress packages at once; they are
received on the worker with a progress bar (the status bar's, cancellable between files), then
one table says who has sent, who sent late, whose update was returned and who has not sent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exchange.package import PackageResult, read_package, receive_progress
from desktop_app.services.database import Database
from desktop_app.services.receiving import SendingTable, SendState, sending_table
from desktop_app.ui.ops import Job

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate
COLOURS = {SendState.SENT: "#1b7f3b", SendState.SENT_LATE: "#c26a00", SendState.RETURNED: "#b3261e",
           SendState.WAITING: "#5f6368", SendState.LATE: "#b3261e"}
STATE_TEXTS = {
    SendState.SENT: QT_TRANSLATE_NOOP("ReceivedDialog", "Đã gửi"),
    SendState.SENT_LATE: QT_TRANSLATE_NOOP("ReceivedDialog", "Gửi muộn"),
    SendState.RETURNED: QT_TRANSLATE_NOOP("ReceivedDialog", "Bị trả lại"),
    SendState.WAITING: QT_TRANSLATE_NOOP("ReceivedDialog", "Chưa gửi"),
    SendState.LATE: QT_TRANSLATE_NOOP("ReceivedDialog", "Quá hạn, chưa gửi"),
}


@dataclass(frozen=True)
class Received:
    results: tuple[PackageResult, ...]
    tables: tuple[SendingTable, ...]  # one per (plan, period) the packages were for


def receive_all(db: Database, job: Job, paths: Sequence[str]) -> Received:
    """Each file checked and applied in its own transaction (a bad file changes nothing, the others
    go on); then the status table of every plan and period they were for."""
    results: list[PackageResult] = []
    targets: dict[tuple[str, str], None] = {}
    for index, path in enumerate(paths):
        job.step(index, len(paths))
        result = receive_progress(db, path)
        results.append(result)
        if not result.rejected:
            manifest, _ = read_package(path)
            for plan_id in (manifest or {}).get("plan_ids") or []:
                targets[(plan_id, result.period)] = None
    job.step(len(paths), len(paths))
    tables = tuple(sending_table(db, plan_id, period) for plan_id, period in targets if period)
    return Received(tuple(results), tables)


class ReceivedDialog(QDialog):
    """What came in: the files refused or in conflict, and the sending table of the period."""

    def __init__(self, received: Received, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("received")
        self.setWindowTitle(self.tr("Tiếp nhận báo cáo"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        applied = sum(1 for r in received.results if not r.rejected)
        rows = sum(r.added + r.updated for r in received.results)
        self.summary = QLabel(self.tr("Đã nhận {0}/{1} tệp: {2} bản cập nhật mới hoặc sửa đổi.").format(
            applied, len(received.results), rows), self)
        layout.addWidget(self.summary)
        problems = [r.line() for r in received.results if r.rejected or r.conflicts]
        if problems:
            refused = QLabel("\n".join(problems[:20]), self)
            refused.setObjectName("problems")
            refused.setStyleSheet("color: #b3261e")
            layout.addWidget(refused)
        self.tables: list[QTableWidget] = []
        for sheet in received.tables:
            counts = ", ".join(f"{self.tr(str(STATE_TEXTS[s])).lower()} {sheet.count(s)}" for s in SendState
                               if sheet.count(s))
            layout.addWidget(QLabel(self.tr("Kỳ {0}, hạn gửi {1:%d/%m/%Y}: {2} đơn vị — {3}.").format(
                sheet.period, sheet.deadline, len(sheet.units), counts), self))
            table = QTableWidget(len(sheet.units), 5, self)
            table.setObjectName("sending_table")
            table.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Đơn vị"), self.tr("Tình trạng"),
                                             self.tr("Ngày nhận"), self.tr("Bản cập nhật")])
            for row, unit in enumerate(sheet.units):
                cells = [unit.official_code, unit.unit_name, self.tr(str(STATE_TEXTS[unit.state])),
                         f"{unit.sent_on:%d/%m/%Y}" if unit.sent_on else "", f"{unit.sent}/{unit.expected}"]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == 2:
                        item.setForeground(QColor(COLOURS[unit.state]))
                    table.setItem(row, column, item)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSortingEnabled(True)
            layout.addWidget(table)
            self.tables.append(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def receive_packages(window: MainWindow, paths: Sequence[str] | None = None) -> None:
    """Menu action: pick the packages (many at once) and receive them on the worker."""
    if window.db is None:
        return
    if paths is None:
        picked, _ = QFileDialog.getOpenFileNames(
            window, translate("MainWindow", "Nhận báo cáo của các xã, phường, đơn vị"), "",
            translate("MainWindow", "Gói tiến độ (*.zip *.json)"))
        paths = picked
    if not paths:
        return
    files = [str(Path(p)) for p in paths]

    def show(received: Received) -> None:
        dialog = ReceivedDialog(received, window)
        window.setProperty("received_dialog_open", True)
        dialog.show()

    window.runner.run_job(receive_all, files, label=translate("MainWindow", "Đang nhận {0} gói báo cáo…").format(
        len(files)), changes={"progress"}, on_done=show)
