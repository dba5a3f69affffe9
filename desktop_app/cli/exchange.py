"""``plantrack import FILE…``, ``plantrack export FILE [--plan REF | --unit REF --period CODE]``,
``plantrack send-plan``: the JSON exchange format and the packages between the levels (a plan sent
down to the communes or offices that carry it out, their progress sent up to the issuing body)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop_app.cli.base import EXIT_ERROR, EXIT_OK, CliError, Commands, Context

EXPORT_LABELS = {"units": "đơn vị", "documents": "văn bản", "plans": "kế hoạch", "groups": "nhóm nhiệm vụ",
                 "task_groups": "nhóm nhiệm vụ", "tasks": "nhiệm vụ", "targets": "chỉ tiêu",
                 "target_values": "giá trị chỉ tiêu", "progress": "bản ghi tiến độ",
                 "adhoc_periods": "kỳ báo cáo đột xuất"}


def register(commands: Commands) -> None:
    importer = commands.add("import", "nhập tệp trao đổi (.json) hoặc gói tiến độ, gói kế hoạch (.zip); nhiều tệp "
                                      "một lúc", run_import)
    importer.add_argument("files", nargs="+", metavar="TỆP")
    importer.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì (tệp .json)")
    importer.add_argument("--resolve", choices=("theirs", "mine"),
                          help="khi có xung đột: theirs = lấy bản trong tệp, mine = giữ bản ở đây")
    exporter = commands.add("export", "xuất dữ liệu ra tệp trao đổi (.json); với --unit và --period: gói tiến độ "
                                      "của đơn vị trong kỳ để gửi báo cáo lên cơ quan ban hành kế hoạch (.zip)",
                            run_export)
    exporter.add_argument("file", metavar="TỆP")
    exporter.add_argument("--plan", metavar="KẾ-HOẠCH", help="chỉ xuất một kế hoạch (mã hoặc số, ký hiệu)")
    exporter.add_argument("--unit", metavar="ĐƠN-VỊ", help="gói tiến độ của đơn vị này (cần --period)")
    exporter.add_argument("--period", metavar="KỲ", help="kỳ báo cáo của gói tiến độ, ví dụ 2025-Q4")
    sender = commands.add("send-plan", "đóng gói một kế hoạch để gửi xuống các đơn vị thực hiện (các xã, phường; "
                                       "các phòng, ban) (.zip)", run_send_plan)
    sender.add_argument("file", metavar="TỆP")
    sender.add_argument("--plan", required=True, metavar="KẾ-HOẠCH")


def _module(name: str) -> ModuleType:
    """The exchange module, imported only when used (it may be missing from a partial build)."""
    try:
        return __import__(f"desktop_app.exchange.{name}", fromlist=["_"])
    except ImportError as exc:
        if exc.name and exc.name.startswith("desktop_app.exchange"):
            raise CliError("Bản chương trình này chưa có chức năng nhập/xuất dữ liệu") from exc
        raise


def _package_kind(path: Path) -> str:
    """"unit-progress", "plan" or "json" (an ordinary exchange document)."""
    if path.read_bytes()[:2] != b"PK":
        return "json"
    package = _module("package")
    manifest, _ = package.read_package(path)
    return str((manifest or {}).get("kind", "json"))


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    paths = [Path(f) for f in args.files]
    for path in paths:
        if not path.is_file():
            raise CliError(f"Không tìm thấy tệp '{path}'" if not path.exists() else f"'{path}' không phải là tệp")
    refused = 0
    for index, path in enumerate(paths, start=1):
        kind = _package_kind(path)
        if kind == "unit-progress":
            if len(paths) > 1:
                print(f"[{index}/{len(paths)}] ", end="")
            refused += _receive_progress(ctx, path, args.resolve)
        elif kind == "plan":
            plan_ids = _module("package").receive_plan(ctx.db, path)
            print(f"{path.name}: đã nhận {len(plan_ids)} kế hoạch (chỉ cập nhật tiến độ, không sửa nội dung)")
        else:
            importer = _module("importer")
            options: dict[str, Any] = {"dry_run": True} if args.dry_run else {}
            summary = importer.import_file(ctx.db, path, **options)
            if len(paths) > 1:
                print(f"{path.name}:")
            for line in summary.lines():
                print(line)
    return EXIT_OK if not refused else EXIT_ERROR


def _receive_progress(ctx: Context, path: Path, resolve: str | None) -> int:
    package = _module("package")
    result = package.receive_progress(ctx.db, path)
    print(result.line())
    for conflict in result.conflicts:
        print(f"  Xung đột: nhiệm vụ {conflict.task_number}, {conflict.unit_name}, kỳ {conflict.period}")
        for label, mine, theirs in conflict.differences:
            print(f"    {label}: ở đây «{mine if mine is not None else ''}» — trong tệp «{theirs or ''}»")
        if resolve:
            package.resolve_conflict(ctx.db, conflict, take_theirs=resolve == "theirs")
            print("    → đã " + ("lấy bản trong tệp" if resolve == "theirs" else "giữ bản ở đây"))
    if result.conflicts and not resolve:
        print("  Chưa ghi đè gì. Chạy lại với --resolve theirs hoặc --resolve mine để quyết định.")
    if result.rejected:
        print(f"Lỗi: {path.name}: {result.rejected}", file=sys.stderr)
        return 1
    return 0


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise CliError(f"'{path}' là một thư mục; hãy ghi tên tệp, ví dụ {path / 'ke-hoach.json'}")
    if not path.parent.exists():
        raise CliError(f"Không có thư mục '{path.parent}'")


def run_send_plan(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    _check_target(path)
    info = _module("package").export_plan_package(ctx.db, args.plan, path)
    from desktop_app.services.wording import receivers_phrase

    print(f"Đã đóng gói kế hoạch ({info.rows} nhiệm vụ) vào '{path}' để gửi kế hoạch xuống "
          f"{receivers_phrase(ctx.db, args.plan)}.")
    return EXIT_OK


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    _check_target(path)
    if args.unit or args.period:
        if not (args.unit and args.period):
            raise CliError("Gói tiến độ cần cả --unit và --period")
        info = _module("package").export_unit_progress(ctx.db, args.unit, args.period, path)
        from desktop_app.services.wording import superiors_phrase

        print(f"Đã xuất {info.rows} bản ghi tiến độ vào '{path}' để gửi báo cáo lên "
              f"{superiors_phrase(ctx.db, info.plan_ids)}.")
        return EXIT_OK
    export = _module("export")
    if args.plan:
        from desktop_app.services.plans import get_plan

        get_plan(ctx.db, args.plan)  # a clear "no such plan" before anything is written
    data = export.write_file(ctx.db, path, plan_ref=args.plan)
    counts = [f"{len(v)} {EXPORT_LABELS.get(k, k)}" for k, v in (data or {}).items()
              if isinstance(v, list) and v] if isinstance(data, dict) else []
    print(f"Đã xuất ra '{path}'" + (f": {', '.join(counts)}." if counts else "."))
    return EXIT_OK
