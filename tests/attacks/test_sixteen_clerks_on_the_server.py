"""Attack 2 on the shared server: 16 clerks saving progress on the same rows at once.

Before the fix, 4 clerks saving for 60 s left thousands of breaks in the chain. Each clerk here is
a thread with its own connection pool, appending its own token to one of a few shared progress
records with optimistic locking for ``SECONDS`` seconds. Afterwards ``check`` is clean (chain and
replayed values) and each record holds exactly the tokens whose saves reported success.
"""

from __future__ import annotations

import os
import threading
import time
from collections import defaultdict

import pytest

from desktop_app.services import progress
from desktop_app.services.database import Database
from desktop_app.services.errors import Conflict
from desktop_app.services.maintenance import check
from tests.attacks.writers import PERIOD
from tests.conftest import ON_SERVER
from tests.sample_data import Sample

CLERKS = 16
SECONDS = float(os.environ.get("PLANTRACK_CLERK_SECONDS", "20"))

pytestmark = pytest.mark.skipif(not ON_SERVER, reason="the shared server (PostgreSQL) only")


def clerks_saving(target: str, rows: list[tuple[str, str]], seconds: float) -> tuple[dict[int, list[str]], int]:
    saved: dict[int, list[str]] = defaultdict(list)
    conflicts = [0] * CLERKS
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(CLERKS)

    def clerk(who: int) -> None:
        db = Database.open(target, source=f"clerk-{who}")
        try:
            start.wait()
            deadline, n = time.monotonic() + seconds, 0
            while time.monotonic() < deadline:
                index = (who + n) % len(rows)
                task_id, unit_id = rows[index]
                token = f"c{who}n{n}"
                n += 1
                seen = progress.stored_progress(db, task_id, unit_id, PERIOD)
                text = (seen.values["result"] or "") if seen else ""
                try:
                    progress.record_progress(db, task_id, unit_id, PERIOD,
                                             expected_version=seen.version if seen else 0,
                                             status="in_progress", result=f"{text} {token}".strip())
                except Conflict:
                    conflicts[who] += 1
                    continue
                with lock:
                    saved[index].append(token)
        except BaseException as exc:
            failures.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=clerk, args=(who,)) for who in range(CLERKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return saved, sum(conflicts)


def run_clerks(db: Database, db_target: str, sample: Sample, seconds: float) -> None:
    rows = [(task_id, unit_id) for task_id in sample.task_ids for unit_id in (sample.pnv, sample.pgd)]
    saved, conflicts = clerks_saving(db_target, rows, seconds)
    assert sum(len(tokens) for tokens in saved.values()) > CLERKS
    report = check(db)
    assert report.problems == []
    for index, (task_id, unit_id) in enumerate(rows):
        stored = progress.stored_progress(db, task_id, unit_id, PERIOD)
        assert stored is not None
        assert sorted(stored.values["result"].split()) == sorted(saved[index]), "an update was lost"
    print(f"{CLERKS} clerks, {seconds:.0f} s: {sum(map(len, saved.values()))} saves, {conflicts} conflicts refused")


def test_sixteen_clerks_saving_progress_keep_the_chain(db: Database, db_target: str, sample: Sample) -> None:
    run_clerks(db, db_target, sample, SECONDS)


@pytest.mark.slow
def test_sixteen_clerks_for_a_minute(db: Database, db_target: str, sample: Sample) -> None:
    run_clerks(db, db_target, sample, 60)
