"""scripts/setup.sh: the app's set-up installs only what the app needs, and a machine that already has
everything starts even when apt is busy (a held lock) or the mirror is offline.

The script runs for real in a copy of the project folder, with stand-ins for dpkg-query, apt-get and
the virtual environment's python on PATH that record what they were asked and answer as told."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

STANDINS = {
    # dpkg-query -W -f=... PKG: installed unless listed in $MISSING
    "dpkg-query": """#!/bin/sh
for last; do :; done
case " $MISSING " in *" $last "*) exit 1;; esac
printf 'install ok installed'
""",
    "apt-get": """#!/bin/sh
echo "apt-get $*" >> "$LOG"
[ "$1" = update ] && exit 0
[ -n "$APT_FAILS" ] && { echo "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2; exit 100; }
exit 0
""",
}
VENV_PYTHON = """#!/bin/sh
echo "python $*" >> "$LOG"
case "$*" in
  *"pip install -q -e"*) [ -n "$PIP_FAILS" ] && { echo "ERROR: network unreachable" >&2; exit 1; }; exit 0;;
  *"import desktop_app.main"*) [ -n "$APP_BROKEN" ] && exit 1; exit 0;;
esac
exit 0
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    (folder / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", folder / "scripts" / "setup.sh")
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    _write(folder / ".venv" / "bin" / "python", VENV_PYTHON)
    for name, text in STANDINS.items():
        _write(tmp_path / "bin" / name, text)
    return folder


def _run(project: Path, *args: str, **env: str) -> tuple[subprocess.CompletedProcess[str], str]:
    log = project.parent / "calls.log"
    log.write_text("", encoding="utf-8")
    environ = {"PATH": f"{project.parent / 'bin'}:/usr/bin:/bin", "HOME": str(project.parent), "LOG": str(log),
               "MISSING": "", **env}
    environ.pop("CI", None)
    if os.geteuid() != 0:
        pytest.skip("the script installs Debian packages only as root or with sudo")
    result = subprocess.run(["bash", "scripts/setup.sh", *args], cwd=project, env=environ, capture_output=True,
                            text=True, timeout=60, check=False)
    return result, log.read_text(encoding="utf-8")


def test_the_app_never_installs_the_test_tools(project: Path) -> None:
    result, calls = _run(project, "--app", MISSING="libxcb-cursor0 postgresql nsis poppler-utils")
    assert result.returncode == 0, result.stderr
    install = next(line for line in calls.splitlines() if line.startswith("apt-get install"))
    assert "libxcb-cursor0" in install
    for test_only in ("postgresql", "nsis", "poppler-utils"):
        assert test_only not in install
    pip = next(line for line in calls.splitlines() if "pip install -q -e" in line)
    assert pip.endswith("-e .")  # no [test] extras
    # the tests' set-up installs them all, with the test extras
    result, calls = _run(project, MISSING="postgresql nsis")
    assert result.returncode == 0, result.stderr
    assert "postgresql" in calls and "nsis" in calls and "-e .[test]" in calls


def test_a_ready_machine_starts_when_apt_is_locked_and_pip_offline(project: Path) -> None:
    _run(project, "--app")  # a first, complete set-up
    result, calls = _run(project, "--app", APT_FAILS="1", PIP_FAILS="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""  # nothing missing: nothing said
    assert "apt-get" not in calls and "pip install" not in calls


def test_a_held_lock_names_what_is_missing_and_goes_on(project: Path) -> None:
    result, _calls = _run(project, "--app", MISSING="libxcb-cursor0", APT_FAILS="1")
    assert result.returncode == 0
    assert "could not install libxcb-cursor0" in result.stderr


def test_offline_pip_starts_with_what_is_installed_or_says_why_not(project: Path) -> None:
    (project / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text() + "\n# changed\n")
    result, _ = _run(project, "--app", PIP_FAILS="1")
    assert result.returncode == 0
    assert "starting with the ones installed" in result.stderr
    result, _ = _run(project, "--app", PIP_FAILS="1", APP_BROKEN="1")
    assert result.returncode == 1
    assert "could not be installed" in result.stderr


def test_the_licence_is_written_as_current_setuptools_expects() -> None:
    """A TOML-table licence makes setuptools print a deprecation warning in every set-up."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(config["project"]["license"], str)  # an SPDX expression
    assert config["project"]["license"].startswith("LicenseRef-")
    assert "setuptools>=77" in config["build-system"]["requires"]  # the first that reads SPDX strings
