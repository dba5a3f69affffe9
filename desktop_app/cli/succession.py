"""``plantrack dissolve`` (a unit ceases on a date, its work passes to successors) and
``plantrack carry-on`` (the amendment that reassigns a plan's open tasks of dissolved units)."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import EXIT_OK, Commands, Context, fmt_date, parse_date, short, table
from desktop_app.services import succession
from desktop_app.services.errors import Problem, ValidationError
from desktop_app.services.legacy_mapping import PACKAGE
from desktop_app.services.successor_suggestion import SuccessorSuggestion, suggest_successors
from desktop_app.services.units import resolve_unit


def register(commands: Commands) -> None:
    parser = commands.add("dissolve", "ghi một đơn vị giải thể từ một ngày và (các) đơn vị kế thừa; lịch sử "
                                      "giữ nguyên", run_dissolve)
    parser.add_argument("--unit", required=True, action="append", metavar="ĐƠN-VỊ",
                        help="đơn vị giải thể (mã, mã hành chính hoặc tên); lặp lại cho nhiều đơn vị cùng kế thừa")
    parser.add_argument("--on", required=True, type=parse_date, metavar="NGÀY", help="ngày giải thể, ví dụ 01/07/2025")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--successor", action="append", default=[], metavar="ĐƠN-VỊ",
                        help="đơn vị kế thừa (lặp lại cho nhiều đơn vị); bỏ trống: theo đơn vị cấp trên")
    choice.add_argument("--suggest", action="store_true",
                        help="chỉ in gợi ý đơn vị kế thừa của xã, phường cũ (theo bảng sắp xếp 2025), không ghi gì")
    choice.add_argument("--as-suggested", action="store_true",
                        help="ghi đơn vị kế thừa theo gợi ý của bảng sắp xếp 2025 (các xã, phường mới có "
                             "trong cơ sở dữ liệu)")

    parser = commands.add("carry-on", "tiếp tục kế hoạch có đơn vị đã giải thể: một văn bản giao lại các nhiệm "
                                      "vụ chưa xong cho đơn vị kế thừa", run_carry_on)
    parser.add_argument("--plan", required=True, metavar="KẾ-HOẠCH", help="mã hoặc số, ký hiệu kế hoạch")
    parser.add_argument("--from", dest="on", required=True, type=parse_date, metavar="NGÀY",
                        help="ngày có hiệu lực (thường là ngày giải thể)")
    parser.add_argument("--map", action="append", default=[], metavar="CŨ=MỚI,MỚI",
                        help="đổi gợi ý: đơn vị cũ = các đơn vị kế thừa, cách nhau dấu phẩy")
    parser.add_argument("--dry-run", action="store_true", help="chỉ in gợi ý, không ghi gì")
    parser.add_argument("--number", metavar="SỐ", help="số văn bản sửa đổi")
    parser.add_argument("--symbol", default="KH-UBND", metavar="KÝ-HIỆU")
    parser.add_argument("--type", default="KH", metavar="LOẠI", help="loại văn bản (mặc định KH)")
    parser.add_argument("--date", type=parse_date, metavar="NGÀY", help="ngày ban hành văn bản")
    parser.add_argument("--issuer", default="", metavar="CƠ-QUAN")
    parser.add_argument("--new-issuer", metavar="ĐƠN-VỊ",
                        help="khi đơn vị ban hành kế hoạch đã giải thể: đơn vị kế thừa báo cáo kế hoạch từ ngày này "
                             "(mặc định: đơn vị kế thừa đầu tiên)")
    parser.add_argument("--title", default="", metavar="TRÍCH-YẾU")


def run_dissolve(args: argparse.Namespace, ctx: Context) -> int:
    suggested = {s.unit_id: s for s in suggest_successors(ctx.db, list(args.unit))}
    if args.suggest:
        with ctx.db.read() as session:
            for ref in args.unit:
                unit = resolve_unit(session, ref)
                print(suggested[unit.id].sentence() if unit.id in suggested
                      else f"{unit.name}: bảng sắp xếp 2025 không có gợi ý (không phải xã, phường cũ nó biết, hoặc "
                           f"chưa cài {PACKAGE})")
        return EXIT_OK
    mapping = {ref: list(args.successor) for ref in args.unit}
    if args.as_suggested:
        mapping = _as_suggested(ctx, args.unit, suggested)
    done = succession.dissolve_units(ctx.db, args.on, mapping)
    with ctx.db.read() as session:
        for item in done:
            unit = resolve_unit(session, item.unit_id)
            names = ", ".join(resolve_unit(session, s).name for s in item.successor_ids) or "(theo đơn vị cấp trên)"
            print(f"{unit.name}: giải thể từ {fmt_date(item.on)}; kế thừa: {names}")
            if not item.successor_ids and item.unit_id in suggested:
                print(f"  Gợi ý: {suggested[item.unit_id].sentence()} — ghi theo gợi ý: --as-suggested")
    return EXIT_OK


def _as_suggested(ctx: Context, refs: list[str], suggested: dict[str, SuccessorSuggestion]) -> dict[str, list[str]]:
    """Each unit → its suggested successors in the database; a unit without any is refused by name."""
    mapping: dict[str, list[str]] = {}
    problems: list[Problem] = []
    with ctx.db.read() as session:
        for ref in refs:
            unit = resolve_unit(session, ref)
            suggestion = suggested.get(unit.id)
            if suggestion is None:
                problems.append(Problem("unit", f"Không có gợi ý đơn vị kế thừa cho '{unit.name}': nhập --successor"))
            elif not suggestion.present:
                problems.append(Problem("unit", suggestion.sentence()))
            else:
                mapping[unit.id] = list(suggestion.successor_ids)
    if problems:
        raise ValidationError(problems)
    return mapping


def _mapping(ctx: Context, pairs: list[str]) -> dict[str, list[str]] | None:
    if not pairs:
        return None
    found: dict[str, list[str]] = {}
    with ctx.db.read() as session:
        for pair in pairs:
            old, _, new = pair.partition("=")
            found[resolve_unit(session, old.strip()).id] = [resolve_unit(session, n.strip()).id
                                                            for n in new.split(",") if n.strip()]
    return found


def run_carry_on(args: argparse.Namespace, ctx: Context) -> int:
    mapping = _mapping(ctx, args.map)
    suggestion = succession.suggest_carry_on(ctx.db, args.plan, args.on, mapping)
    if mapping is not None:  # the clerk's choice for some units, the suggestion for the others
        suggestion = succession.suggest_carry_on(ctx.db, args.plan, args.on, {**suggestion.mapping, **mapping})
    for old, new in suggestion.mapping.items():
        print(f"{suggestion.names.get(old, old)} → {succession.names_of(suggestion, new) or '(chưa chọn)'}")
        if old in suggestion.notes:
            print(f"  Gợi ý: {suggestion.notes[old]}")
    rows = [[t.number, short(t.content, 40), succession.names_of(suggestion, [t.lead_after]),
             succession.names_of(suggestion, t.coordinators_after)] for t in suggestion.tasks]
    for line in table(rows, ["STT", "Nhiệm vụ", "Chủ trì (mới)", "Phối hợp (mới)"]):
        print(line)
    try:
        reporting = succession.issuer_successors(ctx.db, args.plan, args.on, suggestion.mapping, args.new_issuer)
    except ValidationError as exc:
        if not (args.dry_run or not args.number):
            raise
        reporting = ()
        print(exc.summary())
    if reporting:
        with ctx.db.read() as session:
            print(f"Báo cáo kế hoạch các kỳ từ {fmt_date(args.on)}: {resolve_unit(session, reporting[0]).name} "
                  "(đơn vị ban hành kế hoạch đã giải thể; đổi: --new-issuer)")
    if args.dry_run or not args.number:
        print(f"{len(suggestion.tasks)} nhiệm vụ sẽ được giao lại (chưa ghi gì; thêm --number để ghi văn bản).")
        return EXIT_OK
    document, _ = succession.carry_on_plan(
        ctx.db, args.plan, args.on, number=args.number, symbol=args.symbol, issued_on=args.date,
        issuer=args.issuer, title=args.title, doc_type=args.type, mapping=suggestion.mapping,
        new_issuer=args.new_issuer)
    print(f"Đã ghi văn bản {document.number}/{document.symbol}: giao lại {len(suggestion.tasks)} nhiệm vụ từ "
          f"{fmt_date(args.on)}.")
    return EXIT_OK
