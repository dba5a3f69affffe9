"""The DOCX of the main report read back with python-docx: page, margins, fonts, sizes, texts."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fixture_plan import PERIOD, Fixture
from pdfread import all_text, flat

from desktop_app.reports.api import generate
from desktop_app.reports.body import body_blocks
from desktop_app.reports.data import build_report_data
from desktop_app.services.errors import ValidationError


@pytest.fixture
def document(plan_fx: Fixture) -> docx.document.Document:
    content = generate(plan_fx.db, "137/KH-UBND", PERIOD, fmt="docx", number="45", report_date=date(2024, 2, 5),
                       invariant=True)
    return docx.Document(io.BytesIO(content))


def _all_paragraphs(doc: docx.document.Document) -> list[docx.text.paragraph.Paragraph]:
    found = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                found += cell.paragraphs
    return found


def _para(doc: docx.document.Document, text: str) -> docx.text.paragraph.Paragraph:
    hits = [p for p in _all_paragraphs(doc) if p.text == text]
    assert hits, text
    return hits[0]


def test_page_and_margins(document: docx.document.Document) -> None:
    section = document.sections[0]
    # stored in twips (A4 = 11906 × 16838): compare in millimetres
    assert section.page_width.mm == pytest.approx(210, abs=0.05)
    assert section.page_height.mm == pytest.approx(297, abs=0.05)
    assert section.top_margin.mm == pytest.approx(20, abs=0.05)
    assert section.bottom_margin.mm == pytest.approx(20, abs=0.05)
    assert section.left_margin.mm == pytest.approx(30, abs=0.05)
    assert section.right_margin.mm == pytest.approx(15, abs=0.05)
    # page number in the header, none on the first page
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml
    assert section.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert "PAGE" not in section.first_page_header._element.xml


@pytest.mark.parametrize(("text", "size", "bold", "italic"), [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False),
    ("Độc lập - Tự do - Hạnh phúc", 13, True, False),
    ("Số: 45/BC-UBND", 13, False, False),
    ("Ba Đình, ngày 05 tháng 02 năm 2024", 13, False, True),
    ("BÁO CÁO", 14, True, False),
    ("Nơi nhận:", 12, True, True),
    ("- Lưu: VT, NV.", 11, False, False),
    ("TM. ỦY BAN NHÂN DÂN", 14, True, False),
    ("Nguyễn Thị Mỹ Hạnh", 14, True, False),
])
def test_element_fonts(document: docx.document.Document, text: str, size: float, bold: bool, italic: bool) -> None:
    p = _para(document, text)
    for run in p.runs:
        assert run.font.name == "Times New Roman"
        assert run.font.size == Pt(size)
        assert bool(run.font.bold) == bold and bool(run.font.italic) == italic


def test_issuing_body_and_rules(document: docx.document.Document) -> None:
    issuing = next(p for p in _all_paragraphs(document) if p.text.startswith("ỦY BAN NHÂN DÂN"))
    assert issuing.runs[0].font.bold and issuing.runs[0].font.size == Pt(12)
    borders = [p for p in _all_paragraphs(document) if "w:pBdr" in p._p.xml]
    assert len(borders) == 3  # issuing body, Tiêu ngữ, trích yếu


def test_body_paragraphs(document: docx.document.Document, plan_fx: Fixture) -> None:
    body = next(p for p in document.paragraphs if p.text.startswith("Tổng số 9 nhiệm vụ"))
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert body.paragraph_format.first_line_indent == Cm(1.27)
    assert body.paragraph_format.space_after == Pt(6)
    assert all(r.font.size == Pt(14) and r.font.name == "Times New Roman" for r in body.runs)


def test_same_texts_as_pdf(plan_fx: Fixture, document: docx.document.Document) -> None:
    data = build_report_data(plan_fx.db, "137/KH-UBND", PERIOD, number="45", report_date=date(2024, 2, 5),
                             invariant=True)
    texts = [p.text for p in document.paragraphs]
    pdf_text = flat(all_text(generate(plan_fx.db, "137/KH-UBND", PERIOD, number="45",
                                      report_date=date(2024, 2, 5), invariant=True)))
    for block in body_blocks(data):
        if block.runs:
            assert block.text in texts
            assert flat(block.text) in pdf_text
    assert _para(document, data.summary)
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert {"Chưa đạt", "Vượt", "Đạt"} <= cells


@pytest.mark.parametrize("kind", ["appendix", "task_list", "overdue"])
def test_every_kind_as_docx(plan_fx: Fixture, kind: str) -> None:
    doc = docx.Document(io.BytesIO(generate(plan_fx.db, "137/KH-UBND", PERIOD, kind, fmt="docx", invariant=True)))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "Nội dung nhiệm vụ" in cells
    wide = kind != "overdue"
    assert (doc.sections[0].page_width > doc.sections[0].page_height) == wide


def test_unknown_format_refused(plan_fx: Fixture) -> None:
    with pytest.raises(ValidationError):
        generate(plan_fx.db, "137/KH-UBND", PERIOD, "appendix", fmt="odt")


def test_unit_report_docx(plan_fx: Fixture, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "phong-noi-vu.docx"
    generate(plan_fx.db, "137/KH-UBND", PERIOD, "unit", "NV", out=out, invariant=True)
    doc = docx.Document(str(out))
    assert _para(doc, "PHÒNG NỘI VỤ").runs[0].font.bold
    assert _para(doc, "UBND QUẬN BA ĐÌNH").runs[0].font.bold is not True
    assert _para(doc, "Kính gửi: Ủy ban nhân dân quận Ba Đình")
