"""How reports write dates, numbers and references (Nghị định 30/2020 conventions)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# room left for a number or a day written in later: no-break spaces, which line wrapping keeps
# (ordinary spaces run together into one)
BLANK = "\u00a0" * 8


def nfc(text: str | None) -> str:
    """Every string goes through here before it reaches reportlab or python-docx."""
    return unicodedata.normalize("NFC", text or "")


def _month(month: int) -> str:
    # days below 10 and the months 1 and 2 take a leading zero; other months do not
    return f"{month:02d}" if month < 3 else str(month)


def long_date(day: date, blank: bool = False) -> str:
    """"ngày 05 tháng 02 năm 2024", "ngày 15 tháng 6 năm 2024"; ``blank``: "ngày     tháng     năm 2024"
    (an electronic document gets its date from the e-office system when it is issued)."""
    if blank:
        return f"ngày {BLANK} tháng {BLANK} năm {day.year}"
    return f"ngày {day.day:02d} tháng {_month(day.month)} năm {day.year}"


def short_date(day: date | None) -> str:
    """"04/5/2024", "05/02/2024", "24/11/2023" (as documents cite each other)."""
    if day is None:
        return ""
    return f"{day.day:02d}/{_month(day.month)}/{day.year}"


def place_date(place: str, day: date, blank: bool = False) -> str:
    """The date line: "Ba Đình, ngày 05 tháng 02 năm 2024"."""
    text = long_date(day, blank)
    return f"{place}, {text}" if place else text.capitalize()


BLANK_NUMBER = "\u00a0" * 10  # room for the number written by hand on a draft (non-breaking: kept as is)


def _number(number: str, party: bool) -> str:
    number = (number or "").strip()
    if number.isdigit() and int(number) < 10 and not party:
        number = f"{int(number):02d}"
    return number


def number_line(number: str, symbol: str, party: bool) -> str:
    """"Số: 45/BC-UBND", "Số: 05/BC-UBND", Party "Số 202-BC/QU"; a draft keeps room for the number."""
    number = _number(number, party)
    if party:
        return f"Số {number}-{symbol}" if number else f"Số{BLANK_NUMBER}-{symbol}"
    return f"Số: {number}/{symbol}" if number else f"Số:{BLANK_NUMBER}/{symbol}"


def reference(number: str, symbol: str, party: bool) -> str:
    """"45/BC-UBND" or "202-BC/QU" (no "Số"); a draft keeps room for the number."""
    number = _number(number, party) or BLANK_NUMBER
    return f"{number}-{symbol}" if party else f"{number}/{symbol}"


def percent(part: int, whole: int) -> str:
    """"37,5%" with a decimal comma; "0%" of nothing."""
    if not whole:
        return "0%"
    value = round(100 * part / whole, 1)
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def number_text(value: float | None) -> str:
    """A target value: "95", "97,5", "1.250" (Vietnamese separators)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, frac = f"{value:,.2f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def upper(text: str) -> str:
    return nfc(text).upper()


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ("UBND", "HĐND")."""
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[0].lower() + text[1:]


_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_CITED = re.compile(r"số\s+(\S+?/\S+?)(?=[\s,;.)]|$)")


def one_date_style(text: str) -> str:
    """Dates written into the body ("07/06/2025", "7/6/2025") in the report's own style ("07/6/2025")."""
    def restyle(found: re.Match[str]) -> str:
        day, month, year = (int(x) for x in found.groups())
        try:
            return short_date(date(year, month, day))
        except ValueError:
            return found.group(0)
    return _DATE.sub(restyle, text)


def cites_same(citation: str, text: str) -> bool:
    """Whether ``text`` already cites the document of ``citation`` ("… số 137/KH-UBND …")."""
    found = _CITED.search(citation)
    if found is None:
        return False
    return re.search(rf"(?<![\w/]){re.escape(found.group(1))}(?![\w/])", text) is not None
