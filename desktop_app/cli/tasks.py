"""``plantrack tasks --plan REF``: a plan's tasks, numbered group by group."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, Commands, Context
from desktop_app.services.plans import get_plan
from desktop_app.services.tasks import list_groups, list_tasks


def register(commands: Commands) -> None:
    parser = commands.add("tasks", "liệt kê nhiệm vụ của một kế hoạch, có đánh số", run)
    parser.add_argument("--plan", required=True, metavar="KẾ-HOẠCH",
                        help="mã hoặc số, ký hiệu kế hoạch (ví dụ 215/KH-UBND)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    plan = get_plan(ctx.db, args.plan)
    print(f"{plan.label} — {plan.issuer_name}".rstrip(" —"))
    tasks = list_tasks(ctx.db, plan.id)
    for group in list_groups(ctx.db, plan.id):
        print()
        print(f"{group.number}. {group.title}")
        for task in (t for t in tasks if t.group_id == group.id):
            print(f"  {task.number}. {task.content}")
            details = [f"Chủ trì: {task.lead_unit_name or '(chưa giao)'}"]
            if task.coordinating_unit_names:
                details.append("Phối hợp: " + ", ".join(task.coordinating_unit_names))
            details.append(f"Thời hạn: {task.schedule.label}")
            if task.output:
                details.append(f"Sản phẩm: {task.output}")
            for detail in details:
                print(f"       {detail}")
    print()
    print(f"Tổng số: {len(tasks)} nhiệm vụ"
          + (f", {sum(t.incomplete for t in tasks)} chưa có đơn vị chủ trì" if any(t.incomplete for t in tasks)
             else ""))
    return EXIT_OK
