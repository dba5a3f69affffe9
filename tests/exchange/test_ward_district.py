"""Ward → district: three wards send their period progress, the district receives them all;
conflicts are surfaced, bad files refused whole, a second receipt changes nothing."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEntry, Progress
from desktop_app.exchange import package
from desktop_app.reports.api import draft
from desktop_app.services import demo, progress, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.sample_data import record_sent

pytestmark = pytest.mark.sqlite_only("three ward databases and a district database as files")

PERIOD = "2025-Q4"
WARDS = ("Phường Phúc Xá", "Phường Trúc Bạch", "Phường Ngọc Hà")


@pytest.fixture(scope="module")
def district_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The district's demo database and the plan package it sends down."""
    folder = tmp_path_factory.mktemp("district")
    db = Database.open(folder / "district.sqlite")
    demo.create_demo(db, today=date(2025, 12, 1))
    plan_file = folder / "ke-hoach-215.zip"
    package.export_plan_package(db, "215/KH-UBND", plan_file)
    db.close()
    return folder / "district.sqlite", plan_file


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Progress)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _district(tmp_path: Path, template: Path) -> Database:
    """A fresh copy of the district's database for one test."""
    copy = tmp_path / "district.sqlite"
    shutil.copyfile(template, copy)
    return Database.open(copy)


def _ward(tmp_path: Path, plan_file: Path, name: str) -> tuple[Database, str, list[str]]:
    ward = Database.open(tmp_path / f"{name}.sqlite", source="ui")
    plan_ids = package.receive_plan(ward, plan_file)
    unit_id = next(u.id for u in units.list_units(ward) if u.name == name)
    mine = [t.id for t in tasks.list_tasks(ward, plan_ids[0]) if unit_id in t.coordinating_unit_ids]
    assert mine, f"{name} coordinates no task in the demo"
    return ward, unit_id, mine


def test_three_wards_report_and_the_district_receives_them_all(tmp_path: Path,
                                                               district_template: tuple[Path, Path]) -> None:
    district_file, plan_file = district_template
    files = []
    sent: dict[str, str] = {}
    for index, name in enumerate(WARDS):
        ward, unit_id, mine = _ward(tmp_path, plan_file, name)
        for task_id in mine[:3]:
            text = f"{name}: đã triển khai nhiệm vụ, lượt {index} — {task_id[:8]}"
            progress.record_progress(ward, task_id, unit_id, PERIOD, status="in_progress", percent=40 + index,
                                     result=text)
            sent[text] = unit_id
        with pytest.raises(ValidationError, match="do cấp trên gửi xuống"):  # the plan is read-only there
            tasks.update_task(ward, mine[0], content="Sửa ở phường")
        out = tmp_path / f"tien-do-{index}.zip"
        info = package.export_unit_progress(ward, unit_id, PERIOD, out)
        assert info.rows == len(mine[:3])
        files.append(out)
        ward.close()

    district = _district(tmp_path, district_file)
    results = package.receive_many(district, files)
    assert [(r.added, r.updated, len(r.conflicts), r.rejected) for r in results] == [(3, 0, 0, "")] * 3
    assert [r.unit_name for r in results] == list(WARDS)
    rows = progress.period_rows(district, "215/KH-UBND", PERIOD, include_coordinators=True)
    received = {r.result: r.unit_id for r in rows if r.result in sent}
    assert received == sent
    # the consolidated report is built from the received progress
    report = draft(district, "215/KH-UBND", PERIOD, "appendix")
    assert report.kind == "appendix"
    # receiving the same files again changes nothing
    before = _counts(district)
    again = package.receive_many(district, files)
    assert [(r.added, r.updated, len(r.conflicts)) for r in again] == [(0, 0, 0)] * 3
    assert _counts(district) == before
    district.close()


