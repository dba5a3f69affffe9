"""Old (before 01/07/2025) → new commune mapping, from the maintained ``vietnamadminunits``
package when it is installed (optional: ``pip install plantrack[mapping]``).

``vietnam-provinces`` ships only the new units, not the old → new mapping, so the mapping comes
from ``vietnamadminunits`` (MIT; its ``converter_2025.json`` lists, for each old ward of a
district, the new xã/phường that took it — several when it was divided — and the official codes
are the national directory's, matched by province and name). Only its data files are read; its
code (and the shapely / numpy it imports) is never imported. Without it the clerk maps old units
to new ones by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

from desktop_app.domain.text import fold
from desktop_app.services.directory import all_entries

PACKAGE = "vietnamadminunits"


@dataclass(frozen=True)
class LegacyMapping:
    version: str
    old_to_new: dict[str, tuple[str, ...]]  # "thanhphohanoi_quanbadinh_phuongphucxa" → ("00097",)


def _key(name: str) -> str:
    """ "Phường Văn Miếu - Quốc Tử Giám" → "phuongvanmieuquoctugiam" (the package's keys, some of
    which still carry diacritics — "xãcẩmgiang" — go through it too)."""
    return "".join(ch for ch in fold(name) if ch.isalnum())


def _old(key: str) -> str:
    return "_".join(_key(part) for part in key.split("_"))


def _data_dir() -> Path | None:
    spec = find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if (folder / "converter_2025.json").is_file() else None


@lru_cache(maxsize=1)
def load() -> LegacyMapping | None:
    """The mapping, or None when the package is not installed."""
    folder = _data_dir()
    if folder is None:
        return None
    # the new units by name, with the codes of the national directory (vietnam-provinces, from the
    # GSO's list): vietnamadminunits 1.0.4 gives ~150 units other codes (Phường Cửa Nam 00082 there,
    # 00073 in the directory), so only its names are trusted
    provinces = {e.code: _key(e.name) for e in all_entries() if e.is_province}
    codes = {(provinces[e.province_code], _key(e.name)): e.code for e in all_entries() if e.province_code}
    data = json.loads((folder / "converter_2025.json").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for province, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_key, old_keys in wards.items():
            for old in old_keys:
                if (province, _key(new_key)) in codes:
                    found.setdefault(_old(old), []).append(codes[(province, _key(new_key))])
    for province, olds in data["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in olds.items():
            # the part marked default (the largest share) first
            ordered = sorted(parts, key=lambda part: not part.get("isDefaultNewWard"))
            found.setdefault(_old(old), []).extend(codes[(province, _key(part["newWardKey"]))] for part in ordered
                                                   if (province, _key(part["newWardKey"])) in codes)
    try:
        version = metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:  # a bundle keeps the data, not the metadata
        version = "?"
    return LegacyMapping(version,
                         {old: tuple(dict.fromkeys(new)) for old, new in found.items()})


def new_communes(province: str, district: str, ward: str) -> tuple[str, ...]:
    """Official codes of the new xã/phường that took an old ward ("Thành phố Hà Nội", "Quận Ba Đình",
    "Phường Phúc Xá" → ("00097",)); () when unknown or the package is not installed."""
    mapping = load()
    if mapping is None:
        return ()
    return mapping.old_to_new.get(f"{_key(province)}_{_key(district)}_{_key(ward)}", ())


def district_communes(province: str, district: str) -> tuple[str, ...]:
    """Official codes of every new xã/phường that took part of an old district, the ones that took
    most of its wards first."""
    mapping = load()
    if mapping is None:
        return ()
    prefix = f"{_key(province)}_{_key(district)}_"
    weight: dict[str, int] = {}
    for old, new in mapping.old_to_new.items():
        if old.startswith(prefix):
            for rank, code in enumerate(new):
                weight[code] = weight.get(code, 0) + (2 if rank == 0 else 1)
    return tuple(sorted(weight, key=lambda code: (-weight[code], code)))


@lru_cache(maxsize=1)
def _old_wards() -> dict[str, tuple[str, ...]]:
    """The old (before 07/2025) xã/phường/thị trấn of the package: {old official code: key} and
    {ward key: (key, …)} for every old "province_district_ward" key (codes are prefixed "#")."""
    folder = _data_dir()
    if folder is None:
        return {}
    data = json.loads((folder / "parser_legacy.json").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for province, districts in data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        for district, wards in districts.items():
            for ward, item in wards.items():
                key = _old(f"{province}_{district}_{ward}")
                found.setdefault(_key(ward), []).append(key)
                if item.get("wardCode"):
                    found["#" + str(item["wardCode"])] = [key]
    return {name: tuple(dict.fromkeys(keys)) for name, keys in found.items()}


def old_ward_key(name: str, places: tuple[str, ...] = (), code: str = "") -> str | None:
    """The package's key of the old ward called ``name`` ("Phường Phúc Xá", "UBND phường Phúc Xá"),
    told apart by the names of the units above it (``places``: "UBND quận Ba Đình", "UBND Thành phố
    Hà Nội") or its old official code; None when the mapping does not know it or cannot tell which
    one (several old wards of that name and nothing to choose between them)."""
    wards = _old_wards()
    ward = _key(_without_committee(name))
    if not ward.startswith(("phuong", "xa", "thitran")):
        return None
    by_code = wards.get("#" + code.strip(), ()) if code.strip().isdigit() else ()
    if by_code and by_code[0].endswith("_" + ward):
        return by_code[0]
    candidates = list(wards.get(ward, ()))
    for place in (_key(_without_committee(p)) for p in places):
        narrowed = [c for c in candidates if place in c.split("_")[:2]]
        if narrowed or _is_place(place):  # a province or district above it that has no such ward: none
            candidates = narrowed
    return candidates[0] if len(candidates) == 1 else None


def _is_place(key: str) -> bool:
    """ "thanhphohanoi", "quanbadinh" (not a Party committee: "quanuythanhxuan", "tinhuy…")."""
    return key.startswith(("tinh", "thanhpho", "quan", "huyen", "thixa")) and \
        not key.startswith(("tinhuy", "thanhuy", "quanuy", "huyenuy", "thixauy"))


def _without_committee(name: str) -> str:
    for prefix in ("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân "):
        if name.casefold().startswith(prefix):
            return name[len(prefix):]
    return name


def successors_of_old(key: str) -> tuple[str, ...]:
    """Official codes of the new xã/phường that took the old ward ``key`` (``old_ward_key``)."""
    mapping = load()
    return mapping.old_to_new.get(key, ()) if mapping is not None else ()
