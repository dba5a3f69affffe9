"""``plantrack units``: the unit hierarchy as an indented tree."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, Commands, Context
from desktop_app.domain.kinds import UNIT_KIND_LABELS, UnitKind
from desktop_app.services.errors import NotFound
from desktop_app.services.units import UnitInfo, list_units


def register(commands: Commands) -> None:
    parser = commands.add("units", "liệt kê các đơn vị theo cấp", run)
    parser.add_argument("--active", action="store_true", help="chỉ các đơn vị đang hoạt động")
    parser.add_argument("--code", metavar="MÃ", help="chỉ đơn vị có mã này (mã hành chính, ví dụ 00004, "
                                                      "hoặc mã tự đặt) và các đơn vị thuộc nó")


def _kind(kind: str) -> str:
    try:
        return UNIT_KIND_LABELS[UnitKind(kind)]
    except ValueError:
        return kind


def _line(unit: UnitInfo) -> str:
    code = f"[{unit.official_code or unit.code}] " if unit.official_code or unit.code else ""
    status = "" if unit.active else " (ngừng hoạt động)"
    if unit.dissolved_on is not None:
        status = f" (giải thể từ {unit.dissolved_on:%d/%m/%Y})"
    return f"{code}{unit.name} — {_kind(unit.kind)}{status}"


def run(args: argparse.Namespace, ctx: Context) -> int:
    found = list_units(ctx.db, include_inactive=not args.active)  # already in Vietnamese order
    if args.code is not None:
        return _by_code(found, args.code.strip())
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
            print(f"{'  ' * depth}{_line(unit)}")
            show(unit.id, depth + 1)

    show(None, 0)
    print(f"Tổng số: {len(found)} đơn vị")
    return EXIT_OK


def _by_code(found: list[UnitInfo], code: str) -> int:
    """The unit with this official (or own) code, its province, and the units under it."""
    matches = [u for u in found if u.official_code == code] or [u for u in found if u.code == code]
    if not matches:
        raise NotFound(f"Không có đơn vị mã '{code}' (nạp danh mục: plantrack directory load --province …)")
    by_id = {u.id: u for u in found}
    for unit in matches:
        parent = by_id.get(unit.parent_id or "")
        print(_line(unit) + (f", thuộc {parent.name}" if parent else ""))
        under = [u for u in found if u.parent_id == unit.id]
        for child in under:
            print(f"  {_line(child)}")
    return EXIT_OK
