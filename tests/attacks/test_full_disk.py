"""A full disk says "Ổ đĩa đã đầy" and leaves no .partial / .tmp file: exports, packages, reports,
workbooks, backups, and a save into a database whose disk is full."""

from __future__ import annotations

import errno
import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.exchange import package
from desktop_app.exchange.excel.export import export_period
from desktop_app.exchange.export import write_file
from desktop_app.reports.api import generate
from desktop_app.services import backup, units
from desktop_app.services.database import Database
from desktop_app.services.files import DiskFull
from tests.attacks.full_disk import fill, leftovers, small_disk
from tests.sample_data import make_sample

PERIOD = "2024-Q2"


@pytest.fixture
def full(tmp_path: Path) -> Iterator[Path]:
    """A folder on a small disk with no room left."""
    with small_disk(tmp_path / "usb", 512) as folder:
        fill(folder)
        yield folder


def _refused(exc: pytest.ExceptionInfo[DiskFull], folder: Path) -> None:
    assert str(exc.value).startswith("Ổ đĩa đã đầy")
    assert leftovers(folder) == []


def test_an_export_to_a_full_disk(db: Database, full: Path) -> None:
    make_sample(db)
    with pytest.raises(DiskFull) as caught:
        write_file(db, full / "xuat.json")
    _refused(caught, full)


def test_a_package_to_a_full_disk(db: Database, full: Path) -> None:
    sample = make_sample(db)
    for name in ("goi.zip", "goi.json"):
        with pytest.raises(DiskFull) as caught:
            package.export_plan_package(db, sample.plan_id, full / name)
        _refused(caught, full)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # openpyxl's own zip, on ENOSPC
def test_a_report_and_a_workbook_to_a_full_disk(db: Database, full: Path) -> None:
    sample = make_sample(db)
    with pytest.raises(DiskFull) as caught:
        generate(db, sample.plan_id, PERIOD, out=full / "bao-cao.pdf")
    _refused(caught, full)
    with pytest.raises(DiskFull) as caught:
        export_period(db, sample.plan_id, PERIOD, full / "phu-luc.xlsx")
    _refused(caught, full)
    gc.collect()  # the zip openpyxl dropped, closed here (under this test's filter)


@pytest.mark.sqlite_only("a backup is a copy of the SQLite file")
def test_a_backup_to_a_full_disk(db: Database, full: Path) -> None:
    make_sample(db)
    with pytest.raises(DiskFull) as caught:
        backup.backup_to(db, full / "sao-luu.sqlite")
    _refused(caught, full)


@pytest.mark.sqlite_only("a restore copies a SQLite backup file")
def test_a_restore_on_a_full_disk_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    with small_disk(tmp_path / "usb", 4096) as folder:
        live = folder / "plantrack.sqlite"
        db = Database.open(live, source="test")
        make_sample(db)
        saved = backup.backup_to(db, tmp_path / "sao-luu.sqlite")  # the backup lives elsewhere
        units.create_unit(db, "Phòng Tư pháp", "TP", "office")
        db.close()
        fill(folder)
        with pytest.raises(DiskFull) as caught:
            backup.restore(live, saved)
        assert str(caught.value).startswith("Ổ đĩa đã đầy")
        with pytest.raises(DiskFull):
            backup.restore_as_copy(live, saved)
        live_files = {"plantrack.sqlite", "plantrack.sqlite-wal", "plantrack.sqlite-shm"}
        assert {p.name for p in folder.iterdir()} - {"filler.bin"} <= live_files  # no half copy left
        (folder / "filler.bin").unlink()
        after = Database.open(live, source="test")
        try:  # nothing restored, nothing lost
            assert "Phòng Tư pháp" in {u.name for u in units.list_units(after)}
        finally:
            after.close()
        gc.collect()


@pytest.mark.sqlite_only("the CLI's export to a full disk, on a SQLite file")
def test_the_cli_says_the_disk_is_full(db: Database, db_path: Path, full: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    make_sample(db)
    assert main(["--db", str(db_path), "export", str(full / "xuat.json")]) == 2
    err = capsys.readouterr().err
    assert "Ổ đĩa đã đầy" in err and "sqlalche.me" not in err
    assert leftovers(full) == []


@pytest.mark.sqlite_only("the database file itself lives on the full disk")
def test_saving_into_a_database_on_a_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "usb", 2048) as folder:
        db = Database.open(folder / "du-lieu.sqlite")
        try:
            make_sample(db)
            fill(folder)
            with pytest.raises(DiskFull, match=r"^Ổ đĩa đã đầy"):
                for n in range(200):  # the WAL grows until the disk refuses
                    units.create_unit(db, f"Tổ dân phố số {n} " + "x" * 400, f"TDP{n}", "other")
            (folder / "filler.bin").unlink()
            assert units.create_unit(db, "Tổ dân phố mới", "TDPM", "other").name == "Tổ dân phố mới"
        finally:
            db.close()


def test_a_write_failing_with_enospc_anywhere_leaves_nothing(db: Database, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The same without root: the disk "fills" at the flush to the disk (fault injection)."""
    make_sample(db)

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_room)
    out = tmp_path / "ra"
    out.mkdir()
    with pytest.raises(DiskFull) as caught:
        write_file(db, out / "xuat.json")
    _refused(caught, out)
    assert shutil.disk_usage(out).free > 0


def test_saving_an_issued_report_from_the_window_to_a_full_disk(db: Database, full: Path) -> None:
    from datetime import date

    from desktop_app.reports.issue import issue_report
    from desktop_app.ui.views.reports import _save_issued

    sample = make_sample(db)
    issued = issue_report(db, sample.plan_id, PERIOD, "15", date(2024, 6, 20))
    with pytest.raises(DiskFull) as caught:
        _save_issued(db, issued.id, "pdf", full / "bao-cao-15.pdf")
    _refused(caught, full)
