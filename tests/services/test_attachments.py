"""Evidence documents: checks, storage by hash, backup → restore byte for byte."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import Attachment, AttachmentBlob
from desktop_app.services import attachments, backup, progress
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.sample_data import Sample

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + bytes(range(256))
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def office(kind: str, macro: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml" if kind == "docx" else "xl/workbook.xml", "<x/>")
        if macro:
            archive.writestr("word/vbaProject.bin", b"\x00")
    return out.getvalue()


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Attachment)) or 0,
                session.scalar(select(func.count()).select_from(AttachmentBlob)) or 0)


def test_attach_file_and_reference(db: Database, sample: Sample, tmp_path: Path) -> None:
    source = tmp_path / "Báo cáo 45.pdf"
    source.write_bytes(PDF)
    info = attachments.attach(db, "task", sample.task_ids[0], source, number="45", symbol="BC-UBND",
                              issued_on=date(2024, 6, 20), issuer="UBND quận Ba Đình", title="Báo cáo kết quả")
    assert (info.mime, info.size, info.sha256, info.has_file) == (
        "application/pdf", len(PDF), hashlib.sha256(PDF).hexdigest(), True)
    assert info.reference == "45/BC-UBND" and info.file_name == "Báo cáo 45.pdf"
    ref = attachments.attach(db, "plan", sample.plan_id, None, number="12", symbol="QĐ-UBND", title="Quyết định")
    assert not ref.has_file and ref.sha256 is None
    assert [a.id for a in attachments.list_attachments(db, "task", sample.task_ids[0])] == [info.id]
    assert attachments.attachment_bytes(db, info.id) == PDF
    # the same content twice is stored once; deleting one keeps the file for the other
    second = attachments.attach(db, "plan", sample.plan_id, PDF, file_name="ban-sao.pdf")
    assert _counts(db) == (3, 1)
    attachments.delete_attachment(db, info.id)
    assert attachments.attachment_bytes(db, second.id) == PDF
    attachments.delete_attachment(db, second.id)
    assert _counts(db) == (1, 0)


@pytest.mark.parametrize(("name", "data", "message"), [
    ("setup.exe", b"MZ\x90\x00" + b"\x00" * 100, "chương trình"),
    ("hop-dong.pdf", b"MZ\x90\x00" + b"\x00" * 100, "chương trình"),  # an executable renamed
    ("chay.bat", b"@echo off\r\n", "chương trình"),
    ("script.ps1", b"Write-Host 1", "chương trình"),
    ("x.js", b"alert(1)", "chương trình"),
    ("x.lnk", b"L\x00\x00\x00\x01\x14\x02\x00", "chương trình"),
    ("bao-cao.pdf", b"#!/bin/sh\nrm -rf /\n", "chương trình"),
    ("macro.docx", office("docx", macro=True), "macro"),
    ("bang.xlsm", office("xlsx"), "macro"),
    ("gia.pdf", PNG, "không phải tệp PDF"),
    ("gia.docx", office("xlsx"), "không phải tệp DOCX"),
    ("anh.jpg", PDF, "không phải tệp JPG"),
    ("ghi-chu.txt", b"hello", "Không nhận loại tệp"),
    ("khong-duoi", PDF, "không có phần mở rộng"),
    ("rong.pdf", b"", "rỗng"),
])
def test_refused_files_leave_nothing_behind(db: Database, sample: Sample, name: str, data: bytes,
                                            message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        attachments.attach(db, "task", sample.task_ids[0], data, file_name=name)
    assert _counts(db) == (0, 0)


def test_size_limit_is_a_setting(db: Database, sample: Sample, tmp_path: Path) -> None:
    assert attachments.max_bytes(db) == 20 * 1024 * 1024
    attachments.set_max_bytes(db, 2048)
    big = tmp_path / "lon.pdf"
    big.write_bytes(PDF + b"\x00" * 3000)
    with pytest.raises(ValidationError, match="vượt giới hạn"):
        attachments.attach(db, "task", sample.task_ids[0], big)
    with pytest.raises(ValidationError, match="vượt giới hạn"):
        attachments.attach(db, "task", sample.task_ids[0], big.read_bytes(), file_name="lon.pdf")
    assert _counts(db) == (0, 0)
    with pytest.raises(ValidationError):
        attachments.set_max_bytes(db, 0)


def test_office_files_and_pictures_are_taken(db: Database, sample: Sample) -> None:
    for name, data in (("a.docx", office("docx")), ("b.xlsx", office("xlsx")), ("c.png", PNG),
                       ("d.jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 20)):
        assert attachments.attach(db, "plan", sample.plan_id, data, file_name=name).has_file


def test_owner_must_exist(db: Database, sample: Sample) -> None:
    from desktop_app.services.errors import NotFound
    with pytest.raises(NotFound):
        attachments.attach(db, "progress", "khong-co", PDF, file_name="a.pdf")
    with pytest.raises(ValidationError):
        attachments.attach(db, "unit", sample.pnv, PDF, file_name="a.pdf")
    assert _counts(db) == (0, 0)


def test_open_copy_uses_a_safe_name_with_the_extension(db: Database, sample: Sample, tmp_path: Path) -> None:
    info = attachments.attach(db, "task", sample.task_ids[0], PDF, file_name='..\\..\\CON:"Báo cáo"?.pdf')
    copy = attachments.open_copy(db, info.id, tmp_path)
    assert copy.suffix == ".pdf" and copy.read_bytes() == PDF
    assert copy.parent.parent == tmp_path and not set('<>:"\\|?*') & set(copy.name)
    assert attachments.safe_name("CON.pdf") == "_CON.pdf"


def test_damaged_file_is_detected(db: Database, sample: Sample) -> None:
    info = attachments.attach(db, "task", sample.task_ids[0], PDF, file_name="a.pdf")
    with db.write() as session:
        blob = session.get(AttachmentBlob, info.sha256)
        assert blob is not None
        blob.data = PDF[:-1] + b"X"
    with pytest.raises(ValidationError, match="SHA-256"):
        attachments.attachment_bytes(db, info.id)


@pytest.mark.sqlite_only("backups copy the SQLite file")
def test_attachments_survive_backup_and_restore(db_path: Path, tmp_path: Path) -> None:
    from tests.sample_data import make_sample
    db = Database.open(db_path)
    sample = make_sample(db)
    pid = progress.record_progress(db, sample.task_ids[0], sample.pnv, "2024-H1", status="in_progress")
    info = attachments.attach(db, "progress", pid, PDF, file_name="minh-chung.pdf", number="7", symbol="BC-PNV")
    target = backup.backup_to(db, tmp_path / "copy.sqlite")
    attachments.delete_attachment(db, info.id)
    db.close()
    backup.restore(db_path, target)
    again = Database.open(db_path)
    try:
        data = attachments.attachment_bytes(again, info.id)
        assert hashlib.sha256(data).hexdigest() == info.sha256 and data == PDF
    finally:
        again.close()
