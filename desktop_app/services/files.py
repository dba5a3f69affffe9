"""Writing a file whole or not at all, and saying so plainly when the disk is full.

Every file the program writes for the clerk (exports, packages, reports, backups) is written to a
temporary name beside the target and renamed over it only when complete. If anything fails on
the way, the temporary file is removed: no ``.partial`` / ``.tmp`` is ever left behind. A full disk
(ENOSPC, or SQLite's "database or disk is full") becomes :class:`DiskFull`, a refusal whose
sentence begins "Ổ đĩa đã đầy".
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from desktop_app.services.errors import Problem, ValidationError

FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
SQLITE_FULL = ("database or disk is full", "disk i/o error")
TIGHT = 1024 * 1024  # less free space than this, and SQLite's "disk I/O error" means a full disk


class DiskFull(ValidationError):
    """Nothing was written: the disk (or the user's quota) is full."""

    @classmethod
    def at(cls, where: Path | str | None) -> DiskFull:
        place = f" khi ghi '{Path(where).name}'" if where else ""
        free = _free(where)
        left = f" (còn trống {free // 1024} KB)" if free is not None else ""
        return cls([Problem("", f"Ổ đĩa đã đầy{place}{left}: không ghi được gì, không để lại tệp dở dang. "
                                "Hãy xóa bớt tệp hoặc chọn ổ khác rồi làm lại.")])


def _free(where: Path | str | None) -> int | None:
    if where is None:
        return None
    folder = Path(where).parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def is_disk_full(exc: BaseException, where: Path | str | None = None) -> bool:
    """Whether an error (OSError, sqlite3 or SQLAlchemy's wrapper of it) says the disk is full."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in FULL_ERRNOS:
            return True
        if isinstance(seen, sqlite3.Error):
            text = str(seen).lower()
            if SQLITE_FULL[0] in text:
                return True
            if SQLITE_FULL[1] in text:
                free = _free(where)
                return free is not None and free < TIGHT
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
        if seen is exc:
            break
    return False


@contextlib.contextmanager
def replacing(target: Path, suffix: str = ".partial") -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; renamed over ``target`` when the block ends,
    removed when it raises (a full disk raised as :class:`DiskFull`)."""
    target = Path(target)
    temp = target.with_name(f"{target.name}{suffix}")
    with contextlib.suppress(OSError):
        temp.unlink()
    try:
        yield temp
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if is_disk_full(exc, target):
            raise DiskFull.at(target) from exc
        raise


def write_bytes(target: Path, data: bytes, suffix: str = ".partial") -> Path:
    """``data`` into ``target`` whole (flushed to the disk) or not at all."""
    with replacing(target, suffix) as temp, temp.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    return Path(target)
