"""A font that has every Vietnamese glyph: bundled in resources/fonts if present, else the system's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SAMPLE = "Nâng cao đội ngũ trí thức ỨỰỬ ỹ Đ"
PREFERRED = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")


def _covers(family: str) -> bool:
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in SAMPLE if ch != " ")


def ensure_vietnamese_font(app: QApplication) -> str:
    """Load bundled fonts, then use the first family that draws Vietnamese; returns its name."""
    loaded: list[str] = []
    if FONTS.is_dir():
        for path in sorted(FONTS.glob("*.[to]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                loaded += QFontDatabase.applicationFontFamilies(font_id)
    current = app.font().family()
    if _covers(current) and not loaded:
        return current
    families = set(QFontDatabase.families())
    for family in [*loaded, *PREFERRED]:
        if family in families and _covers(family):
            font = QFont(family, app.font().pointSize())
            app.setFont(font)
            return family
    return current
