"""The ward ↔ district flow on the command line: send-plan, import, export --unit --period."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services import progress, tasks, units
from desktop_app.services.database import Database
from tests.cli.helpers import run_cli

pytestmark = pytest.mark.sqlite_only("district and ward databases as files")


def test_plan_down_progress_up(tmp_path: Path) -> None:
    district, ward = tmp_path / "quan.sqlite", tmp_path / "phuong.sqlite"
    assert run_cli("--db", str(district), "demo", home=tmp_path).returncode == 0
    sent = run_cli("--db", str(district), "send-plan", "--plan", "215/KH-UBND", str(tmp_path / "kh.zip"),
                   home=tmp_path)
    assert sent.returncode == 0, sent.stderr
    received = run_cli("--db", str(ward), "import", str(tmp_path / "kh.zip"), home=tmp_path)
    assert received.returncode == 0 and "đã nhận 1 kế hoạch" in received.stdout, received.stderr
    db = Database.open(ward)
    unit = next(u for u in units.list_units(db) if u.name == "Phường Trúc Bạch")
    task = next(t for t in tasks.list_tasks(db, "215/KH-UBND") if unit.id in t.coordinating_unit_ids)
    progress.record_progress(db, task.id, unit.id, "2025-Q4", status="in_progress", result="Trúc Bạch báo cáo")
    db.close()
    out = tmp_path / "tb.zip"
    exported = run_cli("--db", str(ward), "export", "--unit", "Phường Trúc Bạch", "--period", "2025-Q4", str(out),
                       home=tmp_path)
    assert exported.returncode == 0 and "1 bản ghi" in exported.stdout, exported.stderr
    broken = tmp_path / "broken.zip"
    broken.write_bytes(out.read_bytes()[:200])
    imported = run_cli("--db", str(district), "import", str(out), str(broken), home=tmp_path)
    assert imported.returncode == 2
    assert "tb.zip (Phường Trúc Bạch, 2025-Q4): thêm 1" in imported.stdout
    assert "broken.zip" in imported.stderr and "Traceback" not in imported.stderr
    again = run_cli("--db", str(district), "import", str(out), home=tmp_path)
    assert again.returncode == 0 and "thêm 0, cập nhật 0, không đổi 1, xung đột 0" in again.stdout
