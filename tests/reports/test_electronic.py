"""Electronic copies to be signed (issue 17): PDF/A-2b structure, signature places measured from the
PDF, Phụ lục VI metadata, and signing with pyHanko into the reserved fields."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pikepdf
import pytest
from fixture_plan import PARTY_SETTINGS, PERIOD, Fixture
from pdfread import MM, find, open_pdf, runs
from signing import draw_after_signing, make_signer, sign

from desktop_app.reports.api import render
from desktop_app.reports.data import KINDS, build_report_data
from desktop_app.reports.electronic import electronic_report
from desktop_app.reports.electronic.api import ElectronicChoice, generate_electronic, write_files
from desktop_app.reports.electronic.check import pdfa_problems, xmp_values
from desktop_app.reports.electronic.fields import signature_fields
from desktop_app.reports.electronic.metadata import clipboard_text, validate
from desktop_app.reports.electronic.places import SEAL_DIAMETER_MM
from desktop_app.reports.electronic.signed import check_signatures
from desktop_app.services.errors import ValidationError

PAGE_H = 297 * MM
LEFT, RIGHT = 30 * MM, 15 * MM
TEXT_W = 210 * MM - LEFT - RIGHT


def _electronic(fx: Fixture, kind: str = "progress", **choice: object):  # type: ignore[no-untyped-def]
    unit = fx.units["NV"] if kind == "unit" else None
    return generate_electronic(fx.db, fx.plan_id, PERIOD, kind, unit, choice=ElectronicChoice(**choice),  # type: ignore[arg-type]
                               invariant=True)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_pdfa_2b_with_fields_and_metadata(plan_fx: Fixture, kind: str) -> None:
    report = _electronic(plan_fx, kind)
    content = report.main.pdf
    assert pdfa_problems(content) == []
    with pikepdf.open(io.BytesIO(content)) as pdf:
        xmp = xmp_values(pdf)
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "B")
        assert xmp["dc:title"].startswith(("BÁO CÁO", "THÔNG BÁO", "Phụ lục", "DANH MỤC"))
        assert xmp["dc:creator"] == ("Phòng Nội vụ quận Ba Đình" if kind == "unit" else "Ủy ban nhân dân quận Ba Đình")
        assert xmp["xmp:CreateDate"] == xmp["dc:date"] == "2000-01-01T00:00:00+00:00"
        assert xmp["dc:subject"] in ("Báo cáo", "Thông báo", "Danh mục nhiệm vụ")  # the first keyword
        assert xmp["dc:description"] == report.main.metadata.subject
        assert "/Filter" not in pdf.Root.Metadata
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1" and intent.DestOutputProfile.N == 3
        icc = intent.DestOutputProfile.read_bytes()
        assert icc[36:40] == b"acsp" and icc[12:20] == b"mntrRGB " and len(icc) == int.from_bytes(icc[:4], "big")
        fonts = {f.objgen: f for p in pdf.pages for _, f in p.Resources.Font.items()}
        assert fonts and all("/FontFile2" in f.FontDescriptor and len(f.Widths) == f.LastChar - f.FirstChar + 1
                             for f in fonts.values())
        assert not any("Helvetica" in str(f.BaseFont) for f in fonts.values())
        # the Phụ lục VI fields are in the XMP too, and say the real page count
        assert xmp["vbdt:PageAmount"] == str(len(pdf.pages)) == str(report.main.metadata.page_amount)
        assert xmp["vbdt:CodeNotation"] == report.main.metadata.code_notation
        fields = signature_fields(pdf)
    metadata = json.loads(report.main.metadata_json)
    validate(metadata)
    assert metadata["PageAmount"] == report.main.metadata.page_amount
    roles = {p.role for p in report.main.places}
    assert {name for name, _, _ in fields} == {p.field_name for p in report.main.places}
    if kind in ("appendix", "task_list"):
        assert roles == {"organisation"}
    else:
        assert roles == {"signer", "organisation"}
        signer = next(p for p in report.main.places if p.role == "signer")
        assert signer.field_name == ("NguoiKy Tran Van Dung" if kind == "unit" else "NguoiKy Nguyen Thi My Hanh")


def test_font_widths_match_the_embedded_font_programs(plan_fx: Fixture) -> None:
    """PDF/A: the /Widths must be the glyphs' advances in the embedded font, and a symbolic TrueType
    font's cmap has exactly one subtable (reportlab's subsets: Mac Roman (1, 0) over the codes used)."""
    from fontTools.ttLib import TTFont

    with pikepdf.open(io.BytesIO(_electronic(plan_fx).main.pdf)) as pdf:
        fonts = {f.objgen: f for p in pdf.pages for _, f in p.Resources.Font.items()}
        checked = 0
        for font in fonts.values():
            program = TTFont(io.BytesIO(font.FontDescriptor.FontFile2.read_bytes()))
            assert "/Encoding" not in font and int(font.FontDescriptor.Flags) & 4  # symbolic, no encoding
            (table,) = program["cmap"].tables
            scale = 1000 / program["head"].unitsPerEm
            for code in range(int(font.FirstChar), int(font.LastChar) + 1):
                glyph = table.cmap.get(code, ".notdef")
                assert abs(float(font.Widths[code - int(font.FirstChar)]) - program["hmtx"][glyph][0] * scale) <= 1
                checked += 1
    assert checked > 100


def test_the_structure_check_catches_a_plain_pdf(plan_fx: Fixture) -> None:
    plain = render(build_report_data(plan_fx.db, plan_fx.plan_id, PERIOD, "progress", invariant=True), "pdf",
                   invariant=True)
    problems = pdfa_problems(plain)
    assert "thiếu XMP metadata" in problems


def test_unembedded_font_and_javascript_are_reported(plan_fx: Fixture) -> None:
    content = _electronic(plan_fx).main.pdf
    with pikepdf.open(io.BytesIO(content)) as pdf:
        page = pdf.pages[0]
        page.Resources.Font.Fx = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica)
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        out = io.BytesIO()
        pdf.save(out)
    problems = pdfa_problems(out.getvalue())
    assert "phông /Helvetica không được nhúng" in problems and "khóa bị cấm /OpenAction" in problems


def test_number_and_date_left_for_the_eoffice_system_or_printed(plan_fx: Fixture) -> None:
    blank = _electronic(plan_fx).main
    with open_pdf(blank.pdf) as pdf:
        page = pdf.pages[0]
        number = next(r for r in runs(page) if " ".join(r.text.split()) == "Số: /BC-UBND")
        day = next(r for r in runs(page) if " ".join(r.text.split()) == "Ba Đình, ngày tháng năm 2024")
        # the room the layout keeps: the blanks are really there between the words
        slash = next(c for c in number.chars if c["text"] == "/")
        colon = next(c for c in number.chars if c["text"] == ":")
        assert slash["x0"] - colon["x1"] > 8 * MM  # four digits at 13 pt
        assert day.x1 - day.x0 > 75 * MM
    assert blank.metadata.code_number == "" and blank.metadata.issued_date is None
    numbered = generate_electronic(plan_fx.db, plan_fx.plan_id, PERIOD, number="45",
                                   choice=ElectronicChoice(number_by_eoffice=False), invariant=True).main
    with open_pdf(numbered.pdf) as pdf:
        find(pdf.pages[0], "Số: 45/BC-UBND")
        find(pdf.pages[0], "Ba Đình, ngày 18 tháng 6 năm 2024")
    assert numbered.metadata.to_json()["CodeNumber"] == "45"
    assert numbered.metadata.to_json()["IssuedDate"] == "2024-06-18"
    assert day.size == 13


def test_signer_and_seal_places_follow_nd30(plan_fx: Fixture) -> None:
    """Measured from the PDF: the signer's field between PHÓ CHỦ TỊCH and the name, centred on them;
    the seal (35 mm) covering the left third of the signer's place."""
    report = _electronic(plan_fx).main
    signer, seal = report.places
    with open_pdf(report.pdf) as pdf:
        page = pdf.pages[signer.page - 1]
        assert signer.page == len(pdf.pages)
        title, name = find(page, "PHÓ CHỦ TỊCH"), find(page, "Nguyễn Thị Mỹ Hạnh")
    x0, y0, x1, y1 = signer.rect
    top, bottom = PAGE_H - y1, PAGE_H - y0  # pdfplumber measures from the top
    assert title.bottom < top and bottom < name.top
    assert (top - title.bottom) / MM < 5 and (name.top - bottom) / MM < 5  # fills the room between them
    assert (bottom - top) / MM >= 20  # a signature picture needs height
    assert (x0 + x1) / 2 == pytest.approx(name.centre, abs=1.5) == pytest.approx(LEFT + TEXT_W * 0.75, abs=1.5)
    assert signer.rect_mm == pytest.approx((128.75, 222.54, 178.75, 245.94), abs=0.5)  # this fixture's page
    sx0, sy0, sx1, sy1 = seal.rect
    assert (sx1 - sx0) / MM == pytest.approx(SEAL_DIAMETER_MM) == pytest.approx((sy1 - sy0) / MM)
    assert sx1 - x0 == pytest.approx((x1 - x0) / 3)  # covers a third of the signer's image …
    assert sx0 < x0  # … from its left
    assert (sy0 + sy1) / 2 == pytest.approx((y0 + y1) / 2)


