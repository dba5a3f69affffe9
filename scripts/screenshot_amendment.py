"""Screenshot of the "Ghi văn bản sửa đổi, bổ sung…" dialog on the demo database, filled in as a
clerk would (a deadline moved, a task dropped, one added), into docs/screenshots/amendment.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_amendment.py
"""

from __future__ import annotations

import os
import sys
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from demo_window import OUT, demo_window, settle  # noqa: E402 — scripts/ is on sys.path

from desktop_app.services.plans import list_plans
from desktop_app.ui.dialogs.amendment import CONTENT, DEADLINE, LEAD


def main() -> int:
    today = date.today()
    db, window = demo_window(today)
    plans = window.show_view("plans")
    plan_id = next(p.id for p in list_plans(db) if p.reference == "215/KH-UBND")
    plans.open_plan(plan_id)  # type: ignore[attr-defined]
    settle()
    plans.record_amendment()  # type: ignore[attr-defined]
    dialog = plans.amendment_dialog  # type: ignore[attr-defined]
    dialog.reference.setText("98/KH-UBND")
    dialog.issued.setText(f"15/06/{today.year}")
    dialog.effective.setText(f"01/07/{today.year}")
    dialog.issuer.setText("UBND quận Ba Đình")
    dialog.title.setText("Sửa đổi, bổ sung một số nhiệm vụ của Kế hoạch số 215/KH-UBND")
    tasks = [r for r, line in enumerate(dialog.lines) if line.kind == "task"]
    dialog.model.item(tasks[1], DEADLINE).setText(f"31/12/{today.year}")
    dialog.model.item(tasks[3], CONTENT).setText(dialog.cell(tasks[3], CONTENT) + " và công chức cấp phường")
    dialog.model.item(tasks[3], LEAD).setText("Phòng Nội vụ")
    dialog._go(tasks[5], CONTENT)
    dialog.toggle_drop()
    dialog._go(tasks[0], CONTENT)
    dialog.add_task()
    dialog.table.commit_open_editor()
    row = dialog.table.currentIndex().row()
    dialog.model.item(row, CONTENT).setText("Xây dựng cơ sở dữ liệu đội ngũ trí thức trên địa bàn quận")
    dialog.model.item(row, LEAD).setText("Phòng Nội vụ")
    dialog.model.item(row, DEADLINE).setText(f"15/12/{today.year}")
    dialog._go(tasks[0], 0)
    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(OUT / "amendment.png"))
    print(OUT / "amendment.png")
    window.runner.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
