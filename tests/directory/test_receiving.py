"""A city department receives 120 communes' progress packages for one period at once: all applied,
one status table (sent, late, returned, not sent), nothing applied twice on re-receipt, and the
consolidated report names the communes that have not reported."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.exchange.demo_city import build_city_plan, commune_packages
from desktop_app.exchange.package import receive_many
from desktop_app.reports.data import build_report_data
from desktop_app.services import review
from desktop_app.services.database import Database
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


def test_cli_words_follow_the_units_and_the_received_table(db: Database, db_target: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import main

    city = build_city_plan(db)
    sent = commune_packages(db, city, PERIOD, tmp_path / "inbox", sending=5, late=1)
    assert main(["--db", db_target, "send-plan", str(tmp_path / "plan.zip"), "--plan", "45/KH-SKHCN"]) == 0
    out = capsys.readouterr().out
    assert "để gửi kế hoạch xuống 126 xã, phường." in out
    commune_side = str(tmp_path / "inbox" / "communes.sqlite")
    assert main(["--db", commune_side, "export", str(tmp_path / "up.zip"), "--unit", "UBND phường Ba Đình",
                 "--period", PERIOD]) == 0
    assert "để gửi báo cáo lên Sở Khoa học và Công nghệ (UBND thành phố Hà Nội)." in capsys.readouterr().out
    assert main(["--db", db_target, "import", *map(str, sent.paths)]) == 0
    out = capsys.readouterr().out
    assert "tien-do-00004-2026-Q1.zip (UBND phường Ba Đình, 2026-Q1): thêm 3" in out and "[5/5] " in out
    assert main(["--db", db_target, "received", "--plan", "45/KH-SKHCN", "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert "00004  UBND phường Ba Đình" in out
    assert "126 đơn vị" in out and "quận" not in out and "huyện" not in out
    help_text = subprocess_help()
    assert "gửi xuống phường" not in help_text and "các xã, phường" in help_text


def subprocess_help() -> str:
    from desktop_app.cli import build_parser

    parser = build_parser()
    return parser.format_help()
