"""Drafted report settings follow the unit: the place name, Party bodies, the Party number style."""

from __future__ import annotations

import pytest

from desktop_app.db.models import Unit
from desktop_app.domain.kinds import UnitKind
from desktop_app.services.report_settings import default_settings, missing_settings, place_of


def _unit(name: str, kind: UnitKind, parent: Unit | None = None, code: str = "") -> Unit:
    return Unit(name=name, kind=kind, parent=parent, code=code or None)


CITY = _unit("Thành ủy Hà Nội", UnitKind.PARTY_COMMITTEE)
DISTRICT = _unit("Quận ủy Thanh Xuân", UnitKind.PARTY_COMMITTEE, CITY)
BAN = _unit("Ban Tuyên giáo Quận ủy Thanh Xuân", UnitKind.OFFICE, DISTRICT)
WARD_PARTY = _unit("Đảng ủy phường Phúc Xá", UnitKind.PARTY_COMMITTEE, DISTRICT)
UBND = _unit("UBND quận Ba Đình", UnitKind.PEOPLES_COMMITTEE)


@pytest.mark.parametrize(("unit", "place"), [
    (DISTRICT, "Thanh Xuân"), (BAN, "Thanh Xuân"), (WARD_PARTY, "Phúc Xá"), (UBND, "Ba Đình"), (CITY, "Hà Nội"),
])
def test_place_is_a_place_name(unit: Unit, place: str) -> None:
    assert place_of(unit) == place


def test_party_body_of_a_committee() -> None:
    s = default_settings(BAN)
    assert s.layout == "party" and s.symbol == "BC/BTGQU"
    assert s.governing_body == "QUẬN ỦY THANH XUÂN" and s.issuing_body == "BAN TUYÊN GIÁO"
    assert s.issuer_name == "Ban Tuyên giáo Quận ủy Thanh Xuân" and s.place == "Thanh Xuân"
    assert missing_settings(s) == ["họ và tên người ký"]  # never guessed


def test_party_committee_and_state_units() -> None:
    assert default_settings(DISTRICT).symbol == "BC/QU"
    assert default_settings(WARD_PARTY).symbol == "BC/ĐU"
    state = default_settings(_unit("Phòng Nội vụ", UnitKind.OFFICE, UBND, "PNV"))
    assert state.layout == "state" and state.symbol == "BC-PNV" and state.place == "Ba Đình"
