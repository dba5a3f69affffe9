"""The main report's PDF read back: A4, margins, header elements, rules, dates, page numbers,
Nơi nhận and signature, fonts embedded, Vietnamese text extracted exactly (NFC)."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from fixture_plan import AS_OF, OFFICE_SETTINGS, PARTY_SETTINGS, PERIOD, Fixture
from pdfread import MM, all_text, find, find_start, flat, open_pdf, rule_below, rules, runs
from pypdf import PdfReader

from desktop_app.reports.api import generate

W, H = 210 * MM, 297 * MM
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 15 * MM, 20 * MM, 20 * MM
TEXT_W = W - LEFT - RIGHT
LEFT_CENTRE = LEFT + TEXT_W * 0.42 / 2
RIGHT_CENTRE = LEFT + TEXT_W * 0.42 + TEXT_W * 0.58 / 2


@pytest.fixture
def report(plan_fx: Fixture) -> bytes:
    return generate(plan_fx.db, "137/KH-UBND", PERIOD, "progress", number="45",
                    report_date=date(2024, 6, 15), invariant=True)


def _font_ok(name: str) -> bool:
    return "LiberationSerif" in name or "TimesNewRoman" in name


def test_a4_portrait_and_margins(report: bytes) -> None:
    with open_pdf(report) as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            assert page.width == pytest.approx(W, abs=0.5) and page.height == pytest.approx(H, abs=0.5)
            for ch in page.chars:
                if not ch["text"].strip():
                    continue
                assert ch["x0"] >= LEFT - 0.5, ch
                assert ch["x1"] <= W - RIGHT + 0.5, ch
                assert ch["bottom"] <= H - BOTTOM + 0.5, ch
                if ch["top"] < TOP:  # only the page number lives in the top margin
                    assert page.page_number > 1 and ch["text"].isdigit()
        # left text edge at 30 mm, right edge at 15 mm from the side (justified lines reach it)
        first = pdf.pages[0]
        lefts = [r.x0 for r in runs(first) if r.size == 14]
        rights = [r.x1 for r in runs(first) if r.size == 14]
        assert min(lefts) == pytest.approx(LEFT, abs=0.6)
        assert max(rights) == pytest.approx(W - RIGHT, abs=0.6)


def test_state_header_elements(report: bytes) -> None:
    with open_pdf(report) as pdf:
        page = pdf.pages[0]
        issuing = [find(page, "ỦY BAN NHÂN DÂN"), find(page, "QUẬN BA ĐÌNH")]
        for r in issuing:
            assert r.bold and not r.italic and r.size == 12 and _font_ok(r.font)
            assert r.centre == pytest.approx(LEFT_CENTRE, abs=1.5)
        rule = rule_below(page, issuing[1])
        widest = max(r.x1 - r.x0 for r in issuing)
        assert widest / 3 <= rule["x1"] - rule["x0"] <= widest / 2
        assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(LEFT_CENTRE, abs=1.5)

        national = find(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        assert national.bold and not national.italic and national.size == 12
        assert national.centre == pytest.approx(RIGHT_CENTRE, abs=1.5)
        assert national.top == pytest.approx(issuing[0].top, abs=1.5)  # same row as the issuing body
        motto = find(page, "Độc lập - Tự do - Hạnh phúc")
        assert motto.bold and motto.size == 13 and motto.centre == pytest.approx(RIGHT_CENTRE, abs=1.5)
        rule = rule_below(page, motto)
        assert rule["x1"] - rule["x0"] == pytest.approx(motto.x1 - motto.x0, abs=2.0)
        assert rule["x0"] == pytest.approx(motto.x0, abs=1.5)

        number = find(page, "Số: 45/BC-UBND")
        assert number.size == 13 and not number.bold and not number.italic
        assert number.centre == pytest.approx(LEFT_CENTRE, abs=1.5)
        when = find(page, "Ba Đình, ngày 15 tháng 6 năm 2024")
        assert when.italic and not when.bold and when.size == 13
        assert when.centre == pytest.approx(RIGHT_CENTRE, abs=1.5)
        assert when.bottom == pytest.approx(number.bottom, abs=1.0)  # one row
        assert number.top > rule["top"]

        kind = find(page, "BÁO CÁO")
        assert kind.bold and kind.size == 14 and kind.centre == pytest.approx(LEFT + TEXT_W / 2, abs=1.5)
        summary = [r for r in runs(page) if r.size == 14 and r.bold and kind.bottom < r.top < kind.bottom + 60]
        assert flat(" ".join(r.text for r in summary)).startswith(
            "Kết quả thực hiện Kế hoạch số 137/KH-UBND ngày 04/5/2024")
        for r in summary:
            assert r.centre == pytest.approx(LEFT + TEXT_W / 2, abs=1.5)
        rule = rule_below(page, summary[-1])
        widest = max(r.x1 - r.x0 for r in summary)
        assert widest / 3 <= rule["x1"] - rule["x0"] <= widest / 2
        assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(LEFT + TEXT_W / 2, abs=1.5)


def test_body_justified_indented_spaced(report: bytes) -> None:
    with open_pdf(report) as pdf:
        page = pdf.pages[0]
        start = find_start(page, "Tổng số 9 nhiệm vụ")
        assert start.size == 14 and not start.bold
        assert start.x0 == pytest.approx(LEFT + 1.27 * 72 / 2.54, abs=0.6)  # first-line indent 1.27 cm
        lines = [r for r in runs(page) if r.size == 14 and start.top <= r.top < start.top + 80]
        assert lines[1].x0 == pytest.approx(LEFT, abs=0.6)
        assert lines[1].x1 == pytest.approx(W - RIGHT, abs=0.6)  # justified
        leading = lines[1].bottom - lines[0].bottom
        heading = find(page, "1. Kết quả chung")
        assert heading.bold and heading.size == 14
        # paragraph spacing of at least 6 pt on top of the line spacing
        assert start.bottom - heading.bottom >= leading + 6 - 0.2
        assert 14 <= leading <= 21


def test_page_numbers_in_top_margin_from_page_two(report: bytes) -> None:
    with open_pdf(report) as pdf:
        assert not [c for c in pdf.pages[0].chars if c["top"] < TOP]
        for page in pdf.pages[1:]:
            top = [r for r in runs(page) if r.top < TOP]
            assert [r.text for r in top] == [str(page.page_number)]
            assert top[0].centre == pytest.approx(LEFT + TEXT_W / 2, abs=1.0)
            assert top[0].size == 14 and not top[0].bold
            assert top[0].bottom < TOP and top[0].top > 3 * MM


def test_recipients_and_signature(report: bytes) -> None:
    with open_pdf(report) as pdf:
        page = pdf.pages[-1]
        title = find(page, "Nơi nhận:")
        assert title.bold and title.italic and title.size == 12
        items = [r for r in runs(page) if r.size == 11]
        assert [r.text for r in items] == ["- UBND Thành phố Hà Nội;", "- Thường trực Quận ủy;", "- Lưu: VT, NV."]
        assert all(not r.bold and not r.italic and r.x0 == pytest.approx(LEFT, abs=0.6) for r in items)
        authority = find(page, "TM. ỦY BAN NHÂN DÂN")
        deputy, position = find(page, "KT. CHỦ TỊCH"), find(page, "PHÓ CHỦ TỊCH")
        name = find(page, "Nguyễn Thị Mỹ Hạnh")
        sign_centre = LEFT + TEXT_W * 0.75
        for r in (authority, deputy, position, name):
            assert r.bold and r.size == 14 and r.centre == pytest.approx(sign_centre, abs=1.5)
        assert title.top == pytest.approx(authority.top, abs=3.0)  # level with the signer's block
        assert name.top - position.bottom >= 60  # room for signature and seal


def test_fonts_embedded_and_text_nfc(report: bytes) -> None:
    with open_pdf(report) as pdf:
        names = {c["fontname"] for p in pdf.pages for c in p.chars}
    assert names and all(_font_ok(n) for n in names)
    reader = PdfReader(io.BytesIO(report))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            if font["/BaseFont"] == "/Helvetica":
                continue  # reportlab's unused default resource (see tech.md)
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    text = all_text(report)
    assert text == unicodedata.normalize("NFC", text)
    for word in ("nặng lòng", "dẫn đầu", "kỹ thuật", "Nguyễn Thị Mỹ Hạnh", "Ủy ban nhân dân"):
        assert word in text


def test_every_task_and_count_in_body(report: bytes, plan_fx: Fixture) -> None:
    text = flat(all_text(report))
    for content in plan_fx.contents:
        assert flat(content) in text
    # counted independently from the fixture's own expectations
    expected = plan_fx.expected
    done = sum(e in ("done_on_time", "done_late") for e in expected)
    total = len(expected)
    assert f"đã hoàn thành {done}/{total} nhiệm vụ" in text
    assert f"hoàn thành đúng hạn {expected.count('done_on_time')} nhiệm vụ" in text
    assert f"hoàn thành quá hạn {expected.count('done_late')} nhiệm vụ" in text
    assert f"quá hạn chưa hoàn thành {expected.count('overdue')} nhiệm vụ" in text
    assert f"chưa thực hiện {expected.count('not_started')} nhiệm vụ" in text
    assert f"đang thực hiện {expected.count('in_progress')} nhiệm vụ" in text
    assert f"tạm dừng {expected.count('suspended')} nhiệm vụ" in text
    percent = f"{round(100 * done / total, 1)}".replace(".", ",")
    assert f"(đạt {percent}%)" in text
    assert f"Tính đến ngày {AS_OF.day}/{AS_OF.month}/{AS_OF.year}" in text
    for verdict in ("Chưa đạt", "Vượt", "Đạt"):
        assert verdict in text
    for heading in ("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
                    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ"):
        assert heading in text


@pytest.mark.parametrize(("day", "line"), [
    (date(2024, 2, 5), "Ba Đình, ngày 05 tháng 02 năm 2024"),
    (date(2024, 6, 15), "Ba Đình, ngày 15 tháng 6 năm 2024"),
    (date(2024, 1, 9), "Ba Đình, ngày 09 tháng 01 năm 2024"),
    (date(2024, 12, 3), "Ba Đình, ngày 03 tháng 12 năm 2024"),
])
def test_date_line_zero_padding(plan_fx: Fixture, day: date, line: str) -> None:
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, number="5", report_date=day, invariant=True)
    with open_pdf(pdf) as doc:
        when = find(doc.pages[0], line)
        assert when.italic
        assert find(doc.pages[0], "Số: 05/BC-UBND").size == 13


def test_draft_leaves_the_number_blank(plan_fx: Fixture) -> None:
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, invariant=True)
    assert "/BC-UBND" in all_text(pdf).split("\n")[2]


def test_office_header_governing_body(plan_fx: Fixture) -> None:
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, "unit", "NV", number="12", report_date=date(2024, 6, 17),
                   invariant=True)
    with open_pdf(pdf) as doc:
        page = doc.pages[0]
        governing = find(page, OFFICE_SETTINGS.governing_body)
        office = find(page, "PHÒNG NỘI VỤ")
        assert not governing.bold and governing.size == 12
        assert office.bold and office.size == 12 and office.top > governing.bottom
        assert governing.centre == pytest.approx(LEFT_CENTRE, abs=1.5)
        assert office.centre == pytest.approx(LEFT_CENTRE, abs=1.5)
        rule = rule_below(page, office)
        width = office.x1 - office.x0
        assert width / 3 <= rule["x1"] - rule["x0"] <= width / 2
        assert find(page, "Số: 12/BC-NV")
        assert find(page, "Kính gửi: Ủy ban nhân dân quận Ba Đình")
    text = flat(all_text(pdf))
    # the unit's own tasks only (lead or coordinator), never another unit's
    assert "Rà soát, đánh giá thực trạng đội ngũ trí thức" in text  # lead
    assert "Quán triệt, tuyên truyền Nghị quyết số 45-NQ/TW" in text  # coordinator
    assert "Khảo sát nhu cầu đào tạo sau đại học" not in text  # Phòng GD&ĐT's
    assert "Trần Văn Dũng" in text and "TRƯỞNG PHÒNG" in text


def test_party_layout(plan_fx: Fixture) -> None:
    pdf = generate(plan_fx.db, "137/KH-UBND", PERIOD, number="202", report_date=date(2024, 6, 18),
                   settings=PARTY_SETTINGS, invariant=True)
    with open_pdf(pdf) as doc:
        page = doc.pages[0]
        text_w = TEXT_W
        left_c, right_c = LEFT + text_w * 0.46 / 2, LEFT + text_w * 0.46 + text_w * 0.54 / 2
        party = find(page, "ĐẢNG CỘNG SẢN VIỆT NAM")
        assert party.bold and party.size == 15 and party.centre == pytest.approx(right_c, abs=1.5)
        rule = rule_below(page, party)
        assert rule["x1"] - rule["x0"] == pytest.approx(party.x1 - party.x0, abs=2.0)
        upper_body = find(page, "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
        assert not upper_body.bold and upper_body.size == 14 and upper_body.centre == pytest.approx(left_c, abs=1.5)
        committee = find(page, "QUẬN ỦY THANH XUÂN")
        assert committee.bold and committee.size == 14
        star = find(page, "*")
        assert star.top > committee.bottom and star.centre == pytest.approx(left_c, abs=1.5)
        number = find(page, "Số 202-BC/QU")
        assert number.size == 14 and number.centre == pytest.approx(left_c, abs=1.5)
        when = find(page, "Thanh Xuân, ngày 18 tháng 6 năm 2024")
        assert when.italic and when.size == 14
        kind = find(page, "BÁO CÁO")
        assert kind.bold and kind.size == 16
        assert not [r for r in runs(page) if "CỘNG HÒA" in r.text]
        assert len([ln for ln in rules(page) if ln["top"] < number.top]) == 1  # no short rule on the left
        last = doc.pages[-1]
        assert find(last, "T/M BAN THƯỜNG VỤ").bold
        assert find(last, "K/T BÍ THƯ").bold
        assert find(last, "- Lưu: Văn phòng Quận ủy.")
