"""The screens of the main window, in the order of the navigation pane, and opening a search hit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.services.search import SearchHit
    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate


SCREENS = ("plans", "tasks", "units", "progress", "reports", "overview")  # the navigation pane's order


def screen_titles() -> dict[str, str]:
    return {"plans": translate("views", "Kế hoạch"), "tasks": translate("views", "Nhiệm vụ"),
            "units": translate("views", "Đơn vị"), "progress": translate("views", "Kỳ báo cáo / Tiến độ"),
            "reports": translate("views", "Báo cáo"), "overview": translate("views", "Tổng quan")}


def build_view(window: MainWindow, key: str) -> QWidget:
    """One screen, built the first time it is shown (start-up builds only the screen it opens on)."""
    from desktop_app.ui.views.placeholder import PlaceholderView

    if key == "tasks":
        from desktop_app.ui.views.tasks import TasksView

        return TasksView(window.runner, window.stack, window.units, window)
    if key == "reports":
        return _reports(window)
    build = {"plans": _plans, "units": _units, "progress": _progress, "overview": _overview}[key]
    return build(window) or PlaceholderView(screen_titles()[key], window)


def _plans(window: MainWindow) -> QWidget | None:
    try:
        from desktop_app.ui.views.plans import PlansView
    except ImportError:
        return None
    return PlansView(window.runner, window.units, window)


def _units(window: MainWindow) -> QWidget | None:
    try:
        from desktop_app.ui.views.units import UnitsView
    except ImportError:
        return None
    return UnitsView(window.runner, window)


def _progress(window: MainWindow) -> QWidget | None:
    try:
        from desktop_app.ui.views.progress import ProgressView
    except ImportError:
        return None
    return ProgressView(window.runner, window.units, window)


def _overview(window: MainWindow) -> QWidget | None:
    try:
        from desktop_app.ui.views.overview import OverviewView
    except ImportError:
        return None
    return OverviewView(window.runner, window)


def _reports(window: MainWindow) -> QWidget:
    from desktop_app.ui.views.reports import ReportsView

    return ReportsView(window.runner, window)


def open_hit(window: MainWindow, hit: SearchHit) -> None:
    """Enter on a search result: show the screen that holds the item, with the item selected."""
    if hit.kind == "task":
        view = window.show_view("tasks")
        view.open_task(hit.plan_id, hit.id)  # type: ignore[attr-defined]
    elif hit.kind == "plan":
        view = window.show_view("plans")
        if hasattr(view, "open_plan"):
            view.open_plan(hit.id)
    elif hit.kind == "unit":
        view = window.show_view("units")
        if hasattr(view, "open_unit"):
            view.open_unit(hit.id)
    elif hit.kind == "progress":
        view = window.show_view("progress")
        if hasattr(view, "open_progress"):
            view.open_progress(hit.plan_id, hit.id, hit.title)
    elif hit.kind == "document":
        view = window.show_view("plans")
    window.show_message(f"{hit.title}: {hit.detail[:120]}")
