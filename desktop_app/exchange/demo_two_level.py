"""The demo's story after 01/07/2025 (two-level local government), on top of the 2024 plans.

* Hà Nội and its 126 xã, phường come from the national directory; the city's UBND and Thành ủy of
  the demo become the city's bodies.
* The districts are dissolved on 01/07/2025. UBND quận Ba Đình → UBND phường Ba Đình, Ngọc Hà,
  Giảng Võ; UBND quận Thanh Xuân and Quận ủy Thanh Xuân → phường Thanh Xuân, Khương Đình, Phương
  Liệt (the wards that took most of each district, as the city's arrangement — Nghị quyết
  1656/NQ-UBTVQH15 of 16/6/2025 — and the ``vietnamadminunits`` mapping give them); the district
  offices go where their district went, the old wards to the new ones that took them
  (``OLD_WARDS``, checked against ``vietnamadminunits`` by a test).
* The two 2024 plans stay as they were (history) and are carried on by one amendment each that
  reassigns their open tasks to the successor wards from 01/07/2025; UBND phường Ba Đình and Đảng ủy
  phường Thanh Xuân report on them from then (reports of later periods are headed by them).
* UBND phường Ba Đình's own 2026 plan implements the city's plan with its own offices.
* Sở Khoa học và Công nghệ receives the 2026 progress packages of 120 of the 126 communes at once.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop_app.db.models import Progress, Unit
from desktop_app.domain.kinds import DocType
from desktop_app.domain.periods import parse_period, quarter
from desktop_app.domain.schedule import Schedule
from desktop_app.domain.status import ProgressStatus
from desktop_app.exchange.demo_city import (
    CITY_PLAN_NUMBER,
    CITY_PLAN_SYMBOL,
    CITY_PLAN_TITLE,
    build_city_plan,
    commune_packages,
)
from desktop_app.exchange.package import receive_many
from desktop_app.services import documents, plans, progress, review, succession, tasks
from desktop_app.services.database import Database
from desktop_app.services.demo import UNITS, DemoSummary, create_demo
from desktop_app.services.local_bodies import body_id, setup_commune
from desktop_app.services.units import list_units

DISSOLVED_ON = date(2025, 7, 1)
BA_DINH, NGOC_HA, GIANG_VO = "00004", "00008", "00025"
THANH_XUAN, KHUONG_DINH, PHUONG_LIET = "00367", "00364", "00352"
SUCCESSOR_WARDS = {"bd": (BA_DINH, NGOC_HA, GIANG_VO), "tx": (THANH_XUAN, KHUONG_DINH, PHUONG_LIET)}
# the demo's old wards → the new phường that took them (vietnamadminunits 1.0.4, largest part first)
OLD_WARDS = {
    "bd.px": ("00097",),  # Phúc Xá → Hồng Hà
    "bd.tb": (BA_DINH,), "bd.vph": (NGOC_HA,), "bd.cv": (NGOC_HA, GIANG_VO), "bd.lg": (NGOC_HA,),
    "bd.nh": (BA_DINH, NGOC_HA),
    "bd.db": (BA_DINH, "00070", "00190", "00196"),  # Điện Biên → Ba Đình, Hoàn Kiếm, Ô Chợ Dừa, Văn Miếu - QTG
    "tx.kt": (KHUONG_DINH, PHUONG_LIET),
    "tx.nc": (THANH_XUAN, "00637", "00175"),  # Nhân Chính → Thanh Xuân, Đại Mỗ, Yên Hòa
    "tx.txb": (THANH_XUAN, "00646"),  # Thanh Xuân Bắc → Thanh Xuân, Thanh Liệt
}
# district offices whose work went to a named office of the new wards (others follow their district)
OFFICE_SUCCESSORS = {"bd.pvh": "vhxh", "bd.pkt": "kt", "bd.pqldt": "kt", "tx.pvh": "vhxh"}
WARD_PLAN = ("12", "KH-UBND", date(2026, 2, 5),
             "Thực hiện Kế hoạch số 45/KH-SKHCN của Sở Khoa học và Công nghệ về đẩy mạnh chuyển đổi số trong "
             "hoạt động của chính quyền cấp xã năm 2026 trên địa bàn phường Ba Đình")
WARD_TASKS = (
    ("Rà soát, chuẩn hóa dữ liệu dân cư, đất đai, hộ kinh doanh trên địa bàn phường", "vp", ("kt",),
     Schedule.once(date(2026, 6, 30))),
    ("Tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình tại Trung tâm Phục vụ hành chính công phường", "ttpvhcc",
     ("vp",), Schedule.continuous()),
    ("Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, VNeID", "vhxh", ("ttpvhcc",),
     Schedule.continuous()),
    ("Bồi dưỡng kỹ năng số cho cán bộ, công chức phường", "vp", ("vhxh", "kt"), Schedule.yearly(12, 10)),
)


@dataclass(frozen=True)
class TwoLevelSummary:
    carried_on: int  # tasks reassigned by the two amendments
    city_plan: str
    ward_plan: str
    packages: int  # communes' packages received
    period: str | None

    def lines(self) -> tuple[str, ...]:
        if not self.city_plan:
            return ()
        found = [f"  Từ 01/7/2025: các quận giải thể; {self.carried_on} nhiệm vụ chưa xong giao cho các phường kế thừa",
                 f"  Kế hoạch {self.city_plan} (Sở KH&CN Hà Nội, 126 xã, phường thực hiện); "
                 f"kế hoạch {self.ward_plan} của UBND phường Ba Đình"]
        if self.period:
            found.append(f"  Đã nhận {self.packages} gói tiến độ kỳ {self.period} của các xã, phường")
        return tuple(found)


def _ward_bodies(db: Database) -> dict[str, dict[str, str]]:
    """The successor wards' UBND, Đảng ủy and offices: {code: {body key: unit id}}."""
    found: dict[str, dict[str, str]] = {}
    for code in (*SUCCESSOR_WARDS["bd"], *SUCCESSOR_WARDS["tx"]):
        setup_commune(db, code)
        found[code] = {key: body_id(code, key) for key in ("ubnd", "dang-uy", "vp", "kt", "vhxh", "ttpvhcc")}
    return found


