"""The demo past 01/07/2025: districts dissolved, their 2024 plans carried on by the successor
wards, UBND phường Ba Đình's 2026 plan, a city department receiving 120 communes' packages; and
no "quận" / "huyện" / "district" in what the new units' plan prints or shows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.exchange.demo_two_level import OLD_WARDS, create_two_level_demo
from desktop_app.reports.data import build_report_data
from desktop_app.services import demo, legacy_mapping, plans, succession, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.receiving import SendState, sending_table

TODAY = date(2026, 4, 20)
OLD_WORDS = re.compile(r"\b(quận|huyện|district)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def two_level(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(tmp_path_factory.mktemp("demo2") / "demo.sqlite", source="test")
    summary = create_two_level_demo(db, today=TODAY)
    assert any("120 gói tiến độ kỳ 2026-Q1" in line for line in summary.lines())
    yield db
    db.close()


def _lines(data):  # type: ignore[no-untyped-def]
    return {line.number: line for group in data.groups for line in group.tasks}


@pytest.mark.slow
def test_the_2024_plans_stay_and_are_carried_on_by_the_successor_wards(two_level: Database) -> None:
    db = two_level
    found = {p.reference: p for p in plans.list_plans(db)}
    assert set(found) == {"215/KH-UBND", "202-KH/QU", "45/KH-SKHCN", "12/KH-UBND"}
    assert found["215/KH-UBND"].issuer_name == "UBND quận Ba Đình"  # history: the issuer as it was
    district = next(u for u in units.list_units(db) if u.name == "UBND quận Ba Đình")
    assert district.dissolved_on == date(2025, 7, 1)
    q2 = _lines(build_report_data(db, "215/KH-UBND", "2025-Q2", invariant=True))
    q4 = _lines(build_report_data(db, "215/KH-UBND", "2025-Q4", invariant=True))
    successors = {"UBND phường Ba Đình", "UBND phường Ngọc Hà", "UBND phường Giảng Võ", "Phòng Văn hóa - Xã hội",
                  "Phòng Kinh tế, Hạ tầng và Đô thị"}
    old_units = {line.lead_unit for line in q2.values()}
    assert "Phòng Nội vụ" in old_units and not (old_units & successors)
    moved = [n for n, line in q4.items() if line.lead_unit != q2[n].lead_unit] if set(q4) == set(q2) else list(q4)
    assert moved and all(q4[n].lead_unit in successors for n in moved)
    # every open task that used a dissolved unit was carried on: nothing is left to reassign
    for plan in ("215/KH-UBND", "202-KH/QU"):
        assert succession.suggest_carry_on(db, plan, date(2025, 7, 1)).tasks == ()
    thanh_xuan = _lines(build_report_data(db, "202-KH/QU", "2025-Q4", invariant=True))
    assert any(line.lead_unit.startswith("Đảng ủy phường") for line in thanh_xuan.values())


@pytest.mark.slow
def test_the_city_department_received_120_communes_and_names_those_not_reported(two_level: Database) -> None:
    table = sending_table(two_level, "45/KH-SKHCN", "2026-Q1", today=TODAY)
    assert table.count(SendState.SENT) + table.count(SendState.SENT_LATE) == 120
    assert table.count(SendState.SENT_LATE) == 6 and table.count(SendState.LATE) == 6
    report = build_report_data(two_level, "45/KH-SKHCN", "2026-Q1", invariant=True)
    silent = {u.unit_name for u in table.units if u.state == SendState.LATE}
    assert set(report.not_reported) == silent  # the Sở wrote its own part; only the silent communes
    assert report.symbol == "BC-SKHCN"


@pytest.mark.slow
def test_no_quan_huyen_in_the_reports_of_the_new_ward_plan(two_level: Database, tmp_path: Path) -> None:
    from desktop_app.reports.api import render

    for kind in ("progress", "appendix", "task_list", "overdue"):
        data = build_report_data(two_level, "12/KH-UBND", "2026-Q1", kind, invariant=True)
        assert data.settings.governing_body == "UBND THÀNH PHỐ HÀ NỘI"
        assert data.settings.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH"
        assert data.settings.place == "Ba Đình"
        for suffix in (".pdf", ".docx") if kind == "progress" else (".pdf",):
            out = tmp_path / f"{kind}{suffix}"
            out.write_bytes(render(data, "pdf" if suffix == ".pdf" else "docx", invariant=True))
            text = _text(out)
            assert "PHƯỜNG BA" in text.upper()
            assert not OLD_WORDS.search(text), (kind, suffix, OLD_WORDS.search(text))


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    from docx import Document

    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.slow
def test_no_quan_huyen_in_the_ui_texts_of_the_new_ward_plan(two_level: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.app import create_window, make_app

    make_app()
    window = create_window(two_level, synchronous=True, first_run=False)
    qtbot.addWidget(window)
    window.show()
    plan = plans.get_plan(two_level, "12/KH-UBND")
    first = tasks.list_tasks(two_level, plan.id)[0]
    view = window.view("tasks")
    view.open_task(plan.id, first.id)
    model = view.grid.model()
    qtbot.waitUntil(lambda: model.rowCount() >= 4, timeout=5000)
    shown = [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any("Văn phòng HĐND và UBND" in s for s in shown)
    assert not [s for s in shown if OLD_WORDS.search(s)]
    window.runner.shutdown()


def test_the_demo_s_old_ward_mapping_agrees_with_vietnamadminunits() -> None:
    if legacy_mapping.load() is None:
        pytest.skip("vietnamadminunits (the optional mapping package) is not installed")
    names = {key: (name, "Quận Ba Đình" if parent == "bd" else "Quận Thanh Xuân")
             for key, name, _, kind, parent in demo.UNITS if kind == "ward"}
    for key, codes in OLD_WARDS.items():
        name, district = names[key]
        assert legacy_mapping.new_communes("Thành phố Hà Nội", district, name) == codes, key


@pytest.mark.slow
def test_reports_of_the_carried_on_plans_are_headed_by_the_issuer_of_their_period(two_level: Database,
                                                                                   tmp_path: Path) -> None:
    """Before 01/07/2025 the district heads the report of its plan; after it, the successor ward that
    carried the plan on, with its own settings: no "quận" in the header (history stays: the plan's
    citation still names the district that issued it)."""
    q2 = build_report_data(two_level, "215/KH-UBND", "2025-Q2", invariant=True)
    q4 = build_report_data(two_level, "215/KH-UBND", "2025-Q4", invariant=True)
    assert q2.settings.issuing_body == "UBND QUẬN BA ĐÌNH"
    assert q4.settings.governing_body == "UBND THÀNH PHỐ HÀ NỘI"
    assert q4.settings.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH" and q4.settings.place == "Ba Đình"
    header = " ".join([q4.settings.governing_body, q4.settings.issuing_body, q4.settings.issuer_name,
                       q4.settings.place, *q4.settings.signer_authority, q4.settings.signer_title])
    assert not OLD_WORDS.search(header), header
    assert q4.plan_issuer == q2.plan_issuer and q4.plan_issuer == "Ủy ban nhân dân quận Ba Đình"
    from desktop_app.reports.api import render

    for data, heading in ((q2, "UBND QUẬN BA ĐÌNH"), (q4, "ỦY BAN NHÂN DÂN")):
        out = tmp_path / f"{data.period_code}.pdf"
        out.write_bytes(render(data, "pdf", invariant=True))
        printed = _text(out).split("BÁO CÁO")[0]  # the header, above the title
        assert heading in printed.upper() and ("PHƯỜNG BA" in printed.upper()) == (data is q4)
    assert not OLD_WORDS.search(printed), printed
    party = build_report_data(two_level, "202-KH/QU", "2025-Q4", invariant=True)
    assert party.settings.issuing_body == "ĐẢNG ỦY PHƯỜNG THANH XUÂN"
    assert build_report_data(two_level, "202-KH/QU", "2025-Q2", invariant=True).settings.issuing_body != \
        party.settings.issuing_body
