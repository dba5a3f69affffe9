"""A plan like 137/KH-UBND with two groups, nine tasks of mixed schedules and 2024-H1 progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.schedule import Schedule, ScheduleKind
from desktop_app.services.database import Database
from desktop_app.services.documents import create_document
from desktop_app.services.plans import create_plan
from desktop_app.services.report_settings import ReportSettings, save_settings
from desktop_app.services.targets import add_target, set_target_value
from desktop_app.services.tasks import add_group, add_task
from desktop_app.services.units import create_unit
from tests.sample_data import record_sent

PERIOD = "2024-H1"  # 15/12/2023 – 14/06/2024
AS_OF = date(2024, 6, 14)

# (group, content, lead code, coordinator codes, schedule, progress or None, expected status)
TASKS = [
    (1, "Quán triệt, tuyên truyền Nghị quyết số 45-NQ/TW đến toàn thể cán bộ, đảng viên", "VHTT", ["NV"],
     Schedule.once(date(2024, 5, 31)),
     dict(status="done", completed_on=date(2024, 5, 20),
          result="Tổ chức 12 hội nghị quán triệt với 1.250 lượt người tham dự.",
          references="Công văn số 512/UBND-VHTT ngày 10/5/2024"), "done_on_time"),
    (1, "Xây dựng chuyên trang trên Cổng thông tin điện tử quận về trí thức tiêu biểu", "VHTT", [],
     Schedule.once(date(2024, 4, 30)),
     dict(status="done", completed_on=date(2024, 5, 10), result="Chuyên trang đã vận hành từ ngày 10/5/2024.",
          difficulties="Thiếu nhân lực biên tập nội dung chuyên sâu."), "done_late"),
    (1, "Rà soát, đánh giá thực trạng đội ngũ trí thức trên địa bàn quận", "NV", ["GDĐT", "NH"],
     Schedule.once(date(2024, 6, 10)),
     dict(status="in_progress", percent=60, result="Đã tổng hợp số liệu của 10/14 phường.",
          proposals="Đề nghị UBND Thành phố hướng dẫn tiêu chí thống kê đội ngũ trí thức."), "overdue"),
    (1, "Biểu dương trí thức tiêu biểu: nặng lòng với quê hương, dẫn đầu về kỹ thuật", "NH", [],
     Schedule.continuous(),
     dict(status="in_progress", result="Đã biểu dương 15 trí thức tiêu biểu trên địa bàn phường."), "in_progress"),
    (2, "Tổ chức bồi dưỡng kỹ năng số cho đội ngũ giáo viên các trường trên địa bàn", "GDĐT", ["NV"],
     Schedule(ScheduleKind.QUARTERLY),
     dict(status="done", completed_on=date(2024, 6, 12), result="Bồi dưỡng 320 giáo viên."), "done_on_time"),
    (2, "Xây dựng cơ chế thu hút, trọng dụng nhân tài trong các cơ quan của quận", "NV", [],
     Schedule.once(date(2024, 12, 31)), None, "not_started"),
    (2, "Khảo sát nhu cầu đào tạo sau đại học của cán bộ, công chức", "GDĐT", [],
     Schedule.once(date(2024, 3, 31)), None, "overdue"),
    (2, "Tổng kết, khen thưởng trí thức có thành tích xuất sắc", "NV", ["VHTT"],
     Schedule.yearly(6, 15), None, "not_started"),
    (2, "Thí điểm mô hình câu lạc bộ trí thức trẻ tại phường", "NH", [],
     Schedule.once(date(2024, 6, 1)),
     dict(status="suspended", difficulties="Chưa bố trí được kinh phí hoạt động."), "suspended"),
]

GROUPS = {
    1: "Nâng cao nhận thức, trách nhiệm của các cấp ủy, chính quyền về vai trò của đội ngũ trí thức",
    2: "Đẩy mạnh đào tạo, bồi dưỡng, thu hút và trọng dụng trí thức",
}

DISTRICT_SETTINGS = ReportSettings(
    layout="state", governing_body="", issuing_body="ỦY BAN NHÂN DÂN\nQUẬN BA ĐÌNH",
    issuer_name="Ủy ban nhân dân quận Ba Đình", symbol="BC-UBND", place="Ba Đình",
    signer_authority=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), signer_title="PHÓ CHỦ TỊCH",
    signer_name="Nguyễn Thị Mỹ Hạnh", recipients=("UBND Thành phố Hà Nội", "Thường trực Quận ủy"),
    archive="VT, NV")

OFFICE_SETTINGS = ReportSettings(
    layout="state", governing_body="UBND QUẬN BA ĐÌNH", issuing_body="PHÒNG NỘI VỤ",
    issuer_name="Phòng Nội vụ quận Ba Đình", symbol="BC-NV", place="Ba Đình", signer_authority=(),
    signer_title="TRƯỞNG PHÒNG", signer_name="Trần Văn Dũng", recipients=("UBND quận Ba Đình",),
    archive="VT")

PARTY_SETTINGS = ReportSettings(
    layout="party", governing_body="ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", issuing_body="QUẬN ỦY THANH XUÂN",
    issuer_name="Quận ủy Thanh Xuân", symbol="BC/QU", place="Thanh Xuân",
    signer_authority=("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"), signer_title="PHÓ BÍ THƯ",
    signer_name="Lê Văn Hùng", recipients=("Thành ủy Hà Nội",), archive="Văn phòng Quận ủy")


@dataclass
class Fixture:
    db: Database
    plan_id: str
    units: dict[str, str] = field(default_factory=dict)
    task_ids: list[str] = field(default_factory=list)
    contents: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    target_ids: list[str] = field(default_factory=list)


def build_fixture(db: Database) -> Fixture:
    district = create_unit(db, "UBND quận Ba Đình", code="UBND", kind="peoples_committee")
    units = {"UBND": district.id}
    for code, name, kind in [("NV", "Phòng Nội vụ", "office"), ("GDĐT", "Phòng Giáo dục và Đào tạo", "office"),
                             ("VHTT", "Phòng Văn hóa và Thông tin", "office"),
                             ("NH", "UBND phường Ngọc Hà", "ward")]:
        units[code] = create_unit(db, name, code=code, kind=kind, parent_id=district.id).id
    nq = create_document(db, "NQ", "45", "NQ/TW", date(2023, 11, 24), "Ban Chấp hành Trung ương",
                         "Tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức")
    ctr = create_document(db, "CTr", "30", "CTr/TU", date(2024, 3, 8), "Thành ủy Hà Nội",
                          "Chương trình hành động", implements=[nq.id])
    plan = create_plan(db, "Thực hiện Chương trình hành động số 30-CTr/TU của Thành ủy về tiếp tục xây dựng "
                           "và phát huy vai trò của đội ngũ trí thức", number="137", symbol="KH-UBND",
                       implements=[ctr.id], issued_on=date(2024, 5, 4), issuer_unit_id=district.id,
                       start_year=2024, end_year=2030)
    fx = Fixture(db, plan.id, units)
    groups = {n: add_group(db, plan.id, title).id for n, title in GROUPS.items()}
    for group, content, lead, coords, schedule, progress, expected in TASKS:
        task = add_task(db, groups[group], content, lead_unit_id=units[lead],
                        coordinating_unit_ids=[units[c] for c in coords], schedule=schedule,
                        output="Báo cáo kết quả" if group == 1 else "Kế hoạch, chương trình")
        fx.task_ids.append(task.id)
        fx.contents.append(content)
        fx.expected.append(expected)
        if progress:
            record_sent(db, task.id, units[lead], PERIOD, **progress)
    t1 = add_target(db, plan.id, "Tỷ lệ cán bộ, công chức có trình độ đại học trở lên", measure="%",
                    baseline=85, baseline_year=2023, target_low=95, target_year=2030, direction="increase")
    t2 = add_target(db, plan.id, "Số trí thức tiêu biểu được biểu dương", measure="người", baseline=20,
                    baseline_year=2023, target_low=30, target_year=2030, direction="increase")
    t3 = add_target(db, plan.id, "Tỷ lệ hồ sơ giải quyết trễ hạn", measure="%", baseline=5, baseline_year=2023,
                    target_low=2, target_year=2030, direction="decrease")
    set_target_value(db, t1.id, PERIOD, 88)
    set_target_value(db, t2.id, PERIOD, 35)
    set_target_value(db, t3.id, PERIOD, 2)
    fx.target_ids = [t1.id, t2.id, t3.id]
    save_settings(db, district.id, DISTRICT_SETTINGS)
    save_settings(db, units["NV"], OFFICE_SETTINGS)
    return fx
