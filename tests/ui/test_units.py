"""The unit tree: add, rename, move, deactivate; a unit in use cannot be deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services import units as unit_service
from tests.ui.helpers import focused, key, type_text


def _by_name(db):  # type: ignore[no-untyped-def]
    return {u.name: u for u in unit_service.list_units(db)}


def test_add_rename_and_move_with_the_keyboard(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("units")
    view = window.view("units")
    view.open_unit(sample.unit_ids["quan"])
    view.tree.setFocus()
    key(view.tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)  # a child of the district
    editor = focused()
    editor.selectAll()
    type_text(editor, "Phòng Kinh tế, Hạ tầng và Đô thị")
    key(focused(), Qt.Key.Key_Return)
    unit = _by_name(db)["Phòng Kinh tế, Hạ tầng và Đô thị"]
    assert unit.parent_id == sample.unit_ids["quan"]
    view.open_unit(unit.id)
    assert focused() is view.tree
    key(view.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # up one level
    assert unit_service.get_unit(db, unit.id).parent_id is None
    window.stack.undo()
    assert unit_service.get_unit(db, unit.id).parent_id == sample.unit_ids["quan"]


def test_a_unit_in_use_cannot_be_deleted_only_deactivated(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("units")
    view = window.view("units")
    view.open_unit(sample.unit_ids["NV"])
    view.tree.setFocus()
    key(view.tree, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert "Phòng Nội vụ" in _by_name(db)
    assert view.problem.isVisible()
    assert "không xóa được, chỉ có thể ngừng hoạt động" in view.problem.text()
    assert view.deactivate_button.isVisible()
    assert window.stack.count() == 0  # the refused delete is not an undo step
    view.deactivate_button.click()
    assert not unit_service.get_unit(db, sample.unit_ids["NV"]).active
    index = view.model.index_of(sample.unit_ids["NV"], 3)
    assert index.data() == "Ngừng hoạt động"


def test_an_unused_unit_is_deleted_and_undo_restores_it(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("units")
    view = window.view("units")
    view.open_unit(sample.unit_ids["YT"])
    view.delete()
    assert "Phòng Y tế" not in _by_name(db)
    window.stack.undo()
    assert _by_name(db)["Phòng Y tế"].id == sample.unit_ids["YT"]


def test_move_anywhere_offers_no_descendant(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    child = unit_service.create_unit(db, "Tổ công tác", parent_id=sample.unit_ids["NV"])
    window = make_window("units")
    view = window.view("units")
    quan = unit_service.get_unit(db, sample.unit_ids["quan"])
    names = {u.name for u in view.parent_choices(quan)}
    assert "Phòng Nội vụ" not in names and child.name not in names
    view.move_to(unit_service.get_unit(db, child.id), sample.unit_ids["GD"])
    assert unit_service.get_unit(db, child.id).parent_id == sample.unit_ids["GD"]
