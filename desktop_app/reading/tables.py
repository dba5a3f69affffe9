"""The appendix "Danh mục nhiệm vụ": STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Sản phẩm,
columns recognised by their headings, group rows (merged, or a Roman/letter STT) understood."""

from __future__ import annotations

import re

from desktop_app.domain.text import fold
from desktop_app.reading.assignments import split_units
from desktop_app.reading.lines import classify, marker_text, roman_value
from desktop_app.reading.model import GROUP, TASK, ReadLine
from desktop_app.reading.outline import task_text, title_text
from desktop_app.reading.timing import timing

Table = list[list[str]]

_COLUMNS = [
    ("number", re.compile(r"^(?:stt|tt|so tt|so thu tu)$")),
    ("lead", re.compile(r"(?:chu tri|don vi thuc hien|co quan thuc hien|don vi chiu trach nhiem|cq chu tri)")),
    ("with", re.compile(r"phoi hop")),
    ("time", re.compile(r"(?:thoi gian|thoi han|tien do|lo trinh)")),
    ("output", re.compile(r"(?:san pham|ket qua)")),
    ("content", re.compile(r"(?:noi dung|nhiem vu|ten nhiem vu|hoat dong|cong viec|ten de an)")),
]


def columns(header: list[str]) -> dict[str, int] | None:
    """Which column holds what, from the heading row; None when it is not a task table."""
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        text = fold(cell).strip(" .:")
        for name, pattern in _COLUMNS:
            if name not in found and pattern.search(text):
                found[name] = i
                break
    if "content" in found and ("lead" in found or "time" in found):
        return found
    return None


def _cell(row: list[str], cols: dict[str, int], name: str) -> str:
    i = cols.get(name)
    return row[i].strip() if i is not None and i < len(row) else ""


def _lead_first(text: str) -> list[str]:
    """Units of one "Đơn vị thực hiện" cell, the lead first: "Tổ Văn phòng (chủ trì), giáo viên chủ
    nhiệm" names its lead; otherwise the first unit leads."""
    marked = re.search(r"\(\s*chủ trì\s*\)", text, re.IGNORECASE)
    if not marked:
        return split_units(text)
    pieces = [p.strip(" .") for p in re.split(r"[,;\n]", text) if p.strip(" .")]
    lead = next(p for p in pieces if re.search(r"\(\s*chủ trì\s*\)", p, re.IGNORECASE))
    others = [re.sub(r"\s*\(\s*phối hợp\s*\)", "", p, flags=re.IGNORECASE) for p in pieces if p is not lead]
    return [re.sub(r"\s*\(\s*chủ trì\s*\)", "", lead, flags=re.IGNORECASE), *others]


def read_table(table: Table, default_year: int | None = None) -> list[ReadLine] | None:
    """Rows of a task table as lines (group rows and task rows with their columns), or None."""
    found = [(i, columns(header)) for i, header in enumerate(table[:3])]
    start, cols = next(((i, c) for i, c in found if c), (0, None))
    if cols is None:
        return None
    out: list[ReadLine] = []
    for row in table[start + 1 :]:
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if all(re.fullmatch(r"\(?\d+\)?", c) for c in cells if c):
            continue  # the "(1) (2) (3)" row under the heading
        number = _cell(cells, cols, "number")
        content = _cell(cells, cols, "content")
        distinct = {c for c in cells if c}
        merged = len(distinct) == 1 and len(cells) > 1
        is_group = merged or bool(
            number
            and (roman_value(number.rstrip(".")) or re.fullmatch(r"[A-ZĐ]\.?", number))
            and not _cell(cells, cols, "lead")
            and not _cell(cells, cols, "time")
        )
        if merged:
            content, number = next(iter(distinct)), ""
        if not content:
            continue
        if is_group:
            inline = classify(content)  # a merged row "A. CÔNG TÁC VĂN THƯ" carries its own number
            if not number and inline.style in ("roman", "capital", "decimal1"):
                number, content = marker_text(inline), inline.text
            out.append(ReadLine(title_text(content), GROUP, "dòng nhóm của bảng nhiệm vụ", number))
            continue
        lead_text, with_text = _cell(cells, cols, "lead"), _cell(cells, cols, "with")
        leads = _lead_first(lead_text)
        fields: dict[str, object] = {
            "lead_unit": leads[0] if leads else None,
            "coordinating_units": leads[1:] + split_units(with_text),
        }
        time_text = _cell(cells, cols, "time")
        if time_text:
            said = time_text if re.search(r"\d{4}|\d/\d", time_text) is None else "thời gian: " + time_text
            deadline, recurrence = timing(said, default_year, yearless=True)
            fields["deadline"], fields["recurrence"] = deadline, recurrence
        if "output" in cols:
            fields["output"] = _cell(cells, cols, "output") or None
        out.append(ReadLine(task_text(content), TASK, "dòng của bảng nhiệm vụ (cột theo tiêu đề)", number, fields))
    return out
