"""Tệp › Kết nối máy chủ: the window reopens on a PostgreSQL server's data, the settings file never
holds the password, a secure credential store gets it only when asked, refusals are explained.

The tests that need a server run in the PostgreSQL pass (PLANTRACK_TEST_DB_URL set, see
scripts/with-postgres.sh); the rest run everywhere.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from desktop_app.services import plans as plan_service
from desktop_app.services.database import Database
from desktop_app.ui import server_login

SERVER_URL = os.environ.get("PLANTRACK_TEST_DB_URL", "")
needs_server = pytest.mark.skipif(not SERVER_URL, reason="needs a PostgreSQL server (PLANTRACK_TEST_DB_URL)")
PASSWORD = "S3cret@pa:ss/w"  # "@", ":" and "/" would break an address put together by hand


class MemoryKeyring(KeyringBackend):
    """A credential store that keeps passwords in a dict (stands in for Windows Credential Manager)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)
    server_login._typed.clear()


@pytest.fixture
def no_store() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
    server_login._typed.clear()


@pytest.fixture
def server_db() -> Iterator[URL]:
    """A new database of its own on the test server (the dialog connects to a whole database)."""
    admin_url = make_url(SERVER_URL)
    name = f"plantrack_ui_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin_url.set(database=name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The running application, first on a local file (with one unit, so no first-run dialog)."""
    from desktop_app.services import units
    from desktop_app.ui import app, settings

    app.make_app()
    settings.settings().clear()
    local = tmp_path / "may-nay.sqlite"
    db = Database.open(local, source="test")
    units.create_unit(db, "UBND phường Kim Mã")
    db.close()
    running = app.Session()
    assert running.start(str(local))
    yield running
    if running.window is not None:
        running.window.close()
        running.window.runner.shutdown()
        running.window.deleteLater()
    if running.db is not None:
        running.db.close()


def _open_dialog(session):  # type: ignore[no-untyped-def]
    from desktop_app.ui.dialogs.connect import ConnectDialog

    window = session.window
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Kết nối máy chủ…")
    action.trigger()
    dialog = window.findChild(ConnectDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fill(dialog, url: URL, password: str = "") -> None:  # type: ignore[no-untyped-def]
    dialog.host.setText(server_login.host_of(url))
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText(password)


def _test(qtbot, dialog) -> str:  # type: ignore[no-untyped-def]
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15000)
    return str(dialog.status.text())


def _cells(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(model.index(r, c, QModelIndex()).data() or "") for r in range(model.rowCount())
            for c in range(model.columnCount())]


def test_a_server_address_is_built_from_parts_and_never_carries_the_password() -> None:
    url = server_login.server_url("may-chu-quan", 5433, "plantrack", "van_thu")
    with_password = url.set(password=PASSWORD).render_as_string(hide_password=False)
    assert make_url(with_password).password == PASSWORD  # escaped, read back intact
    address = server_login.without_password(with_password)
    assert address == "postgresql+psycopg://van_thu@may-chu-quan:5433/plantrack"
    assert "S3cret" not in address
    socket = server_login.server_url("/run/postgresql", 5432, "plantrack", "van_thu")
    assert make_url(server_login.without_password(socket)).query["host"] == "/run/postgresql"
    assert server_login.account(socket) == "van_thu@/run/postgresql:5432/plantrack"


def test_without_a_secure_store_the_password_is_only_kept_for_this_session(qtbot, no_store) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.dialogs.connect import ConnectDialog

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "hỏi mật khẩu mỗi lần mở" in dialog.note.text()
    _fill(dialog, server_login.server_url("may-chu-quan", 5432, "plantrack", "van_thu"), PASSWORD)
    dialog.accept()
    assert make_url(server_login.with_password(dialog.address())).password == PASSWORD
    server_login._typed.clear()  # the next start: nothing kept anywhere, the password is asked again
    assert make_url(server_login.with_password(dialog.address())).password is None


