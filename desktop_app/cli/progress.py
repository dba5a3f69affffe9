"""``plantrack progress --plan REF --period CODE``: the period grid with the derived status."""

from __future__ import annotations

import argparse
from collections import Counter

from desktop_app.cli.base import EXIT_OK, Commands, Context, fmt_date, parse_date, short, table
from desktop_app.domain.status import REPORT_LABELS, ReportStatus
from desktop_app.services.periods import cadence_note, get_period
from desktop_app.services.plans import get_plan
from desktop_app.services.progress import period_rows
from desktop_app.services.standing import task_standings


def register(commands: Commands) -> None:
    parser = commands.add("progress", "bảng tiến độ của một kế hoạch trong một kỳ báo cáo", run)
    parser.add_argument("--plan", required=True, metavar="KẾ-HOẠCH", help="mã hoặc số, ký hiệu kế hoạch")
    parser.add_argument("--period", required=True, metavar="KỲ", help="mã kỳ: 2024-Q2, 2024-H1, 2024-Y …")
    parser.add_argument("--as-of", type=parse_date, metavar="NGÀY",
                        help="xét hạn tại ngày này (mặc định: ngày chốt số liệu của kỳ, hoặc hôm nay)")
    parser.add_argument("--all-units", action="store_true", help="cả các đơn vị phối hợp")
    parser.add_argument("--count-drafts", action="store_true",
                        help="tính cả các bản cập nhật đơn vị chưa gửi (mặc định chỉ tính bản đã gửi)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    plan = get_plan(ctx.db, args.plan)
    period = get_period(ctx.db, args.period)
    rows = period_rows(ctx.db, plan.id, period.code, as_of=args.as_of,
                       include_coordinators=args.all_units, count_drafts=args.count_drafts)
    print(f"{plan.label} — {period.label} ({fmt_date(period.start)} – {fmt_date(period.end)})")
    lines = [[r.task_number, short(r.unit_name, 30), REPORT_LABELS[r.report_status], fmt_date(r.due),
              fmt_date(r.counted_completed_on or r.completed_on), f"{r.percent}%" if r.percent is not None else "",
              short(r.result, 70)] for r in rows]
    for line in table(lines, ["STT", "Đơn vị", "Tình trạng", "Hạn", "Hoàn thành", "%", "Kết quả"]):
        print(line)
    # one count per task, its lead unit's standing (other units' rows are shown, never counted)
    standings = task_standings(ctx.db, plan.id, period.code, args.as_of, rows=rows)
    counts = Counter(line.status for line in standings)
    note = cadence_note(ctx.db, plan.id, period)
    if note:
        print()
        print(note)
    print()
    print(f"Tổng: {len(standings)} nhiệm vụ ({len(rows)} nội dung); " + ", ".join(
        f"{REPORT_LABELS[s].lower()} {counts[s]}" for s in ReportStatus if counts[s]))
    return EXIT_OK
