"""Which units a task names: the lead ("chủ trì") and the coordinating ones ("phối hợp"), as the
text writes them — "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã …",
"(Cơ quan chủ trì: …; cơ quan phối hợp: …)", a table's columns."""

from __future__ import annotations

import re

# words a unit's name starts with (the directory match is the preview's business)
UNIT_WORDS = (
    "Phòng",
    "Văn phòng",
    "Sở",
    "Ban",
    "UBND",
    "Ủy ban",
    "Uỷ ban",
    "Công an",
    "Trung tâm",
    "Trạm",
    "Đoàn",
    "Hội",
    "Mặt trận",
    "MTTQ",
    "Quân sự",
    "Ban Chỉ huy",
    "Đảng ủy",
    "Đảng uỷ",
    "Trường",
    "Bộ phận",
    "Cục",
    "Chi cục",
    "Kho bạc",
    "Bảo hiểm",
    "BHXH",
    "Công chức",
    "Tổ",
    "Hợp tác xã",
    "Bệnh viện",
    "Liên đoàn",
    "Thành đoàn",
    "Huyện đoàn",
    "Tỉnh đoàn",
    "Đài",
    "Báo",
    "Chi nhánh",
    "Cơ quan",
    "Hạt",
    "Đội",
    "Viện",
    "Ngân hàng",
    "Thanh tra",
    "Bưu điện",
    "Viettel",
    "VNPT",
    "Chi bộ",
    "Đảng bộ",
    "Thường trực",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Lãnh đạo",
    "Tòa án",
    "Viện kiểm sát",
    "Liên minh",
    "Hiệp hội",
    "Doanh nghiệp",
    "Các phòng",
    "Các cơ quan",
    "Các đơn vị",
    "Các xã",
    "Các phường",
    "Các tổ chức",
    "Các trường",
    "Các ban",
    "Các sở",
    "Các ngành",
    "Cấp ủy",
    "Cấp uỷ",
    "HĐND",
    "Hội đồng",
    "Ủy ban Kiểm tra",
    "UBKT",
    "Ban Tuyên giáo",
    "Ban Dân vận",
    "Ban Tổ chức",
)
_UNIT_START = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(UNIT_WORDS, key=len, reverse=True)) + r")(?=[\s,.;:)]|$)",
    re.IGNORECASE,
)
_NAME = r"[^;()\n]+?"
_GENERIC = re.compile(
    r"^(?:các|những)?\s*(?:cơ quan|đơn vị|phòng|ban|ngành|tổ chức|địa phương|cá nhân)"
    r"(?:[, ]+(?:cơ quan|đơn vị|phòng|ban|ngành|tổ chức|địa phương|đoàn thể))*"
    r"\s*(?:có\s+)?liên quan$|^(?:các )?(?:cơ quan|đơn vị|địa phương)$",
    re.IGNORECASE,
)
# verbs a unit's name is followed by ("… phối hợp với Công an xã kiểm tra …"); matched in lower case
# only, since the same words start names in capitals ("Ban Xây dựng Đảng")
_VERBS = (
    "thực hiện",
    "triển khai",
    "tổ chức",
    "tham mưu",
    "theo dõi",
    "hướng dẫn",
    "xây dựng",
    "kiểm tra",
    "rà soát",
    "chỉ đạo",
    "đôn đốc",
    "tuyên truyền",
    "báo cáo",
    "cung cấp",
    "hoàn thành",
    "phối hợp",
    "quán triệt",
    "chịu trách nhiệm",
    "tư vấn",
    "hỗ trợ",
    "vận động",
    "giám sát",
    "đánh giá",
    "tập huấn",
    "bồi dưỡng",
    "phổ biến",
    "khảo sát",
    "cập nhật",
    "số hóa",
    "thu thập",
    "duy trì",
    "nâng cao",
    "đẩy mạnh",
    "giải quyết",
    "tiếp nhận",
    "quản lý",
    "tham gia",
    "phát động",
    "biên soạn",
    "ban hành",
    "trình",
    "lập",
    "thẩm định",
    "kiện toàn",
    "xử lý",
    "bố trí",
    "phát triển",
    "công khai",
    "trong",
    "để",
    "nhằm",
    "theo",
    "đảm bảo",
    "bảo đảm",
    "tại",
    "về",
    "cho",
    "đối với",
)
_VERB_RE = "|".join(re.escape(v) for v in sorted(_VERBS, key=len, reverse=True))
_STOP = re.compile(r"\s+(?:" + _VERB_RE + r")(?=[\s,;.]|$).*$")
_LABELLED_LEAD = re.compile(
    r"(?:cơ quan|đơn vị|bộ phận)?\s*chủ trì(?: thực hiện)?\s*:\s*(" + _NAME + r")\s*(?:[;.)]|$)", re.IGNORECASE
)
_LABELLED_WITH = re.compile(
    r"(?:cơ quan|đơn vị|bộ phận)?\s*phối hợp(?: thực hiện)?\s*:\s*(" + _NAME + r")\s*(?:[;)]|\.\s|\.$|$)", re.IGNORECASE
)
_LABELLED_BY = re.compile(
    r"(?:(?:cơ quan|đơn vị|bộ phận) |(?<![a-zà-ỹ] ))thực hiện\s*:\s*(" + _NAME + r")\s*(?:[;.)]|$)", re.IGNORECASE
)
_UNIT_COLON = re.compile(r"^\s*(" + _NAME + r")\s*:\s+\S")  # "Sở Nội vụ: Tham mưu …"
_LEAD = re.compile(
    r"(?:^|[(;.:]\s*|\bgiao\s+|\bđề nghị\s+)(" + _NAME + r")\s+(?:là cơ quan\s+|làm\s+)?chủ trì\b", re.IGNORECASE
)
_WITH = re.compile(
    r"chủ trì\b[^;()]*?\bphối hợp(?: chặt chẽ)?(?: với)?\s+("
    + _NAME
    + r")\s*(?:[;.)]|$|\s+(?:"
    + _VERB_RE
    + r")(?=[\s,;.]|$))"
)
_WITH_AFTER = re.compile(r"[,;]\s*(" + _NAME + r")\s+phối hợp\s*[;.)]?", re.IGNORECASE)
_ASSIGN = re.compile(
    r"\bgiao\s+(" + _NAME + r")\s+(?:thực hiện|triển khai|tham mưu|tổ chức|theo dõi|hướng dẫn)", re.IGNORECASE
)


