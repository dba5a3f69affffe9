"""``plantrack periods YEAR``: the standard reporting periods of a year (Nghị định 09/2019/NĐ-CP)."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context, fmt_date, table
from desktop_app.domain.periods import DEFAULT_DEADLINE_OFFSET_DAYS, periods_of_year


def register(commands: Commands) -> None:
    parser = commands.add("periods", "các kỳ báo cáo của một năm: mã, tên, thời gian chốt số liệu, hạn gửi", run)
    parser.add_argument("year", type=int, metavar="NĂM")
    parser.add_argument("--offset", type=int, default=DEFAULT_DEADLINE_OFFSET_DAYS, metavar="N",
                        help=f"hạn gửi = ngày chốt số liệu + N ngày, tránh ngày nghỉ (mặc định "
                             f"{DEFAULT_DEADLINE_OFFSET_DAYS})")
    parser.add_argument("--nine-months", action="store_true", help="thêm kỳ 9 tháng")


def run(args: argparse.Namespace, ctx: Context) -> int:
    if not 1900 <= args.year <= 2200:
        raise CliError(f"Năm {args.year} không hợp lệ (từ 1900 đến 2200)")
    if not 1 <= args.offset <= 60:
        raise CliError(f"Tham số --offset phải từ 1 đến 60 ngày, không phải {args.offset}")
    rows = [[p.code, p.label, f"{fmt_date(p.start)} – {fmt_date(p.end)}", fmt_date(p.deadline_on(args.offset))]
            for p in periods_of_year(args.year, include_nine_months=args.nine_months)]
    for line in table(rows, ["Mã", "Kỳ", "Thời gian chốt số liệu", "Hạn gửi"]):
        print(line)
    return EXIT_OK
