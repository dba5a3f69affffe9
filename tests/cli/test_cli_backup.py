"""``plantrack backup / restore / migrate-to / check --repair`` end to end."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import assert_refused, run_cli

pytestmark = pytest.mark.sqlite_only("backs up and restores database files")


def _ok(result: object) -> None:
    assert result.returncode == 0, (result.stdout, result.stderr)  # type: ignore[attr-defined]


def test_backup_then_restore_brings_back_the_old_state(tmp_path: Path) -> None:
    db = tmp_path / "xa.sqlite"
    _ok(run_cli("--db", str(db), "demo", home=tmp_path))
    _ok(run_cli("--db", str(db), "backup", str(tmp_path / "saved.sqlite"), home=tmp_path))
    con = sqlite3.connect(db)
    plans_before = con.execute("SELECT count(*) FROM plan").fetchone()[0]
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DELETE FROM progress")
    con.commit()
    con.close()
    result = run_cli("--db", str(db), "restore", str(tmp_path / "saved.sqlite"), home=tmp_path)
    _ok(result)
    assert "bản trước đó được giữ" in result.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM progress").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM plan").fetchone()[0] == plans_before
    con.close()
    _ok(run_cli("--db", str(db), "check", home=tmp_path))


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "xa.sqlite"
    _ok(run_cli("--db", str(db), "demo", home=tmp_path))
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello")
    before = db.read_bytes()
    assert_refused(run_cli("--db", str(db), "restore", str(junk), home=tmp_path), "junk.sqlite")
    assert db.read_bytes() == before


def test_migrate_to_an_empty_database_and_check_repair(tmp_path: Path) -> None:
    db = tmp_path / "xa.sqlite"
    _ok(run_cli("--db", str(db), "demo", home=tmp_path))
    target = tmp_path / "server.sqlite"
    result = run_cli("--db", str(db), "migrate-to", f"sqlite:///{target}", home=tmp_path)
    _ok(result)
    assert "mọi bảng khớp" in result.stdout
    again = run_cli("--db", str(db), "migrate-to", f"sqlite:///{target}", home=tmp_path)
    assert_refused(again, "đã có dữ liệu")
    result = run_cli("--db", str(target), "check", "--repair", home=tmp_path)
    _ok(result)
    assert "Không phát hiện lỗi" in result.stdout
