"""Helpers for the exchange tests: the worked example (built from seed 000) and DB snapshots.

Run ``python tests/exchange/exchange_support.py`` to rewrite docs/exchange-example.json.
"""

from __future__ import annotations

import json
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from desktop_app.services.database import Database  # noqa: E402

EXAMPLE = ROOT / "docs" / "exchange-example.json"
EXAMPLE_APP_VERSION = "0.1.0"
DOC_SCHEMA = ROOT / "docs" / "exchange-schema.json"
PACKAGED_SCHEMA = ROOT / "desktop_app" / "exchange" / "schema.json"
TABLES = ("unit", "document", "document_link", "adhoc_period", "plan", "plan_document", "target",
          "target_value", "task_group", "task", "task_coordinator", "progress", "audit_entry", "setting")
EXPORTED_AT = "2024-12-20T03:00:00.000Z"


def uid(name: str) -> str:
    """A fixed UUID for a name of the example, so the example never changes by itself."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://plantrack.invalid/example/{name}"))


def at(day: str, hour: int = 2) -> str:
    return f"{day}T{hour:02d}:00:00.000Z"


def _unit(key: str, code: str, name: str, kind: str, parent: str | None, day: str) -> dict[str, Any]:
    return {"id": uid(key), "code": code, "name": name, "kind": kind,
            "parent_id": uid(parent) if parent else None, "active": True, "updated_at": at(day)}


def _task(key: str, content: str, lead: str, coordinators: list[str], schedule: dict[str, Any], output: str,
          position: int, start_on: str | None = "2024-06-10") -> dict[str, Any]:
    return {"id": uid(key), "position": position, "content": content, "lead_unit_id": uid(lead),
            "coordinating_unit_ids": [uid(c) for c in coordinators], "schedule": schedule, "output": output,
            "start_on": start_on, "updated_at": at("2024-06-10")}


def raw_example() -> dict[str, Any]:
    """Quận Ba Đình's plan implementing KH 137/KH-UBND (seed 000), before canonical ordering."""
    units = [
        _unit("hanoi", "UBND-HN", "UBND Thành phố Hà Nội", "peoples_committee", None, "2024-05-04"),
        _unit("badinh", "UBND-BD", "UBND quận Ba Đình", "peoples_committee", "hanoi", "2024-05-04"),
        _unit("noivu", "BD-NV", "Phòng Nội vụ", "office", "badinh", "2024-05-04"),
        _unit("gddt", "BD-GDĐT", "Phòng Giáo dục và Đào tạo", "office", "badinh", "2024-05-04"),
        _unit("vhtt", "BD-VHTT", "Phòng Văn hóa và Thông tin", "office", "badinh", "2024-05-04"),
        _unit("yte", "BD-YT", "Phòng Y tế", "office", "badinh", "2024-05-04"),
        _unit("tckh", "BD-TCKH", "Phòng Tài chính - Kế hoạch", "office", "badinh", "2024-05-04"),
    ]
    documents = [
        {"id": uid("nq45"), "doc_type": "NQ", "number": "45", "symbol": "NQ/TW", "issued_on": "2023-11-24",
         "issuer": "Ban Chấp hành Trung ương Đảng khóa XIII",
         "title": "Về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển "
                  "đất nước nhanh và bền vững trong giai đoạn mới",
         "implements": [], "updated_at": at("2024-05-04")},
        {"id": uid("ctr30"), "doc_type": "CTr", "number": "30", "symbol": "CTr/TU", "issued_on": "2024-03-08",
         "issuer": "Ban Thường vụ Thành ủy Hà Nội",
         "title": "Chương trình hành động thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành "
                  "Trung ương Đảng khóa XIII",
         "implements": [uid("nq45")], "updated_at": at("2024-05-04")},
        {"id": uid("kh137"), "doc_type": "KH", "number": "137", "symbol": "KH-UBND", "issued_on": "2024-05-04",
         "issuer": "UBND Thành phố Hà Nội",
         "title": "Thực hiện Chương trình hành động số 30-CTr/TU ngày 08/3/2024 của Thành ủy về thực hiện "
                  "Nghị quyết số 45-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII",
         "implements": [uid("ctr30")], "updated_at": at("2024-05-04")},
    ]
    adhoc = [{"id": uid("adhoc-chuyende"), "code": "2024-CD-TRITHUC",
              "title": "Báo cáo chuyên đề về xây dựng đội ngũ trí thức năm 2024",
              "start_on": "2024-06-15", "end_on": "2024-09-30", "deadline": "2024-10-05",
              "updated_at": at("2024-06-12")}]
    yearly = {"kind": "yearly", "month": 12, "day": 15}
    groups = [
        {"id": uid("g1"), "position": 1, "updated_at": at("2024-06-10"),
         "title": "Tiếp tục nâng cao nhận thức về vị trí, vai trò, tầm quan trọng của đội ngũ trí thức",
         "tasks": [
             _task("t1.1", "Đổi mới tư duy, nâng cao, thống nhất nhận thức trong các cấp chính quyền, nhất là của "
                           "người đứng đầu các cơ quan, đơn vị về vị trí, vai trò, tầm quan trọng của việc xây dựng "
                           "đội ngũ trí thức đáp ứng yêu cầu phát triển kinh tế - xã hội của quận và Thủ đô",
                   "noivu", ["vhtt"], {"kind": "continuous"}, "", 1),
             _task("t1.2", "Đổi mới nội dung, phương thức, nâng cao hiệu quả công tác tuyên truyền, vận động, tăng "
                           "cường đồng thuận của đội ngũ trí thức đối với đường lối, chủ trương của Đảng, chính "
                           "sách, pháp luật của Nhà nước",
                   "vhtt", [], {"kind": "monthly"}, "Tin, bài tuyên truyền hằng tháng", 2),
             _task("t1.3", "Đề cao trách nhiệm của các cơ quan, tổ chức thuộc quận có nhiều trí thức, đảng viên trí "
                           "thức, nhất là người đứng đầu; trách nhiệm nêu gương gắn với học tập và làm theo tư "
                           "tưởng, đạo đức, phong cách Hồ Chí Minh",
                   "noivu", ["gddt", "yte"], {"kind": "continuous"}, "", 3),
         ]},
        {"id": uid("g2"), "position": 2, "updated_at": at("2024-06-10"),
         "title": "Tăng cường quản lý nhà nước; đổi mới công tác đào tạo, bồi dưỡng, sử dụng, đãi ngộ và tôn vinh "
                  "trí thức, trọng dụng nhân tài",
         "tasks": [
             _task("t2.1", "Xác định ngành, lĩnh vực trọng điểm để phát huy tốt nhất năng lực, sự cống hiến, tâm "
                           "huyết của đội ngũ trí thức; động viên trí thức tham gia đóng góp vào quá trình hoạch "
                           "định chính sách, kế hoạch phát triển các ngành, lĩnh vực của quận",
                   "tckh", ["noivu"], {"kind": "once", "due": "2025-06-30"},
                   "Danh mục ngành, lĩnh vực trọng điểm của quận", 1),
             _task("t2.2", "Thực hiện công khai, minh bạch và đúng quy định công tác tuyển dụng, đào tạo, bồi dưỡng "
                           "cán bộ, công chức, viên chức; ưu tiên tuyển dụng sinh viên tốt nghiệp loại giỏi, xuất "
                           "sắc vào làm việc tại quận",
                   "noivu", [], yearly, "Kế hoạch tuyển dụng, đào tạo, bồi dưỡng hằng năm", 2),
             _task("t2.3", "Theo dõi, đánh giá hiệu quả sử dụng, sự trưởng thành của đội ngũ cán bộ, công chức, "
                           "viên chức sau khi đào tạo, bồi dưỡng",
                   "noivu", [], {"kind": "quarterly"}, "Báo cáo đánh giá hằng quý", 3),
         ]},
        {"id": uid("g3"), "position": 3, "updated_at": at("2024-06-10"),
         "title": "Tăng cường nguồn lực xây dựng đội ngũ trí thức; chủ động, tích cực hội nhập quốc tế",
         "tasks": [
             _task("t3.1", "Khuyến khích các trường học, bệnh viện thuộc quận liên kết, hợp tác với các cơ sở giáo "
                           "dục, nghiên cứu khoa học tiên tiến trong nước và quốc tế để trao đổi kinh nghiệm, nâng "
                           "cao trình độ, năng lực hoạt động",
                   "gddt", ["yte"], {"kind": "continuous"}, "", 1),
             _task("t3.2", "Huy động và sử dụng có hiệu quả nguồn xã hội hóa để phát triển giáo dục và đào tạo; đa "
                           "dạng hóa các loại hình đào tạo, bồi dưỡng; khuyến khích trí thức thường xuyên nâng cao "
                           "trình độ chuyên môn, nghiệp vụ",
                   "gddt", ["tckh"], yearly, "Báo cáo kết quả xã hội hóa giáo dục", 2),
         ]},
        {"id": uid("g4"), "position": 4, "updated_at": at("2024-06-10"),
         "title": "Phát huy vai trò, trách nhiệm của đội ngũ trí thức",
         "tasks": [
             _task("t4.1", "Phát huy vai trò, trách nhiệm của đội ngũ trí thức, nhất là các nhà khoa học giỏi, "
                           "chuyên gia đầu ngành, văn nghệ sỹ, trí thức trẻ sinh sống và làm việc trên địa bàn quận",
                   "vhtt", [], {"kind": "continuous"}, "", 1),
             _task("t4.2", "Hỗ trợ, tạo điều kiện để đội ngũ trí thức tham gia góp ý, tư vấn, phản biện, giám định "
                           "xã hội đối với các chiến lược, quy hoạch, kế hoạch, công trình, dự án quan trọng của Thủ "
                           "đô và của quận",
                   "noivu", ["tckh", "vhtt"], {"kind": "once", "due": "2026-12-31"},
                   "Hội nghị lấy ý kiến đội ngũ trí thức", 2, None),
         ]},
    ]
    plan = {
        "id": uid("plan-badinh"), "number": "168", "symbol": "KH-UBND", "issued_on": "2024-06-10",
        "issuer_unit_id": uid("badinh"),
        "title": "Thực hiện Kế hoạch số 137/KH-UBND ngày 04/5/2024 của UBND Thành phố về tiếp tục xây dựng và "
                 "phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững "
                 "trong giai đoạn mới",
        "implements": [uid("kh137")], "start_year": 2024, "end_year": 2030, "vision_year": 2045,
        "purpose": "Phát triển đội ngũ trí thức quận cả về chất lượng, số lượng, đáp ứng yêu cầu phát triển kinh "
                   "tế - xã hội của quận trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; khai thác có hiệu "
                   "quả năng lực, trí tuệ của đội ngũ trí thức.",
        "requirements": "Tạo cơ hội, điều kiện, động lực cho đội ngũ trí thức phát triển toàn diện; quan tâm đầu "
                        "tư cho nghiên cứu ứng dụng khoa học, công nghệ trong lĩnh vực y tế, giáo dục và đào tạo.",
        "deadline_offset_days": 3, "updated_at": at("2024-06-10"),
        "targets": [{"id": uid("target-thacsy"), "position": 1,
                     "name": "Tỷ lệ người có trình độ thạc sỹ trong tổng số người có trình độ đại học",
                     "measure": "%", "baseline": 8.0, "baseline_year": 2024, "target_low": 10.0,
                     "target_high": None, "target_year": 2030, "direction": "increase",
                     "updated_at": at("2024-06-10")}],
        "groups": groups,
    }

    def progress(key: str, task: str, unit: str, period: str, status: str, percent: int | None,
                 completed_on: str | None, result: str, difficulties: str = "", proposals: str = "",
                 day: str = "2024-12-12") -> dict[str, Any]:
        return {"id": uid(key), "task_id": uid(task), "unit_id": uid(unit), "period": period, "status": status,
                "percent": percent, "completed_on": completed_on, "result": result, "difficulties": difficulties,
                "proposals": proposals, "references": "", "updated_by": "vanthu.noivu", "updated_at": at(day, 8)}

    progress_rows = [
        progress("p1", "t1.1", "noivu", "2024-Y", "in_progress", 70, None,
                 "Đã quán triệt Kế hoạch tới 100% cơ quan, đơn vị và 14 phường."),
        progress("p2", "t2.2", "noivu", "2024-Y", "done", 100, "2024-12-10",
                 "Ban hành Kế hoạch tuyển dụng, đào tạo, bồi dưỡng năm 2025."),
        progress("p3", "t3.1", "gddt", "2024-Y", "in_progress", None, None,
                 "03 trường THCS ký kết hợp tác với cơ sở giáo dục nước ngoài.",
                 "Kinh phí cho hoạt động hợp tác quốc tế còn hạn chế.",
                 "Đề nghị Thành phố hỗ trợ kinh phí trao đổi giáo viên."),
        progress("p4", "t2.1", "tckh", "2024-CD-TRITHUC", "not_started", 0, None, "", day="2024-09-28"),
    ]
    return {
        "format": "plantrack-exchange", "version": 1, "exported_at": EXPORTED_AT,
        "units": units, "documents": documents, "adhoc_periods": adhoc, "plans": [plan],
        "progress": progress_rows,
        "target_values": [{"id": uid("tv-2024"), "target_id": uid("target-thacsy"), "period": "2024-Y",
                           "value": 8.3, "note": "Số liệu minh họa", "updated_at": at("2024-12-12", 8)}],
    }


def build_example() -> dict[str, Any]:
    """The example in canonical (exported) form: imported into an empty database, exported again."""
    from desktop_app.exchange.export import export_data
    from desktop_app.exchange.importer import import_data

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "example.sqlite", source="example")
        try:
            import_data(db, raw_example())
            data = export_data(db)
        finally:
            db.close()
    data["exported_at"] = EXPORTED_AT
    data["app_version"] = EXAMPLE_APP_VERSION  # the example does not change with each release
    return data


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to prove that nothing changed."""
    result = {}
    with db.engine.connect() as conn:
        for table in TABLES:
            result[table] = sorted(tuple(r) for r in conn.execute(text(f'SELECT * FROM "{table}"')))
    return result


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in TABLES}


def load_example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


if __name__ == "__main__":
    from desktop_app.exchange.export import write_json

    write_json(EXAMPLE, build_example())
    print(f"wrote {EXAMPLE}")
