"""The plan reader: from blocks of text and tables to a Reading — header, document chain,
targets, groups and tasks, and what each line became and why."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.reading import sections as sec
from desktop_app.reading.draft import assemble
from desktop_app.reading.encodings import from_tcvn3, from_vni, to_unicode
from desktop_app.reading.header import find_documents, is_chain_sentence, read_header
from desktop_app.reading.lines import Line, clean, marker_text, split_lines
from desktop_app.reading.model import (
    DOCUMENT,
    GROUP,
    HEADER,
    HEADING,
    SKIPPED,
    TARGET,
    PlanHeader,
    Reading,
    ReadLine,
    Skipped,
)
from desktop_app.reading.organisation import apply_assignments
from desktop_app.reading.outline import read_outline, target_lines, title_text
from desktop_app.reading.sources import Block, Table, file_blocks, html_blocks, looks_like_html, text_blocks
from desktop_app.reading.tables import read_table
from desktop_app.reading.targets import read_target

_REASONS = {
    sec.PURPOSE: "mục đích, yêu cầu: không phải nhiệm vụ",
    sec.ORGANISATION: "tổ chức thực hiện: phân công chung, không phải nhiệm vụ",
    sec.BUDGET: "kinh phí: không phải nhiệm vụ",
    sec.APPENDIX: "phụ lục",
    sec.CONTENT: "ngoài mục nhiệm vụ",
    sec.OTHER: "ngoài mục nhiệm vụ",
    sec.FRONT: "phần mở đầu",
}
_HEADER_EVIDENCE = re.compile(
    r"^(?:Số\s*:?\s*\d|CỘNG HÒA|CỘNG HOÀ|KẾ HOẠCH\b|ĐẢNG CỘNG SẢN|.{2,60}, ngày \d{1,2} tháng)", re.IGNORECASE
)


def read_text(text: str) -> Reading:
    """Read pasted text (plain, or Word's clipboard HTML)."""
    return read_blocks(html_blocks(text) if looks_like_html(text) else text_blocks(text))


def read_file(path: Path) -> Reading:
    return read_blocks(file_blocks(path))


def _convert(blocks: list[Block]) -> tuple[list[Block], str | None]:
    sample = "\n".join(b if isinstance(b, str) else " ".join(" ".join(r) for r in b) for b in blocks)
    _, encoding = to_unicode(sample)
    if encoding is None:
        return blocks, None

    convert = from_tcvn3 if encoding == "tcvn3" else from_vni
    return [convert(b) if isinstance(b, str) else [[convert(c) for c in r] for r in b] for b in blocks], encoding


def read_blocks(blocks: list[Block]) -> Reading:
    blocks, encoding = _convert(blocks)
    reading = Reading(encoding=encoding)
    sections = sec.split_sections(split_lines("\n".join(b for b in blocks if isinstance(b, str))))
    # with no section headings at all the text is the tasks themselves (a pasted fragment)
    _read_front(reading, sections[0].lines, has_tasks_section=len(sections) > 1)
    default_year = reading.plan.date.year if reading.plan.date else _year_in(reading.plan.title)
    task_tables, other_cells = _read_tables([b for b in blocks if not isinstance(b, str)], default_year)
    if not reading.plan.issuer and other_cells:  # the header laid out in a table (a .docx)
        _merge_header(reading.plan, read_header(other_cells[:12])[0])
    organisation = _read_sections(reading, sections[1:], has_tables=bool(task_tables))
    tasks_heading = next((s.heading.text for s in sections if s.kind == sec.TASKS and s.heading), "")
    for rows in task_tables:
        if rows and rows[0].kind != GROUP:  # a table with no group rows: the tasks section names its group
            rows.insert(0, ReadLine(title_text(tasks_heading) if tasks_heading else "", GROUP,
                                    "bảng nhiệm vụ không chia nhóm: nhóm theo tên mục nhiệm vụ"))
        reading.lines += rows
    apply_assignments(reading.lines, organisation)
    unique = {d.number_symbol: d for d in reversed(reading.documents)}  # the first mention of each document
    reading.documents = [d for d in reading.documents if unique.get(d.number_symbol) is d]
    reading.groups = assemble(reading.lines, default_year)
    for line in reading.lines:
        target = read_target(line.text) if line.kind == TARGET else None
        if target is not None:
            year = line.fields.get("year")
            target.year = target.year or (year if isinstance(year, int) else None)
            reading.targets.append(target)
    reading.skipped = [Skipped(ln.shown, ln.reason) for ln in reading.lines if ln.kind in (SKIPPED, HEADING)]
    return reading


def _read_tables(tables: list[Table], default_year: int | None) -> tuple[list[list[ReadLine]], list[str]]:
    """Task tables read as lines; the cells of every other table (a header table) as text."""
    task_tables: list[list[ReadLine]] = []
    other_cells: list[str] = []
    for table in tables:
        rows = read_table(table, default_year)
        if rows:
            task_tables.append(rows)
        else:
            other_cells.extend(line for row in table for cell in row for line in cell.split("\n") if line.strip())
    return task_tables, other_cells


def _read_sections(reading: Reading, sections: list[sec.Section], has_tables: bool) -> list[ReadLine]:
    """Each section's lines by its kind; returns the "Tổ chức thực hiện" lines."""
    if not any(s.kind == sec.TASKS for s in sections):
        for section in sections:  # "II. NỘI DUNG" with no tasks section elsewhere: the tasks are there
            if section.kind == sec.CONTENT:
                section.kind = sec.TASKS
    others_as_tasks = not has_tables and not any(s.kind == sec.TASKS for s in sections)
    organisation: list[ReadLine] = []
    pending: list[Line] = []  # sections of unknown kind, read as tasks when the plan has no tasks section
    for section in sections:
        if section.kind == sec.OTHER and others_as_tasks:
            pending.extend(([section.heading] if section.heading else []) + section.lines)
            continue
        if pending:
            reading.lines += read_outline(pending)
            pending = []
        if section.heading is not None:
            reading.lines.append(ReadLine(clean(section.heading.text), HEADING, f"tiêu đề mục ({_label(section.kind)})",
                                          marker_text(section.heading)))
        if section.kind == sec.TASKS:
            reading.lines += read_outline(section.lines, section.heading.text if section.heading else "")
        elif section.kind == sec.TARGETS:
            reading.lines += target_lines(section.lines)
        else:
            skipped = [ReadLine(clean(ln.raw), SKIPPED, _REASONS.get(section.kind, "ngoài mục nhiệm vụ"))
                       for ln in section.lines]
            if section.kind == sec.ORGANISATION:
                organisation += skipped
            reading.lines += skipped
    if pending:
        reading.lines += read_outline(pending)
    return organisation


def _label(kind: str) -> str:
    return {
        sec.PURPOSE: "mục đích, yêu cầu",
        sec.TARGETS: "mục tiêu",
        sec.TASKS: "nhiệm vụ",
        sec.ORGANISATION: "tổ chức thực hiện",
        sec.BUDGET: "kinh phí",
        sec.APPENDIX: "phụ lục",
        sec.CONTENT: "nội dung",
    }.get(kind, "khác")


def _year_in(text: str | None) -> int | None:
    found = re.search(r"\b(20\d\d)\b", text or "")
    return int(found.group(1)) if found else None


def _merge_header(plan: PlanHeader, found: PlanHeader) -> None:
    for name in ("issuer", "number_symbol", "place", "date", "title"):
        if getattr(plan, name) is None and getattr(found, name) is not None:
            setattr(plan, name, getattr(found, name))


def _read_front(reading: Reading, lines: list[Line], has_tasks_section: bool) -> None:
    """Header and "Căn cứ …" sentences; with no tasks section, the rest is read as tasks."""
    texts = [ln.raw for ln in lines]
    used: set[int] = set()
    if any(_HEADER_EVIDENCE.match(t.strip()) for t in texts[:15]):
        header, used = read_header(texts[:40])
        reading.plan = header
        reading.documents += find_documents(header.title or "")  # "Kế hoạch thực hiện Nghị quyết số …"
    rest: list[Line] = []
    for i, line in enumerate(lines):
        if i in used:
            reading.lines.append(ReadLine(clean(line.raw), HEADER, "phần đầu văn bản (cơ quan, số, ngày, trích yếu)"))
        elif is_chain_sentence(line.raw):
            docs = find_documents(line.raw)
            reading.documents += [
                d for d in docs if d.number_symbol not in {x.number_symbol for x in reading.documents}
            ]
            reading.lines.append(ReadLine(clean(line.raw), DOCUMENT, f"căn cứ: {len(docs)} văn bản"))
        else:
            rest.append(line)
    if has_tasks_section:
        reading.lines += [ReadLine(clean(ln.raw), SKIPPED, _REASONS[sec.FRONT]) for ln in rest]
    elif rest:
        reading.lines += read_outline(rest)
