"""``plantrack directory``: the national directory of units (vietnam-provinces) — load a province
and its communes (or all), set up "my commune" / "my province" with its usual bodies."""

from __future__ import annotations

import argparse
from typing import cast

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context, Parser
from desktop_app.services import directory, local_bodies


def register(commands: Commands) -> None:
    parser = commands.add("directory", "danh mục đơn vị hành chính (34 tỉnh, thành phố; 3.321 xã, phường, "
                                       "đặc khu — QĐ 19/2025/QĐ-TTg)", run)
    actions = parser.add_subparsers(dest="action", metavar="VIỆC", title="các việc", required=True,
                                    parser_class=Parser)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, help=help_text, description=help_text,
                                  parents=[cast(Parser, commands.common)])

    sub = action("load", "nạp vào danh sách đơn vị một tỉnh, thành phố và các xã, phường của nó (hoặc tất cả)")
    which = sub.add_mutually_exclusive_group(required=True)
    which.add_argument("--province", metavar="MÃ-TỈNH", help="mã tỉnh, thành phố, ví dụ 01 (Hà Nội)")
    which.add_argument("--all", action="store_true", help="cả 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu")
    sub = action("setup", "đơn vị của tôi: nạp xã, phường (hoặc tỉnh) từ danh mục và tạo UBND, Đảng ủy, "
                          "các phòng (hoặc các Sở) làm đơn vị")
    sub.add_argument("--code", required=True, metavar="MÃ",
                     help="mã xã, phường, đặc khu (5 chữ số, ví dụ 00004) hoặc mã tỉnh (2 chữ số)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.action == "load":
        result = directory.load_directory(ctx.db, None if args.all else args.province)
        print(f"Danh mục {directory.PACKAGE} {directory.package_version()}: {result.total} đơn vị — "
              f"thêm mới {result.added}, cập nhật {result.updated}, không đổi {result.unchanged}.")
        return EXIT_OK
    if args.action == "setup":
        created = local_bodies.setup_commune(ctx.db, args.code)
        item = directory.entry(args.code)
        print(f"{item.name} (mã {item.code}): {len(created)} đơn vị")
        for unit in created:
            print(f"  {unit.name}")
        return EXIT_OK
    raise CliError(f"Không rõ việc '{args.action}'")
