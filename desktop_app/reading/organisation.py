"""The "Tổ chức thực hiện" assignments: an item naming a unit and the tasks it leads by their
numbers ("Phòng Văn hóa - Xã hội chủ trì thực hiện nhiệm vụ 1.1, 1.2 và mục 3") gives those
tasks their lead unit when their own text names none."""

from __future__ import annotations

import re

from desktop_app.reading.assignments import find_units, is_unit_name
from desktop_app.reading.lines import classify
from desktop_app.reading.model import GROUP, TASK, ReadLine

_REF_WORDS = re.compile(
    r"\b(?:nhiệm vụ|mục|điểm|nội dung|tiểu mục)(?:\s+số)?\s+((?:\d+(?:\.\d+)?(?:\s*(?:,|và|;)\s*)?)+)", re.IGNORECASE)


def _references(text: str) -> list[str]:
    refs: list[str] = []
    for found in _REF_WORDS.finditer(text):
        refs += re.findall(r"\d+(?:\.\d+)?", found.group(1))
    return refs


def _lead(text: str) -> str | None:
    lead, _ = find_units(text)
    if lead:
        return lead
    head = re.split(r"\s*:\s+|\s+(?:chủ trì|chịu trách nhiệm|thực hiện)\b", text, maxsplit=1)[0].strip()
    return head if is_unit_name(head) else None


def apply_assignments(lines: list[ReadLine], organisation: list[ReadLine]) -> None:
    """Give the referenced tasks (task lines of ``lines``) the lead unit an organisation line names."""
    tasks: dict[str, list[int]] = {}
    group = ""
    for i, line in enumerate(lines):
        if line.kind == GROUP:
            group = line.marker.rstrip(".")
        elif line.kind == TASK:
            number = line.marker.rstrip(".")
            if number:
                tasks.setdefault(number, []).append(i)
            if group:
                tasks.setdefault(group, []).append(i)
    if not tasks:
        return
    for item in organisation:
        text = classify(item.text).text  # without its own "1." or "-"
        refs = [r for r in _references(text) if r in tasks]
        unit = _lead(text) if refs else None
        if unit is None:
            continue
        given = []
        for ref in refs:
            for i in tasks[ref]:
                line = lines[i]
                own_lead, own_others = find_units(line.text)
                if own_lead or "lead_unit" in line.fields:
                    continue
                line.fields.update(lead_unit=unit, coordinating_units=own_others)
                line.reason += f"; chủ trì theo mục Tổ chức thực hiện: {unit}"
                given.append(ref)
        if given:
            item.reason = f"phân công: {unit} chủ trì nhiệm vụ {', '.join(dict.fromkeys(given))}"
