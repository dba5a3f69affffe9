"""Kết nối máy chủ: the address of the district's shared PostgreSQL database, a connection test
that runs off the UI thread and says in plain words what is wrong, and where the password goes."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from desktop_app.ui import server_login

if TYPE_CHECKING:
    from desktop_app.db.opening import DatabaseOpenError
    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate
CHECK_TIMEOUT_S = 8
UNREACHABLE = ("connection refused", "could not translate host", "timeout expired", "timed out",
               "no such file or directory", "network is unreachable", "no route to host",
               "could not connect", "name or service not known", "server closed the connection")


def explain(exc: DatabaseOpenError, url: URL) -> str:
    """What a clerk (or the district IT person) should know about a refused connection."""
    text = " ".join(str(e) for e in (exc, exc.__cause__) if e is not None).lower()
    user, database = url.username or "", url.database or ""
    where = f"{server_login.host_of(url) or 'localhost'}:{url.port or server_login.DEFAULT_PORT}"
    if exc.reason == "foreign":
        return translate("ConnectDialog", "Cơ sở dữ liệu «{0}» đang chứa dữ liệu của chương trình khác; hãy "
                         "chọn cơ sở dữ liệu trống hoặc cơ sở dữ liệu của Theo dõi Kế hoạch.").format(database)
    if exc.reason == "newer":
        return translate("ConnectDialog", "Cơ sở dữ liệu «{0}» do phiên bản mới hơn của chương trình tạo; "
                         "hãy cập nhật chương trình trên máy này.").format(database)
    if "password authentication failed" in text:
        return translate("ConnectDialog", "Sai mật khẩu (hoặc sai tên đăng nhập «{0}»).").format(user)
    if "no password supplied" in text:
        return translate("ConnectDialog", "Máy chủ yêu cầu mật khẩu: hãy nhập mật khẩu.")
    if "role" in text and "does not exist" in text:
        return translate("ConnectDialog", "Máy chủ không có người dùng «{0}».").format(user)
    if "database" in text and "does not exist" in text:
        return translate("ConnectDialog", "Máy chủ không có cơ sở dữ liệu «{0}». Hãy kiểm tra lại tên, hoặc "
                         "nhờ quản trị viên tạo cơ sở dữ liệu (xem hướng dẫn).").format(database)
    if "permission denied" in text:
        return translate("ConnectDialog", "Người dùng «{0}» không có quyền dùng cơ sở dữ liệu «{1}».").format(
            user, database)
    if any(sign in text for sign in UNREACHABLE):
        return translate("ConnectDialog", "Không kết nối được tới máy chủ {0}: máy chủ chưa bật, sai địa chỉ "
                         "hoặc cổng, hoặc tường lửa chặn.").format(where)
    first = str(exc.__cause__ or exc).strip().splitlines()
    return translate("ConnectDialog", "Không kết nối được: {0}").format(first[0] if first else exc.reason)


def check_server(address: str) -> tuple[bool, str]:
    """Try a server address (password included) without changing anything there."""
    from desktop_app.db import migrate
    from desktop_app.db.opening import DatabaseOpenError, open_engine

    url = make_url(address)
    probe = url.update_query_dict({"connect_timeout": str(CHECK_TIMEOUT_S)})
    try:
        engine = open_engine(probe.render_as_string(hide_password=False), migrate_to_head=False)
    except DatabaseOpenError as exc:
        return False, explain(exc, url)
    except ImportError:
        return False, translate("ConnectDialog", "Bản cài đặt này thiếu thư viện kết nối PostgreSQL (psycopg).")
    try:
        from sqlalchemy import inspect

        if not inspect(engine).get_table_names():
            return True, translate("ConnectDialog", "Kết nối được. Cơ sở dữ liệu còn trống: chương trình sẽ tạo "
                                                    "các bảng khi kết nối.")
        if migrate.current_revision(engine) != migrate.head_revision():
            return True, translate("ConnectDialog", "Kết nối được. Cơ sở dữ liệu cần nâng cấp lên phiên bản này của "
                                                    "chương trình; việc nâng cấp tự chạy khi kết nối (nên sao lưu "
                                                    "máy chủ trước).")
        return True, translate("ConnectDialog", "Kết nối thành công.")
    finally:
        engine.dispose()


class _Relay(QObject):
    done = Signal(bool, str)


class ConnectDialog(QDialog):
    """Host, port, database, user, password, "remember"; ``address()`` never holds the password."""

    def __init__(self, initial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self.setWindowTitle(self.tr("Kết nối máy chủ"))
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("Ví dụ: 192.168.1.10 hoặc may-chu-quan"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(server_login.DEFAULT_PORT)
        self.database = QLineEdit("plantrack", self)
        self.database.setObjectName("database")
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Để trống nếu dùng tệp .pgpass"))
        self.remember = QCheckBox(self.tr("Ghi nhớ mật khẩu"), self)
        self.remember.setObjectName("remember")
        self.secure = server_login.secure_store_available()
        self.remember.setEnabled(self.secure)
        self.remember.setChecked(self.secure)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setText(self.tr("Mật khẩu được cất trong kho mật khẩu của hệ điều hành (trên Windows: Credential "
                                  "Manager), không ghi vào tệp thiết lập.") if self.secure else
                          self.tr("Máy này không có kho mật khẩu an toàn nên mật khẩu không được ghi nhớ: chương "
                                  "trình sẽ hỏi mật khẩu mỗi lần mở."))
        self.test_button = QPushButton(self.tr("&Kiểm tra kết nối"), self)
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome: bool | None = None  # outcome of the last test (None: running or never run)

        form = QFormLayout()
        form.addRow(self.tr("Máy chủ:"), self.host)
        form.addRow(self.tr("Cổng:"), self.port)
        form.addRow(self.tr("Cơ sở dữ liệu:"), self.database)
        form.addRow(self.tr("Người dùng:"), self.user)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Kết nối"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._fill(initial)

    def _fill(self, initial: str) -> None:
        if not server_login.is_server(initial):
            return
        url = make_url(initial)
        self.host.setText(server_login.host_of(url))
        self.port.setValue(url.port or server_login.DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        self.remember.setChecked(self.secure and server_login.stored_password(url) is not None)

    def url(self) -> URL:
        """The address typed, without the password."""
        return server_login.server_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                                       self.user.text().strip())

    def address(self) -> str:
        return server_login.without_password(self.url())

    def _missing(self) -> str:
        if not self.host.text().strip():
            return self.tr("Hãy nhập địa chỉ máy chủ.")
        if not self.database.text().strip():
            return self.tr("Hãy nhập tên cơ sở dữ liệu.")
        return ""

    def test_connection(self) -> None:
        problem = self._missing()
        if problem:
            self._show(False, problem)
            return
        full = self.url().set(password=self.password.text() or None).render_as_string(hide_password=False)
        self.outcome = None
        self.status.setText(self.tr("Đang kiểm tra kết nối…"))
        self.test_button.setEnabled(False)
        relay = _Relay()
        relay.done.connect(self._show)

        def work() -> None:
            try:
                ok, message = check_server(full)
            except Exception as exc:  # never leave the dialog waiting
                ok, message = False, str(exc)
            relay.done.emit(ok, message)

        threading.Thread(target=work, name="check-server", daemon=True).start()

    def _show(self, ok: bool, message: str) -> None:
        self.outcome = ok
        self.test_button.setEnabled(True)
        self.status.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")
        self.status.setText(message)

    def accept(self) -> None:
        problem = self._missing()
        if problem:
            self._show(False, problem)
            return
        server_login.remember(self.url(), self.password.text(), self.remember.isChecked())
        super().accept()


def connect_to_server(window: MainWindow) -> ConnectDialog:
    """File › Kết nối máy chủ: on "Kết nối" the window reopens on the server's database."""
    from desktop_app.ui import settings

    current = window.target if server_login.is_server(window.target) else settings.server_target()
    dialog = ConnectDialog(current, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: window.open_database.emit(dialog.address()))
    dialog.open()
    return dialog


def ask_password(address: str, parent: QWidget | None = None) -> bool:
    """At start-up, when the server wants a password it has not got: ask for it (kept in memory)."""
    url = make_url(address)
    text, ok = QInputDialog.getText(
        parent, translate("ConnectDialog", "Mật khẩu máy chủ"),
        translate("ConnectDialog", "Mật khẩu của «{0}» trên máy chủ {1}, cơ sở dữ liệu «{2}»:").format(
            url.username or "", server_login.host_of(url), url.database or ""),
        QLineEdit.EchoMode.Password)
    if not ok:
        return False
    server_login.replace_stored(url, text)
    return True


def ask_server(address: str, parent: QWidget | None = None) -> str | None:
    """When a server did not open: correct its address or password; the new address, or None."""
    dialog = ConnectDialog(address, parent)
    return dialog.address() if dialog.exec() == QDialog.DialogCode.Accepted else None
