"""``plantrack search TEXT``: find plans, tasks, units, progress and documents, ignoring diacritics."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context, short
from desktop_app.services.search import search

KIND_LABELS = {"plan": "Kế hoạch", "task": "Nhiệm vụ", "unit": "Đơn vị", "progress": "Tiến độ",
               "document": "Văn bản"}


def register(commands: Commands) -> None:
    parser = commands.add("search", "tìm kiếm (không phân biệt hoa thường, có dấu hay không dấu)", run)
    parser.add_argument("text", metavar="TỪ-KHÓA")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    parser.add_argument("--limit", type=int, default=50, help="số kết quả tối đa (mặc định 50)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.limit < 1:
        raise CliError(f"Tham số --limit phải là số dương, không phải {args.limit}")
    hits = search(ctx.db, args.text, limit=args.limit)
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print(f"Không tìm thấy '{args.text}'.")
        return EXIT_OK
    for hit in hits:
        print(f"[{KIND_LABELS.get(hit.kind, hit.kind)}] {hit.title}: {short(hit.detail, 100)}")
    print(f"({len(hits)} kết quả)")
    return EXIT_OK
