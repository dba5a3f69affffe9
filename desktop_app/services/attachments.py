"""Evidence documents (văn bản, minh chứng) attached to a plan, a task or a progress update.

An attachment records a document's number/symbol, date, issuer and title, and optionally the file
itself. Files are kept *inside the database* (``attachment_blob``, one row per SHA-256), so the
SQLite backup API and a PostgreSQL dump both carry them and nothing can drift apart from a folder.

Checks before anything is written (a refused file leaves nothing behind):
- size at most the configured limit (setting ``attachments.max_bytes``, default 20 MB);
- executables are refused by extension (.exe, .bat, .cmd, .ps1, .vbs, .js, .msi, .scr, .lnk …) and
  by content (MZ, ELF, Mach-O, "#!" scripts), whatever the name says;
- only known document and picture types are taken, and the content must match the name
  (PDF "%PDF-", DOCX/XLSX a ZIP with word/ or xl/ parts and no macros, PNG, JPEG, GIF, TIFF, BMP, WEBP;
  old DOC/XLS an OLE file).
Files are never run by the program: :func:`open_copy` writes a copy with a safe name and the
original extension into a temp folder for the system's default program (the GUI's job).
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Attachment, AttachmentBlob, Plan, Progress, Setting, Task
from desktop_app.domain.symbols import format_number_symbol
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, ValidationError

OWNER_KINDS = {"plan": Plan, "task": Task, "progress": Progress}
OWNER_LABELS = {"plan": "kế hoạch", "task": "nhiệm vụ", "progress": "bản cập nhật tiến độ"}
MAX_BYTES_KEY = "attachments.max_bytes"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

EXECUTABLE_EXTENSIONS = frozenset({
    "exe", "com", "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "msi", "msp", "scr",
    "lnk", "pif", "cpl", "hta", "jar", "dll", "sys", "reg", "inf", "sh", "bash", "py", "pyw", "app", "apk",
    "deb", "rpm", "run", "bin", "elf", "appimage", "msc", "gadget", "application", "docm", "xlsm", "pptm",
    "dotm", "xltm", "iso", "img", "vhd", "vhdx", "url", "scf", "chm",
})
MIME_BY_EXTENSION = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "bmp": "image/bmp",
    "webp": "image/webp",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                     b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"L\x00\x00\x00\x01\x14\x02\x00")
SUPPORTED = "PDF, DOCX, XLSX, DOC, XLS, PNG, JPEG, GIF, TIFF, BMP, WEBP"


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    owner_kind: str
    owner_id: str
    number: str
    symbol: str
    issued_on: date | None
    issuer: str
    title: str
    file_name: str
    mime: str
    size: int | None
    sha256: str | None
    has_file: bool
    version: int

    @property
    def reference(self) -> str:
        return format_number_symbol(self.number, self.symbol)


def _info(row: Attachment, has_file: bool) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.owner_kind, row.owner_id, row.number, row.symbol, row.issued_on, row.issuer,
                          row.title, row.file_name, row.mime, row.size, row.sha256, has_file, row.version)


# ---- settings ---------------------------------------------------------------------------------


def max_bytes(db: Database) -> int:
    """The largest file taken (setting ``attachments.max_bytes``, default 20 MB)."""
    with db.read() as session:
        return max_bytes_in(session)


def max_bytes_in(session: Session) -> int:
    row = session.get(Setting, MAX_BYTES_KEY)
    try:
        return int(row.value) if row is not None else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


def set_max_bytes(db: Database, limit: int) -> None:
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1024 <= limit <= 1024 ** 3:
        raise ValidationError.one("max_bytes", "Giới hạn dung lượng tệp đính kèm phải từ 1 KB đến 1 GB")
    with db.write() as session:
        row = session.get(Setting, MAX_BYTES_KEY)
        if row is None:
            session.add(Setting(key=MAX_BYTES_KEY, value=str(limit)))
        else:
            row.value = str(limit)


# ---- checking a file --------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " MB"


def extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _zip_names(data: bytes) -> set[str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None


def check_file(name: str, data: bytes, limit: int = DEFAULT_MAX_BYTES) -> str:
    """The MIME type of an acceptable file; ValidationError saying why one is refused."""
    ext = extension(name)
    shown = name or "tệp"
    if ext in EXECUTABLE_EXTENSIONS or data.startswith(_EXECUTABLE_MAGIC):
        raise ValidationError.one("file", f"'{shown}' là tệp chương trình hoặc có macro; chương trình không nhận "
                                          "tệp loại này để tránh mã độc.")
    if len(data) > limit:
        raise ValidationError.one("file", f"'{shown}' dung lượng {_megabytes(len(data))}, vượt giới hạn "
                                          f"{_megabytes(limit)}.")
    if not data:
        raise ValidationError.one("file", f"'{shown}' rỗng.")
    if ext not in MIME_BY_EXTENSION:
        raise ValidationError.one("file", f"Không nhận loại tệp '.{ext}' ({shown}); chỉ nhận {SUPPORTED}."
                                  if ext else f"'{shown}' không có phần mở rộng; chỉ nhận {SUPPORTED}.")
    ok = {
        "pdf": lambda: data.startswith(b"%PDF-"),
        "png": lambda: data.startswith(b"\x89PNG\r\n\x1a\n"),
        "jpg": lambda: data.startswith(b"\xff\xd8\xff"),
        "jpeg": lambda: data.startswith(b"\xff\xd8\xff"),
        "gif": lambda: data.startswith((b"GIF87a", b"GIF89a")),
        "tif": lambda: data.startswith((b"II*\x00", b"MM\x00*")),
        "tiff": lambda: data.startswith((b"II*\x00", b"MM\x00*")),
        "bmp": lambda: data.startswith(b"BM"),
        "webp": lambda: data[:4] == b"RIFF" and data[8:12] == b"WEBP",
        "doc": lambda: data.startswith(_OLE),
        "xls": lambda: data.startswith(_OLE),
    }
    if ext in ("docx", "xlsx"):
        names = _zip_names(data)
        part = "word/" if ext == "docx" else "xl/"
        if names is None or "[Content_Types].xml" not in names or not any(n.startswith(part) for n in names):
            raise ValidationError.one("file", f"Nội dung của '{shown}' không phải tệp {ext.upper()}.")
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise ValidationError.one("file", f"'{shown}' có chứa macro; chương trình không nhận tệp có macro.")
    elif not ok[ext]():
        raise ValidationError.one("file", f"Nội dung của '{shown}' không phải tệp {ext.upper()} như tên tệp cho biết.")
    return MIME_BY_EXTENSION[ext]


def _owner(session: Session, owner_kind: str, owner_id: str) -> None:
    model = OWNER_KINDS.get(owner_kind)
    if model is None:
        raise ValidationError.one("owner_kind", f"Không đính kèm được vào '{owner_kind}' (plan, task, progress)")
    if session.get(model, owner_id) is None:
        raise NotFound(f"Không có {OWNER_LABELS[owner_kind]} '{owner_id}'")


def store_blob(session: Session, data: bytes) -> str:
    """Keep a file's bytes once per content; returns its SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(AttachmentBlob, digest) is None:
        session.add(AttachmentBlob(sha256=digest, size=len(data), data=data))
    return digest


