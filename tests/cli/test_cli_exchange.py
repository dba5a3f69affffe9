"""``plantrack export`` / ``import`` round trip (runs once desktop_app.exchange exists)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import assert_refused, run_cli

pytest.importorskip("desktop_app.exchange.export")
pytest.importorskip("desktop_app.exchange.importer")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def demo_db(home: Path) -> Path:
    path = home / "demo.sqlite"
    assert run_cli("--db", str(path), "demo", "--today", "31/12/2025", home=home).returncode == 0
    return path


def test_export_then_import_into_an_empty_database(demo_db: Path, home: Path, tmp_path: Path) -> None:
    exported = tmp_path / "tat-ca.json"
    result = run_cli("--db", str(demo_db), "export", str(exported), home=home)
    assert result.returncode == 0, result.stderr
    assert "Đã xuất ra" in result.stdout
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert isinstance(data, dict)

    fresh = tmp_path / "moi.sqlite"
    imported = run_cli("--db", str(fresh), "import", str(exported), home=home)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip()
    plans = run_cli("--db", str(fresh), "plans", home=home)
    assert "215/KH-UBND" in plans.stdout and "202-KH/QU" in plans.stdout
    tasks = run_cli("--db", str(fresh), "tasks", "--plan", "202-KH/QU", home=home)
    assert tasks.returncode == 0 and "Chủ trì: Ban Tuyên giáo Quận ủy Thanh Xuân" in tasks.stdout


def test_export_one_plan(demo_db: Path, home: Path, tmp_path: Path) -> None:
    exported = tmp_path / "ba-dinh.json"
    result = run_cli("--db", str(demo_db), "export", str(exported), "--plan", "215/KH-UBND", home=home)
    assert result.returncode == 0, result.stderr
    text = exported.read_text(encoding="utf-8")
    assert "215" in text and "202-KH/QU" not in text.replace("30-CTr/TU", "")


def test_export_of_an_unknown_plan_writes_nothing(demo_db: Path, home: Path, tmp_path: Path) -> None:
    target = tmp_path / "khong.json"
    assert_refused(run_cli("--db", str(demo_db), "export", str(target), "--plan", "999/KH-ABC", home=home),
                   "999/KH-ABC")
    assert not target.exists()


def test_import_of_a_broken_file_is_refused(home: Path, tmp_path: Path) -> None:
    broken = tmp_path / "hong.json"
    broken.write_text('{"format": "plantrack", "version": 1, "plans": [', encoding="utf-8")
    assert_refused(run_cli("--db", str(tmp_path / "x.sqlite"), "import", str(broken), home=home))
