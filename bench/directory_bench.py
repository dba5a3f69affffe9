"""Benchmarks of the two-level government (issue 16): loading the national directory, searching it
as a clerk types, and a city department receiving 120 communes' packages for one period."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import Figure, bench

TYPED = ["ba dinh", "phuong ngoc ha", "xa thanh tri", "00004", "thanh hoa ba dinh", "dac khu con dao"]


@bench("directory")
def directory_load_and_search() -> list[Figure]:
    from desktop_app.services import directory
    from desktop_app.services.database import Database

    folder = Path(tempfile.mkdtemp(prefix="bench-directory-"))
    try:
        db = Database.open(folder / "d.sqlite")
        began = time.perf_counter()
        result = directory.load_directory(db)
        load = time.perf_counter() - began
        began = time.perf_counter()
        again = directory.load_directory(db)
        reload = time.perf_counter() - began
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert result.added == 3355 and again.unchanged == 3355
    queries = [phrase[:end] for phrase in TYPED for end in range(1, len(phrase) + 1) if not phrase[:end].endswith(" ")]
    directory.search("warm")
    times = []
    for q in queries:
        began = time.perf_counter()
        directory.search(q, limit=50)
        times.append(time.perf_counter() - began)
    ordered = sorted(times)
    median, p95 = statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return [
        Figure("Load the national directory, 34 provinces + 3,321 communes (audited) / load again (nothing changes)",
               f"{load:.2f} s / {reload:.2f} s", "—", None, "< 3 s", load < 3),
        Figure(f"Search the directory as you type, 3,355 units, {len(queries)} keystrokes (median / p95)",
               f"{median * 1000:.1f} / {p95 * 1000:.1f} ms", "—", None, "< 20 ms", p95 < 0.020),
    ]


@bench("receive-communes")
def receive_communes() -> list[Figure]:
    from desktop_app.exchange.demo_city import build_city_plan, commune_packages
    from desktop_app.exchange.package import receive_many
    from desktop_app.services.database import Database

    folder = Path(tempfile.mkdtemp(prefix="bench-receive-"))
    try:
        db = Database.open(folder / "city.sqlite")
        city = build_city_plan(db)
        sent = commune_packages(db, city, "2026-Q1", folder / "inbox", sending=120, late=6)
        began = time.perf_counter()
        results = receive_many(db, sent.paths)
        first = time.perf_counter() - began
        began = time.perf_counter()
        again = receive_many(db, sent.paths)
        second = time.perf_counter() - began
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert sum(r.added for r in results) == 360 and sum(r.added + r.updated for r in again) == 0
    return [Figure("Receive 120 communes' progress packages for one period (360 rows; each file checked and applied "
                   "in its own transaction) / receive them again (nothing applied twice)",
                   f"{first:.2f} s / {second:.2f} s", "—", None, "< 10 s", first < 10)]
