"""Where the application keeps its default database (light: the window needs it before SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from desktop_app import APP_ID


def default_database_path() -> Path:
    return Path(user_data_dir(APP_ID, appauthor=False)) / "plantrack.sqlite"