def _dissolve(db: Database, ids: dict[str, str], wards: dict[str, dict[str, str]]) -> None:
    mapping: dict[str, list[str]] = {}
    for district, codes in SUCCESSOR_WARDS.items():
        mapping[ids[district]] = [wards[c]["ubnd"] for c in codes]
        for key in ids:
            if key.startswith(f"{district}.") and key in OFFICE_SUCCESSORS:
                mapping[ids[key]] = [wards[c][OFFICE_SUCCESSORS[key]] for c in codes]
            elif key.startswith(f"{district}.") and key in OLD_WARDS:
                mapping[ids[key]] = [body_id(code, "ubnd") for code in OLD_WARDS[key]]
            elif key.startswith(f"{district}.vp") or key.startswith(f"{district}.p"):
                mapping[ids[key]] = []  # a district office: its work goes where the district went
    # the Party committee of Thanh Xuân and its boards → the new wards' Đảng ủy
    mapping[ids["qutx"]] = [wards[c]["dang-uy"] for c in SUCCESSOR_WARDS["tx"]]
    mapping[ids["tx.btg"]] = []
    mapping[ids["tx.btc"]] = []
    succession.dissolve_units(db, DISSOLVED_ON, mapping)


def _carry_on(db: Database) -> int:
    _, first = succession.carry_on_plan(
        db, "215/KH-UBND", DISSOLVED_ON, doc_type="CV", number="2150", symbol="UBND-NC", issued_on=date(2025, 7, 8),
        issuer="UBND Thành phố Hà Nội", new_issuer=body_id(BA_DINH, "ubnd"),
        title="Về việc tiếp tục thực hiện kế hoạch của UBND quận Ba Đình (cũ) sau sắp xếp đơn vị hành chính")
    _, second = succession.carry_on_plan(
        db, "202-KH/QU", DISSOLVED_ON, doc_type="CV", number="1520", symbol="CV/TU", issued_on=date(2025, 7, 8),
        issuer="Thành ủy Hà Nội", new_issuer=body_id(THANH_XUAN, "dang-uy"),
        title="Về việc các đảng ủy phường tiếp tục thực hiện kế hoạch của Quận ủy Thanh Xuân (cũ)")
    return len(first.tasks) + len(second.tasks)


