"""Typing Vietnamese into real widgets: qtbot.keyClicks aborts on any non-ASCII character."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NO_MOD = Qt.KeyboardModifier.NoModifier


def type_text(widget: QWidget, text: str) -> None:
    """Type text one character at a time, as a keyboard with a Vietnamese input method would."""
    for ch in text:
        target = QApplication.focusWidget() or widget
        QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch, NO_MOD)
        QApplication.processEvents()


def key(widget: QWidget, k: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MOD) -> None:
    """A key press; queued reactions (the delegate commits Enter/Tab later) are run too."""
    QTest.keyClick(widget, k, modifiers)
    QApplication.processEvents()
    QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def keyboard() -> QWidget:
    """Where a real key press goes: an open popup (a completion list) first, else the focus."""
    return QApplication.activePopupWidget() or focused()


def press(k: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MOD) -> None:
    """A key press delivered as the keyboard would: to the open popup or the focused widget."""
    key(keyboard(), k, modifiers)
