"""A unit's own report follows the unit: a Party body (Ban Tuyên giáo Quận ủy Thanh Xuân) gets the
Party header, the Party number style and a place name; with no saved settings the CLI says which
ones are needed instead of guessing; ``plantrack report-settings`` saves them once."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from tests.cli.helpers import assert_refused, run_cli

pytestmark = pytest.mark.sqlite_only("the CLI in a subprocess opens the demo database file")
REPORT = ("report", "--plan", "202-KH/QU", "--period", "2025-H1", "--type", "unit", "--unit", "BTG-TX")


def _lines(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        return [" ".join(line.split()) for line in (doc.pages[0].extract_text() or "").split("\n")]


def test_party_body_report_follows_the_unit(cli_demo_db: Path, cli_home: Path, tmp_path: Path) -> None:
    db = str(cli_demo_db)
    out = tmp_path / "btg.pdf"
    refused = run_cli("--db", db, *REPORT, "--out", str(out), home=cli_home)
    assert_refused(refused, "Ban Tuyên giáo Quận ủy Thanh Xuân", "họ và tên người ký", "report-settings")
    assert not out.exists()

    draft = run_cli("--db", db, "report-settings", "--unit", "BTG-TX", "--show", home=cli_home)
    assert draft.returncode == 0, draft.stderr
    assert "layout: party" in draft.stdout and "symbol: BC/BTGQU" in draft.stdout
    assert "place: Thanh Xuân" in draft.stdout and "chưa lưu" in draft.stdout

    saved = run_cli("--db", db, "report-settings", "--unit", "BTG-TX", "--signer-name", "Lê Thị Thu",
                    home=cli_home)
    assert saved.returncode == 0, saved.stderr
    result = run_cli("--db", db, *REPORT, "--out", str(out), home=cli_home)
    assert result.returncode == 0, result.stderr
    lines = _lines(out)
    text = "\n".join(lines)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỘNG HÒA XÃ HỘI" not in text
    assert "QUẬN ỦY THANH XUÂN" in text and "BAN TUYÊN GIÁO" in text
    assert "Thanh Xuân, ngày" in text, lines
    assert "ủy Thanh Xuân, ngày" not in text
    with pdfplumber.open(out) as doc:
        words = doc.pages[0].extract_words()
        number = next(w for w in words if w["text"].endswith("-BC/BTGQU"))
        so = next(w for w in words if w["text"] == "Số" and abs(w["top"] - number["top"]) < 2)
        assert number["x0"] - so["x1"] >= 25  # room for the hand-written number
        text_all = " ".join(p.extract_text() or "" for p in doc.pages)
    assert "Lê Thị Thu" in text_all
