"""The bodies of a commune or a province since 01/07/2025, set up from the national directory.

A clerk picks "my commune" (or "my province") on first run: the administrative unit is loaded from
the directory with its province, and its usual bodies are created under it — UBND, Đảng ủy and
the commune's offices (or a province's UBND, Văn phòng and Sở) — with the report headers of the
new bodies ("UBND THÀNH PHỐ HÀ NỘI / ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI /
ĐẢNG ỦY PHƯỜNG BA ĐÌNH"). Every body is an ordinary unit: the clerk renames or removes it freely.
Each body's id is derived from the official code, so the province's database and the commune's
give "UBND phường Ba Đình" the same id and exchanged plans meet the same unit. Setting up twice
changes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.db.models import Setting, Unit
from desktop_app.domain.kinds import UnitKind
from desktop_app.services.database import Database
from desktop_app.services.directory import (
    NAMESPACE,
    DirectoryEntry,
    directory_unit_id,
    entry,
    load_directory,
    province_entries,
)
from desktop_app.services.errors import NotFound
from desktop_app.services.report_settings import KEY_PREFIX, ReportSettings
from desktop_app.services.units import UnitInfo, _info


@dataclass(frozen=True)
class Body:
    key: str
    name: str  # "{place}" is replaced by the unit's name in running text ("phường Ba Đình")
    kind: UnitKind
    parent: str | None  # key of the parent body; None: under the administrative unit
    code: str = ""  # the short code of its document symbols ("SKHCN" in "45/KH-SKHCN")


COMMUNE_BODIES = (
    Body("ubnd", "UBND {place}", UnitKind.PEOPLES_COMMITTEE, None),
    Body("dang-uy", "Đảng ủy {place}", UnitKind.PARTY_COMMITTEE, None),
    Body("vp", "Văn phòng HĐND và UBND", UnitKind.OFFICE, "ubnd"),
    Body("kt", "Phòng Kinh tế", UnitKind.OFFICE, "ubnd"),  # a phường: Phòng Kinh tế, Hạ tầng và Đô thị
    Body("vhxh", "Phòng Văn hóa - Xã hội", UnitKind.OFFICE, "ubnd"),
    Body("ttpvhcc", "Trung tâm Phục vụ hành chính công", UnitKind.SERVICE_CENTER, "ubnd"),
)
WARD_ECONOMY_OFFICE = "Phòng Kinh tế, Hạ tầng và Đô thị"

PROVINCE_BODIES = (
    Body("ubnd", "UBND {place}", UnitKind.PEOPLES_COMMITTEE, None),
    Body("dang-bo", "{committee}", UnitKind.PARTY_COMMITTEE, None),
    Body("btgdv", "Ban Tuyên giáo và Dân vận {committee}", UnitKind.BOARD, "dang-bo"),
    Body("btc", "Ban Tổ chức {committee}", UnitKind.BOARD, "dang-bo"),
    Body("vp", "Văn phòng UBND {place}", UnitKind.OFFICE, "ubnd"),
    Body("snv", "Sở Nội vụ", UnitKind.DEPARTMENT, "ubnd", "SNV"),
    Body("stc", "Sở Tài chính", UnitKind.DEPARTMENT, "ubnd", "STC"),
    Body("sgddt", "Sở Giáo dục và Đào tạo", UnitKind.DEPARTMENT, "ubnd", "SGDĐT"),
    Body("syt", "Sở Y tế", UnitKind.DEPARTMENT, "ubnd", "SYT"),
    Body("svhtt", "Sở Văn hóa và Thể thao", UnitKind.DEPARTMENT, "ubnd", "SVHTT"),
    Body("skhcn", "Sở Khoa học và Công nghệ", UnitKind.DEPARTMENT, "ubnd", "SKHCN"),
    Body("snnmt", "Sở Nông nghiệp và Môi trường", UnitKind.DEPARTMENT, "ubnd", "SNNMT"),
    Body("sxd", "Sở Xây dựng", UnitKind.DEPARTMENT, "ubnd", "SXD"),
)


def body_id(code: str, key: str) -> str:
    """The id every database gives body ``key`` of the unit with official code ``code``."""
    return str(uuid.uuid5(NAMESPACE, f"vn-unit:{code}:{key}"))


def running_name(item: DirectoryEntry) -> str:
    """The unit's name inside a sentence: "phường Ba Đình", "thành phố Hà Nội", "đặc khu Côn Đảo"."""
    return item.name[:1].lower() + item.name[1:]


_PREFIXES = ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ")


def short_name(item: DirectoryEntry) -> str:
    """The name without its kind, the place of the date line: "Ba Đình", "Hà Nội", "Côn Đảo"."""
    for prefix in _PREFIXES:
        if item.name.startswith(prefix):
            return item.name[len(prefix):]
    return item.name


def party_committee_name(province: DirectoryEntry) -> str:
    """ "Thành ủy Hà Nội", "Tỉnh ủy Thanh Hóa"."""
    return ("Thành ủy " if province.name.startswith("Thành phố") else "Tỉnh ủy ") + short_name(province)