def test_a_district_edit_after_the_wards_version_is_a_conflict(tmp_path: Path,
                                                               district_template: tuple[Path, Path]) -> None:
    district_file, plan_file = district_template
    ward, unit_id, mine = _ward(tmp_path, plan_file, WARDS[0])
    progress.record_progress(ward, mine[0], unit_id, PERIOD, status="in_progress", percent=30, result="Bản phường v1")
    first = tmp_path / "v1.zip"
    package.export_unit_progress(ward, unit_id, PERIOD, first)
    district = _district(tmp_path, district_file)
    assert package.receive_progress(district, first).added == 1
    # the ward corrects its row, and meanwhile the district clerk edits the same row
    progress.record_progress(ward, mine[0], unit_id, PERIOD, status="done", completed_on=date(2025, 12, 1),
                             result="Bản phường v2")
    second = tmp_path / "v2.zip"
    package.export_unit_progress(ward, unit_id, PERIOD, second)
    progress.record_progress(district, mine[0], unit_id, PERIOD, status="in_progress", percent=35,
                             result="Quận sửa sau")
    result = package.receive_progress(district, second)
    assert (result.updated, len(result.conflicts)) == (0, 1)
    conflict = result.conflicts[0]
    assert conflict.mine["result"] == "Quận sửa sau" and conflict.theirs["result"] == "Bản phường v2"
    assert ("Kết quả", "Quận sửa sau", "Bản phường v2") in conflict.differences
    row = next(r for r in progress.period_rows(district, "215/KH-UBND", PERIOD, include_coordinators=True)
               if r.task_id == mine[0] and r.unit_id == unit_id)
    assert row.result == "Quận sửa sau"  # nothing overwritten silently
    package.resolve_conflict(district, conflict, take_theirs=True)
    row = next(r for r in progress.period_rows(district, "215/KH-UBND", PERIOD, include_coordinators=True)
               if r.task_id == mine[0] and r.unit_id == unit_id)
    assert (row.result, row.status.value) == ("Bản phường v2", "done")
    assert package.receive_progress(district, second).conflicts == []  # decided once
    # an older file (v1) never overwrites the newer row
    assert package.receive_progress(district, first).updated == 0
    district.close()
    ward.close()


