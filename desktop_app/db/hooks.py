"""Session hooks: folded search text, change times, and the audit log, on every flush.

Every write goes through an ORM session, so these hooks see every change made by the app, the
command line and imports alike. Each audit entry carries the SHA-256 of the previous entry, so an
entry edited or removed outside the program breaks the chain (see ``services.audit.verify``).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from desktop_app.db.models import (
    AUDITED,
    AuditEntry,
    Document,
    Plan,
    Progress,
    Stamped,
    Task,
    Unit,
)
from desktop_app.db.types import utcnow
from desktop_app.domain.symbols import format_number_symbol
from desktop_app.domain.text import fold

SKIP_FIELDS = {"search_text", "version", "updated_at"}


def search_text_of(obj: Any) -> str | None:
    """The folded text search looks in, for the entities that are searched."""
    if isinstance(obj, Unit):
        return fold(f"{obj.code} {obj.name}")
    if isinstance(obj, Plan):
        return fold(f"{format_number_symbol(obj.number, obj.symbol)} {obj.number} {obj.symbol} "
                    f"{obj.title} {obj.purpose} {obj.requirements}")
    if isinstance(obj, Task):
        return fold(f"{obj.content} {obj.output}")
    if isinstance(obj, Progress):
        return fold(f"{obj.result} {obj.difficulties} {obj.proposals} {obj.references}")
    if isinstance(obj, Document):
        return fold(f"{format_number_symbol(obj.number, obj.symbol)} {obj.number} {obj.symbol} "
                    f"{obj.issuer} {obj.title}")
    return None


def plain(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return json.dumps(sorted(getattr(v, "id", v) for v in value), ensure_ascii=False)
    return str(value)


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    payload = json.dumps(
        [prev_hash, entry.at.isoformat() if entry.at else "", entry.os_user, entry.source,
         entry.action, entry.entity, entry.entity_id, entry.field, entry.old_value,
         entry.new_value],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _changes(obj: Any) -> list[tuple[str, str | None, str | None]]:
    state = inspect(obj)
    found: list[tuple[str, str | None, str | None]] = []
    for attr in state.mapper.column_attrs:
        if attr.key in SKIP_FIELDS:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if plain(old) != plain(new):
                found.append((attr.key, plain(old), plain(new)))
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        hist = state.attrs[rel.key].history
        if hist.has_changes():
            now = list(hist.unchanged) + list(hist.added)
            before = list(hist.unchanged) + list(hist.deleted)
            found.append((rel.key, plain(before), plain(now)))
    return found


def _snapshot(obj: Any) -> str:
    state = inspect(obj)
    data = {a.key: plain(getattr(obj, a.key)) for a in state.mapper.column_attrs
            if a.key not in SKIP_FIELDS}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _apply_defaults(obj: Any) -> None:
    """Give a new object its column defaults now, so the audit snapshot shows what is stored."""
    for attr in inspect(obj).mapper.column_attrs:
        column = attr.columns[0]
        if (getattr(obj, attr.key) is None and column.default is not None and not column.primary_key) \
                or (attr.key == "id" and getattr(obj, "id", None) is None and column.default is not None):
            default = column.default
            if default.is_scalar:  # type: ignore[attr-defined]
                setattr(obj, attr.key, default.arg)  # type: ignore[attr-defined]
            elif default.is_callable:  # type: ignore[attr-defined]
                setattr(obj, attr.key, default.arg(None))  # type: ignore[attr-defined]


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    """Search text, defaults and change times now; the write lock before the chain is read."""
    info = session.info
    keep_times = info.get("keep_updated_at", False)
    now = utcnow()
    audited = False
    for obj in list(session.new):
        if not isinstance(obj, AUDITED):
            continue
        audited = True
        keep = keep_times and obj.updated_at is not None
        _apply_defaults(obj)
        text = search_text_of(obj)
        if text is not None:
            obj.search_text = text  # type: ignore[union-attr]
        if isinstance(obj, Stamped) and not keep:
            obj.updated_at = now
    for obj in list(session.dirty):
        if not isinstance(obj, AUDITED) or not session.is_modified(obj) or not _changes(obj):
            continue
        audited = True
        text = search_text_of(obj)
        if text is not None:
            obj.search_text = text  # type: ignore[union-attr]
        if isinstance(obj, Stamped) and not keep_times:  # an import sets the sender's times itself
            obj.updated_at = now
    audited = audited or any(isinstance(obj, AUDITED) for obj in session.deleted)
    if audited and info.get("audit_last_hash") is None:
        lock_chain(session)
        with session.no_autoflush:
            info["audit_last_hash"] = session.scalar(select(AuditEntry.entry_hash)
                                                     .order_by(AuditEntry.seq.desc()).limit(1)) or ""


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    """The audit entries of this flush, from the rows as written (keys set by relationships included).

    Written here rather than before the flush because only now are foreign keys that the ORM
    fills from relationships (a target appended to a plan) in the objects, and rows removed from a
    collection (delete-orphan) known: the log must say what the database holds.
    """
    info = session.info
    actor = info.get("actor", "")
    source = info.get("source", "")
    now = utcnow()
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if isinstance(obj, AUDITED):
            entries.append(AuditEntry(at=now, os_user=actor, source=source, action="create",
                                      entity=obj.__tablename__, entity_id=obj.id, field="",
                                      old_value=None, new_value=_snapshot(obj)))
    for obj in list(session.dirty):
        if not isinstance(obj, AUDITED) or obj in session.deleted:
            continue
        entries += [AuditEntry(at=now, os_user=actor, source=source, action="update",
                               entity=obj.__tablename__, entity_id=obj.id, field=field,
                               old_value=old, new_value=new) for field, old, new in _changes(obj)]
    for state, (is_delete, list_only) in list(flush_context.states.items()):
        obj = state.obj()
        if is_delete and not list_only and isinstance(obj, AUDITED):
            entries.append(AuditEntry(at=now, os_user=actor, source=source, action="delete",
                                      entity=obj.__tablename__, entity_id=obj.id, field="",
                                      old_value=_snapshot(obj), new_value=None))
    if entries:
        _chain(session, entries)


def _chain(session: Session, entries: list[AuditEntry]) -> None:
    """Chain ``entries`` onto the log's last one and insert them (the write lock held)."""
    info = session.info
    prev = info.get("audit_last_hash")
    if prev is None:  # a change found only after the flush (a row removed from a collection)
        lock_chain(session)
        prev = session.connection().scalar(select(AuditEntry.entry_hash)
                                           .order_by(AuditEntry.seq.desc()).limit(1)) or ""
    rows = []
    for entry in entries:
        entry.prev_hash = prev
        entry.entry_hash = prev = entry_hash(prev, entry)
        rows.append({c.key: getattr(entry, c.key) for c in AuditEntry.__table__.columns if c.key != "seq"})
    session.connection().execute(insert(AuditEntry), rows)
    info["audit_last_hash"] = prev


