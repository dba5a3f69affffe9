"""Errors the services raise: each names the field or row so a clerk can fix it."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, SupportsIndex

from sqlalchemy import inspect, select
from sqlalchemy.orm import object_session

from desktop_app.db.models import AuditEntry


@dataclass
class Problem:
    where: str  # a field name, a JSON path, or "Dòng 14, cột Đơn vị chủ trì"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


MAX_LISTED = 100  # problems listed; beyond them only the count is kept (a hostile file has millions)
MAX_COUNTED = 10_000  # checking stops here: "at least 10,000 problems" says enough about such a file


@dataclass
class ValidationError(Exception):
    """Input that was refused; nothing was written. ``problems`` lists at most MAX_LISTED;
    ``total`` says how many there were."""

    problems: list[Problem] = field(default_factory=list)
    total: int = 0
    stopped: bool = False  # checking stopped at MAX_COUNTED problems: there are at least ``total``

    def __post_init__(self) -> None:
        self.total = max(self.total, len(self.problems))
        self.problems = list(self.problems[:MAX_LISTED])
        super().__init__(self.summary())

    @classmethod
    def one(cls, where: str, message: str) -> ValidationError:
        return cls([Problem(where, message)])

    def summary(self) -> str:
        return "; ".join(str(p) for p in self.problems[:20]) + (
            f" (và {self._count(self.total - 20)} lỗi khác)" if self.total > 20 else "")

    def _count(self, number: int) -> str:
        text = f"{number:,}".replace(",", ".")
        return f"hơn {text}" if self.stopped else text

    def more(self) -> str:
        """"… và N lỗi khác" when more problems were found than are listed, else ""."""
        hidden = self.total - len(self.problems)
        if hidden <= 0:
            return ""
        stop = f"; dừng kiểm tra khi đã thấy {MAX_COUNTED:,} lỗi".replace(",", ".") if self.stopped else ""
        return f"… và {self._count(hidden)} lỗi khác (chỉ liệt kê {len(self.problems)} lỗi đầu{stop})."


class ProblemList(list[Problem]):
    """Problems as they are found, keeping only the first MAX_LISTED in ``order`` (plus some
    slack) and counting the rest, so a file with a million bad rows costs no memory for them.

    ``owner`` (optional) maps each problem to the object it is about; ``owners`` collects them all."""

    SLACK = 20 * MAX_LISTED

    def __init__(self, order: Callable[[Problem], Any], owner: Callable[[Problem], Hashable] | None = None) -> None:
        super().__init__()
        self._order = order
        self._owner = owner
        self.owners: set[Hashable] = set()
        self.total = 0
        self.stopped = False

    @property
    def full(self) -> bool:
        """MAX_COUNTED problems seen: stop checking (the file is refused anyway)."""
        return self.stopped

    def append(self, problem: Problem) -> None:
        if self.stopped:
            return
        self.total += 1
        self.stopped = self.total >= MAX_COUNTED
        if self._owner is not None:
            self.owners.add(self._owner(problem))
        super().append(problem)
        if len(self) > self.SLACK:
            self.first()

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            if self.full:
                break
            self.append(problem)

    def __iadd__(self, problems: Iterable[Problem]) -> ProblemList:  # type: ignore[override,misc]
        self.extend(problems)
        return self

    def insert(self, index: SupportsIndex, problem: Problem) -> None:
        self.append(problem)

    def first(self) -> list[Problem]:
        """The first MAX_LISTED distinct problems in order (duplicates no longer counted)."""
        unique: dict[tuple[str, str], Problem] = {}
        for problem in self:
            unique.setdefault((problem.where, problem.message), problem)
        self.total -= len(self) - len(unique)
        kept = sorted(unique.values(), key=self._order)[:MAX_LISTED]
        self[:] = kept
        return kept

    def error(self) -> ValidationError:
        return ValidationError(self.first(), total=self.total, stopped=self.full)


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
