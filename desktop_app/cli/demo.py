"""``plantrack demo``: fill an empty database with the demo plans of Ba Đình and Thanh Xuân."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, Commands, Context, parse_date
from desktop_app.services.demo import create_demo


def register(commands: Commands) -> None:
    parser = commands.add("demo", "tạo dữ liệu mẫu (hai kế hoạch thực hiện Nghị quyết 45-NQ/TW) trong cơ sở "
                                  "dữ liệu trống", run)
    parser.add_argument("--seed", type=int, default=2024, help="hạt giống ngẫu nhiên (mặc định 2024)")
    parser.add_argument("--today", type=parse_date, metavar="NGÀY",
                        help="coi hôm nay là ngày này (dd/mm/yyyy); mặc định: hôm nay")
    parser.add_argument("--two-level", action="store_true",
                        help="tiếp tục câu chuyện sau 01/7/2025: giải thể quận, giao nhiệm vụ cho các phường kế "
                             "thừa, kế hoạch 2026 của UBND phường Ba Đình, Sở nhận báo cáo của 120 xã, phường")


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.two_level:
        from desktop_app.exchange.demo_two_level import create_two_level_demo

        summary = create_two_level_demo(ctx.db, today=args.today, seed=args.seed)
    else:
        summary = create_demo(ctx.db, today=args.today, seed=args.seed)
    for line in summary.lines():
        print(line)
    print(f"Cơ sở dữ liệu: {ctx.location}")
    return EXIT_OK
