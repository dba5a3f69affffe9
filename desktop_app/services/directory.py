"""The national directory of administrative units (since 01/07/2025), from ``vietnam-provinces``.

34 provinces (2-digit codes) and 3,321 commune-level units (5-digit codes: xã, phường, đặc khu),
as Quyết định 19/2025/QĐ-TTg set them. Names repeat across provinces (Phường Ba Đình in Hà Nội,
Xã Ba Đình in Thanh Hóa): the official code is the key. A loaded unit gets an id derived from its
code (``directory_unit_id``), so every database that loads the directory gives Phường Ba Đình the
same id and plans and progress exchanged between a commune and its province meet the same unit.

Loading is idempotent: a second load of the same package changes nothing.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from desktop_app.db.models import Unit
from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.text import fold
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, ValidationError

PACKAGE = "vietnam-provinces"
# ids of directory units: uuid5 of the official code in this namespace (never change it)
NAMESPACE = uuid.UUID("6f1c3b5e-2d0a-5f57-9a3e-0c1d2b7a2025")

_KINDS = {
    "tỉnh": UnitKind.PROVINCE,
    "thành phố trung ương": UnitKind.PROVINCE,
    "xã": UnitKind.COMMUNE,
    "phường": UnitKind.WARD,
    "đặc khu": UnitKind.SPECIAL_ZONE,
}


@dataclass(frozen=True)
class DirectoryEntry:
    """One administrative unit of the package: official code, kind, full name, its province."""

    code: str  # "01" for a province, "00004" for a commune
    name: str  # full name: "Thành phố Hà Nội", "Tỉnh Thanh Hóa", "Phường Ba Đình"
    kind: UnitKind
    province_code: str | None  # None for a province

    @property
    def is_province(self) -> bool:
        return self.province_code is None


@dataclass(frozen=True)
class LoadResult:
    added: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def directory_unit_id(code: str) -> str:
    """The id every database gives the directory unit with this official code."""
    return str(uuid.uuid5(NAMESPACE, f"vn-unit:{code}"))


def package_version() -> str:
    """The package's own version (its metadata is not there in a PyInstaller bundle)."""
    import vietnam_provinces

    return str(vietnam_provinces.__version__)


def _clean(name: str) -> str:
    """The package's names NFC with single spaces (2025.10.1 has "Xã  Bắc Đông Quan" …)."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def _province_name(name: str, division_type: str) -> str:
    name = _clean(name)
    if name.startswith(("Thành phố ", "Tỉnh ")):
        return name
    return ("Thành phố " if division_type == "thành phố trung ương" else "Tỉnh ") + name


@lru_cache(maxsize=1)
def all_entries() -> tuple[DirectoryEntry, ...]:
    """Every unit of the package: each province followed by its communes, in the package's order."""
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    found: list[DirectoryEntry] = []
    for province in json.loads(NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8")):
        p_code = f"{int(province['code']):02d}"
        found.append(DirectoryEntry(p_code, _province_name(province["name"], province["division_type"]),
                                    _KINDS[province["division_type"]], None))
        for ward in province["wards"]:
            found.append(DirectoryEntry(f"{int(ward['code']):05d}", _clean(ward["name"]), _KINDS[ward["division_type"]],
                                        p_code))
    return tuple(found)


@lru_cache(maxsize=1)
def _folded() -> tuple[tuple[str, str, DirectoryEntry], ...]:
    """Each entry with its folded search text ("00004 phuong ba dinh thanh pho ha noi") and its folded
    proper name ("ba dinh"), computed once."""
    provinces = {e.code: e.name for e in all_entries() if e.is_province}
    found = []
    for item in all_entries():
        proper = item.name.split(" ", 2)[-1] if item.name.startswith(("Thành phố ", "Đặc khu ")) \
            else item.name.split(" ", 1)[-1]
        found.append((fold(f"{item.code} {item.name} {provinces.get(item.province_code or '', '')}"),
                      fold(proper), item))
    return tuple(found)


def search(query: str, limit: int = 50) -> list[DirectoryEntry]:
    """Units of the directory whose code, name or province contain every word typed, ignoring case
    and diacritics ("ba dinh", "Ba Đình Hà Nội", "00004"); a name starting with the words first."""
    terms = fold(query).split()
    if not terms:
        return []
    phrase = " ".join(terms)
    starting: list[DirectoryEntry] = []
    others: list[DirectoryEntry] = []
    for text, proper, item in _folded():
        if all(term in text for term in terms):
            (starting if proper.startswith(phrase) or item.code == phrase else others).append(item)
            if len(starting) >= limit:
                break
    return (starting + others)[:limit]


def entry(code: str) -> DirectoryEntry:
    code = normalize_code(code)
    for item in all_entries():
        if item.code == code:
            return item
    raise NotFound(f"Danh mục đơn vị hành chính không có mã '{code}'")


def normalize_code(code: str) -> str:
    """ "1" → "01", "4" → "00004" is NOT guessed: a province code has 2 digits, a commune code 5."""
    code = (code or "").strip()
    if not code.isdigit() or len(code) not in (1, 2, 5):
        raise ValidationError.one("code", f"Mã đơn vị hành chính '{code}' không hợp lệ: tỉnh, thành phố có 2 "
                                          "chữ số (01), xã, phường, đặc khu có 5 chữ số (00004)")
    return code.zfill(2) if len(code) <= 2 else code


def province_entries(province_code: str | None) -> list[DirectoryEntry]:
    """The package's units to load: one province and its communes, or all (None)."""
    if province_code is None:
        return list(all_entries())
    code = normalize_code(province_code)
    chosen = [e for e in all_entries() if e.code == code or e.province_code == code]
    if not chosen or not chosen[0].is_province:
        raise ValidationError.one("province", f"Không có tỉnh, thành phố mã '{code}' trong danh mục "
                                              f"({PACKAGE} {package_version()})")
    return chosen


def load_directory(db: Database, province_code: str | None = None) -> LoadResult:
    """Load a province and its communes (or all, with None) into the units, in ONE transaction.

    A unit already loaded keeps its id; its name, kind and province are set to the package's if
    they differ (counted as updated); a second load of the same package changes nothing."""
    entries = province_entries(province_code)
    added = updated = unchanged = 0
    with db.write(source=f"directory:{PACKAGE}-{package_version()}") as session:
        existing = {u.official_code: u for u in session.scalars(
            select(Unit).where(Unit.official_code.in_([e.code for e in entries])))}
        if province_code is not None and entries[0].code not in existing:
            existing.update({u.official_code: u for u in session.scalars(
                select(Unit).where(Unit.official_code == entries[0].code))})
        for item in entries:
            unit = existing.get(item.code)
            if item.province_code is None:
                parent_id = unit.parent_id if unit is not None else None
            else:
                province = existing.get(item.province_code)
                parent_id = province.id if province is not None else directory_unit_id(item.province_code)
            if unit is None:
                unit = Unit(id=directory_unit_id(item.code), official_code=item.code, code=item.code,
                            name=item.name, kind=str(item.kind), parent_id=parent_id, active=True)
                session.add(unit)
                existing[item.code] = unit
                added += 1
                continue
            wanted = {"name": item.name, "kind": str(item.kind), "parent_id": parent_id}
            if all(getattr(unit, key) == value for key, value in wanted.items()):
                unchanged += 1
                continue
            for key, value in wanted.items():
                setattr(unit, key, value)
            updated += 1
    return LoadResult(added, updated, unchanged)
