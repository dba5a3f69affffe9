"""``plantrack read-plan FILE [--json]``: what the plan reader finds in a plan; nothing is written."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context, fmt_date, short
from desktop_app.reading import read_file, read_text, reading_to_dict
from desktop_app.reading.model import Reading

_RECURRENCE = {
    "once": "một lần",
    "yearly": "hằng năm",
    "half_yearly": "6 tháng",
    "quarterly": "hằng quý",
    "monthly": "hằng tháng",
    "continuous": "thường xuyên",
}


def register(commands: Commands) -> None:
    parser = commands.add(
        "read-plan",
        "đọc một kế hoạch (.txt, .docx, .html hoặc - cho đầu vào chuẩn) và in "
        "những gì đọc được; không ghi gì vào cơ sở dữ liệu",
        run,
    )
    parser.add_argument("file", metavar="TỆP")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON (xem docs/reading.md)")


def _read(name: str) -> Reading:
    if name == "-":
        return read_text(sys.stdin.read())
    path = Path(name)
    if not path.is_file():
        raise CliError(f"Không tìm thấy tệp '{name}'")
    if path.suffix.lower() not in (".txt", ".docx", ".html", ".htm", ".md", ""):
        raise CliError(f"Tệp '{name}': chỉ đọc được .txt, .docx, .html")
    try:
        return read_file(path)
    except (OSError, ValueError, KeyError) as error:  # a damaged .docx is a zip python-docx refuses
        raise CliError(f"Không đọc được tệp '{name}': {error}") from error


def run(args: argparse.Namespace, ctx: Context) -> int:
    reading = _read(args.file)
    if args.json:
        print(json.dumps(reading_to_dict(reading), ensure_ascii=False, indent=2))
        return EXIT_OK
    plan = reading.plan
    print(f"Kế hoạch: {plan.title or '(không rõ trích yếu)'}")
    print(f"  Cơ quan: {plan.issuer or '-'}; số: {plan.number_symbol or '-'}; {plan.place or ''} {fmt_date(plan.date)}")
    if reading.encoding:
        print(f"  (văn bản gõ bằng bảng mã {reading.encoding.upper()}, đã chuyển sang Unicode)")
    for doc in reading.documents:
        print(f"  Căn cứ: {doc.doc_type} {doc.number_symbol or ''} {fmt_date(doc.date)} {doc.issuer or ''}".rstrip())
    for target in reading.targets:
        print(f"  Chỉ tiêu: {short(target.text, 90)}")
    for group in reading.groups:
        print(f"{group.marker} {group.title}".strip())
        for task in group.tasks:
            extra = [
                x
                for x in (
                    task.lead_unit and f"chủ trì: {task.lead_unit}",
                    task.deadline and f"hạn {fmt_date(task.deadline)}",
                    task.recurrence and task.recurrence != "once" and _RECURRENCE[task.recurrence],
                )
                if x
            ]
            print(f"  {task.marker} {short(task.content, 90)}".rstrip() + (f" [{'; '.join(extra)}]" if extra else ""))
    print(f"({len(reading.groups)} nhóm, {len(reading.tasks)} nhiệm vụ, {len(reading.skipped)} dòng bỏ qua)")
    return EXIT_OK
