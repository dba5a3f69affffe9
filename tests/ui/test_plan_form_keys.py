"""The new-plan form by keyboard (issue 15, item 5): an empty summary with a hint, an issuer added
on the way, a document link removed, boxes that never cut a line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop_app.services import documents as document_service
from desktop_app.services import plans as plan_service
from desktop_app.services import units as unit_service
from tests.ui.helpers import focused, key, press, type_text

SUMMARY = "Triển khai thực hiện Chương trình chuyển đổi số quận Ba Đình năm 2025"


def test_new_plan_summary_is_empty_with_a_hint_and_typed_text_is_saved_alone(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    view = window.view("plans")
    view.table.setFocus()
    key(view.table, Qt.Key.Key_Insert)
    form = view.form
    [new] = [p for p in plan_service.list_plans(db) if p.id != sample.plan_id]
    assert form.plan is not None and form.plan.id == new.id
    title = form.fields["title"]
    assert title.text() == "" and title.placeholderText()
    assert focused() is form.fields["number"]
    type_text(focused(), "45")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "KH-UBND")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "15/01/2025")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)  # past the issuer, left empty
    assert focused() is title
    type_text(title, SUMMARY)
    press(Qt.Key.Key_Tab)
    saved = plan_service.get_plan(db, new.id)
    assert (saved.number, saved.symbol, saved.issued_on, saved.title) == ("45", "KH-UBND", date(2025, 1, 15), SUMMARY)
    assert title.text() == SUMMARY


def test_leaving_the_new_summary_empty_is_no_error(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    view = window.view("plans")
    view.table.setFocus()
    key(view.table, Qt.Key.Key_Insert)
    title = view.form.fields["title"]
    title.setFocus()
    press(Qt.Key.Key_Tab)
    assert not title.property("error")
    assert view.form.plan is not None and view.form.plan.title == "Kế hoạch mới"


def test_issuer_can_be_added_on_the_way(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    form = window.view("plans").form
    issuer = form.fields["issuer_unit_id"]
    issuer.setFocus()
    issuer.selectAll()
    type_text(issuer, "UBND phường Ba Đình")
    popup = issuer.completer_.popup()
    assert popup.isVisible()
    rows = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert rows[-1] == "+ Thêm đơn vị mới “UBND phường Ba Đình”"
    for _ in rows:
        press(Qt.Key.Key_Down)
    assert popup.currentIndex().data() == rows[-1]
    press(Qt.Key.Key_Return)
    added = [u for u in unit_service.list_units(db) if u.name == "UBND phường Ba Đình"]
    assert len(added) == 1 and added[0].kind == "peoples_committee"
    assert plan_service.get_plan(db, sample.plan_id).issuer_name == "UBND phường Ba Đình"
    assert issuer.text() == "UBND phường Ba Đình" and not issuer.property("error")
    press(Qt.Key.Key_Tab)  # leaving the field saves nothing else and shows no error
    assert not issuer.property("error")
    assert plan_service.get_plan(db, sample.plan_id).issuer_name == "UBND phường Ba Đình"


def test_an_unknown_issuer_says_how_to_add_it(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    form = window.view("plans").form
    issuer = form.fields["issuer_unit_id"]
    issuer.setFocus()
    issuer.selectAll()
    type_text(issuer, "Sở Không Có")
    key(issuer, Qt.Key.Key_Escape)
    press(Qt.Key.Key_Tab)
    assert "Thêm đơn vị mới" in str(issuer.property("error"))
    assert plan_service.get_plan(db, sample.plan_id).issuer_name == "UBND quận Ba Đình"


def test_a_document_link_can_be_removed(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    nq = document_service.create_document(db, "NQ", "45", "NQ/TW", date(2023, 11, 24), "Ban Chấp hành Trung ương")
    ctr = document_service.create_document(db, "CTr", "30", "CTr/TU", date(2024, 3, 8), "Thành ủy Hà Nội")
    plan_service.update_plan(db, sample.plan_id, implements=[nq.id, ctr.id])
    window = make_window("plans")
    view = window.view("plans")
    view.remove_document.setFocus()
    press(Qt.Key.Key_Space)
    dialog = view.unlink_dialog
    assert dialog.isVisible()
    combo = dialog.findChild(QComboBox)
    combo.setFocus()
    press(Qt.Key.Key_Down)
    assert "30-CTr/TU" in combo.currentText()
    press(Qt.Key.Key_Return)
    assert [d.id for d in plan_service.get_plan(db, sample.plan_id).implements] == [nq.id]
    assert "30-CTr/TU" not in view.chain.text() and "45-NQ/TW" in view.chain.text()
    assert ctr.id in [d.id for d in document_service.list_documents(db)]  # only the link went


def test_form_boxes_never_cut_a_line(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    form = window.view("plans").form
    for name in ("title", "purpose", "requirements"):
        box = form.fields[name]
        box.setPlainText(" ".join(["Nâng cao chất lượng đội ngũ trí thức"] * 12))
        box.repaint()
        assert box.verticalScrollBar().maximum() == 0, name  # every line shown whole
        box.setPlainText("Một dòng")
        spacing = box.fontMetrics().lineSpacing()
        assert box.viewport().height() >= box.lines * spacing + 2 * box.document().documentMargin(), name
