"""``plantrack report`` and ``plantrack issue-report`` end to end on the demo database."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from tests.cli.helpers import assert_refused, run_cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("home")
    db = home / "demo.sqlite"
    result = run_cli("--db", str(db), "demo", home=home)
    assert result.returncode == 0, result.stderr
    return db, home


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_report_pdf_and_docx_from_the_demo(demo_db: tuple[Path, Path], tmp_path: Path) -> None:
    db, home = demo_db
    pdf = tmp_path / "bao-cao.pdf"
    result = run_cli("--db", str(db), "report", "--plan", "215/KH-UBND", "--period", "2024-H2", "--number", "45",
                     "--out", str(pdf), home=home)
    assert result.returncode == 0, result.stderr
    text = _text(pdf)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 45/BC-UBND",
                     "BÁO CÁO", "215/KH-UBND", "Nơi nhận:"):
        assert expected in text, expected
    docx = tmp_path / "bao-cao.docx"
    result = run_cli("--db", str(db), "report", "--plan", "215/KH-UBND", "--period", "2024-H2", "--out", str(docx),
                     home=home)
    assert result.returncode == 0, result.stderr
    assert any("BÁO CÁO" in p.text for p in DocxDocument(str(docx)).paragraphs)
    for kind in ("appendix", "task_list", "overdue"):
        out = tmp_path / f"{kind}.pdf"
        result = run_cli("--db", str(db), "report", "--plan", "202-KH/QU", "--period", "2025-H1", "--type", kind,
                         "--out", str(out), home=home)
        assert result.returncode == 0, (kind, result.stderr)
        assert PdfReader(out).pages[0].mediabox.width > PdfReader(out).pages[0].mediabox.height or kind == "overdue"


def test_issue_then_reopen_and_bad_input(demo_db: tuple[Path, Path], tmp_path: Path) -> None:
    db, home = demo_db
    out = tmp_path / "issued.pdf"
    result = run_cli("--db", str(db), "issue-report", "--plan", "215/KH-UBND", "--period", "2025-H1", "--number",
                     "12", "--date", "05/07/2025", "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "ngày 05 tháng 7 năm 2025" in _text(out)
    assert_refused(run_cli("--db", str(db), "report", "--plan", "215/KH-UBND", "--period", "2025-H3",
                           "--out", str(tmp_path / "x.pdf"), home=home), "2025-H3")
    assert not (tmp_path / "x.pdf").exists()
    assert_refused(run_cli("--db", str(db), "report", "--plan", "999/KH-UBND", "--period", "2025-H1",
                           "--out", str(tmp_path / "y.pdf"), home=home), "999/KH-UBND")


@pytest.mark.sqlite_only("the CLI in a subprocess opens the database file")
def test_mark_unaccepted_writes_chua_duyet_after_updates_not_accepted(db_path: Path, tmp_path: Path) -> None:
    """The appendix can mark the updates the office has not accepted yet (issue 8): the accepted
    one stays plain, the one only submitted gets "(chưa duyệt)"; without the option neither does."""
    from datetime import date

    from desktop_app.services import progress, review
    from desktop_app.services.database import Database
    from tests.sample_data import make_sample

    db = Database.open(db_path, source="test")
    sample = make_sample(db)
    done = [progress.record_progress(db, sample.task_ids[i], sample.pnv, "2024-H1", status="done",
                                     completed_on=date(2024, 6, 1), result="Đã xong") for i in (0, 1)]
    review.accept(db, [done[0]])
    review.submit(db, [done[1]])
    db.close()

    def appendix(*extra: str) -> str:
        out = tmp_path / f"phu-luc{len(extra)}.pdf"
        result = run_cli("--db", str(db_path), "report", "--plan", sample.plan_id, "--period", "2024-H1",
                         "--type", "appendix", "--out", str(out), *extra, home=tmp_path)
        assert result.returncode == 0, result.stderr
        return _text(out).replace("\n", " ")

    assert appendix("--mark-unaccepted").count("chưa duyệt") == 1
    assert "chưa duyệt" not in appendix()
