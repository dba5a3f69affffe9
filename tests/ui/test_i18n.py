"""English through the .qm translation; the long-string mode that pads every label."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.ui import i18n

QM = i18n.TRANSLATIONS / "plantrack_en.qm"


@pytest.fixture
def language():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    yield lambda code: i18n.install(app, code)
    i18n.install(app, "vi")


@pytest.mark.skipif(not QM.exists(), reason="plantrack_en.qm not built (resources/translations/build.py)")
def test_english_is_selectable(make_window, sample, language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    window = make_window("tasks")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Plans", "Tasks", "Units", "Periods / Progress", "Reports", "Overview"]
    assert window.view("tasks").model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Task"
    assert window.view("tasks").model.index(1, 4).data() == "Yearly 15/12"


def test_vietnamese_default_and_standard_buttons(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window("tasks")
    assert window.nav.item(0).text() == "Kế hoạch"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_long_strings_mode_pads_labels(make_window, sample, language) -> None:  # type: ignore[no-untyped-def]
    os.environ["PLANTRACK_LONG_STRINGS"] = "1"
    try:
        language("vi")
        window = make_window("tasks")
        assert window.nav.item(0).text().startswith("Kế hoạch ~~~")
        window.resize(1360, 820)
        if os.environ.get("PLANTRACK_SCREENSHOTS") == "1":
            QApplication.processEvents()
            window.grab().save(str(Path(__file__).resolve().parents[2] / "docs" / "screenshots" /
                                   "tasks_long_strings.png"))
    finally:
        del os.environ["PLANTRACK_LONG_STRINGS"]
