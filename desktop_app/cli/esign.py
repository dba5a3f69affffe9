"""``plantrack attach-signed``: keep a signed copy of an issued electronic report;
``plantrack signatures``: who signed an issued report, when, and whether it still verifies."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import EXIT_OK, EXIT_PROBLEMS, CliError, Commands, Context
from desktop_app.reports.electronic.issued import SignedCopy, attach_signed, signed_copies


def register(commands: Commands) -> None:
    p = commands.add("attach-signed", "đính kèm bản đã ký số (từ phần mềm ký) vào báo cáo đã ban hành", run_attach)
    p.add_argument("--report", required=True, metavar="MÃ", help="mã báo cáo đã ban hành")
    p.add_argument("--file", required=True, type=Path, metavar="TỆP", help="tệp PDF đã ký số")
    p = commands.add("signatures", "chữ ký số trên các bản đã ký của một báo cáo đã ban hành", run_signatures)
    p.add_argument("--report", required=True, metavar="MÃ", help="mã báo cáo đã ban hành")


def describe(copy: SignedCopy) -> list[str]:
    which = "phụ lục" if copy.signed_role == "annex" else "báo cáo"
    state = "còn nguyên vẹn" if copy.verifies else "KHÔNG CÒN HỢP LỆ"
    lines = [f"{copy.file.name} (bản {which}, SHA-256 {copy.file.sha256[:16]}…, "
             f"đính kèm {copy.file.created_at:%d/%m/%Y %H:%M}): {state}"]
    lines += [f"  - {check.field_name}: {check.summary}" for check in copy.signatures]
    return lines


def run_attach(args: argparse.Namespace, ctx: Context) -> int:
    if not args.file.is_file():
        raise CliError(f"Không có tệp {args.file}")
    copy = attach_signed(ctx.db, args.report, args.file.read_bytes(), args.file.name)
    print("Đã đính kèm bản đã ký:")
    print("\n".join(describe(copy)))
    return EXIT_OK


def run_signatures(args: argparse.Namespace, ctx: Context) -> int:
    copies = signed_copies(ctx.db, args.report)
    if not copies:
        print("Chưa có bản đã ký số nào được đính kèm.")
        return EXIT_OK
    for copy in copies:
        print("\n".join(describe(copy)))
    return EXIT_OK if all(c.verifies for c in copies) else EXIT_PROBLEMS
