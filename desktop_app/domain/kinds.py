"""Enumerations of the domain: kinds of unit and document, target direction."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    PARTY_COMMITTEE = "party_committee"
    PEOPLES_COMMITTEE = "peoples_committee"
    OFFICE = "office"
    WARD = "ward"
    SCHOOL = "school"
    HEALTH_STATION = "health_station"
    OTHER = "other"
    # the administrative units of the national directory (since 01/07/2025)
    PROVINCE = "province"  # tỉnh, thành phố trực thuộc trung ương
    COMMUNE = "commune"  # xã
    SPECIAL_ZONE = "special_zone"  # đặc khu
    # bodies of a province and of a commune
    DEPARTMENT = "department"  # Sở
    BOARD = "board"  # Ban (of the Party committee or of the People's Council)
    SERVICE_CENTER = "service_center"  # Trung tâm Phục vụ hành chính công


UNIT_KIND_LABELS = {
    UnitKind.PARTY_COMMITTEE: "Cấp ủy Đảng",
    UnitKind.PEOPLES_COMMITTEE: "Ủy ban nhân dân",
    UnitKind.OFFICE: "Phòng, ban chuyên môn",
    UnitKind.WARD: "Phường",
    UnitKind.SCHOOL: "Trường học",
    UnitKind.HEALTH_STATION: "Trạm y tế",
    UnitKind.OTHER: "Khác",
    UnitKind.PROVINCE: "Tỉnh, thành phố",
    UnitKind.COMMUNE: "Xã",
    UnitKind.SPECIAL_ZONE: "Đặc khu",
    UnitKind.DEPARTMENT: "Sở",
    UnitKind.BOARD: "Ban",
    UnitKind.SERVICE_CENTER: "Trung tâm Phục vụ hành chính công",
}

# the administrative units (đơn vị hành chính) the directory loads, apart from the bodies in them
ADMINISTRATIVE_KINDS = frozenset({UnitKind.PROVINCE, UnitKind.WARD, UnitKind.COMMUNE, UnitKind.SPECIAL_ZONE})


class DocType(StrEnum):
    """Kinds of document (type codes as in symbols: NQ, CTr, KH …)."""

    NGHI_QUYET = "NQ"
    CHI_THI = "CT"
    CHUONG_TRINH = "CTr"
    KE_HOACH = "KH"
    BAO_CAO = "BC"
    QUYET_DINH = "QĐ"
    THONG_BAO = "TB"
    TO_TRINH = "TTr"
    HUONG_DAN = "HD"
    DE_AN = "ĐA"
    PHUONG_AN = "PA"
    BIEN_BAN = "BB"
    GIAY_MOI = "GM"
    CONG_VAN = "CV"


DOC_TYPE_LABELS = {
    DocType.NGHI_QUYET: "Nghị quyết",
    DocType.CHI_THI: "Chỉ thị",
    DocType.CHUONG_TRINH: "Chương trình",
    DocType.KE_HOACH: "Kế hoạch",
    DocType.BAO_CAO: "Báo cáo",
    DocType.QUYET_DINH: "Quyết định",
    DocType.THONG_BAO: "Thông báo",
    DocType.TO_TRINH: "Tờ trình",
    DocType.HUONG_DAN: "Hướng dẫn",
    DocType.DE_AN: "Đề án",
    DocType.PHUONG_AN: "Phương án",
    DocType.BIEN_BAN: "Biên bản",
    DocType.GIAY_MOI: "Giấy mời",
    DocType.CONG_VAN: "Công văn",
}


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"
    KEEP = "keep"


class TargetVerdict(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    EXCEEDED = "exceeded"


TARGET_VERDICT_LABELS = {
    TargetVerdict.MET: "Đạt",
    TargetVerdict.NOT_MET: "Chưa đạt",
    TargetVerdict.EXCEEDED: "Vượt",
}


def judge_target(value: float, low: float | None, high: float | None,
                 direction: Direction) -> TargetVerdict:
    """Judge a value against a target value (low only) or range [low, high]."""
    lo = low if low is not None else high
    hi = high if high is not None else low
    if lo is None or hi is None:
        return TargetVerdict.NOT_MET
    if direction == Direction.DECREASE:
        if value < lo:
            return TargetVerdict.EXCEEDED
        return TargetVerdict.MET if value <= hi else TargetVerdict.NOT_MET
    if direction == Direction.KEEP:
        return TargetVerdict.MET if lo <= value <= hi else TargetVerdict.NOT_MET
    if value > hi:
        return TargetVerdict.EXCEEDED
    return TargetVerdict.MET if value >= lo else TargetVerdict.NOT_MET