def test_a_refused_password_at_start_up_is_asked_for_and_used(qtbot, monkeypatch, no_store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.db.opening import DatabaseOpenError
    from desktop_app.ui import app

    app.make_app()
    address = "postgresql+psycopg://van_thu@may-chu-quan/plantrack"
    tried: list[str | None] = []

    def refuse_without_password(target: str, source: str = "") -> object:
        tried.append(make_url(target).password)
        if make_url(target).password != PASSWORD:
            error = DatabaseOpenError("Không mở được", "error")
            error.__cause__ = Exception('FATAL:  password authentication failed for user "van_thu"')
            raise error
        return "opened"

    asked: list[str] = []

    def type_password(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return PASSWORD, True

    monkeypatch.setattr(Database, "open", staticmethod(refuse_without_password))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(type_password))
    assert app.open_database(address) == "opened"
    assert tried == [None, PASSWORD]
    assert len(asked) == 1 and "van_thu" in asked[0] and "plantrack" in asked[0]


@needs_server
def test_connecting_opens_the_servers_data_and_keeps_the_password_out_of_the_settings(
        qtbot, session, server_db, store) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import settings

    prepared = Database.open(server_db.render_as_string(hide_password=False), source="test")
    plan_service.create_plan(prepared, "Kế hoạch chuyển đổi số quận Ba Đình năm 2025", start_year=2025,
                             end_year=2025)
    prepared.close()

    dialog = _open_dialog(session)
    assert dialog.remember.isEnabled()
    _fill(dialog, server_db, PASSWORD)
    dialog.remember.setChecked(True)
    assert _test(qtbot, dialog) == "Kết nối thành công."
    address = dialog.address()
    old_window = session.window
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: session.window is not old_window, timeout=15000)

    window = session.window
    qtbot.addWidget(window)
    assert window.db.path is None and window.db.engine.url.database == server_db.database
    plans = window.show_view("plans")
    qtbot.waitUntil(lambda: any("chuyển đổi số quận Ba Đình" in c for c in _cells(plans.model)), timeout=10000)

    assert settings.server_target() == address  # opened again at the next start
    assert store.saved == {(server_login.SERVICE, server_login.account(address)): PASSWORD}
    store_file = settings.settings()
    store_file.sync()
    raw = Path(store_file.fileName()).read_bytes()
    assert server_db.database.encode() in raw  # the address is there…
    assert b"S3cret" not in raw and b"S3cret" not in raw.replace(b"%40", b"@")  # …the password never


@needs_server
def test_an_empty_server_database_is_set_up_on_connecting(qtbot, session, server_db, store) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_dialog(session)
    _fill(dialog, server_db)
    assert "còn trống" in _test(qtbot, dialog)
    with create_engine(server_db).connect() as conn:  # the test changed nothing
        assert conn.execute(text("SELECT count(*) FROM information_schema.tables "
                                 "WHERE table_schema = 'public'")).scalar() == 0
    old_window = session.window
    skipped: list[str] = []

    def skip_first_run() -> None:  # an empty database: the first-run dialog asks how to start
        from desktop_app.ui.dialogs.first_run import FirstRunDialog

        modal = QApplication.activeModalWidget()
        if isinstance(modal, FirstRunDialog):
            modal.skip.setChecked(True)
            skipped.append(modal.choice())
            modal.accept()
        else:
            QTimer.singleShot(50, skip_first_run)

    QTimer.singleShot(50, skip_first_run)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: session.window is not old_window, timeout=30000)
    assert skipped == ["skip"]
    with create_engine(server_db).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM plan")).scalar() == 0
    assert store.saved == {}  # no password typed: nothing stored (a .pgpass file may hold it)


@needs_server
def test_a_wrong_database_name_or_another_programs_database_is_explained(qtbot, session, server_db) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_dialog(session)
    _fill(dialog, server_db.set(database="khong_co_csdl_nay"))
    message = _test(qtbot, dialog)
    assert dialog.outcome is False
    assert message.startswith("Máy chủ không có cơ sở dữ liệu «khong_co_csdl_nay»"), message

    with create_engine(server_db).begin() as conn:
        conn.execute(text("CREATE TABLE khach_hang (id integer)"))
    _fill(dialog, server_db)
    assert "dữ liệu của chương trình khác" in _test(qtbot, dialog)

    _fill(dialog, server_db.set(query={"host": "/nonexistent-folder"}))
    dialog.host.setText("/nonexistent-folder")
    assert "Không kết nối được tới máy chủ" in _test(qtbot, dialog)


def test_the_first_run_dialog_offers_the_shared_server(qtbot, tmp_path, no_store) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import app, settings
    from desktop_app.ui.dialogs.connect import ConnectDialog
    from desktop_app.ui.dialogs.first_run import FirstRunDialog

    app.make_app()
    settings.settings().clear()

    def choose_server() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, FirstRunDialog):
            modal.server.setChecked(True)
            modal.accept()
        else:
            QTimer.singleShot(20, choose_server)

    QTimer.singleShot(20, choose_server)
    running = app.Session()
    assert running.start(str(tmp_path / "moi.sqlite"))
    window = running.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.findChild(ConnectDialog) is not None, timeout=5000)
        assert window.findChild(ConnectDialog).isVisible()
    finally:
        window.close()
        window.runner.shutdown()
        running.db.close()
