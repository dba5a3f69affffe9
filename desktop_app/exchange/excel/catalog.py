"""Units as a template names them, and the way back from a name typed in a cell to a unit.

Each unit gets a label unique in the database: its name, or, when two units share a name (every
ward has a "Phòng Kinh tế"), the name with its parent "(UBND phường Ngọc Hà)", else its code.
A cell is accepted when it is a label, a name or a code, ignoring case and spacing but *not*
diacritics ("Phòng Nọi vụ" is not "Phòng Nội vụ"); otherwise the problem suggests the closest
unit, compared without diacritics.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Unit
from desktop_app.domain.text import fold, normalize_text, sort_key


@dataclass(frozen=True)
class UnitEntry:
    id: str
    name: str
    code: str
    label: str
    active: bool


def _key(text: str) -> str:
    """Case- and spacing-insensitive, diacritics kept."""
    return unicodedata.normalize("NFC", normalize_text(text) or "").casefold()


def shown(text: str, limit: int = 80) -> str:
    """A cell's text quoted in a message: one line, cut to ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class UnitCatalog:
    def __init__(self, units: list[UnitEntry]) -> None:
        self.units = sorted(units, key=lambda u: sort_key(u.label))
        self.by_id = {u.id: u for u in units}
        self._by_label = {_key(u.label): u for u in units}
        self._by_name: dict[str, list[UnitEntry]] = {}
        self._by_code: dict[str, list[UnitEntry]] = {}
        for u in units:
            self._by_name.setdefault(_key(u.name), []).append(u)
            if u.code.strip():
                self._by_code.setdefault(_key(u.code), []).append(u)
        self._folded: dict[str, list[UnitEntry]] = {}
        for u in units:
            for text in {u.label, u.name}:
                bucket = self._folded.setdefault(fold(text), [])
                if u not in bucket:
                    bucket.append(u)

    @classmethod
    def load(cls, session: Session) -> UnitCatalog:
        rows = list(session.scalars(select(Unit)))
        names = {u.id: normalize_text(u.name) or "" for u in rows}
        counts = Counter(_key(n) for n in names.values())
        labels: dict[str, str] = {}
        for u in rows:
            name = names[u.id]
            label = name
            if counts[_key(name)] > 1:
                parent = names.get(u.parent_id or "", "")
                label = f"{name} ({parent})" if parent else name
            labels[u.id] = label
        taken = Counter(_key(v) for v in labels.values())
        for u in rows:
            if taken[_key(labels[u.id])] > 1:
                labels[u.id] = f"{labels[u.id]} [{u.code or u.id[:8]}]"
        return cls([UnitEntry(u.id, names[u.id], u.code or "", labels[u.id], bool(u.active)) for u in rows])

    def labels(self, active_only: bool = True) -> list[str]:
        return [u.label for u in self.units if u.active or not active_only]

    def label(self, unit_id: str | None) -> str:
        unit = self.by_id.get(unit_id or "")
        return unit.label if unit else ""

    def resolve(self, text: str) -> tuple[UnitEntry | None, str]:
        """The unit a cell names, or ``None`` and the reason (with "ý bạn là …?" when one is close)."""
        key = _key(text)
        if key in self._by_label:
            return self._by_label[key], ""
        for table in (self._by_name, self._by_code):
            found = table.get(key, [])
            if len(found) == 1:
                return found[0], ""
            if len(found) > 1:
                names = ", ".join(u.label for u in found[:4])
                return None, f"'{shown(text)}' khớp với nhiều đơn vị ({names}); hãy chọn một đơn vị trong danh sách"
        return None, f"không có đơn vị '{shown(text)}'" + self._suggestion(text)

    def _suggestion(self, text: str) -> str:
        folded = fold(text)
        if not folded:
            return ""
        close = difflib.get_close_matches(folded, list(self._folded), n=1, cutoff=0.75)
        if not close:
            return "; hãy chọn một đơn vị trong danh sách"
        candidates = self._folded[close[0]]
        return f" — ý bạn là '{candidates[0].label}'?"
