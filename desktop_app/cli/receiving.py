"""``plantrack received --plan P --period Q``: who has sent the period's progress (sent, sent late,
returned, not sent, late) — the table of an office that receives ~100 communes at once."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, Commands, Context, fmt_date, table
from desktop_app.services.receiving import SEND_STATE_LABELS, SendState, sending_table


def register(commands: Commands) -> None:
    parser = commands.add("received", "bảng theo dõi tiếp nhận báo cáo một kỳ: đơn vị đã gửi, gửi muộn, bị trả "
                                      "lại, chưa gửi", run)
    parser.add_argument("--plan", required=True, metavar="KẾ-HOẠCH", help="mã hoặc số, ký hiệu kế hoạch")
    parser.add_argument("--period", required=True, metavar="KỲ", help="kỳ báo cáo, ví dụ 2026-Q1")
    parser.add_argument("--missing", action="store_true", help="chỉ các đơn vị chưa gửi")


def run(args: argparse.Namespace, ctx: Context) -> int:
    sheet = sending_table(ctx.db, args.plan, args.period)
    units = [u for u in sheet.units if not args.missing or u.state in (SendState.WAITING, SendState.LATE)]
    rows = [[u.official_code, u.unit_name, u.label, fmt_date(u.sent_on) if u.sent_on else "",
             f"{u.sent}/{u.expected}" + (f", trả lại {u.returned}" if u.returned else "")] for u in units]
    for line in table(rows, ["Mã", "Đơn vị", "Tình trạng", "Ngày nhận", "Bản cập nhật"]):
        print(line)
    counts = ", ".join(f"{label.lower()} {sheet.count(state)}" for state, label in SEND_STATE_LABELS.items()
                       if sheet.count(state))
    print(f"Kỳ {sheet.period}, hạn gửi {fmt_date(sheet.deadline)}: {len(sheet.units)} đơn vị — {counts}.")
    return EXIT_OK
