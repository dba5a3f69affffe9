"""Groups and tasks read from pasted plan text, including the seed articles' task paragraphs."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.outline import parse_outline, roman_value

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"


def _seed(name: str, start: str, end: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text[text.index(start): text.index(end)]


BA_DINH = "000_0cfa7453af4c667e.txt"
THANH_XUAN = "001_0782642b2e1e1f10.txt"


def test_ba_dinh_task_paragraphs_become_tasks_and_photos_are_skipped() -> None:
    text = _seed(BA_DINH, "Trong đó, quận Ba Đình đổi mới tư duy", "Quỳnh Chi")
    outline = parse_outline(text)
    assert len(outline.groups) == 1 and outline.groups[0].title == ""
    tasks = [t.content for t in outline.groups[0].tasks]
    assert len(tasks) == 7
    assert tasks[0].startswith("Trong đó, quận Ba Đình đổi mới tư duy")
    assert tasks[3].startswith("Đảm bảo thực hiện công khai, minh bạch")
    assert tasks[-1].endswith("quận Ba Đình nói riêng.")
    assert "ba-dinh3e.jpg" in outline.notes
    assert any(n.endswith("(Ảnh minh họa).") for n in outline.notes)


def test_thanh_xuan_task_paragraphs() -> None:
    text = _seed(THANH_XUAN, "Để hoàn thành mục tiêu trên", "Chi tiết Kế hoạch xem tại đây")
    outline = parse_outline(text)
    assert outline.task_count == 4
    assert outline.groups[0].tasks[2].content.startswith("Thực hiện tốt công tác tuyển dụng")


def test_clerk_formatted_section_with_roman_heading_numbered_groups_and_dashes() -> None:
    body = _seed(BA_DINH, "Trong đó, quận Ba Đình đổi mới tư duy", "Quận Ba Đình xác định")
    text = (
        "III. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Tiếp tục nâng cao nhận thức về vị trí, vai trò, tầm quan trọng của đội ngũ trí thức\n"
        + "\n".join(f"- {sentence.strip()}." for sentence in body.split(". ") if sentence.strip())
        + "\n2. Tăng cường quản lý nhà nước; đổi mới công tác đào tạo, bồi dưỡng\n"
        "a) Đảm bảo thực hiện công khai, minh bạch công tác tuyển dụng;\n"
        "+ ưu tiên tuyển dụng sinh viên tốt nghiệp loại giỏi, xuất sắc;\n"
        "+ chọn cử cán bộ đi học đúng đối tượng.\n"
        "b) Theo dõi, đánh giá hiệu quả sử dụng cán bộ sau đào tạo.\n"
        "3. TĂNG CƯỜNG NGUỒN LỰC XÂY DỰNG ĐỘI NGŨ TRÍ THỨC\n"
        "- Khuyến khích các trường học, bệnh viện liên kết, hợp tác với các cơ sở nghiên cứu.\n"
        "4. Phát huy vai trò, trách nhiệm của đội ngũ trí thức\n"
        "- Hỗ trợ, tạo điều kiện cho trí thức tham gia tư vấn, phản biện, giám định xã hội.\n"
    )
    outline = parse_outline(text)
    assert outline.notes == ["NHIỆM VỤ, GIẢI PHÁP"]
    titles = [g.title for g in outline.groups]
    assert titles[0].startswith("Tiếp tục nâng cao nhận thức")
    assert titles[2] == "Tăng cường nguồn lực xây dựng đội ngũ trí thức"
    assert len(titles) == 4
    # each group's task level is the highest marker inside it: "-" in 1, 3, 4 and "a)" in 2
    assert [len(g.tasks) for g in outline.groups] == [3, 2, 1, 1]
    assert outline.groups[1].tasks[0].content == (
        "Đảm bảo thực hiện công khai, minh bạch công tác tuyển dụng\n"
        "+ ưu tiên tuyển dụng sinh viên tốt nghiệp loại giỏi, xuất sắc\n+ chọn cử cán bộ đi học đúng đối tượng.")


def test_numbered_groups_and_tasks() -> None:
    text = """I. Nâng cao nhận thức
1. Tuyên truyền Nghị quyết 45-NQ/TW đến cán bộ, đảng viên;
2. Tổ chức hội nghị tôn vinh trí thức tiêu biểu.
- Mỗi năm một lần, vào dịp 15/12
II. Đào tạo, bồi dưỡng
1. Rà soát, tuyển dụng sinh viên tốt nghiệp loại giỏi
"""
    outline = parse_outline(text)
    assert [g.title for g in outline.groups] == ["Nâng cao nhận thức", "Đào tạo, bồi dưỡng"]
    assert [t.content for t in outline.groups[0].tasks] == [
        "Tuyên truyền Nghị quyết 45-NQ/TW đến cán bộ, đảng viên",
        "Tổ chức hội nghị tôn vinh trí thức tiêu biểu.\n- Mỗi năm một lần, vào dịp 15/12",
    ]
    assert outline.groups[1].tasks[0].marker == "1"


def test_decimal_levels_and_broken_lines() -> None:
    text = "1. Nhóm một\n1.1. Nhiệm vụ một được ngắt\ndòng giữa chừng\n1.2. Nhiệm vụ hai\n2. Nhóm hai\n2.1. Nhiệm vụ ba"
    outline = parse_outline(text)
    assert [(g.title, [t.content for t in g.tasks]) for g in outline.groups] == [
        ("Nhóm một", ["Nhiệm vụ một được ngắt dòng giữa chừng", "Nhiệm vụ hai"]),
        ("Nhóm hai", ["Nhiệm vụ ba"]),
    ]


def test_dash_list_under_a_heading_with_colon() -> None:
    outline = parse_outline("Các nhiệm vụ trọng tâm:\n- Việc một cần làm\n- Việc hai cần làm\n")
    assert outline.groups[0].title == "Các nhiệm vụ trọng tâm"
    assert [t.content for t in outline.groups[0].tasks] == ["Việc một cần làm", "Việc hai cần làm"]


def test_roman_values() -> None:
    assert [roman_value(r) for r in ("I", "IV", "IX", "XIV", "IIII", "VX")] == [1, 4, 9, 14, None, None]


def test_nfd_text_is_normalised() -> None:
    import unicodedata

    outline = parse_outline(unicodedata.normalize("NFD", "1. Nâng cao\n- Đẩy mạnh tuyên truyền"))
    assert outline.groups[0].tasks[0].content == "Đẩy mạnh tuyên truyền"
    assert unicodedata.is_normalized("NFC", outline.groups[0].title)
