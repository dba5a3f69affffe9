"""Groups and tasks built from the lines as classified (by the reader or mended in the preview):
a group line opens a group, a task line a task, detail lines go into the task above."""

from __future__ import annotations

import re
from datetime import date
from typing import cast

from desktop_app.reading.assignments import find_units
from desktop_app.reading.model import DETAIL, GROUP, TASK, GroupDraft, ReadLine, TaskDraft
from desktop_app.reading.timing import timing

_OUTPUT = re.compile(r"(?:sản phẩm(?: đầu ra)?|kết quả đầu ra)\s*:\s*([^;)\n]+)", re.IGNORECASE)


def fill_task(task: TaskDraft, fields: dict[str, object], default_year: int | None) -> None:
    """Units, deadline, recurrence and output from the task's text, unless stated apart."""
    text = task.full_text
    if "lead_unit" in fields or "coordinating_units" in fields:
        task.lead_unit = cast("str | None", fields.get("lead_unit"))
        task.coordinating_units = list(cast("list[str]", fields.get("coordinating_units") or []))
    else:
        task.lead_unit, task.coordinating_units = find_units(text)
    deadline, recurrence = timing(text, default_year)
    task.deadline = cast("date | None", fields["deadline"]) if "deadline" in fields else deadline
    task.recurrence = cast("str | None", fields["recurrence"]) if "recurrence" in fields else recurrence
    if task.deadline is not None and task.recurrence is None:
        task.recurrence = "once"
    if "output" in fields:
        task.output = cast("str | None", fields["output"])
    else:
        found = _OUTPUT.search(text)
        task.output = found.group(1).strip(" .") if found else None


def assemble(lines: list[ReadLine], default_year: int | None = None, untitled: str = "") -> list[GroupDraft]:
    groups: list[GroupDraft] = []
    pending: list[tuple[TaskDraft, dict[str, object]]] = []
    task: TaskDraft | None = None
    for line in lines:
        if line.kind == GROUP:
            groups.append(GroupDraft(line.text, line.marker))
            task = None
        elif line.kind == TASK:
            if not groups:
                groups.append(GroupDraft(untitled))
            task = TaskDraft(line.text, line.marker)
            groups[-1].tasks.append(task)
            pending.append((task, line.fields))
        elif line.kind == DETAIL and task is not None:
            task.details.append(line.shown)
    for task, fields in pending:
        fill_task(task, fields, default_year)
    return groups