# ---- writing ----------------------------------------------------------------------------------


def attach(db: Database, owner_kind: str, owner_id: str, source: str | Path | bytes | None = None, *,
           file_name: str = "", number: str = "", symbol: str = "", issued_on: date | None = None,
           issuer: str = "", title: str = "") -> AttachmentInfo:
    """Attach a document to a plan, task or progress update: its reference, and the file if given
    (a path, or bytes with ``file_name``). Refused files leave nothing behind."""
    data: bytes | None = None
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise ValidationError.one("file", f"Không tìm thấy tệp '{path}'")
        limit = max_bytes(db)
        if path.stat().st_size > limit:  # refuse before reading a huge file into memory
            raise ValidationError.one("file", f"'{path.name}' dung lượng {_megabytes(path.stat().st_size)}, vượt "
                                              f"giới hạn {_megabytes(limit)}.")
        data = path.read_bytes()
        file_name = file_name or path.name
    elif isinstance(source, bytes):
        data = source
    file_name = (normalize_text(Path(file_name.replace("\\", "/")).name) or "") if file_name else ""
    mime = ""
    if data is not None:
        mime = check_file(file_name, data, max_bytes(db))
    elif not (normalize_text(number) or normalize_text(symbol) or normalize_text(title)):
        raise ValidationError.one("number", "Cần tệp đính kèm, hoặc số, ký hiệu hay trích yếu của văn bản")
    with db.write() as session:
        _owner(session, owner_kind, owner_id)
        digest = store_blob(session, data) if data is not None else None
        row = Attachment(owner_kind=owner_kind, owner_id=owner_id, number=number, symbol=symbol,
                         issued_on=issued_on, issuer=issuer, title=title, file_name=file_name, mime=mime,
                         size=len(data) if data is not None else None, sha256=digest)
        session.add(row)
        session.flush()
        return _info(row, data is not None)


