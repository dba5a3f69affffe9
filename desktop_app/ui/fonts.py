"""A UI font that has every Vietnamese glyph: the system's own when it has one, else a sans-serif
family the system has, else the fonts bundled in resources/fonts (there may be only the serif
fonts the reports embed: better than boxes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SAMPLE = "Nâng cao đội ngũ trí thức ỨỰỬ ỹ Đ"
PREFERRED = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")


def covers_vietnamese(family: str) -> bool:
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in SAMPLE if ch != " ")


def _use(app: QApplication, family: str) -> str:
    app.setFont(QFont(family, app.font().pointSize()))
    return family


def ensure_vietnamese_font(app: QApplication) -> str:
    """Keep the system UI font if it draws Vietnamese; otherwise pick one that does; returns it."""
    current = app.font().family()
    if covers_vietnamese(current):
        return current
    families = set(QFontDatabase.families())
    for family in PREFERRED:
        if family in families and covers_vietnamese(family):
            return _use(app, family)
    bundled: list[str] = []
    if FONTS.is_dir():
        for path in sorted(FONTS.glob("*.[to]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                bundled += QFontDatabase.applicationFontFamilies(font_id)
    for family in sorted(bundled, key=lambda f: "Sans" not in f):  # a sans-serif one first
        if covers_vietnamese(family):
            return _use(app, family)
    return current
