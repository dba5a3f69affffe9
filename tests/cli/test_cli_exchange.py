"""``plantrack export`` / ``import`` round trip (runs once desktop_app.exchange exists)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import assert_refused, run_cli

pytest.importorskip("desktop_app.exchange.export")
pytest.importorskip("desktop_app.exchange.importer")




def test_export_then_import_into_an_empty_database(cli_demo_db: Path, cli_home: Path, tmp_path: Path) -> None:
    exported = tmp_path / "tat-ca.json"
    result = run_cli("--db", str(cli_demo_db), "export", str(exported), home=cli_home)
    assert result.returncode == 0, result.stderr
    assert "Đã xuất ra" in result.stdout
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert isinstance(data, dict)

    fresh = tmp_path / "moi.sqlite"
    imported = run_cli("--db", str(fresh), "import", str(exported), home=cli_home)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip()
    plans = run_cli("--db", str(fresh), "plans", home=cli_home)
    assert "215/KH-UBND" in plans.stdout and "202-KH/QU" in plans.stdout
    tasks = run_cli("--db", str(fresh), "tasks", "--plan", "202-KH/QU", home=cli_home)
    assert tasks.returncode == 0 and "Chủ trì: Ban Tuyên giáo Quận ủy Thanh Xuân" in tasks.stdout


def test_export_one_plan(cli_demo_db: Path, cli_home: Path, tmp_path: Path) -> None:
    exported = tmp_path / "ba-dinh.json"
    result = run_cli("--db", str(cli_demo_db), "export", str(exported), "--plan", "215/KH-UBND", home=cli_home)
    assert result.returncode == 0, result.stderr
    text = exported.read_text(encoding="utf-8")
    assert "215" in text and "202-KH/QU" not in text.replace("30-CTr/TU", "")


def test_export_of_an_unknown_plan_writes_nothing(cli_demo_db: Path, cli_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "khong.json"
    assert_refused(run_cli("--db", str(cli_demo_db), "export", str(target), "--plan", "999/KH-ABC", home=cli_home),
                   "999/KH-ABC")
    assert not target.exists()


def test_import_of_a_broken_file_is_refused(cli_home: Path, tmp_path: Path) -> None:
    broken = tmp_path / "hong.json"
    broken.write_text('{"format": "plantrack", "version": 1, "plans": [', encoding="utf-8")
    assert_refused(run_cli("--db", str(tmp_path / "x.sqlite"), "import", str(broken), home=cli_home))
