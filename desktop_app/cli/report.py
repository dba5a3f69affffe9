"""``plantrack report``: a report as PDF or DOCX; ``plantrack issue-report``: issue (freeze) one."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import EXIT_OK, Commands, Context, parse_date
from desktop_app.reports.api import generate
from desktop_app.reports.data import KINDS
from desktop_app.reports.electronic.api import ElectronicChoice, file_names, generate_electronic, write_files
from desktop_app.reports.electronic.build import ANNEX_MODES
from desktop_app.reports.electronic.issued import file_content
from desktop_app.reports.electronic.metadata import PRIORITIES
from desktop_app.reports.issue import issue_report, reopen
from desktop_app.services.files import write_bytes
from desktop_app.services.report_settings import (
    LAYOUTS,
    load_settings,
    require_own_settings,
    save_settings,
    signing_unit,
    with_changes,
)

KIND_HELP = ("progress = báo cáo kết quả; appendix = phụ lục; task_list = danh mục nhiệm vụ; "
             "overdue = nhiệm vụ quá hạn / sắp đến hạn; unit = báo cáo của một đơn vị (cần --unit)")
DRAFTS_HELP = "tính cả các bản cập nhật đơn vị chưa gửi (mặc định chỉ tính bản đã gửi)"
MARK_HELP = "ghi «(chưa duyệt)» sau các bản cập nhật chưa được duyệt (bản bị trả lại luôn được ghi chú)"


def _electronic_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--electronic", action="store_true",
                   help="bản điện tử để ký số: PDF/A-2b có ô chữ ký số, kèm tệp thông tin văn bản .json")
    p.add_argument("--annex", choices=ANNEX_MODES, default="none",
                   help="phụ lục của báo cáo kết quả: none = không kèm; same = cùng tệp; separate = tệp riêng")
    p.add_argument("--print-number", action="store_true",
                   help="in số và ngày vào bản điện tử (mặc định để trống cho hệ thống quản lý văn bản cấp)")
    p.add_argument("--priority", choices=PRIORITIES, default="Thường", help="độ khẩn")


def _choice(args: argparse.Namespace) -> ElectronicChoice | None:
    if not args.electronic:
        return None
    return ElectronicChoice(annex=args.annex, number_by_eoffice=not args.print_number, priority=args.priority)


def register(commands: Commands) -> None:
    p = commands.add("report", "tạo báo cáo (PDF hoặc DOCX theo đuôi tệp)", run_report)
    p.add_argument("--plan", required=True, metavar="KẾ-HOẠCH", help="mã hoặc số/ký hiệu, ví dụ 137/KH-UBND")
    p.add_argument("--period", required=True, metavar="KỲ", help="ví dụ 2024-H1, 2024-Q2, 2024-Y")
    p.add_argument("--type", dest="kind", default="progress", choices=KINDS, help=KIND_HELP)
    p.add_argument("--unit", metavar="ĐƠN-VỊ", help="đơn vị (mã, tên hoặc id)")
    p.add_argument("--number", default="", metavar="SỐ", help="số của báo cáo, ví dụ 45")
    p.add_argument("--date", type=parse_date, metavar="NGÀY", help="ngày ký, ví dụ 05/02/2025")
    p.add_argument("--invariant", action="store_true", help="tệp giống hệt nhau với cùng dữ liệu (dùng để kiểm thử)")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP", help="tệp .pdf hoặc .docx")
    p.add_argument("--mark-unaccepted", action="store_true", help=MARK_HELP)
    p.add_argument("--count-drafts", action="store_true", help=DRAFTS_HELP)
    _electronic_options(p)
    p = commands.add("issue-report", "ban hành báo cáo: lưu cố định số, ngày, dữ liệu và tệp PDF", run_issue)
    p.add_argument("--plan", required=True, metavar="KẾ-HOẠCH")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--type", dest="kind", default="progress", choices=KINDS, help=KIND_HELP)
    p.add_argument("--unit", metavar="ĐƠN-VỊ")
    p.add_argument("--number", required=True, metavar="SỐ")
    p.add_argument("--date", required=True, type=parse_date, metavar="NGÀY")
    p.add_argument("--out", type=Path, metavar="TỆP", help="cũng ghi bản PDF đã ban hành ra tệp này")
    p.add_argument("--mark-unaccepted", action="store_true", help=MARK_HELP)
    p.add_argument("--count-drafts", action="store_true", help=DRAFTS_HELP)
    _electronic_options(p)
    p = commands.add("report-settings", "xem / lưu thiết lập báo cáo của một đơn vị (tiêu đề, địa danh, người ký)",
                     run_settings)
    p.add_argument("--unit", required=True, metavar="ĐƠN-VỊ", help="đơn vị (mã, tên hoặc id)")
    p.add_argument("--show", action="store_true", help="chỉ in thiết lập (đã lưu hoặc bản nháp), không lưu")
    p.add_argument("--layout", choices=LAYOUTS, help="state = Nghị định 30; party = Hướng dẫn 36-HD/VPTW")
    for name, text in SETTING_OPTIONS.items():
        p.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar="VĂN-BẢN", help=text)
    p.add_argument("--signer-authority", action="append", metavar="DÒNG", help="dòng trên chức vụ (lặp lại)")
    p.add_argument("--recipient", action="append", dest="recipients", metavar="NƠI-NHẬN", help="nơi nhận (lặp lại)")


SETTING_OPTIONS = {
    "governing_body": "cơ quan chủ quản (dòng trên)", "issuing_body": "cơ quan ban hành",
    "issuer_name": "tên cơ quan trong câu văn", "symbol": "ký hiệu, ví dụ BC-UBND hoặc BC/BTGQU",
    "place": "địa danh, ví dụ Ba Đình", "signer_title": "chức vụ người ký", "signer_name": "họ và tên người ký",
    "archive": "dòng Lưu, ví dụ VT, NV", "recipient_to": "Kính gửi",
}


def run_settings(args: argparse.Namespace, ctx: Context) -> int:
    settings = load_settings(ctx.db, args.unit)
    changes = {name: getattr(args, name) for name in (*SETTING_OPTIONS, "layout", "signer_authority", "recipients")
               if getattr(args, name) is not None}
    if changes:
        settings = with_changes(settings, **changes)
    if not args.show:
        settings = save_settings(ctx.db, args.unit, settings)
    for key, value in settings.to_json().items():
        print(f"{key}: {'; '.join(value) if isinstance(value, list) else value}")
    print("(bản nháp, chưa lưu)" if args.show else "Đã lưu thiết lập báo cáo.")
    return EXIT_OK


def _check_settings(args: argparse.Namespace, ctx: Context) -> None:
    if args.kind == "unit":
        require_own_settings(signing_unit(ctx.db, args.plan, args.kind, args.unit), args.kind)


def run_report(args: argparse.Namespace, ctx: Context) -> int:
    _check_settings(args, ctx)
    choice = _choice(args)
    if choice is not None:
        report = generate_electronic(ctx.db, args.plan, args.period, args.kind, args.unit, choice=choice,
                                     number=args.number, report_date=args.date, invariant=args.invariant,
                                     mark_unaccepted=args.mark_unaccepted, count_drafts=args.count_drafts)
        for path in write_files(report, args.out):
            print(f"Đã ghi {path}")
        return EXIT_OK
    content = generate(ctx.db, args.plan, args.period, args.kind, args.unit, out=args.out, number=args.number,
                       report_date=args.date, invariant=args.invariant, mark_unaccepted=args.mark_unaccepted,
                       count_drafts=args.count_drafts)
    print(f"Đã ghi {args.out} ({len(content) // 1024 + 1} KB)")
    return EXIT_OK


def run_issue(args: argparse.Namespace, ctx: Context) -> int:
    _check_settings(args, ctx)
    choice = _choice(args)
    issued = issue_report(ctx.db, args.plan, args.period, args.number, args.date, kind=args.kind,
                          unit_ref=args.unit, mark_unaccepted=args.mark_unaccepted,
                          count_drafts=args.count_drafts, electronic=choice)
    print(f"Đã ban hành báo cáo số {args.number} ngày {args.date:%d/%m/%Y} (mã {issued.id}).")
    if args.out and choice is not None:
        pdf, meta, annex, annex_meta = file_names(args.out)
        pairs = [(pdf, "electronic"), (meta, "electronic_metadata")]
        if choice.annex == "separate":
            pairs += [(annex, "annex"), (annex_meta, "annex_metadata")]
        for path, role in pairs:
            write_bytes(path, file_content(ctx.db, issued.id, role), ".tmp")
            print(f"Đã ghi {path}")
    elif args.out:
        write_bytes(args.out, reopen(ctx.db, issued.id, "pdf"), ".tmp")
        print(f"Đã ghi {args.out}")
    return EXIT_OK
