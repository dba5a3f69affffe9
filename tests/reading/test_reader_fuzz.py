"""Whatever is pasted, the reader answers: no exception, JSON that serialises, no empty task."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.reading import read_text, reading_to_dict

PIECES = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Tuyên truyền",
    "1.1. Rà soát",
    "a) Hồ sơ;",
    "- Giao Phòng Tư pháp chủ trì, phối hợp với",
    "+ chi tiết",
    "KẾ HOẠCH",
    "Số: /KH-UBND",
    "quý IV/2025",
    "trước ngày 31/02/2025",
    "hằng quý",
    "STT\tNội dung\tChủ trì\tThời gian",
    "1\tViệc\t\t",
    "KÕ ho¹ch",
    "Keá hoaïch",
    "<table><tr><td>",
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 99/99/2024 của",
    ":",
    "|",
    "(Cơ quan chủ trì: ; Thời gian: )",
    "PHỤ LỤC",
    "![](x.png)",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=40))
def test_any_text_reads_without_error(parts: list[str]) -> None:
    reading = read_text("\n".join(parts))
    json.dumps(reading_to_dict(reading), ensure_ascii=False)
    assert all(t.content.strip() for t in reading.tasks)
