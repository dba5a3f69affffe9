"""Child process for the crash test: records progress in a loop, printing each committed write.

Usage: python tests/crash_writer.py DB TASK_ID UNIT_ID START
Each line printed ("ok <n>") is flushed only after the transaction committed.
"""

from __future__ import annotations

import sys

from desktop_app.domain.periods import periods_of_year
from desktop_app.services import progress
from desktop_app.services.database import Database


def period_of(n: int) -> str:
    """A distinct standard period code for each write number."""
    return periods_of_year(2000 + n // 19)[n % 19].code


def main() -> None:
    path, task_id, unit_id, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    db = Database.open(path, source="crash-test")
    print("ready", flush=True)
    n = start
    while True:
        progress.record_progress(db, task_id, unit_id, period_of(n), status="in_progress",
                                 percent=n % 101, result=f"Lần ghi số {n} — kết quả đầy đủ")
        print(f"ok {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
