"""What a plan reader finds: the draft plan the preview edits and a service writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# what a line became, shown in the preview
GROUP = "group"
TASK = "task"
DETAIL = "detail"
SKIPPED = "skipped"
HEADER = "header"
TARGET = "target"
DOCUMENT = "document"
HEADING = "heading"

RECURRENCES = ("once", "yearly", "half_yearly", "quarterly", "monthly", "continuous")


@dataclass
class PlanHeader:
    issuer: str | None = None
    number_symbol: str | None = None
    place: str | None = None
    date: date | None = None
    title: str | None = None


@dataclass
class DocumentRef:
    doc_type: str
    number_symbol: str | None = None
    date: date | None = None
    issuer: str | None = None
    title: str | None = None
    # the number/symbol of the document this one implements, when the sentence says so
    # ("Kế hoạch số 137/KH-UBND … về thực hiện Chương trình số 30-CTr/TU …"); not in the JSON
    implements: str | None = None


@dataclass
class TargetDraft:
    text: str
    baseline: float | None = None
    goal: float | None = None
    year: int | None = None
    unit_of_measure: str | None = None


@dataclass
class TaskDraft:
    content: str
    marker: str = ""
    details: list[str] = field(default_factory=list)
    lead_unit: str | None = None
    coordinating_units: list[str] = field(default_factory=list)
    deadline: date | None = None
    recurrence: str | None = None
    output: str | None = None

    @property
    def full_text(self) -> str:
        """The task as it is stored: its own text, then its details with their markers."""
        return "\n".join([self.content, *self.details])


@dataclass
class GroupDraft:
    title: str
    marker: str = ""
    tasks: list[TaskDraft] = field(default_factory=list)


@dataclass
class Skipped:
    line: str
    reason: str


@dataclass
class ReadLine:
    """One line of the source as the preview shows it: what it became and why."""

    text: str
    kind: str
    reason: str
    marker: str = ""
    # values stated apart from the text (a table's columns, the clerk's edits): "lead_unit",
    # "coordinating_units", "deadline", "recurrence", "output"; the rest is read from the text
    fields: dict[str, object] = field(default_factory=dict)

    @property
    def shown(self) -> str:
        return f"{self.marker} {self.text}".strip()


@dataclass
class Reading:
    plan: PlanHeader = field(default_factory=PlanHeader)
    documents: list[DocumentRef] = field(default_factory=list)
    targets: list[TargetDraft] = field(default_factory=list)
    groups: list[GroupDraft] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    lines: list[ReadLine] = field(default_factory=list)
    encoding: str | None = None  # "tcvn3" / "vni" when the text was converted

    @property
    def tasks(self) -> list[TaskDraft]:
        return [t for g in self.groups for t in g.tasks]

    def skip(self, line: str, reason: str) -> None:
        self.skipped.append(Skipped(line, reason))
