"""Printing a report through CUPS' virtual PDF printer (Debian printer-driver-cups-pdf) from a real
window system (Xvfb, the xcb platform): what comes out is A4, true size (margins equal to the
report's within 0.5 mm), at least 300 dpi; both sides and the copies reach CUPS as the job's
``sides`` and ``copies``.

The test starts what it needs: the CUPS scheduler when none runs (stopped again afterwards) and a
cups-pdf queue of its own (removed afterwards). Outside CI it skips, saying why, when CUPS, cups-pdf
or Xvfb are not installed or it cannot administer CUPS; in CI (``CI`` set) it fails instead."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest

from tests.ui.print_check import ink_box_mm

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only("prints a PDF made once; no database server involved")]
QUEUE = "PlantrackTestPDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
MM = 72 / 25.4

SCRIPT = """
import sys
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication
from desktop_app.ui.report_pages import print_pdf
app = QApplication([])
info = QPrinterInfo.printerInfo(sys.argv[1])
assert not info.isNull(), [p.printerName() for p in QPrinterInfo.availablePrinters()]
printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
printer.setDocName(sys.argv[3])
# as the print dialog leaves them: both sides (long edge), two copies (CUPS makes them)
printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
printer.setCopyCount(2)
print(print_pdf(printer, open(sys.argv[2], "rb").read()))
"""
# cups-pdf's PPD with a Duplex option, so that Qt offers and sends two-sided printing
DUPLEX = """
*OpenUI *Duplex/2-Sided Printing: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long Edge: "<</Duplex true/Tumble false>>setpagedevice"
*Duplex DuplexTumble/Short Edge: "<</Duplex true/Tumble true>>setpagedevice"
*CloseUI: *Duplex
"""
JOBS = """{
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job
  ATTR keyword requested-attributes all
  STATUS successful-ok
  DISPLAY sides
  DISPLAY copies
}
"""


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI must print through CUPS: {reason} (scripts/setup.sh installs cups, "
                    "printer-driver-cups-pdf and xvfb)")
    pytest.skip(reason)


def _scheduler_running() -> bool:
    result = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in result.stdout and "not" not in result.stdout


@pytest.fixture(scope="module")
def cups_queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for tool in ("cupsd", "lpadmin", "lpstat", "xvfb-run", "ipptool"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            _unavailable(f"{tool} is not installed")
    if not PPD.exists():
        _unavailable("printer-driver-cups-pdf is not installed")
    started = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            _unavailable("the CUPS scheduler is not running and only root can start it here")
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        started = subprocess.Popen([cupsd, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while not _scheduler_running():
            if time.monotonic() > deadline:
                started.terminate()
                _unavailable("the CUPS scheduler did not start")
            time.sleep(0.2)
    lpadmin = shutil.which("lpadmin") or "/usr/sbin/lpadmin"
    ppd = tmp_path_factory.mktemp("ppd") / "cups-pdf-duplex.ppd"
    ppd.write_text(PPD.read_text(encoding="latin-1") + DUPLEX, encoding="latin-1")
    added = subprocess.run([lpadmin, "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(ppd)],
                           capture_output=True, text=True)
    if added.returncode != 0:
        if started is not None:
            started.terminate()
        _unavailable(f"cannot add a cups-pdf queue: {added.stderr.strip()}")
    try:
        yield QUEUE
    finally:
        subprocess.run([lpadmin, "-x", QUEUE], capture_output=True)
        if started is not None:
            started.terminate()
            started.wait(timeout=20)


def _output(queue: str, name: str, timeout: float = 180) -> Path:
    """cups-pdf writes into the job owner's ~/PDF (or its spool folder for anonymous jobs); the
    file is complete once the queue has no job left."""
    folders = [Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True).stdout.strip()
        found = [f for folder in folders if folder.is_dir() for f in folder.glob(f"{name}*.pdf")]
        if found and not pending and found[0].read_bytes().rstrip().endswith(b"%%EOF"):
            return found[0]
        time.sleep(0.5)
    raise AssertionError(f"cups-pdf wrote no complete file named {name} in {folders}")


def test_print_through_cups_pdf_under_xvfb(cups_queue: str, db, sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.periods import PeriodKind
    from desktop_app.reports.api import generate
    from desktop_app.services.periods import current_period

    report = tmp_path / "report.pdf"
    pdf = generate(db, sample.plan_id, current_period(PeriodKind.QUARTER).code, invariant=True, out=report)
    name = f"plantrack-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", SCRIPT, cups_queue, str(report), name],
                            capture_output=True, text=True, timeout=180, env=env,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    pages = len(pdfplumber.open(report).pages)
    assert result.stdout.strip().splitlines()[-1] == str(pages)
    out = _output(cups_queue, name)
    try:
        # the job as CUPS holds it: both sides, two copies (cups-pdf names its file …-job_N.pdf)
        job = re.search(r"job_(\d+)", out.name)
        assert job, out.name
        jobs = tmp_path / "job.test"
        jobs.write_text(JOBS)
        listed = subprocess.run(["ipptool", "-t", "-d", f"job={job.group(1)}",
                                 f"ipp://localhost/printers/{cups_queue}", str(jobs)],
                                capture_output=True, text=True).stdout
        assert "sides (keyword) = two-sided-long-edge" in listed, listed
        assert "copies (integer) = 2" in listed, listed
        with pdfplumber.open(out) as printed:
            assert len(printed.pages) == 2 * pages  # two copies
            for page in printed.pages:
                assert page.width == pytest.approx(210 * MM, abs=0.5 * MM)
                assert page.height == pytest.approx(297 * MM, abs=0.5 * MM)
                sharp = [im for im in page.images if im["srcsize"][0] / (im["width"] / 72) >= 299]
                assert sharp or page.chars, "neither text nor a picture of at least 300 dpi"
        printed_bytes = out.read_bytes()
        for index in range(2 * pages):
            assert ink_box_mm(printed_bytes, index) == pytest.approx(ink_box_mm(pdf, index % pages), abs=0.5)
    finally:
        out.unlink()
