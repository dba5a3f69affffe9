"""What a report says, computed through the services into frozen dataclasses.

Rendering (PDF, DOCX) only reads a :class:`ReportData`; an issued report keeps its ReportData as
JSON, so it can be shown again exactly as issued whatever happens to the tasks later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop_app.domain.kinds import TARGET_VERDICT_LABELS, TargetVerdict
from desktop_app.domain.periods import Period
from desktop_app.domain.review import ReviewState
from desktop_app.domain.schedule import SCHEDULE_LABELS, Schedule, ScheduleKind
from desktop_app.domain.standing import standing
from desktop_app.domain.status import REPORT_LABELS, ReportStatus, deadline_state, is_due_soon
from desktop_app.domain.text import sort_key
from desktop_app.reports import texts
from desktop_app.reports.frozen import from_plain, to_plain
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.periods import cadence_note, get_period
from desktop_app.services.plan_issuers import reporting_issuer
from desktop_app.services.plans import PlanInfo, get_plan, get_plan_row
from desktop_app.services.progress import ProgressRow, period_rows
from desktop_app.services.receiving import expected_communes
from desktop_app.services.report_settings import ReportSettings, settings_for
from desktop_app.services.revisions import period_task_infos, report_day
from desktop_app.services.targets import TargetInfo, list_targets
from desktop_app.services.tasks import TaskInfo, list_groups
from desktop_app.services.units import resolve_unit

KINDS = ("progress", "appendix", "task_list", "overdue", "unit")
KIND_LABELS = {
    "progress": "Báo cáo kết quả thực hiện kế hoạch",
    "appendix": "Phụ lục kết quả thực hiện nhiệm vụ",
    "task_list": "Danh mục nhiệm vụ",
    "overdue": "Nhiệm vụ quá hạn, sắp đến hạn",
    "unit": "Báo cáo của đơn vị",
}
NO_LEAD = "Chưa giao đơn vị chủ trì"
DUE_SOON = "due_soon"  # extra state an overdue list shows beside the ReportStatus values
RETURNED_NOTE = "bị trả lại"
UNACCEPTED_NOTE = "chưa duyệt"
DRAFT_NOTE = "chưa gửi"


@dataclass(frozen=True)
class Counts:
    """How many tasks are in each report status."""

    total: int = 0
    done_on_time: int = 0
    done_late: int = 0
    in_progress: int = 0
    overdue: int = 0
    not_started: int = 0
    suspended: int = 0

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def not_done(self) -> int:
        return self.total - self.done

    @property
    def percent_done(self) -> str:
        return texts.percent(self.done, self.total)

    @classmethod
    def of(cls, statuses: Iterable[ReportStatus]) -> Counts:
        found = {s: 0 for s in ReportStatus}
        total = 0
        for status in statuses:
            found[status] += 1
            total += 1
        return cls(total, found[ReportStatus.DONE_ON_TIME], found[ReportStatus.DONE_LATE],
                   found[ReportStatus.IN_PROGRESS], found[ReportStatus.OVERDUE],
                   found[ReportStatus.NOT_STARTED], found[ReportStatus.SUSPENDED])


@dataclass(frozen=True)
class TaskLine:
    """One task as a report shows it."""

    task_id: str
    number: str  # "1.2"
    content: str
    lead_unit: str
    coordinators: tuple[str, ...]
    deadline: str  # "30/6/2024", "Thường xuyên", "Hằng năm, ngày 15/12"
    due: date | None  # the due date this period judges against
    status: ReportStatus
    result: str = ""
    difficulties: str = ""
    proposals: str = ""
    references: str = ""
    percent: int | None = None
    completed_on: date | None = None
    output: str = ""
    role: str = ""  # a unit's own report: "Chủ trì" / "Phối hợp"
    due_soon: bool = False  # not done and due within a week of the report's date
    review_note: str = ""  # "bị trả lại" (always) / "chưa duyệt" (when the report marks them)

    @property
    def status_label(self) -> str:
        label = "Đang thực hiện" if self.status == ReportStatus.IN_PROGRESS else REPORT_LABELS[self.status]
        return f"{label} ({self.review_note})" if self.review_note else label

    @property
    def is_done(self) -> bool:
        return self.status in (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE)

    @property
    def coordinators_text(self) -> str:
        return ", ".join(self.coordinators)


@dataclass(frozen=True)
class GroupBlock:
    """A group of tasks (or, in an overdue list, one unit's tasks)."""

    number: str
    title: str
    tasks: tuple[TaskLine, ...]

    @property
    def counts(self) -> Counts:
        return Counts.of(t.status for t in self.tasks)


@dataclass(frozen=True)
class TargetLine:
    number: int
    name: str
    measure: str
    baseline: float | None
    baseline_year: int | None
    target: str  # "≥ 95", "95–97"
    target_year: int | None
    value: float | None
    verdict: TargetVerdict | None
    note: str = ""
    low: float | None = None  # the target range, for the chart (``target`` is its text)
    high: float | None = None
    direction: str = "increase"

    @property
    def verdict_label(self) -> str:
        return TARGET_VERDICT_LABELS[self.verdict] if self.verdict else "Chưa có số liệu"

    @property
    def baseline_text(self) -> str:
        text = texts.number_text(self.baseline)
        return f"{text} ({self.baseline_year})" if text and self.baseline_year else text

    @property
    def target_text(self) -> str:
        return f"{self.target} ({self.target_year})" if self.target and self.target_year else self.target


@dataclass(frozen=True)
class CountRow:
    label: str
    counts: Counts


@dataclass(frozen=True)
class ReportData:
    """Everything a report prints. Frozen; kept as JSON by an issued report."""

    kind: str
    settings: ReportSettings
    plan_id: str
    plan_reference: str  # "137/KH-UBND"
    plan_issued_on: date | None
    plan_title: str
    plan_issuer: str
    plan_citation: str  # "Kế hoạch số 137/KH-UBND ngày 04/5/2024 của UBND quận Ba Đình"
    implements: tuple[str, ...]  # citations of the documents the plan implements
    period_code: str
    period_label: str  # "6 tháng đầu năm 2024"
    period_start: date
    period_end: date
    as_of: date  # the day statuses are judged at
    report_date: date  # the date line
    number: str  # "" while a draft
    unit_id: str | None
    unit_name: str
    doc_type: str  # "BÁO CÁO"
    summary: str  # trích yếu
    groups: tuple[GroupBlock, ...]
    targets: tuple[TargetLine, ...]
    counts: Counts
    by_group: tuple[CountRow, ...]
    by_unit: tuple[CountRow, ...]
    narrative: tuple[tuple[str, str], ...] = field(default=())
    not_reported: tuple[str, ...] = ()  # lead units that have sent no update for the period
    cadence_note: str = ""  # said plainly when the plan is not reported by this kind of period
    drafts_counted: bool = False  # unsent drafts counted because the clerk asked
    number_by_eoffice: bool = False  # electronic copy: number and date left for the e-office system

    @property
    def party(self) -> bool:
        return self.settings.is_party

    @property
    def symbol(self) -> str:
        """The settings' report symbol; an overdue list is a notice (TB) instead of a report (BC)."""
        symbol = self.settings.symbol
        if self.kind == "overdue" and symbol.startswith("BC"):
            return "TB" + symbol[2:]
        return symbol

    @property
    def reference(self) -> str:
        """"45/BC-UBND" (a draft: "     /BC-UBND")."""
        return texts.reference(self.number, self.symbol, self.party)

    @property
    def number_line(self) -> str:
        return texts.number_line("" if self.number_by_eoffice else self.number, self.symbol, self.party)

    @property
    def date_line(self) -> str:
        return texts.place_date(self.settings.place, self.report_date, blank=self.number_by_eoffice)

    @property
    def long_date(self) -> str:
        """"ngày 05 tháng 02 năm 2024" (left blank for the e-office system to fill in)."""
        return texts.long_date(self.report_date, blank=self.number_by_eoffice)

    @property
    def own_citation(self) -> str:
        """The plan's citation as its own issuer writes it (without "của <itself>")."""
        suffix = f" của {self.plan_issuer}"
        if self.plan_issuer and self.settings.issuer_name == self.plan_issuer:
            return self.plan_citation.removesuffix(suffix)
        return self.plan_citation

    @property
    def tasks(self) -> tuple[TaskLine, ...]:
        return tuple(t for g in self.groups for t in g.tasks)

    @property
    def sections(self) -> dict[str, str]:
        return dict(self.narrative)

    def section(self, key: str) -> str:
        return self.sections.get(key, "")

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = to_plain(self)
        return result

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReportData:
        result: ReportData = from_plain(cls, dict(data))
        return result


# ---- building ---------------------------------------------------------------------------------


def deadline_text(schedule: Schedule) -> str:
    match schedule.kind:
        case ScheduleKind.ONCE:
            return texts.short_date(schedule.due)
        case ScheduleKind.YEARLY:
            assert schedule.month is not None and schedule.day is not None
            month = f"{schedule.month:02d}" if schedule.month < 3 else str(schedule.month)
            return f"Hằng năm, ngày {schedule.day:02d}/{month}"
    return SCHEDULE_LABELS[schedule.kind]


def plan_citation(plan: PlanInfo, issuer_name: str) -> str:
    text = f"Kế hoạch số {plan.reference}"
    if plan.issued_on:
        text += f" ngày {texts.short_date(plan.issued_on)}"
    if issuer_name:
        text += f" của {issuer_name}"
    return text


def target_spec(t: TargetInfo) -> str:
    low, high = t.target_low, t.target_high
    if low is not None and high is not None and low != high:
        return f"{texts.number_text(low)}–{texts.number_text(high)}"
    value = low if low is not None else high
    if value is None:
        return ""
    sign = {"increase": "≥ ", "decrease": "≤ "}.get(t.direction, "")
    return sign + texts.number_text(value)


def _target_lines(targets: list[TargetInfo], period: Period) -> tuple[TargetLine, ...]:
    lines = []
    for index, t in enumerate(targets, start=1):
        note = next((n for p, _, n in t.values if p == period.code), "")
        lines.append(TargetLine(index, t.name, t.measure, t.baseline, t.baseline_year, target_spec(t),
                                t.target_year, t.value_for(period.code), t.verdict(period.code), note,
                                t.target_low, t.target_high, t.direction))
    return tuple(lines)


def _joined_results(main: ProgressRow | None, others: list[ProgressRow], attr: str) -> str:
    parts = []
    if main is not None and getattr(main, attr):
        parts.append(getattr(main, attr))
    for row in others:
        text = getattr(row, attr)
        if text:
            parts.append(f"{row.unit_name}: {text}")
    return "\n".join(parts)


def review_note(main: ProgressRow | None, mark_unaccepted: bool) -> str:
    """A returned update and an unsent draft (shown, counted only when the clerk asks) are always
    marked; updates not yet accepted when the report asks."""
    if main is None or main.progress_id is None:
        return ""
    if main.review_state == ReviewState.RETURNED:
        return RETURNED_NOTE
    if main.review_state == ReviewState.DRAFT:
        return DRAFT_NOTE
    if mark_unaccepted and main.review_state != ReviewState.ACCEPTED:
        return UNACCEPTED_NOTE
    return ""


def _line(task: TaskInfo, period: Period, as_of: date, main: ProgressRow | None,
          others: list[ProgressRow], role: str = "", mark_unaccepted: bool = False,
          began: date | None = None) -> TaskLine:
    if main is not None:
        due, status, state = main.due, main.report_status, main.deadline_state
    else:  # no unit to report it: judged by its deadline alone (domain/standing.py)
        where = standing(task.schedule, [], period.end, as_of, task.start_on or began)
        due, status, state = where.due, where.status, deadline_state(where.due, as_of)
    return TaskLine(
        task.id, task.number, task.content, task.lead_unit_name, task.coordinating_unit_names,
        deadline_text(task.schedule), due, status,
        _joined_results(main, others, "result"), _joined_results(main, others, "difficulties"),
        _joined_results(main, others, "proposals"), _joined_results(main, others, "references"),
        main.percent if main else None, (main.counted_completed_on or main.completed_on) if main else None,
        task.output, role,
        is_due_soon(state, status), review_note(main, mark_unaccepted))


def _count_rows(lines: Iterable[tuple[str, TaskLine]], order: list[str] | None = None) -> tuple[CountRow, ...]:
    buckets: dict[str, list[ReportStatus]] = {}
    for label, line in lines:
        buckets.setdefault(label, []).append(line.status)
    labels = order if order is not None else sorted(buckets, key=sort_key)
    return tuple(CountRow(label, Counts.of(buckets.get(label, []))) for label in labels if label in buckets)


def summary_for(kind: str, citation_text: str, period_label: str, unit_name: str) -> tuple[str, str]:
    """The document type and trích yếu of each kind of report."""
    if kind == "task_list":
        return "DANH MỤC NHIỆM VỤ", f"Kèm theo {citation_text}"
    if kind == "overdue":
        return "THÔNG BÁO", f"Danh sách nhiệm vụ quá hạn, sắp đến hạn thực hiện {citation_text}"
    return "BÁO CÁO", f"Kết quả thực hiện {citation_text} trong {period_label}"


def build_report_data(db: Database, plan_ref: str, period_code: str, kind: str = "progress",
                      unit_ref: str | None = None, *, as_of: date | None = None,
                      report_date: date | None = None, number: str = "",
                      narrative: Mapping[str, str] | None = None,
                      settings: ReportSettings | None = None, invariant: bool = False,
                      today: date | None = None, mark_unaccepted: bool = False,
                      count_drafts: bool = False) -> ReportData:
    """Compute a report's data. ``invariant`` makes it independent of today's date (tests).

    Statuses follow the one rule of domain/standing.py (docs/standing.md): cumulative to the
    cut-off, sent updates only unless ``count_drafts``; units that have sent nothing for the period
    are named, and a plan not reported by this kind of period says so instead.

    A returned update counts as not done (the rows' status already says so) and its status is
    marked "(bị trả lại)"; ``mark_unaccepted`` also marks updates not yet accepted "(chưa duyệt)".
    """
    from desktop_app.reports.narrative import SECTION_KEYS, draft_sections

    if kind not in KINDS:
        raise ValidationError.one("kind", f"Loại báo cáo không hợp lệ: '{kind}' ({', '.join(KINDS)})")
    plan = get_plan(db, plan_ref)
    period = get_period(db, period_code)
    today = today or date.today()
    with db.read() as session:
        plan_row = get_plan_row(session, plan.id)
        issuer = plan_row.issuer_unit
        unit = resolve_unit(session, unit_ref) if unit_ref else None
        if kind == "unit" and unit is None:
            raise ValidationError.one("unit", "Báo cáo của đơn vị cần chọn đơn vị (--unit)")
        # a period after the issuer's dissolution: its successor reports, with its own settings
        signing_unit = unit if kind == "unit" else reporting_issuer(session, plan_row, period.end)
        if settings is None:
            settings = settings_for(session, signing_unit)
        issuer_settings = settings_for(session, issuer) if issuer is not None else None
        unit_id, unit_name = (unit.id, unit.name) if unit is not None else (None, "")
    issuer_name = (issuer_settings.issuer_name if issuer_settings else "") or plan.issuer_name
    if as_of is None:
        as_of = period.end if invariant else min(period.end, today)
    if report_date is None:
        report_date = period.deadline_on(plan.deadline_offset_days) if invariant else today

    # the plan as it stood in the period (amendments: services/revisions.py)
    tasks = period_task_infos(db, plan.id, period.start, report_day(period.start, period.end, as_of))
    rows = period_rows(db, plan.id, period.code, as_of=as_of, unit_id=unit_id if kind == "overdue" else None,
                       include_coordinators=kind == "unit", count_drafts=count_drafts)
    by_task: dict[str, list[ProgressRow]] = {}
    for row in rows:
        by_task.setdefault(row.task_id, []).append(row)

    groups: list[GroupBlock] = []
    if kind == "overdue":
        per_unit: dict[str, list[TaskLine]] = {}
        for task in tasks:
            for row in by_task.get(task.id, []):
                if not row.is_lead and task.lead_unit_id is not None:
                    continue
                line = _line(task, period, as_of, row, [], mark_unaccepted=mark_unaccepted)
                if line.status == ReportStatus.OVERDUE or line.due_soon:
                    per_unit.setdefault(row.unit_name, []).append(line)
            if task.lead_unit_id is None and not by_task.get(task.id) and unit_id is None:
                line = _line(task, period, as_of, None, [], began=plan.issued_on)
                if line.status == ReportStatus.OVERDUE or line.due_soon:
                    per_unit.setdefault(NO_LEAD, []).append(line)
        for index, name in enumerate(sorted(per_unit, key=sort_key), start=1):
            groups.append(GroupBlock(str(index), name, tuple(per_unit[name])))
    else:
        titles = {g.id: g for g in list_groups(db, plan.id)}
        lines_of: dict[str, list[TaskLine]] = {g: [] for g in titles}
        for task in tasks:
            task_rows = by_task.get(task.id, [])
            if kind == "unit":
                mine = [r for r in task_rows if r.unit_id == unit_id]
                if not mine:
                    continue
                role = "Chủ trì" if mine[0].is_lead else "Phối hợp"
                main: ProgressRow | None = mine[0]
                if not mine[0].is_lead and mine[0].progress_id is None:
                    # a coordinator that reported nothing shows the task as its lead unit reported it
                    main = next((r for r in task_rows if r.is_lead), mine[0])
                others: list[ProgressRow] = []
            else:
                main = next((r for r in task_rows if r.is_lead), task_rows[0] if task_rows else None)
                others = [r for r in task_rows if r is not main]
                role = ""
            lines_of[task.group_id].append(_line(task, period, as_of, main, others, role, mark_unaccepted,
                                                 plan.issued_on))
        for group_id, group in titles.items():
            if lines_of[group_id] or kind != "unit":
                groups.append(GroupBlock(group.number, group.title, tuple(lines_of[group_id])))

    all_lines = [t for g in groups for t in g.tasks]
    counts = Counts.of(t.status for t in all_lines)
    listed = {t.task_id for t in all_lines}
    expected = {r.unit_name for r in rows if r.is_lead and r.task_id in listed}
    if kind in ("progress", "appendix"):  # the xã, phường told to take part report to the province too
        expected |= expected_communes(db, [t for t in tasks if t.id in listed])
    reported = {r.unit_name for r in rows if r.counted and r.task_id in listed}
    note = cadence_note(db, plan.id, period)
    not_reported = tuple(sorted(expected - reported, key=sort_key)) \
        if kind in ("progress", "appendix") and not note else ()
    by_group = tuple(CountRow(g.title, g.counts) for g in groups)
    by_unit = _count_rows((t.lead_unit or NO_LEAD, t) for t in all_lines)
    targets = _target_lines(list_targets(db, plan.id), period) if kind in ("progress", "unit") else ()

    citation_text = plan_citation(plan, issuer_name)
    own = bool(issuer_name) and settings.issuer_name == issuer_name
    doc_type, summary = summary_for(kind, plan_citation(plan, "" if own else issuer_name), period.label,
                                    unit_name)
    data = ReportData(
        kind=kind, settings=settings, plan_id=plan.id, plan_reference=plan.reference,
        plan_issued_on=plan.issued_on, plan_title=plan.title, plan_issuer=issuer_name,
        plan_citation=citation_text, implements=tuple(d.cite(texts.short_date) for d in plan.implements),
        period_code=period.code, period_label=period.label, period_start=period.start,
        period_end=period.end, as_of=as_of, report_date=report_date, number=number or "",
        unit_id=unit_id, unit_name=unit_name, doc_type=doc_type, summary=summary,
        groups=tuple(groups), targets=targets, counts=counts, by_group=by_group, by_unit=by_unit,
        not_reported=not_reported, cadence_note=note, drafts_counted=count_drafts)
    sections = draft_sections(data)
    for key, text in (narrative or {}).items():
        if key not in SECTION_KEYS:
            raise ValidationError.one(f"narrative.{key}", "Không có mục này trong báo cáo")
        sections[key] = texts.nfc(text).strip()
    if sections.get("trich_yeu"):
        data = replace(data, summary=sections["trich_yeu"])
    return replace(data, narrative=tuple((k, sections.get(k, "")) for k in SECTION_KEYS))
