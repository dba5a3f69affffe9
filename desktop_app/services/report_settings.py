"""Report settings of an issuing unit: header lines, place, signer, recipients, layout.

Kept with the data in the ``setting`` table, as JSON under ``report_settings:<unit_id>``, so every
machine that opens the database prints the same headers. A unit with no saved settings gets a
draft built from its name and its parent's name, which the clerk corrects once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import Setting, Unit
from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database
from desktop_app.services.errors import Problem, ValidationError
from desktop_app.services.units import resolve_unit

KEY_PREFIX = "report_settings:"
LAYOUTS = ("state", "party")


@dataclass(frozen=True)
class ReportSettings:
    """How an issuing unit's reports look and who signs them.

    ``layout`` is "state" (Nghị định 30/2020) or "party" (Hướng dẫn 36-HD/VPTW).
    ``governing_body`` / ``issuing_body`` are the header lines as printed (upper case);
    ``issuer_name`` is the unit's name in running text ("Ủy ban nhân dân quận Ba Đình").
    ``symbol`` is the report's symbol without number: "BC-UBND" (state) or "BC/QU" (Party).
    ``signer_authority`` holds the lines above the title ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
    """

    layout: str = "state"
    governing_body: str = ""
    issuing_body: str = ""
    issuer_name: str = ""
    symbol: str = "BC-UBND"
    place: str = ""
    signer_authority: tuple[str, ...] = ()
    signer_title: str = "CHỦ TỊCH"
    signer_name: str = ""
    recipients: tuple[str, ...] = ()
    archive: str = "VT"  # the "Lưu:" line: "- Lưu: VT, NV."
    recipient_to: str = ""  # "Kính gửi: …" under the summary (a report sent to a superior)

    @property
    def is_party(self) -> bool:
        return self.layout == "party"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["signer_authority"] = list(self.signer_authority)
        data["recipients"] = list(self.recipients)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReportSettings:
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in ("signer_authority", "recipients"):
                values[key] = tuple(normalize_text(str(v)) or "" for v in value or ())
            else:
                values[key] = normalize_text(str(value)) if value is not None else ""
        return cls(**values)

    def normalized(self) -> ReportSettings:
        return ReportSettings.from_json(self.to_json())


def validate(settings: ReportSettings) -> list[Problem]:
    problems = []
    if settings.layout not in LAYOUTS:
        problems.append(Problem("layout", f"Kiểu trình bày không hợp lệ: '{settings.layout}' (state, party)"))
    if not settings.issuing_body:
        problems.append(Problem("issuing_body", "Cần tên cơ quan ban hành báo cáo"))
    if not settings.symbol:
        problems.append(Problem("symbol", "Cần ký hiệu báo cáo (ví dụ BC-UBND)"))
    return problems


_PLACE = re.compile(r"(?:^|\s)(?:quận|huyện|phường|xã|thị xã|thị trấn|thành phố|tỉnh|đặc khu)\s+(.+)$",
                    re.IGNORECASE)


_COMMITTEE = re.compile(r"(?:^|\s)(?:quận|huyện|thành|tỉnh|thị)\s+ủy\s+(.+)$", re.IGNORECASE)
# a Party committee named with its place ("Đảng ủy phường Phúc Xá", "Quận ủy Thanh Xuân")
_PARTY_PLACE = re.compile(r"(?:^|\s)(?:quận|huyện|thị|thành|tỉnh|đảng)\s+ủy\s+(.+)$", re.IGNORECASE)


def _place_in(name: str) -> str:
    """The place a name holds, a proper name after a kind word: "UBND phường Ba Đình" → "Ba Đình",
    "Ban Tuyên giáo Quận ủy Thanh Xuân" → "Thanh Xuân"; none in "Phòng Văn hóa - Xã hội" ("hội" is no
    place: a place name is capitalised)."""
    committee = _COMMITTEE.search(name)
    if committee and committee.group(1)[:1].isupper():
        return committee.group(1).strip()
    for start in range(len(name)):
        found = _PLACE.match(name, start)
        if found and found.group(1)[:1].isupper():
            return found.group(1).strip()
    return ""


def place_of(unit: Unit | None) -> str:
    """The place name for the date line, from the unit or its parents: "UBND quận Ba Đình" →
    "Ba Đình", "Ban Tuyên giáo Quận ủy Thanh Xuân" → "Thanh Xuân" (never "ủy Thanh Xuân")."""
    while unit is not None:
        place = _place_in(unit.name)
        if place:
            return place
        unit = unit.parent
    return ""


def is_party_body(unit: Unit | None) -> bool:
    """A Party committee, or a body of one (Ban Tuyên giáo Quận ủy …): Party documents."""
    while unit is not None:
        if unit.kind == UnitKind.PARTY_COMMITTEE:
            return True
        unit = unit.parent
    return False


def _without_place(name: str) -> str:
    """"Đảng ủy phường Phúc Xá" → "Đảng ủy", "Ban Tuyên giáo Quận ủy Thanh Xuân" → "Ban Tuyên giáo Quận ủy"."""
    found = _PARTY_PLACE.search(name) or _PLACE.search(name)
    if found is None:
        return name
    return name[: found.start(1)].strip()


def _initials(name: str) -> str:
    """"Ban Tuyên giáo Quận ủy" → "BTGQU" (first letters, accents dropped, Đ kept)."""
    letters = []
    for word in name.split():
        first = word[0].upper()
        letters.append(first if first == "Đ" else unicodedata.normalize("NFD", first)[0])
    return "".join(letters)


def _party_settings(unit: Unit) -> ReportSettings:
    """A Party body's draft: ĐẢNG CỘNG SẢN VIỆT NAM, "Số …-BC/BTGQU", the place name."""
    parent = unit.parent
    name = normalize_text(unit.name) or ""
    place = place_of(unit)
    if unit.kind == UnitKind.PARTY_COMMITTEE:
        own = _without_place(name)
        return ReportSettings(
            layout="party", governing_body=parent.name.upper() if parent else "", place=place,
            issuing_body=name.upper(), issuer_name=name, symbol=f"BC/{_initials(own)}",
            signer_authority=("T/M BAN THƯỜNG VỤ",), signer_title="BÍ THƯ",
            recipients=(parent.name,) if parent else (), archive="Văn phòng")
    # a body of a Party committee: the committee above it, the body's own name under it
    committee = parent.name if parent else ""
    own = name.removesuffix(committee).strip() if committee and name.endswith(committee) else name
    short = _without_place(name)  # "Ban Tuyên giáo Quận ủy"
    return ReportSettings(
        layout="party", governing_body=committee.upper(), place=place, issuing_body=own.upper(),
        issuer_name=name, symbol=f"BC/{_initials(short)}", signer_authority=(),
        signer_title="TRƯỞNG BAN" if own.lower().startswith("ban") else "THỦ TRƯỞNG",
        recipients=(committee,) if committee else (), archive="VT")


