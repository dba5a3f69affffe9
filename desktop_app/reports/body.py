"""The body of a portrait report as neutral blocks, so the PDF and the DOCX print the same text."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.status import ReportStatus
from desktop_app.reports.data import ReportData, TaskLine
from desktop_app.reports.grids import Grid, counts_grid
from desktop_app.reports.narrative import SECTION_TITLES
from desktop_app.reports.texts import long_date, nfc, one_date_style, short_date, upper

CHART_BLOCKS = ("status_chart", "target_chart")  # pictures: the PDF draws them, the DOCX leaves them out


@dataclass(frozen=True)
class Block:
    """A heading, a paragraph (runs of plain / bold text) or a table placeholder."""

    kind: str  # heading | subheading | minor | para | targets | overdue_table | status_chart | target_chart
    runs: tuple[tuple[str, bool], ...] = ()
    group: int = -1  # overdue_table: index into data.groups
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


def _para(text: str) -> Block:
    return Block("para", ((one_date_style(nfc(text)), False),))


def _paras(text: str) -> list[Block]:
    return [_para(line) for line in nfc(text).split("\n") if line.strip()]


def _heading(text: str, kind: str = "heading") -> Block:
    return Block(kind, ((nfc(text), True),), keep_with_next=True)


def counts_sentence(data: ReportData) -> str:
    """The computed paragraph of section II: x/y done, z overdue …"""
    c = data.counts
    text = (f"Tổng số {c.total} nhiệm vụ thuộc {len(data.groups)} nhóm nhiệm vụ, giải pháp. "
            f"Tính đến ngày {short_date(data.as_of)}, đã hoàn thành {c.done}/{c.total} nhiệm vụ "
            f"(đạt {c.percent_done}), trong đó hoàn thành đúng hạn {c.done_on_time} nhiệm vụ, "
            f"hoàn thành quá hạn {c.done_late} nhiệm vụ; đang thực hiện {c.in_progress} nhiệm vụ; "
            f"quá hạn chưa hoàn thành {c.overdue} nhiệm vụ; chưa thực hiện {c.not_started} nhiệm vụ")
    if c.suspended:
        text += f"; tạm dừng {c.suspended} nhiệm vụ"
    text += "."
    if data.not_reported:
        text += f" Đơn vị chưa gửi báo cáo kỳ này: {', '.join(data.not_reported)}."
    if data.cadence_note:
        text += " " + data.cadence_note
    if data.drafts_counted:
        text += " Số liệu có tính cả các bản cập nhật đơn vị chưa gửi."
    return text


def task_blocks(t: TaskLine) -> list[Block]:
    who = f"chủ trì: {t.lead_unit}" if t.lead_unit else "chưa giao đơn vị chủ trì"
    if t.role:
        who = f"vai trò: {t.role.lower()}"
    share = f" ({t.percent}%)" if t.percent and not t.is_done else ""
    head = Block("para", (
        (one_date_style(nfc(f"- Nhiệm vụ {t.number}: {t.content.rstrip('.')} ({who}; thời hạn: {t.deadline}). "
                            "Tình trạng: ")), False),
        (nfc(t.status_label), True),
        (nfc(share + "."), False)))
    out = [head]
    for index, line in enumerate(x for x in nfc(t.result).split("\n") if x.strip()):
        out.append(_para(("Kết quả: " if index == 0 else "") + line))
    return out


def body_blocks(data: ReportData) -> list[Block]:
    """Everything between the title block and the signature, in order."""
    blocks = _paras(data.section("mo_dau"))
    if data.kind == "overdue":
        if not data.groups:
            blocks.append(_para("Không có nhiệm vụ quá hạn hoặc sắp đến hạn."))
        for index, group in enumerate(data.groups):
            overdue = sum(1 for t in group.tasks if t.status == ReportStatus.OVERDUE)
            blocks.append(_heading(f"{group.number}. {group.title} ({overdue} nhiệm vụ quá hạn, "
                                   f"{len(group.tasks) - overdue} nhiệm vụ sắp đến hạn)", "subheading"))
            blocks.append(Block("overdue_table", group=index))
        blocks.append(_para("Đề nghị các đơn vị khẩn trương triển khai thực hiện các nhiệm vụ nêu trên và cập "
                            "nhật kết quả thực hiện đúng thời hạn."))
        return blocks
    blocks += [_heading(SECTION_TITLES["chi_dao"]), *_paras(data.section("chi_dao"))]
    blocks += [_heading(SECTION_TITLES["ket_qua"]), _heading("1. Kết quả chung", "subheading"),
               _para(counts_sentence(data))]
    if data.kind == "progress" and data.by_group:
        blocks.append(Block("status_chart"))  # drawn by the PDF; the DOCX has none (CHART_BLOCKS)
    blocks += _paras(data.section("ket_qua"))
    title = ("2. Kết quả thực hiện các nhiệm vụ được giao" if data.kind == "unit"
             else "2. Kết quả thực hiện các nhóm nhiệm vụ, giải pháp")
    blocks.append(_heading(title, "subheading"))
    for index, group in enumerate(data.groups, start=1):
        c = group.counts
        blocks.append(_heading(f"2.{index}. {group.title}", "minor"))
        blocks.append(_para(f"Hoàn thành {c.done}/{c.total} nhiệm vụ; quá hạn chưa hoàn thành {c.overdue} nhiệm vụ."))
        for t in group.tasks:
            blocks += task_blocks(t)
    if data.targets:
        blocks += [_heading("3. Kết quả thực hiện các chỉ tiêu", "subheading"), Block("targets")]
        if data.kind == "progress":
            blocks.append(Block("target_chart"))
    for key in ("ton_tai", "phuong_huong", "de_xuat"):
        blocks += [_heading(SECTION_TITLES[key]), *_paras(data.section(key))]
    return blocks


def recipients_lines(data: ReportData) -> list[str]:
    """"- UBND Thành phố;" … "- Lưu: VT, NV." (the last one ends with a full stop)."""
    items = [f"- {nfc(r).rstrip(';.')};" for r in data.settings.recipients if r.strip()]
    if data.kind == "overdue":
        items = [f"- {g.title};" for g in data.groups] + items
    items.append(f"- Lưu: {data.settings.archive or 'VT'}.")
    return items


def recipient_to(data: ReportData) -> str:
    """"Kính gửi" target: a unit's report goes to the plan's issuer."""
    if data.settings.recipient_to:
        return data.settings.recipient_to
    return data.plan_issuer if data.kind == "unit" else ""


def appendix_heading(data: ReportData) -> tuple[str, str, str]:
    """An appendix's (or task list's) "Phụ lục", its title and "(Kèm theo …)"."""
    if data.kind == "task_list":
        title = "DANH MỤC NHIỆM VỤ"
        basis = f"Kế hoạch số {data.plan_reference}"
        if data.plan_issued_on:
            basis += f" {long_date(data.plan_issued_on)}"
        if data.plan_issuer:
            basis += f" của {data.plan_issuer}"
    else:
        title = upper(f"Kết quả thực hiện các nhiệm vụ của Kế hoạch số {data.plan_reference} {data.period_label}")
        basis = f"Báo cáo số {data.reference} {long_date(data.report_date)}"
        if data.settings.issuer_name:
            basis += f" của {data.settings.issuer_name}"
    return "Phụ lục", nfc(title), nfc(f"(Kèm theo {basis})")


def appendix_summaries(data: ReportData) -> list[tuple[str, Grid]]:
    """The count tables under an appendix's task table, with their titles (none in a task list)."""
    if data.kind != "appendix":
        return []
    return [("TỔNG HỢP KẾT QUẢ THEO NHÓM NHIỆM VỤ", counts_grid("Nhóm nhiệm vụ, giải pháp", data.by_group)),
            ("TỔNG HỢP KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ", counts_grid("Đơn vị chủ trì", data.by_unit))]
