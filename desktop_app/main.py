"""Entry point of ``plantrack``: no arguments (or only --db) opens the GUI, anything else the CLI."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

EXIT_ERROR = 2


def _gui_target(args: list[str]) -> tuple[bool, str | None]:
    """(wants the GUI, database given) for ``[]``, ``["--db", X]`` or ``["--db=X"]``."""
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--db":
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--db="):
        return True, args[0].split("=", 1)[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    wants_gui, target = _gui_target(args)
    if not wants_gui:
        from desktop_app.cli import main as cli_main

        return cli_main(args)
    try:
        from desktop_app.ui.app import run
    except ImportError as exc:
        print(f"Lỗi: không mở được giao diện ({exc}). Các lệnh dòng lệnh vẫn dùng được: plantrack --help",
              file=sys.stderr)
        return EXIT_ERROR
    return int(run(target or os.environ.get("PLANTRACK_DB") or None))


if __name__ == "__main__":
    raise SystemExit(main())
