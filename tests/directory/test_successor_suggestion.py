"""The old → new commune mapping offered where a clerk dissolves an old xã/phường or carries a plan
on: its successor communes matched to the units of the database, and said plainly when none is."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.schedule import Schedule
from desktop_app.services import legacy_mapping, local_bodies, plans, succession, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.successor_suggestion import suggest_successors

DISSOLVED = date(2025, 7, 1)

pytestmark = pytest.mark.skipif(legacy_mapping.load() is None,
                                reason="vietnamadminunits (the optional mapping package) is not installed")


def _old_district(db: Database) -> dict[str, str]:
    city = units.create_unit(db, "UBND Thành phố Hà Nội", "UBND-HN", "peoples_committee").id
    district = units.create_unit(db, "UBND quận Ba Đình", "UBND", "peoples_committee", parent_id=city).id
    phuc_xa = units.create_unit(db, "Phường Phúc Xá", "P.PX", "ward", parent_id=district).id
    cong_vi = units.create_unit(db, "Phường Cống Vị", "P.CV", "ward", parent_id=district).id
    office = units.create_unit(db, "Phòng Nội vụ", "PNV", "office", parent_id=district).id
    return {"district": district, "phuc_xa": phuc_xa, "cong_vi": cong_vi, "office": office}


def test_without_the_new_communes_in_the_database_the_suggestion_says_so(db: Database) -> None:
    d = _old_district(db)
    found = {s.unit_id: s for s in suggest_successors(db, [d["phuc_xa"], d["office"]])}
    assert set(found) == {d["phuc_xa"]}  # an office is no old ward: no suggestion
    phuc_xa = found[d["phuc_xa"]]
    assert phuc_xa.present == () and phuc_xa.missing == (("00097", "Phường Hồng Hà"),)
    assert "chưa có đơn vị nào trong số này trong cơ sở dữ liệu" in phuc_xa.sentence()
    assert "Phường Hồng Hà (00097)" in phuc_xa.sentence()


def test_suggested_successors_are_the_new_communes_of_the_database(db: Database) -> None:
    _old_district(db)
    local_bodies.setup_commune(db, "00008")  # phường Ngọc Hà with its offices (and Hà Nội's directory)
    cong_vi = suggest_successors(db, ["Phường Cống Vị"])[0]
    # Cống Vị was divided between Ngọc Hà (its UBND is set up) and Giảng Võ (the directory's unit)
    assert [name for _, name in cong_vi.present] == ["UBND phường Ngọc Hà", "Phường Giảng Võ"]
    assert cong_vi.present[0][0] == local_bodies.body_id("00008", "ubnd")
    assert cong_vi.missing == ()


def test_carrying_on_suggests_the_mapping_s_communes_for_an_old_ward_without_successors(
        db: Database, db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import main

    d = _old_district(db)
    local_bodies.setup_commune(db, "00004")
    local_bodies.setup_commune(db, "00008")
    ba_dinh, ngoc_ha = local_bodies.body_id("00004", "ubnd"), local_bodies.body_id("00008", "ubnd")
    plan = plans.create_plan(db, "Chỉnh trang đô thị", "30", "KH-UBND", issued_on=date(2024, 3, 1),
                             issuer_unit_id=d["district"], start_year=2024, end_year=2026)
    group = tasks.add_group(db, plan.id, "Nhiệm vụ").id
    task = tasks.add_task(db, group, "Chỉnh trang vỉa hè", d["cong_vi"], schedule=Schedule.continuous()).id
    # the district to phường Ba Đình; the old ward with no successor of its own
    succession.dissolve_units(db, DISSOLVED, {d["district"]: [ba_dinh], d["cong_vi"]: []})
    suggestion = succession.suggest_carry_on(db, plan.id, DISSOLVED)
    # not where its district went (Ba Đình) but the communes that took it
    assert suggestion.mapping[d["cong_vi"]] == (ngoc_ha, local_bodies.directory_unit_id("00025"))
    assert "theo vietnamadminunits" in suggestion.notes[d["cong_vi"]]
    assert [t.task_id for t in suggestion.tasks] == [task]
    assert suggestion.tasks[0].lead_after == ngoc_ha
    assert main(["--db", db_target, "carry-on", "--plan", "30/KH-UBND", "--from", "01/07/2025", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Phường Cống Vị → UBND phường Ngọc Hà, Phường Giảng Võ" in out
    assert "Gợi ý: Phường Cống Vị → UBND phường Ngọc Hà, Phường Giảng Võ (theo vietnamadminunits" in out


def test_cli_dissolve_suggests_and_records_as_suggested(db: Database, db_target: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import main

    d = _old_district(db)
    assert main(["--db", db_target, "dissolve", "--unit", "Phường Phúc Xá", "--on", "01/07/2025", "--suggest"]) == 0
    out = capsys.readouterr().out
    assert "Phường Phúc Xá → Phường Hồng Hà (00097)" in out and "chưa có đơn vị nào" in out
    # nothing in the database to take it: refused by name, nothing written
    assert main(["--db", db_target, "dissolve", "--unit", "Phường Phúc Xá", "--on", "01/07/2025",
                 "--as-suggested"]) != 0
    assert "Phường Hồng Hà (00097)" in capsys.readouterr().err
    assert units.get_unit(db, d["phuc_xa"]).dissolved_on is None

    local_bodies.setup_commune(db, "00008")
    assert main(["--db", db_target, "dissolve", "--unit", "Phường Cống Vị", "--on", "01/07/2025"]) == 0
    out = capsys.readouterr().out
    assert "kế thừa: (theo đơn vị cấp trên)" in out and "Gợi ý: Phường Cống Vị → UBND phường Ngọc Hà" in out
    assert main(["--db", db_target, "dissolve", "--unit", "Phường Cống Vị", "--on", "01/07/2025",
                 "--as-suggested"]) == 0
    assert "kế thừa: Phường Giảng Võ, UBND phường Ngọc Hà" in capsys.readouterr().out
    assert _successor_names(db, d["cong_vi"]) == ["Phường Giảng Võ", "UBND phường Ngọc Hà"]


def _successor_names(db: Database, unit_id: str) -> list[str]:
    from desktop_app.db.models import Unit

    with db.read() as session:
        unit = session.get(Unit, unit_id)
        assert unit is not None
        return [s.name for s in unit.successors]