def _forget_reports_after(db: Database) -> int:
    """The demo generated progress of every unit up to today; a unit dissolved on 01/07/2025 cannot
    have reported a period that closed after it: those generated rows are removed (generation,
    not history: they never happened)."""
    with db.write(source="demo") as session:
        rows = session.scalars(select(Progress).join(Unit, Unit.id == Progress.unit_id)
                               .where(Unit.dissolved_on.is_not(None))).all()
        gone = [row for row in rows if parse_period(row.period).end > DISSOLVED_ON]
        for row in gone:
            session.delete(row)
    return len(gone)


def _ward_plan(db: Database, wards: dict[str, dict[str, str]], today: date) -> str:
    own = wards[BA_DINH]
    city_doc = documents.create_document(db, DocType.KE_HOACH, CITY_PLAN_NUMBER, CITY_PLAN_SYMBOL, date(2026, 1, 15),
                                         "Sở Khoa học và Công nghệ Hà Nội", CITY_PLAN_TITLE)
    number, symbol, issued, title = WARD_PLAN
    plan = plans.create_plan(db, title, number, symbol, implements=[city_doc.id], issued_on=issued,
                             issuer_unit_id=own["ubnd"], start_year=2026, end_year=2026,
                             purpose="Hoàn thành các chỉ tiêu chuyển đổi số Thành phố giao cho phường năm 2026.")
    group = tasks.add_group(db, plan.id, "Nhiệm vụ chuyển đổi số của phường").id
    task_ids = [tasks.add_task(db, group, content, own[lead], [own[c] for c in helpers], schedule).id
                for content, lead, helpers, schedule in WARD_TASKS]
    q1 = quarter(2026, 1)
    if today > q1.end:
        for index, (task_id, (_, lead, _, _)) in enumerate(zip(task_ids, WARD_TASKS, strict=True)):
            progress.record_progress(db, task_id, own[lead], q1.code, status=ProgressStatus.IN_PROGRESS,
                                     percent=30 + 15 * index,
                                     result=f"Phường đã triển khai; đạt {30 + 15 * index}% kế hoạch năm.")
    return plan.reference


def create_two_level_demo(db: Database, today: date | None = None, seed: int = 2024) -> DemoSummary:
    """The demo (services/demo.py) and its continuation past 01/07/2025, in an empty database."""
    summary = create_demo(db, today=today, seed=seed)
    by_name = {u.name: u.id for u in list_units(db)}
    ids = {key: by_name[name] for key, name, *_ in UNITS}
    after = continue_two_level(db, ids, today or date.today())
    return replace(summary, after_reform=after.lines())


def continue_two_level(db: Database, ids: dict[str, str], today: date, folder: Path | None = None) -> TwoLevelSummary:
    """Continue the demo past 01/07/2025 (``ids``: the demo's unit keys → ids). Before that date
    nothing happens yet: the districts still exist."""
    if today < DISSOLVED_ON:
        return TwoLevelSummary(0, "", "", 0, None)
    city = build_city_plan(db, adopt={"ubnd": ids["tp"], "dang-bo": ids["tu"]})
    wards = _ward_bodies(db)
    _dissolve(db, ids, wards)
    _forget_reports_after(db)
    carried = _carry_on(db)
    ward_plan = _ward_plan(db, wards, today)
    closed = [quarter(2026, q) for q in (1, 2, 3, 4) if quarter(2026, q).deadline_on() < today]
    if not closed:
        return TwoLevelSummary(carried, f"{CITY_PLAN_NUMBER}/{CITY_PLAN_SYMBOL}", ward_plan, 0, None)
    period = closed[-1]
    with tempfile.TemporaryDirectory(prefix="plantrack-demo-") as temp:
        sent = commune_packages(db, city, period.code, folder or Path(temp), sending=120, late=6)
        received = receive_many(db, sent.paths)
    own = [progress.record_progress(db, task.id, city.issuer_id, period.code, status=ProgressStatus.IN_PROGRESS,
                                    result="Sở đã hướng dẫn, đôn đốc các xã, phường; tổng hợp kết quả của "
                                           f"{len(sent.paths)} xã, phường đã gửi báo cáo.")
           for task in tasks.list_tasks(db, city.plan_id)]  # the Sở's own part, written as it compiles the report
    review.accept(db, own)  # the compiling office's own part needs no sending: it counts as written
    return TwoLevelSummary(carried, f"{CITY_PLAN_NUMBER}/{CITY_PLAN_SYMBOL}", ward_plan,
                           sum(1 for r in received if not r.rejected), period.code)
