"""Finding Times New Roman (Windows Fonts folder), else the bundled Liberation Serif."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.reports import fonts


def test_bundled_fonts_and_licence_are_shipped() -> None:
    folder = fonts.fonts_dir()
    for name in fonts.BUNDLED_FILES.values():
        assert (folder / name).stat().st_size > 100_000
    licence = next(folder.glob("LICENSE*")).read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_windows_fonts_folder_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    windows = tmp_path / "Windows" / "Fonts"
    windows.mkdir(parents=True)
    source = fonts.bundled_paths()
    for style, path in zip(fonts.STYLES, source, strict=True):
        shutil.copy(path, windows / fonts.TIMES_FILES[style][0])
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    fonts.find_times_new_roman.cache_clear()
    try:
        found = fonts.find_times_new_roman()
        assert found is not None and found[0].endswith("times.ttf") and found[3].endswith("timesbi.ttf")
    finally:
        fonts.find_times_new_roman.cache_clear()


def test_invariant_uses_the_bundled_font() -> None:
    chosen = fonts.report_fonts(invariant=True)
    assert chosen.family == "LiberationSerif" and chosen.bold == "LiberationSerif-Bold"