def test_annex_in_its_own_file_has_the_organisation_field_top_right(plan_fx: Fixture, tmp_path: Path) -> None:
    report = _electronic(plan_fx, annex="separate")
    assert report.annex is not None
    (place,) = report.annex.places
    assert place.role == "organisation" and place.page == 1
    with pikepdf.open(io.BytesIO(report.annex.pdf)) as pdf:
        width, height = (float(v) for v in pdf.pages[0].mediabox[2:4])
        assert width > height  # landscape annex
        ((name, page_index, rect),) = signature_fields(pdf)
        assert (name, page_index) == (place.field_name, 0) and rect == pytest.approx(place.rect, abs=0.01)
    x0, y0, x1, y1 = place.rect
    assert x1 == pytest.approx(width - 15 * MM)  # against the right margin
    assert (x1 - x0) / MM == pytest.approx(62) and (y1 - y0) / MM == pytest.approx(12)  # two lines of 10 pt
    assert height - y1 == pytest.approx(5 * MM) and height - y0 < 20 * MM  # inside the top margin
    with open_pdf(report.annex.pdf) as pdf:
        assert all(r.top > height - y0 for r in runs(pdf.pages[0]))  # over no text
    assert pdfa_problems(report.annex.pdf) == []
    validate(json.loads(report.annex.metadata_json))
    written = write_files(report, tmp_path / "bc.pdf")
    assert [p.name for p in written] == ["bc.pdf", "bc.json", "bc-phu-luc.pdf", "bc-phu-luc.json"]


