"""Attacks on a unit's progress package: a ward approving its own updates, overwriting a return,
a row dated 9999, a header naming one ward and period while the rows are another's. Each forged
package is refused or stripped of what the sender may not decide; nothing else is written."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEntry, Progress
from desktop_app.db.types import utcnow
from desktop_app.domain.schedule import Schedule
from desktop_app.exchange import package
from desktop_app.exchange.export import iso_datetime, write_json
from desktop_app.services import plans, progress, review, tasks, units
from desktop_app.services.database import Database
from tests.attacks.forge import forge

PERIOD = "2025-Q4"
ROWS = 13
LATER = iso_datetime(utcnow() + timedelta(minutes=5))  # the sender's edit, after the rows stored here


def _office(db: Database) -> tuple[str, str, str, list[str]]:
    """A district plan with 13 tasks; two wards report on them."""
    quan = units.create_unit(db, "UBND quận Ba Đình", "UBND", "peoples_committee").id
    ward = units.create_unit(db, "UBND phường Ngọc Hà", "NH", "ward", parent_id=quan).id
    other = units.create_unit(db, "UBND phường Kim Mã", "KM", "ward", parent_id=quan).id
    plan = plans.create_plan(db, "Chuyển đổi số", "12", "KH-UBND", issued_on=date(2025, 1, 6),
                             issuer_unit_id=quan, start_year=2025, end_year=2025).id
    group = tasks.add_group(db, plan, "Hạ tầng số").id
    ids = [tasks.add_task(db, group, f"Nhiệm vụ số {n}", ward, coordinating_unit_ids=[other],
                          schedule=Schedule.continuous()).id for n in range(1, ROWS + 1)]
    return ward, other, plan, ids


def _submitted(db: Database, unit: str, ids: list[str], period: str = PERIOD) -> list[str]:
    rows = [progress.record_progress(db, t, unit, period, status="in_progress", percent=50,
                                     result=f"Đang triển khai {n}") for n, t in enumerate(ids)]
    review.submit(db, rows)
    return rows


def _states(db: Database, unit: str) -> list[tuple[str, str]]:
    with db.read() as session:
        return [(r.review_state, r.reviewed_by) for r in session.scalars(
            select(Progress).where(Progress.unit_id == unit).order_by(Progress.task_id))]


def _written(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Progress)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _self_approve(manifest: dict[str, Any], data: dict[str, Any]) -> None:
    for row in data["progress"]:
        row.update(review_state="accepted", reviewed_by="Tự duyệt", reviewed_at=LATER,
                   updated_at=LATER)


def test_a_package_turning_waiting_rows_into_accepted_leaves_them_waiting(db: Database, tmp_path: Path) -> None:
    ward, _other, _plan, ids = _office(db)
    _submitted(db, ward, ids)
    sent = package.export_unit_progress(db, ward, PERIOD, tmp_path / "real.zip").path
    forged = forge(sent, tmp_path / "tu-duyet.zip", _self_approve)
    result = package.receive_progress(db, forged)
    assert (result.rejected, result.updated) == ("", 0)
    assert _states(db, ward) == [("submitted", "")] * ROWS
    # with new content too: received, but waiting for review here, not "Đã duyệt"

    def new_content(manifest: dict[str, Any], data: dict[str, Any]) -> None:
        _self_approve(manifest, data)
        for row in data["progress"]:
            row.update(result=row["result"] + " (bổ sung)", updated_at=iso_datetime(utcnow() + timedelta(minutes=9)))

    result = package.receive_progress(db, forge(sent, tmp_path / "tu-duyet-2.zip", new_content))
    assert (result.rejected, result.updated) == ("", ROWS)
    assert _states(db, ward) == [("submitted", "")] * ROWS


def test_a_package_cannot_overwrite_a_return_with_accepted(db: Database, tmp_path: Path) -> None:
    ward, _other, _plan, ids = _office(db)
    rows = _submitted(db, ward, ids)
    review.return_(db, rows[:1], "Thiếu số liệu")
    sent = package.export_unit_progress(db, ward, PERIOD, tmp_path / "real.zip").path
    result = package.receive_progress(db, forge(sent, tmp_path / "ghi-de.zip", _self_approve))
    assert (result.rejected, result.updated, result.conflicts) == ("", 0, [])
    with db.read() as session:
        returned = session.get(Progress, rows[0])
        assert returned is not None
        assert (returned.review_state, returned.review_reason) == ("returned", "Thiếu số liệu")


def test_a_row_dated_in_the_year_9999_is_refused(db: Database, tmp_path: Path) -> None:
    ward, _other, _plan, ids = _office(db)
    _submitted(db, ward, ids)
    sent = package.export_unit_progress(db, ward, PERIOD, tmp_path / "real.zip").path

    def far_future(manifest: dict[str, Any], data: dict[str, Any]) -> None:
        data["progress"][4].update(updated_at="9999-12-31T00:00:00.000Z", result="Thắng mọi lần trao đổi")

    before = _written(db)
    result = package.receive_progress(db, forge(sent, tmp_path / "9999.zip", far_future))
    assert "$.progress[4].updated_at" in result.rejected and "tương lai" in result.rejected
    assert "TỪ CHỐI" in result.line()
    assert _written(db) == before


def test_a_manifest_naming_one_ward_and_2099_q1_cannot_carry_another_units_2025_q4_rows(
        db: Database, tmp_path: Path) -> None:
    ward, other, _plan, ids = _office(db)
    _submitted(db, other, ids)
    sent = package.export_unit_progress(db, other, PERIOD, tmp_path / "kim-ma.zip").path

    def other_header(manifest: dict[str, Any], data: dict[str, Any]) -> None:
        manifest.update(unit_id=ward, unit_name="UBND phường Ngọc Hà", period="2099-Q1")
        for row in data["progress"]:
            row.update(result="Sửa hộ phường khác", updated_at=LATER)

    before = _written(db)
    result = package.receive_progress(db, forge(sent, tmp_path / "mao-danh.zip", other_header))
    assert result.rejected.startswith("$.progress[0]: dòng tiến độ của đơn vị")
    assert "2099-Q1" in result.rejected and PERIOD in result.rejected
    assert _written(db) == before


def test_a_bare_json_carrying_two_units_is_refused(db: Database, tmp_path: Path) -> None:
    ward, other, _plan, ids = _office(db)
    _submitted(db, ward, ids[:2])
    _submitted(db, other, ids[2:4])
    sent = package.export_unit_progress(db, ward, PERIOD, tmp_path / "real.zip").path
    other_rows = package.read_package(package.export_unit_progress(db, other, PERIOD, tmp_path / "b.zip").path)[1]
    _manifest, data = package.read_package(sent)
    data["progress"] += other_rows["progress"]
    bare = tmp_path / "hai-don-vi.json"
    write_json(bare, data)
    result = package.receive_progress(db, bare)
    assert result.rejected.startswith("$.progress[2]:")


def test_the_result_line_reports_what_was_written_not_the_manifests_claim(db: Database, tmp_path: Path) -> None:
    ward, _other, _plan, ids = _office(db)
    _submitted(db, ward, ids[:3])
    sent = package.export_unit_progress(db, ward, PERIOD, tmp_path / "real.zip").path

    def boast(manifest: dict[str, Any], data: dict[str, Any]) -> None:
        manifest["unit_name"] = "Văn phòng UBND tỉnh"
        for row in data["progress"]:
            row.update(result="Đã xong", updated_at=LATER)

    result = package.receive_progress(db, forge(sent, tmp_path / "khoe.zip", boast))
    assert result.updated == 3
    assert "(UBND phường Ngọc Hà, 2025-Q4): thêm 0, cập nhật 3" in result.line()
    assert "tỉnh" not in result.line()


@pytest.mark.sqlite_only("the ward's own database file receives the district's decision")
def test_the_office_above_still_returns_an_update_to_the_ward(db: Database, tmp_path: Path) -> None:
    """The other direction is kept: where the plan came from above (locked), its decisions count."""
    ward, _other, plan, ids = _office(db)
    rows = _submitted(db, ward, ids[:1])
    review.return_(db, rows, "Bổ sung số liệu")
    down = package.export_unit_progress(db, ward, PERIOD, tmp_path / "down.zip").path
    ward_db = Database.open(tmp_path / "ward.sqlite")
    try:
        package.receive_plan(ward_db, package.export_plan_package(db, plan, tmp_path / "plan.zip").path)
        assert package.receive_progress(ward_db, down).added == 1
        assert [s for s, _ in _states(ward_db, ward)] == ["returned"]
    finally:
        ward_db.close()


def test_a_plain_json_import_dated_9999_is_refused_at_its_path(db: Database) -> None:
    """The same lie in an ordinary exchange file (plantrack import): refused, naming the place."""
    from desktop_app.exchange.export import export_data
    from desktop_app.exchange.importer import import_data
    from desktop_app.services.errors import ValidationError

    ward, _other, _plan, ids = _office(db)
    _submitted(db, ward, ids[:2])
    data = export_data(db)
    data["progress"][1].update(updated_at="9999-12-31T00:00:00.000Z", result="Thắng mọi lần trao đổi")
    data["plans"][0]["updated_at"] = "9999-01-01T00:00:00.000Z"
    with pytest.raises(ValidationError) as caught:
        import_data(db, data)
    wheres = [p.where for p in caught.value.problems]
    assert wheres == ["$.plans[0].updated_at", "$.progress[1].updated_at"]
    assert "ở tương lai" in caught.value.problems[0].message
