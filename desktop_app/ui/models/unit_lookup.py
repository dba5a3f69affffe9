"""Units known to the UI, found by name or code ignoring case and diacritics (type-ahead)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.text import fold, sort_key

if TYPE_CHECKING:
    from desktop_app.services.units import UnitInfo


class UnitLookup:
    def __init__(self, units: list[UnitInfo] | None = None) -> None:
        self.set_units(units or [])

    def set_units(self, units: list[UnitInfo]) -> None:
        self.units = sorted(units, key=lambda u: sort_key(u.name))
        self.by_id = {u.id: u for u in self.units}
        self._folded = [(fold(u.name), fold(u.code), u) for u in self.units]

    def label(self, unit_id: str | None) -> str:
        unit = self.by_id.get(unit_id or "")
        return unit.name if unit else ""

    def matches(self, text: str, active_only: bool = True, limit: int = 30) -> list[UnitInfo]:
        """Units whose code starts with, or whose name contains every word of, the text."""
        words = fold(text).split()
        if not words:
            return [u for u in self.units if u.active or not active_only][:limit]
        found = []
        for name, code, unit in self._folded:
            if active_only and not unit.active:
                continue
            if (code and code.startswith(" ".join(words))) or all(w in name for w in words):
                found.append(unit)
        exact = [u for u in found if fold(u.name) == " ".join(words) or fold(u.code) == " ".join(words)]
        return (exact + [u for u in found if u not in exact])[:limit]

    def find(self, text: str) -> UnitInfo | None:
        """The one unit the text names; None for empty text; ValueError saying why otherwise."""
        if not text.strip():
            return None
        found = self.matches(text, active_only=False, limit=1000)
        target = fold(text)
        exact = [u for u in found if fold(u.name) == target or (u.code and fold(u.code) == target)]
        if len(exact) == 1:
            return exact[0]
        if len(found) == 1:
            return found[0]
        if not found:
            raise ValueError(QCoreApplication.translate("units", "Không có đơn vị: {0}").format(text.strip()))
        names = ", ".join(u.name for u in found[:4])
        raise ValueError(QCoreApplication.translate("units", "'{0}' khớp nhiều đơn vị: {1}…").format(
            text.strip(), names))

    def find_many(self, text: str) -> list[UnitInfo]:
        """Several units separated by ";" (or new lines), each found as :meth:`find`."""
        result: list[UnitInfo] = []
        for part in text.replace("\n", ";").split(";"):
            unit = self.find(part)
            if unit is not None and unit not in result:
                result.append(unit)
        return result
