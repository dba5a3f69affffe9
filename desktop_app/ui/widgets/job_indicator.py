"""Status-bar progress of the running long job, with a cancel button; the window stays live."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop_app.ui.ops import OpRunner


class JobIndicator(QWidget):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.cancel = QToolButton(self)
        self.cancel.setText(self.tr("Hủy"))
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel):
            layout.addWidget(widget)
        runner.job_started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.busy_changed.connect(self._busy)
        self.hide()

    def _started(self, label: str) -> None:
        self.label.setText(label)
        self.bar.setRange(0, 0)
        self.show()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.hide()

    def _cancel(self) -> None:
        if self.runner.current_job is not None:
            self.runner.current_job.cancel()
