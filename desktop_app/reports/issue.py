"""Issuing a report freezes it: number, date, the data it showed, and the PDF / DOCX bytes.

An issued report is never updated. Later edits to tasks or progress change new drafts only; an
issued report reopens byte for byte as it was issued, and its data can be read back as a
:class:`ReportData`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop_app.db.models import IssuedReport
from desktop_app.reports.api import DOCX_KINDS, Format, render
from desktop_app.reports.data import ReportData, build_report_data
from desktop_app.reports.electronic.api import ElectronicChoice
from desktop_app.reports.electronic.issued import electronic_files, file_row
from desktop_app.services.audit import head_in
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.plans import get_plan
from desktop_app.services.report_settings import ReportSettings


@dataclass(frozen=True)
class IssuedReportInfo:
    id: str
    plan_id: str
    period: str
    kind: str
    unit_id: str | None
    number: str
    symbol: str
    issued_on: date
    created_at: datetime
    summary: str

    @property
    def reference(self) -> str:
        """"45/BC-UBND" or "202-BC/QU"."""
        party = "/" in self.symbol and "-" not in self.symbol
        return f"{self.number}-{self.symbol}" if party else f"{self.number}/{self.symbol}"


@dataclass(frozen=True)
class IssuedReportFull:
    info: IssuedReportInfo
    data: ReportData
    pdf: bytes
    docx: bytes | None


def _info(row: IssuedReport) -> IssuedReportInfo:
    summary = json.loads(row.data_json).get("summary", "")
    return IssuedReportInfo(row.id, row.plan_id, row.period, row.kind, row.unit_id, row.number, row.symbol,
                            row.issued_on, row.created_at, summary)


def issue_report(db: Database, plan_ref: str, period: str, number: str, issued_on: date,
                 kind: str = "progress", unit_ref: str | None = None,
                 narrative: Mapping[str, str] | None = None, settings: ReportSettings | None = None,
                 as_of: date | None = None, invariant: bool = False,
                 mark_unaccepted: bool = False, count_drafts: bool = False,
                 electronic: ElectronicChoice | None = None) -> IssuedReportInfo:
    """Freeze a report under its number and date; refuses a number already used this year.

    ``electronic``: also freeze its electronic copy to be signed (PDF/A, metadata, annex)."""
    number = (number or "").strip()
    if not number.isdigit() or int(number) == 0:
        raise ValidationError.one("number", f"Số báo cáo phải là số nguyên dương, không phải '{number}'")
    number = str(int(number))
    plan = get_plan(db, plan_ref)
    data = build_report_data(db, plan.id, period, kind, unit_ref, as_of=as_of, report_date=issued_on,
                             number=number, narrative=narrative, settings=settings, invariant=invariant,
                             mark_unaccepted=mark_unaccepted, count_drafts=count_drafts)
    pdf = render(data, "pdf", invariant=invariant)
    docx = render(data, "docx") if kind in DOCX_KINDS else None
    files = electronic_files(db, data, electronic, invariant=invariant,
                             mark_unaccepted=mark_unaccepted) if electronic is not None else []
    with db.write() as session:
        clash = session.scalar(select(IssuedReport).where(
            IssuedReport.symbol == data.symbol, IssuedReport.number == number,
            IssuedReport.issued_on >= date(issued_on.year, 1, 1),
            IssuedReport.issued_on <= date(issued_on.year, 12, 31)))
        if clash is not None:
            raise ValidationError.one("number", f"Số {data.reference} đã được dùng cho báo cáo ngày "
                                                f"{clash.issued_on:%d/%m/%Y}")
        row = IssuedReport(plan_id=plan.id, period=data.period_code, kind=kind, unit_id=data.unit_id,
                           number=number, symbol=data.symbol, issued_on=issued_on,
                           data_json=json.dumps(data.to_json(), ensure_ascii=False, sort_keys=True),
                           pdf=pdf, docx=docx, chain_head=head_in(session).text())
        session.add(row)
        session.flush()
        session.add_all(file_row(row.id, role, name, content) for role, name, content in files)
        session.flush()
        return _info(row)


def list_issued(db: Database, plan_ref: str | None = None) -> list[IssuedReportInfo]:
    """Issued reports, newest first (of one plan when asked)."""
    with db.read() as session:
        query = select(IssuedReport).order_by(IssuedReport.issued_on.desc(), IssuedReport.created_at.desc())
        if plan_ref is not None:
            query = query.where(IssuedReport.plan_id == get_plan(db, plan_ref).id)
        return [_info(r) for r in session.scalars(query)]


def get_issued(db: Database, report_id: str) -> IssuedReportFull:
    with db.read() as session:
        row = session.get(IssuedReport, report_id)
        if row is None:
            raise NotFound(f"Không có báo cáo đã ban hành '{report_id}'")
        return IssuedReportFull(_info(row), ReportData.from_json(json.loads(row.data_json)), bytes(row.pdf),
                                bytes(row.docx) if row.docx is not None else None)


def reopen(db: Database, report_id: str, fmt: Format = "pdf") -> bytes:
    """The file exactly as issued."""
    issued = get_issued(db, report_id)
    if fmt == "docx":
        if issued.docx is None:
            raise ValidationError.one("fmt", "Báo cáo này không có bản Word (.docx)")
        return issued.docx
    return issued.pdf
