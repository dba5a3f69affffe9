"""A file with any invalid part changes nothing and lists every problem with its JSON path."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from exchange_support import load_example, snapshot, uid

from desktop_app.db.types import utcnow
from desktop_app.exchange.export import iso_datetime
from desktop_app.exchange.importer import import_data, import_file
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError

UNKNOWN = "00000000-0000-4000-8000-000000000000"
LATER = iso_datetime(utcnow() + timedelta(hours=1))  # newer than anything stored, not in the future


@pytest.fixture
def loaded(db: Database) -> Database:
    """A database that already holds the example, so a refused import has something to spoil."""
    import_data(db, load_example())
    return db


def _refused(db: Database, data: Any) -> list[str]:
    """Import must fail with ValidationError and leave every table exactly as it was."""
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        import_data(db, data)
    assert snapshot(db) == before
    return [str(p) for p in caught.value.problems]


def _refused_file(db: Database, path: Path) -> list[str]:
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        import_file(db, path)
    assert snapshot(db) == before
    return [str(p) for p in caught.value.problems]


def _mutated(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = load_example()
    change(data)
    return data


def _task(data: dict[str, Any], group: int, task: int) -> dict[str, Any]:
    result: dict[str, Any] = data["plans"][0]["groups"][group]["tasks"][task]
    return result


# ---- each kind of problem, with its path ----------------------------------------------------


def test_wrong_type_is_refused_with_its_path(loaded: Database) -> None:
    problems = _refused(loaded, _mutated(lambda d: d["units"][0].update(active="có", updated_at=LATER)))
    assert problems == ['$.units[0].active: phải là true hoặc false, không phải "có"']


def test_unknown_lead_unit_is_refused_with_its_path(loaded: Database) -> None:
    problems = _refused(loaded, _mutated(lambda d: _task(d, 1, 2).update(lead_unit_id=UNKNOWN)))
    assert problems == [f"$.plans[0].groups[1].tasks[2].lead_unit_id: không có đơn vị '{UNKNOWN}'"]


def test_unknown_coordinating_unit_document_task_and_target(db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        _task(d, 0, 0)["coordinating_unit_ids"].append(UNKNOWN)
        d["plans"][0]["implements"] = [UNKNOWN]
        d["progress"][0]["task_id"] = UNKNOWN
        d["target_values"][0]["target_id"] = UNKNOWN
        d["units"][1]["parent_id"] = UNKNOWN

    problems = _refused(db, _mutated(change))
    assert problems == [
        f"$.units[1].parent_id: không có đơn vị cấp trên '{UNKNOWN}'",
        f"$.plans[0].implements[0]: không có văn bản '{UNKNOWN}'",
        f"$.plans[0].groups[0].tasks[0].coordinating_unit_ids[1]: không có đơn vị '{UNKNOWN}'",
        f"$.progress[0].task_id: không có nhiệm vụ '{UNKNOWN}'",
        f"$.target_values[0].target_id: không có chỉ tiêu '{UNKNOWN}'",
    ]


def test_impossible_date_is_refused(loaded: Database) -> None:
    problems = _refused(loaded, _mutated(lambda d: d["documents"][0].update(issued_on="2024-02-31")))
    assert len(problems) == 1
    assert problems[0].startswith('$.documents[0].issued_on: ngày không hợp lệ: "2024-02-31"')


def test_badly_written_date_and_time_are_refused(db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        d["documents"][1]["issued_on"] = "08/03/2024"
        d["units"][0]["updated_at"] = "2024-05-04 02:00:00"  # no T, no zone
        _task(d, 1, 0)["schedule"]["due"] = "2025-13-01"

    problems = _refused(db, _mutated(change))
    assert [p.split(":")[0] for p in problems] == [
        "$.units[0].updated_at", "$.documents[1].issued_on", "$.plans[0].groups[1].tasks[0].schedule.due"]


def test_bad_period_code_is_refused(loaded: Database) -> None:
    problems = _refused(loaded, _mutated(lambda d: d["progress"][1].update(period="2024-Q5")))
    assert len(problems) == 1
    assert problems[0].startswith("$.progress[1].period: mã kỳ báo cáo không hợp lệ: '2024-Q5'")


def test_period_of_an_adhoc_period_missing_from_file_and_database_is_refused(db: Database) -> None:
    data = _mutated(lambda d: d.update(adhoc_periods=[]))
    index = next(i for i, p in enumerate(data["progress"]) if p["period"] == "2024-CD-TRITHUC")
    problems = _refused(db, data)
    assert [p.split(":")[0] for p in problems] == [f"$.progress[{index}].period"]


def test_percent_out_of_range_is_refused(loaded: Database) -> None:
    problems = _refused(loaded, _mutated(lambda d: d["progress"][0].update(percent=140, updated_at=LATER)))
    assert problems == ["$.progress[0].percent: giá trị 140 lớn hơn mức tối đa 100"]


def test_duplicate_id_is_refused(loaded: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        d["units"][1]["id"] = d["units"][0]["id"]
        _task(d, 3, 1)["id"] = _task(d, 0, 0)["id"]

    problems = _refused(loaded, _mutated(change))
    assert problems == [
        f"$.units[1].id: mã '{uid('hanoi')}' trùng với $.units[0].id",
        f"$.plans[0].groups[3].tasks[1].id: mã '{uid('t1.1')}' trùng với $.plans[0].groups[0].tasks[0].id",
    ]


def test_two_rows_for_the_same_task_unit_and_period_are_refused(db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        twin = copy.deepcopy(d["progress"][0])
        twin["id"] = UNKNOWN
        d["progress"].append(twin)

    problems = _refused(db, _mutated(change))
    assert problems == ["$.progress[4]: trùng nhiệm vụ, đơn vị và kỳ với $.progress[0]"]


def test_missing_and_unknown_fields_are_named(db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        del d["units"][2]["name"]
        d["plans"][0]["titel"] = d["plans"][0].pop("title")
        d["plans"][0]["x-note"] = "extension keys starting with x- are allowed"

    problems = _refused(db, _mutated(change))
    assert problems == ["$.units[2].name: thiếu trường bắt buộc",
                        "$.plans[0].title: thiếu trường bắt buộc",
                        "$.plans[0].titel: trường không có trong định dạng (viết sai tên?)"]


def test_schedule_must_fit_its_kind(db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        _task(d, 0, 0)["schedule"] = {"kind": "once"}
        _task(d, 0, 1)["schedule"] = {"kind": "monthly", "day": 3}
        _task(d, 1, 1)["schedule"] = {"kind": "yearly", "month": 2, "day": 30}
        _task(d, 1, 2)["schedule"] = {"kind": "weekly"}

    problems = _refused(db, _mutated(change))
    assert [p.split(": ")[0] for p in problems] == [
        "$.plans[0].groups[0].tasks[0].schedule.due",
        "$.plans[0].groups[0].tasks[1].schedule.day",
        "$.plans[0].groups[1].tasks[1].schedule.day",
        "$.plans[0].groups[1].tasks[2].schedule.kind",
    ]
    assert "không dùng với loại lịch này" in problems[1]


def test_rules_of_the_services_apply(db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        d["plans"][0].update(start_year=2030, end_year=2024)
        d["plans"][0]["targets"][0].update(target_low=10, target_high=5)
        d["plans"][0]["groups"][2]["title"] = "   "
        d["documents"][0].update(number="", symbol="")
        d["adhoc_periods"][0].update(start_on="2024-09-30", end_on="2024-06-15")

    problems = _refused(db, _mutated(change))
    assert [p.split(": ")[0] for p in problems] == [
        "$.documents[0].number", "$.adhoc_periods[0].end_on", "$.plans[0].end_year",
        "$.plans[0].targets[0].target_high", "$.plans[0].groups[2].title"]


def test_unit_cycles_are_refused(loaded: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        d["units"][0].update(parent_id=uid("noivu"), updated_at=LATER)  # Hà Nội under its own office

    problems = _refused(loaded, _mutated(change))
    assert problems == ["$.units[0].parent_id: đơn vị cấp trên tạo vòng lặp (đơn vị thành cấp dưới của chính nó)"]


def test_document_chain_cycles_are_refused(db: Database) -> None:
    problems = _refused(db, _mutated(lambda d: d["documents"][0]["implements"].append(uid("kh137"))))
    assert [p.split(": ")[0] for p in problems] == [
        "$.documents[0].implements", "$.documents[1].implements", "$.documents[2].implements"]


def test_adhoc_period_with_a_standard_code_is_refused(db: Database) -> None:
    problems = _refused(db, _mutated(lambda d: d["adhoc_periods"][0].update(code="2024-Q3")))
    assert problems[0] == "$.adhoc_periods[0].code: '2024-Q3' là mã kỳ định kỳ; kỳ đột xuất cần mã khác"


def test_numbers_a_database_cannot_keep_are_refused(db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        d["target_values"][0]["value"] = float("nan")
        d["plans"][0]["targets"][0]["baseline"] = 10**400

    problems = _refused(db, _mutated(change))
    assert [p.split(": ")[0] for p in problems] == ["$.plans[0].targets[0].baseline", "$.target_values[0].value"]


def test_every_problem_is_listed_at_once(db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        d["units"][0]["kind"] = "district"
        d["documents"][2]["issued_on"] = "2024-04-31"
        _task(d, 2, 1)["lead_unit_id"] = UNKNOWN
        d["progress"][2]["percent"] = -5
        d["progress"][3]["period"] = "Q2/2024"

    problems = _refused(db, _mutated(change))
    assert [p.split(": ")[0] for p in problems] == [
        "$.units[0].kind", "$.documents[2].issued_on", "$.plans[0].groups[2].tasks[1].lead_unit_id",
        "$.progress[2].percent", "$.progress[3].period"]


# ---- files refused as a whole, with one sentence --------------------------------------------


def _one_sentence(problems: list[str]) -> str:
    assert len(problems) == 1
    where, message = problems[0].split(": ", 1)
    assert where in ("$", "$.format", "$.version")
    assert message.endswith(".") and message.count(". ") == 0
    return problems[0]


def test_truncated_file_is_refused(loaded: Database, tmp_path: Path) -> None:
    text = json.dumps(load_example(), ensure_ascii=False, indent=2)
    path = tmp_path / "cut.json"
    path.write_bytes(text.encode("utf-8")[: len(text) // 2])
    assert "bị cắt cụt" in _one_sentence(_refused_file(loaded, path))


def test_non_json_file_is_refused(loaded: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("STT;Nội dung;Đơn vị chủ trì\n1;Tuyên truyền;Phòng VHTT\n", encoding="utf-8")
    assert "không phải JSON hợp lệ" in _one_sentence(_refused_file(loaded, path))


def test_non_utf8_file_is_refused(loaded: Database, tmp_path: Path) -> None:
    path = tmp_path / "legacy.json"
    path.write_bytes(json.dumps(load_example(), ensure_ascii=False).encode("cp1258", errors="replace"))
    assert "không phải văn bản UTF-8" in _one_sentence(_refused_file(loaded, path))


def test_empty_and_missing_files_are_refused(loaded: Database, tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    assert "Tệp rỗng" in _one_sentence(_refused_file(loaded, empty))
    assert "Không đọc được tệp" in _one_sentence(_refused_file(loaded, tmp_path / "missing.json"))


def test_wrong_format_is_refused(loaded: Database) -> None:
    data = _mutated(lambda d: d.update(format="calibre-library"))
    assert _one_sentence(_refused(loaded, data)).startswith("$.format: Tệp không phải tệp trao đổi")
    assert _one_sentence(_refused(loaded, [load_example()])).startswith("$: Tệp không phải tệp trao đổi")


def test_newer_version_is_refused(loaded: Database) -> None:
    problem = _one_sentence(_refused(loaded, _mutated(lambda d: d.update(version=2))))
    assert problem.startswith("$.version: Tệp được tạo bằng phiên bản mới hơn")


def test_file_with_a_bom_is_accepted(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(load_example(), ensure_ascii=False).encode("utf-8"))
    assert import_file(db, path).added["tasks"] == 10
