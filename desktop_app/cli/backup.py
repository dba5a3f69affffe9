"""``plantrack backup FILE``, ``plantrack restore FILE``, ``plantrack migrate-to URL``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context
from desktop_app.db.engine import sqlite_path, to_url
from desktop_app.services import backup, transfer
from desktop_app.services.database import default_database_path


def register(commands: Commands) -> None:
    p = commands.add("backup", "sao lưu cơ sở dữ liệu ra một tệp (an toàn khi chương trình đang chạy)", run_backup)
    p.add_argument("file", metavar="TỆP", help="tệp sao lưu sẽ tạo")
    p = commands.add("restore", "khôi phục từ tệp sao lưu (giữ lại bản hiện tại bên cạnh)", run_restore)
    p.add_argument("file", metavar="TỆP", help="tệp sao lưu")
    p = commands.add("migrate-to", "chép toàn bộ dữ liệu sang một cơ sở dữ liệu trống (máy chủ PostgreSQL)",
                     run_migrate_to)
    p.add_argument("url", metavar="URL", help="ví dụ postgresql+psycopg://nguoidung@maychu/kehoach")


def run_backup(args: argparse.Namespace, ctx: Context) -> int:
    target = backup.backup_to(ctx.db, Path(args.file))
    print(f"Đã sao lưu {ctx.location} vào {target}")
    return EXIT_OK


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    path = sqlite_path(to_url(ctx.target or default_database_path()))
    if path is None:
        raise CliError("Chỉ khôi phục được cơ sở dữ liệu dạng tệp SQLite.")
    ctx.close()
    kept = backup.restore(path, Path(args.file))
    ctx.db  # noqa: B018  (opening migrates the restored file to the current schema)
    print(f"Đã khôi phục {path} từ {args.file}" + (f"; bản trước đó được giữ ở {kept}" if kept else ""))
    return EXIT_OK


def run_migrate_to(args: argparse.Namespace, ctx: Context) -> int:
    def step(table: str, index: int, total: int) -> None:
        print(f"  [{index}/{total}] {table}", flush=True)

    copies = transfer.migrate_to(ctx.db, args.url, step)
    for copy in copies:
        print(f"{copy.table:18} {copy.rows:>8} dòng  sha256 {copy.checksum[:16]}…  khớp")
    print(f"Đã chuyển {sum(c.rows for c in copies)} dòng sang cơ sở dữ liệu mới; mọi bảng khớp với bản gốc.")
    return EXIT_OK
