"""In-process checks of the entry point: GUI or CLI, and how errors are reported."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from desktop_app import __version__, cli
from desktop_app.main import main


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    calls: list[str | None] = []
    module = types.ModuleType("desktop_app.ui.app")

    def run(db_target: str | None) -> int:
        calls.append(db_target)
        return 0

    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_app.ui.app", module)
    monkeypatch.delenv("PLANTRACK_DB", raising=False)
    return calls


def test_no_arguments_starts_the_gui(fake_gui: list[str | None]) -> None:
    assert main([]) == 0
    assert main(["--db", "ke-hoach.sqlite"]) == 0
    assert main(["--db=khac.sqlite"]) == 0
    assert fake_gui == [None, "ke-hoach.sqlite", "khac.sqlite"]


def test_gui_uses_the_environment_database(fake_gui: list[str | None], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANTRACK_DB", "/tmp/tu-bien-moi-truong.sqlite")
    assert main([]) == 0
    assert fake_gui == ["/tmp/tu-bien-moi-truong.sqlite"]


def test_missing_gui_is_a_clear_message(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "desktop_app.ui.app", None)  # import fails
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "giao diện" in err and "plantrack --help" in err


def test_arguments_go_to_the_cli(fake_gui: list[str | None], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"plantrack {__version__}"
    assert main(["periods", "2025"]) == 0
    assert "2025-Q1" in capsys.readouterr().out
    assert fake_gui == []


def test_cli_without_a_command_shows_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert "LỆNH" in capsys.readouterr().err


def test_every_command_is_registered() -> None:
    parser = cli.build_parser()
    text = parser.format_help()
    for name in ("demo", "import", "export", "search", "periods", "check", "plans", "tasks", "units", "progress"):
        assert name in text


def test_unexpected_errors_are_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                        db_path: Path) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("hỏng")

    monkeypatch.setattr("desktop_app.cli.plans.list_plans", broken)
    assert cli.main(["--db", str(db_path), "plans"]) == 3
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "Traceback" not in err


def test_cli_does_not_import_qt() -> None:
    import subprocess

    code = ("import sys, desktop_app.cli as c; c.build_parser(); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'desktop_app.ui'))]; print(bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2],
                            env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]), "PATH": ""})
    assert result.stdout.strip() == "[]"
