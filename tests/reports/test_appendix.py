"""Landscape tables: the report's Phụ lục, the plan's Danh mục nhiệm vụ, the overdue list."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

import pytest
from fixture_plan import PERIOD, Fixture
from pdfread import MM, all_text, find, flat, open_pdf, runs, table_cells

from desktop_app.domain.schedule import Schedule
from desktop_app.domain.status import ReportStatus
from desktop_app.reports.api import generate
from desktop_app.reports.data import GroupBlock, TaskLine, build_report_data
from desktop_app.reports.pdf import render_pdf
from desktop_app.services.tasks import add_group

LW, LH = 297 * MM, 210 * MM
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 15 * MM, 20 * MM, 20 * MM


def _many_tasks(fx: Fixture, count: int) -> list[str]:
    from desktop_app.services.tasks import add_task

    group = add_group(fx.db, fx.plan_id, "Nhóm nhiệm vụ bổ sung để thử nhiều trang").id
    contents = []
    for i in range(count):
        content = f"Nhiệm vụ thử nghiệm số {i:03d}: triển khai, kiểm tra việc thực hiện ở các phường ({i:03d})"
        add_task(fx.db, group, content, lead_unit_id=fx.units["NV"], schedule=Schedule.once(date(2024, 6, 30)))
        contents.append(content)
    return contents


def _within_margins(pdf: bytes, width: float, height: float) -> None:
    with open_pdf(pdf) as doc:
        for page in doc.pages:
            assert page.width == pytest.approx(width, abs=0.5) and page.height == pytest.approx(height, abs=0.5)
            for ch in page.chars:
                if not ch["text"].strip() or (ch["top"] < TOP and page.page_number > 1 and ch["text"].isdigit()):
                    continue
                assert ch["x0"] >= LEFT - 0.5 and ch["x1"] <= width - RIGHT + 0.5, ch
                assert ch["top"] >= TOP - 0.5 and ch["bottom"] <= height - BOTTOM + 0.5, ch
            for line in page.lines + page.rects:
                assert line["x0"] >= LEFT - 1 and line["x1"] <= width - RIGHT + 1
                assert line["top"] >= TOP - 1 and line["bottom"] <= height - BOTTOM + 1


def test_appendix_landscape_header_repeated_each_task_once(plan_fx: Fixture) -> None:
    contents = plan_fx.contents + _many_tasks(plan_fx, 60)
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", number="45", report_date=date(2024, 6, 15),
                   invariant=True)
    _within_margins(pdf, LW, LH)
    with open_pdf(pdf) as doc:
        assert len(doc.pages) >= 3
        first = doc.pages[0]
        assert find(first, "Phụ lục").bold and find(first, "Phụ lục").size == 14
        note = find(first, "(Kèm theo Báo cáo số 45/BC-UBND ngày 15 tháng 6 năm 2024 của Ủy ban nhân dân quận Ba Đình)")
        assert note.italic and note.size == 14
        table_pages = [p for p in doc.pages if any(r.text.startswith("Nhiệm vụ thử nghiệm") for r in runs(p))]
        for page in table_pages:
            heads = [r.text for r in runs(page, gap=4)]
            for title in ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Tình trạng"):
                assert title in heads, (page.page_number, title)
        for page in doc.pages[1:]:
            assert [r.text for r in runs(page) if r.top < TOP] == [str(page.page_number)]
    cells = table_cells(pdf)
    for content in contents:
        assert cells.count(flat(content)) == 1, content
    flat(all_text(pdf))
    for label in ("Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện", "Quá hạn", "Chưa thực hiện"):
        assert label in cells


def test_appendix_summary_tables(plan_fx: Fixture) -> None:
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", invariant=True)
    with open_pdf(pdf) as doc:
        tables = [t for page in doc.pages for t in page.extract_tables()]
    by_unit = next(t for t in tables if t[0][1] == "Đơn vị chủ trì" and t[0][2] == "Tổng số")
    rows = {row[1]: row[2:] for row in by_unit[1:]}
    # Phòng Nội vụ leads 1.3 (overdue), 2.2 and 2.4 (not started)
    assert rows["Phòng Nội vụ"] == ["3", "0", "0", "0", "1", "2", "0", "0%"]
    assert rows["Phòng Văn hóa và Thông tin"] == ["2", "1", "1", "0", "0", "0", "0", "100%"]
    assert rows["Tổng cộng"][0] == str(len(plan_fx.contents))
    by_group = next(t for t in tables if t[0][1] == "Nhóm nhiệm vụ, giải pháp")
    assert [row[2] for row in by_group[1:]] == ["4", "5", "9"]


def test_long_cell_wraps_and_splits_without_overflow(plan_fx: Fixture) -> None:
    from desktop_app.services.tasks import add_task

    group = add_group(plan_fx.db, plan_fx.plan_id, "Nhóm có ô rất dài").id
    long_text = "ĐẦU-Ô " + " ".join(f"nội dung ặ ẫ ỹ dài số {i}" for i in range(700)) + " CUỐI-Ô"
    add_task(plan_fx.db, group, long_text, lead_unit_id=plan_fx.units["NH"])
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", invariant=True)
    _within_margins(pdf, LW, LH)
    text = all_text(pdf)
    assert text.count("ĐẦU-Ô") == 1 and text.count("CUỐI-Ô") == 1
    assert "nội dung ặ ẫ ỹ dài số 699" in text


def test_task_list_landscape(plan_fx: Fixture) -> None:
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, "task_list", invariant=True)
    _within_margins(pdf, LW, LH)
    text = flat(all_text(pdf))
    assert "DANH MỤC NHIỆM VỤ" in text
    assert "(Kèm theo Kế hoạch số 137/KH-UBND ngày 04 tháng 5 năm 2024 của Ủy ban nhân dân quận Ba Đình)" in text
    cells = table_cells(pdf)
    for title in ("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"):
        assert title in cells
    for content in plan_fx.contents:
        assert cells.count(flat(content)) == 1


def test_overdue_list_per_unit(plan_fx: Fixture) -> None:
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, "overdue", number="7", report_date=date(2024, 6, 17),
                   invariant=True)
    text = flat(all_text(pdf))
    cells = table_cells(pdf)
    assert "THÔNG BÁO" in text and "Số: 07/TB-UBND" in text
    assert "Phòng Nội vụ (1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn)" in text
    assert "Phòng Giáo dục và Đào tạo (1 nhiệm vụ quá hạn, 0 nhiệm vụ sắp đến hạn)" in text
    assert "Quá hạn 4 ngày" in cells  # 1.3 due 10/6, judged at the 14/6 cut-off
    assert "Quá hạn 75 ngày" in cells  # 2.3 due 31/3
    assert "Sắp đến hạn (còn 1 ngày)" in cells  # 2.4 yearly on 15/6
    assert not [c for c in cells if "Xây dựng cơ chế thu hút" in c]  # due 31/12: neither
    assert "Phòng Văn hóa và Thông tin (" not in text
    one = " ".join(table_cells(generate(plan_fx.db, "137/KH-UBND", PERIOD, "overdue", "GDĐT", invariant=True)))
    assert "Khảo sát nhu cầu đào tạo sau đại học" in one and "Rà soát, đánh giá thực trạng" not in one


def test_two_thousand_rows_near_plain_reportlab_speed(plan_fx: Fixture) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", invariant=True)
    template = data.groups[0].tasks[0]
    lines = tuple(replace(template, task_id=str(i), number=f"{i // 100 + 1}.{i % 100 + 1}",
                          content=f"Nhiệm vụ số {i}: tổ chức triển khai, kiểm tra, đôn đốc thực hiện ở các phường",
                          result="Đã tổ chức thực hiện theo kế hoạch" if i % 3 else "",
                          status=list(ReportStatus)[i % 6]) for i in range(2000))
    groups = tuple(GroupBlock(str(g + 1), f"Nhóm {g + 1}", lines[g * 100:(g + 1) * 100]) for g in range(20))
    big = replace(data, groups=groups)
    started = time.process_time()  # CPU time: a busy machine does not inflate it (wall clock: bench/)
    pdf = render_pdf(big, invariant=True)
    elapsed = time.process_time() - started
    assert pdf.startswith(b"%PDF")
    # plain reportlab: about 1.4 ms per row; allow slow CI machines plenty of room
    assert elapsed < 2000 * 1.4e-3 * 4, elapsed


def test_task_line_roundtrip_type() -> None:
    line = TaskLine("id", "1.1", "Nội dung", "Phòng", (), "Thường xuyên", None, ReportStatus.OVERDUE)
    assert line.status_label == "Quá hạn" and not line.is_done
