"""A city department receives 120 communes' progress packages for one period at once: all applied,
one status table (sent, late, returned, not sent), nothing applied twice on re-receipt, and the
consolidated report names the communes that have not reported."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.exchange.package import receive_many
from desktop_app.reports.data import build_report_data
from desktop_app.services import review
from desktop_app.services.database import Database
from desktop_app.services.demo_city import build_city_plan, commune_packages
from desktop_app.services.receiving import SendState, sending_table

PERIOD = "2026-Q1"


@pytest.mark.slow
def test_receiving_120_communes_at_once(db: Database, tmp_path: Path) -> None:
    city = build_city_plan(db)
    assert len(city.communes) == 126
    sent = commune_packages(db, city, PERIOD, tmp_path / "inbox", sending=120, late=6)
    assert len(sent.paths) == 120 and len(sent.silent) == 6

    started = time.perf_counter()
    results = receive_many(db, sent.paths)
    elapsed = time.perf_counter() - started
    assert [r.rejected for r in results if r.rejected] == []
    assert all((r.added, r.updated, r.conflicts) == (3, 0, []) for r in results)
    assert elapsed < 30  # the bench (bench/receive_communes.py) holds the < 10 s figure

    # the city returns one commune's update
    first_code, first_ubnd = city.communes[0]
    ids = review.unit_row_ids(db, city.plan_id, PERIOD, first_ubnd)
    review.return_(db, ids[:1], "Thiếu số liệu hồ sơ trực tuyến")

    table = sending_table(db, city.plan_id, PERIOD, today=date(2026, 3, 31))
    by_code = {u.official_code: u for u in table.units if u.official_code}
    assert len(by_code) == 126
    assert by_code[first_code].state == SendState.RETURNED
    assert {c for c, u in by_code.items() if u.state == SendState.SENT_LATE} == set(sent.late)
    assert {c for c, u in by_code.items() if u.state == SendState.LATE} == set(sent.silent)
    assert table.count(SendState.SENT) == 120 - 6 - 1

    # re-receipt changes nothing
    again = receive_many(db, sent.paths)
    assert all((r.added, r.updated) == (0, 0) for r in again)
    assert sending_table(db, city.plan_id, PERIOD, today=date(2026, 3, 31)) == table

    # the consolidated report names the communes that have not reported
    report = build_report_data(db, city.plan_id, PERIOD, invariant=True)
    silent_names = {u.unit_name for u in table.units if u.state == SendState.LATE}
    assert silent_names and silent_names <= set(report.not_reported)
    assert not ({u.unit_name for u in table.units if u.state == SendState.SENT} & set(report.not_reported))
    assert all("quận" not in n and "huyện" not in n for n in report.not_reported)
