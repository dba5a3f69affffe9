"""Who holds a database file open, and taking a SQLite file for oneself alone.

Restoring and migrating must not change a database under another connection. SQLite tells that
another connection has a WAL database open: a connection in EXCLUSIVE locking mode cannot begin
while any other one has it open, even idle. Which program that is, the system knows: on Linux the
open files of each process are listed in /proc (elsewhere the sentence names no process).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

EXCLUSIVE_WAIT_S = 2.0


def holders(path: Path) -> list[str]:
    """Other processes with the database (or its -wal / -shm) open: "chương trình … (tiến trình N)"."""
    wanted = {str(path), f"{path}-wal", f"{path}-shm"}
    found: list[str] = []
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if not any(os.readlink(fd) in wanted for fd in (entry / "fd").iterdir()):
                continue
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # gone meanwhile, or not ours to look at
            continue
        ours = "plantrack" in command or "desktop_app" in command
        label = "chương trình Theo dõi Kế hoạch" if ours else f"chương trình '{Path(command.split(' ')[0]).name}'"
        found.append(f"{label} (tiến trình {entry.name})")
    return found


def held_message(path: Path, doing: str) -> str:
    """A sentence saying who holds ``path`` so that ``doing`` cannot go on."""
    who = holders(path)
    named = ", ".join(who) if who else "một chương trình khác (một cửa sổ Theo dõi Kế hoạch hoặc một lệnh plantrack)"
    return (f"Không thể {doing}: '{path.name}' đang được mở bởi {named}. "
            "Hãy đóng chương trình đó rồi thử lại.")


@contextmanager
def exclusive(path: Path, doing: str, wait_s: float = EXCLUSIVE_WAIT_S) -> Iterator[sqlite3.Connection]:
    """A connection that alone has ``path`` open until the block ends; others wait or are refused.

    Raises ``DatabaseOpenError`` (reason "locked") naming who holds the file when another
    connection has it open.
    """
    from desktop_app.db.opening import DatabaseOpenError

    connection = sqlite3.connect(path, timeout=wait_s)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        try:
            connection.execute("BEGIN EXCLUSIVE")
            connection.commit()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise DatabaseOpenError(held_message(path, doing), "locked") from exc
        yield connection
    finally:
        connection.close()
