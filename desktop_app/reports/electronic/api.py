"""The electronic copy from the database: ``generate_electronic(db, "137/KH-UBND", "2024-H1", out=…)``
writes the PDF/A file, its metadata JSON beside it and, when asked, the annex in its own file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.reports.data import KINDS, ReportData, build_report_data
from desktop_app.reports.electronic.build import ElectronicReport, electronic_report
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.report_settings import ReportSettings

ANNEX_SUFFIX = "-phu-luc"


@dataclass(frozen=True)
class ElectronicChoice:
    """What the clerk chose for the electronic copy."""

    annex: str = "none"  # none | same | separate (progress reports only)
    number_by_eoffice: bool = True  # leave number and date for the e-office system
    priority: str = "Thường"
    due_date: date | None = None


def electronic_for(db: Database, data: ReportData, choice: ElectronicChoice, *, invariant: bool = False,
                   mark_unaccepted: bool = False) -> ElectronicReport:
    """The electronic copy of a report's data (its annex computed from the same plan and period)."""
    annex_data = None
    if choice.annex != "none":
        if data.kind != "progress":
            raise ValidationError.one("annex", "Chỉ báo cáo kết quả thực hiện (progress) có phụ lục kèm theo")
        annex_data = build_report_data(db, data.plan_id, data.period_code, "appendix", as_of=data.as_of,
                                       report_date=data.report_date, number=data.number, settings=data.settings,
                                       invariant=invariant, mark_unaccepted=mark_unaccepted,
                                       count_drafts=data.drafts_counted)
    return electronic_report(data, annex_data=annex_data, annex=choice.annex, invariant=invariant,
                             number_by_eoffice=choice.number_by_eoffice, priority=choice.priority,
                             due_date=choice.due_date)


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(content)
    tmp.replace(path)


def file_names(out: Path) -> tuple[Path, Path, Path, Path]:
    """report.pdf → report.pdf, report.json, report-phu-luc.pdf, report-phu-luc.json."""
    pdf = out.with_suffix(".pdf")
    annex = pdf.with_name(pdf.stem + ANNEX_SUFFIX + ".pdf")
    return pdf, pdf.with_suffix(".json"), annex, annex.with_suffix(".json")


def write_files(report: ElectronicReport, out: Path) -> list[Path]:
    """Write the PDF/A file(s) and their metadata JSON; returns the paths written."""
    pdf, meta, annex_pdf, annex_meta = file_names(Path(out))
    _write(pdf, report.main.pdf)
    _write(meta, report.main.metadata_json)
    written = [pdf, meta]
    if report.annex is not None:
        _write(annex_pdf, report.annex.pdf)
        _write(annex_meta, report.annex.metadata_json)
        written += [annex_pdf, annex_meta]
    return written


def generate_electronic(db: Database, plan_ref: str, period: str, kind: str = "progress",
                        unit_ref: str | None = None, *, choice: ElectronicChoice | None = None,
                        out: Path | None = None, number: str = "", report_date: date | None = None,
                        as_of: date | None = None, settings: ReportSettings | None = None,
                        narrative: Mapping[str, str] | None = None, invariant: bool = False,
                        mark_unaccepted: bool = False, count_drafts: bool = False) -> ElectronicReport:
    """Build the electronic copy of a report (and write it when ``out`` is given)."""
    if kind not in KINDS:
        raise ValidationError.one("kind", f"Loại báo cáo không hợp lệ: '{kind}' ({', '.join(KINDS)})")
    data = build_report_data(db, plan_ref, period, kind, unit_ref, as_of=as_of, report_date=report_date,
                             number=number, narrative=narrative, settings=settings, invariant=invariant,
                             mark_unaccepted=mark_unaccepted, count_drafts=count_drafts)
    report = electronic_for(db, data, choice or ElectronicChoice(), invariant=invariant,
                            mark_unaccepted=mark_unaccepted)
    if out is not None:
        write_files(report, out)
    return report
