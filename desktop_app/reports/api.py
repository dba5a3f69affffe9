"""One call for every report: ``generate(db, "137/KH-UBND", "2024-H1", kind="progress", out=…)``.

Kinds: "progress" (Báo cáo kết quả thực hiện Kế hoạch), "appendix" (its Phụ lục, landscape),
"task_list" (Danh mục nhiệm vụ of the plan, landscape), "overdue" (Nhiệm vụ quá hạn / sắp đến hạn,
per unit, or one unit with ``unit_ref``), "unit" (one unit's own report; needs ``unit_ref``).
Formats: PDF and DOCX for every kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Literal

from desktop_app.reports.data import KINDS, ReportData, build_report_data
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.files import write_bytes
from desktop_app.services.report_settings import ReportSettings

Format = Literal["pdf", "docx"]
DOCX_KINDS = KINDS  # every kind can be saved as Word


def format_for(out: Path | None, fmt: str | None) -> Format:
    """The format asked for, else the output file's suffix, else PDF."""
    chosen = (fmt or (out.suffix.lstrip(".") if out is not None else "") or "pdf").lower()
    if chosen not in ("pdf", "docx"):
        raise ValidationError.one("fmt", f"Định dạng không hỗ trợ: '{chosen}' (chỉ pdf hoặc docx)")
    return chosen  # type: ignore[return-value]


def render(data: ReportData, fmt: Format = "pdf", invariant: bool = False) -> bytes:
    """Bytes of a report from its data (used again when an issued report is re-rendered)."""
    if fmt == "docx":
        from desktop_app.reports.docx import render_docx

        return render_docx(data)
    from desktop_app.reports.pdf import render_pdf

    return render_pdf(data, invariant=invariant)


def generate(db: Database, plan_ref: str, period: str, kind: str = "progress", unit_ref: str | None = None,
             out: Path | None = None, fmt: Format | None = None, narrative: Mapping[str, str] | None = None,
             invariant: bool = False, *, number: str = "", report_date: date | None = None,
             as_of: date | None = None, settings: ReportSettings | None = None,
             mark_unaccepted: bool = False, count_drafts: bool = False) -> bytes:
    """Build a report and return its bytes (also written to ``out`` when given).

    ``narrative`` replaces drafted sections (keys: trich_yeu, mo_dau, chi_dao, ket_qua, ton_tai,
    phuong_huong, de_xuat). ``invariant`` gives byte-identical output for the same data and
    settings: bundled font, fixed PDF dates, statuses judged at the period's cut-off and the report
    dated on the period's deadline unless ``as_of`` / ``report_date`` say otherwise.
    ``mark_unaccepted`` writes "(chưa duyệt)" after updates the office has not accepted yet
    (returned ones are always marked "(bị trả lại)" and counted as not done); ``count_drafts`` counts
    updates units have not sent yet (by default only sent ones count).
    """
    if kind not in KINDS:
        raise ValidationError.one("kind", f"Loại báo cáo không hợp lệ: '{kind}' ({', '.join(KINDS)})")
    out_path = Path(out) if out is not None else None
    chosen = format_for(out_path, fmt)
    data = build_report_data(db, plan_ref, period, kind, unit_ref, as_of=as_of, report_date=report_date,
                             number=number, narrative=narrative, settings=settings, invariant=invariant,
                             mark_unaccepted=mark_unaccepted, count_drafts=count_drafts)
    content = render(data, chosen, invariant=invariant)
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(out_path, content, ".tmp")
    return content


def draft(db: Database, plan_ref: str, period: str, kind: str = "progress", unit_ref: str | None = None,
          **options: object) -> ReportData:
    """The data and drafted narrative a dialog shows before the clerk edits and issues."""
    return build_report_data(db, plan_ref, period, kind, unit_ref, **options)  # type: ignore[arg-type]
