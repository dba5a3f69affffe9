"""The operation runner: every service call runs on ONE database worker thread.

As Anki's ``CollectionOp``: the UI asks for ``fn(db, *args)`` to run, the worker thread runs it in
order (so edits are applied in the order typed), and the result — or the error — comes back on
the UI thread through a queued signal, together with a ``changes`` description (``{"tasks"}``,
``{"units"}``, …) that views use to refresh. ``synchronous=True`` runs calls inline (tests).

Long jobs get a :class:`Job` handle: they report progress and can be cancelled between steps.
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from desktop_app.services.database import Database


def expected_errors() -> tuple[type[Exception], ...]:
    """The services' own errors (imported when first needed: they bring SQLAlchemy with them)."""
    from desktop_app.services.errors import Conflict, InUse, NotFound, ValidationError

    return (ValidationError, InUse, NotFound, Conflict)


class Cancelled(Exception):
    """A long job stopped by the user."""


class Job:
    """Handed to long jobs: ``job.step(done, total)`` reports progress and raises when cancelled."""

    def __init__(self, runner: OpRunner) -> None:
        self._runner = runner
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._runner.progress.emit(done, total)


@dataclass
class Op:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    changes: frozenset[str]
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    writes: bool = True
    job: Job | None = None
    label: str = ""
    result: Any = None
    error: BaseException | None = None
    trace: str = field(default="", repr=False)


class _Worker(QThread):
    finished_op = Signal(object)
    opened = Signal(object)  # Database, or the exception that kept it from opening

    def __init__(self, db: Database | None, opener: Callable[[], Database] | None = None) -> None:
        super().__init__()
        self.db = db
        self.opener = opener
        self.queue: queue.Queue[Op | None] = queue.Queue()

    def run(self) -> None:
        failure: BaseException | None = None
        if self.opener is not None:  # the database opens here, never on the window's thread
            try:
                self.db = self.opener()
            except BaseException as exc:
                failure = exc
            self.opened.emit(self.db if failure is None else failure)
        while True:
            op = self.queue.get()
            if op is None:
                return
            if failure is not None or self.db is None:  # no database: every queued call fails alike
                op.error = failure
            else:
                _execute(self.db, op)
            self.finished_op.emit(op)


def _execute(db: Database, op: Op) -> None:
    try:
        args = (op.job, *op.args) if op.job is not None else op.args
        op.result = op.fn(db, *args, **op.kwargs)
    except BaseException as exc:  # delivered to the UI thread, never lost
        op.error = exc
        if not isinstance(exc, (*expected_errors(), Cancelled)):
            op.trace = traceback.format_exc()


class OpRunner(QObject):
    """Runs service calls off the UI thread, one at a time, in order."""

    changed = Signal(object)  # frozenset[str] of what changed, after a successful write
    saved = Signal(object)  # datetime of the last successful write
    failed = Signal(str)  # an error nobody handled (shown in the status bar / a message box)
    busy_changed = Signal(bool)
    progress = Signal(int, int)  # done, total of the running long job
    job_started = Signal(str)
    opened = Signal(object)  # the Database, once ``opener`` has opened it on the worker thread
    open_failed = Signal(object)  # the exception ``opener`` raised; every queued call fails with it

    def __init__(self, db: Database | None, synchronous: bool = False, parent: QObject | None = None,
                 opener: Callable[[], Database] | None = None) -> None:
        """``opener`` (instead of ``db``): the worker thread opens the database first, then runs calls;
        it starts on ``start()`` (the window calls it after its first paint), calls queued before wait."""
        super().__init__(parent)
        self.db = db
        self.synchronous = synchronous
        self.pending = 0
        self.current_job: Job | None = None
        self._worker: _Worker | None = None
        if not synchronous:
            self._worker = _Worker(db, opener)
            self._worker.finished_op.connect(self._deliver)
            self._worker.opened.connect(self._opened)
            if opener is None:
                self._worker.start()

    def start(self) -> None:
        """Start the worker thread (and so the opening) if it has not started yet."""
        if self._worker is not None and not self._worker.isRunning() and not self._worker.isFinished():
            self._worker.start()

    @Slot(object)
    def _opened(self, result: object) -> None:
        if isinstance(result, BaseException):
            self.open_failed.emit(result)
        else:
            self.db = result  # type: ignore[assignment]
            self.opened.emit(result)

    def run(self, fn: Callable[..., Any], *args: Any, changes: Iterable[str] = (),
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        """Run ``fn(db, *args, **kwargs)``; a call with ``changes`` is a write."""
        self._submit(Op(fn, args, kwargs, frozenset(changes), on_done, on_error, writes=bool(changes)))

    def read(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        self._submit(Op(fn, args, kwargs, frozenset(), on_done, on_error, writes=False))

    def run_job(self, fn: Callable[..., Any], *args: Any, label: str = "", changes: Iterable[str] = (),
                on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Job:
        """A long job ``fn(db, job, *args)``: progress and a cancel button in the status bar."""
        job = Job(self)
        self.current_job = job
        self.job_started.emit(label)
        self._submit(Op(fn, args, kwargs, frozenset(changes), on_done, on_error,
                        writes=bool(changes), job=job, label=label))
        return job

    def _submit(self, op: Op) -> None:
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)
        if self._worker is None:
            assert self.db is not None
            _execute(self.db, op)
            self._deliver(op)
        else:
            self._worker.queue.put(op)

    @Slot(object)
    def _deliver(self, op: Op) -> None:
        self.pending -= 1
        if op.job is not None and op.job is self.current_job:
            self.current_job = None
        try:
            if op.error is None:
                if op.writes:
                    self.saved.emit(datetime.now())
                if op.on_done is not None:
                    op.on_done(op.result)
                if op.changes:
                    self.changed.emit(op.changes)
            else:
                if op.job is not None and op.changes:
                    self.changed.emit(op.changes)  # a cancelled job may have written part
                if op.on_error is not None:
                    op.on_error(op.error)
                elif not isinstance(op.error, Cancelled):
                    self.failed.emit(error_text(op.error) + (f"\n{op.trace}" if op.trace else ""))
        finally:
            if self.pending == 0:
                self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until every queued call ran and was delivered (closing the window, tests)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self.pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return self.pending == 0

    def shutdown(self) -> None:
        """Finish every queued write, then stop the worker thread."""
        if self.current_job is not None:
            self.current_job.cancel()
        self.start()  # an opening never started still has to end the thread cleanly
        self.wait_idle()
        if self._worker is not None:
            self._worker.queue.put(None)
            self._worker.wait(10000)
            self._worker = None


def error_text(exc: BaseException) -> str:
    """A sentence for the clerk: the services' own Vietnamese message when there is one."""
    from desktop_app.services.errors import ValidationError

    if isinstance(exc, ValidationError):
        return "; ".join(p.message for p in exc.problems) or str(exc)
    if isinstance(exc, expected_errors()):
        return str(exc)
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("ops", "Đã hủy.")
    return QCoreApplication.translate("ops", "Lỗi không mong đợi: {0}").format(exc)
