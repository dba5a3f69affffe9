"""Errors the services raise: each names the field or row so a clerk can fix it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import object_session

from desktop_app.db.models import AuditEntry


@dataclass
class Problem:
    where: str  # a field name, a JSON path, or "Dòng 14, cột Đơn vị chủ trì"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass
class ValidationError(Exception):
    """Input that was refused; nothing was written."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.summary())

    @classmethod
    def one(cls, where: str, message: str) -> ValidationError:
        return cls([Problem(where, message)])

    def summary(self) -> str:
        return "; ".join(str(p) for p in self.problems[:20]) + (
            f" (và {len(self.problems) - 20} lỗi khác)" if len(self.problems) > 20 else "")


class NotFound(LookupError):
    """A referenced plan, task, unit or period that does not exist."""


class InUse(Exception):
    """An entity that other records refer to and so cannot be deleted."""


class Conflict(Exception):
    """Someone else saved the same record since it was read (optimistic locking).

    ``current`` holds the stored values (field → value) so the clerk can compare and merge;
    ``by`` and ``at`` say who saved them and when, when the audit log knows.
    """

    def __init__(self, message: str, current: dict[str, Any] | None = None, by: str = "",
                 at: Any = None, version: int | None = None) -> None:
        super().__init__(message)
        self.current = current or {}
        self.by = by
        self.at = at
        self.version = version


def check_version(record: Any, expected_version: int | None) -> None:
    """Refuse an edit made on a copy older than what is stored (two windows, two clerks).

    The refusal carries the stored values and who saved them, for a side-by-side merge.
    """
    if expected_version is None or record.version == expected_version:
        return
    state = inspect(record)
    current = {attr.key: getattr(record, attr.key) for attr in state.mapper.column_attrs
               if attr.key not in ("search_text",)}
    by, at = "", None
    session = object_session(record)
    if session is not None:
        last = session.execute(select(AuditEntry.os_user, AuditEntry.at).where(AuditEntry.entity_id == record.id)
                               .order_by(AuditEntry.seq.desc()).limit(1)).first()
        if last is not None:
            by, at = last
    who = f" bởi {by}" if by else ""
    when = f" lúc {at.astimezone():%H:%M ngày %d/%m/%Y}" if at is not None else ""
    raise Conflict(f"Bản ghi đã được sửa{who}{when} sau khi bạn mở nó; hãy xem giá trị mới rồi quyết định giữ "
                   "bản nào.", current, by, at, record.version)
