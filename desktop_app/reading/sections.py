"""The sections of a plan, told apart by what their headings say, whatever their numbering:
Mục đích, yêu cầu; Mục tiêu / Chỉ tiêu; Nhiệm vụ, giải pháp; Tổ chức thực hiện; Kinh phí; Phụ lục."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.reading.lines import Line

PURPOSE = "purpose"
TARGETS = "targets"
TASKS = "tasks"
ORGANISATION = "organisation"
BUDGET = "budget"
APPENDIX = "appendix"
CONTENT = "content"  # "NỘI DUNG", "NỘI DUNG KẾ HOẠCH": may hold targets and tasks
OTHER = "other"
FRONT = "front"  # before the first heading: header, "Căn cứ …"

_KINDS = [
    (
        ORGANISATION,
        re.compile(
            r"^(?:to chuc thuc hien|trach nhiem thuc hien|phan cong (?:nhiem vu|thuc hien|trach nhiem)"
            r"|phan cong|trach nhiem cua cac|che do bao cao|dieu khoan thi hanh)"
        ),
    ),
    (PURPOSE, re.compile(r"^(?:muc dich|yeu cau|quan diem|su can thiet|can cu|co so)")),
    (
        TARGETS,
        re.compile(r"^(?:muc tieu|chi tieu|cac chi tieu|cac muc tieu|mot so chi tieu|ket qua (?:can dat|dau ra))"),
    ),
    (
        TASKS,
        re.compile(
            r"^(?:(?:cac |mot so )?nhiem vu|giai phap|noi dung(?:,)? nhiem vu|cac hoat dong|hoat dong"
            r"|noi dung trien khai|noi dung thuc hien|noi dung va giai phap|noi dung, giai phap"
            r"|noi dung cong viec|nhung nhiem vu|phuong huong|chuong trinh cong tac|danh muc nhiem vu"
            r"|ke hoach thuc hien|lo trinh)"
        ),
    ),
    (BUDGET, re.compile(r"^(?:kinh phi|nguon kinh phi|nguon luc)")),
    (APPENDIX, re.compile(r"^phu luc")),
    (CONTENT, re.compile(r"^noi dung")),
]
HEADING_STYLES = ("part", "roman", "capital", "decimal1", "para")


@dataclass
class Section:
    kind: str
    heading: Line | None
    lines: list[Line] = field(default_factory=list)


def heading_kind(line: Line) -> str | None:
    """The kind of section a line announces, or None when it is not a section heading."""
    text = line.folded
    if len(text.split()) > 14 or line.text.rstrip().endswith(";"):
        return None
    for kind, pattern in _KINDS:
        if pattern.match(text):
            if kind in (TARGETS, CONTENT) and re.search(r"\b(?:nhiem vu|giai phap)\b", text):
                return TASKS  # "Mục tiêu, nhiệm vụ và giải pháp", "Nội dung, mục tiêu, nhiệm vụ cụ thể"
            return kind
    return None


def _heading_style(lines: list[Line]) -> str | None:
    """The marker style section headings use in this text: the first heading-like line's."""
    for line in lines:
        if line.style in HEADING_STYLES and heading_kind(line) is not None:
            if line.style == "para" and not line.is_caps:
                continue
            return line.style
    return None


def split_sections(lines: list[Line]) -> list[Section]:
    """Sections in order; text before the first heading is the FRONT section. A heading of the
    document's heading style whose words are not known starts an OTHER section."""
    style = _heading_style(lines)
    sections = [Section(FRONT, None)]
    if style is None:
        sections[0].lines = list(lines)
        return sections
    for line in lines:
        is_heading = line.style == style and (style != "para" or line.is_caps)
        if is_heading:
            kind = heading_kind(line)
            if kind is None and style == "para":
                sections[-1].lines.append(line)
                continue
            if kind is None and style in ("decimal1", "capital") and sections[-1].kind == TASKS:
                sections[-1].lines.append(line)  # a numbered group inside the tasks section
                continue
            sections.append(Section(kind or OTHER, line))
        else:
            sections[-1].lines.append(line)
    result: list[Section] = []
    for section in sections:
        if section.kind in (CONTENT, OTHER) and section.lines:
            inner = split_sections(section.lines)
            if any(s.kind in (TASKS, TARGETS, ORGANISATION) for s in inner[1:]):
                if inner[0].lines:
                    inner[0].kind = section.kind
                    inner[0].heading = section.heading
                    result.append(inner[0])
                else:
                    result.append(Section(section.kind, section.heading))
                result.extend(inner[1:])
                continue
        result.append(section)
    return result
