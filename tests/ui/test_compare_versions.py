"""The plan screen lists the documents amending a plan; "So sánh với phiên bản ngày …" lists what
changed between two dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.domain.schedule import Schedule
from desktop_app.services import revisions
from desktop_app.ui.dialogs.compare_versions import default_start
from tests.ui.helpers import key


def _amend(db, sample):  # type: ignore[no-untyped-def]
    doc = revisions.record_amendment(db, sample.plan_id, "KH", "150", "KH-UBND", date(2025, 6, 20),
                                     "UBND quận Ba Đình", "Sửa đổi, bổ sung Kế hoạch 137/KH-UBND")
    moved = date(2025, 7, 1)
    revisions.amend_task(db, sample.task_ids[1], moved, doc.id, schedule=Schedule.once(date(2025, 12, 31)))
    revisions.drop_task(db, sample.task_ids[2], moved, doc.id)
    revisions.add_task_by_amendment(db, sample.group_ids[0], moved, doc.id, "Xây dựng cơ sở dữ liệu trí thức",
                                    lead_unit_id=sample.unit_ids["NV"])
    return doc


def _open(window):  # type: ignore[no-untyped-def]
    view = window.view("plans")
    view.compare_button.click()
    dialog = view.compare_dialog
    assert dialog.isVisible()
    return dialog


def test_plan_screen_lists_amendments_and_compares(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    _amend(db, sample)
    window = make_window("plans")
    view = window.view("plans")
    assert "Kế hoạch số 150/KH-UBND ngày 20/06/2025" in view.amendments.text()
    dialog = _open(window)
    assert dialog.day_a.text() == "04/05/2024"  # the plan as issued
    assert dialog.day_b.text() == date.today().strftime("%d/%m/%Y")
    rows = {dialog.cell(r, 0): [dialog.cell(r, c) for c in range(1, 5)] for r in range(dialog.table.rowCount())}
    assert set(rows) == {"1.2", "1.3", "2.1"}
    assert rows["1.2"][0] == "Sửa đổi" and rows["1.2"][2] == "Thời hạn: 20/11/2024 → 31/12/2025"
    assert rows["1.3"][:2] == ["Bổ sung", "Xây dựng cơ sở dữ liệu trí thức"]
    assert rows["2.1"][0] == "Bãi bỏ"
    assert all(r[3].startswith("Kế hoạch số 150/KH-UBND") for r in rows.values())
    assert "bổ sung 1, bãi bỏ 1, sửa đổi 1" in dialog.status.text()


def test_compare_from_a_chosen_date(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    _amend(db, sample)
    window = make_window("plans")
    dialog = _open(window)
    dialog.day_a.setFocus()
    dialog.day_a.setText("01/07/2025")
    key(dialog.day_a, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 0 and "giống nhau" in dialog.status.text()
    # the quick marks: "before the amendment" gives the three changes back
    index = next(i for i in range(dialog.marks.count()) if str(dialog.marks.itemText(i)).startswith("Trước"))
    dialog.marks.setCurrentIndex(index)
    dialog.marks.activated.emit(index)
    assert dialog.day_a.text() == "19/06/2025" and dialog.table.rowCount() == 3
    dialog.day_b.setText("31/02/2025")
    dialog.compare_button.click()
    assert "31/02/2025" in dialog.problem.text()


def test_plan_without_amendments(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    view = window.view("plans")
    assert "Chưa có văn bản sửa đổi" in view.amendments.text()
    dialog = _open(window)
    assert dialog.table.rowCount() == 0 and "giống nhau" in dialog.status.text()


def test_default_start_is_the_earliest_of_issue_and_first_amendment() -> None:
    from desktop_app.services.documents import DocumentInfo

    doc = DocumentInfo("d", "KH", "1", "KH-UBND", date(2024, 3, 1), "", "", ())
    assert default_start(date(2024, 5, 4), [doc], date(2026, 1, 1)) == date(2024, 2, 29)
    assert default_start(None, [], date(2026, 1, 1)) == date(2026, 1, 1)
