"""``plantrack template``, ``import-excel`` and ``export-excel``: Excel templates, their import, and
the period appendix as .xlsx."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.base import EXIT_ERROR, EXIT_OK, CliError, Commands, Context


def register(commands: Commands) -> None:
    p = commands.add("template", "tạo mẫu Excel: nhiệm vụ của kế hoạch, hoặc tiến độ một kỳ (với --period)",
                     run_template)
    p.add_argument("file", metavar="TỆP.xlsx")
    p.add_argument("--plan", required=True, metavar="KẾ-HOẠCH", help="mã hoặc số/ký hiệu, ví dụ 137/KH-UBND")
    p.add_argument("--period", metavar="KỲ", help="mẫu tiến độ của kỳ này, ví dụ 2024-Q2")
    p.add_argument("--unit", metavar="ĐƠN-VỊ", help="mẫu tiến độ chỉ cho một đơn vị (mã, tên hoặc id)")
    p = commands.add("import-excel", "nhập tệp Excel đã điền (mẫu nhiệm vụ, hoặc mẫu tiến độ với --period)",
                     run_import)
    p.add_argument("file", metavar="TỆP.xlsx")
    p.add_argument("--plan", required=True, metavar="KẾ-HOẠCH")
    p.add_argument("--period", metavar="KỲ", help="kỳ của mẫu tiến độ (mặc định: kỳ ghi trong tệp)")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    p = commands.add("export-excel", "xuất phụ lục kết quả thực hiện một kỳ ra Excel", run_export)
    p.add_argument("file", metavar="TỆP.xlsx")
    p.add_argument("--plan", required=True, metavar="KẾ-HOẠCH")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--count-drafts", action="store_true",
                   help="tính cả các bản cập nhật đơn vị chưa gửi (mặc định chỉ tính bản đã gửi)")


def _target(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".xlsx":
        raise CliError(f"Tên tệp phải có đuôi .xlsx, ví dụ {path.with_suffix('.xlsx').name}")
    if path.is_dir():
        raise CliError(f"'{path}' là một thư mục; hãy ghi tên tệp")
    if not path.parent.exists():
        raise CliError(f"Không có thư mục '{path.parent}'")
    return path


def run_template(args: argparse.Namespace, ctx: Context) -> int:
    from desktop_app.exchange.excel.templates import progress_template, task_template

    path = _target(args.file)
    if args.period:
        progress_template(ctx.db, args.plan, args.period, path, unit_ref=args.unit)
        print(f"Đã ghi mẫu tiến độ kỳ {args.period} ra '{path}'.")
    else:
        if args.unit:
            raise CliError("--unit chỉ dùng với mẫu tiến độ (cần --period)")
        task_template(ctx.db, args.plan, path)
        print(f"Đã ghi mẫu nhiệm vụ ra '{path}'.")
    return EXIT_OK


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from desktop_app.exchange.excel.importer import import_progress, import_tasks, template_kind
    from desktop_app.services.errors import ValidationError

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"Không tìm thấy tệp '{path}'" if not path.exists() else f"'{path}' không phải là tệp")
    period = args.period
    try:
        if period is None:
            kind, period_in_file = template_kind(path)
            period = period_in_file if kind == "progress" else None
        if period:
            summary = import_progress(ctx.db, path, args.plan, period, dry_run=args.dry_run)
        else:
            summary = import_tasks(ctx.db, path, args.plan, dry_run=args.dry_run)
    except ValidationError as exc:
        if len(exc.problems) == 1 and exc.problems[0].where in ("period", "plan"):
            raise
        print(f"Lỗi: tệp '{path.name}' có {exc.total} lỗi; không nhập gì. Sửa các ô sau rồi nhập lại:",
              file=sys.stderr)
        for problem in exc.problems:
            print(f"- {problem}", file=sys.stderr)
        if exc.more():
            print(exc.more(), file=sys.stderr)
        return EXIT_ERROR
    for line in summary.lines():
        print(line)
    return EXIT_OK


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from desktop_app.exchange.excel.export import export_period

    path = _target(args.file)
    export_period(ctx.db, args.plan, args.period, path, count_drafts=args.count_drafts)
    print(f"Đã xuất phụ lục kỳ {args.period} ra '{path}'.")
    return EXIT_OK
