"""The bundle built from installer/plantrack.spec runs on a machine without the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only("runs the bundled program on a database file")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is installed by scripts/build-bundle.sh")
    work = tmp_path_factory.mktemp("build")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "installer" / "plantrack.spec")], cwd=ROOT, check=True, timeout=900)
    # "a machine without the source tree": the bundle alone, in a folder of its own
    alone = tmp_path_factory.mktemp("office-pc") / "plantrack"
    shutil.copytree(work / "dist" / "plantrack", alone)
    return alone / "plantrack"


def _run(exe: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run([str(exe), *args], cwd=home, env=env, capture_output=True, text=True, timeout=300,
                          encoding="utf-8")


def test_bundle_runs_version_demo_check_and_report(bundle: Path, tmp_path: Path) -> None:
    from desktop_app import __version__

    version = _run(bundle, tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"plantrack {__version__}"
    db = tmp_path / "office.sqlite"
    demo = _run(bundle, tmp_path, "--db", str(db), "demo")
    assert demo.returncode == 0, demo.stderr
    check = _run(bundle, tmp_path, "--db", str(db), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    pdf = tmp_path / "bao-cao.pdf"
    report = _run(bundle, tmp_path, "--db", str(db), "report", "--plan", "215/KH-UBND", "--period", "2024-H2",
                  "--out", str(pdf))
    assert report.returncode == 0, report.stderr
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "215/KH-UBND" in text
    # the national directory's data travels in the bundle (vietnam-provinces' JSON)
    loaded = _run(bundle, tmp_path, "--db", str(db), "directory", "load", "--province", "01")
    assert loaded.returncode == 0 and "thêm mới 127" in loaded.stdout, loaded.stderr
    # issuing (PDF, DOCX: python-docx's templates) with the electronic copy: pikepdf, the metadata schema
    # and pyHanko are in the bundle
    from desktop_app.reports.electronic.check import pdfa_problems

    electronic = tmp_path / "dien-tu.pdf"
    report = _run(bundle, tmp_path, "--db", str(db), "issue-report", "--plan", "215/KH-UBND", "--period",
                  "2024-H2", "--number", "9", "--date", "05/01/2025", "--electronic", "--out", str(electronic))
    assert report.returncode == 0, report.stderr
    assert pdfa_problems(electronic.read_bytes()) == [] and electronic.with_suffix(".json").exists()
    report_id = report.stdout.split("(mã ")[1].split(")")[0]
    unsigned = tmp_path / "chua-ky.pdf"
    unsigned.write_bytes(electronic.read_bytes() + b"\n% nothing signed\n")
    attach = _run(bundle, tmp_path, "--db", str(db), "attach-signed", "--report", report_id, "--file", str(unsigned))
    assert attach.returncode == 2 and "không có chữ ký số" in attach.stderr, attach.stderr


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (Debian package nsis) not installed")
def test_windows_installer_script_compiles(bundle: Path, tmp_path: Path) -> None:
    dist = ROOT / "dist"
    if not (dist / "plantrack").exists():
        shutil.copytree(bundle.parent, dist / "plantrack")
    from desktop_app import __version__

    result = subprocess.run(["makensis", "-V2", f"-DVERSION={__version__}", "plantrack.nsi"], cwd=ROOT / "installer",
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (dist / f"TheoDoiKeHoach-{__version__}-setup.exe").stat().st_size > 1_000_000
    os.remove(dist / f"TheoDoiKeHoach-{__version__}-setup.exe")