def test_annex_in_the_same_file_only_the_report_is_signed(plan_fx: Fixture) -> None:
    alone = _electronic(plan_fx).main
    same = _electronic(plan_fx, annex="same")
    assert same.annex is None
    appendix = _electronic(plan_fx, "appendix").main
    assert same.main.metadata.page_amount == alone.metadata.page_amount + appendix.metadata.page_amount
    with pikepdf.open(io.BytesIO(same.main.pdf)) as pdf:
        assert len(pdf.pages) == same.main.metadata.page_amount
        assert {page for _, page, _ in signature_fields(pdf)} == {alone.metadata.page_amount - 1}
    assert pdfa_problems(same.main.pdf) == []


def test_party_layout_electronic_copy(plan_fx: Fixture) -> None:
    report = generate_electronic(plan_fx.db, plan_fx.plan_id, PERIOD, settings=PARTY_SETTINGS, number="202",
                                 choice=ElectronicChoice(number_by_eoffice=False), invariant=True).main
    assert pdfa_problems(report.pdf) == []
    meta = report.metadata.to_json()
    assert (meta["CodeNumber"], meta["CodeNotation"], meta["SignerInfo"]) == (
        "202", "BC/QU", {"Position": "PHÓ BÍ THƯ", "FullName": "Lê Văn Hùng"})
    signer = report.places[0]
    with open_pdf(report.pdf) as pdf:
        find(pdf.pages[0], "Số 202-BC/QU")
        page = pdf.pages[signer.page - 1]
        title, name = find(page, "PHÓ BÍ THƯ"), find(page, "Lê Văn Hùng")
    assert title.bottom < PAGE_H - signer.rect[3] < PAGE_H - signer.rect[1] < name.top


def test_annex_only_for_a_progress_report(plan_fx: Fixture) -> None:
    with pytest.raises(ValidationError, match="Chỉ báo cáo kết quả"):
        _electronic(plan_fx, "overdue", annex="same")
    with pytest.raises(ValidationError, match="không hợp lệ"):
        _electronic(plan_fx, annex="both")


def test_clipboard_lists_fields_in_form_order(plan_fx: Fixture) -> None:
    meta = _electronic(plan_fx, priority="Khẩn").main.metadata
    lines = clipboard_text(meta).split("\n")
    assert [line.split("\t")[0] for line in lines] == [
        "Loại văn bản", "Số", "Ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Người ký", "Chức vụ",
        "Số trang", "Nơi nhận", "Độ khẩn", "Hạn xử lý"]
    assert "Số trang\t4" in lines and "Độ khẩn\tKhẩn" in lines and "Người ký\tNguyễn Thị Mỹ Hạnh" in lines
    with pytest.raises(ValidationError):
        _electronic(plan_fx, priority="Gấp")


