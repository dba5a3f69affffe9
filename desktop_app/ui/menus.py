"""The menu bar: Tệp (open / new / connect to a server / save a copy / recent), Sửa (undo, redo), Xem (language)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop_app.ui import i18n, settings

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate
FILTER = str(QT_TRANSLATE_NOOP("MainWindow", "Cơ sở dữ liệu Theo dõi Kế hoạch (*.sqlite *.db);;Mọi tệp (*)"))


def build_menus(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&Tệp"))
    _action(window, file_menu, translate("MainWindow", "&Mở cơ sở dữ liệu…"), QKeySequence.StandardKey.Open,
            lambda: _open(window))
    _action(window, file_menu, translate("MainWindow", "&Tạo cơ sở dữ liệu mới…"), QKeySequence.StandardKey.New,
            lambda: _new(window))
    _action(window, file_menu, translate("MainWindow", "&Kết nối máy chủ…"), "", lambda: _connect(window))
    _action(window, file_menu, translate("MainWindow", "&Lưu bản sao…"), "Ctrl+Shift+S", lambda: _save_copy(window))
    _action(window, file_menu, translate("MainWindow", "Mở &kế hoạch từ tệp…"), "Ctrl+Shift+O",
            lambda: _open_plan_file(window))
    file_menu.addSeparator()
    _action(window, file_menu, translate("MainWindow", "Sao lưu &ngay"), "", lambda: backup_now(window))
    _action(window, file_menu, translate("MainWindow", "Thư mục &sao lưu…"), "", lambda: _choose_backup_folder(window))
    file_menu.addSeparator()
    window.recent_menu = file_menu.addMenu(translate("MainWindow", "&Gần đây"))
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
    file_menu.addSeparator()
    _action(window, file_menu, translate("MainWindow", "&Thoát"), QKeySequence.StandardKey.Quit, window.close)

    exchange = window.menuBar().addMenu(translate("MainWindow", "T&rao đổi"))
    _action(window, exchange, translate("MainWindow", "&Nhận báo cáo của các xã, phường, đơn vị…"), "",
            lambda: _receive(window))

    edit = window.menuBar().addMenu(translate("MainWindow", "&Sửa"))
    undo = window.stack.createUndoAction(window, translate("MainWindow", "&Hoàn tác"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.stack.createRedoAction(window, translate("MainWindow", "&Làm lại"))
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    edit.addAction(undo)
    edit.addAction(redo)
    window.undo_action, window.redo_action = undo, redo

    view = window.menuBar().addMenu(translate("MainWindow", "&Xem"))
    language = view.addMenu(translate("MainWindow", "&Ngôn ngữ"))
    for code, name in i18n.LANGUAGES.items():
        act = language.addAction(name)
        act.setCheckable(True)
        act.setChecked(settings.language() == code)
        act.triggered.connect(lambda _c=False, c=code: _language(window, c))
    from desktop_app.ui.reminders import add_menu_toggle

    add_menu_toggle(window, view)

    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Trợ giúp"))
    _action(window, help_menu, translate("MainWindow", "&Phím tắt"), "F1", lambda: _shortcuts(window))
    _action(window, help_menu, translate("MainWindow", "&Giới thiệu…"), "", lambda: _about(window))


def _action(window: MainWindow, menu: QMenu, text: str, keys: Any, slot: Any) -> QAction:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _receive(window: MainWindow) -> None:
    from desktop_app.ui.dialogs.receive_packages import receive_packages

    receive_packages(window)


def _open(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(window, translate("MainWindow", "Mở cơ sở dữ liệu"), "",
                                          translate("MainWindow", FILTER))
    if path:
        window.open_database.emit(path)


def _new(window: MainWindow) -> None:
    title = translate("MainWindow", "Tạo cơ sở dữ liệu mới")
    path, _ = QFileDialog.getSaveFileName(window, title, "plantrack.sqlite", translate("MainWindow", FILTER))
    if path:
        chosen = Path(path)
        if chosen.exists() and chosen.is_file() and chosen.stat().st_size == 0:
            chosen.unlink()  # an empty file the clerk chose for the new database: nothing in it to keep
        if chosen.exists():
            QMessageBox.warning(window, translate("MainWindow", "Tạo mới"),
                                translate("MainWindow", "Tệp đã có; hãy chọn tên khác."))
            return
        window.open_database.emit(path)


def _open_plan_file(window: MainWindow) -> None:
    from desktop_app.ui.plan_reading import open_plan_file

    open_plan_file(window)


def _connect(window: MainWindow) -> None:
    from desktop_app.ui.dialogs.connect import connect_to_server

    connect_to_server(window)


def _save_copy(window: MainWindow) -> None:
    if window.db is None:  # still opening
        return
    if window.db.path is None:
        QMessageBox.information(window, translate("MainWindow", "Lưu bản sao"),
                                translate("MainWindow", "Chỉ lưu bản sao được cho cơ sở dữ liệu dạng tệp."))
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    suggested = str(window.db.path.with_name(f"{window.db.path.stem}-ban-sao-{stamp}.sqlite"))
    path, _ = QFileDialog.getSaveFileName(window, translate("MainWindow", "Lưu bản sao"), suggested,
                                          translate("MainWindow", FILTER))
    if path:
        save_copy(window, path)


def save_copy(window: MainWindow, path: str) -> None:
    from desktop_app.services.backup import backup_to

    def done(_result: object) -> None:
        window.set_backup_time(datetime.now().strftime("%d/%m/%Y %H:%M"))
        window.show_message(translate("MainWindow", "Đã lưu bản sao: {0}").format(path))

    if window.db is None or window.db.path is None:
        return
    window.runner.read(lambda db: backup_to(db, Path(path)), on_done=done)  # the chain's head remembered too


def backup_now(window: MainWindow) -> None:
    if not window.backup_now(force=True, announce=True):
        QMessageBox.information(window, translate("MainWindow", "Sao lưu"),
                                translate("MainWindow", "Chỉ tự sao lưu được cơ sở dữ liệu dạng tệp; máy chủ "
                                          "PostgreSQL do quản trị viên sao lưu."))


def _choose_backup_folder(window: MainWindow) -> None:
    title = translate("MainWindow", "Thư mục sao lưu")
    folder = QFileDialog.getExistingDirectory(window, title, str(settings.backup_folder()))
    if folder:
        settings.set_backup_folder(folder)
        window.show_message(translate("MainWindow", "Bản sao lưu tự động được lưu vào: {0}").format(folder))


def _fill_recent(window: MainWindow) -> None:
    window.recent_menu.clear()
    for target in settings.recent_databases():
        act = window.recent_menu.addAction(target)
        act.triggered.connect(lambda _c=False, t=target: window.open_database.emit(t))
    if not window.recent_menu.actions():
        window.recent_menu.addAction(translate("MainWindow", "(trống)")).setEnabled(False)


def _language(window: MainWindow, code: str) -> None:
    """The language changes at once: the window is opened again on the same database in the new
    language (what is being typed is saved first, as when switching databases)."""
    settings.set_language(code)
    reopen = getattr(window, "reopen", None)
    app = QCoreApplication.instance()
    if reopen is not None and app is not None:
        i18n.install(app, code)
        if reopen():
            return
    QMessageBox.information(window, translate("MainWindow", "Ngôn ngữ"),
                            translate("MainWindow", "Ngôn ngữ mới được dùng khi mở lại chương trình."))


def shortcuts_text() -> str:
    rows = [
        ("Ctrl+1 … Ctrl+6", translate("MainWindow", "Chuyển màn hình (Kế hoạch … Tổng quan)")),
        ("Ctrl+F", translate("MainWindow", "Tìm kiếm; Enter mở kết quả")),
        (translate("MainWindow", "Gõ chữ / F2"),
         translate("MainWindow", "Sửa ô; Enter lưu và xuống; Tab lưu và sang phải; Esc bỏ")),
        ("Insert", translate("MainWindow", "Thêm nhiệm vụ dưới dòng đang chọn")),
        ("Ctrl+Shift+Insert", translate("MainWindow", "Thêm nhóm nhiệm vụ")),
        ("Ctrl+Delete", translate("MainWindow", "Xóa dòng (Ctrl+Z để hoàn tác)")),
        ("Delete", translate("MainWindow", "Xóa nội dung ô")),
        ("Alt+← / Alt+→", translate("MainWindow", "Thụt ra (nhiệm vụ thành nhóm) / thụt vào (nhóm thành nhiệm vụ)")),
        ("Alt+↑ / Alt+↓", translate("MainWindow", "Chuyển dòng lên / xuống; số thứ tự tự đánh lại")),
        ("Ctrl+Shift+V", translate("MainWindow", "Dán mục Nhiệm vụ, giải pháp từ Word và xem trước")),
        ("Ctrl+Shift+O", translate("MainWindow", "Mở kế hoạch từ tệp (.docx, .txt, .html); trong bản xem trước: "
                                                 "Ctrl+1/2/3 nhóm/nhiệm vụ/chi tiết, Ctrl+0 bỏ qua, Alt+←/→, "
                                                 "Ctrl+M gộp, Ctrl+K tách, Ctrl+G đơn vị gợi ý, Enter chấp nhận")),
        ("Ctrl+Z / Ctrl+Y", translate("MainWindow", "Hoàn tác / làm lại mọi thay đổi trong phiên")),
        ("Shift+↑↓ / Ctrl+A", translate("MainWindow", "Chọn nhiều dòng tiến độ để duyệt")),
        ("Ctrl+Enter / Ctrl+Shift+Enter",
         translate("MainWindow", "Duyệt / trả lại (kèm lý do) các dòng tiến độ đang chọn")),
        ("Ctrl+Shift+D", translate("MainWindow", "Tài liệu kèm theo của nhiệm vụ, dòng tiến độ, kế hoạch")),
        ("Ctrl+Shift+B", translate("MainWindow", "Thêm văn bản căn cứ của kế hoạch (màn hình Kế hoạch)")),
        ("Ctrl+Shift+A", translate("MainWindow", "Ghi văn bản sửa đổi, bổ sung kế hoạch (màn hình Kế hoạch); trong "
                                                 "hộp thoại: Insert bổ sung, Ctrl+Delete bãi bỏ nhiệm vụ")),
    ]
    body = "".join(f"<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{text}</td></tr>" for keys, text in rows)
    return f"<table>{body}</table>"


def _shortcuts(window: MainWindow) -> None:
    QMessageBox.information(window, translate("MainWindow", "Phím tắt"), shortcuts_text())


def about_text() -> str:
    from desktop_app import APP_NAME, __version__

    return translate("MainWindow", "<b>{0}</b><br>Phiên bản {1}<br>Theo dõi kế hoạch, nhiệm vụ và tiến độ báo cáo "
                     "(Nghị định 09/2019/NĐ-CP, Nghị định 30/2020/NĐ-CP).").format(APP_NAME, __version__)


def _about(window: MainWindow) -> None:
    from desktop_app import APP_NAME

    QMessageBox.about(window, translate("MainWindow", "Giới thiệu {0}").format(APP_NAME), about_text())
