"""The demo's two-level story since 01/07/2025: a city department's plan carried out by the xã,
phường of Hà Nội, and their progress packages for one period received at once.

* ``build_city_plan``: UBND Thành phố Hà Nội and its Sở from the national directory, with the UBND
  of its 126 communes; Sở Khoa học và Công nghệ's 2026 plan on digital government in the communes,
  whose tasks every commune's UBND carries out.
* ``commune_packages``: what the communes send up for a period — each one's progress package,
  written by a commune-side database that received the city's plan (as each commune would).
  Some send late, a few not at all.

The content is generated from ``random.Random(seed)``: the same seed gives the same packages.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from desktop_app.db.models import Progress
from desktop_app.domain.review import ReviewState
from desktop_app.domain.schedule import Schedule
from desktop_app.domain.status import ProgressStatus
from desktop_app.exchange.package import export_plan_package, export_unit_progress, receive_plan
from desktop_app.services import plans, tasks
from desktop_app.services.database import Database
from desktop_app.services.directory import province_entries
from desktop_app.services.local_bodies import body_id, setup_province
from desktop_app.services.periods import get_period

HA_NOI = "01"
CITY_PLAN_NUMBER = "45"
CITY_PLAN_SYMBOL = "KH-SKHCN"
CITY_PLAN_TITLE = "Đẩy mạnh chuyển đổi số trong hoạt động của chính quyền cấp xã năm 2026"
CITY_TASKS = (
    ("Rà soát, chuẩn hóa và cập nhật dữ liệu dân cư, đất đai, hộ kinh doanh trên địa bàn xã, phường",
     Schedule.once(date(2026, 6, 30)), "Cơ sở dữ liệu được cập nhật"),
    ("Tiếp nhận, giải quyết hồ sơ thủ tục hành chính trực tuyến toàn trình tại Trung tâm Phục vụ hành chính "
     "công", Schedule.continuous(), "Tỷ lệ hồ sơ trực tuyến toàn trình"),
    ("Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", Schedule.yearly(12, 10), "Số lượt cán bộ được bồi dưỡng"),
)
RESULTS = ("Đã rà soát {n} hồ sơ, cập nhật lên hệ thống.", "Tiếp nhận {n} hồ sơ trực tuyến toàn trình.",
           "Tổ chức {k} lớp bồi dưỡng cho {n} lượt cán bộ, công chức.")


@dataclass(frozen=True)
class CityPlan:
    plan_id: str
    issuer_id: str
    communes: tuple[tuple[str, str], ...]  # (official code, id of its UBND)


def build_city_plan(db: Database, adopt: Mapping[str, str] | None = None) -> CityPlan:
    """Sở Khoa học và Công nghệ Hà Nội's 2026 plan, its tasks carried out by every commune's UBND
    (``adopt``: units already entered as some of the city's bodies, see ``setup_province``)."""
    setup_province(db, HA_NOI, adopt)
    issuer = body_id(HA_NOI, "skhcn")
    communes = tuple((c.code, body_id(c.code, "ubnd")) for c in province_entries(HA_NOI)[1:])
    plan = plans.create_plan(db, CITY_PLAN_TITLE, CITY_PLAN_NUMBER, CITY_PLAN_SYMBOL, issued_on=date(2026, 1, 15),
                             issuer_unit_id=issuer, start_year=2026, end_year=2026, deadline_offset_days=3,
                             purpose="Hoàn thiện chính quyền số cấp xã sau sắp xếp đơn vị hành chính.")
    group = tasks.add_group(db, plan.id, "Nhiệm vụ của UBND các xã, phường").id
    for content, schedule, output in CITY_TASKS:
        tasks.add_task(db, group, content, issuer, [ubnd for _, ubnd in communes], schedule, output)
    return CityPlan(plan.id, issuer, communes)


@dataclass(frozen=True)
class SentPackages:
    paths: tuple[Path, ...]
    silent: tuple[str, ...]  # codes of communes that sent nothing
    late: tuple[str, ...]  # codes of communes that sent after the deadline


def commune_packages(city_db: Database, city: CityPlan, period_code: str, folder: Path, *, sending: int = 120,
                     late: int = 6, seed: int = 2026) -> SentPackages:
    """The progress packages of the first ``sending`` communes for a period (``late`` of them sent
    after the deadline), as a commune-side database that received the city's plan writes them."""
    folder.mkdir(parents=True, exist_ok=True)
    plan_file = export_plan_package(city_db, city.plan_id, folder / "city-plan.zip")
    period = get_period(city_db, period_code)
    deadline = period.deadline_on(plans.get_plan(city_db, city.plan_id).deadline_offset_days)
    task_ids = [t.id for t in tasks.list_tasks(city_db, city.plan_id)]
    rng = random.Random(seed)
    senders = city.communes[:sending]
    late_codes = tuple(code for code, _ in senders[-late:]) if late else ()
    side = Database.open(folder / "communes.sqlite", source="demo")
    try:
        receive_plan(side, plan_file.path)
        with side.write(source="demo") as session:
            for code, ubnd in senders:
                day = deadline + timedelta(days=rng.randint(1, 4)) if code in late_codes \
                    else deadline - timedelta(days=rng.randint(0, 6))
                sent_at = datetime.combine(day, time(3, rng.randint(0, 59)), tzinfo=UTC)
                for index, task_id in enumerate(task_ids):
                    done = index == 0 and rng.random() < 0.3
                    session.add(Progress(
                        task_id=task_id, unit_id=ubnd, period=period.code,
                        status=ProgressStatus.DONE if done else ProgressStatus.IN_PROGRESS,
                        completed_on=min(day, period.end) if done else None,
                        percent=100 if done else rng.randint(20, 90),
                        result=RESULTS[index % len(RESULTS)].format(n=rng.randint(40, 900), k=rng.randint(1, 4)),
                        updated_by=f"vanthu.{code}", review_state=ReviewState.SUBMITTED, submitted_at=sent_at))
        paths = tuple(export_unit_progress(side, ubnd, period.code, folder / f"tien-do-{code}-{period.code}.zip").path
                      for code, ubnd in senders)
    finally:
        side.close()
    silent = tuple(code for code, _ in city.communes[sending:])
    return SentPackages(paths, silent, late_codes)