def append_event(session: Session, action: str, entity: str, entity_id: str, old_value: str | None,
                 new_value: str | None) -> None:
    """An entry that is no row's change (a restore from a backup), chained like every other."""
    info = session.info
    _chain(session, [AuditEntry(at=utcnow(), os_user=info.get("actor", ""), source=info.get("source", ""),
                                action=action, entity=entity, entity_id=entity_id, field="",
                                old_value=old_value, new_value=new_value)])


CHAIN_LOCK = 0x504C544B  # PostgreSQL advisory lock key of the audit chain's head ("PLTK")
CHAIN_WAIT_S = 15


def lock_chain(session: Session) -> None:
    """Hold the database's write lock before the chain's last hash is read, until commit.

    Two writers that both read the last hash before either commits would chain onto the same entry
    and break the log for good. SQLite: the transaction is begun IMMEDIATE (the write lock, waiting
    up to the busy timeout) unless it already writes; reads before it ran on their own, so the hash
    read next is the newest committed. PostgreSQL: a transaction-scoped advisory lock, taken by
    every writer of the chain and released at commit or rollback; under READ COMMITTED the hash
    read after it includes the entries of whoever held it before.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:  # type: ignore[attr-defined]
            raw.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
    elif connection.dialect.name == "postgresql":
        # a writer that waits longer than this is refused (and rolled back), never left hanging
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{CHAIN_WAIT_S}s'")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK})")


def _after_end(session: Session, *args: Any) -> None:
    session.info.pop("audit_last_hash", None)


def install(session_factory: Any) -> None:
    """Attach the hooks to a new sessionmaker (each Database makes its own, once).

    No ``event.contains`` check: SQLAlchemy keys its registry by ``id()``, and a new sessionmaker
    can get the id of a collected one, so such a check could skip the hooks — and the audit log.
    """
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "after_commit", _after_end)
    event.listen(session_factory, "after_rollback", _after_end)
