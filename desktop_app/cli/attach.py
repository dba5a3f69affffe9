"""``plantrack attach FILE --task ID | --progress ID | --plan REF``: attach an evidence document
(its reference and, when given, the file); ``plantrack attachments …`` lists them."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context, fmt_date, parse_date, short, table
from desktop_app.services import attachments
from desktop_app.services.plans import get_plan


def _owner_options(parser: argparse.ArgumentParser) -> None:
    owner = parser.add_mutually_exclusive_group(required=True)
    owner.add_argument("--task", metavar="MÃ", help="mã nhiệm vụ")
    owner.add_argument("--progress", metavar="MÃ", help="mã bản cập nhật tiến độ")
    owner.add_argument("--plan", metavar="KẾ-HOẠCH", help="mã hoặc số, ký hiệu kế hoạch")


def register(commands: Commands) -> None:
    parser = commands.add("attach", "đính kèm văn bản, minh chứng vào kế hoạch, nhiệm vụ hoặc bản cập nhật", run_attach)
    parser.add_argument("file", nargs="?", metavar="TỆP", help="tệp PDF, DOCX, XLSX, ảnh (bỏ trống: chỉ ghi số hiệu)")
    _owner_options(parser)
    parser.add_argument("--number", default="", metavar="SỐ")
    parser.add_argument("--symbol", default="", metavar="KÝ-HIỆU")
    parser.add_argument("--date", type=parse_date, metavar="NGÀY", help="ngày ban hành")
    parser.add_argument("--issuer", default="", metavar="CƠ-QUAN", help="cơ quan ban hành")
    parser.add_argument("--title", default="", metavar="TRÍCH-YẾU")
    parser = commands.add("attachments", "liệt kê văn bản đính kèm", run_list)
    _owner_options(parser)


def _owner(args: argparse.Namespace, ctx: Context) -> tuple[str, str]:
    if args.plan:
        return "plan", get_plan(ctx.db, args.plan).id
    if args.task:
        return "task", args.task
    return "progress", args.progress


def run_attach(args: argparse.Namespace, ctx: Context) -> int:
    kind, owner_id = _owner(args, ctx)
    if args.file is not None and not Path(args.file).is_file():
        raise CliError(f"Không tìm thấy tệp '{args.file}'")
    info = attachments.attach(ctx.db, kind, owner_id, Path(args.file) if args.file else None, number=args.number,
                              symbol=args.symbol, issued_on=args.date, issuer=args.issuer, title=args.title)
    what = f"tệp {info.file_name} ({info.size} byte, SHA-256 {info.sha256})" if info.has_file else "thông tin văn bản"
    print(f"Đã đính kèm {what}; mã {info.id}.")
    return EXIT_OK


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    kind, owner_id = _owner(args, ctx)
    rows = [[a.reference, fmt_date(a.issued_on), short(a.issuer, 30), short(a.title, 40), a.file_name,
             str(a.size or ""), a.id] for a in attachments.list_attachments(ctx.db, kind, owner_id)]
    for line in table(rows, ["Số, ký hiệu", "Ngày", "Cơ quan", "Trích yếu", "Tệp", "Byte", "Mã"]):
        print(line)
    print(f"Tổng: {len(rows)} văn bản")
    return EXIT_OK
