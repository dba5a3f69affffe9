"""The electronic copy of an issued report, and the signed copies attached to it.

Issuing freezes the electronic copy's bytes like the printed ones. A signed copy returned by a
signing tool is accepted only when it is that frozen copy with signatures appended (the bytes
before the signatures are exactly the issued ones) and every signature verifies; it is kept by its
SHA-256 and checked again whenever it is shown.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop_app.db.models import IssuedReport, IssuedReportFile
from desktop_app.reports.data import ReportData
from desktop_app.reports.electronic.api import ElectronicChoice, electronic_for
from desktop_app.reports.electronic.signed import SignatureCheck, check_signatures
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, ValidationError

UNSIGNED_ROLES = {"electronic": "bao-cao-dien-tu.pdf", "electronic_metadata": "bao-cao-dien-tu.json",
                  "annex": "phu-luc-dien-tu.pdf", "annex_metadata": "phu-luc-dien-tu.json"}
SIGNED = "signed"


@dataclass(frozen=True)
class KeptFile:
    id: str
    role: str
    name: str
    sha256: str
    created_at: datetime


@dataclass(frozen=True)
class SignedCopy:
    file: KeptFile
    signed_role: str  # which issued file it signs: "electronic" or "annex"
    intact_bytes: bool  # its bytes still hash to the kept SHA-256
    signatures: tuple[SignatureCheck, ...]

    @property
    def verifies(self) -> bool:
        return self.intact_bytes and bool(self.signatures) and all(s.verifies for s in self.signatures)


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def file_row(report_id: str, role: str, name: str, content: bytes) -> IssuedReportFile:
    return IssuedReportFile(report_id=report_id, role=role, name=name, sha256=sha256(content), content=content)


def electronic_files(db: Database, data: ReportData, choice: ElectronicChoice, *, invariant: bool = False,
                     mark_unaccepted: bool = False) -> list[tuple[str, str, bytes]]:
    """(role, file name, bytes) of an electronic copy, to be kept with the issued report."""
    report = electronic_for(db, data, choice, invariant=invariant, mark_unaccepted=mark_unaccepted)
    files = [("electronic", UNSIGNED_ROLES["electronic"], report.main.pdf),
             ("electronic_metadata", UNSIGNED_ROLES["electronic_metadata"], report.main.metadata_json)]
    if report.annex is not None:
        files += [("annex", UNSIGNED_ROLES["annex"], report.annex.pdf),
                  ("annex_metadata", UNSIGNED_ROLES["annex_metadata"], report.annex.metadata_json)]
    return files


def _kept(row: IssuedReportFile) -> KeptFile:
    return KeptFile(row.id, row.role, row.name, row.sha256, row.created_at)


def kept_files(db: Database, report_id: str) -> list[KeptFile]:
    with db.read() as session:
        rows = session.scalars(select(IssuedReportFile).where(IssuedReportFile.report_id == report_id)
                               .order_by(IssuedReportFile.created_at, IssuedReportFile.role))
        return [_kept(r) for r in rows]


def file_content(db: Database, report_id: str, role: str) -> bytes:
    """The bytes of an issued report's kept file by role ("electronic", "annex", …)."""
    with db.read() as session:
        row = session.scalar(select(IssuedReportFile).where(IssuedReportFile.report_id == report_id,
                                                            IssuedReportFile.role == role))
        if row is None:
            raise NotFound(f"Báo cáo đã ban hành '{report_id}' không có bản điện tử ({role})")
        return bytes(row.content)


def _signed_role(originals: dict[str, bytes], content: bytes) -> str:
    for role, original in originals.items():
        if len(content) > len(original) and content.startswith(original):
            return role
    raise ValidationError.one("file", "Tệp đã ký không phải bản điện tử của báo cáo này: phần trước chữ ký "
                                      "khác bản đã ban hành (chỉ nhận bản được ký thêm vào bản đã ban hành)")


def attach_signed(db: Database, report_id: str, content: bytes, name: str = "") -> SignedCopy:
    """Keep a signed copy of an issued electronic report; refuses another file, an unsigned one or a
    signature that does not verify."""
    with db.read() as session:
        if session.get(IssuedReport, report_id) is None:
            raise NotFound(f"Không có báo cáo đã ban hành '{report_id}'")
        originals = {r.role: bytes(r.content) for r in session.scalars(
            select(IssuedReportFile).where(IssuedReportFile.report_id == report_id,
                                           IssuedReportFile.role.in_(("electronic", "annex"))))}
    if not originals:
        raise ValidationError.one("file", "Báo cáo này được ban hành không kèm bản điện tử để ký số")
    role = _signed_role(originals, content)
    try:
        checks = check_signatures(content)
    except Exception as exc:  # a damaged file: pyHanko raises many kinds
        raise ValidationError.one("file", f"Không đọc được chữ ký số trong tệp: {exc}") from exc
    if not checks:
        raise ValidationError.one("file", "Tệp không có chữ ký số nào")
    bad = [c for c in checks if not c.verifies]
    if bad:
        raise ValidationError.one("file", f"Chữ ký số không hợp lệ: {bad[0].summary}")
    digest = sha256(content)
    with db.write() as session:
        clash = session.scalar(select(IssuedReportFile).where(IssuedReportFile.report_id == report_id,
                                                              IssuedReportFile.sha256 == digest))
        if clash is not None:
            raise ValidationError.one("file", f"Bản đã ký này đã được đính kèm ({clash.name or digest[:12]})")
        row = file_row(report_id, SIGNED, name or f"da-ky-{role}.pdf", content)
        session.add(row)
        session.flush()
        kept = _kept(row)
    return SignedCopy(kept, role, True, tuple(checks))


def signed_copies(db: Database, report_id: str) -> list[SignedCopy]:
    """The signed copies of an issued report, each checked again now."""
    with db.read() as session:
        rows = list(session.scalars(select(IssuedReportFile).where(IssuedReportFile.report_id == report_id)
                                    .order_by(IssuedReportFile.created_at)))
        originals = {r.role: bytes(r.content) for r in rows if r.role in ("electronic", "annex")}
        signed = [(_kept(r), bytes(r.content)) for r in rows if r.role == SIGNED]
    copies = []
    for kept, content in signed:
        role = next((r for r, o in originals.items() if content.startswith(o)), "")
        copies.append(SignedCopy(kept, role, sha256(content) == kept.sha256, tuple(check_signatures(content))))
    return copies
