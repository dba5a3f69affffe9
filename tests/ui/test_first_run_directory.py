"""First run from the national directory: the clerk types a few letters (no diacritics needed),
picks "my commune" and gets its UBND, Đảng ủy and offices as units."""

from __future__ import annotations

from desktop_app.services import report_settings
from desktop_app.services import units as unit_service
from desktop_app.services.database import Database
from desktop_app.services.local_bodies import body_id
from desktop_app.ui.ops import OpRunner


def test_first_run_picks_my_commune_from_the_directory(db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.dialogs.first_run import FirstRunDialog, offer_first_run

    runner = OpRunner(db, synchronous=True)
    dialog = FirstRunDialog(has_demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.commune.setChecked(True)
    assert dialog.commune_search.isEnabled()
    dialog.commune_search.setFocus()
    qtbot.keyClicks(dialog.commune_search, "ba dinh")  # ASCII only (tech.md: never non-ASCII keyClicks)
    shown = [dialog.commune_list.item(i).text() for i in range(dialog.commune_list.count())]
    assert shown[:2] == ["00004  Phường Ba Đình — Thành phố Hà Nội", "16171  Xã Ba Đình — Tỉnh Thanh Hóa"]
    assert dialog.commune_code() == "00004"
    assert offer_first_run(db, runner, dialog) == "commune"
    names = {u.name for u in unit_service.list_units(db)}
    assert {"Phường Ba Đình", "UBND phường Ba Đình", "Đảng ủy phường Ba Đình", "Văn phòng HĐND và UBND",
            "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội",
            "Trung tâm Phục vụ hành chính công"} <= names
    header = report_settings.load_settings(db, body_id("00004", "ubnd"))
    assert (header.governing_body, header.issuing_body) == ("UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH")
    assert offer_first_run(db, runner, dialog) == "not_empty"
    runner.shutdown()


def test_units_screen_loads_a_province_from_the_directory_twice_without_change(make_window, db: Database,  # type: ignore[no-untyped-def]
                                                                              qtbot) -> None:
    import time

    from PySide6.QtCore import Qt

    from desktop_app.ui.dialogs.directory_load import DirectoryDialog
    from tests.ui.helpers import key

    window = make_window("units")
    view = window.view("units")
    view.tree.setFocus()
    key(view.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.findChild(DirectoryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.picker.search.setFocus()
    typed = []
    for ch in "thanh hoa":
        began = time.perf_counter()
        qtbot.keyClicks(dialog.picker.search, ch)
        typed.append(time.perf_counter() - began)
    assert max(typed) < 0.2  # each keystroke's search and list refresh (the bench holds the 20 ms figure)
    assert dialog.picker.code() == "38"
    dialog.load_province()
    assert "thêm mới" in dialog.outcome.text()
    count = len(unit_service.list_units(db))
    assert count == 1 + 166  # Tỉnh Thanh Hóa and its communes
    dialog.load_province()
    assert "thêm mới 0, cập nhật 0" in dialog.outcome.text()
    assert len(unit_service.list_units(db)) == count
