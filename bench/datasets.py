"""Deterministic benchmark data: plans, tasks, units and quarterly progress, written in bulk.

``build(path, plans=10, tasks=10_000, units=200, years=5)`` makes the standard set (≈ 200,000
progress rows); ``tasks=100_000`` the large variant. Rows are written with Core bulk inserts
(the audit log is not filled: benchmarks measure reading, searching and reporting).
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

from desktop_app.db.hooks import search_text_of
from desktop_app.db.models import Plan, Progress, Task, TaskGroup, Unit
from desktop_app.services.database import Database

VERBS = ["Nâng cao", "Đẩy mạnh", "Tăng cường", "Đổi mới", "Triển khai", "Rà soát", "Xây dựng", "Tổ chức",
         "Kiện toàn", "Hoàn thiện", "Phát huy", "Quán triệt", "Bồi dưỡng", "Đào tạo", "Tuyên truyền"]
OBJECTS = ["nhận thức về vai trò của đội ngũ trí thức", "công tác tuyển dụng cán bộ, công chức",
           "chất lượng giáo dục mầm non, tiểu học", "ứng dụng khoa học, công nghệ trong y tế",
           "cơ chế, chính sách trọng dụng nhân tài", "hợp tác với các cơ sở nghiên cứu khoa học",
           "phong trào thi đua sáng kiến, sáng tạo", "công tác đánh giá, bố trí, sử dụng cán bộ",
           "chuyển đổi số trong quản lý nhà nước", "an toàn thực phẩm trên địa bàn phường"]
PLACES = ["trên địa bàn quận", "tại các phường", "trong các trường học", "ở các trạm y tế",
          "trong các cơ quan, đơn vị", "đối với trí thức trẻ"]
RESULTS = ["Đã hoàn thành theo kế hoạch", "Đang triển khai, đạt khoảng một nửa khối lượng",
           "Đã tổ chức hội nghị quán triệt", "Chưa triển khai do thiếu kinh phí", "Đã ban hành văn bản hướng dẫn"]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build(path: Path, plans: int = 10, tasks: int = 10_000, units: int = 200, years: int = 5,
          seed: int = 45) -> Path:
    rng = random.Random(seed)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    db = Database.open(path)
    unit_rows = []
    for i in range(units):
        unit = Unit(id=_uid(rng), code=f"DV{i:03d}", name=f"{rng.choice(['Phòng', 'Phường', 'Trường', 'Trạm y tế'])} "
                    f"{rng.choice(['Phúc Xá', 'Trúc Bạch', 'Ngọc Hà', 'Giảng Võ', 'Điện Biên', 'Kim Mã'])} {i}",
                    kind="office", parent_id=None, active=True)
        unit_rows.append({"id": unit.id, "code": unit.code, "name": unit.name, "kind": "office", "parent_id": None,
                          "active": True, "search_text": search_text_of(unit), "updated_at": now, "version": 1})
    plan_rows, group_rows, task_rows, progress_rows = [], [], [], []
    per_plan = tasks // plans
    for p in range(plans):
        plan = Plan(id=_uid(rng), number=str(100 + p), symbol="KH-UBND", title=f"Kế hoạch thực hiện số {p}",
                    purpose="", requirements="")
        plan_rows.append({"id": plan.id, "number": plan.number, "symbol": plan.symbol, "issued_on": date(2024, 5, 4),
                          "issuer_unit_id": unit_rows[0]["id"], "title": plan.title, "start_year": 2024,
                          "end_year": 2030, "vision_year": 2045, "purpose": "", "requirements": "",
                          "deadline_offset_days": 3, "search_text": search_text_of(plan), "updated_at": now,
                          "version": 1})
        groups = [(_uid(rng), g + 1) for g in range(4)]
        for gid, pos in groups:
            group_rows.append({"id": gid, "plan_id": plan.id, "position": pos, "title": f"Nhóm nhiệm vụ {pos}",
                               "updated_at": now, "version": 1})
        for t in range(per_plan):
            gid, _ = groups[t % 4]
            content = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} ({p}.{t})"
            task = Task(id=_uid(rng), content=content, output="Báo cáo kết quả")
            kind = rng.choice(["once", "yearly", "quarterly", "continuous"])
            task_rows.append({"id": task.id, "group_id": gid, "position": t // 4 + 1, "content": content,
                              "lead_unit_id": rng.choice(unit_rows)["id"], "output": task.output,
                              "schedule_kind": kind,
                              "due_on": date(2024 + rng.randrange(max(years, 1)), rng.randrange(1, 13), 28)
                              if kind == "once" else None,
                              "due_month": 12 if kind == "yearly" else None,
                              "due_day": 10 if kind == "yearly" else None,
                              "start_on": None, "search_text": search_text_of(task), "updated_at": now, "version": 1})
    for task in task_rows:
        for year in range(2024, 2024 + years):
            for q in range(1, 5):
                done = rng.random() < 0.5
                result = rng.choice(RESULTS)
                row = Progress(result=result, difficulties="", proposals="", references="")
                progress_rows.append({
                    "id": _uid(rng), "task_id": task["id"], "unit_id": task["lead_unit_id"],
                    "period": f"{year}-Q{q}", "status": "done" if done else "in_progress",
                    "percent": 100 if done else rng.randrange(0, 100),
                    "completed_on": date(year, 3 * q, 10) if done else None, "result": result,
                    "difficulties": "", "proposals": "", "references": "", "updated_by": "bench",
                    "search_text": search_text_of(row), "updated_at": now, "version": 1})
    with db.engine.begin() as conn:
        for table, rows in ((Unit, unit_rows), (Plan, plan_rows), (TaskGroup, group_rows), (Task, task_rows),
                            (Progress, progress_rows)):
            for start in range(0, len(rows), 20_000):
                conn.execute(insert(table.__table__), rows[start:start + 20_000])  # type: ignore[attr-defined]
    db.close()
    return path


if __name__ == "__main__":
    import sys
    import time

    began = time.perf_counter()
    build(Path(sys.argv[1]), tasks=int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
    print(f"built in {time.perf_counter() - began:.1f} s")
