"""A plan whose issuer was dissolved: the carry-on records which successor reports on it from then
(the clerk's choice, else the first successor); reports of periods before the dissolution are headed
by the old issuer, later ones by that successor with its own report settings."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.schedule import Schedule
from desktop_app.reports.data import build_report_data
from desktop_app.services import local_bodies, plans, revisions, succession, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError

DISSOLVED = date(2025, 7, 1)


def _plan(db: Database) -> dict[str, str]:
    district = units.create_unit(db, "UBND quận Ba Đình", "UBND", "peoples_committee").id
    plan = plans.create_plan(db, "Thực hiện Nghị quyết về đội ngũ trí thức", "215", "KH-UBND",
                             issued_on=date(2024, 6, 18), issuer_unit_id=district, start_year=2024, end_year=2030)
    group = tasks.add_group(db, plan.id, "Tuyên truyền").id
    tasks.add_task(db, group, "Sơ kết hằng năm", district, schedule=Schedule.yearly(12, 10))
    ba_dinh, ngoc_ha = (local_bodies.setup_commune(db, code)[0].id for code in ("00004", "00008"))
    succession.dissolve_units(db, DISSOLVED, {district: [ba_dinh, ngoc_ha]})
    return {"plan": plan.id, "district": district, "ba_dinh": ba_dinh, "ngoc_ha": ngoc_ha}


def _heads(db: Database, plan: str) -> tuple[str, str]:
    return (build_report_data(db, plan, "2025-Q2", invariant=True).settings.issuing_body,
            build_report_data(db, plan, "2025-Q4", invariant=True).settings.issuing_body)


def _carry_on(db: Database, plan: str, new_issuer: str | None = None) -> None:
    succession.carry_on_plan(db, plan, DISSOLVED, number="12", symbol="KH-UBND", issued_on=date(2025, 7, 10),
                             issuer="UBND Thành phố Hà Nội", new_issuer=new_issuer)


def test_the_report_after_the_dissolution_is_headed_by_the_first_successor_by_default(db: Database) -> None:
    d = _plan(db)
    assert _heads(db, d["plan"]) == ("UBND QUẬN BA ĐÌNH", "UBND QUẬN BA ĐÌNH")  # not carried on yet: history
    _carry_on(db, d["plan"])
    q2, q4 = _heads(db, d["plan"])
    assert q2 == "UBND QUẬN BA ĐÌNH" and q4 == "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH"
    assert plans.get_plan(db, d["plan"]).issuer_name == "UBND quận Ba Đình"  # the plan is not rewritten


def test_the_clerk_chooses_the_successor_that_reports(db: Database) -> None:
    d = _plan(db)
    _carry_on(db, d["plan"], new_issuer="UBND phường Ngọc Hà")
    q4 = build_report_data(db, d["plan"], "2025-Q4", invariant=True)
    assert q4.settings.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG NGỌC HÀ" and q4.settings.place == "Ngọc Hà"
    assert "QUẬN" not in f"{q4.settings.governing_body} {q4.settings.issuing_body}"
    # 2025 as a whole ends after the dissolution: the successor reports it too
    assert build_report_data(db, d["plan"], "2025-Y", invariant=True).settings.issuing_body == \
        "ỦY BAN NHÂN DÂN PHƯỜNG NGỌC HÀ"


def test_a_dissolved_or_unknown_new_issuer_is_refused_and_nothing_is_written(db: Database) -> None:
    d = _plan(db)
    for bad in ("UBND quận Ba Đình", "UBND phường Không Có"):
        with pytest.raises(ValidationError) as caught:
            _carry_on(db, d["plan"], new_issuer=bad)
        assert caught.value.problems[0].where == "new_issuer"
    assert revisions.list_amendments(db, d["plan"]) == []
    assert _heads(db, d["plan"])[1] == "UBND QUẬN BA ĐÌNH"


def test_cli_carry_on_names_and_records_the_new_issuer(db: Database, db_target: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import main

    d = _plan(db)
    assert main(["--db", db_target, "carry-on", "--plan", "215/KH-UBND", "--from", "01/07/2025", "--dry-run"]) == 0
    assert "Báo cáo kế hoạch các kỳ từ 01/07/2025: UBND phường Ba Đình" in capsys.readouterr().out
    assert main(["--db", db_target, "carry-on", "--plan", "215/KH-UBND", "--from", "01/07/2025", "--number", "12",
                 "--new-issuer", "UBND phường Ngọc Hà"]) == 0
    assert "Báo cáo kế hoạch các kỳ từ 01/07/2025: UBND phường Ngọc Hà" in capsys.readouterr().out
    assert _heads(db, d["plan"]) == ("UBND QUẬN BA ĐÌNH", "ỦY BAN NHÂN DÂN PHƯỜNG NGỌC HÀ")


def test_the_report_settings_edited_for_a_later_period_are_the_successor_s(db: Database) -> None:
    from desktop_app.services.report_settings import save_settings, signing_unit, with_changes

    d = _plan(db)
    _carry_on(db, d["plan"], new_issuer="UBND phường Ngọc Hà")
    assert signing_unit(db, d["plan"], "progress", None, "2025-Q2").unit_id == d["district"]
    later = signing_unit(db, d["plan"], "progress", None, "2025-Q4")
    assert later.unit_id == d["ngoc_ha"]
    save_settings(db, later.unit_id, with_changes(later.settings, signer_name="Nguyễn Văn An"))
    assert build_report_data(db, d["plan"], "2025-Q4", invariant=True).settings.signer_name == "Nguyễn Văn An"
    assert build_report_data(db, d["plan"], "2025-Q2", invariant=True).settings.signer_name != "Nguyễn Văn An"


def test_cli_dry_run_says_when_the_dissolved_issuer_has_no_successor(db: Database, db_target: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import main

    district = units.create_unit(db, "UBND quận Thanh Xuân", "UBND-TX", "peoples_committee").id
    plan = plans.create_plan(db, "Chuyển đổi số", "9", "KH-UBND", issued_on=date(2024, 2, 1),
                             issuer_unit_id=district, start_year=2024, end_year=2026)
    tasks.add_task(db, tasks.add_group(db, plan.id, "Nhiệm vụ").id, "Số hóa hồ sơ", district,
                   schedule=Schedule.continuous())
    succession.dissolve_units(db, DISSOLVED, {district: []})
    assert main(["--db", db_target, "carry-on", "--plan", "9/KH-UBND", "--from", "01/07/2025", "--dry-run"]) == 0
    assert "Chưa có đơn vị kế thừa 'UBND quận Thanh Xuân'" in capsys.readouterr().out
    assert main(["--db", db_target, "carry-on", "--plan", "9/KH-UBND", "--from", "01/07/2025", "--number", "3"]) != 0
    assert revisions.list_amendments(db, plan.id) == []
