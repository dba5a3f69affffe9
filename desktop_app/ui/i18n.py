"""UI language through Qt's translation system, and the long-string mode that pads every label.

Source strings are Vietnamese (the default language needs no translator); English comes from
resources/translations/plantrack_en.qm. ``PLANTRACK_LONG_STRINGS=1`` (or :func:`enable_long_strings`)
installs a translator that makes every translated text ~40 % longer, to test layouts.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_installed: list[QTranslator] = []


class LongStringTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        return f"{source} {'~' * max(3, len(source) * 2 // 5)}"

    def isEmpty(self) -> bool:
        return False


# Qt ships no Vietnamese qtbase translation: the texts of standard buttons and edit menus
QT_VI = {
    "OK": "Đồng ý", "&OK": "&Đồng ý", "Cancel": "Hủy", "&Cancel": "&Hủy", "Close": "Đóng", "&Close": "&Đóng",
    "Yes": "Có", "&Yes": "&Có", "No": "Không", "&No": "&Không", "Open": "Mở", "&Open": "&Mở", "Save": "Lưu",
    "&Save": "&Lưu", "Apply": "Áp dụng", "Discard": "Bỏ", "Help": "Trợ giúp", "Reset": "Đặt lại",
    "Yes to &All": "Có với &tất cả", "N&o to All": "&Không với tất cả", "Retry": "Thử lại", "Ignore": "Bỏ qua",
    "Abort": "Dừng", "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép",
    "&Paste": "&Dán", "Delete": "Xóa", "Select All": "Chọn tất cả", "Look in:": "Tìm trong:",
    "File &name:": "&Tên tệp:", "Files of type:": "Kiểu tệp:",
}
QT_CONTEXTS = {"QPlatformTheme", "QDialogButtonBox", "QMessageBox", "QLineEdit", "QWidgetTextControl",
               "QFileDialog", "QGnomeTheme"}


class QtVietnamese(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is Qt's null string ("no translation here"): "" would blank every other text
        return QT_VI.get(source) if context in QT_CONTEXTS else None

    def isEmpty(self) -> bool:
        return False


def install(app: QCoreApplication, language: str = "vi") -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "vi":
        qt_vi = QtVietnamese(app)
        app.installTranslator(qt_vi)
        _installed.append(qt_vi)
    else:
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"plantrack_{language}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    if os.environ.get("PLANTRACK_LONG_STRINGS") == "1":
        enable_long_strings(app)


def enable_long_strings(app: QCoreApplication) -> None:
    translator = LongStringTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
