"""How reports write dates, numbers and references (Nghị định 30/2020 conventions)."""

from __future__ import annotations

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


def number_line(number: str, symbol: str, party: bool) -> str:
    """"Số: 45/BC-UBND", "Số: 05/BC-UBND", Party "Số 202-BC/QU"; a draft leaves the number blank."""
    number = (number or "").strip()
    if number.isdigit() and int(number) < 10 and not party:
        number = f"{int(number):02d}"
    if party:
        return f"Số {number or BLANK}-{symbol}"
    return f"Số: {number or BLANK}/{symbol}"


def reference(number: str, symbol: str, party: bool) -> str:
    """"45/BC-UBND" or "202-BC/QU" (no "Số")."""
    text = number_line(number, symbol, party)
    return text.removeprefix("Số: ").removeprefix("Số ")


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
