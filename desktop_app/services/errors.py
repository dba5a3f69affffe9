"""Errors the services raise: each names the field or row so a clerk can fix it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    """Someone else saved the same record since it was read (optimistic locking)."""


def check_version(record: Any, expected_version: int | None) -> None:
    """Refuse an edit made on a copy older than what is stored (two windows, two clerks)."""
    if expected_version is not None and record.version != expected_version:
        raise Conflict("Bản ghi đã được sửa ở nơi khác sau khi bạn mở nó; hãy tải lại rồi sửa tiếp.")
