"""Document numbers and symbols: "45-NQ/TW" (Party) and "137/KH-UBND" (state)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_REF = re.compile(r"^\s*(?:Số:?\s*)?(\d+)\s*([-/])\s*(\S+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NumberSymbol:
    number: str
    symbol: str

    @property
    def is_party(self) -> bool:
        """Party symbols end in a Party body ("NQ/TW", "CTr/TU", "KH/QU") and use a hyphen."""
        return "/" in self.symbol and "-" not in self.symbol

    def __str__(self) -> str:
        return format_number_symbol(self.number, self.symbol)


def format_number_symbol(number: str | None, symbol: str | None) -> str:
    """Join number and symbol the way the document itself writes them.

    Party documents join with a hyphen ("45-NQ/TW"); state documents with a slash ("137/KH-UBND").
    A state document's number below 10 takes a leading zero ("05/BC-UBND").
    """
    number = (number or "").strip()
    symbol = (symbol or "").strip()
    if not symbol:
        return number
    if not number:
        return symbol
    if "/" in symbol and "-" not in symbol:
        return f"{number}-{symbol}"
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    return f"{number}/{symbol}"


def parse_number_symbol(text: str) -> NumberSymbol | None:
    """Split "137/KH-UBND" or "45-NQ/TW" (optionally "Số: …") into number and symbol."""
    found = _REF.match(text or "")
    if not found:
        return None
    return NumberSymbol(found.group(1).lstrip("0") or "0", found.group(3))
