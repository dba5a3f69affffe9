"""Attack 1: restore while another process holds the database open, then that process saves.

Before: ``plantrack restore`` deleted the -wal/-shm under the other process, whose next save
reported success but was in neither the restored file nor the kept copy. Now the backup is written
into the open database through SQLite's backup API: the other process's later save lands in the
restored database, and the log, its replay and the remembered head all check clean.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.db.opening import DatabaseOpenError
from desktop_app.services import backup, units
from desktop_app.services.database import Database
from desktop_app.services.maintenance import check
from tests.cli.helpers import ROOT, run_cli

pytestmark = pytest.mark.sqlite_only("restoring a database file from a backup")


def start_holder(path: Path, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    holder = subprocess.Popen([sys.executable, "-m", "tests.attacks.holder", str(path)], cwd=ROOT, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    return holder


def ask(holder: subprocess.Popen[str], name: str) -> str:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write(name + "\n")
    holder.stdin.flush()
    return holder.stdout.readline().strip()


def codes(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT code FROM unit")}
    finally:
        con.close()


def database_and_backup(folder: Path) -> tuple[Path, Path]:
    """A database with unit PNV in its backup, and PTP saved after the backup (the restore takes it back)."""
    path, saved = folder / "ke-hoach.sqlite", folder / "sao-luu.sqlite"
    db = Database.open(path)
    units.create_unit(db, "Phòng Nội vụ", "PNV", "office")
    backup.backup_to(db, saved)
    units.create_unit(db, "Phòng Tư pháp", "PTP", "office")
    db.close()
    return path, saved


def test_a_save_after_a_restore_under_an_open_process_is_kept(tmp_path: Path) -> None:
    path, saved = database_and_backup(tmp_path)
    holder = start_holder(path, tmp_path)
    try:
        assert ask(holder, "MOT") == "saved MOT"
        result = run_cli("--db", str(path), "restore", str(saved), home=tmp_path)
        assert result.returncode == 0, result.stderr
        assert ask(holder, "HAI") == "saved HAI"  # reported success after the restore ...
    finally:
        holder.communicate("", timeout=30)
    assert codes(path) == {"PNV", "HAI"}  # ... and is in the restored database, after the holder closed
    kept = next(tmp_path.glob("ke-hoach.truoc-khoi-phuc-*.sqlite"))
    assert {"PNV", "PTP", "TRUOC", "MOT"} <= codes(kept)  # what the restore replaced is kept aside
    db = Database.open(path)
    try:
        assert check(db).problems == []
        assert backup.restore_generation(db) != ""
    finally:
        db.close()


def test_a_restore_while_a_writer_keeps_the_database_busy_is_refused_naming_it(tmp_path: Path) -> None:
    path, saved = database_and_backup(tmp_path)
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); print('ready', flush=True); sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseOpenError) as refused:
            backup.restore(path, saved)
        assert refused.value.reason == "locked"
        assert "khôi phục" in str(refused.value)
        assert f"tiến trình {writer.pid}" in str(refused.value) or sys.platform != "linux"
    finally:
        writer.communicate("", timeout=10)
    assert codes(path) == {"PNV", "PTP"}  # nothing changed