def default_settings(unit: Unit | None) -> ReportSettings:
    """A first draft from the unit's name, kind and parent (the clerk corrects it in settings)."""
    if unit is None:
        return ReportSettings()
    if is_party_body(unit):
        return _party_settings(unit)
    parent = unit.parent
    name = unit.name
    authority: tuple[str, ...] = ()
    title = "TRƯỞNG PHÒNG" if unit.kind == UnitKind.OFFICE else "CHỦ TỊCH"
    if unit.kind in (UnitKind.PEOPLES_COMMITTEE, UnitKind.WARD):
        authority = ("TM. ỦY BAN NHÂN DÂN",)
    return ReportSettings(
        layout="state", governing_body=parent.name.upper() if parent else "", place=place_of(unit),
        issuing_body=name.upper(), issuer_name=name, symbol=f"BC-{unit.code or 'UBND'}",
        signer_authority=authority, signer_title=title,
        recipients=(parent.name,) if parent else ())


REQUIRED = (("issuing_body", "tên cơ quan ban hành"), ("symbol", "ký hiệu báo cáo"), ("place", "địa danh"),
            ("signer_title", "chức vụ người ký"), ("signer_name", "họ và tên người ký"))


def missing_settings(settings: ReportSettings) -> list[str]:
    """The settings a report cannot be printed without, in the clerk's words."""
    return [label for key, label in REQUIRED if not str(getattr(settings, key)).strip()]


