"""The schema, as SQLAlchemy 2 typed ORM models. Every entity has a stable UUID ``id``.

Nothing here is SQLite-only: the same models run on PostgreSQL.
``search_text`` columns hold the folded text (no case, no diacritics, đ → d) the search uses;
they are filled by :mod:`desktop_app.db.hooks` on every flush.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from desktop_app.db.types import CleanString, CleanText, UtcDateTime, new_id, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """Columns every synchronised entity has: its UUID, last change time and an edit version."""

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # optimistic locking: an UPDATE of a row someone else changed meanwhile is refused
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


unit_successor = Table(
    "unit_successor",
    Base.metadata,
    Column("unit_id", ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True),
    Column("successor_id", ForeignKey("unit.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class Unit(Stamped, Base):
    __tablename__ = "unit"

    code: Mapped[str] = mapped_column(CleanString(40), default="")
    # the official code (QĐ 19/2025/QĐ-TTg) of a province "01" or commune "00004"; None for offices
    official_code: Mapped[str | None] = mapped_column(String(10), unique=True, index=True)
    # the day the unit ceased to exist; its work passed to ``successors`` (services/succession.py)
    dissolved_on: Mapped[date | None] = mapped_column(Date)
    name: Mapped[str] = mapped_column(CleanString(300))
    kind: Mapped[str] = mapped_column(String(30), default="other")
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")
    successors: Mapped[list[Unit]] = relationship(
        secondary=unit_successor,
        primaryjoin="Unit.id == unit_successor.c.unit_id",
        secondaryjoin="Unit.id == unit_successor.c.successor_id",
        order_by="Unit.name",
    )



document_link = Table(
    "document_link",
    Base.metadata,
    Column("document_id", ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
    Column("implements_id", ForeignKey("document.id", ondelete="RESTRICT"), primary_key=True),
)


class Document(Stamped, Base):
    """A document (văn bản): what a plan implements, or an amendment, or a report."""

    __tablename__ = "document"

    doc_type: Mapped[str] = mapped_column(String(10), default="KH")
    number: Mapped[str] = mapped_column(CleanString(20), default="")
    symbol: Mapped[str] = mapped_column(CleanString(60), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(CleanString(300), default="")
    title: Mapped[str] = mapped_column(CleanText, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    implements: Mapped[list[Document]] = relationship(
        secondary=document_link,
        primaryjoin="Document.id == document_link.c.document_id",
        secondaryjoin="Document.id == document_link.c.implements_id",
        order_by="Document.issued_on",
    )



plan_document = Table(
    "plan_document",
    Base.metadata,
    Column("plan_id", ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("document.id", ondelete="RESTRICT"), primary_key=True),
)


class Plan(Stamped, Base):
    __tablename__ = "plan"

    number: Mapped[str] = mapped_column(CleanString(20), default="")
    symbol: Mapped[str] = mapped_column(CleanString(60), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    issuer_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), index=True)
    title: Mapped[str] = mapped_column(CleanText, default="")
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    vision_year: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(CleanText, default="")
    requirements: Mapped[str] = mapped_column(CleanText, default="")
    deadline_offset_days: Mapped[int] = mapped_column(Integer, default=3)
    # a plan received from the level above: its structure is read-only here, only progress is filled
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    search_text: Mapped[str] = mapped_column(Text, default="")

    issuer_unit: Mapped[Unit | None] = relationship()
    implements: Mapped[list[Document]] = relationship(secondary=plan_document,
                                                      order_by="Document.issued_on")
    targets: Mapped[list[Target]] = relationship(back_populates="plan", order_by="Target.position",
                                                 cascade="all, delete-orphan")
    groups: Mapped[list[TaskGroup]] = relationship(back_populates="plan",
                                                   order_by="TaskGroup.position",
                                                   cascade="all, delete-orphan")



class Target(Stamped, Base):
    """A numeric target (chỉ tiêu): a value or a range to reach by a year."""

    __tablename__ = "target"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(CleanText)
    measure: Mapped[str] = mapped_column(CleanString(40), default="")
    baseline: Mapped[float | None] = mapped_column(Float)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    target_low: Mapped[float | None] = mapped_column(Float)
    target_high: Mapped[float | None] = mapped_column(Float)
    target_year: Mapped[int | None] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(10), default="increase")

    plan: Mapped[Plan] = relationship(back_populates="targets")
    values: Mapped[list[TargetValue]] = relationship(back_populates="target",
                                                     cascade="all, delete-orphan")



class TargetValue(Stamped, Base):
    """A target's actual value for one reporting period."""

    __tablename__ = "target_value"
    __table_args__ = (UniqueConstraint("target_id", "period"),)

    target_id: Mapped[str] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(30))
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(CleanText, default="")

    target: Mapped[Target] = relationship(back_populates="values")



