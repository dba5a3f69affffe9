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
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from desktop_app import APP_NAME, __version__
from desktop_app.cli.base import EXIT_ERROR, EXIT_UNEXPECTED, CliError, Commands, Context, Parser
from desktop_app.db.opening import DatabaseOpenError
from desktop_app.domain.periods import PeriodError
from desktop_app.services.errors import Conflict, InUse, NotFound, ValidationError

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
    "desktop_app.cli.reading",
]

EXIT_BROKEN_PIPE = 141  # as a shell reports a command stopped by SIGPIPE
DB_HELP = ("tệp cơ sở dữ liệu hoặc URL (mặc định: biến môi trường PLANTRACK_DB, nếu không có thì tệp "
           "trong thư mục dữ liệu của người dùng)")


def build_parser() -> Parser:
    parser = Parser(prog="plantrack", description=f"{APP_NAME} — dòng lệnh. Không có tham số: mở giao diện.")
    parser.add_argument("--version", action="version", version=f"plantrack {__version__}")
    parser.add_argument("--db", metavar="TỆP-HOẶC-URL", help=DB_HELP)
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


def _fail(message: str) -> int:
    message = " ".join(message.split())
    if message and message[-1] not in ".!?)":
        message += "."
    print(f"Lỗi: {message}", file=sys.stderr)
    return EXIT_ERROR


def _validation_message(exc: ValidationError, args: argparse.Namespace) -> str:
    """The services' problems, with a field named after the option that gave it ("--period")."""
    for problem in exc.problems:
        if problem.where and isinstance(getattr(args, problem.where, None), str):
            problem.where = "--" + problem.where.replace("_", "-")
    return ValidationError(exc.problems).summary()


def _os_error(exc: OSError) -> str:
    name = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError):
        return f"Không tìm thấy tệp '{name}'."
    if isinstance(exc, PermissionError):
        return f"Không có quyền đọc/ghi tệp '{name}'."
    if isinstance(exc, IsADirectoryError):
        return f"'{name}' là một thư mục, không phải tệp."
    return f"Không đọc/ghi được tệp '{name}': {reason}." if name else f"Lỗi đọc/ghi tệp: {reason}."


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    context = Context(args.db or os.environ.get("PLANTRACK_DB") or None)
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
