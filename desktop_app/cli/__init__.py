"""The ``plantrack`` command line (no Qt here: import-linter forbids it).

Each command lives in its own module of this package and is listed in ``COMMAND_MODULES``; a
module has ``register(commands: Commands) -> None`` that adds its sub-command(s) with
``commands.add(name, help, run)``. To add a command, write a module and add one line below.

Exit codes: 0 done; 1 ``check`` found problems; 2 refused input, missing file, a database that
cannot be opened (one Vietnamese sentence on stderr, never a traceback); 3 unexpected error.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from desktop_app import APP_NAME, __version__
from desktop_app.cli.base import EXIT_ERROR, EXIT_UNEXPECTED, CliError, Commands, Context, Parser
from desktop_app.db.opening import DatabaseOpenError
from desktop_app.domain.periods import PeriodError
from desktop_app.domain.text import printable
from desktop_app.services.errors import Conflict, InUse, NotFound, Problem, ValidationError
from desktop_app.services.files import FULL_ERRNOS

COMMAND_MODULES = [
    "desktop_app.cli.demo",
    "desktop_app.cli.plans",
    "desktop_app.cli.tasks",
    "desktop_app.cli.units",
    "desktop_app.cli.progress",
    "desktop_app.cli.search",
    "desktop_app.cli.periods",
    "desktop_app.cli.check",
    "desktop_app.cli.exchange",
    "desktop_app.cli.backup",
    "desktop_app.cli.excel",
    "desktop_app.cli.report",
    "desktop_app.cli.review",
    "desktop_app.cli.attach",
    "desktop_app.cli.amend",
    "desktop_app.cli.directory",
    "desktop_app.cli.succession",
    "desktop_app.cli.receiving",
    "desktop_app.cli.esign",
    "desktop_app.cli.reading",
]

EXIT_BROKEN_PIPE = 141  # as a shell reports a command stopped by SIGPIPE
DB_HELP = ("tệp cơ sở dữ liệu hoặc URL (mặc định: biến môi trường PLANTRACK_DB, nếu không có thì tệp "
           "trong thư mục dữ liệu của người dùng)")


def build_parser() -> Parser:
    parser = Parser(prog="plantrack", description=f"{APP_NAME} — dòng lệnh. Không có tham số: mở giao diện.")
    parser.add_argument("--version", action="version", version=f"plantrack {__version__}",
                        help="hiện số phiên bản rồi thoát")
    parser.add_argument("--db", metavar="TỆP-HOẶC-URL", help=DB_HELP)
    parser.add_argument("--new-database", action="store_true",
                        help="tạo cơ sở dữ liệu mới trong tệp đã cho kể cả khi tệp đó đang trống (0 byte)")
    # the same option after the command name; SUPPRESS keeps a value given before the command
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="TỆP-HOẶC-URL", default=argparse.SUPPRESS, help=DB_HELP)
    commands = Commands(parser.add_subparsers(dest="command", metavar="LỆNH", title="các lệnh",
                                              parser_class=Parser), common)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a stream already written in another encoding
                reconfigure(encoding="utf-8")


class _Printable:
    """A text stream that drops control and direction-override characters (ESC[2J would clear the
    clerk's terminal, RLO reverse what follows); everything else is the stream's own."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return int(self._stream.write(printable(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _printable_streams() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Printable(sys.stdout), _Printable(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _fail(message: str) -> int:
    message = " ".join(message.split())
    if message and message[-1] not in ".!?)":
        message += "."
    print(f"Lỗi: {message}", file=sys.stderr)
    return EXIT_ERROR


# a service's field name that no option of the command carries, said in a clerk's words; the
# output format follows the file name given with --out
FIELD_WORDS = {
    "fmt": "--out", "file": "Tệp", "effective_from": "Ngày hiệu lực", "number": "Số",
    "content": "Nội dung", "unit": "Đơn vị", "unit_id": "Đơn vị", "title": "Trích yếu",
    "schedule": "Thời hạn", "kind": "Loại", "code": "Mã", "value": "Giá trị", "target": "Chỉ tiêu",
    "reason": "Lý do", "progress": "Tiến độ", "plan": "Kế hoạch", "period": "Kỳ báo cáo",
    "group_id": "Nhóm", "end": "Năm kết thúc", "start": "Năm bắt đầu", "changes": "Thay đổi",
    "max_bytes": "Dung lượng", "owner_kind": "Loại hồ sơ", "name": "Tên",
}
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")


def _validation_message(exc: ValidationError, args: argparse.Namespace) -> str:
    """The services' problems, with a field named after the option that gave it ("--period") or in
    a clerk's words; an internal name is never shown."""
    problems = []
    for problem in exc.problems:
        where = problem.where
        if where and isinstance(getattr(args, where, None), str):
            where = "--" + where.replace("_", "-")
        elif where and _IDENTIFIER.fullmatch(where):
            where = FIELD_WORDS.get(where, "")
        problems.append(Problem(where, problem.message))
    return ValidationError(problems, exc.total, exc.stopped).summary()


def _os_error(exc: OSError) -> str:
    name = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc)
    if exc.errno in FULL_ERRNOS:
        return f"Ổ đĩa đã đầy: không ghi được tệp '{name}'; không để lại tệp dở dang. Hãy xóa bớt tệp rồi làm lại."
    if isinstance(exc, FileNotFoundError):
        return f"Không tìm thấy tệp '{name}'."
    if isinstance(exc, PermissionError):
        return f"Không có quyền đọc/ghi tệp '{name}'."
    if isinstance(exc, IsADirectoryError):
        return f"'{name}' là một thư mục, không phải tệp."
    return f"Không đọc/ghi được tệp '{name}': {reason}." if name else f"Lỗi đọc/ghi tệp: {reason}."


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    with _printable_streams():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    context = Context(args.db or os.environ.get("PLANTRACK_DB") or None, create=args.new_database)
    try:
        return int(args.run(args, context))
    except ValidationError as exc:
        return _fail(_validation_message(exc, args))
    except (CliError, NotFound, InUse, Conflict, DatabaseOpenError, PeriodError) as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # output piped into `head`: stop quietly
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        return _fail(_os_error(exc))
    except SQLAlchemyError as exc:
        return _fail(f"Cơ sở dữ liệu báo lỗi: {str(exc).splitlines()[0]}")
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("PLANTRACK_DEBUG"):
            raise
        print(f"Lỗi không mong đợi ({exc.__class__.__name__}): {exc}. Chạy lại với biến môi trường "
              "PLANTRACK_DEBUG=1 để xem chi tiết.", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        context.close()
