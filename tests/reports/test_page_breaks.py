"""Where pages break, read back from the PDFs: the table header row only at the top of a page, a
group's title row and a heading never alone at the foot of a page, Nơi nhận and the signature
never alone on the last page; the room for a hand-written number; "đến hạn hôm nay"; one date
style; a marked blank for a missing signer's name."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from fixture_plan import PERIOD, Fixture
from pdfread import MM, all_text, find_start, flat, open_pdf, runs, table_cells

from desktop_app.domain.status import ReportStatus
from desktop_app.reports.data import GroupBlock, ReportData, build_report_data
from desktop_app.reports.grids import overdue_state
from desktop_app.reports.layout import SIGNER_BLANK
from desktop_app.reports.pdf import render_pdf
from desktop_app.reports.texts import one_date_style

TOP = 20 * MM  # the frame's top (all layouts)
LONG = ("Tổ chức quán triệt, triển khai Kế hoạch đến người đứng đầu các cơ quan, đơn vị, UBND các phường; "
        "đổi mới tư duy, nâng cao nhận thức trong các cấp chính quyền về vị trí, vai trò của đội ngũ trí thức")


def _big(data: ReportData, tasks: int, groups: int, long_every: int = 3) -> ReportData:
    template = data.groups[0].tasks[0]
    lines = tuple(replace(template, task_id=str(i), number=f"{i // 100 + 1}.{i % 100 + 1}",
                          content=(LONG + " " + LONG if i % long_every == 0 else LONG),
                          coordinators=("Phường Cống Vị", "Phường Liễu Giai", "Phường Ngọc Hà") * (1 + i % 2),
                          result="Đã tổ chức thực hiện theo kế hoạch; " * (1 + i % 4),
                          status=list(ReportStatus)[i % 6]) for i in range(tasks))
    size = -(-tasks // groups)
    blocks = tuple(GroupBlock(str(g + 1), f"Nhóm nhiệm vụ số {g + 1} về tăng cường công tác trí thức",
                              lines[g * size:(g + 1) * size]) for g in range(groups))
    return replace(data, groups=blocks)


def _header_tops(pdf: bytes, title: str = "Nội dung nhiệm vụ") -> list[list[float]]:
    """The tops of the table header row's title on each page."""
    with open_pdf(pdf) as doc:
        return [[r.top for r in runs(page) if r.text == title] for page in doc.pages]


def _assert_header_only_at_tops(pdf: bytes, first_page_top: float) -> None:
    """Once per page; after the page where the table starts, only at the top of the page."""
    pages = _header_tops(pdf)
    assert len(pages) > 1
    start = next(number for number, tops in enumerate(pages) if tops)
    assert pages[start][0] < first_page_top
    for number, tops in enumerate(pages[start + 1:], start=start + 2):
        assert len(tops) <= 1, f"page {number}: header row {len(tops)} times at {tops}"
        if tops:
            assert tops[0] < TOP + 20, f"page {number}: header row mid-page at {tops[0]:.0f} pt"


def test_appendix_header_row_only_at_page_tops(plan_fx: Fixture) -> None:
    data = _big(build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", invariant=True), 60, 4)
    pdf = render_pdf(data, invariant=True)
    _assert_header_only_at_tops(pdf, 160)
    # every page after the first starts with the header row (a continued table)
    assert all(tops for tops in _header_tops(pdf)[1:-1])


def test_task_list_header_row_only_at_page_tops(plan_fx: Fixture) -> None:
    data = _big(build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "task_list", invariant=True), 60, 3, 2)
    _assert_header_only_at_tops(render_pdf(data, invariant=True), 160)


@pytest.mark.slow
def test_five_hundred_task_group_in_overdue_list(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "overdue", invariant=True)
    template = data.groups[0].tasks[0]
    tasks = tuple(replace(template, task_id=str(i), number=f"1.{i + 1}", content=LONG[: 60 + (i * 37) % 140],
                          result="Đã tổng hợp số liệu; " * (i % 5), due=date(2024, 5, 1) + timedelta(days=i % 40))
                  for i in range(500))
    big = replace(data, groups=(GroupBlock("1", "Phòng Nội vụ", tasks),))
    pdf = render_pdf(big, invariant=True)
    assert len(_header_tops(pdf)) >= 6
    _assert_header_only_at_tops(pdf, 400)


