"""What every command shares: the parser class, the command registry, the open database."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NoReturn

from desktop_app.cli import argparse_vi
from desktop_app.services.database import Database, default_database_path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2
EXIT_UNEXPECTED = 3


class CliError(Exception):
    """A refusal the command itself detects (bad option value, missing module)."""


argparse_vi.install()

# argparse's sentences arrive in Vietnamese (argparse_vi); these make a few of them plainer
_PLAINER = [
    (re.compile(r"(\S+): giá trị int không hợp lệ: (.*)"), "{0}: cần một số nguyên, không phải {1}"),
    (re.compile(r"(\S+): giá trị float không hợp lệ: (.*)"), "{0}: cần một số, không phải {1}"),
]


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors said in Vietnamese (still exit code 2)."""

    def error(self, message: str) -> NoReturn:
        for pattern, template in _PLAINER:
            found = pattern.fullmatch(message)
            if found:
                message = template.format(*found.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"Lỗi: {message}. Xem '{self.prog} --help'.\n")


Runner = Callable[[argparse.Namespace, "Context"], int]


class Commands:
    """The registry the command modules add themselves to."""

    def __init__(self, subparsers: Any, common: argparse.ArgumentParser) -> None:
        self._subparsers = subparsers
        self._common = common

    @property
    def common(self) -> argparse.ArgumentParser:
        """The options every command takes (--db): a parent for a command's own sub-commands."""
        return self._common

    def add(self, name: str, help: str, run: Runner, description: str | None = None) -> Parser:
        parser: Parser = self._subparsers.add_parser(name, help=help, description=description or help,
                                                     parents=[self._common])
        parser.set_defaults(run=run)
        return parser


class Context:
    """The database named by --db / PLANTRACK_DB / the default path, opened on first use."""

    def __init__(self, target: str | None, create: bool = False) -> None:
        self.target = target
        self.create = create  # --new-database: an empty file becomes a new database
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = Database.open(self.target or default_database_path(), source="cli", create=self.create)
        return self._db

    @property
    def location(self) -> str:
        if self._db is not None and self._db.path is not None:
            return str(self._db.path)
        if self._db is not None:
            return self._db.url
        return str(self.target or default_database_path())

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


# ---- small formatting helpers --------------------------------------------------------------


def parse_date(text: str) -> date:
    """argparse type: "31/12/2025" or "2025-12-31"."""
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ngày không hợp lệ '{text}' (dạng đúng: 31/12/2025)")


def fmt_date(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def short(text: str | None, width: int) -> str:
    """One line of at most ``width`` characters, cut with "…"."""
    line = " ".join((text or "").split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def table(rows: list[list[str]], headers: list[str] | None = None) -> list[str]:
    """Columns padded to the widest cell; the last column is never padded."""
    every = ([headers] if headers else []) + rows
    if not every:
        return []
    widths = [max(len(row[i]) for row in every) for i in range(len(every[0]))]
    lines = []
    for index, row in enumerate(every):
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
        if headers and index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines
