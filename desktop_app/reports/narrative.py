"""Draft text of a report's narrative sections, generated from the plan and the progress texts.

The clerk edits every section before issuing; the draft only states what the data says (no
invented praise or causes). Each section is plain text, one paragraph per line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.status import ReportStatus
from desktop_app.reports import texts

if TYPE_CHECKING:
    from desktop_app.reports.data import ReportData, TaskLine

SECTION_KEYS = ("trich_yeu", "mo_dau", "chi_dao", "ket_qua", "ton_tai", "phuong_huong", "de_xuat")
SECTION_TITLES = {
    "trich_yeu": "Trích yếu",
    "mo_dau": "Mở đầu",
    "chi_dao": "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
    "ket_qua": "II. KẾT QUẢ THỰC HIỆN",
    "ton_tai": "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
    "phuong_huong": "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    "de_xuat": "V. ĐỀ XUẤT, KIẾN NGHỊ",
}
MAX_LISTED = 30


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for item in items:
        item = item.strip().rstrip(";.").strip()
        if item and item not in seen:
            seen.add(item)
            result.append(item)
    return result


def _who(line: TaskLine) -> str:
    return line.lead_unit or "chưa giao đơn vị chủ trì"


def _listed(lines: list[str], more: int) -> list[str]:
    if not lines:
        return []
    out = [f"- {text};" for text in lines[:-1]] + [f"- {lines[-1]}."]
    if more > 0:
        out[-1] = out[-1][:-1] + ";"
        out.append(f"- Và {more} nhiệm vụ khác (chi tiết tại Phụ lục).")
    return out


def mo_dau(data: ReportData) -> str:
    """The opening sentence before section I."""
    who = (data.unit_name if data.kind == "unit" else (data.settings.issuer_name or data.plan_issuer)) or "Đơn vị"
    if data.kind == "overdue":
        return (f"Căn cứ kết quả cập nhật tiến độ thực hiện {data.own_citation} tính đến ngày "
                f"{texts.short_date(data.as_of)}, {who} thông báo danh sách các nhiệm vụ quá hạn, sắp đến hạn "
                "như sau:")
    if data.kind != "progress" and data.kind != "unit":
        return ""
    return f"{who} báo cáo kết quả thực hiện {data.own_citation} trong {data.period_label} như sau:"


def chi_dao(data: ReportData) -> str:
    lines = [t for g in data.groups for t in g.tasks]
    plan = f"Kế hoạch số {data.plan_reference}"
    if data.plan_issued_on:
        plan += f" ngày {texts.short_date(data.plan_issued_on)}"
    about = f" về {texts.lower_first(data.plan_title)}" if data.plan_title else ""
    paragraphs = []
    if data.kind == "unit":
        lead = sum(1 for t in lines if t.role == "Chủ trì")
        paragraphs.append(
            f"Thực hiện {data.plan_citation}{about}, {data.unit_name} đã phân công cán bộ theo dõi, "
            f"triển khai {len(lines)} nhiệm vụ được giao (chủ trì {lead} nhiệm vụ, phối hợp "
            f"{len(lines) - lead} nhiệm vụ).")
    else:
        # a document the plan's title already cites is not cited a second time in the sentence
        cited = [c for c in data.implements if not texts.cites_same(c, about)]
        basis = f"Thực hiện {'; '.join(cited)}, " if cited else ""
        issuer = data.plan_issuer or data.settings.issuer_name or "đơn vị"
        sentence = f"{basis}{issuer} đã ban hành {plan}{about}."
        paragraphs.append(sentence[0].upper() + sentence[1:])
        units = {t.lead_unit for t in lines if t.lead_unit}
        paragraphs.append(
            f"Kế hoạch gồm {len(data.groups)} nhóm nhiệm vụ, giải pháp với {len(lines)} nhiệm vụ, "
            f"giao {len(units)} đơn vị chủ trì thực hiện.")
    refs = _unique([r for t in lines for r in t.references.split("\n")])
    if refs:
        paragraphs.append("Các văn bản chỉ đạo, triển khai đã ban hành: " + "; ".join(refs) + ".")
    return "\n".join(paragraphs)


def ton_tai(data: ReportData) -> str:
    lines = [t for g in data.groups for t in g.tasks]
    c = data.counts
    paragraphs = []
    overdue = [t for t in lines if t.status == ReportStatus.OVERDUE]
    if overdue:
        named = ", ".join(f"{t.number} ({_who(t)})" for t in overdue[:MAX_LISTED])
        if len(overdue) > MAX_LISTED:
            named += f" và {len(overdue) - MAX_LISTED} nhiệm vụ khác"
        paragraphs.append(f"Còn {c.overdue} nhiệm vụ quá hạn chưa hoàn thành: nhiệm vụ {named}.")
    if c.done_late:
        paragraphs.append(f"Có {c.done_late} nhiệm vụ hoàn thành chậm so với thời hạn.")
    if c.not_started:
        paragraphs.append(f"Có {c.not_started} nhiệm vụ chưa triển khai thực hiện.")
    if not paragraphs:
        paragraphs.append("Các nhiệm vụ đến hạn trong kỳ đã được hoàn thành đúng thời hạn.")
    causes = _unique([f"Nhiệm vụ {t.number} ({_who(t)}): {t.difficulties}" for t in lines if t.difficulties])
    if causes:
        paragraphs.append("Nguyên nhân, khó khăn, vướng mắc do các đơn vị báo cáo:")
        shown = causes[:MAX_LISTED]
        paragraphs += _listed(shown, 0)
    else:
        paragraphs.append("Nguyên nhân: các đơn vị chưa báo cáo khó khăn, vướng mắc.")
    return "\n".join(paragraphs)


def phuong_huong(data: ReportData) -> str:
    lines = [t for g in data.groups for t in g.tasks]
    order = {ReportStatus.OVERDUE: 0, ReportStatus.IN_PROGRESS: 1, ReportStatus.NOT_STARTED: 2,
             ReportStatus.SUSPENDED: 3}
    pending = sorted((t for t in lines if not t.is_done), key=lambda t: order.get(t.status, 9))
    if not pending:
        return "Tiếp tục duy trì thực hiện các nhiệm vụ thường xuyên của Kế hoạch; theo dõi, đôn đốc các " \
               "đơn vị báo cáo kết quả đúng thời hạn."
    items = [f"{t.content.rstrip('.;')} ({_who(t)}; thời hạn: {t.deadline})" for t in pending[:MAX_LISTED]]
    return "\n".join(["Tiếp tục triển khai các nhiệm vụ chưa hoàn thành, tập trung vào các nhiệm vụ sau:",
                      *_listed(items, len(pending) - MAX_LISTED)])


def de_xuat(data: ReportData) -> str:
    proposals = _unique([p for t in data.tasks for p in t.proposals.split("\n")])
    if not proposals:
        return "Không có."
    return "\n".join(_listed(proposals[:MAX_LISTED], 0))


def draft_sections(data: ReportData) -> dict[str, str]:
    """A first draft of every narrative section, from the report's own data."""
    return {
        "trich_yeu": data.summary,
        "mo_dau": mo_dau(data),
        "chi_dao": chi_dao(data),
        "ket_qua": "",
        "ton_tai": ton_tai(data),
        "phuong_huong": phuong_huong(data),
        "de_xuat": de_xuat(data),
    }
