"""The plan reader: structure by meaning (the issue's ward plan), the seed articles, markers kept,
units, deadlines and recurrences, header and document chain, targets, tables, legacy encodings."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from desktop_app.reading import read_text, reading_to_dict
from desktop_app.reading.encodings import from_tcvn3, from_vni, to_tcvn3, to_vni
from desktop_app.reading.lines import roman_value
from tests.seeds import BA_DINH, THANH_XUAN, _seed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reading"
WARD = (FIXTURES / "ward_digital_transformation.txt").read_text(encoding="utf-8")


def test_the_issues_ward_plan_reads_as_four_groups_and_ten_tasks() -> None:
    reading = read_text(WARD)
    assert [g.title for g in reading.groups] == [
        "Nâng cao nhận thức về chuyển đổi số",
        "Phát triển hạ tầng và dữ liệu số",
        "Đẩy mạnh cung cấp dịch vụ công trực tuyến",
        "Bảo đảm an toàn thông tin",
    ]
    assert [len(g.tasks) for g in reading.groups] == [2, 2, 3, 3]
    by_marker = {t.marker: t for t in reading.tasks}
    assert by_marker["2.1."].deadline == date(2025, 9, 30) and by_marker["2.1."].recurrence == "once"
    assert by_marker["4.1."].recurrence == "quarterly"
    assert by_marker["4.2."].recurrence == "half_yearly"
    assert by_marker["4.3."].deadline == date(2025, 10, 31)
    # deeper items stay inside their task, markers kept ("a)" keeps its parenthesis)
    assert by_marker["2.2."].details == [
        "a) Hồ sơ hộ tịch từ năm 2015 đến nay;",
        "b) Hồ sơ chứng thực lưu trữ tại Bộ phận một cửa.",
    ]
    dashes = reading.groups[2].tasks
    assert [t.marker for t in dashes] == ["-", "-", "-"]
    assert dashes[0].details[0].startswith("+ Hướng dẫn người dân")
    assert dashes[1].lead_unit == "Văn phòng HĐND - UBND phường"
    assert dashes[1].coordinating_units == ["Công an phường"]
    assert dashes[2].deadline == date(2025, 12, 31)
    # section IV is not among the tasks: its lines are skipped with their reason
    contents = " ".join(t.full_text for t in reading.tasks)
    assert "theo dõi, đôn đốc" not in contents
    skipped = {s.line: s.reason for s in reading.skipped}
    assert skipped["IV. TỔ CHỨC THỰC HIỆN"].startswith("tiêu đề mục")
    assert any(
        line.startswith("1. Văn phòng HĐND") and "tổ chức thực hiện" in reason for line, reason in skipped.items()
    )
    # every line of the source is accounted for in the preview's lines
    assert len(reading.lines) == len([ln for ln in WARD.splitlines() if ln.strip()])


def test_json_keys_are_the_contract() -> None:
    data = reading_to_dict(read_text(WARD))
    assert set(data) == {"plan", "documents", "targets", "groups", "skipped"}
    assert set(data["plan"]) == {"issuer", "number_symbol", "place", "date", "title"}
    task = data["groups"][1]["tasks"][0]
    assert set(task) == {
        "marker",
        "content",
        "details",
        "lead_unit",
        "coordinating_units",
        "deadline",
        "recurrence",
        "output",
    }
    assert task["deadline"] == "2025-09-30"
    assert set(data["skipped"][0]) == {"line", "reason"}


def test_ba_dinh_seed_paragraphs_become_tasks_and_photos_are_skipped() -> None:
    reading = read_text(_seed(BA_DINH, "Trong đó, quận Ba Đình đổi mới tư duy", "Quỳnh Chi"))
    assert len(reading.groups) == 1 and reading.groups[0].title == ""
    tasks = [t.content for t in reading.tasks]
    assert len(tasks) == 7
    assert tasks[0].startswith("Trong đó, quận Ba Đình đổi mới tư duy")
    assert tasks[3].startswith("Đảm bảo thực hiện công khai, minh bạch")
    assert tasks[-1].endswith("quận Ba Đình nói riêng.")
    skipped = [s.line for s in reading.skipped]
    assert "ba-dinh3e.jpg" in skipped
    assert any(s.endswith("(Ảnh minh họa).") for s in skipped)


def test_ba_dinh_seed_whole_article_finds_the_document_chain() -> None:
    reading = read_text((Path(__file__).resolve().parents[1] / "fixtures" / "seeds" / BA_DINH).read_text("utf-8"))
    assert [(d.doc_type, d.number_symbol, d.date, d.issuer) for d in reading.documents] == [
        ("Kế hoạch", "137/KH-UBND", date(2024, 5, 4), "UBND Thành phố Hà Nội"),
        ("Chương trình hành động", "30-CTr/TU", date(2024, 3, 8), "Thành ủy"),
        ("Nghị quyết", "45-NQ/TW", date(2023, 11, 24), "Ban Chấp hành Trung ương Đảng khóa XIII"),
    ]
    assert reading.documents[2].title.startswith("Tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức")


def test_thanh_xuan_seed_task_paragraphs() -> None:
    reading = read_text(_seed(THANH_XUAN, "Để hoàn thành mục tiêu trên", "Chi tiết Kế hoạch xem tại đây"))
    assert len(reading.tasks) == 4
    assert reading.tasks[2].content.startswith("Thực hiện tốt công tác tuyển dụng")


def test_numbered_tasks_without_sub_items_are_tasks_of_the_section() -> None:
    reading = read_text(
        "II. NHIỆM VỤ TRỌNG TÂM\n1. Tuyên truyền Nghị quyết 57-NQ/TW đến cán bộ, đảng viên;\n"
        "2. Tổ chức hội nghị sơ kết, hoàn thành trước ngày 15/12/2025.\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện."
    )
    assert [g.title for g in reading.groups] == ["Nhiệm vụ trọng tâm"]
    assert [t.content for t in reading.tasks] == [
        "Tuyên truyền Nghị quyết 57-NQ/TW đến cán bộ, đảng viên",
        "Tổ chức hội nghị sơ kết, hoàn thành trước ngày 15/12/2025.",
    ]
    assert reading.tasks[1].deadline == date(2025, 12, 15)


def test_roman_groups_without_section_headings_and_broken_lines() -> None:
    reading = read_text(
        "I. Nâng cao nhận thức\n1. Tuyên truyền Nghị quyết 45-NQ/TW đến cán bộ, đảng viên được ngắt\n"
        "dòng giữa chừng\n2. Tổ chức hội nghị tôn vinh trí thức tiêu biểu.\n- Mỗi năm một lần, vào dịp 15/12\n"
        "II. Đào tạo, bồi dưỡng\n1. Rà soát, tuyển dụng sinh viên tốt nghiệp loại giỏi"
    )
    assert [g.title for g in reading.groups] == ["Nâng cao nhận thức", "Đào tạo, bồi dưỡng"]
    assert (
        reading.tasks[0].content == "Tuyên truyền Nghị quyết 45-NQ/TW đến cán bộ, đảng viên được ngắt dòng giữa chừng"
    )
    assert reading.tasks[1].details == ["- Mỗi năm một lần, vào dịp 15/12"]
    assert reading.tasks[1].recurrence == "yearly"


def test_header_chain_targets_and_inline_assignments() -> None:
    text = (FIXTURES / "commune_header_chain.txt").read_text(encoding="utf-8")
    reading = read_text(text)
    plan = reading.plan
    assert (plan.issuer, plan.number_symbol, plan.place, plan.date) == (
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
        "45/KH-UBND",
        "An Phú",
        date(2025, 3, 12),
    )
    assert plan.title == "Thực hiện chuyển đổi số trên địa bàn xã năm 2025"
    assert [(d.doc_type, d.number_symbol, d.issuer) for d in reading.documents] == [
        ("Nghị quyết", "57-NQ/TW", "Bộ Chính trị"),
        ("Kế hoạch", "120/KH-UBND", "UBND huyện Châu Thành"),
    ]
    assert [(t.goal, t.baseline, t.year, t.unit_of_measure) for t in reading.targets] == [
        (80.0, None, 2025, "%"),
        (90.0, 60.0, None, "%"),
    ]
    first, second = reading.tasks
    assert first.lead_unit == "Công chức Văn hóa - Xã hội"
    assert first.coordinating_units == ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"]
    assert first.recurrence == "quarterly"
    assert second.lead_unit == "Văn phòng HĐND và UBND xã" and second.coordinating_units == ["Bưu điện xã"]
    assert second.deadline == date(2025, 6, 30) and second.output == "05 lớp tập huấn"
    assert any("Xây dựng chính quyền số" in s.line for s in reading.skipped)


def test_task_table_pasted_as_tab_separated_text_with_a_group_row() -> None:
    text = (
        "III. NHIỆM VỤ\nChi tiết tại Phụ lục kèm theo.\nPHỤ LỤC\n"
        "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n"
        "I\tHoàn thiện thể chế\tI\tI\tI\tI\n"
        "1\tRà soát văn bản quy phạm pháp luật\tPhòng Tư pháp\tVăn phòng UBND, Công an xã\tQuý II/2025\tBáo cáo\n"
        "2\tCập nhật cơ sở dữ liệu hộ tịch\tPhòng Tư pháp\t\tThường xuyên\t\n"
    )
    text = text.replace("I\tI\tI\tI\n", "\t\t\t\n")
    reading = read_text(text)
    group = reading.groups[-1]
    assert group.title == "Hoàn thiện thể chế"
    assert [
        (t.content, t.lead_unit, t.coordinating_units, t.deadline, t.recurrence, t.output) for t in group.tasks
    ] == [
        (
            "Rà soát văn bản quy phạm pháp luật",
            "Phòng Tư pháp",
            ["Văn phòng UBND", "Công an xã"],
            date(2025, 6, 30),
            "once",
            "Báo cáo",
        ),
        ("Cập nhật cơ sở dữ liệu hộ tịch", "Phòng Tư pháp", [], None, "continuous", None),
    ]


def test_word_clipboard_html_table_and_paragraphs() -> None:
    html = (
        "<html><body><p class=MsoNormal><b>II. NHIỆM VỤ</b></p>"
        "<table><tr><td>TT</td><td>Nội dung</td><td>Đơn vị chủ trì</td><td>Thời gian</td></tr>"
        "<tr><td colspan=4>A. Công tác tuyên truyền</td></tr>"
        "<tr><td>1</td><td><p>Tuyên truyền&nbsp;trên loa truyền thanh</p></td><td>Đài Truyền thanh xã</td>"
        "<td>Hằng tháng</td></tr></table></body></html>"
    )
    reading = read_text(html)
    assert (reading.groups[-1].marker, reading.groups[-1].title) == ("A.", "Công tác tuyên truyền")
    task = reading.tasks[-1]
    assert (task.content, task.lead_unit, task.recurrence) == (
        "Tuyên truyền trên loa truyền thanh",
        "Đài Truyền thanh xã",
        "monthly",
    )


def test_tcvn3_and_vni_text_is_converted_before_reading() -> None:
    for encode, name in ((to_tcvn3, "tcvn3"), (to_vni, "vni")):
        reading = read_text(encode(WARD))
        assert reading.encoding == name
        assert len(reading.groups) == 4 and len(reading.tasks) == 10
        assert reading.tasks[2].deadline == date(2025, 9, 30)
        assert "Rà soát" in reading.tasks[2].content or "rà soát" in reading.tasks[2].content
    assert from_tcvn3("KÕ ho¹ch ph\xadêng") == "Kế hoạch phường"
    assert from_vni("Keá hoaïch phöôøng Ñoâng") == "Kế hoạch phường Đông"
    assert read_text(WARD).encoding is None  # Unicode is left alone


def test_roman_values_and_nfd_input() -> None:
    assert [roman_value(r) for r in ("I", "IV", "IX", "XIV", "IIII", "VX")] == [1, 4, 9, 14, None, None]
    reading = read_text(unicodedata.normalize("NFD", "1. Nâng cao\n- Đẩy mạnh tuyên truyền về chuyển đổi số"))
    assert reading.tasks[0].content == "Đẩy mạnh tuyên truyền về chuyển đổi số"
    assert unicodedata.is_normalized("NFC", reading.groups[0].title)


def test_a_title_broken_after_the_kind_word_and_a_chain_title_ending_before_the_issuer() -> None:
    reading = read_text("KẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số\n"
                        "Thực hiện Kế hoạch số 305/KH-UBND ngày 30/12/2024 của UBND quận Cẩm Lệ về cải cách hành chính "
                        "năm 2025, UBND phường ban hành Kế hoạch như sau:\n"
                        "II. NHIỆM VỤ\n1. Rà soát thủ tục hành chính.")
    assert reading.plan.title == "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số"
    assert [(d.number_symbol, d.title) for d in reading.documents] == [
        ("57-NQ/TW", "chuyển đổi số"), ("305/KH-UBND", "cải cách hành chính năm 2025")]


def test_header_from_a_web_page_copy_and_a_plan_with_sections_but_no_tasks_yet() -> None:
    """Shapes seen in published plans copied from web pages: table edges "|", the motto broken over
    two lines, a picture's markup, "Số: /KH-UBND" not yet numbered; the front never becomes tasks
    once the plan has sections; a target takes its year from the heading above it."""
    text = ("ỦY BAN NHÂN DÂN XÃ AN BÌNH |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: /KH-UBND |\n"
            "An Bình, ngày 02 tháng 5 năm 2024 |\nKẾ HOẠCH\nChuyển đổi số xã An Bình\n![](anh.png) |\n"
            "Theo đề nghị của công chức Văn phòng - Thống kê xã.\nI. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n"
            "- 100% hồ sơ công việc được xử lý trên môi trường mạng.\n")
    reading = read_text(text)
    assert (reading.plan.issuer, reading.plan.number_symbol, reading.plan.title) == (
        "ỦY BAN NHÂN DÂN XÃ AN BÌNH", "/KH-UBND", "Chuyển đổi số xã An Bình")
    assert reading.groups == []
    assert any(s.line.startswith("Theo đề nghị") for s in reading.skipped)
    assert [(t.goal, t.year) for t in reading.targets] == [(100.0, 2025)]


def test_organisation_assignments_give_the_referenced_tasks_their_lead_unit() -> None:
    reading = read_text("III. NHIỆM VỤ\n1. Tuyên truyền\n1.1. Tổ chức tuyên truyền trên loa truyền thanh.\n"
                        "1.2. Giao Công an xã chủ trì tuyên truyền phòng chống tội phạm.\n2. Hạ tầng số\n"
                        "2.1. Nâng cấp mạng nội bộ.\n2.2. Mua sắm máy tính.\nIV. TỔ CHỨC THỰC HIỆN\n"
                        "1. Công chức Văn hóa - Xã hội chủ trì thực hiện nhiệm vụ 1.1, 1.2.\n"
                        "2. Văn phòng HĐND và UBND xã: chủ trì thực hiện các nội dung tại mục 2.\n"
                        "3. Các đơn vị báo cáo định kỳ.")
    assert [t.lead_unit for t in reading.tasks] == [
        "Công chức Văn hóa - Xã hội", "Công an xã",  # the task's own words win over the assignment
        "Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã"]
    reasons = [s.reason for s in reading.skipped]
    assert "phân công: Văn phòng HĐND và UBND xã chủ trì nhiệm vụ 2" in reasons
    assert reasons[-1].startswith("tổ chức thực hiện")  # a general sentence stays a skipped line


def test_giao_after_the_tasks_own_sentence_names_only_the_unit() -> None:
    """Found by the clerk session (issue 15): "Rà soát quy trình. Giao Phòng Nội vụ chủ trì, phối
    hợp với …" gave the lead "Phòng Nội vụ chủ trì", and a task starting with "Tổ chức …" (a unit
    word) gave its whole first sentence as the lead."""
    reading = read_text("II. NHIỆM VỤ, GIẢI PHÁP\n1. Cải cách hành chính\n"
                        "1.1. Rà soát quy trình tiếp nhận hồ sơ. Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tư pháp "
                        "thực hiện; hoàn thành trước ngày 30/9/2025.\n"
                        "1.2. Tổ chức diễn tập ứng cứu sự cố. Giao Phòng Y tế chủ trì, hoàn thành trước ngày "
                        "15/11/2025.\n")
    first, second = reading.groups[0].tasks
    assert (first.lead_unit, first.coordinating_units, first.deadline) == (
        "Phòng Nội vụ", ["Phòng Tư pháp"], date(2025, 9, 30))
    assert (second.lead_unit, second.coordinating_units, second.deadline) == ("Phòng Y tế", [], date(2025, 11, 15))