def test_a_row_taller_than_a_page_still_splits(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", invariant=True)
    giant = replace(data.groups[0].tasks[0], result="Kết quả chi tiết của nhiệm vụ. " * 400)
    pdf = render_pdf(replace(data, groups=(GroupBlock("1", "Nhóm", (giant,)),)), invariant=True)
    assert flat(all_text(pdf)).count("Kết quả chi tiết của nhiệm vụ.") == 400


def test_group_row_never_last_on_a_page(plan_fx: Fixture) -> None:
    data = _big(build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", invariant=True), 80, 16)
    pdf = render_pdf(data, invariant=True)
    with open_pdf(pdf) as doc:
        for number, page in enumerate(doc.pages, start=1):
            found = runs(page)
            groups = [r for r in found if r.text.startswith("Nhóm nhiệm vụ số")]
            tasks = [r for r in found if "Tổ chức quán triệt" in r.text]
            for group in groups:
                assert any(t.top > group.top for t in tasks), f"page {number}: group row alone at the foot"


def test_heading_kept_with_its_table(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "overdue", invariant=True)
    template = data.groups[0].tasks[0]
    groups = tuple(GroupBlock(str(g + 1), f"Đơn vị số {g + 1}",
                              tuple(replace(template, task_id=f"{g}.{i}", content=LONG) for i in range(2 + g % 3)))
                   for g in range(12))
    pdf = render_pdf(replace(data, groups=groups), invariant=True)
    with open_pdf(pdf) as doc:
        for page in doc.pages:
            found = runs(page)
            for heading in (r for r in found if r.text.startswith("Đơn vị số")):
                assert any(r.text == "Nội dung nhiệm vụ" and r.top > heading.top for r in found), \
                    f"heading {heading.text!r} alone at the foot of a page"


def test_signature_never_alone_on_the_last_page(plan_fx: Fixture) -> None:
    base = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)
    closing = "Đoạn cuối cùng của báo cáo trước phần nơi nhận."
    alone_before = set()
    for lines in range(0, 40, 2):
        sections = dict(base.narrative)
        sections["de_xuat"] = "\n".join([f"Kiến nghị số {i + 1} về công tác trí thức." for i in range(lines)]
                                        + [closing])
        pdf = render_pdf(replace(base, narrative=tuple(sections.items())), invariant=True)
        with open_pdf(pdf) as doc:
            page = next(p for p in doc.pages if any(r.text == "Nơi nhận:" for r in runs(p)))
            text = flat(page.extract_text() or "")
            assert closing in text, f"{lines} lines: Nơi nhận on a page without the last paragraph"
            alone_before.add(page.page_number)
    assert len(alone_before) >= 2  # the block did move to a new page in some of the cases


def test_draft_number_keeps_room_for_the_hand_written_number(plan_fx: Fixture) -> None:
    pdf = render_pdf(build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True), invariant=True)
    with open_pdf(pdf) as doc:
        line = find_start(doc.pages[0], "Số:")
        colon = next(c for c in line.chars if c["text"] == ":")
        slash = next(c for c in line.chars if c["text"] == "/")
        assert slash["x0"] - colon["x1"] >= 10 * MM


def test_party_draft_number_keeps_room(plan_fx: Fixture) -> None:
    from fixture_plan import PARTY_SETTINGS

    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, settings=PARTY_SETTINGS, invariant=True)
    with open_pdf(render_pdf(data, invariant=True)) as doc:
        line = find_start(doc.pages[0], "Số")
        first = line.chars[1]  # "ố"
        dash = next(c for c in line.chars if c["text"] == "-")
        assert dash["x0"] - first["x1"] >= 10 * MM


def test_due_today_reads_den_han_hom_nay(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "overdue", invariant=True)
    task = replace(data.groups[0].tasks[0], due=data.as_of)
    assert overdue_state(task, data) == "Đến hạn hôm nay"
    assert overdue_state(replace(task, due=data.as_of + timedelta(days=2)), data) == "Sắp đến hạn (còn 2 ngày)"
    pdf = render_pdf(replace(data, groups=(GroupBlock("1", "Phòng Nội vụ", (task,)),)), invariant=True)
    assert "Đến hạn hôm nay" in table_cells(pdf) and "còn 0 ngày" not in flat(all_text(pdf))


def test_one_date_style_in_the_body(plan_fx: Fixture) -> None:
    assert one_date_style("ngày 07/06/2025, 1/3/2024 và 31/12/2024") == "ngày 07/6/2025, 01/3/2024 và 31/12/2024"
    assert one_date_style("tỷ lệ 10/14 phường") == "tỷ lệ 10/14 phường"
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)
    sections = dict(data.narrative)
    sections["ket_qua"] = "Công văn số 15/UBND ngày 07/06/2024; kế hoạch ngày 4/5/2024."
    text = flat(all_text(render_pdf(replace(data, narrative=tuple(sections.items())), invariant=True)))
    assert "ngày 07/6/2024" in text and "ngày 04/5/2024" in text
    assert not re.search(r"\b\d{1,2}/0[3-9]/\d{4}\b", text)


@pytest.mark.parametrize("name", ["", "Nguyễn Văn An"])
def test_signer_name_or_marked_blank(plan_fx: Fixture, name: str) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)
    data = replace(data, settings=replace(data.settings, signer_name=name))
    text = flat(all_text(render_pdf(data, invariant=True)))
    assert (name or SIGNER_BLANK) in text
