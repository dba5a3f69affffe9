"""Attack 2: two writers at once must never break the audit chain nor lose an update.

Before the fix the hook read the chain's last hash before the transaction held the write lock:
two parallel imports chained onto the same entry ("Nhật ký #N: không nối tiếp mục trước") for good.
Here two processes run lock-step rounds of an import and an edit of one shared progress record;
afterwards ``check`` is clean, every unit imported is there and the shared record holds every
token whose save reported success (optimistic locking refused the rest, which were retried).
"""

from __future__ import annotations

import multiprocessing
import os
from typing import Any

import pytest

from desktop_app.services import progress, units
from desktop_app.services.database import Database
from desktop_app.services.maintenance import check
from tests.attacks import writers
from tests.sample_data import Sample

ROUNDS = int(os.environ.get("PLANTRACK_WRITER_ROUNDS", "25"))


def _writer(queue: Any, *args: Any) -> None:
    try:
        queue.put(writers.run(*args))
    except BaseException as exc:  # reported to the test, which fails with it
        queue.put(exc)


def race(target: str, sample: Sample, rounds: int) -> tuple[list[str], int]:
    context = multiprocessing.get_context("spawn")
    barrier, queue = context.Barrier(2), context.Queue()
    procs = [context.Process(target=_writer, args=(queue, target, who, rounds, sample.task_ids[0], sample.pnv, barrier))
             for who in ("A", "B")]
    for proc in procs:
        proc.start()
    results = [queue.get(timeout=60 + rounds * 5) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
    tokens, conflicts = [], 0
    for result in results:
        if isinstance(result, BaseException):
            raise result
        tokens += result[0]
        conflicts += result[1]
    return tokens, conflicts


def assert_nothing_lost(db: Database, sample: Sample, tokens: list[str], rounds: int) -> None:
    report = check(db)
    assert report.problems == []
    codes = {u.code for u in units.list_units(db)}
    assert {f"{who}{n}" for who in "AB" for n in range(rounds)} <= codes
    stored = progress.stored_progress(db, sample.task_ids[0], sample.pnv, writers.PERIOD)
    assert stored is not None
    assert sorted(stored.values["result"].split()) == sorted(tokens)


def test_two_processes_importing_and_editing_keep_the_chain(db: Database, db_target: str, sample: Sample) -> None:
    tokens, _ = race(db_target, sample, ROUNDS)
    assert len(tokens) == 2 * ROUNDS
    assert_nothing_lost(db, sample, tokens, ROUNDS)


@pytest.mark.slow
def test_two_hundred_rounds_of_two_writers(db: Database, db_target: str, sample: Sample) -> None:
    tokens, _ = race(db_target, sample, 200)
    assert_nothing_lost(db, sample, tokens, 200)
