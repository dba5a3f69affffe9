"""The Qt binding itself: the app emits Python signals all day (every operation delivered by the
worker, every page read, every progress step), so an emit that leaks or drops references ends in
an abort after a few thousand of them. PySide6 6.12.0 dropped a reference to True on every
``Signal.emit()`` ("bool_dealloc: deallocating True or False" after ~500 emits in a bare script);
pyproject.toml keeps it out, and this test keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Emitter(QObject):
    value = Signal(object)
    pair = Signal(int, int)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    @Slot(object)
    def take(self, _value: object) -> None:
        self.seen += 1


def _references() -> tuple[int, int, int]:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_emitting_signals_keeps_the_reference_counts_of_true_false_none(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter, receiver = _Emitter(), _Receiver()
    emitter.value.connect(receiver.take)
    emitter.pair.connect(lambda _done, _total: None)
    emitter.value.emit(None)  # warm-up: first emits may cache
    emitter.pair.emit(0, 0)
    before = _references()
    for i in range(300):
        emitter.value.emit(None if i % 2 else i)
        emitter.pair.emit(i, 300)
    assert receiver.seen == 301
    after = _references()
    # a few references may come and go with the objects made meanwhile; a binding that drops one
    # per emit is hundreds down
    assert all(a - b > -10 for a, b in zip(after, before, strict=True)), (before, after)


def test_emits_from_a_worker_thread_keep_the_counts(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    emitter, receiver = _Emitter(), _Receiver()
    emitter.value.connect(receiver.take)  # queued: the receiver lives in the UI thread

    class Worker(QThread):
        def run(self) -> None:
            for i in range(200):
                emitter.value.emit(i)

    worker = Worker()
    before = sys.getrefcount(True)
    worker.start()
    worker.wait()
    qtbot.waitUntil(lambda: receiver.seen == 200, timeout=5000)
    assert sys.getrefcount(True) - before > -10


def test_processing_events_keeps_the_reference_count_of_none(qapp) -> None:  # type: ignore[no-untyped-def]
    """OpRunner.wait_idle and the grids' scrolling call processEvents in loops; 6.12.0 dropped a
    reference to None on each call ("none_dealloc" within seconds of a long backup)."""
    from PySide6.QtCore import QCoreApplication

    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -10
