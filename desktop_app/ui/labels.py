"""Translatable labels of the domain's enumerations (statuses, kinds of unit and document …).

The domain keeps Vietnamese labels without Qt; this list lets lupdate collect them and
:func:`label` translates them at run time (context "labels").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.periods import ROMAN, Period, PeriodKind

translate = QCoreApplication.translate

LABELS = (
    QT_TRANSLATE_NOOP("labels", "Chưa thực hiện"),
    QT_TRANSLATE_NOOP("labels", "Đang thực hiện"),
    QT_TRANSLATE_NOOP("labels", "Hoàn thành"),
    QT_TRANSLATE_NOOP("labels", "Tạm dừng"),
    QT_TRANSLATE_NOOP("labels", "Hoàn thành đúng hạn"),
    QT_TRANSLATE_NOOP("labels", "Hoàn thành quá hạn"),
    QT_TRANSLATE_NOOP("labels", "Quá hạn"),
    QT_TRANSLATE_NOOP("labels", "Cấp ủy Đảng"),
    QT_TRANSLATE_NOOP("labels", "Ủy ban nhân dân"),
    QT_TRANSLATE_NOOP("labels", "Phòng, ban chuyên môn"),
    QT_TRANSLATE_NOOP("labels", "Phường, xã"),
    QT_TRANSLATE_NOOP("labels", "Trường học"),
    QT_TRANSLATE_NOOP("labels", "Trạm y tế"),
    QT_TRANSLATE_NOOP("labels", "Khác"),
    QT_TRANSLATE_NOOP("labels", "Nghị quyết"),
    QT_TRANSLATE_NOOP("labels", "Chỉ thị"),
    QT_TRANSLATE_NOOP("labels", "Chương trình"),
    QT_TRANSLATE_NOOP("labels", "Kế hoạch"),
    QT_TRANSLATE_NOOP("labels", "Báo cáo"),
    QT_TRANSLATE_NOOP("labels", "Quyết định"),
    QT_TRANSLATE_NOOP("labels", "Thông báo"),
    QT_TRANSLATE_NOOP("labels", "Tờ trình"),
    QT_TRANSLATE_NOOP("labels", "Hướng dẫn"),
    QT_TRANSLATE_NOOP("labels", "Đề án"),
    QT_TRANSLATE_NOOP("labels", "Phương án"),
    QT_TRANSLATE_NOOP("labels", "Biên bản"),
    QT_TRANSLATE_NOOP("labels", "Giấy mời"),
    QT_TRANSLATE_NOOP("labels", "Công văn"),
    QT_TRANSLATE_NOOP("labels", "Đạt"),
    QT_TRANSLATE_NOOP("labels", "Chưa đạt"),
    QT_TRANSLATE_NOOP("labels", "Vượt"),
    QT_TRANSLATE_NOOP("labels", "Một lần"),
    QT_TRANSLATE_NOOP("labels", "Hằng năm"),
    QT_TRANSLATE_NOOP("labels", "Hằng quý"),
    QT_TRANSLATE_NOOP("labels", "Hằng tháng"),
    QT_TRANSLATE_NOOP("labels", "Thường xuyên"),
    QT_TRANSLATE_NOOP("labels", "Nhiệm vụ"),
    QT_TRANSLATE_NOOP("labels", "Đơn vị"),
    QT_TRANSLATE_NOOP("labels", "Tiến độ"),
    QT_TRANSLATE_NOOP("labels", "Văn bản"),
    QT_TRANSLATE_NOOP("labels", "Chưa báo cáo"),
    QT_TRANSLATE_NOOP("labels", "Chưa gửi"),
    QT_TRANSLATE_NOOP("labels", "Đã gửi, chờ duyệt"),
    QT_TRANSLATE_NOOP("labels", "Đã duyệt"),
    QT_TRANSLATE_NOOP("labels", "Bị trả lại"),
)


def label(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def period_label(period: Period) -> str:
    """A period as the screens name it, in the UI's language ("quý IV/2026" / "Q4 2026"); an
    ad-hoc period keeps its own title. Reports keep the domain's Vietnamese ``Period.label``."""
    year, index = period.year, period.index
    if period.title:
        return period.title
    match period.kind:
        case PeriodKind.MONTH:
            return translate("labels", "tháng {0}/{1}").format(index, year)
        case PeriodKind.QUARTER:  # {0}: I–IV as Vietnamese writes it, {1}: 1–4
            return translate("labels", "quý {0}/{2}").format(ROMAN[index - 1], index, year)
        case PeriodKind.HALF_YEAR if index == 1:
            return translate("labels", "6 tháng đầu năm {0}").format(year)
        case PeriodKind.HALF_YEAR:
            return translate("labels", "6 tháng cuối năm {0}").format(year)
        case PeriodKind.NINE_MONTHS:
            return translate("labels", "9 tháng năm {0}").format(year)
        case PeriodKind.YEAR:
            return translate("labels", "năm {0}").format(year)
    return period.label
