"""A 2024 district plan whose units are dissolved on 01/07/2025: one amendment reassigns its open
tasks to the successor wards; the 2025-Q2 report shows the old units, 2025-Q4 the new ones, and
nothing of the past is rewritten."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import Progress
from desktop_app.domain.schedule import Schedule
from desktop_app.reports.data import build_report_data
from desktop_app.services import local_bodies, plans, revisions, succession, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.sample_data import record_sent

DISSOLVED = date(2025, 7, 1)


def _district(db: Database) -> dict[str, str]:
    ubnd = units.create_unit(db, "UBND quận Ba Đình", "UBND", "peoples_committee").id
    pnv = units.create_unit(db, "Phòng Nội vụ", "PNV", "office", parent_id=ubnd).id
    pvh = units.create_unit(db, "Phòng Văn hóa và Thông tin", "PVHTT", "office", parent_id=ubnd).id
    plan = plans.create_plan(db, "Thực hiện Nghị quyết về đội ngũ trí thức", "215", "KH-UBND",
                             issued_on=date(2024, 6, 18), issuer_unit_id=ubnd, start_year=2024, end_year=2030)
    group = tasks.add_group(db, plan.id, "Tuyên truyền").id
    done = tasks.add_task(db, group, "Hội nghị quán triệt", pnv, schedule=Schedule.once(date(2024, 9, 30))).id
    ongoing = tasks.add_task(db, group, "Tuyên truyền thường xuyên", pvh, [pnv], Schedule.continuous()).id
    yearly = tasks.add_task(db, group, "Sơ kết hằng năm", ubnd, [pvh], Schedule.yearly(12, 10)).id
    record_sent(db, done, pnv, "2024-Q3", status="done", completed_on=date(2024, 9, 20),
                             result="Đã tổ chức hội nghị")
    record_sent(db, ongoing, pvh, "2025-Q2", status="in_progress", result="Đăng 12 tin bài")
    return {"plan": plan.id, "ubnd": ubnd, "pnv": pnv, "pvh": pvh, "done": done, "ongoing": ongoing,
            "yearly": yearly}


def test_dissolved_district_plan_is_carried_on_to_the_successor_wards(db: Database) -> None:
    d = _district(db)
    wards = {code: local_bodies.setup_commune(db, code) for code in ("00004", "00008", "00025")}
    ba_dinh, ngoc_ha, giang_vo = (wards[c][0].id for c in ("00004", "00008", "00025"))
    vhxh_ba_dinh = wards["00004"][4].id  # Phòng Văn hóa - Xã hội of phường Ba Đình
    succession.dissolve_units(db, DISSOLVED, {d["ubnd"]: [ba_dinh, ngoc_ha, giang_vo],
                                              d["pvh"]: [vhxh_ba_dinh], d["pnv"]: []})
    assert units.get_unit(db, d["ubnd"]).dissolved_on == DISSOLVED

    suggestion = succession.suggest_carry_on(db, d["plan"], DISSOLVED)
    # the done one-time task stays with its old unit; the others are open
    assert [t.task_id for t in suggestion.tasks] == [d["ongoing"], d["yearly"]]
    # Phòng Nội vụ had no successor of its own: it goes where its district went
    assert set(suggestion.mapping[d["pnv"]]) == {ba_dinh, ngoc_ha, giang_vo}
    assert suggestion.mapping[d["pvh"]] == (vhxh_ba_dinh,)

    mapping = dict(suggestion.mapping)
    mapping[d["pnv"]] = (ba_dinh,)  # the clerk narrows one
    document, done = succession.carry_on_plan(db, d["plan"], DISSOLVED, number="12", symbol="KH-UBND",
                                              issued_on=date(2025, 7, 10), issuer="UBND phường Ba Đình",
                                              mapping=mapping)
    assert document.number == "12" and len(done.tasks) == 2

    q2 = build_report_data(db, d["plan"], "2025-Q2", invariant=True)
    q4 = build_report_data(db, d["plan"], "2025-Q4", invariant=True)
    old = {line.number: (line.lead_unit, line.coordinators) for g in q2.groups for line in g.tasks}
    new = {line.number: (line.lead_unit, line.coordinators) for g in q4.groups for line in g.tasks}
    assert old["1.2"] == ("Phòng Văn hóa và Thông tin", ("Phòng Nội vụ",))
    assert old["1.3"][0] == "UBND quận Ba Đình"
    assert new["1.2"] == ("Phòng Văn hóa - Xã hội", ("UBND phường Ba Đình",))
    assert new["1.3"][0] == "UBND phường Ba Đình"
    assert set(new["1.3"][1]) == {"UBND phường Giảng Võ", "UBND phường Ngọc Hà", "Phòng Văn hóa - Xã hội"}
    # counts agree with the reference: the same three tasks in both periods, the Q4 ones reported by the
    # successors (the Q2 one by the old office); the wards have not reported Q4 yet
    assert q2.counts.total == q4.counts.total == 3
    assert q2.counts.in_progress == 1 and q4.counts.in_progress == 0
    assert "Phòng Văn hóa và Thông tin" not in q2.not_reported
    assert set(q4.not_reported) >= {"UBND phường Ba Đình", "Phòng Văn hóa - Xã hội"}
    # history never rewritten: the old units keep their names and their progress
    assert units.get_unit(db, d["ubnd"]).name == "UBND quận Ba Đình"
    with db.read() as session:
        kept = session.scalars(select(Progress.unit_id).where(Progress.task_id == d["ongoing"])).all()
    assert kept == [d["pvh"]]
    assert [v.lead_unit_id for v in revisions.task_history(db, d["yearly"])] == [d["ubnd"], ba_dinh]
    # no quận / huyện in what the Q4 report says about the tasks
    q4_text = " ".join(f"{line.lead_unit} {' '.join(line.coordinators)}" for g in q4.groups for line in g.tasks)
    assert "quận" not in q4_text and "huyện" not in q4_text


def test_carrying_on_needs_a_successor_for_every_dissolved_unit_and_writes_nothing_otherwise(
        db: Database) -> None:
    d = _district(db)
    succession.dissolve_units(db, DISSOLVED, {d["ubnd"]: [], d["pvh"]: [], d["pnv"]: []})
    with pytest.raises(ValidationError) as caught:
        succession.carry_on_plan(db, d["plan"], DISSOLVED, number="12", symbol="KH-UBND", issued_on=None,
                                 issuer="")
    assert "UBND quận Ba Đình" in str(caught.value)
    assert revisions.list_amendments(db, d["plan"]) == []


def test_a_unit_cannot_succeed_itself_or_a_unit_dissolved_before(db: Database) -> None:
    d = _district(db)
    with pytest.raises(ValidationError):
        succession.dissolve_units(db, DISSOLVED, {d["ubnd"]: [d["ubnd"]]})
    succession.dissolve_units(db, date(2025, 1, 1), {d["pnv"]: []})
    with pytest.raises(ValidationError):
        succession.dissolve_units(db, DISSOLVED, {d["ubnd"]: [d["pnv"]]})
    assert units.get_unit(db, d["ubnd"]).dissolved_on is None


def test_cli_dissolve_and_carry_on(db: Database, db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import main

    d = _district(db)
    local_bodies.setup_commune(db, "00004")
    assert main(["--db", db_target, "dissolve", "--unit", "UBND quận Ba Đình", "--unit", "PVHTT", "--unit", "PNV",
                 "--on", "01/07/2025", "--successor", "UBND phường Ba Đình"]) == 0
    assert "UBND quận Ba Đình: giải thể từ 01/07/2025; kế thừa: UBND phường Ba Đình" in capsys.readouterr().out
    assert main(["--db", db_target, "carry-on", "--plan", "215/KH-UBND", "--from", "01/07/2025",
                 "--map", "PVHTT=Phòng Văn hóa - Xã hội", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Phòng Văn hóa và Thông tin → Phòng Văn hóa - Xã hội" in out and "chưa ghi gì" in out
    assert revisions.list_amendments(db, d["plan"]) == []
    assert main(["--db", db_target, "carry-on", "--plan", "215/KH-UBND", "--from", "01/07/2025",
                 "--map", "PVHTT=Phòng Văn hóa - Xã hội", "--number", "12", "--date", "10/07/2025"]) == 0
    assert "giao lại 2 nhiệm vụ" in capsys.readouterr().out
    assert revisions.task_as_of(db, d["ongoing"], date(2025, 10, 1)).lead_unit_id == \
        local_bodies.body_id("00004", "vhxh")
