"""Settings kept between sessions (QSettings): recent databases, language, window state, the shared
server to open (never its password)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app import APP_ID

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(APP_ID, APP_ID)


def recent_databases() -> list[str]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_database(target: str) -> list[str]:
    items = [target] + [r for r in recent_databases() if r != target]
    settings().setValue("recent", items[:MAX_RECENT])
    return items[:MAX_RECENT]


def language() -> str:
    return str(settings().value("language", "vi"))


def set_language(code: str) -> None:
    settings().setValue("language", code)


def last_backup(target: str) -> str:
    return str(settings().value(f"backup/{target}", ""))


def set_last_backup(target: str, when: str) -> None:
    settings().setValue(f"backup/{target}", when)


def backup_folder() -> Path:
    """Where automatic backups go (a subfolder per database, see :func:`backup_dir_for`)."""
    from desktop_app.services.backup import default_backup_dir

    value = settings().value("backup/folder", "")
    return Path(str(value)) if value else default_backup_dir()


def set_backup_folder(folder: str | Path) -> None:
    settings().setValue("backup/folder", str(folder))


def backup_dir_for(db_file: Path, folder: Path | None = None) -> Path:
    """The backups of one database file: ``<folder>/<name>-<hash of its full path>``.

    One subfolder per database, so that the once-a-day rule and the pruning of one database never
    count or delete the backups of another, and a broken file finds its own backups.
    """
    import hashlib

    resolved = str(Path(db_file).expanduser().resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return (folder or backup_folder()) / f"{Path(db_file).stem}-{digest}"


def server_target() -> str:
    """The shared server opened at start-up (its address without the password), or ""."""
    return str(settings().value("server/url", ""))


def set_server_target(address: str) -> None:
    """``address`` must carry no password (see ``server_login.without_password``)."""
    settings().setValue("server/url", address)
