"""The exchange format carries the official code (optional field, version 1): a commune's units
meet the province's under the same id; a code held here by another unit is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.exchange.export import export_data
from desktop_app.exchange.importer import import_data
from desktop_app.services import directory, local_bodies, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError


def test_official_code_travels_and_meets_the_same_unit_in_another_database(db: Database, tmp_path: Path) -> None:
    local_bodies.setup_commune(db, "00004")
    data = export_data(db)
    assert data["version"] == 1
    ward = next(u for u in data["units"] if u["name"] == "Phường Ba Đình")
    assert ward["official_code"] == "00004"
    office = next(u for u in data["units"] if u["name"] == "Phòng Văn hóa - Xã hội")
    assert "official_code" not in office  # optional: only administrative units have one
    other = Database.open(tmp_path / "city.sqlite")
    try:
        directory.load_directory(other, "01")  # the city loaded the same directory on its own
        summary = import_data(other, data)
        assert summary.added["units"] == 6  # UBND, Đảng ủy and four offices
        assert summary.unchanged["units"] == 127  # Hà Nội and its 126 communes met themselves
        assert units.get_unit(other, ward["id"]).official_code == "00004"
    finally:
        other.close()


def test_a_code_held_here_by_another_unit_is_refused_naming_the_row(db: Database) -> None:
    directory.load_directory(db, "01")
    data = export_data(db)
    forged = next(u for u in data["units"] if u.get("official_code") == "00004")
    forged["id"] = "11111111-2222-4333-8444-555555555555"
    with pytest.raises(ValidationError) as caught:
        import_data(db, data)
    assert any("official_code" in p.where and "00004" in p.message for p in caught.value.problems)


def test_an_older_file_without_codes_keeps_the_codes_here(db: Database) -> None:
    directory.load_directory(db, "01")
    data = export_data(db)
    for unit in data["units"]:
        unit.pop("official_code", None)
    summary = import_data(db, data)
    assert summary.updated["units"] == 0
    assert units.get_unit(db, directory.directory_unit_id("00004")).official_code == "00004"