class TaskGroup(Stamped, Base):
    """A group of tasks and solutions (nhóm nhiệm vụ, giải pháp), numbered by position."""

    __tablename__ = "task_group"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(CleanText, default="")

    plan: Mapped[Plan] = relationship(back_populates="groups")
    tasks: Mapped[list[Task]] = relationship(back_populates="group", order_by="Task.position",
                                             cascade="all, delete-orphan")



task_coordinator = Table(
    "task_coordinator",
    Base.metadata,
    Column("task_id", ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class Task(Stamped, Base):
    """A task (nhiệm vụ): what, who leads, who helps, when, and what it should produce."""

    __tablename__ = "task"

    group_id: Mapped[str] = mapped_column(ForeignKey("task_group.id", ondelete="CASCADE"),
                                          index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(CleanText, default="")
    lead_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), index=True)
    output: Mapped[str] = mapped_column(CleanText, default="")
    schedule_kind: Mapped[str] = mapped_column(String(12), default="continuous")
    due_on: Mapped[date | None] = mapped_column(Date)
    due_month: Mapped[int | None] = mapped_column(Integer)
    due_day: Mapped[int | None] = mapped_column(Integer)
    start_on: Mapped[date | None] = mapped_column(Date)
    search_text: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[TaskGroup] = relationship(back_populates="tasks")
    lead_unit: Mapped[Unit | None] = relationship()
    coordinating_units: Mapped[list[Unit]] = relationship(secondary=task_coordinator,
                                                          order_by="Unit.name")



class Progress(Stamped, Base):
    """One unit's progress on one task in one reporting period."""

    __tablename__ = "progress"
    __table_args__ = (UniqueConstraint("task_id", "unit_id", "period"),)

    task_id: Mapped[str] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), index=True)
    period: Mapped[str] = mapped_column(String(30), index=True)
    status: Mapped[str] = mapped_column(String(12), default="not_started")
    percent: Mapped[int | None] = mapped_column(Integer)
    completed_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(CleanText, default="")
    difficulties: Mapped[str] = mapped_column(CleanText, default="")
    proposals: Mapped[str] = mapped_column(CleanText, default="")
    references: Mapped[str] = mapped_column(CleanText, default="")
    updated_by: Mapped[str] = mapped_column(CleanString(100), default="")
    # the sender's change time of the version last received from another PC (ward → district);
    # a row changed here after that (updated_at > synced_at) was edited locally
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # review by the compiling office (services/review.py): draft → submitted → accepted | returned
    review_state: Mapped[str] = mapped_column(String(12), default="draft", server_default="draft")
    review_reason: Mapped[str] = mapped_column(CleanText, default="", server_default="")
    reviewed_by: Mapped[str] = mapped_column(CleanString(100), default="", server_default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    search_text: Mapped[str] = mapped_column(Text, default="")

    task: Mapped[Task] = relationship()
    unit: Mapped[Unit] = relationship()



plan_amendment = Table(
    "plan_amendment",
    Base.metadata,
    Column("plan_id", ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("document.id", ondelete="RESTRICT"), primary_key=True),
)


class TaskRevision(Stamped, Base):
    """A task as an amendment (Kế hoạch sửa đổi, quyết định, công văn) set it, from a date on.

    Each row is a full snapshot, in force from ``effective_from`` (NULL: from the start) until the
    next revision of the task; ``dropped`` marks the task removed from that date (services/revisions.py).
    """

    __tablename__ = "task_revision"
    __table_args__ = (UniqueConstraint("task_id", "effective_from"),)

    task_id: Mapped[str] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    effective_from: Mapped[date | None] = mapped_column(Date)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"), index=True)
    content: Mapped[str] = mapped_column(CleanText, default="")
    lead_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), index=True)
    coordinating_unit_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of unit ids
    output: Mapped[str] = mapped_column(CleanText, default="")
    schedule_kind: Mapped[str] = mapped_column(String(12), default="continuous")
    due_on: Mapped[date | None] = mapped_column(Date)
    due_month: Mapped[int | None] = mapped_column(Integer)
    due_day: Mapped[int | None] = mapped_column(Integer)
    dropped: Mapped[bool] = mapped_column(Boolean, default=False)


