"""Reporting periods as the services see them: standard codes plus ad-hoc periods in the DB."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import AdhocPeriod, Progress, Task, TaskGroup
from desktop_app.domain.periods import (
    Period,
    PeriodError,
    PeriodKind,
    adhoc_period,
    is_period_code,
    parse_period,
    period_containing,
    usual_kind,
)
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError


def resolve_period(session: Session, code: str) -> Period:
    """A standard period ("2024-Q2") or an ad-hoc period stored in the database."""
    if is_period_code(code.strip()):
        return parse_period(code)
    row = session.scalar(select(AdhocPeriod).where(AdhocPeriod.code == code.strip()))
    if row is None:
        raise ValidationError.one("period", str(PeriodError(
            f"Mã kỳ báo cáo không hợp lệ: '{code}' (dạng đúng: 2024-M03, 2024-Q2, 2024-H1, 2024-Y, "
            "hoặc mã của một kỳ đột xuất đã tạo)")))
    return adhoc_period(row.code, row.start_on, row.end_on, row.deadline, row.title)


def get_period(db: Database, code: str) -> Period:
    with db.read() as session:
        return resolve_period(session, code)


def create_adhoc_period(db: Database, code: str, title: str, start: date, end: date,
                        deadline: date | None = None) -> Period:
    if is_period_code(code):
        raise ValidationError.one("code", f"'{code}' là mã kỳ định kỳ; hãy đặt mã khác cho kỳ đột xuất")
    try:
        period = adhoc_period(code, start, end, deadline, title)
    except PeriodError as exc:
        raise ValidationError.one("end", str(exc)) from exc
    with db.write() as session:
        if session.scalar(select(AdhocPeriod).where(AdhocPeriod.code == code)):
            raise ValidationError.one("code", f"Đã có kỳ báo cáo mã '{code}'")
        session.add(AdhocPeriod(code=code, title=title, start_on=start, end_on=end, deadline=deadline))
    return period


def list_adhoc_periods(db: Database) -> list[Period]:
    with db.read() as session:
        rows = session.scalars(select(AdhocPeriod).order_by(AdhocPeriod.start_on))
        return [adhoc_period(r.code, r.start_on, r.end_on, r.deadline, r.title) for r in rows]


def current_period(kind: PeriodKind = PeriodKind.QUARTER, today: date | None = None) -> Period:
    return period_containing(today or date.today(), kind)


_CADENCE_WORDS = {PeriodKind.MONTH: "tháng", PeriodKind.QUARTER: "quý", PeriodKind.HALF_YEAR: "6 tháng",
                  PeriodKind.NINE_MONTHS: "9 tháng", PeriodKind.YEAR: "năm"}
_CADENCE_ORDER = list(_CADENCE_WORDS)


def cadence_note(db: Database, plan_id: str, period: Period) -> str:
    """A plain sentence when the plan is reported by longer periods than ``period`` (a quarterly
    report of a plan the units report on by half-years), else "": such a report reads the longer
    periods' updates as of their dates and names no unit as not reported."""
    if period.kind not in _CADENCE_WORDS:
        return ""
    usual = reporting_kind(db, plan_id)
    if _CADENCE_ORDER.index(usual) <= _CADENCE_ORDER.index(period.kind):
        return ""
    return (f"Kế hoạch được báo cáo định kỳ {_CADENCE_WORDS[usual]}, không báo cáo theo "
            f"{_CADENCE_WORDS[period.kind]}; số liệu {period.label} tính theo các báo cáo đơn vị đã gửi "
            f"và ngày hoàn thành đã báo cáo đến ngày chốt số liệu {period.end:%d/%m/%Y}.")


def reporting_kind(db: Database, plan_id: str) -> PeriodKind:
    """How often this plan is reported (quarterly unless its updates say otherwise)."""
    with db.read() as session:
        codes = session.scalars(
            select(Progress.period).distinct()
            .join(Task, Task.id == Progress.task_id)
            .join(TaskGroup, TaskGroup.id == Task.group_id)
            .where(TaskGroup.plan_id == plan_id))
        return usual_kind(codes)
