"""The suggested successors of a dissolved old xã/phường, from the old → new commune mapping
(services/legacy_mapping.py, the ``vietnamadminunits`` package's data): the new communes that
took it, matched to the units of this database (the commune's UBND, else the commune itself from
the national directory); the new communes not in the database are named, so the clerk knows to
load them (``plantrack directory load``) rather than being told nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.db.models import Unit
from desktop_app.services import legacy_mapping
from desktop_app.services.database import Database
from desktop_app.services.directory import directory_unit_id, entry
from desktop_app.services.errors import NotFound
from desktop_app.services.local_bodies import body_id
from desktop_app.services.units import resolve_unit


@dataclass(frozen=True)
class SuccessorSuggestion:
    unit_id: str
    unit_name: str
    version: str  # of the mapping package
    present: tuple[tuple[str, str], ...]  # (unit id, name) of the new communes in this database
    missing: tuple[tuple[str, str], ...]  # (official code, name) of the new communes not in it

    @property
    def successor_ids(self) -> tuple[str, ...]:
        return tuple(unit_id for unit_id, _ in self.present)

    def sentence(self) -> str:
        """ "Phường Phúc Xá → UBND phường Hồng Hà (theo vietnamadminunits 1.0.4)"; the communes not in
        the database are named, and when none is, it says so."""
        source = f"theo {legacy_mapping.PACKAGE} {self.version}"
        missing = ", ".join(f"{name} ({code})" for code, name in self.missing)
        if not self.present:
            return (f"{self.unit_name} → {missing} ({source}); chưa có đơn vị nào trong số này trong cơ sở dữ liệu: "
                    "nạp danh mục (plantrack directory load) hoặc nhập đơn vị kế thừa")
        text = f"{self.unit_name} → {', '.join(name for _, name in self.present)} ({source})"
        return text + (f"; chưa có trong cơ sở dữ liệu: {missing}" if missing else "")


def _ancestors(unit: Unit) -> tuple[str, ...]:
    names: list[str] = []
    holder = unit.parent
    while holder is not None and len(names) < 10:
        names.append(holder.name)
        holder = holder.parent
    return tuple(names)


def suggestion_for(session: Session, unit: Unit) -> SuccessorSuggestion | None:
    """None when the mapping is not installed or does not know the unit as an old xã/phường."""
    mapping = legacy_mapping.load()
    if mapping is None:
        return None
    key = legacy_mapping.old_ward_key(unit.name, _ancestors(unit), unit.official_code or unit.code)
    codes = legacy_mapping.successors_of_old(key) if key else ()
    if not codes:
        return None
    present: list[tuple[str, str]] = []
    missing: list[tuple[str, str]] = []
    for code in codes:
        found = [u for u in (session.get(Unit, body_id(code, "ubnd")), session.get(Unit, directory_unit_id(code)))
                 if u is not None and u.dissolved_on is None and u.id != unit.id]
        if found:
            present.append((found[0].id, found[0].name))
        else:
            missing.append((code, entry(code).name))
    return SuccessorSuggestion(unit.id, unit.name, mapping.version, tuple(present), tuple(missing))


def suggest_successors(db: Database, unit_refs: list[str]) -> list[SuccessorSuggestion]:
    """The suggestion for each unit the mapping knows (the others are left out)."""
    found: list[SuccessorSuggestion] = []
    with db.read() as session:
        for ref in unit_refs:
            try:
                unit = resolve_unit(session, ref)
            except NotFound:
                continue  # dissolving names it
            suggestion = suggestion_for(session, unit)
            if suggestion is not None:
                found.append(suggestion)
    return found
