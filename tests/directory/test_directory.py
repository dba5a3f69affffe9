"""The national directory (vietnam-provinces): counts and codes equal the package's, loading twice
changes nothing, the code (not the name) is the key, "my commune" gets its bodies and headers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

from desktop_app.db.models import AuditEntry, Unit
from desktop_app.domain.kinds import UnitKind
from desktop_app.services import directory, local_bodies, report_settings, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.cli.helpers import assert_refused, run_cli


def _package() -> list[dict]:  # type: ignore[type-arg]
    return json.loads(NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(
            select(Unit.id, Unit.official_code, Unit.name, Unit.kind, Unit.parent_id, Unit.version,
                   Unit.updated_at).order_by(Unit.id))]


def test_loading_all_gives_the_package_s_34_provinces_and_3321_communes_and_twice_changes_nothing(
        db: Database) -> None:
    result = directory.load_directory(db)
    package = _package()
    assert (result.added, result.updated, result.unchanged) == (34 + 3321, 0, 0)
    assert len(package) == 34 and sum(len(p["wards"]) for p in package) == 3321
    with db.read() as session:
        loaded = {u.official_code: u for u in session.scalars(select(Unit))}
        # codes equal the package's, each commune under its own province
        expected = {f"{p['code']:02d}" for p in package} | {f"{w['code']:05d}" for p in package for w in p["wards"]}
        assert set(loaded) == expected
        for p in package:
            province = loaded[f"{p['code']:02d}"]
            assert province.kind == UnitKind.PROVINCE and province.parent_id is None
            for w in p["wards"]:
                commune = loaded[f"{w['code']:05d}"]
                assert commune.parent_id == province.id
                assert commune.name == " ".join(w["name"].split())
        kinds = {k: n for k, n in session.execute(select(Unit.kind, func.count()).group_by(Unit.kind))}
        assert kinds == {"province": 34, "commune": 2621, "ward": 687, "special_zone": 13}
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
    before = _snapshot(db)
    again = directory.load_directory(db)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3355)
    assert _snapshot(db) == before
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_the_code_tells_phuong_ba_dinh_of_ha_noi_from_xa_ba_dinh_of_thanh_hoa(db: Database) -> None:
    directory.load_directory(db, "01")
    directory.load_directory(db, "38")
    found = {u.official_code: u for u in units.list_units(db) if u.name.endswith("Ba Đình")}
    assert found["00004"].name == "Phường Ba Đình" and found["00004"].kind == UnitKind.WARD
    assert found["16171"].name == "Xã Ba Đình" and found["16171"].kind == UnitKind.COMMUNE
    by_id = {u.id: u for u in units.list_units(db)}
    assert by_id[found["00004"].parent_id or ""].name == "Thành phố Hà Nội"
    assert by_id[found["16171"].parent_id or ""].name == "Tỉnh Thanh Hóa"
    # the same unit has the same id in every database that loads the directory
    assert found["00004"].id == directory.directory_unit_id("00004")


def test_one_province_then_all_adds_only_the_rest(db: Database) -> None:
    first = directory.load_directory(db, "1")
    assert (first.added, first.total) == (127, 127)  # Hà Nội and its 126 communes
    rest = directory.load_directory(db)
    assert (rest.added, rest.unchanged) == (3355 - 127, 127)


def test_unknown_or_malformed_province_codes_are_refused_with_the_field_named(db: Database) -> None:
    for bad in ("99", "abc", "0004"):
        with pytest.raises(ValidationError) as caught:
            directory.load_directory(db, bad)
        assert caught.value.problems[0].where in ("province", "code")
    assert units.list_units(db) == []


def test_my_commune_gets_its_offices_and_dang_uy_with_the_headers_of_the_new_bodies(db: Database) -> None:
    made = local_bodies.setup_commune(db, "00004")
    assert [u.name for u in made] == [
        "UBND phường Ba Đình", "Đảng ủy phường Ba Đình", "Văn phòng HĐND và UBND",
        "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công"]
    state = report_settings.load_settings(db, made[0].id)
    assert (state.governing_body, state.issuing_body, state.place) == (
        "UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "Ba Đình")
    party = report_settings.load_settings(db, made[1].id)
    assert (party.layout, party.governing_body, party.issuing_body) == (
        "party", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY PHƯỜNG BA ĐÌNH")
    office = report_settings.load_settings(db, made[4].id)
    assert (office.governing_body, office.issuing_body, office.place) == (
        "UBND PHƯỜNG BA ĐÌNH", "PHÒNG VĂN HÓA - XÃ HỘI", "Ba Đình")  # not "hội" (from "Xã hội")
    # renameable, and setting up again neither renames back nor duplicates
    units.update_unit(db, made[4].id, name="Phòng Văn hóa - Xã hội phường Ba Đình")
    again = local_bodies.setup_commune(db, "00004")
    assert [u.id for u in again] == [u.id for u in made]
    assert units.get_unit(db, made[4].id).name == "Phòng Văn hóa - Xã hội phường Ba Đình"
    # a xã has a Phòng Kinh tế
    xa = local_bodies.setup_commune(db, "16171")
    assert "Phòng Kinh tế" in [u.name for u in xa] and xa[0].name == "UBND xã Ba Đình"
    assert report_settings.load_settings(db, xa[0].id).governing_body == "UBND TỈNH THANH HÓA"


def test_cli_directory_load_and_units_by_code(tmp_path: Path) -> None:
    database = str(tmp_path / "d.sqlite")
    first = run_cli("--db", database, "directory", "load", "--province", "01", home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "thêm mới 127" in first.stdout
    second = run_cli("--db", database, "directory", "load", "--province", "01", home=tmp_path)
    assert "thêm mới 0, cập nhật 0, không đổi 127" in second.stdout
    setup = run_cli("--db", database, "directory", "setup", "--code", "00004", home=tmp_path)
    assert setup.returncode == 0 and "UBND phường Ba Đình" in setup.stdout
    shown = run_cli("--db", database, "units", "--code", "00004", home=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0] == "[00004] Phường Ba Đình — Phường, thuộc Thành phố Hà Nội"
    assert "UBND phường Ba Đình" in shown.stdout
    assert_refused(run_cli("--db", database, "directory", "load", "--province", "99", home=tmp_path),
                   "--province", "99")
    assert_refused(run_cli("--db", database, "units", "--code", "16171", home=tmp_path), "16171")


@pytest.mark.parametrize(("name", "place"), [
    ("UBND phường Ba Đình", "Ba Đình"), ("Đảng ủy phường Ba Đình", "Ba Đình"), ("UBND thành phố Hà Nội", "Hà Nội"),
    ("Ban Tuyên giáo Quận ủy Thanh Xuân", "Thanh Xuân"),  # was "ủy Thanh Xuân"
    ("Thành ủy Hà Nội", "Hà Nội"), ("Phòng Văn hóa - Xã hội", ""),  # was "hội"
    ("UBND đặc khu Côn Đảo", "Côn Đảo"), ("Văn phòng HĐND và UBND", "")])
def test_the_place_of_the_date_line_is_a_proper_name(name: str, place: str) -> None:
    assert report_settings._place_in(name) == place
