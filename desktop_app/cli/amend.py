"""``plantrack amend …``: plan revisions by an amending document (Kế hoạch sửa đổi, bổ sung;
quyết định; công văn).

- ``amend record --plan REF --type KH --number 150 --symbol KH-UBND --date 20/06/2025``: record the
  amending document and link it to the plan;
- ``amend change --plan REF --task 1.2 --from DATE --doc 150/KH-UBND [--content …] [--lead …]
  [--coordinators "A, B"] [--deadline …] [--output …]``: change a task from a date;
- ``amend drop --plan REF --task 2.1 --from DATE --doc …``: drop a task from a date (bãi bỏ);
- ``amend add --plan REF --group 1 --from DATE --doc … --content … [--lead …] [--deadline …]``: add
  a task from a date (bổ sung);
- ``amend list --plan REF``: the amending documents; ``amend compare --plan REF --from DATE
  [--to DATE]``: what changed in the plan between two dates (default: until today).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, cast

from desktop_app.cli.base import EXIT_OK, CliError, Commands, Context, Parser, fmt_date, parse_date, short, table
from desktop_app.exchange.excel.parsing import CellError, parse_deadline
from desktop_app.services import revisions
from desktop_app.services.documents import DocumentInfo
from desktop_app.services.plans import get_plan
from desktop_app.services.tasks import list_groups, list_tasks
from desktop_app.services.units import resolve_unit

KIND_LABELS = {"added": "Bổ sung", "dropped": "Bãi bỏ", "changed": "Sửa đổi"}


def register(commands: Commands) -> None:
    parser = commands.add("amend", "sửa đổi, bổ sung kế hoạch bằng văn bản: ghi văn bản, sửa, bãi bỏ, thêm "
                                   "nhiệm vụ từ một ngày; liệt kê; so sánh hai phiên bản", run)
    actions = parser.add_subparsers(dest="action", metavar="VIỆC", title="các việc", required=True,
                                    parser_class=Parser)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text, parents=[cast(Parser, commands.common)])
        sub.add_argument("--plan", required=True, metavar="KẾ-HOẠCH", help="mã hoặc số, ký hiệu kế hoạch")
        return sub

    sub = action("record", "ghi văn bản sửa đổi, bổ sung kế hoạch")
    sub.add_argument("--type", default="KH", choices=revisions.AMENDMENT_TYPES, help="loại văn bản (mặc định KH)")
    sub.add_argument("--number", required=True, metavar="SỐ")
    sub.add_argument("--symbol", required=True, metavar="KÝ-HIỆU", help="ví dụ KH-UBND")
    sub.add_argument("--date", type=parse_date, metavar="NGÀY", help="ngày ban hành")
    sub.add_argument("--issuer", default="", metavar="CƠ-QUAN", help="cơ quan ban hành")
    sub.add_argument("--title", default="", metavar="TRÍCH-YẾU")

    def amending(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--from", dest="effective_from", required=True, type=parse_date, metavar="NGÀY",
                         help="ngày có hiệu lực")
        sub.add_argument("--doc", required=True, metavar="VĂN-BẢN",
                         help="số, ký hiệu (hoặc mã) của văn bản sửa đổi đã ghi bằng 'amend record'")

    def fields(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--content", metavar="NỘI-DUNG")
        sub.add_argument("--lead", metavar="ĐƠN-VỊ", help="đơn vị chủ trì (mã, ký hiệu hoặc tên)")
        sub.add_argument("--coordinators", metavar="ĐƠN-VỊ,…", help="đơn vị phối hợp, cách nhau dấu phẩy")
        sub.add_argument("--deadline", metavar="THỜI-HẠN",
                         help="31/12/2025, hằng năm 15/12, hằng quý, hằng tháng, thường xuyên")
        sub.add_argument("--output", metavar="SẢN-PHẨM")

    sub = action("change", "sửa nội dung, đơn vị, thời hạn của một nhiệm vụ từ một ngày")
    sub.add_argument("--task", required=True, metavar="STT", help="số thứ tự nhiệm vụ, ví dụ 1.2")
    amending(sub)
    fields(sub)
    sub = action("drop", "bãi bỏ một nhiệm vụ từ một ngày (các kỳ trước vẫn còn)")
    sub.add_argument("--task", required=True, metavar="STT", help="số thứ tự nhiệm vụ, ví dụ 2.1")
    amending(sub)
    sub = action("add", "bổ sung một nhiệm vụ từ một ngày (các kỳ trước không có)")
    sub.add_argument("--group", required=True, metavar="NHÓM", help="số thứ tự nhóm, ví dụ 1")
    amending(sub)
    fields(sub)
    action("list", "liệt kê văn bản sửa đổi, bổ sung của kế hoạch")
    sub = action("compare", "những gì thay đổi trong kế hoạch giữa hai ngày")
    sub.add_argument("--from", dest="day_a", required=True, type=parse_date, metavar="NGÀY",
                     help="phiên bản ngày này")
    sub.add_argument("--to", dest="day_b", type=parse_date, metavar="NGÀY", help="so với ngày này (mặc định hôm nay)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    runner = {"record": run_record, "change": run_change, "drop": run_drop, "add": run_add, "list": run_list,
              "compare": run_compare}[args.action]
    return runner(args, ctx)


# ---- looking things up ------------------------------------------------------------------------


def _task_id(ctx: Context, plan_id: str, number: str) -> str:
    found = [t.id for t in list_tasks(ctx.db, plan_id) if t.number == number.strip()]
    if not found:
        raise CliError(f"Kế hoạch không có nhiệm vụ số {number}")
    return found[0]


def _group_id(ctx: Context, plan_id: str, number: str) -> str:
    found = [g.id for g in list_groups(ctx.db, plan_id) if str(g.number) == number.strip()]
    if not found:
        raise CliError(f"Kế hoạch không có nhóm nhiệm vụ số {number}")
    return found[0]


def _document(ctx: Context, plan_id: str, ref: str) -> DocumentInfo:
    docs = revisions.list_amendments(ctx.db, plan_id)
    wanted = "".join(ref.split()).lower()
    found = [d for d in docs if d.id == ref or "".join(d.reference.split()).lower() == wanted]
    if not found:
        known = ", ".join(d.reference for d in docs) or "chưa có; ghi bằng 'plantrack amend record'"
        raise CliError(f"Kế hoạch không có văn bản sửa đổi '{ref}' (đã ghi: {known})")
    return found[0]


def _changes(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.content is not None:
        changes["content"] = args.content
    if args.output is not None:
        changes["output"] = args.output
    if args.deadline is not None:
        try:
            schedule = parse_deadline(args.deadline)
        except CellError as exc:
            raise CliError(f"--deadline: {exc}") from exc
        if schedule is None:
            raise CliError("--deadline: thời hạn trống")
        changes["schedule"] = schedule
    if args.lead is not None or args.coordinators is not None:
        with ctx.db.read() as session:
            if args.lead is not None:
                changes["lead_unit_id"] = resolve_unit(session, args.lead).id if args.lead.strip() else None
            if args.coordinators is not None:
                changes["coordinating_unit_ids"] = [resolve_unit(session, name.strip()).id
                                                    for name in args.coordinators.split(",") if name.strip()]
    return changes


# ---- the actions ------------------------------------------------------------------------------


def run_record(args: argparse.Namespace, ctx: Context) -> int:
    plan = get_plan(ctx.db, args.plan)
    doc = revisions.record_amendment(ctx.db, plan.id, args.type, args.number, args.symbol, args.date, args.issuer,
                                     args.title)
    print(f"Đã ghi văn bản sửa đổi: {doc.citation}; mã {doc.id}.")
    return EXIT_OK


def _task_and_document(args: argparse.Namespace, ctx: Context) -> tuple[str, DocumentInfo]:
    plan = get_plan(ctx.db, args.plan)
    return _task_id(ctx, plan.id, args.task), _document(ctx, plan.id, args.doc)


def run_change(args: argparse.Namespace, ctx: Context) -> int:
    task_id, doc = _task_and_document(args, ctx)
    changes = _changes(args, ctx)
    if not changes:
        raise CliError("Cần ít nhất một thay đổi: --content, --lead, --coordinators, --deadline hoặc --output")
    revisions.amend_task(ctx.db, task_id, args.effective_from, doc.id, **changes)
    print(f"Đã sửa đổi nhiệm vụ {args.task} từ ngày {fmt_date(args.effective_from)} theo {doc.reference}.")
    return EXIT_OK


def run_drop(args: argparse.Namespace, ctx: Context) -> int:
    task_id, doc = _task_and_document(args, ctx)
    revisions.drop_task(ctx.db, task_id, args.effective_from, doc.id)
    print(f"Đã bãi bỏ nhiệm vụ {args.task} từ ngày {fmt_date(args.effective_from)} theo {doc.reference}; "
          "báo cáo các kỳ trước vẫn có nhiệm vụ này.")
    return EXIT_OK


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    plan = get_plan(ctx.db, args.plan)
    group_id = _group_id(ctx, plan.id, args.group)
    doc = _document(ctx, plan.id, args.doc)
    changes = _changes(args, ctx)
    if not changes.get("content"):
        raise CliError("Cần nội dung nhiệm vụ bổ sung (--content)")
    version = revisions.add_task_by_amendment(ctx.db, group_id, args.effective_from, doc.id, **changes)
    print(f"Đã bổ sung nhiệm vụ {version.number} từ ngày {fmt_date(args.effective_from)} theo {doc.reference}.")
    return EXIT_OK


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    plan = get_plan(ctx.db, args.plan)
    docs = revisions.list_amendments(ctx.db, plan.id)
    rows = [[d.doc_type, d.reference, fmt_date(d.issued_on), short(d.issuer, 30), short(d.title, 50)] for d in docs]
    print(plan.label)
    for line in table(rows, ["Loại", "Số, ký hiệu", "Ngày", "Cơ quan ban hành", "Trích yếu"]):
        print(line)
    print(f"Tổng: {len(docs)} văn bản sửa đổi, bổ sung")
    return EXIT_OK


def run_compare(args: argparse.Namespace, ctx: Context) -> int:
    plan = get_plan(ctx.db, args.plan)
    day_b: date = args.day_b or date.today()
    changes = revisions.compare_plan(ctx.db, plan.id, args.day_a, day_b)
    docs = {d.id: d.reference for d in revisions.list_amendments(ctx.db, plan.id)}
    print(f"{plan.label}: phiên bản ngày {fmt_date(args.day_a)} so với ngày {fmt_date(day_b)}")
    if not changes:
        print("Không có thay đổi.")
        return EXIT_OK
    for change in changes:
        source = f" (theo {docs[change.document_id]})" if change.document_id in docs else ""
        print(f"{change.number:<6} {KIND_LABELS[change.kind]:<8} {short(change.content, 70)}{source}")
        for item in change.fields:
            print(f"         {item.label}: {short(item.before, 50) or '—'} → {short(item.after, 50) or '—'}")
    counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in KIND_LABELS}
    print(f"Tổng: bổ sung {counts['added']}, sửa đổi {counts['changed']}, bãi bỏ {counts['dropped']} nhiệm vụ")
    return EXIT_OK