_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# a unit's name ends with its administrative level ("Hội Người cao tuổi xã", "Công an phường Tân
# Phong"); lower-case words after it are the sentence going on ("… xã khám sức khỏe")
_AFTER_PLACE = re.compile(r"^(.*?\b(?:xã|phường|huyện|tỉnh|quận|thị trấn|thành phố|thị xã)"
                          r"(?:\s+[" + _UPPER + r"0-9][^\s,;]*)*)\s+[a-zđà-ỹ].*$")


def trim_name(name: str) -> str:
    found = _AFTER_PLACE.match(name)
    return found.group(1) if found else name


def is_unit_name(text: str) -> bool:
    return bool(_UNIT_START.match(text.strip()))


def split_units(text: str) -> list[str]:
    """Unit names in a list: "Phòng Văn hóa, Khoa học và Thông tin, Công an xã và các đơn vị liên
    quan" → ["Phòng Văn hóa, Khoa học và Thông tin", "Công an xã"] — a comma or "và" only separates
    names when what follows starts like a unit's name."""
    text = re.sub(r"\s+", " ", text).strip(" .;:,")
    text = re.sub(
        r"(HĐND|Hội đồng nhân dân)\s+và\s+(UBND|Ủy ban nhân dân)", lambda m: f"{m.group(1)}\x00{m.group(2)}", text
    )  # one office
    pieces = [p.strip() for p in re.split(r"[,;]|\n", text) if p.strip()]
    names: list[str] = []
    for piece in pieces:
        parts = re.split(r"\s+(?:và|với)\s+", piece)
        for i, part in enumerate(parts):
            part = part.strip(" .;:")
            joiner = ", " if i == 0 else " và "
            if names and not is_unit_name(part) and not _GENERIC.match(part) and not names[-1].endswith(":"):
                names[-1] += joiner + part
            else:
                names.append(part)
    names = [trim_name(n.replace("\x00", " và ").strip(" .")) for n in names]
    return [n for n in names if n and not _GENERIC.match(n)]


# "Rà soát quy trình. Giao Phòng Nội vụ chủ trì": the task's own sentence ends before "Giao"
_ASSIGNING = re.compile(r"[.;:]\s+(?=(?:giao|đề nghị|do)\s)", re.IGNORECASE)


def _lead_name(text: str) -> str | None:
    text = _ASSIGNING.split(text)[-1]
    text = _STOP.sub("", text.strip(" ,.;:"))
    text = re.sub(r"^(?:giao|đề nghị|do)\s+", "", text, flags=re.IGNORECASE).strip()
    if not text or not is_unit_name(text):
        return None
    return trim_name(text.strip(" ,.;"))


def find_units(text: str) -> tuple[str | None, list[str]]:
    """(lead unit, coordinating units) named in a task's text; (None, []) when it names none."""
    lead: str | None = None
    others: list[str] = []
    found = _LABELLED_LEAD.search(text) or _LABELLED_BY.search(text)
    if found:
        names = split_units(found.group(1))
        if names:
            lead, others = names[0], names[1:]
    if lead is None:
        found = _UNIT_COLON.match(text)
        if found and is_unit_name(found.group(1)) and len(found.group(1).split()) <= 12:
            lead = found.group(1).strip()
    if lead is None:
        for found in _LEAD.finditer(text):
            name = _lead_name(found.group(1))
            if name:
                lead = name
                break
    if lead is None:
        found = _ASSIGN.search(text)
        if found:
            lead = _lead_name(found.group(1))
    with_found = _LABELLED_WITH.search(text) or _WITH.search(text) or _WITH_AFTER.search(text)
    if with_found and lead is not None:
        others += [n for n in split_units(_STOP.sub("", with_found.group(1))) if n != lead]
    return lead, others
