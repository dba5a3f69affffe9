"""Settings kept between sessions (QSettings): recent databases, language, window state."""

from __future__ import annotations

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
