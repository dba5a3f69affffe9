"""Running ``python -m desktop_app`` in a subprocess against this source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, home: Path, env: dict[str, str] | None = None,
            encoding: str = "utf-8") -> subprocess.CompletedProcess[str]:
    """Run ``plantrack ARGS``; the user's data folder is ``home`` (never the real one)."""
    environ = {key: value for key, value in os.environ.items()
               if key not in ("PLANTRACK_DB", "PLANTRACK_DEBUG", "PYTHONIOENCODING")}
    environ.update(PYTHONPATH=str(ROOT), HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                   XDG_CONFIG_HOME=str(home / "config"))
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=environ,
                          capture_output=True, encoding=encoding, errors="strict", timeout=180, check=False)


def assert_refused(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit code 2, a message on stderr naming what was wrong, and no traceback anywhere."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip(), "a refusal must say why on stderr"
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)
