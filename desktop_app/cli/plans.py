"""``plantrack plans``: the plans in the database."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, Commands, Context, fmt_date, short, table
from desktop_app.services.plans import list_plans


def register(commands: Commands) -> None:
    commands.add("plans", "liệt kê các kế hoạch", run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    found = list_plans(ctx.db)
    if not found:
        print("Chưa có kế hoạch nào (tạo dữ liệu mẫu bằng 'plantrack demo').")
        return EXIT_OK
    rows = [[p.reference, fmt_date(p.issued_on), p.issuer_name, str(p.task_count),
             f"{p.start_year or ''}–{p.end_year or ''}", short(p.title, 80)] for p in found]
    for line in table(rows, ["Số, ký hiệu", "Ngày", "Cơ quan ban hành", "Nhiệm vụ", "Giai đoạn", "Trích yếu"]):
        print(line)
    return EXIT_OK
