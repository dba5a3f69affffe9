"""The plan's own header (issuing body, "Số: …", place and date, trích yếu) and the documents it
implements, read from the "Căn cứ …" / "Thực hiện …" sentences."""

from __future__ import annotations

import re
from datetime import date

from desktop_app.domain.text import fold
from desktop_app.reading.model import DocumentRef, PlanHeader

_NUMBER = re.compile(r"^\s*Số\s*:?\s*(\d*\s*[\w./-]*?\s*[-/]\s*[\wĐđ./-]+)", re.IGNORECASE)
_MOTTO_IN_LINE = re.compile(
    r"\s*(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*|\s*Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc\s*"
    r"|\s*ĐẢNG CỘNG SẢN VIỆT NAM\s*",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(r"^\s*([^\d,]{2,60}?),?\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_MOTTO = ("cong hoa xa hoi", "chu nghia viet nam", "doc lap", "dang cong san viet nam")
_KIND_WORD = re.compile(r"^(KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)\b\s*[:.]?\s*(.*)$")
_DOC_TYPES = (
    "Chương trình hành động",
    "Chương trình",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Chỉ thị",
    "Kế hoạch",
    "Thông tư liên tịch",
    "Thông tư",
    "Công văn",
    "Văn bản",
    "Hướng dẫn",
    "Kết luận",
    "Thông báo kết luận",
    "Thông báo",
    "Đề án",
    "Luật",
    "Công điện",
    "Quy định",
    "Điều lệ",
)
_TYPE_RE = "|".join(re.escape(t) for t in sorted(_DOC_TYPES, key=len, reverse=True))
_DOC = re.compile(
    r"(?P<type>" + _TYPE_RE + r")\s+(?:liên tịch\s+)?(?:số\s*)?(?P<num>\d+[\w./]*(?:[-/][\wĐđ.]+)+)"
    r"(?:\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*(?:/|tháng)\s*(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>.+?))?"
    r"(?=\s+(?:về|v/v|ban hành|quy định|hướng dẫn|triển khai|thực hiện|phê duyệt)\b|\s*[;,“\"]|\s*$|\s+(?:"
    + _TYPE_RE
    + r")\b)",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"^\s*(?:về|v/v)?\s*(?:việc\s+)?[“\"](?P<q>[^”\"]+)[”\"]|^\s*(?:về|v/v)\s+(?P<t>.+?)(?=;|\s*$|,\s*(?:"
    + _TYPE_RE
    + r")\b|\s+của\s)",
    re.IGNORECASE,
)
_NEXT_CITATION = re.compile(r"^(?:việc\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)\s+(?:" + _TYPE_RE + r")\b",
                            re.IGNORECASE)
_CHAIN_START = re.compile(r"^\s*(?:[-–+•]\s*)?(?:Căn cứ|Thực hiện|Triển khai|Thực hiện chỉ đạo|Theo)\b", re.IGNORECASE)


def _day(d: str | None, m: str | None, y: str | None) -> date | None:
    if not (d and m and y):
        return None
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _doc_type(word: str) -> str:
    for name in _DOC_TYPES:
        if fold(name) == fold(word):
            return name
    return word


def is_chain_sentence(text: str) -> bool:
    return bool(_CHAIN_START.match(text)) and bool(_DOC.search(text))


def find_documents(text: str) -> list[DocumentRef]:
    """Every document a sentence cites, in order: type, number/symbol, date, issuer, title."""
    refs: list[DocumentRef] = []
    previous_end = None
    for found in _DOC.finditer(text):
        between = text[previous_end:found.start()] if previous_end is not None else ""
        implementing = re.search(r"\b(?:thực hiện|triển khai)\s*$", between.strip(" ,;“\""), re.IGNORECASE)
        if refs and implementing and ";" not in between:
            refs[-1].implements = found.group("num").rstrip(".,")
        previous_end = found.end()
        issuer = found.group("issuer")
        if issuer:
            issuer = re.split(r"\s+(?:về|v/v)\b|[;,“\"]", issuer)[0].strip() or None
        title = None
        after = _TITLE.match(text[found.end() :])
        if after:
            title = (after.group("q") or after.group("t") or "").strip(" .;") or None
            if title:
                title = _cut_at_issuer(title)
            if title and _NEXT_CITATION.match(title):
                title = None  # "về thực hiện Nghị quyết số …": the next citation, not a title
        refs.append(
            DocumentRef(
                _doc_type(found.group("type")),
                found.group("num").rstrip(".,"),
                _day(found.group("d"), found.group("m"), found.group("y")),
                issuer,
                title,
            )
        )
    return refs


def _cut_at_issuer(title: str) -> str | None:
    """"… năm 2025, UBND phường ban hành Kế hoạch như sau:" ends the title before the issuer."""
    from desktop_app.reading.assignments import is_unit_name

    for found in re.finditer(r",\s+", title):
        if is_unit_name(title[found.end():]):
            return title[: found.start()].strip(" .;") or None
    return title


def is_motto(text: str) -> bool:
    folded = fold(text)
    return any(folded.startswith(m) for m in _MOTTO) or folded.strip("-_* ") == ""


def read_header(lines: list[str]) -> tuple[PlanHeader, set[int]]:
    """The plan header found in the lines before the first section, and which lines it used."""
    header = PlanHeader()
    used: set[int] = set()
    issuer_lines: list[str] = []
    kind_at = None
    inline_title = False  # "KẾ HOẠCH thực hiện …" on one line (a title broken after the kind word)
    for i, text in enumerate(lines):
        stripped = _MOTTO_IN_LINE.sub(" ", text).strip(" |-")
        if not stripped:
            used.add(i)
            continue
        found_num = _NUMBER.match(stripped)
        found_date = _PLACE_DATE.match(stripped)
        if found_num and header.number_symbol is None:
            header.number_symbol = re.sub(r"\s+", "", found_num.group(1)).rstrip(".")
            used.add(i)
            rest = stripped[found_num.end() :]
            found_date = _PLACE_DATE.match(rest) or found_date
        if found_date and header.date is None:
            header.place = found_date.group(1).strip(" ,") or None
            header.date = _day(found_date.group(2), found_date.group(3), found_date.group(4))
            used.add(i)
            continue
        if found_num:
            continue
        if is_motto(stripped):
            used.add(i)
            continue
        kind = _KIND_WORD.match(stripped)
        if kind and kind_at is None:
            kind_at = i
            used.add(i)
            if kind.group(2):
                header.title = kind.group(2).strip()
                inline_title = True
            continue
        if kind_at is None and header.number_symbol is None and stripped.upper() == stripped and len(stripped) < 80:
            issuer_lines.append(stripped.strip("* -"))
            used.add(i)
            continue
        title_line = kind_at is not None and i == kind_at + 1 and not inline_title
        if (
            kind_at is not None
            and i == max(used) + 1
            and len(stripped) < 300
            and (title_line or not _CHAIN_START.match(stripped))
        ):
            header.title = f"{header.title} {stripped}".strip() if header.title else stripped
            used.add(i)
            continue
    issuer_lines = [s for s in issuer_lines if s]
    if issuer_lines:
        if fold(issuer_lines[0]) in ("uy ban nhan dan", "ubnd", "hoi dong nhan dan") and len(issuer_lines) > 1:
            header.issuer = f"{issuer_lines[0]} {issuer_lines[1]}"
        else:
            header.issuer = issuer_lines[-1]
    return header, used
