"""``plantrack check``: schema revision, integrity, foreign keys, the audit chain and what it says."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import EXIT_OK, EXIT_PROBLEMS, Commands, Context
from desktop_app.services.maintenance import check, rebuild_search_index


def register(commands: Commands) -> None:
    parser = commands.add("check", "kiểm tra cơ sở dữ liệu (phiên bản, toàn vẹn, nhật ký thay đổi)", run)
    parser.add_argument("--repair", action="store_true", help="dựng lại chỉ mục tìm kiếm trước khi kiểm tra")
    parser.add_argument("--against", metavar="TỆP", action="append", default=[],
                        help="đối chiếu nhật ký với dấu ghi trong một bản sao lưu, tệp xuất hoặc gói đã gửi")


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.repair:
        rebuild_search_index(ctx.db)
        print("Đã dựng lại chỉ mục tìm kiếm.")
    report = check(ctx.db, [Path(p) for p in args.against])
    print(f"Cơ sở dữ liệu: {ctx.location}")
    print(f"Phiên bản lược đồ: {report.revision} (mới nhất: {report.head})")
    if report.ok:
        print("Không phát hiện lỗi.")
        return EXIT_OK
    print(f"Phát hiện {len(report.problems)} lỗi:")
    for problem in report.problems:
        print(f"  - {problem}")
    return EXIT_PROBLEMS
