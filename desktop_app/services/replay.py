"""Replaying the audit log: does every audited row hold what the log says it became?

The log records each change field by field (a whole snapshot on create and delete). Replayed in
order, it gives each row's fields as the program last wrote them; a row whose stored value differs,
a row the log says was deleted (or never created) yet is there, and a row the log says exists yet
is gone were changed behind the program's back (a database tool, a script), and are named here:
table, row, field and both values.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect, select

from desktop_app.db.hooks import SKIP_FIELDS, plain
from desktop_app.db.models import AUDITED, AuditEntry, Setting
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database

LIMIT = 50
Key = tuple[str, str]


EXACT_FROM_KEY = "audit_exact_from"  # set by revision 0007: the last entry an older version wrote


def _logged(db: Database) -> tuple[dict[Key, dict[str, str | None] | None], set[Key]]:
    """Each (table, id) as the log leaves it: its fields, or None when its last entry deletes it;
    and the rows whose last entry an older version wrote (before revision 0007).

    Older versions logged a new row before the keys that relationships fill were known (a target's
    plan_id shows as empty): in their snapshots an empty key means "not known".
    """
    rows: dict[Key, dict[str, str | None] | None] = {}
    last_seq: dict[Key, int] = {}
    with db.read() as session:
        setting = session.get(Setting, EXACT_FROM_KEY)
        exact_from = int(setting.value) if setting is not None and setting.value.isdigit() else 0
        query = select(AuditEntry.seq, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                       AuditEntry.field, AuditEntry.new_value).order_by(AuditEntry.seq)
        for seq, action, entity, entity_id, field, new_value in session.execute(query).yield_per(5000):
            key = (entity, entity_id)
            last_seq[key] = seq
            if action == "create":
                rows[key] = _snapshot(new_value, entity if seq <= exact_from else None)
            elif action == "delete":
                rows[key] = None
            elif action == "update":
                fields = rows.get(key)
                if fields is None:
                    fields = rows[key] = {}
                fields[field] = new_value
    return rows, {key for key, seq in last_seq.items() if seq <= exact_from}


def _foreign_keys() -> dict[str, set[str]]:
    models: tuple[Any, ...] = AUDITED
    return {m.__tablename__: {c.key for c in m.__table__.columns if c.foreign_keys} for m in models}


def _snapshot(value: str | None, older_table: str | None) -> dict[str, str | None]:
    try:
        fields = json.loads(value or "{}")
    except ValueError:
        return {}
    if not isinstance(fields, dict):
        return {}
    if older_table is not None:
        unknown = _foreign_keys().get(older_table, set())
        fields = {k: v for k, v in fields.items() if not (k in unknown and v is None)}
    return fields


def _same(logged: str | None, stored: str | None) -> bool:
    if logged == stored:
        return True
    if logged is None or stored is None:
        return False
    if normalize_text(logged) == normalize_text(stored):
        return True
    numbers = [_number(v) for v in (logged, stored)]
    if None not in numbers and numbers[0] == numbers[1]:  # 8 set, 8.0 stored in a float column
        return True
    moments = [_moment(v) for v in (logged, stored)]
    return None not in moments and moments[0] == moments[1]


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _moment(value: str) -> datetime | None:
    """A logged time as an instant (times are stored in UTC; a time without offset is UTC)."""
    if len(value) < 19 or value[10] != "T":
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _shown(value: str | None) -> str:
    if value is None:
        return "(trống)"
    return f"«{value[:60]}{'…' if len(value) > 60 else ''}»"


def verify_values(db: Database) -> list[str]:
    """Rows whose stored values differ from what the audit log says they became (at most ``LIMIT``)."""
    logged, older = _logged(db)
    problems: list[str] = []
    seen: set[Key] = set()
    models: tuple[Any, ...] = AUDITED
    with db.read() as session:
        for model in models:
            table = model.__tablename__
            columns = [a.key for a in inspect(model).column_attrs if a.key not in SKIP_FIELDS]
            for row in session.scalars(select(model)).yield_per(2000):
                seen.add((table, row.id))
                problems += _row_problems(table, row, columns, logged)
                if len(problems) >= LIMIT:
                    return problems[:LIMIT]
            session.expunge_all()
    tables = {m.__tablename__ for m in models}
    for (table, row_id), state in logged.items():
        # older versions did not log a row removed from a collection: such a row's absence proves nothing
        if state is not None and table in tables and (table, row_id) not in seen and (table, row_id) not in older:
            problems.append(f"Bảng {table}, dòng {row_id}: nhật ký ghi đang có nhưng dòng đã mất "
                            "(xóa ngoài chương trình)")
            if len(problems) >= LIMIT:
                break
    return problems


def _row_problems(table: str, row: Any, columns: list[str], logged: dict[Key, dict[str, str | None] | None]
                  ) -> list[str]:
    key = (table, row.id)
    if key not in logged:
        return [f"Bảng {table}, dòng {row.id}: có trong cơ sở dữ liệu nhưng nhật ký không ghi việc tạo "
                "(thêm ngoài chương trình)"]
    fields = logged[key]
    if fields is None:
        return [f"Bảng {table}, dòng {row.id}: nhật ký ghi đã xóa nhưng dòng vẫn còn (khôi phục ngoài chương trình)"]
    problems = []
    for column in columns:
        if column in fields:
            stored = plain(getattr(row, column))
            if not _same(fields[column], stored):
                problems.append(f"Bảng {table}, dòng {row.id}, trường {column}: nhật ký ghi {_shown(fields[column])}, "
                                f"cơ sở dữ liệu có {_shown(stored)} (sửa ngoài chương trình)")
    return problems
