"""Review of progress updates from the command line:

- ``plantrack review --plan REF --period CODE [--unit REF]``: completeness per unit (expected,
  received, on time, accepted) and each unit's rows by review state;
- ``plantrack submit|accept|return --plan REF --period CODE --unit REF [--task 1.2 …]
  [--reason TEXT]``: one unit's updates (all of them, or the numbered tasks) in one step.
"""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context, fmt_date, short, table
from desktop_app.domain.review import NOT_REPORTED, NOT_REPORTED_LABEL, REVIEW_LABELS, ReviewState
from desktop_app.services import review
from desktop_app.services.periods import get_period
from desktop_app.services.plans import get_plan
from desktop_app.services.progress import ProgressRow, period_rows
from desktop_app.services.units import resolve_unit

STATE_ORDER = (NOT_REPORTED, ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.ACCEPTED, ReviewState.RETURNED)


def _label(state: str) -> str:
    return NOT_REPORTED_LABEL if state == NOT_REPORTED else REVIEW_LABELS[ReviewState(state)]


def _common(parser: argparse.ArgumentParser, unit_required: bool) -> None:
    parser.add_argument("--plan", required=True, metavar="KẾ-HOẠCH", help="mã hoặc số, ký hiệu kế hoạch")
    parser.add_argument("--period", required=True, metavar="KỲ", help="mã kỳ: 2024-Q2, 2024-H1, 2024-Y …")
    parser.add_argument("--unit", required=unit_required, metavar="ĐƠN-VỊ", help="mã, ký hiệu hoặc tên đơn vị")


def register(commands: Commands) -> None:
    parser = commands.add("review", "tình hình nhận, duyệt báo cáo của các đơn vị trong một kỳ", run_review)
    _common(parser, False)
    for name, help_text, run in (
            ("submit", "đơn vị gửi các bản cập nhật tiến độ lên cơ quan tổng hợp", run_submit),
            ("accept", "cơ quan tổng hợp duyệt các bản cập nhật của một đơn vị", run_accept),
            ("return", "cơ quan tổng hợp trả lại các bản cập nhật của một đơn vị, kèm lý do", run_return)):
        parser = commands.add(name, help_text, run)
        _common(parser, True)
        parser.add_argument("--task", action="append", metavar="STT",
                            help="chỉ nhiệm vụ số này (ví dụ 1.2); lặp lại được; mặc định: mọi nhiệm vụ của đơn vị")
        if name == "return":
            parser.add_argument("--reason", required=True, metavar="LÝ-DO", help="lý do trả lại")
        if name == "accept":
            parser.add_argument("--include-drafts", action="store_true",
                                help="duyệt cả bản chưa gửi (bản cơ quan tổng hợp tự nhập)")


def _percent(share: float | None) -> str:
    return "" if share is None else f"{round(share * 100)}%"


def run_review(args: argparse.Namespace, ctx: Context) -> int:
    plan = get_plan(ctx.db, args.plan)
    period = get_period(ctx.db, args.period)
    unit_id = None
    if args.unit:
        with ctx.db.read() as session:
            unit_id = resolve_unit(session, args.unit).id
    result = review.completeness(ctx.db, plan.id, period.code, unit_id=unit_id)
    print(f"{plan.label} — {period.label}; hạn gửi báo cáo {fmt_date(result.deadline)}")
    lines = []
    for unit in (*result.units, result.total):
        lines.append([short(unit.unit_name, 40), str(unit.expected),
                      f"{unit.received} {_percent(unit.received_share)}".strip(),
                      f"{unit.on_time} {_percent(unit.on_time_share)}".strip(),
                      f"{unit.accepted} {_percent(unit.accepted_share)}".strip(),
                      *(str(unit.count(s)) for s in STATE_ORDER)])
    for line in table(lines, ["Đơn vị", "Phải BC", "Đã nhận", "Đúng hạn", "Đã duyệt",
                              *(_label(s) for s in STATE_ORDER)]):
        print(line)
    if unit_id is not None:
        print()
        rows = [[r.task_number, short(r.task_content, 50), _label(review.row_state(r)), short(r.review_reason, 50)]
                for r in result.rows]
        for line in table(rows, ["STT", "Nhiệm vụ", "Duyệt", "Lý do trả lại"]):
            print(line)
    return EXIT_OK


def _selected(args: argparse.Namespace, ctx: Context) -> list[ProgressRow]:
    plan = get_plan(ctx.db, args.plan)
    period = get_period(ctx.db, args.period)
    with ctx.db.read() as session:
        unit = resolve_unit(session, args.unit)
        unit_id, unit_name = unit.id, unit.name
    rows = [r for r in period_rows(ctx.db, plan.id, period.code, unit_id=unit_id, include_coordinators=True)
            if r.progress_id is not None]
    if args.task:
        known = {r.task_number for r in rows}
        missing = [n for n in args.task if n not in known]
        if missing:
            raise CliError(f"{unit_name} không có bản cập nhật cho nhiệm vụ {', '.join(missing)} trong kỳ này")
        rows = [r for r in rows if r.task_number in set(args.task)]
    if not rows:
        raise CliError(f"{unit_name} chưa có bản cập nhật tiến độ nào trong kỳ {period.code}")
    return rows


def _versions(rows: list[ProgressRow]) -> dict[str, int]:
    return {r.progress_id: r.version for r in rows if r.progress_id is not None and r.version is not None}


def run_submit(args: argparse.Namespace, ctx: Context) -> int:
    rows = [r for r in _selected(args, ctx) if args.task or r.review_state != ReviewState.RETURNED]
    outcome = review.submit(ctx.db, [r.progress_id or "" for r in rows], expected_versions=_versions(rows))
    print(outcome.line("gửi"))
    return EXIT_OK


def run_accept(args: argparse.Namespace, ctx: Context) -> int:
    rows = _selected(args, ctx)
    if not args.task and not args.include_drafts:
        rows = [r for r in rows if r.review_state != ReviewState.DRAFT]
        if not rows:
            raise CliError("Đơn vị chưa gửi bản cập nhật nào; dùng --include-drafts để duyệt bản chưa gửi")
    outcome = review.accept(ctx.db, [r.progress_id or "" for r in rows], expected_versions=_versions(rows))
    print(outcome.line("duyệt"))
    return EXIT_OK


def run_return(args: argparse.Namespace, ctx: Context) -> int:
    rows = _selected(args, ctx)
    outcome = review.return_(ctx.db, [r.progress_id or "" for r in rows], args.reason,
                             expected_versions=_versions(rows))
    print(outcome.line("trả lại"))
    return EXIT_OK
