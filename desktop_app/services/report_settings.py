"""Report settings of an issuing unit: header lines, place, signer, recipients, layout.

Kept with the data in the ``setting`` table, as JSON under ``report_settings:<unit_id>``, so every
machine that opens the database prints the same headers. A unit with no saved settings gets a
draft built from its name and its parent's name, which the clerk corrects once.
"""

from __future__ import annotations

import json
import re
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
    """The place name for the date line, from the unit or its parents: "UBND quận Ba Đình" → "Ba Đình"."""
    while unit is not None:
        place = _place_in(unit.name)
        if place:
            return place
        unit = unit.parent
    return ""


def default_settings(unit: Unit | None) -> ReportSettings:
    """A first draft from the unit's name, kind and parent (the clerk corrects it in settings)."""
    if unit is None:
        return ReportSettings()
    parent = unit.parent
    name = unit.name
    if unit.kind == UnitKind.PARTY_COMMITTEE:
        return ReportSettings(
            layout="party", governing_body=parent.name.upper() if parent else "", place=place_of(unit),
            issuing_body=name.upper(), issuer_name=name, symbol="BC/QU",
            signer_authority=("T/M BAN THƯỜNG VỤ",), signer_title="BÍ THƯ",
            recipients=(parent.name,) if parent else (), archive="Văn phòng")
    authority: tuple[str, ...] = ()
    title = "TRƯỞNG PHÒNG" if unit.kind == UnitKind.OFFICE else "CHỦ TỊCH"
    if unit.kind in (UnitKind.PEOPLES_COMMITTEE, UnitKind.WARD):
        authority = ("TM. ỦY BAN NHÂN DÂN",)
    return ReportSettings(
        layout="state", governing_body=parent.name.upper() if parent else "", place=place_of(unit),
        issuing_body=name.upper(), issuer_name=name, symbol=f"BC-{unit.code or 'UBND'}",
        signer_authority=authority, signer_title=title,
        recipients=(parent.name,) if parent else ())


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


__all__ = ["ReportSettings", "default_settings", "has_settings", "load_settings", "save_settings",
           "settings_for", "validate", "with_changes"]