def delete_attachment(db: Database, attachment_id: str) -> None:
    """Remove an attachment; its file goes too when nothing else refers to the same content."""
    with db.write() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound(f"Không có tệp đính kèm '{attachment_id}'")
        digest = row.sha256
        session.delete(row)
        session.flush()
        if digest and not session.scalar(select(func.count()).select_from(Attachment)
                                         .where(Attachment.sha256 == digest)):
            blob = session.get(AttachmentBlob, digest)
            if blob is not None:
                session.delete(blob)


# ---- reading ----------------------------------------------------------------------------------


def _stored(session: Session, digests: Iterable[str | None]) -> set[str]:
    wanted = sorted({d for d in digests if d})
    if not wanted:
        return set()
    return set(session.scalars(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256.in_(wanted))))


def list_attachments(db: Database, owner_kind: str, owner_id: str) -> list[AttachmentInfo]:
    with db.read() as session:
        rows = list(session.scalars(select(Attachment).where(Attachment.owner_kind == owner_kind,
                                                             Attachment.owner_id == owner_id)
                                    .order_by(Attachment.issued_on, Attachment.number, Attachment.id)))
        stored = _stored(session, (r.sha256 for r in rows))
        return [_info(r, r.sha256 in stored) for r in rows]


def get_attachment(db: Database, attachment_id: str) -> AttachmentInfo:
    with db.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound(f"Không có tệp đính kèm '{attachment_id}'")
        return _info(row, row.sha256 in _stored(session, [row.sha256]))


def attachment_bytes(db: Database, attachment_id: str) -> bytes:
    """The file's bytes, checked against its SHA-256."""
    with db.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound(f"Không có tệp đính kèm '{attachment_id}'")
        blob = session.get(AttachmentBlob, row.sha256) if row.sha256 else None
        if blob is None:
            raise NotFound(f"Văn bản '{row.title or row.file_name or row.id}' chỉ có thông tin tham chiếu, không "
                           "kèm tệp trên máy này.")
        data, digest, name = bytes(blob.data), row.sha256, row.file_name
    if hashlib.sha256(data).hexdigest() != digest:
        raise ValidationError.one("sha256", f"Tệp '{name}' bị hỏng (mã băm SHA-256 không khớp).")
    return data


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_name(name: str, fallback: str = "tep-dinh-kem") -> str:
    """A file name safe on Windows and elsewhere, keeping the (already checked) extension."""
    base = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .") or fallback
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    if stem.upper() in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                        *(f"LPT{i}" for i in range(1, 10))}:
        stem = "_" + stem
    stem = stem[:120] or fallback
    return f"{stem}.{ext}" if ext else stem


def open_copy(db: Database, attachment_id: str, folder: Path | None = None) -> Path:
    """Write the file to a new temp folder under a safe name with its original extension, for the
    GUI to hand to the system's default program. Nothing is ever executed here."""
    info = get_attachment(db, attachment_id)
    data = attachment_bytes(db, attachment_id)
    ext = extension(info.file_name)
    if ext not in MIME_BY_EXTENSION:  # cannot happen for files taken by attach(); never hand out others
        raise ValidationError.one("file", f"Không mở được loại tệp '.{ext}'.")
    target_dir = Path(tempfile.mkdtemp(prefix="plantrack-", dir=folder))
    target = target_dir / safe_name(info.file_name, f"van-ban.{ext}")
    target.write_bytes(data)
    return target
