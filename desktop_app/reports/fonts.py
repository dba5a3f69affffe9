"""Fonts for reports: Times New Roman where the system has it, else the bundled Liberation Serif.

Nghị định 30/2020 asks for Times New Roman. Windows office PCs have it; Linux machines usually do
not, so the program bundles Liberation Serif (metric-compatible with Times New Roman, full
Vietnamese coverage, SIL Open Font License 1.1; licence text beside the fonts in
``resources/fonts/``). Fonts are always embedded (reportlab embeds TrueType subsets).

``invariant=True`` always uses the bundled font, so the same data gives the same bytes on every
machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import desktop_app

STYLES = ("regular", "bold", "italic", "bold_italic")

BUNDLED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}

# Times New Roman file names on Windows (C:\Windows\Fonts) and in msttcorefonts on Linux
TIMES_FILES = {
    "regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"),
    "bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"),
    "italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"),
    "bold_italic": ("timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf", "Times New Roman Bold Italic.ttf"),
}
FC_STYLES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "Bold Italic"}

LINUX_FONT_DIRS = (
    "/usr/share/fonts/truetype/msttcorefonts",
    "/usr/share/fonts/truetype/ms-core-fonts",
    "/usr/share/fonts/msttcore",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/truetype",
    "/Library/Fonts",
    "/System/Library/Fonts/Supplemental",
)


class FontError(RuntimeError):
    """No usable report font (the bundled fonts are missing from the installation)."""


@dataclass(frozen=True)
class FontSet:
    """A family registered with reportlab: the names to use for each style, and the files."""

    family: str  # "TimesNewRoman" or "LiberationSerif"
    display_name: str  # what Word should be told: "Times New Roman" / "Liberation Serif"
    paths: tuple[str, str, str, str]  # regular, bold, italic, bold italic

    @property
    def regular(self) -> str:
        return self.family

    @property
    def bold(self) -> str:
        return f"{self.family}-Bold"

    @property
    def italic(self) -> str:
        return f"{self.family}-Italic"

    @property
    def bold_italic(self) -> str:
        return f"{self.family}-BoldItalic"

    def name(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


def fonts_dir() -> Path:
    """``resources/fonts`` beside the package (source tree) or inside it / a bundle."""
    here = Path(desktop_app.__file__).resolve().parent
    candidates = [here.parent / "resources" / "fonts", here / "resources" / "fonts"]
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller
    if bundle:
        candidates.insert(0, Path(bundle) / "resources" / "fonts")
    for candidate in candidates:
        if (candidate / BUNDLED_FILES["regular"]).exists():
            return candidate
    raise FontError("Không tìm thấy phông chữ đi kèm chương trình (resources/fonts/LiberationSerif-*.ttf)")


def bundled_paths() -> tuple[str, str, str, str]:
    folder = fonts_dir()
    paths = tuple(str(folder / BUNDLED_FILES[s]) for s in STYLES)
    return paths  # type: ignore[return-value]


def _windows_font_dirs() -> list[Path]:
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _find_in_dirs(dirs: list[Path]) -> tuple[str, str, str, str] | None:
    for folder in dirs:
        if not folder.is_dir():
            continue
        found = []
        for style in STYLES:
            hit = next((folder / n for n in TIMES_FILES[style] if (folder / n).is_file()), None)
            if hit is None:
                break
            found.append(str(hit))
        if len(found) == 4:
            return tuple(found)  # type: ignore[return-value]
    return None


def _fc_match() -> tuple[str, str, str, str] | None:
    """fontconfig's Times New Roman, only when it is the real one (fc-match substitutes)."""
    if shutil.which("fc-match") is None:
        return None
    found = []
    for style in STYLES:
        try:
            out = subprocess.run(["fc-match", "-f", "%{family}|%{file}", f"Times New Roman:style={FC_STYLES[style]}"],
                                 capture_output=True, text=True, timeout=5, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        family, _, path = out.partition("|")
        if "Times New Roman" not in family.split(",") or not path.lower().endswith(".ttf"):
            return None
        found.append(path)
    return tuple(found)  # type: ignore[return-value]


@cache
def find_times_new_roman() -> tuple[str, str, str, str] | None:
    """The four Times New Roman files of this system, or None."""
    dirs = _windows_font_dirs() + [Path(d) for d in LINUX_FONT_DIRS]
    dirs += [Path.home() / ".fonts", Path.home() / ".local" / "share" / "fonts"]
    return _find_in_dirs(dirs) or _fc_match()


_registered: dict[str, FontSet] = {}


def _register(family: str, display: str, paths: tuple[str, str, str, str]) -> FontSet:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = FontSet(family, display, paths)
    if family in _registered:
        return _registered[family]
    for style, path in zip(STYLES, paths, strict=True):
        name = fonts.name(bold="bold" in style, italic="italic" in style)
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFontFamily(family, normal=fonts.regular, bold=fonts.bold, italic=fonts.italic,
                                  boldItalic=fonts.bold_italic)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(family, bold, italic, fonts.name(bool(bold), bool(italic)))
    _registered[family] = fonts
    return fonts


def report_fonts(invariant: bool = False, prefer_system: bool = True) -> FontSet:
    """Register and return the report font family.

    Times New Roman when the system has it (and ``invariant`` is off), else the bundled
    Liberation Serif. ``PLANTRACK_REPORT_FONT=bundled`` forces the bundled font.
    """
    if prefer_system and not invariant and os.environ.get("PLANTRACK_REPORT_FONT", "") != "bundled":
        times = find_times_new_roman()
        if times is not None:
            try:
                return _register("TimesNewRoman", "Times New Roman", times)
            except Exception:  # an unreadable or damaged system font: fall back to ours
                pass
    return _register("LiberationSerif", "Liberation Serif", bundled_paths())