def test_metadata_schema_refuses_a_long_subject(plan_fx: Fixture) -> None:
    import jsonschema

    document = json.loads(_electronic(plan_fx).main.metadata_json)
    document["Subject"] = "x" * 501
    with pytest.raises(jsonschema.ValidationError):
        validate(document)
    data = build_report_data(plan_fx.db, plan_fx.plan_id, PERIOD, "progress", invariant=True)
    from dataclasses import replace

    long = electronic_report(replace(data, summary="Kết quả " * 100), invariant=True)
    assert len(long.main.metadata.subject) <= 500 and long.main.metadata.subject.endswith("…")
    validate(json.loads(long.main.metadata_json))


def _text_and_layout(content: bytes) -> list[list[tuple[str, float, float]]]:
    with open_pdf(content) as pdf:
        return [[(c["text"], round(c["x0"], 2), round(c["top"], 2)) for c in page.chars] for page in pdf.pages]


@pytest.mark.slow
def test_signing_with_pyhanko_in_the_reserved_fields(plan_fx: Fixture, tmp_path: Path) -> None:
    report = _electronic(plan_fx, annex="separate")
    assert report.annex is not None
    signer_place, seal_place = report.main.places
    person = make_signer(tmp_path / "person", "Nguyễn Thị Mỹ Hạnh")
    office = make_signer(tmp_path / "office", "Ủy ban nhân dân quận Ba Đình")
    signed = sign(report.main.pdf, signer_place.field_name, person)
    signed = sign(signed, seal_place.field_name, office, "%(signer)s\n%(ts)s")
    annex = sign(report.annex.pdf, report.annex.places[0].field_name, office, "%(signer)s\n%(ts)s")
    # an incremental update: the issued bytes are untouched, text and layout unchanged
    assert signed.startswith(report.main.pdf) and annex.startswith(report.annex.pdf)
    assert _text_and_layout(signed) == _text_and_layout(report.main.pdf)
    assert _text_and_layout(annex) == _text_and_layout(report.annex.pdf)
    assert pdfa_problems(signed) == [] and pdfa_problems(annex) == []  # the stamps embed their font
    checks = check_signatures(signed, [person.cert_pem, office.cert_pem])
    assert [c.field_name for c in checks] == [signer_place.field_name, seal_place.field_name]
    assert all(c.intact and c.valid and c.trusted for c in checks)
    assert "Nguyễn Thị Mỹ Hạnh" in checks[0].signer and checks[0].signed_at is not None
    assert not checks[0].whole_file and checks[1].whole_file  # the seal was added after the signer
    untrusted = check_signatures(annex)
    assert untrusted[0].verifies and not untrusted[0].trusted
    # the visible signature lies where the layout reserved it: between chức vụ and the name
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        widgets = {name: rect for name, _, rect in signature_fields(pdf)}
        field = next(f for f in pdf.Root.AcroForm.Fields if str(f.T) == signer_place.field_name)
        assert "/V" in field and field.AP.N.read_bytes()  # signed, with a visible stamp
    rect = widgets[signer_place.field_name]
    assert rect == pytest.approx(signer_place.rect, abs=0.01)
    with open_pdf(signed) as pdf:
        page = pdf.pages[signer_place.page - 1]
        title, name = find(page, "PHÓ CHỦ TỊCH"), find(page, "Nguyễn Thị Mỹ Hạnh")
    top_mm, bottom_mm = (PAGE_H - rect[3]) / MM, (PAGE_H - rect[1]) / MM
    assert title.bottom / MM < top_mm < bottom_mm < name.top / MM
    assert rect[0] / MM == pytest.approx(128.75, abs=0.5) and rect[2] / MM == pytest.approx(178.75, abs=0.5)
    # content added after signing (an incremental update that draws on the page) no longer verifies
    assert not any(c.changed_after for c in checks)
    assert not check_signatures(draw_after_signing(signed))[0].verifies
    # a byte changed inside the signed range no longer verifies
    position = len(report.main.pdf) // 2  # inside the signed range
    tampered = bytearray(signed)
    tampered[position] ^= 0x01
    assert not all(c.verifies for c in check_signatures(bytes(tampered)))
