"""A realistic demo database built from two real plans implementing Nghị quyết 45-NQ/TW.

* UBND quận Ba Đình's plan implementing Kế hoạch 137/KH-UBND of UBND Thành phố Hà Nội (the number
  215/KH-UBND is invented; the content, four groups of tasks, targets and vision follow the
  published article);
* Quận ủy Thanh Xuân's Kế hoạch 202-KH/QU of 18/6/2024 implementing Chương trình hành động
  30-CTr/TU of Thành ủy Hà Nội.

Everything is written through the services, like any other change, so the demo also exercises the
audit log. The progress of 2024 and 2025 is generated from ``random.Random(seed)``: the same seed
and the same ``today`` always give the same content (ids and time stamps differ).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from desktop_app.db.models import Progress, Unit
from desktop_app.domain.kinds import Direction, DocType, UnitKind
from desktop_app.domain.periods import Period, PeriodKind, half_year, parse_period, quarter, year_period
from desktop_app.domain.schedule import Schedule, ScheduleKind
from desktop_app.domain.status import ProgressStatus
from desktop_app.domain.symbols import format_number_symbol
from desktop_app.services import documents, plans, progress, review, targets, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.report_settings import ReportSettings, save_settings

FIRST_DEMO_YEAR = 2024


def demo_years(today: date) -> range:
    """2024 up to this year: the current period always has progress to show."""
    return range(FIRST_DEMO_YEAR, max(today.year, FIRST_DEMO_YEAR + 1) + 1)

# ---- units ------------------------------------------------------------------------------------
# (key, name, code, kind, parent key)
UNITS: list[tuple[str, str, str, UnitKind, str | None]] = [
    ("tp", "UBND Thành phố Hà Nội", "UBND-HN", UnitKind.PEOPLES_COMMITTEE, None),
    ("tu", "Thành ủy Hà Nội", "TU-HN", UnitKind.PARTY_COMMITTEE, None),
    # quận Ba Đình
    ("bd", "UBND quận Ba Đình", "UBND", UnitKind.PEOPLES_COMMITTEE, "tp"),
    ("bd.vp", "Văn phòng HĐND và UBND", "VP", UnitKind.OFFICE, "bd"),
    ("bd.pnv", "Phòng Nội vụ", "PNV", UnitKind.OFFICE, "bd"),
    ("bd.ptckh", "Phòng Tài chính - Kế hoạch", "PTCKH", UnitKind.OFFICE, "bd"),
    ("bd.pgd", "Phòng Giáo dục và Đào tạo", "PGDĐT", UnitKind.OFFICE, "bd"),
    ("bd.pyt", "Phòng Y tế", "PYT", UnitKind.OFFICE, "bd"),
    ("bd.pvh", "Phòng Văn hóa và Thông tin", "PVHTT", UnitKind.OFFICE, "bd"),
    ("bd.ptp", "Phòng Tư pháp", "PTP", UnitKind.OFFICE, "bd"),
    ("bd.pkt", "Phòng Kinh tế", "PKT", UnitKind.OFFICE, "bd"),
    ("bd.pqldt", "Phòng Quản lý đô thị", "PQLĐT", UnitKind.OFFICE, "bd"),
    ("bd.ttyt", "Trung tâm Y tế quận Ba Đình", "TTYT", UnitKind.OTHER, "bd"),
    ("bd.px", "Phường Phúc Xá", "P.PX", UnitKind.WARD, "bd"),
    ("bd.tb", "Phường Trúc Bạch", "P.TB", UnitKind.WARD, "bd"),
    ("bd.vph", "Phường Vĩnh Phúc", "P.VP", UnitKind.WARD, "bd"),
    ("bd.cv", "Phường Cống Vị", "P.CV", UnitKind.WARD, "bd"),
    ("bd.lg", "Phường Liễu Giai", "P.LG", UnitKind.WARD, "bd"),
    ("bd.nh", "Phường Ngọc Hà", "P.NH", UnitKind.WARD, "bd"),
    ("bd.db", "Phường Điện Biên", "P.ĐB", UnitKind.WARD, "bd"),
    ("bd.thcs", "Trường THCS Phan Chu Trinh", "THCS-PCT", UnitKind.SCHOOL, "bd"),
    ("bd.th", "Trường Tiểu học Ngọc Hà", "TH-NH", UnitKind.SCHOOL, "bd"),
    ("bd.tyt", "Trạm Y tế phường Điện Biên", "TYT-ĐB", UnitKind.HEALTH_STATION, "bd.db"),
    # quận Thanh Xuân
    ("qutx", "Quận ủy Thanh Xuân", "QU-TX", UnitKind.PARTY_COMMITTEE, "tu"),
    ("tx.btg", "Ban Tuyên giáo Quận ủy Thanh Xuân", "BTG-TX", UnitKind.OFFICE, "qutx"),
    ("tx.btc", "Ban Tổ chức Quận ủy Thanh Xuân", "BTC-TX", UnitKind.OFFICE, "qutx"),
    ("tx", "UBND quận Thanh Xuân", "UBND-TX", UnitKind.PEOPLES_COMMITTEE, "tp"),
    ("tx.vp", "Văn phòng HĐND và UBND quận Thanh Xuân", "VP-TX", UnitKind.OFFICE, "tx"),
    ("tx.pnv", "Phòng Nội vụ quận Thanh Xuân", "PNV-TX", UnitKind.OFFICE, "tx"),
    ("tx.ptckh", "Phòng Tài chính - Kế hoạch quận Thanh Xuân", "PTCKH-TX", UnitKind.OFFICE, "tx"),
    ("tx.pgd", "Phòng Giáo dục và Đào tạo quận Thanh Xuân", "PGDĐT-TX", UnitKind.OFFICE, "tx"),
    ("tx.pvh", "Phòng Văn hóa và Thông tin quận Thanh Xuân", "PVHTT-TX", UnitKind.OFFICE, "tx"),
    ("tx.kt", "Phường Khương Trung", "P.KT", UnitKind.WARD, "tx"),
    ("tx.nc", "Phường Nhân Chính", "P.NC", UnitKind.WARD, "tx"),
    ("tx.txb", "Phường Thanh Xuân Bắc", "P.TXB", UnitKind.WARD, "tx"),
]

BD_WARDS = ("bd.px", "bd.tb", "bd.vph", "bd.cv", "bd.lg", "bd.nh", "bd.db")
TX_WARDS = ("tx.kt", "tx.nc", "tx.txb")

# ---- documents --------------------------------------------------------------------------------
NQ45_TITLE = ("Về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển "
              "đất nước nhanh và bền vững trong giai đoạn mới")
# (key, type, number, symbol, issued, issuer, title, implements key)
DOCUMENTS: list[tuple[str, DocType, str, str, date, str, str, str | None]] = [
    ("nq45", DocType.NGHI_QUYET, "45", "NQ/TW", date(2023, 11, 24),
     "Ban Chấp hành Trung ương Đảng khóa XIII", NQ45_TITLE, None),
    ("ctr30", DocType.CHUONG_TRINH, "30", "CTr/TU", date(2024, 3, 8), "Ban Thường vụ Thành ủy Hà Nội",
     "Chương trình hành động thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung "
     "ương Đảng khóa XIII " + NQ45_TITLE[0].lower() + NQ45_TITLE[1:], "nq45"),
    ("kh137", DocType.KE_HOACH, "137", "KH-UBND", date(2024, 5, 4), "UBND Thành phố Hà Nội",
     "Thực hiện Chương trình hành động số 30-CTr/TU ngày 08/3/2024 của Thành ủy về thực hiện Nghị quyết "
     "số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", "ctr30"),
]

# ---- tasks ------------------------------------------------------------------------------------
QUARTERLY = Schedule(ScheduleKind.QUARTERLY)
CONTINUOUS = Schedule.continuous()


def _once(y: int, m: int, d: int) -> Schedule:
    return Schedule.once(date(y, m, d))


@dataclass(frozen=True)
class TaskSpec:
    content: str
    lead: str
    coordinators: tuple[str, ...]
    schedule: Schedule
    output: str
    doing: str  # what an in-progress report says ({n}, {m}, {k} are filled with numbers)
    done: str  # what a done report says
    fate: str = ""  # one-off tasks: on_time | late | overdue | not_started ; any: suspend
    ward_text: str = ""  # when set, one coordinating ward also reports its part each quarter


@dataclass(frozen=True)
class PlanSpec:
    key: str
    number: str
    symbol: str
    issued_on: date
    issuer: str
    implements: str
    title: str
    purpose: str
    requirements: str
    deadline_offset_days: int
    groups: list[tuple[str, list[TaskSpec]]]
    # (name, measure, baseline, baseline year, low, high, target year, direction, values by year)
    targets: list[tuple[str, str, float, int, float, float | None, int, Direction, dict[int, float]]]
    wards: tuple[str, ...] = field(default=())
    report_kind: PeriodKind = PeriodKind.QUARTER  # how often the units report on this plan


BA_DINH = PlanSpec(
    key="bd", number="215", symbol="KH-UBND", issued_on=date(2024, 5, 20), issuer="bd", implements="kh137",
    title="Thực hiện Kế hoạch số 137/KH-UBND ngày 04/5/2024 của UBND Thành phố Hà Nội về thực hiện Chương "
          "trình hành động số 30-CTr/TU ngày 08/3/2024 của Thành ủy về thực hiện Nghị quyết số 45-NQ/TW "
          "ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về “Tiếp tục xây dựng và phát huy "
          "vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai "
          "đoạn mới”",
    purpose="Đến năm 2030, phát triển đội ngũ trí thức quận cả về chất lượng, số lượng, đáp ứng yêu cầu phát "
            "triển kinh tế - xã hội của quận trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; trong đó "
            "tập trung nâng tỷ lệ những người có trình độ thạc sỹ từ 8% lên 10% trong tổng số người có trình "
            "độ đại học; khai thác có hiệu quả năng lực, trí tuệ của đội ngũ trí thức.\n"
            "Tạo cơ hội, điều kiện, động lực cho đội ngũ trí thức phát triển toàn diện, nâng cao năng lực, "
            "trình độ, cống hiến cho quận, Thủ đô, đất nước. Quan tâm đầu tư cho nghiên cứu ứng dụng khoa "
            "học, công nghệ trong lĩnh vực y tế, giáo dục và đào tạo.\n"
            "Tầm nhìn đến năm 2045, quận Ba Đình phát triển đội ngũ trí thức lớn mạnh, có chất lượng cao, cơ "
            "cấu hợp lý, đứng trong tốp đầu của Thủ đô; nhiều công trình khoa học đạt giải thưởng quốc gia, "
            "quốc tế; các trường mầm non, tiểu học, trung học cơ sở thuộc quận quản lý duy trì đạt chuẩn "
            "quốc gia, một số trường tiếp cận chuẩn quốc tế.",
    requirements="Các cơ quan, đơn vị, UBND các phường căn cứ chức năng, nhiệm vụ xây dựng kế hoạch cụ thể, "
                 "xác định rõ nội dung, thời gian, đơn vị chủ trì, phối hợp và sản phẩm; người đứng đầu chịu "
                 "trách nhiệm về kết quả thực hiện.\n"
                 "Định kỳ hằng quý báo cáo kết quả thực hiện về UBND quận (qua Phòng Nội vụ) để tổng hợp, báo "
                 "cáo UBND Thành phố (qua Sở Nội vụ) 6 tháng, hằng năm trước ngày 15/6 và 15/12.",
    deadline_offset_days=3,
    wards=BD_WARDS,
    groups=[
        ("Tiếp tục nâng cao nhận thức về vị trí, vai trò, tầm quan trọng của đội ngũ trí thức", [
            TaskSpec("Tổ chức quán triệt, triển khai Kế hoạch đến người đứng đầu các cơ quan, đơn vị, UBND các "
                     "phường; đổi mới tư duy, nâng cao, thống nhất nhận thức trong các cấp chính quyền về vị "
                     "trí, vai trò, tầm quan trọng của việc xây dựng đội ngũ trí thức",
                     "bd.pnv", ("bd.vp", *BD_WARDS), _once(2024, 6, 30),
                     "Hội nghị quán triệt; kế hoạch thực hiện của các cơ quan, đơn vị",
                     "Đã xây dựng dự thảo nội dung hội nghị, xin ý kiến {k} phòng chuyên môn.",
                     "Đã tổ chức Hội nghị quán triệt, triển khai Kế hoạch với {m} đại biểu là lãnh đạo các cơ "
                     "quan, đơn vị, UBND các phường; {n} đơn vị đã ban hành kế hoạch thực hiện.",
                     fate="on_time"),
            TaskSpec("Đổi mới nội dung, phương thức, nâng cao hiệu quả công tác tuyên truyền, vận động, tăng "
                     "cường sự đồng thuận của đội ngũ trí thức đối với đường lối, chủ trương của Đảng, chính "
                     "sách, pháp luật của Nhà nước",
                     "bd.pvh", BD_WARDS, CONTINUOUS,
                     "Tin, bài trên Cổng thông tin điện tử quận; pano, áp phích, bảng tin tổ dân phố",
                     "Đã đăng {n} tin, bài trên Cổng thông tin điện tử quận; tuyên truyền trên hệ thống loa "
                     "truyền thanh các phường.",
                     "Đã hoàn thành nội dung tuyên truyền của kỳ: {n} tin, bài trên Cổng thông tin điện tử "
                     "quận, {k} cụm pano tại các tuyến phố chính.",
                     ward_text="Đã tuyên truyền trên hệ thống loa truyền thanh, bảng tin của {n} tổ dân phố."),
            TaskSpec("Chú trọng đề cao vinh dự, đạo đức, tinh thần cống hiến, khát vọng phát triển, trách "
                     "nhiệm của đội ngũ trí thức đối với quận; biểu dương trí thức tiêu biểu nhân Ngày Nhà giáo "
                     "Việt Nam 20/11 và Ngày Thầy thuốc Việt Nam 27/2",
                     "bd.pnv", ("bd.pgd", "bd.pyt", "bd.pvh"), Schedule.yearly(11, 30),
                     "Quyết định khen thưởng; buổi gặp mặt biểu dương",
                     "Đang tổng hợp danh sách đề nghị biểu dương của {k} ngành giáo dục, y tế.",
                     "Đã tổ chức gặp mặt, biểu dương {n} trí thức tiêu biểu; UBND quận tặng giấy khen cho "
                     "{m} tập thể, cá nhân."),
            TaskSpec("Đề cao trách nhiệm của các cơ quan, tổ chức thuộc quận có nhiều trí thức, đảng viên trí "
                     "thức, nhất là trí thức làm lãnh đạo, quản lý, người đứng đầu; trách nhiệm nêu gương gắn "
                     "với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                     "bd.pnv", ("bd.pgd", "bd.pyt"), CONTINUOUS,
                     "Nội dung đánh giá trách nhiệm nêu gương trong kiểm điểm cuối năm",
                     "Tiếp tục đưa nội dung trách nhiệm nêu gương vào đánh giá, xếp loại người đứng đầu "
                     "{k} cơ quan, đơn vị.",
                     "Đã hoàn thành đánh giá trách nhiệm nêu gương của người đứng đầu {n} cơ quan, đơn vị."),
        ]),
        ("Tăng cường quản lý nhà nước; đổi mới công tác đào tạo, bồi dưỡng, sử dụng, đãi ngộ và tôn vinh "
         "trí thức, trọng dụng nhân tài", [
            TaskSpec("Xác định ngành, lĩnh vực trọng điểm của quận để phát huy tốt nhất năng lực, sự cống hiến, "
                     "tâm huyết của đội ngũ trí thức",
                     "bd.pnv", ("bd.ptckh", "bd.pgd", "bd.pyt", "bd.pkt"), _once(2024, 12, 31),
                     "Danh mục ngành, lĩnh vực trọng điểm trình UBND quận phê duyệt",
                     "Đã lấy ý kiến {k} phòng chuyên môn về dự thảo danh mục ngành, lĩnh vực trọng điểm.",
                     "UBND quận đã phê duyệt danh mục {n} ngành, lĩnh vực trọng điểm (giáo dục, y tế, chuyển "
                     "đổi số, quản lý đô thị …).", fate="late"),
            TaskSpec("Động viên trí thức phát huy quyền làm chủ, tham gia đóng góp vào hoạch định chính sách, "
                     "kế hoạch phát triển các ngành, lĩnh vực của quận; kịp thời lắng nghe, giải quyết tâm tư, "
                     "nguyện vọng hợp pháp, chính đáng của đội ngũ trí thức trên địa bàn",
                     "bd.vp", ("bd.pnv", "bd.ptp"), CONTINUOUS,
                     "Ý kiến của trí thức được tiếp nhận, trả lời",
                     "Đã tiếp nhận {n} ý kiến, kiến nghị của trí thức; đang phối hợp trả lời {k} ý kiến.",
                     "Đã tiếp nhận và trả lời {n}/{n} ý kiến, kiến nghị của trí thức trong kỳ."),
            TaskSpec("Bảo đảm công khai, minh bạch và đúng quy định trong tuyển dụng, đào tạo, bồi dưỡng cán "
                     "bộ, công chức, viên chức; xây dựng và thực hiện kế hoạch đào tạo, bồi dưỡng hằng năm, "
                     "quan tâm rèn luyện lớp cán bộ kế cận",
                     "bd.pnv", ("bd.ptckh",), Schedule.yearly(12, 15),
                     "Kế hoạch đào tạo, bồi dưỡng năm sau; báo cáo kết quả năm",
                     "Đã cử {m} lượt cán bộ, công chức, viên chức tham gia các lớp bồi dưỡng; đang xây dựng "
                     "kế hoạch năm sau.",
                     "Đã ban hành kế hoạch đào tạo, bồi dưỡng năm sau; trong năm đã bồi dưỡng {m} lượt cán "
                     "bộ, công chức, viên chức."),
            TaskSpec("Chủ động nắm bắt, ưu tiên tuyển dụng sinh viên tốt nghiệp loại giỏi, xuất sắc vào làm "
                     "việc tại quận",
                     "bd.pnv", ("bd.pgd", "bd.pyt"), Schedule.yearly(9, 30),
                     "Kết quả tuyển dụng, tiếp nhận",
                     "Đang rà soát chỉ tiêu biên chế còn trống để tuyển dụng.",
                     "Đã tuyển dụng, tiếp nhận {k} sinh viên tốt nghiệp loại giỏi, xuất sắc vào làm việc tại "
                     "các cơ quan, trường học thuộc quận."),
            TaskSpec("Chọn cử cán bộ, công chức, viên chức đi học đúng đối tượng, tiêu chuẩn, tiêu chí rõ ràng, "
                     "công khai; tổng hợp danh sách cử đi đào tạo hằng quý",
                     "bd.pnv", (), QUARTERLY, "Danh sách cử đi đào tạo được công khai",
                     "Đang tổng hợp danh sách đăng ký học của các đơn vị.",
                     "Đã cử {n} cán bộ, công chức, viên chức đi đào tạo sau đại học, {m} lượt đi bồi dưỡng "
                     "theo tiêu chuẩn ngạch, chức danh."),
            TaskSpec("Theo dõi, đánh giá hiệu quả sử dụng, sự trưởng thành của đội ngũ cán bộ, công chức, viên "
                     "chức sau khi được đào tạo, bồi dưỡng",
                     "bd.pnv", ("bd.pgd", "bd.pyt"), Schedule.yearly(12, 15),
                     "Báo cáo đánh giá hằng năm",
                     "Đã gửi phiếu khảo sát đến {k} đơn vị có cán bộ được cử đi đào tạo.",
                     "Đã đánh giá {m} trường hợp sau đào tạo; {n} người được bố trí, quy hoạch vào vị trí cao "
                     "hơn."),
            TaskSpec("Xây dựng cơ sở dữ liệu đội ngũ trí thức (người có trình độ đại học trở lên) của quận để "
                     "theo dõi chỉ tiêu tỷ lệ thạc sỹ",
                     "bd.pnv", BD_WARDS, _once(2025, 3, 31),
                     "Cơ sở dữ liệu đội ngũ trí thức được cập nhật",
                     "Đã thu thập số liệu của {n}/14 phường và {k} phòng chuyên môn; đang chuẩn hóa dữ liệu.",
                     "Đã đưa vào sử dụng cơ sở dữ liệu đội ngũ trí thức của quận.", fate="overdue"),
            TaskSpec("Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; báo cáo UBND quận hằng quý, báo "
                     "cáo UBND Thành phố 6 tháng, hằng năm",
                     "bd.pnv", ("bd.vp",), QUARTERLY, "Báo cáo định kỳ",
                     "Đang tổng hợp báo cáo của {n} đơn vị.",
                     "Đã tổng hợp báo cáo của {m} cơ quan, đơn vị, UBND các phường và báo cáo UBND quận."),
        ]),
        ("Tăng cường nguồn lực xây dựng đội ngũ trí thức chủ động, tích cực hội nhập quốc tế", [
            TaskSpec("Khuyến khích các trường học, bệnh viện thuộc quận liên kết, hợp tác với các cơ sở giáo "
                     "dục, nghiên cứu khoa học tiên tiến trong nước và quốc tế để trao đổi kinh nghiệm, nâng cao "
                     "trình độ, năng lực hoạt động",
                     "bd.pgd", ("bd.pyt", "bd.ttyt", "bd.thcs", "bd.th"), CONTINUOUS,
                     "Thỏa thuận hợp tác; chương trình trao đổi chuyên môn",
                     "{k} trường đang trao đổi chuyên môn với các cơ sở giáo dục trong nước và quốc tế.",
                     "Đã ký {k} thỏa thuận hợp tác; tổ chức {n} chuyên đề trao đổi kinh nghiệm."),
            TaskSpec("Huy động và sử dụng có hiệu quả nguồn xã hội hóa để phát triển giáo dục và đào tạo",
                     "bd.pgd", ("bd.ptckh",), Schedule.yearly(12, 15), "Báo cáo kết quả huy động xã hội hóa",
                     "Đang tổng hợp số liệu huy động xã hội hóa của các trường.",
                     "Đã huy động {m} triệu đồng từ nguồn xã hội hóa cho cơ sở vật chất, học bổng."),
            TaskSpec("Xây dựng cơ chế, chính sách thực hiện có hiệu quả đào tạo tài năng nhằm nâng cao chất "
                     "lượng đội ngũ trí thức và phát triển nhân tài",
                     "bd.pnv", ("bd.ptckh", "bd.ptp", "bd.pgd"), _once(2025, 9, 30),
                     "Quyết định của UBND quận về chính sách đào tạo, thu hút tài năng",
                     "Đã xây dựng dự thảo lần {k}; đang lấy ý kiến Phòng Tư pháp và các phòng liên quan.",
                     "UBND quận đã ban hành Quyết định về chính sách hỗ trợ đào tạo tài năng.", fate="late"),
            TaskSpec("Nâng cao trình độ chuyên môn, nghiệp vụ của đội ngũ trí thức; khuyến khích trí thức thường "
                     "xuyên học tập, đa dạng hóa các loại hình đào tạo, bồi dưỡng, đáp ứng kịp thời đòi hỏi của "
                     "thực tiễn",
                     "bd.pnv", ("bd.pgd", "bd.pyt"), CONTINUOUS, "Người được đào tạo sau đại học, bồi dưỡng",
                     "{n} cán bộ, viên chức đang theo học thạc sỹ; {k} người đang học nghiên cứu sinh.",
                     "Đã có thêm {n} người tốt nghiệp thạc sỹ; tổ chức {k} lớp bồi dưỡng trực tuyến cho {m} "
                     "lượt viên chức."),
            TaskSpec("Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của quận",
                     "bd.ptckh", ("bd.pnv",), Schedule.yearly(11, 30), "Dự toán được giao",
                     "Đang thẩm định dự toán kinh phí của các đơn vị.",
                     "Đã bố trí {m} triệu đồng trong dự toán năm sau để thực hiện Kế hoạch."),
            TaskSpec("Quan tâm đầu tư cho nghiên cứu, ứng dụng khoa học, công nghệ trong lĩnh vực y tế, giáo "
                     "dục và đào tạo",
                     "bd.pkt", ("bd.pyt", "bd.pgd", "bd.ttyt"), Schedule.yearly(12, 15),
                     "Danh mục đề tài, sáng kiến được ứng dụng",
                     "{k} đề tài, sáng kiến đang được triển khai ứng dụng.",
                     "Đã nghiệm thu {n} đề tài, sáng kiến ứng dụng khoa học, công nghệ trong y tế, giáo dục."),
        ]),
        ("Phát huy vai trò, trách nhiệm của đội ngũ trí thức", [
            TaskSpec("Phát huy vai trò, trách nhiệm của đội ngũ trí thức, nhất là các nhà khoa học giỏi, chuyên "
                     "gia đầu ngành, văn nghệ sỹ, trí thức trẻ sinh sống và làm việc trên địa bàn quận; khơi "
                     "dậy lòng yêu nước, tự hào dân tộc",
                     "bd.pvh", BD_WARDS, CONTINUOUS, "Hoạt động của trí thức tại cộng đồng",
                     "Đã phối hợp tổ chức {n} hoạt động để trí thức tham gia sinh hoạt tại cộng đồng dân cư.",
                     "Đã tổ chức {n} buổi giao lưu, nói chuyện chuyên đề với sự tham gia của {m} trí thức.",
                     ward_text="Đã mời {k} trí thức sinh sống trên địa bàn nói chuyện chuyên đề tại tổ dân phố."),
            TaskSpec("Tổ chức gặp mặt, đối thoại giữa lãnh đạo UBND quận với đội ngũ trí thức tiêu biểu trên "
                     "địa bàn",
                     "bd.vp", ("bd.pnv", "bd.pvh"), Schedule.yearly(10, 15), "Buổi gặp mặt, đối thoại",
                     "Đang chuẩn bị nội dung, danh sách khách mời buổi đối thoại.",
                     "Đã tổ chức đối thoại với {m} trí thức tiêu biểu; tiếp thu {n} ý kiến, kiến nghị."),
            TaskSpec("Hỗ trợ, tạo điều kiện và khuyến khích đội ngũ trí thức thực hiện một số dịch vụ công, "
                     "giám sát hoạt động nghề nghiệp, kiểm định và công bố chất lượng một số dịch vụ công",
                     "bd.pyt", ("bd.pgd", "bd.ttyt", "bd.tyt"), _once(2025, 6, 30),
                     "Danh mục dịch vụ công có sự tham gia của trí thức",
                     "Đang rà soát danh mục dịch vụ công y tế, giáo dục có thể giao cho trí thức tham gia.",
                     "Đã ban hành danh mục {n} dịch vụ công có sự tham gia giám sát, kiểm định của trí thức.",
                     fate="on_time"),
            TaskSpec("Tổ chức lấy ý kiến tư vấn, phản biện, giám định xã hội của đội ngũ trí thức đối với các "
                     "quy hoạch, kế hoạch, công trình, dự án quan trọng của quận",
                     "bd.pqldt", ("bd.ptckh", "bd.ptp"), CONTINUOUS, "Ý kiến phản biện được tiếp thu",
                     "Đã lấy ý kiến phản biện của trí thức đối với {k} dự án chỉnh trang đô thị.",
                     "Đã tổ chức {k} hội nghị phản biện; tiếp thu {n} ý kiến của các chuyên gia.",
                     fate="suspend"),
            TaskSpec("Phát động phong trào thi đua “Sáng kiến, sáng tạo” trong cán bộ, công chức, viên chức, "
                     "người lao động; khen thưởng các sáng kiến xuất sắc",
                     "bd.pnv", (*BD_WARDS[:3], "bd.pgd"), Schedule.yearly(12, 15),
                     "Sáng kiến được công nhận, khen thưởng",
                     "Đã tiếp nhận {n} sáng kiến đăng ký; Hội đồng sáng kiến quận đang xét duyệt.",
                     "Đã công nhận {m} sáng kiến cấp quận; đề nghị Thành phố công nhận {k} sáng kiến."),
        ]),
    ],
    targets=[
        ("Tỷ lệ người có trình độ thạc sỹ trong tổng số người có trình độ đại học", "%", 8.0, 2023, 10.0, None,
         2030, Direction.INCREASE, {2024: 8.4, 2025: 8.9}),
        ("Tỷ lệ trường mầm non, tiểu học, trung học cơ sở công lập thuộc quận đạt chuẩn quốc gia", "%", 100.0,
         2023, 100.0, None, 2030, Direction.KEEP, {2024: 100.0, 2025: 100.0}),
        ("Số trường học tiếp cận chuẩn quốc tế", "trường", 1.0, 2023, 3.0, None, 2030, Direction.INCREASE,
         {2024: 1.0, 2025: 2.0}),
        ("Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng, cập nhật kiến thức trong năm", "%", 85.0, 2023,
         90.0, None, 2025, Direction.INCREASE, {2024: 88.5, 2025: 93.0}),
    ],
)

THANH_XUAN = PlanSpec(
    key="tx", number="202", symbol="KH/QU", issued_on=date(2024, 6, 18), issuer="qutx", implements="ctr30",
    title="Thực hiện Chương trình hành động số 30-CTr/TU ngày 08/3/2024 của Ban Thường vụ Thành ủy Hà Nội về "
          "thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về "
          "“Tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước "
          "nhanh và bền vững trong giai đoạn mới”",
    purpose="Triển khai đầy đủ, sâu sắc nội dung Chương trình hành động của Trung ương và Thành ủy về “Tiếp tục "
            "xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và "
            "bền vững trong giai đoạn mới” tới toàn thể cán bộ, công chức, viên chức, đảng viên và Nhân dân "
            "trên địa bàn quận.\n"
            "Nâng cao nhận thức của các cấp ủy đảng, chính quyền trong việc triển khai, tổ chức có hiệu quả "
            "Chương trình hành động số 30-CTr/TU, nhằm xây dựng đội ngũ trí thức mạnh cả về số lượng, chất "
            "lượng và cơ cấu hợp lý, phát huy vai trò quan trọng của đội ngũ trí thức trong thực hiện các mục "
            "tiêu, nhiệm vụ chiến lược phát triển kinh tế - xã hội của quận.\n"
            "Mục tiêu đến năm 2030, xây dựng đội ngũ trí thức của quận có trình độ học vấn cao, tăng về số "
            "lượng, chuẩn bị nguồn lực phục vụ phát triển kinh tế - xã hội, xây dựng quận Thanh Xuân phát triển "
            "bền vững. Đến năm 2045, đội ngũ trí thức quận lớn mạnh, có chất lượng cao, cơ cấu hợp lý; nhiều "
            "cơ sở giáo dục và đào tạo tại quận đạt chuẩn quốc gia, từng bước tiếp cận chuẩn quốc tế.",
    requirements="Tạo sự đồng thuận, nhất trí cao trong nhận thức và hành động của cả hệ thống chính trị, Nhân "
                 "dân; phát huy truyền thống, khơi dậy ý chí tự lực, tự cường xây dựng quận phát triển bền "
                 "vững.\n"
                 "Xây dựng và phát triển đội ngũ trí thức gắn kết chặt chẽ với phát triển kinh tế - xã hội, "
                 "khoa học - công nghệ và giáo dục - đào tạo của quận; đây là trách nhiệm chung của cả hệ "
                 "thống chính trị, trong đó trách nhiệm của Đảng bộ và chính quyền quận giữ vai trò then chốt.\n"
                 "Các chi, đảng bộ trực thuộc định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Ban Thường "
                 "vụ Quận ủy (qua Ban Tuyên giáo Quận ủy).",
    deadline_offset_days=5,
    wards=TX_WARDS,
    report_kind=PeriodKind.HALF_YEAR,
    groups=[
        ("Tiếp tục nâng cao nhận thức về vị trí, vai trò, tầm quan trọng của đội ngũ trí thức", [
            TaskSpec("Tổ chức quán triệt, triển khai Chương trình hành động số 30-CTr/TU và Kế hoạch số "
                     "202-KH/QU đến cán bộ, đảng viên, công chức, viên chức và Nhân dân trên địa bàn quận",
                     "tx.btg", ("tx.btc", "tx.vp", *TX_WARDS), _once(2024, 7, 31),
                     "Hội nghị quán triệt; kế hoạch của các chi, đảng bộ trực thuộc",
                     "Đã chuẩn bị tài liệu quán triệt; {k} đảng bộ phường đã đăng ký lịch hội nghị.",
                     "Đã tổ chức quán triệt cho {m} cán bộ chủ chốt; {n} chi, đảng bộ trực thuộc đã xây dựng "
                     "kế hoạch thực hiện.", fate="on_time"),
            TaskSpec("Đổi mới mạnh mẽ tư duy, nâng cao, thống nhất nhận thức trong các cấp ủy đảng, chính quyền "
                     "và hệ thống chính trị từ quận đến phường về vai trò của nguồn nhân lực chất lượng cao, đội "
                     "ngũ trí thức xứng đáng là “nguyên khí quốc gia”",
                     "tx.btg", TX_WARDS, CONTINUOUS, "Chuyên đề sinh hoạt chi bộ",
                     "Đã hướng dẫn {n} chi bộ đưa nội dung về đội ngũ trí thức vào sinh hoạt chuyên đề.",
                     "{m} chi bộ đã sinh hoạt chuyên đề về vai trò của đội ngũ trí thức trong kỳ.",
                     ward_text="Đảng ủy phường đã chỉ đạo {n} chi bộ sinh hoạt chuyên đề về đội ngũ trí thức."),
            TaskSpec("Tuyên truyền trên Cổng thông tin điện tử quận, hệ thống truyền thanh các phường về vai trò, "
                     "đóng góp của đội ngũ trí thức",
                     "tx.pvh", ("tx.btg", *TX_WARDS), QUARTERLY, "Tin, bài, phóng sự tuyên truyền",
                     "Đang biên tập chuyên mục về trí thức tiêu biểu của quận.",
                     "Đã đăng {n} tin, bài, {k} phóng sự về trí thức tiêu biểu trên Cổng thông tin điện tử quận."),
        ]),
        ("Tiếp tục đổi mới và nâng cao chất lượng công tác cán bộ; thu hút, trọng dụng nhân tài", [
            TaskSpec("Đẩy mạnh công khai, minh bạch, dân chủ hóa, tăng cường trách nhiệm của người đứng đầu trong "
                     "tuyển dụng, đánh giá, bố trí, sử dụng và bổ nhiệm cán bộ trên cơ sở các tiêu chuẩn quy định",
                     "tx.btc", ("tx.pnv",), CONTINUOUS, "Quy trình công tác cán bộ được công khai",
                     "Đã thẩm định {k} hồ sơ bổ nhiệm, bổ nhiệm lại theo đúng quy trình.",
                     "Đã thực hiện công khai {n} quy trình công tác cán bộ trong kỳ."),
            TaskSpec("Lấy hiệu quả, chất lượng công việc và sự cống hiến làm thước đo phẩm chất, tài năng; đánh "
                     "giá, xếp loại cán bộ, công chức, viên chức cuối năm theo kết quả, sản phẩm cụ thể",
                     "tx.btc", ("tx.pnv",), Schedule.yearly(12, 15), "Kết quả đánh giá, xếp loại",
                     "Đang hướng dẫn các đơn vị đánh giá, xếp loại theo sản phẩm cụ thể.",
                     "Đã đánh giá, xếp loại {m} cán bộ, công chức, viên chức; {n}% hoàn thành xuất sắc "
                     "nhiệm vụ."),
            TaskSpec("Tuyển dụng, bố trí, điều động, bổ nhiệm, luân chuyển công chức, viên chức theo đề án vị "
                     "trí việc làm và năng lực, sở trường của từng người",
                     "tx.pnv", ("tx.btc",), CONTINUOUS, "Quyết định tuyển dụng, điều động",
                     "Đã điều động, luân chuyển {k} công chức theo đề án vị trí việc làm.",
                     "Đã hoàn thành tuyển dụng {n} viên chức giáo dục, {k} công chức phường."),
            TaskSpec("Rà soát, bổ sung quy hoạch cán bộ; kịp thời phát hiện nhân tài, có cơ chế ưu tiên, đột phá "
                     "trong tuyển dụng",
                     "tx.btc", ("tx.pnv", "tx.vp"), _once(2024, 12, 31), "Quyết định phê duyệt bổ sung quy hoạch",
                     "Đã tổng hợp đề xuất bổ sung quy hoạch của {n} đơn vị.",
                     "Ban Thường vụ Quận ủy đã phê duyệt bổ sung quy hoạch {m} đồng chí.", fate="on_time"),
            TaskSpec("Thu hút sinh viên tốt nghiệp đại học, sau đại học có thành tích học tập cao vào làm việc "
                     "tại các cơ quan, đơn vị thuộc quận; thực hiện “Chiến lược quốc gia thu hút, trọng dụng "
                     "nhân tài”",
                     "tx.pnv", ("tx.pgd",), Schedule.yearly(9, 30), "Kết quả thu hút",
                     "Đang thông báo nhu cầu tuyển dụng đến các trường đại học.",
                     "Đã tiếp nhận {k} người có thành tích học tập cao, trong đó {k} thạc sỹ."),
        ]),
        ("Tăng cường quản lý nhà nước, hoàn thiện cơ chế, chính sách; tăng cường nguồn lực xây dựng đội ngũ "
         "trí thức chủ động, tích cực hội nhập", [
            TaskSpec("Xây dựng chính sách hỗ trợ của quận đối với trí thức trẻ, người có trình độ sau đại học "
                     "công tác tại quận",
                     "tx.pnv", ("tx.ptckh", "tx.vp"), _once(2025, 6, 30), "Nghị quyết, quyết định của quận",
                     "Đã hoàn thiện dự thảo lần {k}; chờ ý kiến thẩm định.",
                     "Đã ban hành chính sách hỗ trợ trí thức trẻ.", fate="overdue"),
            TaskSpec("Đầu tư cơ sở vật chất để các trường học duy trì đạt chuẩn quốc gia, từng bước tiếp cận "
                     "chuẩn quốc tế",
                     "tx.pgd", ("tx.ptckh",), Schedule.yearly(12, 15), "Trường được công nhận đạt chuẩn",
                     "Đang triển khai cải tạo, nâng cấp {k} trường học.",
                     "Đã có thêm {k} trường được công nhận đạt chuẩn quốc gia."),
        ]),
        ("Phát huy vai trò, trách nhiệm của đội ngũ trí thức, nhất là trí thức trẻ", [
            TaskSpec("Phát huy vai trò của đội ngũ trí thức, nhất là trí thức trẻ, khơi dậy lòng yêu nước, tự "
                     "hào dân tộc; nêu cao tinh thần trách nhiệm, chủ động tham gia nghiên cứu nâng cao năng "
                     "lực, trình độ",
                     "tx.btg", ("tx.pvh",), CONTINUOUS, "Diễn đàn trí thức trẻ",
                     "Đã tổ chức {n} buổi sinh hoạt của câu lạc bộ trí thức trẻ.",
                     "Đã tổ chức Diễn đàn trí thức trẻ quận với {m} đại biểu tham dự."),
            TaskSpec("Tổ chức hội thảo, tọa đàm lấy ý kiến trí thức về các chương trình, đề án phát triển kinh "
                     "tế - xã hội của quận",
                     "tx.btg", ("tx.vp", "tx.pnv"), Schedule.yearly(10, 31), "Kỷ yếu hội thảo",
                     "Đang xây dựng chủ đề và mời chuyên gia tham luận.",
                     "Đã tổ chức tọa đàm với {k} tham luận, tiếp thu {n} ý kiến của trí thức."),
        ]),
        ("Tổ chức thực hiện", [
            TaskSpec("Theo dõi, đôn đốc, tổng hợp, báo cáo Ban Thường vụ Quận ủy kết quả thực hiện Kế hoạch",
                     "tx.btg", ("tx.btc", "tx.vp"), QUARTERLY, "Báo cáo định kỳ",
                     "Đang tổng hợp báo cáo của các chi, đảng bộ.",
                     "Đã báo cáo Ban Thường vụ Quận ủy kết quả thực hiện trong kỳ."),
            TaskSpec("Sơ kết 3 năm thực hiện Kế hoạch số 202-KH/QU",
                     "tx.btg", ("tx.btc",), _once(2027, 6, 30), "Báo cáo sơ kết",
                     "Đang chuẩn bị đề cương sơ kết.", "Đã tổ chức hội nghị sơ kết.", fate="not_started"),
        ]),
    ],
    targets=[
        ("Tỷ lệ cán bộ, công chức cấp quận, phường có trình độ đại học trở lên", "%", 92.0, 2023, 100.0, None,
         2030, Direction.INCREASE, {2024: 93.5, 2025: 95.2}),
        ("Số người có thành tích học tập cao, trình độ sau đại học được thu hút về quận mỗi năm", "người", 3.0,
         2023, 5.0, None, 2030, Direction.INCREASE, {2024: 4.0, 2025: 6.0}),
        ("Tỷ lệ trường công lập đạt chuẩn quốc gia", "%", 88.0, 2023, 95.0, 100.0, 2030, Direction.INCREASE,
         {2024: 90.5, 2025: 93.0}),
    ],
)

DEMO_PLANS = (BA_DINH, THANH_XUAN)

DIFFICULTIES = (
    "Biên chế làm công tác tổ chức còn mỏng, nhiều cán bộ kiêm nhiệm.",
    "Kinh phí bố trí cho nội dung này trong năm còn hạn chế.",
    "Chưa có hướng dẫn thống nhất về tiêu chí xác định đội ngũ trí thức để tổng hợp số liệu.",
    "Một số đơn vị gửi số liệu chậm, chưa đầy đủ theo biểu mẫu.",
)
PROPOSALS = (
    "Đề nghị bổ sung kinh phí thực hiện trong dự toán năm sau.",
    "Đề nghị Sở Nội vụ ban hành hướng dẫn tiêu chí thống kê đội ngũ trí thức.",
    "Đề nghị các phòng, ban phối hợp cung cấp số liệu đúng hạn.",
    "Kiến nghị cho phép gia hạn thời gian hoàn thành thêm một quý.",
)
REORGANISATION = date(2025, 7, 1)
REORG_DIFFICULTY = "Việc sắp xếp tổ chức bộ máy, đơn vị hành chính từ ngày 01/7/2025 ảnh hưởng đến tiến độ."


@dataclass(frozen=True)
class DemoSummary:
    units: int
    documents: int
    plans: tuple[str, ...]
    groups: int
    tasks: int
    targets: int
    target_values: int
    progress: int
    periods: tuple[str, ...]
    after_reform: tuple[str, ...] = ()  # what the two-level continuation did (exchange/demo_two_level.py)

    def lines(self) -> list[str]:
        return [*self._lines(), *self.after_reform]

    def _lines(self) -> list[str]:
        return [
            "Đã tạo dữ liệu mẫu:",
            f"  {self.units} đơn vị, {self.documents} văn bản",
            f"  {len(self.plans)} kế hoạch: {', '.join(self.plans)}",
            f"  {self.groups} nhóm nhiệm vụ, {self.tasks} nhiệm vụ",
            f"  {self.targets} chỉ tiêu, {self.target_values} giá trị chỉ tiêu",
            f"  {self.progress} bản ghi tiến độ ({', '.join(self.periods)})",
        ]


def demo_periods(today: date, kind: PeriodKind = PeriodKind.QUARTER) -> list[Period]:
    """The quarters (or half-years) of the demo years that have started by ``today``."""
    if kind == PeriodKind.HALF_YEAR:
        candidates = [half_year(year, h) for year in demo_years(today) for h in (1, 2)]
    else:
        candidates = [quarter(year, q) for year in demo_years(today) for q in (1, 2, 3, 4)]
    return [period for period in candidates if period.start <= today]


class _Builder:
    def __init__(self, db: Database, today: date, seed: int) -> None:
        self.db = db
        self.today = today
        self.rng = random.Random(seed)
        self.unit_ids: dict[str, str] = {}
        self.unit_names: dict[str, str] = {}
        self.doc_ids: dict[str, str] = {}
        self.progress_count = 0
        self.value_count = 0
        self.periods_used: set[str] = set()
        # decisions that must agree across overlapping periods (Q2 and H1 share a cut-off day)
        self._decided: dict[tuple[str, date], date | None] = {}

    # ---- structure ----------------------------------------------------------------------------

    def units(self) -> None:
        for key, name, code, kind, parent in UNITS:
            info = units.create_unit(self.db, name, code, kind, self.unit_ids[parent] if parent else None)
            self.unit_ids[key] = info.id
            self.unit_names[key] = name

    def documents(self) -> None:
        for key, doc_type, number, symbol, issued, issuer, title, implements in DOCUMENTS:
            info = documents.create_document(self.db, doc_type, number, symbol, issued, issuer, title,
                                             [self.doc_ids[implements]] if implements else None)
            self.doc_ids[key] = info.id

    def plan(self, spec: PlanSpec) -> tuple[int, int, int]:
        plan = plans.create_plan(
            self.db, spec.title, spec.number, spec.symbol, implements=[self.doc_ids[spec.implements]],
            issued_on=spec.issued_on, issuer_unit_id=self.unit_ids[spec.issuer], start_year=2024,
            end_year=2030, vision_year=2045, purpose=spec.purpose, requirements=spec.requirements,
            deadline_offset_days=spec.deadline_offset_days)
        task_count = 0
        for group_title, specs in spec.groups:
            group = tasks.add_group(self.db, plan.id, group_title)
            for task_spec in specs:
                info = tasks.add_task(
                    self.db, group.id, task_spec.content, self.unit_ids[task_spec.lead],
                    [self.unit_ids[u] for u in task_spec.coordinators], task_spec.schedule, task_spec.output,
                    spec.issued_on)
                task_count += 1
                self.task_progress(spec, info.id, task_spec)
        for name, measure, baseline, baseline_year, low, high, year, direction, values in spec.targets:
            target = targets.add_target(self.db, plan.id, name, measure=measure, baseline=baseline,
                                        baseline_year=baseline_year, target_low=low, target_high=high,
                                        target_year=year, direction=direction.value)
            for value_year, value in values.items():
                period = year_period(value_year)
                if period.end <= self.today:
                    targets.set_target_value(self.db, target.id, period.code, value)
                    self.value_count += 1
        return len(spec.groups), task_count, len(spec.targets)

    # ---- progress -----------------------------------------------------------------------------

    def _numbers(self) -> dict[str, int]:
        return {"n": self.rng.randint(3, 12), "m": self.rng.randint(25, 240), "k": self.rng.randint(2, 5)}

    def _text(self, template: str, period: Period | None = None) -> str:
        """A result sentence with numbers filled in, opened by "Trong quý II/2024, …" when given."""
        text = template.format(**self._numbers())
        if period is None:
            return text
        first, _, rest = text.partition(" ")
        if first in ("Đã", "Đang", "Tiếp"):
            first = first.lower()
        return f"Trong {period.label}, {first} {rest}"

    def task_progress(self, plan: PlanSpec, task_id: str, spec: TaskSpec) -> None:
        lead = self.unit_ids[spec.lead]
        done_text = self._text(spec.done)  # a one-off result reads the same in every later report
        for period in demo_periods(self.today, plan.report_kind):
            if period.end < plan.issued_on:
                continue
            values = self._state(task_id, spec, period, plan.issued_on, done_text)
            progress.record_progress(self.db, task_id, lead, period.code, **values)
            self.progress_count += 1
            self.periods_used.add(period.code)
            if spec.ward_text:
                ward = self.rng.choice([w for w in plan.wards if w in spec.coordinators])
                progress.record_progress(self.db, task_id, self.unit_ids[ward], period.code,
                                         status=ProgressStatus.IN_PROGRESS.value,
                                         result=self._text(spec.ward_text, period))
                self.progress_count += 1

    def _state(self, task_id: str, spec: TaskSpec, period: Period, start: date,
               done_text: str) -> dict[str, Any]:
        report_day = min(period.end, self.today)
        schedule = spec.schedule
        if spec.fate == "suspend" and period.end >= REORGANISATION:
            return {"status": ProgressStatus.SUSPENDED.value, "result": "Tạm dừng triển khai.",
                    "difficulties": "Chờ rà soát lại danh mục dự án sau khi sắp xếp đơn vị hành chính từ ngày "
                                    "01/7/2025.",
                    "proposals": "Đề nghị cho ý kiến về việc tiếp tục thực hiện sau khi kiện toàn bộ máy."}
        if schedule.kind == ScheduleKind.ONCE:
            return self._once_state(task_id, spec, period, start, report_day, done_text)
        if schedule.kind == ScheduleKind.CONTINUOUS:
            if self.rng.random() < 0.35:
                day = max(start, report_day - timedelta(days=self.rng.randint(0, 20)))
                return {"status": ProgressStatus.DONE.value, "completed_on": day,
                        "result": self._text(spec.done, period)}
            return self._doing(spec, period, None)
        due = schedule.due_for(period)
        assert due is not None  # yearly and quarterly tasks always have a next occurrence
        key = (task_id, due)  # Q2 and H1 judge the same occurrence: decide it once
        if key not in self._decided:
            roll = self.rng.random()
            if roll < 0.75:
                self._decided[key] = max(start, due - timedelta(days=self.rng.randint(0, 12)))
            elif roll < 0.92:
                self._decided[key] = due + timedelta(days=self.rng.randint(2, 10))  # report sent late
            else:
                self._decided[key] = None  # not done when due
        completed = self._decided[key]
        if completed is not None and completed <= self.today and (completed <= report_day or due <= report_day):
            values: dict[str, Any] = {"status": ProgressStatus.DONE.value, "completed_on": completed,
                                         "result": self._text(spec.done, period)}
            if spec.lead in REPORT_SYMBOLS and schedule.kind == ScheduleKind.QUARTERLY:
                number = self.rng.randint(12, 380)
                values["references"] = f"Báo cáo số {REPORT_SYMBOLS[spec.lead].format(number)} ngày " \
                                       f"{completed.day:02d}/{completed.month:02d}/{completed.year}"
            return values
        return self._doing(spec, period, 30 + 10 * self.rng.randint(0, 5))

    def _once_state(self, task_id: str, spec: TaskSpec, period: Period, start: date, report_day: date,
                    done_text: str) -> dict[str, Any]:
        due = spec.schedule.due
        assert due is not None
        key = (task_id, due)
        if key not in self._decided:
            completed: date | None = None
            if spec.fate == "on_time":
                completed = max(start, due - timedelta(days=self.rng.randint(3, 25)))
            elif spec.fate == "late":
                completed = due + timedelta(days=self.rng.randint(20, 60))
            self._decided[key] = completed
        completed = self._decided[key]
        if completed is not None and completed <= report_day:
            return {"status": ProgressStatus.DONE.value, "completed_on": completed, "percent": 100,
                    "result": done_text}
        if spec.fate == "not_started":
            return {"status": ProgressStatus.NOT_STARTED.value,
                    "result": f"Chưa triển khai; theo kế hoạch thực hiện trước ngày {due:%d/%m/%Y}."}
        end = completed or due + timedelta(days=240)
        share = (report_day - start).days / max((end - start).days, 1)
        values = self._doing(spec, period, max(10, min(90, int(share * 10) * 10)))
        if report_day > due:
            values["difficulties"] = self.rng.choice(DIFFICULTIES)
            values["proposals"] = self.rng.choice(PROPOSALS)
        return values

    def _doing(self, spec: TaskSpec, period: Period, percent: int | None) -> dict[str, Any]:
        values: dict[str, Any] = {"status": ProgressStatus.IN_PROGRESS.value,
                                     "result": self._text(spec.doing, period)}
        if percent is not None:
            values["percent"] = percent
        if period.end >= REORGANISATION and self.rng.random() < 0.3:
            values["difficulties"] = REORG_DIFFICULTY
        elif self.rng.random() < 0.15:
            values["difficulties"] = self.rng.choice(DIFFICULTIES)
            values["proposals"] = self.rng.choice(PROPOSALS)
        return values


REPORT_SYMBOLS = {"bd.pnv": "{}/BC-PNV", "tx.btg": "{}-BC/BTGQU"}


def create_demo(db: Database, today: date | None = None, seed: int = 2024) -> DemoSummary:
    """Fill an empty database with the demo; refuses a database that already has plans.

    ``exchange.demo_two_level.create_two_level_demo`` continues the story past 01/07/2025 (it sends
    and receives packages, so it lives above the services)."""
    if plans.list_plans(db):
        raise ValidationError.one(
            "Cơ sở dữ liệu", "Đã có kế hoạch trong cơ sở dữ liệu; chỉ tạo dữ liệu mẫu trong một cơ sở dữ liệu "
                             "trống (hãy dùng một tệp mới).")
    builder = _Builder(db, today or date.today(), seed)
    builder.units()
    builder.documents()
    group_count = task_count = target_count = 0
    for spec in DEMO_PLANS:
        g, t, n = builder.plan(spec)
        group_count += g
        task_count += t
        target_count += n
    _report_settings(db, builder.unit_ids)
    _review(db, builder.today)
    used = sorted(builder.periods_used, key=lambda code: (code[:4], _PERIOD_ORDER.get(code[5:], 9)))
    return DemoSummary(
        units=len(UNITS), documents=len(DOCUMENTS),
        plans=tuple(format_number_symbol(s.number, s.symbol) for s in DEMO_PLANS),
        groups=group_count, tasks=task_count, targets=target_count, target_values=builder.value_count,
        progress=builder.progress_count, periods=tuple(used))


def _review(db: Database, today: date) -> None:
    """The district office's review, as it would stand today: the updates of every period whose
    deadline has passed were received two days before it and accepted; in a period still open, the
    units listed first have sent theirs (waiting to be reviewed) and the others are still drafting."""
    with db.read() as session:
        rows = session.execute(select(Progress.id, Progress.period, Unit.name)
                               .join(Unit, Unit.id == Progress.unit_id)).all()
    by_period: dict[str, list[tuple[str, str]]] = {}
    for progress_id, code, unit_name in rows:
        by_period.setdefault(code, []).append((progress_id, unit_name))
    for code, updates in sorted(by_period.items()):
        deadline = parse_period(code).deadline_on()
        if deadline < today:
            received = datetime.combine(deadline - timedelta(days=2), time(9), review.VIETNAM)
            review.accept(db, [pid for pid, _ in updates], now=received)
            continue
        names = sorted({name for _, name in updates})
        senders = set(names[: (len(names) + 1) // 2])
        sent = [pid for pid, name in updates if name in senders]
        if sent:
            review.submit(db, sent, now=datetime.combine(today, time(8), review.VIETNAM))


def _report_settings(db: Database, unit_ids: dict[str, str]) -> None:
    """Headers and signers of the two issuing bodies (names of signers are invented)."""
    save_settings(db, unit_ids["bd"], ReportSettings(
        layout="state", governing_body="UBND THÀNH PHỐ HÀ NỘI", issuing_body="UBND QUẬN BA ĐÌNH",
        issuer_name="Ủy ban nhân dân quận Ba Đình", symbol="BC-UBND", place="Ba Đình",
        signer_authority=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), signer_title="PHÓ CHỦ TỊCH",
        signer_name="Nguyễn Thị Minh Hằng",
        recipients=("UBND Thành phố Hà Nội", "Sở Nội vụ Hà Nội", "Thường trực Quận ủy Ba Đình",
                    "Chủ tịch, các Phó Chủ tịch UBND quận", "Các phòng, ban, UBND 14 phường"),
        archive="VT, NV"))
    save_settings(db, unit_ids["qutx"], ReportSettings(
        layout="party", governing_body="ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", issuing_body="QUẬN ỦY THANH XUÂN",
        issuer_name="Quận ủy Thanh Xuân", symbol="BC/QU", place="Thanh Xuân",
        signer_authority=("T/M BAN THƯỜNG VỤ",), signer_title="PHÓ BÍ THƯ", signer_name="Trần Quốc Việt",
        recipients=("Thường trực Thành ủy Hà Nội", "Ban Tuyên giáo Thành ủy", "Các đồng chí Quận ủy viên",
                    "Các chi, đảng bộ trực thuộc"),
        archive="Văn phòng Quận ủy"))


_PERIOD_ORDER = {"Q1": 1, "Q2": 2, "H1": 3, "Q3": 4, "Q4": 5, "H2": 6}
