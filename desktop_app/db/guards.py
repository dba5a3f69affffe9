"""No control or direction-override character is stored in any text column.

ESC, BEL, RLO … in a unit's name would clear a clerk's terminal, ring, or show "gpj.exe" as
"exe.jpg" in every list and report. Services and importers refuse them with the field named; this
check at flush time is the net under all of them (a new object's every text, a changed object's
changed texts).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from desktop_app.domain.text import unsafe_character

SKIPPED_TABLES = frozenset({"audit_entry"})  # the log records what was attempted, derived from the rows
SKIPPED_COLUMNS = frozenset({"search_text"})
FIELD_LABELS = {
    "name": "Tên", "code": "Mã", "title": "Tiêu đề, trích yếu", "content": "Nội dung", "number": "Số",
    "symbol": "Ký hiệu", "issuer": "Cơ quan ban hành", "purpose": "Mục đích", "requirements": "Yêu cầu",
    "output": "Sản phẩm", "measure": "Đơn vị tính", "result": "Kết quả", "difficulties": "Khó khăn",
    "proposals": "Kiến nghị", "references": "Văn bản kèm theo", "note": "Ghi chú", "file_name": "Tên tệp",
    "mime": "Kiểu tệp", "updated_by": "Người cập nhật", "reviewed_by": "Người duyệt",
    "review_reason": "Lý do trả lại",
}


class UnsafeText(ValueError):
    """A text holding a control or direction-override character; ``field`` is the column."""

    def __init__(self, field: str, table: str, character: str) -> None:
        self.field = field
        label = FIELD_LABELS.get(field, field)
        super().__init__(f"{label} ({table}.{field}) chứa ký tự điều khiển {character}, không được phép; "
                         "hãy xóa ký tự này rồi lưu lại.")


def _texts(obj: Any, changed_only: bool) -> list[tuple[str, str]]:
    state = inspect(obj)
    found = []
    for column in state.mapper.columns:
        key = column.key
        kind = getattr(column.type, "impl_instance", column.type)  # CleanText, CleanString: their impl
        if key in SKIPPED_COLUMNS or not isinstance(kind, (String, Text)):
            continue
        attr = state.mapper.get_property_by_column(column).key
        if changed_only and not state.attrs[attr].history.has_changes():
            continue
        value = getattr(obj, attr, None)
        if isinstance(value, str):
            found.append((attr, value))
    return found


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj, changed_only in [(o, False) for o in session.new] + [(o, True) for o in session.dirty]:
        table = getattr(obj, "__tablename__", "")
        if table in SKIPPED_TABLES:
            continue
        for field, value in _texts(obj, changed_only):
            character = unsafe_character(value)
            if character is not None:
                raise UnsafeText(field, table, character)


def install(session_factory: Any) -> None:
    """Check every flush of the factory's sessions (installed before the audit hook)."""
    if not event.contains(session_factory, "before_flush", _before_flush):
        event.listen(session_factory, "before_flush", _before_flush)
