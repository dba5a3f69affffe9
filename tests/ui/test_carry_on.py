"""Carrying a plan on after its units were dissolved: the suggested successors, editable; a wrong
name is named and nothing is written; OK records one amendment that reassigns the open tasks."""

from __future__ import annotations

from datetime import date

from desktop_app.services import local_bodies, revisions, succession


def test_carry_on_dialog_suggests_edits_and_records(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.dialogs.carry_on import CarryOnDialog

    wards = [local_bodies.setup_commune(db, code)[0].id for code in ("00004", "00008")]
    succession.dissolve_units(db, date(2025, 7, 1), {sample.unit_ids["quan"]: wards,
                                                     **{sample.unit_ids[k]: [] for k in ("NV", "VH", "GD")}})
    window = make_window("plans")
    view = window.view("plans")
    view.carry_on_button.click()
    dialog = view.findChild(CarryOnDialog)
    assert dialog is not None
    mapping = {dialog.mapping.item(r, 0).text(): dialog.mapping.item(r, 1).text()
               for r in range(dialog.mapping.rowCount())}
    assert mapping["Phòng Nội vụ"] == "UBND phường Ba Đình; UBND phường Ngọc Hà"
    assert dialog.tasks.rowCount() == 3
    row = list(mapping).index("Phòng Nội vụ")
    dialog.mapping.item(row, 1).setText("Phòng không có")
    dialog.reference.setText("2150/UBND-NC")
    dialog.issuer.setText("UBND thành phố Hà Nội")
    dialog.record()
    assert "Phòng không có" in dialog.problem.text() and "Phòng Nội vụ" in dialog.problem.text()
    assert revisions.list_amendments(db, sample.plan_id) == []
    dialog.mapping.item(row, 1).setText("UBND phường Ba Đình")
    dialog.record()
    assert not dialog.isVisible()
    [document] = revisions.list_amendments(db, sample.plan_id)
    assert (document.number, document.symbol, document.doc_type) == ("2150", "UBND-NC", "CV")
    later = revisions.task_as_of(db, sample.task_ids[2], date(2025, 10, 1))
    assert later is not None and later.lead_unit_id == wards[0]


def test_dissolve_a_unit_from_the_unit_tree(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from desktop_app.services import units as unit_service
    from desktop_app.ui.dialogs.dissolve import DissolveDialog
    from tests.ui.helpers import key

    local_bodies.setup_commune(db, "00004")
    window = make_window("units")
    view = window.view("units")
    view.open_unit(sample.unit_ids["quan"])
    view.tree.setFocus()
    key(view.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    dialog = view.findChild(DissolveDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.successors.setText("UBND phường Ba Đình; Không có đơn vị này")
    dialog.record()
    assert "Không có đơn vị này" in dialog.problem.text()
    assert unit_service.get_unit(db, sample.unit_ids["quan"]).dissolved_on is None
    dialog.successors.setText("UBND phường Ba Đình")
    dialog.record()
    quan = unit_service.get_unit(db, sample.unit_ids["quan"])
    assert quan.dissolved_on == date(2025, 7, 1) and not quan.active
    assert quan.name == "UBND quận Ba Đình"