def test_bad_files_are_refused_whole_and_change_nothing(tmp_path: Path,
                                                         district_template: tuple[Path, Path]) -> None:
    district_file, plan_file = district_template
    ward, unit_id, mine = _ward(tmp_path, plan_file, WARDS[1])
    for task_id in mine[:2]:
        progress.record_progress(ward, task_id, unit_id, PERIOD, status="in_progress", result="Phường gửi")
    good = tmp_path / "good.zip"
    package.export_unit_progress(ward, unit_id, PERIOD, good)
    raw = good.read_bytes()
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(raw[: len(raw) // 2])
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as dst:
        dst.writestr("manifest.json", src.read("manifest.json"))
        dst.writestr("data.json", src.read("data.json").replace("Phường gửi".encode(), "Sửa lén!!".encode()))
    newer = tmp_path / "newer.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(newer, "w") as dst:
        dst.writestr("manifest.json", src.read("manifest.json").replace(b'"version": 1', b'"version": 9'))
        dst.writestr("data.json", src.read("data.json"))
    other = Database.open(tmp_path / "other.sqlite")
    other_unit = units.create_unit(other, "Phường khác", "PK", "ward")
    from desktop_app.services import plans as plan_service

    other_plan = plan_service.create_plan(other, "Kế hoạch khác", "1", "KH-UBND")
    group = tasks.add_group(other, other_plan.id, "Nhóm")
    task = tasks.add_task(other, group.id, "Việc của nơi khác", other_unit.id)
    progress.record_progress(other, task.id, other_unit.id, PERIOD, status="done", completed_on=date(2025, 12, 1))
    foreign = tmp_path / "foreign.zip"
    package.export_unit_progress(other, other_unit.id, PERIOD, foreign)
    district = _district(tmp_path, district_file)
    before = _counts(district)
    results = {r.file: r for r in package.receive_many(district, [truncated, tampered, newer, foreign])}
    assert "hỏng" in results["cut.zip"].rejected
    assert "SHA-256" in results["tampered.zip"].rejected
    assert "phiên bản mới hơn" in results["newer.zip"].rejected
    assert "kế hoạch khác" in results["foreign.zip"].rejected
    assert _counts(district) == before
    assert package.receive_progress(district, good).added == 2
    district.close()
    other.close()
    ward.close()


def test_a_return_travels_back_and_the_correction_is_accepted(tmp_path: Path,
                                                              district_template: tuple[Path, Path]) -> None:
    from desktop_app.domain.status import ReportStatus
    from desktop_app.services import review

    district_file, plan_file = district_template
    ward, unit_id, mine = _ward(tmp_path, plan_file, WARDS[2])
    task_id = mine[0]
    row_id = progress.record_progress(ward, task_id, unit_id, PERIOD, status="done",
                                      completed_on=date(2025, 12, 1), result="Đã xong (thiếu số liệu)")
    review.submit(ward, [row_id])
    up = tmp_path / "up-1.zip"
    package.export_unit_progress(ward, unit_id, PERIOD, up)
    district = _district(tmp_path, district_file)
    assert package.receive_progress(district, up).added == 1

    def ward_row(db: Database) -> progress.ProgressRow:
        return next(r for r in progress.period_rows(db, "215/KH-UBND", PERIOD, include_coordinators=True)
                    if r.task_id == task_id and r.unit_id == unit_id)

    assert ward_row(district).report_status in (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE)
    review.return_(district, [row_id], "Bổ sung số liệu cụ thể")
    assert ward_row(district).report_status not in (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE)
    down = tmp_path / "down.zip"
    package.export_unit_progress(district, unit_id, PERIOD, down)
    assert package.receive_progress(ward, down).updated == 1
    returned = ward_row(ward)
    assert (returned.review_state, returned.review_reason) == ("returned", "Bổ sung số liệu cụ thể")
    # the ward corrects, submits again; the district receives and accepts: counted as done again
    progress.record_progress(ward, task_id, unit_id, PERIOD, status="done", completed_on=date(2025, 12, 1),
                             result="Đã xong: 12 hội nghị, 1.500 lượt người")
    review.submit(ward, [row_id])
    up2 = tmp_path / "up-2.zip"
    package.export_unit_progress(ward, unit_id, PERIOD, up2)
    result = package.receive_progress(district, up2)
    assert (result.updated, result.conflicts) == (1, [])
    review.accept(district, [row_id])
    accepted = ward_row(district)
    assert accepted.review_state == "accepted"
    assert accepted.report_status in (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE)
    assert accepted.result == "Đã xong: 12 hội nghị, 1.500 lượt người"
    district.close()
    ward.close()


def test_the_consolidated_report_names_the_units_that_have_not_reported(tmp_path: Path,
                                                                         district_template: tuple[Path, Path]) -> None:
    district = _district(tmp_path, district_file := district_template[0])
    assert district_file.exists()
    data = draft(district, "215/KH-UBND", "2027-Q1", "progress", invariant=True)  # nobody reported yet
    leads = {t.lead_unit for g in data.groups for t in g.tasks if t.lead_unit}
    assert set(data.not_reported) == leads
    from desktop_app.reports.body import counts_sentence

    assert "Đơn vị chưa gửi báo cáo kỳ này: " in counts_sentence(data)
    task = data.groups[0].tasks[0]
    unit = next(u for u in units.list_units(district) if u.name == task.lead_unit)
    progress.record_progress(district, task.task_id, unit.id, "2027-Q1", status="in_progress", result="Đã báo cáo")
    drafted = draft(district, "215/KH-UBND", "2027-Q1", "progress", invariant=True)
    assert task.lead_unit in drafted.not_reported  # a draft is not sent
    record_sent(district, task.task_id, unit.id, "2027-Q1", status="in_progress", result="Đã báo cáo")
    after = draft(district, "215/KH-UBND", "2027-Q1", "progress", invariant=True)
    assert task.lead_unit not in after.not_reported
    district.close()