def _key(unit_id: str) -> str:
    return KEY_PREFIX + unit_id


def settings_for(session: Session, unit: Unit | None) -> ReportSettings:
    """The saved settings of a unit, or the draft built from its name."""
    if unit is None:
        return ReportSettings()
    row = session.get(Setting, _key(unit.id))
    if row is None or not row.value:
        return default_settings(unit)
    return ReportSettings.from_json(json.loads(row.value))


def load_settings(db: Database, unit_ref: str) -> ReportSettings:
    with db.read() as session:
        return settings_for(session, resolve_unit(session, unit_ref))


def has_settings(db: Database, unit_ref: str) -> bool:
    with db.read() as session:
        unit = resolve_unit(session, unit_ref)
        return session.get(Setting, _key(unit.id)) is not None


@dataclass(frozen=True)
class SigningUnit:
    """The unit whose report settings a report uses, and whether the clerk has saved them."""

    unit_id: str
    name: str
    code: str
    settings: ReportSettings
    saved: bool


def signing_unit(db: Database, plan_ref: str, kind: str, unit_ref: str | None,
                 period: str | None = None) -> SigningUnit:
    """The chosen unit for a unit's own report, else the plan's issuer — for a ``period`` after the
    issuer's dissolution, the successor that reports on the plan (services/plan_issuers.py)."""
    from desktop_app.services.periods import get_period
    from desktop_app.services.plan_issuers import reporting_issuer
    from desktop_app.services.plans import get_plan, get_plan_row

    target = unit_ref if kind == "unit" else get_plan(db, plan_ref).issuer_unit_id
    if kind != "unit" and target and period:
        end = get_period(db, period).end
        with db.read() as session:
            reporting = reporting_issuer(session, get_plan_row(session, plan_ref), end)
            target = reporting.id if reporting is not None else target
    if not target:
        field_name = "unit" if kind == "unit" else "issuer"
        raise ValidationError.one(field_name, "Cần chọn đơn vị" if kind == "unit" else
                                  "Kế hoạch chưa có đơn vị ban hành: chọn ở màn hình Kế hoạch")
    with db.read() as session:
        unit = resolve_unit(session, target)
        row = session.get(Setting, _key(unit.id))
        return SigningUnit(unit.id, unit.name, unit.code or "", settings_for(session, unit),
                           row is not None and bool(row.value))


def require_own_settings(unit: SigningUnit, kind: str) -> None:
    """A unit's own report is not printed from guessed settings: the clerk saves them once."""
    if kind != "unit" or unit.saved:
        return
    missing = missing_settings(unit.settings) or [label for _key_, label in REQUIRED]
    raise ValidationError.one(
        "report_settings", f"Đơn vị «{unit.name}» chưa có thiết lập báo cáo (cần: {', '.join(missing)}). "
                           f"Lưu một lần: plantrack report-settings --unit {unit.code or unit.unit_id} "
                           "--signer-name \"…\" (xem bản nháp: --show)")


def save_settings(db: Database, unit_ref: str, settings: ReportSettings) -> ReportSettings:
    settings = settings.normalized()
    problems = validate(settings)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        unit = resolve_unit(session, unit_ref)
        row = session.get(Setting, _key(unit.id))
        text = json.dumps(settings.to_json(), ensure_ascii=False, sort_keys=True)
        if row is None:
            session.add(Setting(key=_key(unit.id), value=text))
        else:
            row.value = text
    return settings


def with_changes(settings: ReportSettings, **changes: Any) -> ReportSettings:
    """A copy with some fields changed (tuples accepted as lists)."""
    for key in ("signer_authority", "recipients"):
        if key in changes:
            changes[key] = tuple(changes[key])
    return replace(settings, **changes)


__all__ = [
    "ReportSettings",
    "SigningUnit",
    "default_settings",
    "has_settings",
    "is_party_body",
    "load_settings",
    "missing_settings",
    "require_own_settings",
    "save_settings",
    "settings_for",
    "signing_unit",
    "validate",
    "with_changes",
]
