"""Power-cut proof: a writer killed with SIGKILL at random moments never loses a committed write
and never leaves a half-written one (200 kills)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.models import Progress
from desktop_app.services import maintenance
from desktop_app.services.database import Database
from tests.crash_writer import period_of
from tests.sample_data import make_sample

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("PLANTRACK_CRASH_KILLS", "200"))


@pytest.mark.slow
@pytest.mark.sqlite_only("kills a process writing to a database file")
def test_sigkill_never_loses_committed_or_keeps_partial_writes(db: Database, db_path: Path) -> None:
    sample = make_sample(db)
    task, unit = sample.task_ids[0], sample.pnv
    db.close()
    rng = random.Random(20241123)
    committed: set[int] = set()
    next_n = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for round_number in range(KILLS):
        child = subprocess.Popen([sys.executable, str(ROOT / "tests" / "crash_writer.py"), str(db_path),
                                  task, unit, str(next_n)], stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        # every other round kills only once a first write is through (a busy machine starts the
        # writer slowly); the others may kill it in its very first transaction
        first = child.stdout.readline() if round_number % 2 else ""
        time.sleep(rng.uniform(0.0, 0.08))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        reported = [int(line.split()[1]) for line in (first + out).splitlines() if line.startswith("ok ")]
        committed.update(reported)
        next_n = max([next_n - 1, *reported]) + 2  # skip a number that may be half-done
        check = Database.open(db_path)
        with check.read() as session:
            rows = {p.period: (p.status, p.percent, p.result) for p in session.scalars(select(Progress))}
        check.close()
        assert {period_of(n) for n in committed} <= rows.keys(), "a committed write was lost"
        for n in range(next_n):  # nothing half-written: every stored row is complete
            if period_of(n) in rows:
                assert rows[period_of(n)] == ("in_progress", n % 101, f"Lần ghi số {n} — kết quả đầy đủ")
    final = Database.open(db_path)
    report = maintenance.check(final)
    final.close()
    assert report.ok, report.problems
    assert len(committed) >= KILLS // 2  # the writer really wrote between kills, not only at start-up
