"""The plan form (saved field by field), the NQ → CTr → KH chain, targets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.services import documents as document_service
from desktop_app.services import plans as plan_service
from desktop_app.services import targets as target_service
from tests.ui.helpers import focused, key, type_text


def _edit(widget, text, leave=Qt.Key.Key_Tab):  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)
    key(widget, leave)


def test_form_fields_are_saved_when_left_and_bad_dates_stay_red(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    form = window.view("plans").form
    _edit(form.fields["issued_on"], "04-05-24")
    assert plan_service.get_plan(db, sample.plan_id).issued_on == date(2024, 5, 4)
    _edit(form.fields["issued_on"], "31/02/2024")
    assert form.fields["issued_on"].text() == "31/02/2024"
    assert form.fields["issued_on"].property("error") == "Ngày không hợp lệ: 31/02/2024"
    assert "31/02/2024" in form.problem.text()
    assert plan_service.get_plan(db, sample.plan_id).issued_on == date(2024, 5, 4)
    _edit(form.fields["end_year"], "2035")
    assert plan_service.get_plan(db, sample.plan_id).end_year == 2035
    window.stack.undo()
    assert plan_service.get_plan(db, sample.plan_id).end_year == 2030
    _edit(form.fields["issuer_unit_id"], "phong noi vu", Qt.Key.Key_Return)
    assert plan_service.get_plan(db, sample.plan_id).issuer_name == "Phòng Nội vụ"
    assert focused() is not None


def test_chain_of_documents_is_shown(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    nq = document_service.create_document(db, "NQ", "45", "NQ/TW", date(2023, 11, 24), "Ban Chấp hành Trung ương")
    window = make_window("plans")
    view = window.view("plans")
    view.choose_document()
    dialog = view.document_dialog
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("CTr"))
    dialog.reference.setText("30-CTr/TU")
    dialog.issued.setText("08/03/2024")
    dialog.issuer.setText("Thành ủy Hà Nội")
    dialog.parent_doc.setCurrentIndex(dialog.parent_doc.findData(nq.id))
    dialog.accept()
    text = view.chain.text()
    assert "Nghị quyết số 45-NQ/TW ngày 24/11/2023" in text
    assert text.index("45-NQ/TW") < text.index("30-CTr/TU") < text.index("Kế hoạch này (137/KH-UBND)")


def test_targets_added_and_actual_value_entered(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    view = window.view("plans")
    view.target_period.setCurrentIndex(view.target_period.findData(f"{date.today().year}-Y"))
    view.new_target.setFocus()
    type_text(view.new_target, "Tỷ lệ người có trình độ thạc sỹ; %; 8; 8-10; 2030")
    key(view.new_target, Qt.Key.Key_Return)
    [target] = target_service.list_targets(db, sample.plan_id)
    assert (target.baseline, target.target_low, target.target_high, target.target_year) == (8, 8, 10, 2030)
    assert view.targets.index(0, 3).data() == "8 – 10"
    grid = view.target_grid
    grid.setFocus()
    grid.setCurrentIndex(view.targets.index(0, 5))
    type_text(grid, "9,5")
    key(focused(), Qt.Key.Key_Return)
    [target] = target_service.list_targets(db, sample.plan_id)
    assert target.value_for(f"{date.today().year}-Y") == 9.5
    assert view.targets.index(0, 5).data() == "9,5"
    assert view.targets.index(0, 6).data() == "Đạt"
