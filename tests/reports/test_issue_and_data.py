"""Determinism, issued reports frozen, the data and its JSON, settings, narrative, dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fixture_plan import DISTRICT_SETTINGS, PERIOD, Fixture, build_fixture
from pdfread import all_text, flat
from sqlalchemy import inspect

from desktop_app.domain.schedule import Schedule
from desktop_app.reports import texts
from desktop_app.reports.api import generate
from desktop_app.reports.data import ReportData, build_report_data
from desktop_app.reports.issue import get_issued, issue_report, list_issued, reopen
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.progress import record_progress
from desktop_app.services.report_settings import ReportSettings, has_settings, load_settings, save_settings
from desktop_app.services.tasks import update_task


def test_dates_and_numbers() -> None:
    assert texts.long_date(date(2024, 2, 5)) == "ngày 05 tháng 02 năm 2024"
    assert texts.long_date(date(2024, 6, 15)) == "ngày 15 tháng 6 năm 2024"
    assert texts.long_date(date(2024, 1, 31)) == "ngày 31 tháng 01 năm 2024"
    assert texts.short_date(date(2024, 5, 4)) == "04/5/2024"
    assert texts.number_line("5", "BC-UBND", party=False) == "Số: 05/BC-UBND"
    assert texts.number_line("45", "BC-UBND", party=False) == "Số: 45/BC-UBND"
    assert texts.number_line("202", "BC/QU", party=True) == "Số 202-BC/QU"
    assert texts.percent(1, 3) == "33,3%" and texts.percent(2, 2) == "100%" and texts.percent(0, 0) == "0%"
    assert texts.number_text(1250) == "1.250" and texts.number_text(97.5) == "97,5"


def test_same_data_same_bytes(plan_fx: Fixture, tmp_path: Path) -> None:
    for kind in ("progress", "appendix", "task_list", "overdue"):
        first = generate(plan_fx.db, "137/KH-UBND", PERIOD, kind, invariant=True)
        second = generate(plan_fx.db, "137/KH-UBND", PERIOD, kind, invariant=True)
        assert first == second, kind
    # a second database with the same content (other UUIDs) prints the same bytes
    other = Database.open(tmp_path / "other.sqlite", source="test")
    try:
        build_fixture(other)
        assert generate(other, "137/KH-UBND", PERIOD, invariant=True) == generate(
            plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)
    finally:
        other.close()


def test_issued_report_is_frozen(plan_fx: Fixture) -> None:
    before = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, number="45", report_date=date(2024, 6, 15),
                               invariant=True)
    info = issue_report(plan_fx.db, "137/KH-UBND", PERIOD, "45", date(2024, 6, 15), invariant=True,
                        narrative={"de_xuat": "Đề nghị bổ sung kinh phí năm 2025."})
    assert info.reference == "45/BC-UBND" and info.kind == "progress"
    issued = get_issued(plan_fx.db, info.id)
    pdf, docx_bytes = issued.pdf, issued.docx
    assert pdf.startswith(b"%PDF") and docx_bytes is not None and docx_bytes.startswith(b"PK")
    assert "Đề nghị bổ sung kinh phí năm 2025." in all_text(pdf)

    # later edits to tasks and progress
    update_task(plan_fx.db, plan_fx.task_ids[0], content="Nội dung đã sửa sau khi ban hành")
    record_progress(plan_fx.db, plan_fx.task_ids[2], plan_fx.units["NV"], PERIOD, status="done",
                    completed_on=date(2024, 6, 5))
    assert reopen(plan_fx.db, info.id) == pdf
    assert reopen(plan_fx.db, info.id, "docx") == docx_bytes
    again = get_issued(plan_fx.db, info.id)
    assert again.data.groups == before.groups and again.data.counts == before.counts
    assert again.data.section("de_xuat") == "Đề nghị bổ sung kinh phí năm 2025."
    # the frozen data renders back to the very same bytes
    from desktop_app.reports.api import render

    assert render(again.data, "pdf", invariant=True) == pdf
    # while a new draft shows the edits
    draft = flat(all_text(generate(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)))
    assert "Nội dung đã sửa sau khi ban hành" in draft
    assert "Nội dung đã sửa sau khi ban hành" not in flat(all_text(pdf))
    assert [r.id for r in list_issued(plan_fx.db, "137/KH-UBND")] == [info.id]


def test_issue_refuses_a_used_number(plan_fx: Fixture) -> None:
    issue_report(plan_fx.db, "137/KH-UBND", PERIOD, "45", date(2024, 6, 15), invariant=True)
    with pytest.raises(ValidationError, match="45/BC-UBND"):
        issue_report(plan_fx.db, "137/KH-UBND", PERIOD, "45", date(2024, 7, 1), invariant=True)
    with pytest.raises(ValidationError):
        issue_report(plan_fx.db, "137/KH-UBND", PERIOD, "abc", date(2024, 7, 1))
    # the next year starts again from 1
    issue_report(plan_fx.db, "137/KH-UBND", PERIOD, "45", date(2025, 1, 5), invariant=True)


def test_issued_report_table_matches_migration(db: Database) -> None:
    columns = {c["name"]: c for c in inspect(db.engine).get_columns("issued_report")}
    assert set(columns) == {"id", "plan_id", "period", "kind", "unit_id", "number", "symbol", "issued_on",
                            "data_json", "pdf", "docx", "created_at", "chain_head"}
    assert columns["docx"]["nullable"] and columns["unit_id"]["nullable"] and not columns["pdf"]["nullable"]


def test_data_json_roundtrip(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)
    assert ReportData.from_json(data.to_json()) == data
    unit = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "unit", "NV", invariant=True)
    assert ReportData.from_json(unit.to_json()) == unit


def test_statuses_match_fixture(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)
    assert [t.status.value for t in data.tasks] == plan_fx.expected
    assert data.period_label == "6 tháng đầu năm 2024"
    assert data.summary == "Kết quả thực hiện Kế hoạch số 137/KH-UBND ngày 04/5/2024 trong 6 tháng đầu năm 2024"
    assert [t.verdict_label for t in data.targets] == ["Chưa đạt", "Vượt", "Đạt"]
    assert data.targets[0].baseline_text == "85 (2023)" and data.targets[0].target_text == "≥ 95 (2030)"
    q2 = build_report_data(plan_fx.db, "137/KH-UBND", "2024-Q2", invariant=True)
    assert q2.period_label == "quý II/2024"
    assert build_report_data(plan_fx.db, "137/KH-UBND", "2024-Y", invariant=True).period_label == "năm 2024"


def test_narrative_draft_and_edits(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)
    s = data.sections
    first = s["chi_dao"].split("\n")[0]
    assert "30-CTr/TU" in first
    assert first.count("30-CTr/TU") == 1  # the plan's title cites it: not a second time in the sentence
    assert "Công văn số 512/UBND-VHTT ngày 10/5/2024" in s["chi_dao"]  # from the progress references
    assert "Thiếu nhân lực biên tập nội dung chuyên sâu" in s["ton_tai"]  # from difficulties
    assert "nhiệm vụ 1.3 (Phòng Nội vụ), 2.3 (Phòng Giáo dục và Đào tạo)" in s["ton_tai"]
    assert "Đề nghị UBND Thành phố hướng dẫn tiêu chí thống kê đội ngũ trí thức" in s["de_xuat"]  # proposals
    assert "Rà soát, đánh giá thực trạng đội ngũ trí thức" in s["phuong_huong"]
    edited = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True,
                               narrative={"ton_tai": "Văn bản do cán bộ viết lại.", "trich_yeu": "Trích yếu mới"})
    assert edited.section("ton_tai") == "Văn bản do cán bộ viết lại." and edited.summary == "Trích yếu mới"
    with pytest.raises(ValidationError):
        build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, narrative={"khong_co": "x"})


def test_settings_saved_per_unit(plan_fx: Fixture) -> None:
    assert load_settings(plan_fx.db, plan_fx.units["UBND"]) == DISTRICT_SETTINGS.normalized()
    assert not has_settings(plan_fx.db, "GDĐT")
    draft = load_settings(plan_fx.db, "GDĐT")  # built from the unit's name and parent
    assert draft.issuing_body == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" and draft.governing_body == "UBND QUẬN BA ĐÌNH"
    assert draft.place == "Ba Đình"
    saved = save_settings(plan_fx.db, "GDĐT", ReportSettings(issuing_body="PHÒNG GD&ĐT", symbol="BC-GDĐT",
                                                              recipients=("UBND quận",)))
    assert load_settings(plan_fx.db, "GDĐT") == saved
    with pytest.raises(ValidationError):
        save_settings(plan_fx.db, "GDĐT", ReportSettings(layout="khác", issuing_body=""))


def test_nfd_input_prints_nfc(plan_fx: Fixture) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Nhiệm vụ gửi từ máy Mac: nặng, dẫn, kỹ")
    update_task(plan_fx.db, plan_fx.task_ids[3], content=nfd, schedule=Schedule.continuous())
    text = all_text(generate(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", invariant=True))
    assert "nặng, dẫn, kỹ" in text and text == unicodedata.normalize("NFC", text)


def test_unknown_kind_and_format(plan_fx: Fixture, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        generate(plan_fx.db, "137/KH-UBND", PERIOD, "khac")
    with pytest.raises(ValidationError):
        generate(plan_fx.db, "137/KH-UBND", PERIOD, out=tmp_path / "x.odt")
    with pytest.raises(ValidationError):
        generate(plan_fx.db, "137/KH-UBND", PERIOD, "unit")
    out = tmp_path / "bc.pdf"
    assert generate(plan_fx.db, "137/KH-UBND", PERIOD, out=out, invariant=True) == out.read_bytes()


def test_unit_report_tasks_and_roles(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "unit", "NV", invariant=True)
    by_number = {t.number: t for t in data.tasks}
    # leads 1.3, 2.2, 2.4; coordinates 1.1 and 2.1 (both done by their lead units)
    assert sorted(by_number) == ["1.1", "1.3", "2.1", "2.2", "2.4"]
    assert by_number["1.3"].role == "Chủ trì" and by_number["1.1"].role == "Phối hợp"
    assert by_number["1.1"].status.value == "done_on_time"  # a silent coordinator shows the lead's report
    assert data.counts.total == 5 and data.counts.overdue == 1
