"""``plantrack units``: the unit hierarchy as an indented tree."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, Commands, Context
from desktop_app.domain.kinds import UNIT_KIND_LABELS, UnitKind
from desktop_app.services.units import UnitInfo, list_units


def register(commands: Commands) -> None:
    parser = commands.add("units", "liệt kê các đơn vị theo cấp", run)
    parser.add_argument("--active", action="store_true", help="chỉ các đơn vị đang hoạt động")


def _kind(kind: str) -> str:
    try:
        return UNIT_KIND_LABELS[UnitKind(kind)]
    except ValueError:
        return kind


def run(args: argparse.Namespace, ctx: Context) -> int:
    found = list_units(ctx.db, include_inactive=not args.active)  # already in Vietnamese order
    if not found:
        print("Chưa có đơn vị nào.")
        return EXIT_OK
    ids = {u.id for u in found}
    children: dict[str | None, list[UnitInfo]] = {}
    for unit in found:
        parent = unit.parent_id if unit.parent_id in ids else None
        children.setdefault(parent, []).append(unit)

    def show(parent: str | None, depth: int) -> None:
        for unit in children.get(parent, []):
            code = f"[{unit.code}] " if unit.code else ""
            status = "" if unit.active else " (ngừng hoạt động)"
            print(f"{'  ' * depth}{code}{unit.name} — {_kind(unit.kind)}{status}")
            show(unit.id, depth + 1)

    show(None, 0)
    print(f"Tổng số: {len(found)} đơn vị")
    return EXIT_OK
