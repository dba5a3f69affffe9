"""``plantrack report``: a report as PDF or DOCX; ``plantrack issue-report``: issue (freeze) one."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import EXIT_OK, Commands, Context, parse_date
from desktop_app.reports.api import generate
from desktop_app.reports.data import KINDS
from desktop_app.reports.issue import issue_report, reopen
from desktop_app.services.files import write_bytes

KIND_HELP = ("progress = báo cáo kết quả; appendix = phụ lục; task_list = danh mục nhiệm vụ; "
             "overdue = nhiệm vụ quá hạn / sắp đến hạn; unit = báo cáo của một đơn vị (cần --unit)")
DRAFTS_HELP = "tính cả các bản cập nhật đơn vị chưa gửi (mặc định chỉ tính bản đã gửi)"
MARK_HELP = "ghi «(chưa duyệt)» sau các bản cập nhật chưa được duyệt (bản bị trả lại luôn được ghi chú)"


def register(commands: Commands) -> None:
    p = commands.add("report", "tạo báo cáo (PDF hoặc DOCX theo đuôi tệp)", run_report)
    p.add_argument("--plan", required=True, metavar="KẾ-HOẠCH", help="mã hoặc số/ký hiệu, ví dụ 137/KH-UBND")
    p.add_argument("--period", required=True, metavar="KỲ", help="ví dụ 2024-H1, 2024-Q2, 2024-Y")
    p.add_argument("--type", dest="kind", default="progress", choices=KINDS, help=KIND_HELP)
    p.add_argument("--unit", metavar="ĐƠN-VỊ", help="đơn vị (mã, tên hoặc id)")
    p.add_argument("--number", default="", metavar="SỐ", help="số của báo cáo, ví dụ 45")
    p.add_argument("--date", type=parse_date, metavar="NGÀY", help="ngày ký, ví dụ 05/02/2025")
    p.add_argument("--invariant", action="store_true", help="tệp giống hệt nhau với cùng dữ liệu (dùng để kiểm thử)")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP", help="tệp .pdf hoặc .docx")
    p.add_argument("--mark-unaccepted", action="store_true", help=MARK_HELP)
    p.add_argument("--count-drafts", action="store_true", help=DRAFTS_HELP)
    p = commands.add("issue-report", "ban hành báo cáo: lưu cố định số, ngày, dữ liệu và tệp PDF", run_issue)
    p.add_argument("--plan", required=True, metavar="KẾ-HOẠCH")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--type", dest="kind", default="progress", choices=KINDS, help=KIND_HELP)
    p.add_argument("--unit", metavar="ĐƠN-VỊ")
    p.add_argument("--number", required=True, metavar="SỐ")
    p.add_argument("--date", required=True, type=parse_date, metavar="NGÀY")
    p.add_argument("--out", type=Path, metavar="TỆP", help="cũng ghi bản PDF đã ban hành ra tệp này")
    p.add_argument("--mark-unaccepted", action="store_true", help=MARK_HELP)
    p.add_argument("--count-drafts", action="store_true", help=DRAFTS_HELP)


def run_report(args: argparse.Namespace, ctx: Context) -> int:
    content = generate(ctx.db, args.plan, args.period, args.kind, args.unit, out=args.out, number=args.number,
                       report_date=args.date, invariant=args.invariant, mark_unaccepted=args.mark_unaccepted,
                       count_drafts=args.count_drafts)
    print(f"Đã ghi {args.out} ({len(content) // 1024 + 1} KB)")
    return EXIT_OK


def run_issue(args: argparse.Namespace, ctx: Context) -> int:
    issued = issue_report(ctx.db, args.plan, args.period, args.number, args.date, kind=args.kind,
                          unit_ref=args.unit, mark_unaccepted=args.mark_unaccepted,
                          count_drafts=args.count_drafts)
    print(f"Đã ban hành báo cáo số {args.number} ngày {args.date:%d/%m/%Y} (mã {issued.id}).")
    if args.out:
        write_bytes(args.out, reopen(ctx.db, issued.id, "pdf"), ".tmp")
        print(f"Đã ghi {args.out}")
    return EXIT_OK