class Attachment(Stamped, Base):
    """A reference document (văn bản, minh chứng) carried by a plan, a task or a progress update:
    its number/symbol, date and issuer, and optionally the file (kept by hash in attachment_blob)."""

    __tablename__ = "attachment"

    owner_kind: Mapped[str] = mapped_column(String(10))  # plan | task | progress
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    number: Mapped[str] = mapped_column(CleanString(20), default="")
    symbol: Mapped[str] = mapped_column(CleanString(60), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(CleanString(300), default="")
    title: Mapped[str] = mapped_column(CleanText, default="")
    file_name: Mapped[str] = mapped_column(CleanString(255), default="")
    mime: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)


class AttachmentBlob(Base):
    """A file's bytes, stored once per content (SHA-256), inside the database so backups keep it."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)



class AdhocPeriod(Stamped, Base):
    """An ad-hoc (đột xuất) or thematic reporting period with explicit dates."""

    __tablename__ = "adhoc_period"

    code: Mapped[str] = mapped_column(CleanString(30), unique=True)
    title: Mapped[str] = mapped_column(CleanText, default="")
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)


class AuditEntry(Base):
    """One changed field (or a whole create/delete) with who, when, from where; hash-chained."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    action: Mapped[str] = mapped_column(String(10))  # create | update | delete
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="")


class Setting(Base):
    """Key–value settings kept with the data (e.g. report settings of an issuing unit)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class IssuedReport(Base):
    """A report as issued: its number, date, the data it showed and its files, frozen.

    Never updated. ``plan_id`` / ``unit_id`` are plain references (no foreign key) so the record of
    what was sent outlives later changes to, or the deletion of, the plan and the units.
    """

    __tablename__ = "issued_report"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    period: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[str | None] = mapped_column(String(36))
    number: Mapped[str] = mapped_column(CleanString(20), default="")
    symbol: Mapped[str] = mapped_column(CleanString(60), default="")
    issued_on: Mapped[date] = mapped_column(Date)
    data_json: Mapped[str] = mapped_column(Text)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    docx: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    chain_head: Mapped[str] = mapped_column(String(80), default="", server_default="")  # "N:hash" when issued


class IssuedReportFile(Base):
    """A file kept with an issued report, by its SHA-256: the electronic copy to be signed, its
    metadata (JSON), its annex, and signed copies that came back from a signing tool. Never updated."""

    __tablename__ = "issued_report_file"
    __table_args__ = (UniqueConstraint("report_id", "sha256"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    report_id: Mapped[str] = mapped_column(ForeignKey("issued_report.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(255), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


AUDITED = (Unit, Document, Plan, Target, TargetValue, TaskGroup, Task, Progress, AdhocPeriod, TaskRevision,
           Attachment)
