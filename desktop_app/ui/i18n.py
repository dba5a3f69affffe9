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


def install(app: QCoreApplication, language: str = "vi") -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "vi":
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
