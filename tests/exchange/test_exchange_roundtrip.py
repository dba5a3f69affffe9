"""Export → import → export is lossless; the published schema and example are right."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from exchange_support import DOC_SCHEMA, EXAMPLE, PACKAGED_SCHEMA, build_example, load_example, uid
from jsonschema import Draft202012Validator

from desktop_app.domain.schedule import Schedule, ScheduleKind
from desktop_app.exchange import load_schema, schema_text
from desktop_app.exchange.export import export_data, write_file
from desktop_app.exchange.importer import import_data, import_file
from desktop_app.exchange.validate import schema_problems
from desktop_app.services import documents, periods, plans, progress, targets, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound


def _without_time(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "exported_at"}


def _without_head(text: str) -> str:
    return re.sub(r'  "x-chain-head": \{[^}]*\},?\n', "", text)


def _build(db: Database) -> dict[str, str]:
    """A database with two plans sharing units, a document chain, ad-hoc period, progress, values."""
    city = units.create_unit(db, "UBND Thành phố Hà Nội", code="HN", kind="peoples_committee")
    district = units.create_unit(db, "UBND quận Ba Đình", kind="peoples_committee", parent_id=city.id)
    home = units.create_unit(db, "Phòng Nội vụ", kind="office", parent_id=district.id)
    school = units.create_unit(db, "Phòng Giáo dục và Đào tạo", kind="office", parent_id=district.id)
    other = units.create_unit(db, "UBND quận Thanh Xuân", kind="peoples_committee", parent_id=city.id)
    units.create_unit(db, "Phường Ngọc Hà", kind="ward", active=False)
    nq = documents.create_document(db, "NQ", "45", "NQ/TW", date(2023, 11, 24), "Ban Chấp hành Trung ương")
    ctr = documents.create_document(db, "CTr", "30", "CTr/TU", date(2024, 3, 8), "Thành ủy", implements=[nq.id])
    kh = documents.create_document(db, "KH", "137", "KH-UBND", date(2024, 5, 4), "UBND Thành phố",
                                   implements=[ctr.id])
    documents.create_document(db, "BC", "5", "BC-UBND", date(2024, 7, 1), "UBND quận")
    plan = plans.create_plan(db, "Kế hoạch về đội ngũ trí thức", "168", "KH-UBND", implements=[kh.id],
                             issuer_unit_id=district.id, start_year=2024, end_year=2030, vision_year=2045,
                             purpose="Mục đích\nhai dòng", deadline_offset_days=5)
    other_plan = plans.create_plan(db, "Kế hoạch của quận Thanh Xuân", "202", "KH/QU", implements=[ctr.id],
                                   issuer_unit_id=other.id)
    g1 = tasks.add_group(db, plan.id, "Nâng cao nhận thức")
    g2 = tasks.add_group(db, plan.id, "Đào tạo, bồi dưỡng")
    t1 = tasks.add_task(db, g1.id, "Tuyên truyền", lead_unit_id=home.id, coordinating_unit_ids=[school.id, other.id],
                        schedule=Schedule.yearly(12, 15), output="Báo cáo")
    t2 = tasks.add_task(db, g2.id, "Tuyển dụng", lead_unit_id=school.id, schedule=Schedule.once(date(2025, 6, 30)),
                        start_on=date(2024, 7, 1))
    tasks.add_task(db, g2.id, "Theo dõi", schedule=Schedule(ScheduleKind.QUARTERLY))
    og = tasks.add_group(db, other_plan.id, "Nhóm khác")
    ot = tasks.add_task(db, og.id, "Việc khác", lead_unit_id=other.id)
    target = targets.add_target(db, plan.id, "Tỷ lệ thạc sỹ", measure="%", baseline=8, baseline_year=2024,
                                target_low=10, target_year=2030)
    targets.add_target(db, plan.id, "Số công trình", target_low=3, target_high=5, direction="keep")
    targets.set_target_value(db, target.id, "2024-Y", 8.4, "ước tính")
    periods.create_adhoc_period(db, "2024-CD", "Chuyên đề", date(2024, 6, 15), date(2024, 9, 30),
                                date(2024, 10, 5))
    periods.create_adhoc_period(db, "2025-DX", "Đột xuất khác", date(2025, 1, 1), date(2025, 1, 31))
    progress.record_progress(db, t1.id, home.id, "2024-Y", status="in_progress", percent=60, result="Đã làm",
                             difficulties="Thiếu kinh phí", proposals="Bổ sung", references="CV 12/UBND")
    progress.record_progress(db, t2.id, school.id, "2024-CD", status="done", completed_on=date(2024, 9, 1))
    progress.record_progress(db, ot.id, other.id, "2025-DX", status="suspended")
    return {"plan": plan.id, "other_plan": other_plan.id, "district": district.id, "city": city.id,
            "other": other.id, "nq": nq.id, "ctr": ctr.id, "kh": kh.id}


def test_round_trip_into_empty_database_gives_the_same_document(db: Database, tmp_path: Path) -> None:
    _build(db)
    first = export_data(db)
    empty = Database.open(tmp_path / "empty.sqlite")
    try:
        summary = import_data(empty, first)
        second = export_data(empty)
    finally:
        empty.close()
    nested = sum(len(p["targets"]) + len(p["groups"]) + sum(len(g["tasks"]) for g in p["groups"])
                 for p in first["plans"])
    top = sum(len(first[k]) for k in ("units", "documents", "adhoc_periods", "plans", "progress", "target_values"))
    assert (top, nested) == (18, 9)
    assert summary.total_added == top + nested and not summary.total_updated
    assert summary.added["tasks"] == 4 and summary.added["units"] == 6
    assert _without_time(second) == _without_time(first)
    assert schema_problems(first) == []


def test_round_trip_through_files_is_byte_identical_apart_from_export_time(db: Database, tmp_path: Path) -> None:
    _build(db)
    first = tmp_path / "a.json"
    write_file(db, first)
    empty = Database.open(tmp_path / "empty.sqlite")
    try:
        import_file(empty, first)
        second = tmp_path / "b.json"
        write_file(empty, second)
    finally:
        empty.close()
    # apart from the export time and the audit log's head, which are each database's own
    lines_a = [ln for ln in _without_head(first.read_text("utf-8")).splitlines() if '"exported_at"' not in ln]
    lines_b = [ln for ln in _without_head(second.read_text("utf-8")).splitlines() if '"exported_at"' not in ln]
    assert lines_a == lines_b


def test_written_file_is_readable_utf8_and_leaves_no_temp_file(db: Database, tmp_path: Path) -> None:
    _build(db)
    path = tmp_path / "out.json"
    returned = write_file(db, path)
    raw = path.read_bytes()
    assert "Phòng Nội vụ".encode() in raw  # ensure_ascii=False: Vietnamese stays readable
    assert json.loads(raw.decode("utf-8")) == returned
    assert raw.startswith(b'{\n  "format": "plantrack-exchange",\n  "version": 1,')
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_failed_write_keeps_the_old_file(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build(db)
    path = tmp_path / "out.json"
    path.write_text("old content", encoding="utf-8")

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("desktop_app.services.files.os.replace", boom)
    with pytest.raises(OSError):
        write_file(db, path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_of_one_plan_carries_only_what_it_refers_to(db: Database) -> None:
    ids = _build(db)
    by_ref = export_data(db, "168/KH-UBND")
    by_id = export_data(db, ids["plan"])
    assert _without_time(by_ref) == _without_time(by_id)
    assert [p["id"] for p in by_ref["plans"]] == [ids["plan"]]
    unit_names = {u["name"] for u in by_ref["units"]}
    # lead/coordinating units, their ancestors (city, district) and the issuer; not the inactive ward
    assert unit_names == {"UBND Thành phố Hà Nội", "UBND quận Ba Đình", "Phòng Nội vụ",
                          "Phòng Giáo dục và Đào tạo", "UBND quận Thanh Xuân"}
    assert {d["id"] for d in by_ref["documents"]} == {ids["nq"], ids["ctr"], ids["kh"]}  # the chain, not BC 5
    assert [a["code"] for a in by_ref["adhoc_periods"]] == ["2024-CD"]
    assert {p["period"] for p in by_ref["progress"]} == {"2024-Y", "2024-CD"}
    assert len(by_ref["target_values"]) == 1
    assert schema_problems(by_ref) == []


def test_plan_export_imports_into_an_empty_database(db: Database, tmp_path: Path) -> None:
    ids = _build(db)
    data = export_data(db, ids["plan"])
    empty = Database.open(tmp_path / "empty.sqlite")
    try:
        import_data(empty, data)
        again = export_data(empty)
    finally:
        empty.close()
    assert _without_time(again) == _without_time(data)


def test_export_of_unknown_plan_is_refused(db: Database) -> None:
    _build(db)
    with pytest.raises(NotFound):
        export_data(db, "999/KH-UBND")


def test_units_come_parents_first_and_documents_by_date(db: Database) -> None:
    _build(db)
    data = export_data(db)
    position = {u["id"]: i for i, u in enumerate(data["units"])}
    for unit in data["units"]:
        if unit["parent_id"]:
            assert position[unit["parent_id"]] < position[unit["id"]]
    dates = [d["issued_on"] for d in data["documents"]]
    assert dates == sorted(dates)


def test_packaged_schema_and_published_schema_are_identical() -> None:
    assert DOC_SCHEMA.read_bytes() == PACKAGED_SCHEMA.read_bytes()
    assert json.loads(schema_text()) == load_schema()
    Draft202012Validator.check_schema(load_schema())


def test_example_validates_against_the_published_schema() -> None:
    schema = json.loads(DOC_SCHEMA.read_text(encoding="utf-8"))
    example = load_example()
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(example)] == []
    assert schema_problems(example) == []


def test_example_is_what_the_seed_says() -> None:
    example = load_example()
    chain = {d["symbol"]: d for d in example["documents"]}
    assert chain["CTr/TU"]["implements"] == [chain["NQ/TW"]["id"]]
    assert chain["KH-UBND"]["implements"] == [chain["CTr/TU"]["id"]]
    (plan,) = example["plans"]
    assert plan["implements"] == [chain["KH-UBND"]["id"]]
    assert len(plan["groups"]) == 4
    (target,) = plan["targets"]
    assert (target["baseline"], target["target_low"], target["measure"]) == (8.0, 10.0, "%")
    assert {t["schedule"]["kind"] for g in plan["groups"] for t in g["tasks"]} == {
        "once", "yearly", "quarterly", "monthly", "continuous"}
    assert any(p["period"] == example["adhoc_periods"][0]["code"] for p in example["progress"])


def test_example_is_in_canonical_form_and_up_to_date(db: Database) -> None:
    """Importing the example and exporting again reproduces the file (and the builder agrees)."""
    example = load_example()
    summary = import_data(db, example)
    assert summary.total_added > 0 and summary.total_older_skipped == 0
    assert _without_time(export_data(db)) == _without_time(example)
    assert build_example() == example, f"run python tests/exchange/exchange_support.py to refresh {EXAMPLE}"


def test_example_ids_are_stable() -> None:
    example = load_example()
    assert example["plans"][0]["id"] == uid("plan-badinh")
