"""``plantrack import FILE`` and ``plantrack export FILE [--plan REF]`` (JSON exchange format)."""

from __future__ import annotations

import argparse
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context

EXPORT_LABELS = {"units": "đơn vị", "documents": "văn bản", "plans": "kế hoạch", "groups": "nhóm nhiệm vụ",
                 "task_groups": "nhóm nhiệm vụ", "tasks": "nhiệm vụ", "targets": "chỉ tiêu",
                 "target_values": "giá trị chỉ tiêu", "progress": "bản ghi tiến độ",
                 "adhoc_periods": "kỳ báo cáo đột xuất"}


def register(commands: Commands) -> None:
    importer = commands.add("import", "nhập dữ liệu từ tệp trao đổi (.json)", run_import)
    importer.add_argument("file", metavar="TỆP")
    importer.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    exporter = commands.add("export", "xuất dữ liệu ra tệp trao đổi (.json)", run_export)
    exporter.add_argument("file", metavar="TỆP")
    exporter.add_argument("--plan", metavar="KẾ-HOẠCH", help="chỉ xuất một kế hoạch (mã hoặc số, ký hiệu)")


def _module(name: str) -> ModuleType:
    """The exchange module, imported only when used (it may be missing from a partial build)."""
    try:
        return __import__(f"desktop_app.exchange.{name}", fromlist=["_"])
    except ImportError as exc:
        if exc.name and exc.name.startswith("desktop_app.exchange"):
            raise CliError("Bản chương trình này chưa có chức năng nhập/xuất dữ liệu") from exc
        raise


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"Không tìm thấy tệp '{path}'" if not path.exists() else f"'{path}' không phải là tệp")
    importer = _module("importer")
    options: dict[str, Any] = {"dry_run": True} if args.dry_run else {}
    summary = importer.import_file(ctx.db, path, **options)
    for line in summary.lines():
        print(line)
    return EXIT_OK


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    if path.is_dir():
        raise CliError(f"'{path}' là một thư mục; hãy ghi tên tệp, ví dụ {path / 'ke-hoach.json'}")
    if not path.parent.exists():
        raise CliError(f"Không có thư mục '{path.parent}'")
    export = _module("export")
    if args.plan:
        from desktop_app.services.plans import get_plan

        get_plan(ctx.db, args.plan)  # a clear "no such plan" before anything is written
    data = export.write_file(ctx.db, path, plan_ref=args.plan)
    counts = [f"{len(v)} {EXPORT_LABELS.get(k, k)}" for k, v in (data or {}).items()
              if isinstance(v, list) and v] if isinstance(data, dict) else []
    print(f"Đã xuất ra '{path}'" + (f": {', '.join(counts)}." if counts else "."))
    return EXIT_OK