def commune_settings(commune: DirectoryEntry, province: DirectoryEntry, party: bool) -> ReportSettings:
    """Report headers of a commune's UBND or Đảng ủy (ND 30; HD 36-HD/VPTW)."""
    place = short_name(commune)
    if party:
        return ReportSettings(
            layout="party", governing_body=f"ĐẢNG BỘ {province.name.upper()}",
            issuing_body=f"ĐẢNG ỦY {commune.name.upper()}", issuer_name=f"Đảng ủy {running_name(commune)}",
            symbol="BC/ĐU", place=place, signer_authority=("T/M BAN THƯỜNG VỤ",), signer_title="BÍ THƯ",
            recipients=(party_committee_name(province),), archive="Văn phòng")
    return ReportSettings(
        layout="state", governing_body=f"UBND {province.name.upper()}",
        issuing_body=f"ỦY BAN NHÂN DÂN {commune.name.upper()}",
        issuer_name=f"Ủy ban nhân dân {running_name(commune)}", symbol="BC-UBND", place=place,
        signer_authority=("TM. ỦY BAN NHÂN DÂN",), signer_title="CHỦ TỊCH",
        recipients=(f"UBND {running_name(province)}",))


def _ensure(session: Session, unit_id: str, name: str, kind: UnitKind, parent_id: str | None,
            code: str = "") -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        unit = Unit(id=unit_id, name=name, kind=str(kind), parent_id=parent_id, active=True, code=code)
        session.add(unit)
        session.flush()
    return unit


def _ensure_settings(session: Session, unit_id: str, settings: ReportSettings) -> None:
    key = KEY_PREFIX + unit_id
    if session.get(Setting, key) is None:  # the clerk's own settings are never overwritten
        session.add(Setting(key=key, value=json.dumps(settings.to_json(), ensure_ascii=False, sort_keys=True)))


def _bodies(db: Database, code: str, bodies: tuple[Body, ...], economy_office: str | None,
            adopt: Mapping[str, str] | None = None) -> list[UnitInfo]:
    item = entry(code)
    province = entry(item.province_code) if item.province_code else item
    load_directory(db, province.code)
    created: list[UnitInfo] = []
    with db.write(source="directory:setup") as session:
        admin = session.get(Unit, directory_unit_id(item.code))
        if admin is None:
            raise NotFound(f"Chưa có đơn vị mã {item.code} trong danh mục")
        ids: dict[str | None, str] = {None: admin.id}
        for body in bodies:
            name = body.name.replace("{place}", running_name(item)).replace("{committee}",
                                                                              party_committee_name(province))
            if body.key == "kt" and economy_office:
                name = economy_office
            adopted = session.get(Unit, (adopt or {}).get(body.key, ""))
            if adopted is not None:  # a body entered before the directory: it keeps its id and name
                if adopted.parent_id is None:
                    adopted.parent_id = ids[body.parent]
                unit = adopted
            else:
                unit = _ensure(session, body_id(item.code, body.key), name, body.kind, ids[body.parent], body.code)
            ids[body.key] = unit.id
            created.append(_info(unit))
        if not item.is_province:
            _ensure_settings(session, ids["ubnd"], commune_settings(item, province, party=False))
            _ensure_settings(session, ids["dang-uy"], commune_settings(item, province, party=True))
        else:
            _ensure_settings(session, ids["ubnd"], province_settings(item))
            # the People's Committee of each commune: the units a province's plan assigns work to
            # and receives reports from (the same ids the communes give them)
            for commune in province_entries(item.code)[1:]:
                _ensure(session, body_id(commune.code, "ubnd"), f"UBND {running_name(commune)}",
                        UnitKind.PEOPLES_COMMITTEE, directory_unit_id(commune.code))
    return created


def province_settings(province: DirectoryEntry) -> ReportSettings:
    place = short_name(province)
    return ReportSettings(
        layout="state", governing_body="", issuing_body=f"ỦY BAN NHÂN DÂN {province.name.upper()}",
        issuer_name=f"Ủy ban nhân dân {running_name(province)}", symbol="BC-UBND", place=place,
        signer_authority=("TM. ỦY BAN NHÂN DÂN",), signer_title="CHỦ TỊCH")


def setup_commune(db: Database, code: str) -> list[UnitInfo]:
    """My commune: the commune and its province from the directory, its UBND, Đảng ủy and offices."""
    item = entry(code)
    if item.is_province:
        return setup_province(db, code)
    economy = WARD_ECONOMY_OFFICE if item.kind == UnitKind.WARD else None
    return _bodies(db, item.code, COMMUNE_BODIES, economy)


def setup_province(db: Database, code: str, adopt: Mapping[str, str] | None = None) -> list[UnitInfo]:
    """My province: the province and its communes from the directory, its UBND, Văn phòng and Sở,
    and the UBND of each of its communes (not listed in the result). ``adopt`` takes units already
    entered as some of the bodies ({"ubnd": id of "UBND Thành phố Hà Nội"}): they are kept as they
    are and placed under the province."""
    return _bodies(db, entry(code).code, PROVINCE_BODIES, None, adopt)


__all__ = ["COMMUNE_BODIES", "PROVINCE_BODIES", "body_id", "commune_settings", "running_name",
           "setup_commune", "setup_province"]
