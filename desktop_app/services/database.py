"""The open database: one object shared by the GUI, the CLI and the tests (as calibre's db).

``Database.write()`` is a unit of work: one transaction, committed when the block ends and
rolled back when it raises, so nothing is half-saved. Who made the change (OS user) and from
where (ui / cli / import file) are attached to every audit entry written inside it.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.db import guards, hooks
from desktop_app.db.engine import sqlite_path
from desktop_app.db.opening import open_engine
from desktop_app.locations import default_database_path
from desktop_app.services.errors import Conflict, ValidationError
from desktop_app.services.files import DiskFull, is_disk_full

__all__ = ["Database", "default_database_path", "os_user"]


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, container)
        return "unknown"


class Database:
    def __init__(self, engine: Engine, source: str = "cli") -> None:
        self.engine = engine
        self.source = source
        self.actor = os_user()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        guards.install(self._sessions)  # before the audit hook: a refused text is not logged
        hooks.install(self._sessions)

    @classmethod
    def open(cls, target: str | Path | None = None, source: str = "cli", create: bool = False) -> Database:
        """Open (and migrate) a database; ``create``: the clerk chose a new one (an empty file is taken)."""
        return cls(open_engine(target or default_database_path(), create=create), source)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        return sqlite_path(str(self.engine.url))

    @contextmanager
    def write(self, source: str | None = None) -> Iterator[Session]:
        session = self._sessions()
        session.info.update(actor=self.actor, source=source or self.source)
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise Conflict("Bản ghi đã được người khác sửa trong lúc bạn sửa; hãy tải lại.") from exc
        except guards.UnsafeText as exc:
            session.rollback()
            raise ValidationError.one(exc.field, str(exc)) from exc
        except SQLAlchemyError as exc:
            with suppress(SQLAlchemyError):
                session.rollback()
            if is_disk_full(exc, self.path):
                raise DiskFull.at(self.path) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()
