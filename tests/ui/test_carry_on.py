"""Carrying a plan on after its units were dissolved: the suggested successors, editable; a wrong
name is named and nothing is written; OK records one amendment that reassigns the open tasks."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.reports.data import build_report_data
from desktop_app.services import legacy_mapping, local_bodies, revisions, succession


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
    # the plan's issuer was dissolved: the first successor is suggested to report on it from then
    assert dialog.new_issuer.isEnabled() and dialog.new_issuer.text() == "UBND phường Ba Đình"
    dialog.new_issuer.setText("UBND phường Ngọc Hà")
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
    heads = [build_report_data(db, sample.plan_id, period, invariant=True).settings.issuing_body
             for period in ("2025-Q2", "2025-Q4")]
    assert heads == ["UBND QUẬN BA ĐÌNH", "ỦY BAN NHÂN DÂN PHƯỜNG NGỌC HÀ"]


@pytest.mark.skipif(legacy_mapping.load() is None, reason="vietnamadminunits (the optional mapping) is not installed")
def test_dissolving_an_old_ward_suggests_the_communes_that_took_it(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import units as unit_service
    from desktop_app.ui.dialogs.dissolve import DissolveDialog

    city = unit_service.create_unit(db, "UBND Thành phố Hà Nội", "UBND-HN", "peoples_committee").id
    unit_service.update_unit(db, sample.unit_ids["quan"], parent_id=city)
    cong_vi = unit_service.create_unit(db, "Phường Cống Vị", "P.CV", "ward", parent_id=sample.unit_ids["quan"]).id
    phuc_xa = unit_service.create_unit(db, "Phường Phúc Xá", "P.PX", "ward", parent_id=sample.unit_ids["quan"]).id
    window = make_window("units")
    view = window.view("units")
    view.open_unit(phuc_xa)
    view.dissolve()
    dialog = view.findChild(DissolveDialog)
    assert dialog is not None
    # nothing of the new communes in the database yet: said plainly, nothing filled in
    assert "Phường Hồng Hà (00097)" in dialog.hint.text() and "chưa có đơn vị nào" in dialog.hint.text()
    assert dialog.successors.text() == ""
    dialog.reject()
    local_bodies.setup_commune(db, "00008")
    view.open_unit(cong_vi)
    view.dissolve()
    dialog = view.dissolve_dialog
    assert dialog.successors.text() == "UBND phường Ngọc Hà; Phường Giảng Võ"
    assert "vietnamadminunits" in dialog.hint.text()
    dialog.record()
    gone = unit_service.get_unit(db, cong_vi)
    assert gone.dissolved_on == date(2025, 7, 1)


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
