"""Screenshots of the review in the period view and of the compare-versions dialog on the demo
database (some updates submitted, accepted, returned; one amendment), into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_review.py
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from demo_window import OUT, demo_window, settle  # noqa: E402 — scripts/ is on sys.path

from desktop_app.domain.schedule import Schedule  # noqa: E402
from desktop_app.services import review, revisions  # noqa: E402
from desktop_app.services.database import Database  # noqa: E402
from desktop_app.services.plans import list_plans  # noqa: E402
from desktop_app.services.progress import period_rows  # noqa: E402
from desktop_app.services.tasks import list_tasks  # noqa: E402

REASONS = ("Thiếu số liệu kết quả; đề nghị bổ sung số lượt người tham dự",
           "Tỷ lệ 100% nhưng chưa ghi ngày hoàn thành")



def _review(db: Database, plan_id: str, period: str) -> None:
    reported = [r for r in period_rows(db, plan_id, period) if r.progress_id is not None]
    ids = [r.progress_id for r in reported if r.progress_id is not None]
    submitted = ids[: len(ids) * 3 // 4]
    review.submit(db, submitted)
    review.accept(db, submitted[: len(submitted) // 2])
    for reason, progress_id in zip(REASONS, submitted[len(submitted) // 2:], strict=False):
        review.return_(db, [progress_id], reason)


def _amend(db: Database, plan_id: str, today: date) -> None:
    doc = revisions.record_amendment(db, plan_id, "KH", "98", "KH-UBND", today - timedelta(days=60),
                                     "UBND quận Ba Đình", "Sửa đổi, bổ sung một số nhiệm vụ của Kế hoạch")
    tasks = list_tasks(db, plan_id)
    since = today - timedelta(days=55)
    revisions.amend_task(db, tasks[1].id, since, doc.id, schedule=Schedule.once(date(today.year, 12, 31)))
    revisions.amend_task(db, tasks[3].id, since, doc.id, content=tasks[3].content + " và công chức cấp phường")
    revisions.drop_task(db, tasks[5].id, since, doc.id)
    revisions.add_task_by_amendment(db, tasks[0].group_id, since, doc.id,
                                    "Xây dựng cơ sở dữ liệu đội ngũ trí thức trên địa bàn quận",
                                    lead_unit_id=tasks[0].lead_unit_id,
                                    schedule=Schedule.once(date(today.year, 12, 15)))


def main() -> int:
    today = date.today()
    db, window = demo_window(today)
    view = window.show_view("progress")
    plan_id = next(p.id for p in list_plans(db) if p.reference == "215/KH-UBND")  # quarterly updates
    view.picker.select(plan_id)  # type: ignore[attr-defined]
    _review(db, plan_id, view.period_code())  # type: ignore[attr-defined]
    _amend(db, plan_id, today)
    view.reload()  # type: ignore[attr-defined]
    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "review.png"))
    plans = window.show_view("plans")
    plans.open_plan(plan_id)  # type: ignore[attr-defined]
    plans.load_details()  # type: ignore[attr-defined]
    settle()
    plans.compare_versions()  # type: ignore[attr-defined]
    dialog = plans.compare_dialog  # type: ignore[attr-defined]
    dialog.resize(1100, 480)
    settle()
    dialog.grab().save(str(OUT / "compare_versions.png"))
    plans_shot = db.path.parent / "plans.png" if db.path else OUT / "plans-review.png"
    window.grab().save(str(plans_shot))  # beside the demo database: for a look, not for docs/
    print(OUT / "review.png", OUT / "compare_versions.png", plans_shot)
    window.runner.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
